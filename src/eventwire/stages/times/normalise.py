"""Normalisation: the TIMEX3 type, value and mod of a match, one handler per rule (grammar.py declares which).

Values are computed by `eventwire.timex`, anchored on the publication date for deictic expressions ("last
week") and on the last date mentioned for anaphoric ones ("two days later", "a year earlier").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Mapping

from ... import timex
from ...knowledge.text import key as _key
from ...knowledge.timewords import TimeWords
from .tense import STRICT_PAST

if TYPE_CHECKING:
    from .grammar import TimexCandidate

# Granularities at which an anaphoric shift keeps the reference's own granularity ("a year earlier"
# after "the third quarter" is the third quarter of the previous year).
KEEP_REFERENCE_GRANULARITY = frozenset({"Q", "H", "M", "SP", "SU", "FA", "WI"})


@dataclass(frozen=True, slots=True)
class TimexContext:
    """What normalising one candidate needs: the anchors, the tense of its clause, the vocabulary."""

    anchor: date | None  # publication date
    reference: str | None  # value of the last date mentioned before the candidate
    period: str | None  # value of the last quarter or half mentioned: the period a report is about
    clock: str | None  # value of the last clock time mentioned ("2013-03-18T09:00"): the base of "an hour later"
    direction: int  # +1 future, -1 past, 0 present/unknown
    words: TimeWords
    after: str  # the text that follows the candidate in its paragraph


Result = tuple[str, str | None, str | None]  # TIMEX3 type, value, mod


def normalise(cand: "TimexCandidate", ctx: TimexContext) -> Result | None:
    try:
        result = cand.rule.handler(cand.groups, ctx)
    except (ValueError, OverflowError):  # "next year" said on 9999-12-31: no calendar date; left out
        return None
    if result is not None and result[1] and _OUT_OF_CALENDAR.match(result[1]):
        return None  # a year of five digits or below zero: no TIMEX3 value
    return result


_OUT_OF_CALENDAR = re.compile(r"^(?:\d{5}|-)")


def _num(text: str | None, words: TimeWords) -> float | None:
    """A number written in digits or words ("19", "1,500", "twenty-four", "a couple of"), or None."""
    if text is None:
        return None
    raw = _key(text)
    if re.fullmatch(r"\d+(?:,\d{3})*(?:\.\d+)?", raw):
        return float(raw.replace(",", ""))
    if re.fullmatch(r"\d+ 1/2", raw):
        return float(raw.split(" ")[0]) + 0.5
    whole = words.get("number", raw)
    if whole is not None:
        return float(whole)
    half = re.fullmatch(r"(.+?)\s+and\s+(?:a|one)\s+half", raw)
    if half:  # "two and a half"
        base = _num(half[1], words)
        return base + 0.5 if base is not None else None
    total, current = 0.0, 0.0
    for part in re.split(r"[\s-]+", raw):
        if part == "and":
            continue
        value = words.get("number", part)
        if value is None:
            return None
        number = float(value)
        if number in (100, 1000):
            current = (current or 1) * number
            if number == 1000:
                total, current = total + current, 0.0
        else:
            current += number
    return total + current


def _unit(text: str | None, words: TimeWords) -> str | None:
    """The TIMEX3 unit of a unit word, singular or plural ("centuries" → CE, "hours" → TH)."""
    if not text:
        return None
    raw = _key(text)
    for form in (raw, raw[:-1] if raw.endswith("s") else raw, raw[:-2] if raw.endswith("es") else raw,
                 raw[:-3] + "y" if raw.endswith("ies") else raw, "millennium" if raw == "millennia" else raw):
        unit = words.get("unit", form)
        if unit is not None:
            return unit
    return None


def _mod(text: str | None, words: TimeWords) -> str | None:
    if not text:
        return None
    return words.get("mod", text) or words.get("quantifier_mod", text)


def _numbered(kind: str, text: str | None, words: TimeWords) -> int | None:
    """The number of a month or weekday name (`kind`), written out or abbreviated ("Sept.", "Tue")."""
    if not text:
        return None
    raw = _key(text).rstrip(".")
    value = words.get(kind, raw) or words.get(f"{kind}_abbr", raw)
    return int(value) if value else None


def _month(text: str | None, words: TimeWords) -> int | None:
    return _numbered("month", text, words)


def _weekday(text: str | None, words: TimeWords) -> int | None:
    return _numbered("weekday", text, words)


def _day(text: str | None) -> int | None:
    return int(re.sub(r"\D", "", text)) if text else None


def _pod(text: str | None, words: TimeWords) -> str | None:
    return words.get("part_of_day", text) if text else None


def _year_for(anchor: date | None, month: int, day: int | None, direction: int) -> int | None:
    """The year of a month (and day) named without one: the occurrence nearest the anchor; a clause in
    the past tense pulls a later month back a year ("In July" said in September: this July; "in November"
    said in September in the past tense: last November), the future pushes an earlier one forward."""
    if anchor is None:
        return None
    here = anchor.year * 12 + anchor.month
    options = [(abs(year * 12 + month - here), year) for year in (anchor.year - 1, anchor.year, anchor.year + 1)]
    year = min(options)[1]
    ahead = year * 12 + month - here
    if day is not None and ahead == 0:
        return year
    # A day a month or two after a past clause is usually a plan reported in the past tense ("declared
    # a dividend payable Dec. 15"); a bare month is looser, so a past clause pulls it back sooner.
    slack = 2 if day is not None else 1
    if direction <= STRICT_PAST and ahead > 0:
        year -= 1
    elif direction < 0 and ahead > slack:
        year -= 1
    elif direction > 0 and ahead < -slack:
        year += 1
    elif direction == 0 and ahead > FORWARD_REACH:
        year -= 1  # news looks back further than ahead: "in March" said in October is the past March
    return year


# How many months ahead of the publication a month named without year or tense may lie.
FORWARD_REACH = 4


def _date_value(year: int | None, month: int | None, day: int | None) -> str | None:
    if month is None:
        return None
    if day is not None:
        try:
            date(year or 2000, month, day)
        except ValueError:
            return None
    y = f"{year:04d}" if year is not None else "XXXX"
    return f"{y}-{month:02d}" + (f"-{day:02d}" if day is not None else "")


def _full_year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 1900 if year >= 40 else 2000
    return year


def h_explicit_date(g: Mapping[str, str | None], ctx: TimexContext) -> Result | None:
    month = int(g["m"]) if g["m"] and g["m"].isdigit() else _month(g["m"], ctx.words)
    day = _day(g["d"])
    if month is None or day is None:
        return None
    year = _full_year(g["y"]) if g.get("y") else _year_for(ctx.anchor, month, day, ctx.direction)
    value = _date_value(year, month, day)
    return ("DATE", value, _mod(g.get("mod"), ctx.words)) if value else None


def h_month_year(g: Mapping[str, str | None], ctx: TimexContext) -> Result | None:
    month = _month(g["m"], ctx.words)
    return ("DATE", _date_value(int(g["y"] or 0), month, None), _mod(g.get("mod"), ctx.words))


def h_month_shift_year(g: Mapping[str, str | None], ctx: TimexContext) -> Result | None:
    month = _month(g["m"], ctx.words)
    if ctx.anchor is None or month is None:
        return "DATE", _date_value(None, month, None), _mod(g.get("mod"), ctx.words)
    year = ctx.anchor.year + int(ctx.words.get("shift", g["yshift"]) or 0)
    return "DATE", _date_value(year, month, None), _mod(g.get("mod"), ctx.words)


def h_spoken_year(g: Mapping[str, str | None], ctx: TimexContext) -> Result | None:
    if g.get("rest"):
        rest = _num(g["rest"], ctx.words)
        if rest is None or not 10 <= rest < 100 or not float(rest).is_integer():
            return None
        return "DATE", f"{1900 + int(rest)}", None
    rest = _num(g["rest2"], ctx.words) if g.get("rest2") else 0.0
    if rest is None or not 0 <= rest < 100:
        return None
    return "DATE", f"{2000 + int(rest)}", None


def h_month(g: Mapping[str, str | None], ctx: TimexContext) -> Result | None:
    month = _month(g["m"], ctx.words)
    if month is None:
        return None
    if ctx.anchor is None:
        return "DATE", _date_value(None, month, None), _mod(g.get("mod"), ctx.words)
    step = ctx.words.get("shift", g["shift"]) if g.get("shift") else None
    if step is not None:
        direction = int(step)
        if direction == 0:
            year = ctx.anchor.year
        else:
            year = ctx.anchor.year + (direction if (month - ctx.anchor.month) * direction <= 0 else 0)
        value = f"{year:04d}-{month:02d}"
    else:
        year = _year_for(ctx.anchor, month, None, ctx.direction)
        value = f"{year:04d}-{month:02d}"
    return "DATE", value, _mod(g.get("mod"), ctx.words)


def h_decade(g: Mapping[str, str | None], ctx: TimexContext) -> Result | None:
    if g.get("y"):
        value = g["y"][:3]
    else:
        value = ("19" + g["yy"])[:3] if int(g["yy"] or 0) >= 20 else ("20" + g["yy"])[:3]
    return "DATE", value, _mod(g.get("mod"), ctx.words)


def h_decade_word(g: Mapping[str, str | None], ctx: TimexContext) -> Result | None:
    """"the nineties": the vocabulary gives the decade's value ("199")."""
    value = ctx.words.get("decade", g["dw"] or "")
    if not value or not (g.get("the") or g.get("mod")):
        return None  # a bare "forties" is more often an age ("in his forties") than a decade
    return "DATE", value, _mod(g.get("mod"), ctx.words)


