"""TIMEX3 value arithmetic: calendar values at a granularity, shifted by units, parsed back.

A value names a period at one granularity: a day "2023-09-13", a week "2023-W36", a weekend
"2023-W36-WE", a month "2023-09", a quarter "2023-Q3", a half "2023-H2", a season "2023-SU", a year
"2023", a decade "202", a century "20". Units are TIMEX3's letters: D, W, WE, M, Q, H, Y, DE, CE,
and the seasons SP, SU, FA, WI. Everything here is pure and works on `datetime.date`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

# Months of each season; winter is dated by the year of its December (TimeML practice).
SEASON_MONTHS = {"SP": (3, 4, 5), "SU": (6, 7, 8), "FA": (9, 10, 11), "WI": (12, 1, 2)}
SEASON_ORDER = ("SP", "SU", "FA", "WI")  # within a season-year: winter runs into the next year

_VALUE = re.compile(
    r"^(?P<year>\d{4})(?:-(?:(?P<month>\d{2})(?:-(?P<day>\d{2}))?|W(?P<week>\d{1,2})(?P<we>-WE)?"
    r"|Q(?P<quarter>[1-4])|H(?P<half>[12])|(?P<season>SP|SU|FA|WI)))?(?:T.*)?$"
)


@dataclass(frozen=True, slots=True)
class Point:
    """A parsed calendar value: a representative day and the granularity it was given at."""

    day: date
    unit: str  # D | W | WE | M | Q | H | Y | SP | SU | FA | WI


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def season_of(day: date) -> tuple[int, str]:
    """(year, season) of a day; January and February belong to the winter of the previous December."""
    for season, months in SEASON_MONTHS.items():
        if day.month in months:
            year = day.year - 1 if season == "WI" and day.month < 12 else day.year
            return year, season
    raise ValueError(day)  # unreachable: every month is in a season


def value_at(day: date, unit: str) -> str:
    """The value of the period of granularity `unit` that contains `day`."""
    if unit == "D":
        return day.isoformat()
    if unit == "W":
        return iso_week(day)
    if unit == "WE":
        return iso_week(day) + "-WE"
    if unit == "M":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "Q":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if unit == "H":
        return f"{day.year:04d}-H{1 if day.month <= 6 else 2}"
    if unit == "Y":
        return f"{day.year:04d}"
    if unit == "DE":
        return f"{day.year // 10:03d}"
    if unit == "CE":
        return f"{day.year // 100:02d}"
    if unit in SEASON_MONTHS:
        year, _ = season_of(day)
        return f"{year:04d}-{unit}"
    raise ValueError(f"unknown unit {unit!r}")


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, 28))


def shift_day(day: date, unit: str, steps: int) -> date:
    """`day` moved by `steps` units (a representative day inside the target period)."""
    if unit == "D":
        return day + timedelta(days=steps)
    if unit in ("W", "WE"):
        return day + timedelta(weeks=steps)
    if unit == "M":
        return add_months(day, steps)
    if unit == "Q":
        return add_months(day, 3 * steps)
    if unit == "H":
        return add_months(day, 6 * steps)
    if unit in ("Y",) or unit in SEASON_MONTHS:
        return add_months(day, 12 * steps)
    if unit == "DE":
        return add_months(day, 120 * steps)
    if unit == "CE":
        return add_months(day, 1200 * steps)
    raise ValueError(f"unknown unit {unit!r}")


def shift(anchor: date, unit: str, steps: int) -> str:
    """The period of granularity `unit` that lies `steps` units from the one holding `anchor`."""
    if unit in SEASON_MONTHS:
        return season_shift(anchor, unit, steps)
    return value_at(shift_day(anchor, unit, steps), unit)


def season_shift(anchor: date, season: str, steps: int) -> str:
    """"this summer" (0), "last summer" (-1), "next summer" (1): the occurrence of `season` near `anchor`.

    "last" is the most recent one that has ended (or the one before the current one); "next" the first
    one after the current one; "this" the one of the anchor's year.
    """
    current_year, current = season_of(anchor)
    if steps == 0:
        year = anchor.year if season != "WI" or anchor.month == 12 else anchor.year - 1
        if season == "WI" and anchor.month >= 3:
            year = anchor.year  # "this winter" said in spring–autumn means the coming one
        return f"{year:04d}-{season}"
    order = SEASON_ORDER.index
    position = current_year * 4 + order(current)
    if steps < 0:
        candidate = position - 1
        while SEASON_ORDER[candidate % 4] != season:
            candidate -= 1
        candidate -= 4 * (-steps - 1)
    else:
        candidate = position + 1
        while SEASON_ORDER[candidate % 4] != season:
            candidate += 1
        candidate += 4 * (steps - 1)
    return f"{candidate // 4:04d}-{season}"


def parse_value(value: str | None) -> Point | None:
    """A calendar value back into a Point; None for durations, REF values and unknown (X) parts."""
    if not value:
        return None
    match = _VALUE.match(value)
    if not match:
        return None
    year = int(match["year"])
    try:
        if match["day"]:
            return Point(date(year, int(match["month"]), int(match["day"])), "D")
        if match["month"]:
            return Point(date(year, int(match["month"]), 1), "M")
        if match["week"]:
            week = int(match["week"])
            return Point(date.fromisocalendar(year, week, 1), "WE" if match["we"] else "W")
        if match["quarter"]:
            return Point(date(year, 3 * int(match["quarter"]) - 2, 1), "Q")
        if match["half"]:
            return Point(date(year, 1 if match["half"] == "1" else 7, 1), "H")
        if match["season"]:
            month = SEASON_MONTHS[match["season"]][0]
            return Point(date(year, month, 1), match["season"])
        return Point(date(year, 1, 1), "Y")
    except ValueError:
        return None


def day_of(value: str | None) -> date | None:
    """The calendar day of a value that names one day (a time of day is dropped), else None."""
    point = parse_value(value)
    return point.day if point is not None and point.unit == "D" else None


_PERIOD_MONTHS = {"M": 1, "Q": 3, "H": 6, "Y": 12, **{season: 3 for season in SEASON_MONTHS}}


def period(value: str | None) -> tuple[date, date] | None:
    """First and last day of the period a calendar value names (day … year, season), else None."""
    point = parse_value(value)
    if point is None:
        return None
    try:
        if point.unit == "D":
            return point.day, point.day
        if point.unit == "W":
            return point.day, point.day + timedelta(days=6)
        if point.unit == "WE":
            return point.day + timedelta(days=5), point.day + timedelta(days=6)
        months = _PERIOD_MONTHS[point.unit]
        return point.day, add_months(point.day, months) - timedelta(days=1)
    except (ValueError, OverflowError):  # a period running past 9999-12-31 ends there
        return min(point.day, date.max), date.max


def shift_value(value: str, unit: str, steps: int) -> str | None:
    """`value` moved by `steps` units, kept at its own granularity ("1989-Q3", Y, -1 → "1988-Q3")."""
    point = parse_value(value)
    if point is None:
        return None
    if point.unit in SEASON_MONTHS:
        if unit not in ("Y", "DE", "CE"):
            return None
        years = {"Y": 1, "DE": 10, "CE": 100}[unit] * steps
        return f"{point.day.year + years:04d}-{point.unit}"
    return value_at(shift_day(point.day, unit, steps), point.unit)


def nearest_weekday(anchor: date, weekday: int, direction: int) -> date:
    """The day of ISO `weekday` (1 = Monday) nearest to `anchor`: on or before it when `direction` <= 0,
    after it when `direction` > 0."""
    delta = weekday - anchor.isoweekday()
    if direction <= 0:
        return anchor + timedelta(days=delta if delta <= 0 else delta - 7)
    return anchor + timedelta(days=delta if delta > 0 else delta + 7)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The `n`th ISO `weekday` of a month (n = -1: the last one): Thanksgiving is (11, 4, 4)."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = add_months(date(year, month, 1), 1) - timedelta(days=1)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7 + 7 * (-n - 1))


def duration(amount: float | None, unit: str) -> str:
    """A TIMEX3 duration: (2, "TH") → "PT2H", (19, "M") → "P19M", (None, "Y") → "PXY", (1, "DE") → "P10Y"."""
    clock = unit.startswith("T")
    letter = unit[1:] if clock else unit
    if letter == "WE":
        letter, amount = "D", (2 * amount if amount is not None else None)
    elif letter == "DE":
        letter, amount = "Y", (10 * amount if amount is not None else None)
    elif letter == "CE":
        letter, amount = "Y", (100 * amount if amount is not None else None)
    elif letter == "ML":
        letter, amount = "Y", (1000 * amount if amount is not None else None)
    elif letter == "2W":
        letter, amount = "W", (2 * amount if amount is not None else None)
    if amount is None:
        number = "X"
    elif float(amount).is_integer():
        number = str(int(amount))
    elif clock and letter in ("H", "M"):
        # "an hour and a half" → PT1H30M, "a minute and a half" → PT1M30S
        whole, part = int(amount), round((amount - int(amount)) * 60)
        smaller = "M" if letter == "H" else "S"
        return f"PT{whole}{letter}{part}{smaller}" if whole else f"PT{part}{smaller}"
    elif letter == "Y":
        whole, months = int(amount), round((amount - int(amount)) * 12)
        return f"P{whole}Y{months}M" if whole else f"P{months}M"
    elif letter == "D":
        return f"PT{int(amount * 24)}H"
    else:
        number = str(amount)
    return f"P{'T' if clock else ''}{number}{letter}"