def h_week_of(g: Mapping[str, str | None], ctx: TimexContext) -> Result | None:
    """"the week of March 6": the ISO week holding that day."""
    month = _month(g["m"], ctx.words)
    day = _day(g["d"])
    if month is None or day is None:
        return None
    year = int(g["y"]) if g.get("y") else _year_for(ctx.anchor, month, day, ctx.direction)
    value = _date_value(year, month, day)
    point = timex.parse_value(value)
    return "DATE", timex.value_at(point.day, "W") if point else None, None


def h_year_end(g: Mapping[str, str | None], ctx: TimexContext) -> Result | None:
    """"year-end", "last year's end": the end of the year (of the publication unless shifted)."""
    if ctx.anchor is None:
        return "DATE", None, "END"
    step = int(ctx.words.get("shift", g["shift"]) or 0) if g.get("shift") else 0
    return "DATE", f"{ctx.anchor.year + step:04d}", "END"


def h_ahead(g: Mapping[str, str | None], ctx: TimexContext) -> Result | None:
    """"in the coming weeks", "the months ahead": an unmeasured stretch of the future."""
    return "DATE", "FUTURE_REF", None


def h_century(g: Mapping[str, str | None], ctx: TimexContext) -> Result | None:
    raw = _key(g["ord"] or "")
    number = _day(raw) if raw[:1].isdigit() else int(ctx.words.get("ordinal", raw) or 0)
    if not number or number < 1:
        return None
    return "DATE", f"{number - 1:02d}", _mod(g.get("mod"), ctx.words)


def h_year(g: Mapping[str, str | None], ctx: TimexContext) -> Result | None:
    mod = _mod(g.get("mod"), ctx.words)
    if g.get("later"):
        mod = "ON_OR_AFTER"
    return "DATE", g["y"], mod


def h_quarter(g: Mapping[str, str | None], ctx: TimexContext) -> Result | None:
    unit = "Q" if _key(g["unit"] or "").startswith("quarter") else "H"
    count = 4 if unit == "Q" else 2
    mod = _mod(g.get("mod"), ctx.words)
    rel = _key(g.get("rel") or "")
    ordinal = None
    if g.get("ord"):
        raw = _key(g["ord"])
        ordinal = _day(raw) if raw[:1].isdigit() else int(ctx.words.get("ordinal", raw) or 0)
        if ordinal == -1:
            ordinal = count
        if not ordinal or not 1 <= ordinal <= count:
            return None
    if rel in ("last", "final") and not ordinal and (g.get("y") or g.get("yshift")):
        ordinal, rel = count, ""  # "the last half of 1989" is its second half, not the half before this one
    if not (g.get("the") or ordinal or rel or g.get("yshift2")):
        return None
    anchor = ctx.anchor
    if g.get("yshift2") and anchor is not None:
        year_shift = int(ctx.words.get("shift", g["yshift2"]) or 0)
        if ordinal:
            return "DATE", f"{anchor.year + year_shift:04d}-{unit}{ordinal}", mod
        base = _reference_period(ctx, unit)
        return ("DATE", f"{anchor.year + year_shift:04d}{base[4:]}" if base else None, mod)
    if g.get("y") or g.get("y0"):
        year: int | None = int(g.get("y") or g["y0"] or 0)
    elif g.get("yshift"):
        year = anchor.year + int(ctx.words.get("shift", g["yshift"]) or 0) if anchor else None
    else:
        year = anchor.year if anchor else None
    if rel in ("year-ago", "year-earlier"):
        base = _reference_period(ctx, unit)
        if base is None:
            return "DATE", None, mod
        shifted = timex.shift_value(base, "Y", -1)
        if ordinal and shifted:
            shifted = f"{shifted[:4]}-{unit}{ordinal}"
        return "DATE", shifted, mod
    if ordinal:
        if year is None:
            return "DATE", f"XXXX-{unit}{ordinal}", mod
        if not g.get("y") and not g.get("y0") and not g.get("yshift") and anchor is not None:
            current = (anchor.month - 1) // (12 // count) + 1
            if ctx.direction < 0 and ordinal > current:
                year -= 1
        return "DATE", f"{year:04d}-{unit}{ordinal}", mod
    if g.get("y0") or g.get("y"):
        # "the 1988 quarter": the quarter under discussion, in that year.
        base = _reference_period(ctx, unit)
        return "DATE", (f"{year:04d}{base[4:]}" if base and base[5:6] == unit else None), mod
    if anchor is None:
        return "DATE", None, mod
    if rel == "latest":
        return "DATE", timex.shift(anchor, unit, -1), mod  # the last one completed, whatever the tense
    step = ctx.words.get("shift", rel) if rel and rel not in ("latest", "same") else None
    if step is not None:
        return "DATE", timex.shift(anchor, unit, int(step)), mod
    if rel == "same":
        return "DATE", _reference_period(ctx, unit), mod
    # "the quarter", "the latest quarter": in news, the last one reported, i.e. the one before the
    # publication's quarter unless the clause looks ahead.
    return "DATE", timex.shift(anchor, unit, 0 if ctx.direction > 0 else -1), mod


def _reference_period(ctx: TimexContext, unit: str) -> str | None:
    if ctx.period and ctx.period[5] == unit:
        return ctx.period
    if ctx.reference:
        point = timex.parse_value(ctx.reference)
        if point is not None:
            return ctx.reference if point.unit == unit else timex.value_at(point.day, unit)
    return timex.value_at(ctx.anchor, unit) if ctx.anchor else None


ANAPHORIC_SHIFTS = frozenset({"following", "previous", "preceding", "prior"})


def h_relative(g: Mapping[str, str | None], ctx: TimexContext) -> Result | None:
    word = _key(g["unit"] or "")
    mod = _mod(g.get("mod"), ctx.words)
    shift_word = _key(g["shift"] or "")
    step = int(ctx.words.get("shift", shift_word) or 0)
    pod = _pod(word, ctx.words) if word in ("morning", "afternoon", "evening", "night") else None
    if pod and not g.get("the") and shift_word not in ("this", "last", "next"):
        return None
    unit = "D" if pod or word == "day" else "WE" if word == "weekend" else _unit(word, ctx.words)
    if unit is None:
        return None
    if shift_word == "past" and unit in ("DE", "CE"):
        return "DURATION", timex.duration(1, unit), mod  # "over the past decade": the ten years up to now
    anaphoric = shift_word in ANAPHORIC_SHIFTS or (g.get("the") and shift_word == "next")
    if unit == "D" and not anaphoric and not pod:
        return None  # "this day", "next day" without "the": not a calendar expression
    if anaphoric:
        base = ctx.reference or (ctx.anchor.isoformat() if ctx.anchor else None)
        if base is None:
            return "DATE", None, mod
        point = timex.parse_value(base)
        if point is None:
            return "DATE", None, mod
        value = timex.value_at(timex.shift_day(point.day, unit, step), unit if unit != "WE" else "WE")
    elif ctx.anchor is None:
        return "DATE", None, mod
    elif pod:
        day = ctx.anchor + timedelta(days=step if shift_word != "last" else -1)
        return "TIME", f"{day.isoformat()}T{pod}", mod
    else:
        value = timex.shift(ctx.anchor, unit, step)
    if pod:
        return "TIME", f"{value}T{pod}", mod
    return "DATE", value, mod


def h_mod_the_unit(g: Mapping[str, str | None], ctx: TimexContext) -> Result | None:
    """"the end of the year", "early in the month": the period that holds the publication date."""
    unit = _unit(g["unit"], ctx.words)
    mod = _mod(g.get("mod"), ctx.words)
    if unit is None or ctx.anchor is None:
        return "DATE", None, mod
    return "DATE", timex.value_at(ctx.anchor, unit), mod


def h_the_year(g: Mapping[str, str | None], ctx: TimexContext) -> Result | None:
    """"the year ended Sept. 30" is a twelve-month span; "for the year" in a report is the current one."""
    if re.match(r"\s+(?:ended|ending|to|through|that\s+ended|that\s+ends)\b", ctx.after) or _key(
            g.get("kind") or "") in ("whole", "entire"):
        return "DURATION", "P1Y", None
    if ctx.anchor is None:
        return "DATE", None, None
    return "DATE", f"{ctx.anchor.year:04d}", None


def h_that_unit(g: Mapping[str, str | None], ctx: TimexContext) -> Result | None:
    word = _key(g["unit"] or "")
    pod = _pod(word, ctx.words) if word in ("morning", "afternoon", "evening", "night") else None
    unit = "D" if pod else _unit(word, ctx.words)
    if unit == "Q":
        return "DATE", _reference_period(ctx, unit), _mod(g.get("mod"), ctx.words)  # the quarter last discussed
    base = ctx.reference or (ctx.anchor.isoformat() if ctx.anchor else None)
    point = timex.parse_value(base)
    if point is None or unit is None:
        return "DATE", None, _mod(g.get("mod"), ctx.words)
    if point.unit != "D" and unit == "D":
        return "DATE", None, _mod(g.get("mod"), ctx.words)
    value = timex.value_at(point.day, unit)
    if pod:
        return "TIME", f"{value}T{pod}", _mod(g.get("mod"), ctx.words)
    return "DATE", value, _mod(g.get("mod"), ctx.words)


def h_shift_named(g: Mapping[str, str | None], ctx: TimexContext) -> Result | None:
    step = int(ctx.words.get("shift", g["shift"]) or 0)
    mod = _mod(g.get("mod"), ctx.words)
    if g.get("season"):
        season = ctx.words.get("season", g["season"])
        if ctx.anchor is None or season is None:
            return "DATE", f"XXXX-{season}" if season else None, mod
        return "DATE", timex.season_shift(ctx.anchor, season, step), mod
    weekday = _weekday(g.get("wd"), ctx.words)
    if weekday is None:
        return None
    if ctx.anchor is None:
        return "DATE", None, mod
    point = timex.parse_value(ctx.reference) if ctx.reference else None
    if _key(g["shift"] or "") in ANAPHORIC_SHIFTS and point is not None and point.unit == "D":
        # "the previous Friday", "the following Monday": counted from the day last mentioned.
        day = (timex.nearest_weekday(point.day, weekday, 1) if step > 0
               else timex.nearest_weekday(point.day - timedelta(days=1), weekday, -1))
        return _with_pod(day.isoformat(), g.get("pod"), mod, ctx)
    if step < 0:
        day = timex.nearest_weekday(ctx.anchor - timedelta(days=1), weekday, -1)
    elif step > 0:
        day = timex.nearest_weekday(ctx.anchor, weekday, 1)
    else:
        day = timex.nearest_weekday(ctx.anchor, weekday, ctx.direction)
    return _with_pod(day.isoformat(), g.get("pod"), mod, ctx)


def _with_pod(value: str, pod_word: str | None, mod: str | None, ctx: TimexContext) -> Result:
    pod = _pod(pod_word, ctx.words)
    if pod and ":" not in pod:
        return "TIME", f"{value}T{pod}", mod
    return "DATE", value, mod


def h_deictic(g: Mapping[str, str | None], ctx: TimexContext) -> Result | None:
    raw = ctx.words.get("deictic", g["dx"]) or "0"
    offset, _, pod = raw.partition(" ")
    mod = _mod(g.get("mod"), ctx.words)
    if ctx.anchor is None:
        return "DATE", None, mod
    value = (ctx.anchor + timedelta(days=int(offset))).isoformat()
    if g.get("pod"):
        return _with_pod(value, g["pod"], mod, ctx)
    if pod:
        return "TIME", f"{value}T{pod}", mod
    return "DATE", value, mod


def h_this_pod(g: Mapping[str, str | None], ctx: TimexContext) -> Result | None:
    pod = _pod(g["pod"], ctx.words)
    shift_word = _key(g["shift"] or "")
    mod = _mod(g.get("mod"), ctx.words)
    if pod is None or ":" in pod:
        return None
    if shift_word == "the":
        base = timex.parse_value(ctx.reference) if ctx.reference else None
        if base is None or base.unit != "D":
            return None
        return "TIME", f"{base.day.isoformat()}T{pod}", mod
    if ctx.anchor is None:
        return "TIME", None, mod
    if shift_word == "last" and pod not in ("NI", "EV"):
        return None
    day = ctx.anchor - timedelta(days=1) if shift_word == "last" else ctx.anchor
    return "TIME", f"{day.isoformat()}T{pod}", mod


def h_weekday(g: Mapping[str, str | None], ctx: TimexContext) -> Result | None:
    weekday = _weekday(g["wd"], ctx.words)
    if weekday is None:
        return None
    mod = _mod(g.get("mod"), ctx.words)
    if g.get("plural") or g.get("podpl"):
        pod = _pod(g.get("pod"), ctx.words)
        return "SET", f"XXXX-WXX-{weekday}" + (f"T{pod}" if pod else ""), mod
    if ctx.anchor is None:
        return "DATE", None, mod
    return _with_pod(_weekday_date(ctx.anchor, weekday, ctx.direction).isoformat(), g.get("pod"), mod, ctx)


def _weekday_date(anchor: date, weekday: int, direction: int) -> date:
    """A bare weekday: the most recent one up to the anchor (news convention), or the next one from the
    anchor in a clause that looks ahead; the anchor's own weekday is the anchor day either way."""
    if anchor.isoweekday() == weekday:
        return anchor
    return timex.nearest_weekday(anchor, weekday, 1 if direction > 0 else -1)


def _amount(g: Mapping[str, str | None], ctx: TimexContext) -> float | None:
    raw = g.get("num")
    if raw is None:
        # "days later" counts nothing; "year earlier" (no count, singular) is one
        return None if _key(g.get("unit") or "").endswith("s") else 1.0
    if ctx.words.get("vague", raw) is not None:
        return None
    return _num(raw, ctx.words)


def h_ago(g: Mapping[str, str | None], ctx: TimexContext) -> Result | None:
    unit = _unit(g["unit"], ctx.words)
    if unit is None:
        return None
    mod = ctx.words.get("quantifier_mod", g["q"]) if g.get("q") else None
    amount = _amount(g, ctx)
    if g.get("num") is None and not _key(g["unit"] or "").endswith("s"):
        return None  # "year earlier" without a count is an adjective ("year-earlier"), handled elsewhere
    direction = _key(g["dir"] or "")
    sign = 1 if direction in ("later", "after", "from now", "hence") else -1
    if amount is None:
        return _vague_shift(ctx, unit, sign, direction in ("ago", "from now", "hence"), mod)
    if unit.startswith("T"):
        return _clock_shift(ctx, unit, sign * amount, mod)
    if not float(amount).is_integer():
        return "DATE", None, mod
    steps = sign * int(amount)
    deictic = direction in ("ago", "from now", "hence")
    base_unit = {"WE": "W", "2W": "W", "ML": "CE"}.get(unit, unit)
    if base_unit == "2W":
        steps *= 2
    if ctx.period and base_unit == "Y" and steps < 0:
        # "a year ago" / "a year earlier" in a report about a quarter: that quarter a year before.
        return "DATE", timex.shift_value(ctx.period, "Y", steps), mod
    if ctx.reference and (not deictic or _reference_is_period(ctx)):
        point = timex.parse_value(ctx.reference)
        if point is not None and (point.unit in KEEP_REFERENCE_GRANULARITY or not deictic):
            if point.unit in KEEP_REFERENCE_GRANULARITY and _coarser_or_equal(base_unit, point.unit):
                return "DATE", timex.shift_value(ctx.reference, base_unit, steps), mod
            if not deictic:
                return "DATE", timex.value_at(timex.shift_day(point.day, base_unit, steps), base_unit), mod
    if ctx.anchor is None:
        return "DATE", None, mod
    return "DATE", timex.shift(ctx.anchor, base_unit, steps), mod


def _clock_shift(ctx: TimexContext, unit: str, amount: float, mod: str | None) -> Result:
    """"An hour later" after "9 a.m. Monday": that clock time moved; without a clock time to count from,
    the measured stretch itself ("two hours after the blast" → PT2H)."""
    if ctx.clock:
        start = datetime.fromisoformat(ctx.clock)
        seconds = {"TH": 3600, "TM": 60, "TS": 1}.get(unit, 0) * amount
        return "TIME", (start + timedelta(seconds=seconds)).strftime("%Y-%m-%dT%H:%M"), mod
    return "DURATION", timex.duration(abs(amount), unit), mod


def _vague_shift(ctx: TimexContext, unit: str, sign: int, deictic: bool, mod: str | None) -> Result:
    """"years ago", "days later": an unknown count. Anaphoric ones stay inside a coarser reference
    ("Days later" after "last month" is still that month); the rest only say past or future."""
    point = timex.parse_value(ctx.reference) if ctx.reference and not deictic else None
    if point is not None and _RANK.get(point.unit, 0) > _RANK.get(unit, 0):
        return "DATE", ctx.reference, mod
    return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod


def _reference_is_period(ctx: TimexContext) -> bool:
    point = timex.parse_value(ctx.reference)
    return point is not None and point.unit in ("Q", "H")


_RANK = {"D": 0, "W": 1, "WE": 1, "M": 2, "SP": 3, "SU": 3, "FA": 3, "WI": 3, "Q": 3, "H": 4, "Y": 5, "DE": 6, "CE": 7}


def _coarser_or_equal(unit: str, than: str) -> bool:
    return _RANK.get(unit, 0) >= _RANK.get(than, 0)


def h_year_ago(g: Mapping[str, str | None], ctx: TimexContext) -> Result | None:
    unit = _unit(g["unit"], ctx.words) or "Y"
    amount = _num(g["num"], ctx.words) if g.get("num") else 1.0
    if amount is None or not float(amount).is_integer():
        return "DATE", None, None
    steps = -int(amount)
    what = _key(g.get("what") or "")
    if what == "quarter" and g.get("ord"):
        raw = _key(g["ord"])
        ordinal = int(ctx.words.get("ordinal", raw) or _day(raw) or 0)
        base = _reference_period(ctx, "Q")
        if base and 1 <= ordinal <= 4:
            return "DATE", f"{int(base[:4]) + steps:04d}-Q{ordinal}", None
    base = ctx.period or ctx.reference or (ctx.anchor.isoformat() if ctx.anchor else None)
    if base is None:
        return "DATE", None, None
    point = timex.parse_value(base)
    if point is None:
        return "DATE", None, None
    if what == "quarter" and point.unit != "Q":
        base = timex.value_at(point.day, "Q")
    return "DATE", timex.shift_value(base, unit, steps), None


def h_duration(g: Mapping[str, str | None], ctx: TimexContext) -> Result | None:
    unit = _unit(g["unit"], ctx.words)
    if unit is None or unit == "H":
        return None
    if _key(g.get("num") or "") == "recent" and unit in ("Y", "DE", "CE"):
        return "DATE", "PAST_REF", None  # "in recent years", as in h_vague_duration
    mod = ctx.words.get("quantifier_mod", g["q"]) if g.get("q") else None
    if g.get("orso"):
        mod = "APPROX"
    amount = _amount(g, ctx)
    if g.get("half") and amount is not None:
        amount += 0.5
    if g.get("num2") or g.get("num3"):
        amount = None  # "two to three weeks", "a year or two": a range, TimeML leaves the count open
    if amount is not None and amount <= 0:
        return None
    return "DURATION", timex.duration(amount, unit), mod


def h_vague_duration(g: Mapping[str, str | None], ctx: TimexContext) -> Result | None:
    unit = _unit(g["unit"], ctx.words)
    if unit is None:
        return None
    if g.get("recent") and unit in ("Y", "DE", "CE"):
        return "DATE", "PAST_REF", None  # "in recent years": a vague past, not a measured span
    mod = ctx.words.get("quantifier_mod", g["q"]) if g.get("q") else None
    return "DURATION", timex.duration(None, unit), mod


def h_set(g: Mapping[str, str | None], ctx: TimexContext) -> Result | None:
    if g.get("wd"):
        weekday = _weekday(g["wd"], ctx.words)
        return "SET", f"XXXX-WXX-{weekday}", None
    if g.get("pod"):
        pod = _pod(g["pod"], ctx.words)
        return ("SET", f"XXXX-XX-XXT{pod}", None) if pod and ":" not in pod else None
    unit = _unit(g["unit"], ctx.words)
    if unit is None or unit == "H":
        return None
    amount = _num(g["num"], ctx.words) if g.get("num") else 1.0
    if g.get("other"):
        amount = 2.0
    return "SET", timex.duration(amount, unit), None


def h_set_word(g: Mapping[str, str | None], ctx: TimexContext) -> Result | None:
    return "SET", ctx.words.get("set", g["word"]), None


def h_ref(g: Mapping[str, str | None], ctx: TimexContext) -> Result | None:
    value = ctx.words.get("ref", g["word"])
    return "DATE", value, None


def h_clock(g: Mapping[str, str | None], ctx: TimexContext) -> Result | None:
    hour = int(g["h"])
    minute = int(g["mi"]) if g.get("mi") else None
    ampm = _key(g.get("ampm") or "")
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    mod = ctx.words.get("quantifier_mod", g["q"]) if g.get("q") else None
    clock = f"{hour:02d}:{minute:02d}" if minute is not None else f"{hour:02d}:00"
    return "TIME", _clock_day(g, ctx) + "T" + clock, mod


def h_clock_word(g: Mapping[str, str | None], ctx: TimexContext) -> Result | None:
    clock = ctx.words.get("part_of_day", g["cw"])
    mod = ctx.words.get("quantifier_mod", g["q"]) if g.get("q") else None
    return "TIME", _clock_day(g, ctx) + "T" + (clock or ""), mod


def _clock_day(g: Mapping[str, str | None], ctx: TimexContext) -> str:
    """The day a clock time falls on: the day named after it, else the last day mentioned, else the anchor."""
    anchor = ctx.anchor
    if g.get("sfx_wd") and anchor is not None:
        weekday = _weekday(g["sfx_wd"], ctx.words) or 1
        return _weekday_date(anchor, weekday, ctx.direction).isoformat()
    if g.get("sfx_dx") and anchor is not None:
        offset = int((ctx.words.get("deictic", g["sfx_dx"]) or "0").split(" ")[0])
        return (anchor + timedelta(days=offset)).isoformat()
    if g.get("sfx_m"):
        month = _month(g["sfx_m"], ctx.words)
        day = _day(g["sfx_d"])
        if month and day:
            return _date_value(_year_for(anchor, month, day, ctx.direction), month, day) or "XXXX-XX-XX"
    point = timex.parse_value(ctx.reference) if ctx.reference else None
    if point is not None and point.unit == "D":
        return point.day.isoformat()
    return anchor.isoformat() if anchor else "XXXX-XX-XX"


def h_holiday(g: Mapping[str, str | None], ctx: TimexContext) -> Result | None:
    rule = ctx.words.get("holiday", g["hol"])
    if not rule:
        return None
    year = int(g["y"]) if g.get("y") else None
    month = int(rule.split(":")[2]) if ":" in rule else int(rule[:2])
    if year is None and ctx.anchor is not None:
        if g.get("shift"):
            year = ctx.anchor.year + int(ctx.words.get("shift", g["shift"]) or 0)
        else:
            year = _year_for(ctx.anchor, month, 15, ctx.direction)
    if ":" in rule:
        n, weekday, month = (int(part) for part in rule.split(":"))
        if year is None:
            return "DATE", None, None
        return "DATE", timex.nth_weekday(year, month, weekday, n).isoformat(), None
    return "DATE", (f"{year:04d}" if year is not None else "XXXX") + "-" + rule, None


def h_season(g: Mapping[str, str | None], ctx: TimexContext) -> Result | None:
    season = ctx.words.get("season", g["season"])
    if season is None:
        return None
    mod = _mod(g.get("mod"), ctx.words)
    if g.get("y"):
        return "DATE", f"{g['y']}-{season}", mod
    if ctx.anchor is None:
        return "DATE", f"XXXX-{season}", mod
    if _key(g.get("the") or "") == "this":
        return "DATE", timex.season_shift(ctx.anchor, season, 0), mod
    step = 1 if ctx.direction > 0 else -1 if ctx.direction < 0 else 0
    return "DATE", timex.season_shift(ctx.anchor, season, step), mod


def h_weekend(g: Mapping[str, str | None], ctx: TimexContext) -> Result | None:
    mod = _mod(g.get("mod"), ctx.words)
    if ctx.anchor is None:
        return "DATE", None, mod
    saturday = timex.nearest_weekday(ctx.anchor, 6, 1 if ctx.direction > 0 else -1)
    if ctx.anchor.isoweekday() == 7:
        saturday = ctx.anchor - timedelta(days=1)
    return "DATE", timex.value_at(saturday, "WE"), mod
