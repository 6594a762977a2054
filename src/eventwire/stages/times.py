"""The times stage: TIMEX3 recognition and normalisation (TimeML / TempEval-3 conventions).

Recognition is a set of regular-expression rules over each paragraph, built from the vocabulary in
`knowledge/data/time_words.tsv` (month names, units, number words, REF words…). Overlapping matches
are resolved longest first. spaCy's parse then vetoes names that look like dates ("Theresa May",
"March" as a verb, "2000 troops") and gives the tense that decides whether a bare "Friday" or "July"
lies before or after the publication date. Values are computed by `eventwire.timex`, anchored on
`article.published` for deictic expressions ("last week") and on the last date mentioned for
anaphoric ones ("two days later", "a year earlier", "the following month").
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Callable, Mapping

from .. import timex
from ..knowledge import Knowledge
from ..knowledge.timewords import TimeWords, load_timewords, normalise_word
from ..records import Article, Span, TimeExpr
from ..spanindex import SpanList, overlaps_any

# Entity labels of spaCy that mark a name, not a time: a span wholly inside one is no timex.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT"})
# Auxiliaries that put a clause in the future.
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "’ll"})
# Granularities at which an anaphoric shift keeps the reference's own granularity ("a year earlier"
# after "the third quarter" is the third quarter of the previous year).
KEEP_REFERENCE_GRANULARITY = frozenset({"Q", "H", "M", "SP", "SU", "FA", "WI"})


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    priority: int  # lower wins between candidates of equal length


@dataclass(frozen=True, slots=True)
class Grammar:
    words: TimeWords
    rules: tuple[Rule, ...]
    future_verbs: frozenset[str]


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int  # absolute offsets
    end: int
    rule: Rule
    groups: Mapping[str, str | None]
    paragraph: int  # index into article.paragraphs


@dataclass(frozen=True, slots=True)
class Context:
    """What normalising one candidate needs: the anchors, the tense of its clause, the vocabulary."""

    anchor: date | None  # publication date
    reference: str | None  # value of the last date mentioned before the candidate
    period: str | None  # value of the last quarter or half mentioned: the period a report is about
    clock: str | None  # value of the last clock time mentioned ("2013-03-18T09:00"): the base of "an hour later"
    direction: int  # +1 future, -1 past, 0 present/unknown
    words: TimeWords
    after: str  # the text that follows the candidate in its paragraph


def grammar_for(knowledge: Knowledge) -> Grammar:
    """The compiled grammar of a Knowledge object, cached on it (`knowledge.time_grammar`) when it has
    that property; built from its vocabulary otherwise (a stand-in Knowledge in a test)."""
    grammar = getattr(knowledge, "time_grammar", None)
    if isinstance(grammar, Grammar):
        return grammar
    words = getattr(knowledge, "timewords", None)
    if not isinstance(words, TimeWords):
        words = load_timewords(knowledge)
    return build_grammar(words)


def run(article: Article, knowledge: Knowledge) -> Article:
    grammar = grammar_for(knowledge)
    return dataclasses.replace(article, times=tuple(find_times(article, grammar)))


# ----------------------------------------------------------------------------------------------------
# Grammar


def build_grammar(words: TimeWords) -> Grammar:
    alt = words.alternation
    unit_words = [w for w in words.kind("unit") if words.kind("unit")[w] not in ("H", "X")]
    unit_sing = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in unit_words), key=len, reverse=True))
    units = rf"(?:{unit_sing}|centuries|millennia)(?:s|es)?"
    month = rf"(?:(?:{alt('month')})(?![\w-])|(?:{alt('month_abbr')})\.|(?:{alt('month_abbr')})(?=\s+\d))"
    weekday = rf"(?:(?:{alt('weekday')})|(?:{alt('weekday_abbr')})\.)"
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    year4 = r"(?:1[5-9]\d\d|20\d\d)"
    # "a"/"an" count as one only right before a unit or hundred/thousand, so that "a two-year" is not 1 + 2.
    numword = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words.kind("number"), key=len, reverse=True)
                       if w not in ("a", "an"))
    num = (rf"(?:\d+(?:,\d{{3}})*(?:\.\d+)?(?:\s+1/2)?|an?(?=[\s-]+(?:{units}|hundred|thousand|dozen)(?![\w]))"
           rf"(?:[\s-]+(?:hundred|thousand|dozen))?|(?:{numword})(?:(?:\s+|-)(?:and\s+)?(?:{numword}))*)")
    ordinal = rf"(?:{alt('ordinal')}|\d+(?:st|nd|rd|th))"
    shift = alt("shift")
    mod = alt("mod")
    qmod = alt("quantifier_mod")
    vague = alt("vague")
    season = alt("season")
    pod = "|".join(re.escape(w) for w, v in words.kind("part_of_day").items() if ":" not in v)
    clock_word = "|".join(re.escape(w) for w, v in words.kind("part_of_day").items() if ":" in v)
    deictic = alt("deictic")
    ref = alt("ref")
    sets = alt("set")
    holiday = alt("holiday")
    ampm = r"(?:a\.m\.?|p\.m\.?|am|pm)(?![\w])"
    tz = r"(?:\s+(?:[ECMP][SD]T|GMT|UTC))?"
    b = r"(?<![\w'’-])"  # start of a word
    e = r"(?![\w])"  # end of a word
    wd_prefix = rf"(?:(?P<wd>{weekday}),?\s+)?"
    day_suffix = (rf"(?:,?\s+(?:on\s+)?(?:(?P<sfx_wd>{weekday})|(?P<sfx_dx>today|yesterday|tomorrow)"
                  rf"|(?P<sfx_m>{month})\s+(?P<sfx_d>{day})(?![\d]))(?![\w]))?")
    fiscal = r"(?:(?:fiscal|calendar)[\s-]+)"
    plural_units = "years|months|weeks|days|decades|hours|minutes|centuries"

    specs: list[tuple[str, str]] = [
        ("iso_date", rf"{b}(?P<y>{year4})-(?P<m>[01]\d)-(?P<d>[0-3]\d){e}"),
        ("slash_date", r"(?<![\w/])(?P<m>1[0-2]|0?[1-9])/(?P<d>[12]\d|3[01]|0?[1-9])/(?P<y>\d{4}|\d{2})(?![\w/])"),
        ("mdy", rf"{b}(?:(?P<mod>{mod})[\s-]+)?{wd_prefix}(?P<m>{month})\s*(?P<d>{day})(?![\d])(?:,?\s+(?P<y>{year4}))?{e}"),
        ("dmy", rf"{b}{wd_prefix}(?:the\s+)?(?P<d>{day})\s+(?:of\s+)?(?P<m>{month})(?:,?\s+(?P<y>{year4}))?{e}"),
        ("month_year", rf"{b}(?:(?P<mod>{mod})[\s-]+)?(?P<m>{month})(?:\s+of)?,?\s+(?P<y>{year4}){e}"),
        ("month_shift_year", rf"{b}(?:(?P<mod>{mod})[\s-]+)?(?P<m>{month})\s+(?:of\s+)?(?P<yshift>{shift})\s+year{e}"),
        ("spoken_year", rf"{b}(?:the\s+year\s+)?nineteen[\s-]+(?P<rest>(?:{numword})(?:[\s-]+(?:{numword}))?){e}"
                        rf"|{b}the\s+year\s+two\s+thousand(?:\s+and)?(?:[\s-]+(?P<rest2>{numword}))?{e}"),
        ("month", rf"{b}(?:(?P<mod>{mod})[\s-]+)?(?:(?P<shift>{shift})\s+)?(?P<m>{month})"),
        ("decade", rf"{b}(?:the\s+)?(?:(?P<mod>{mod})[\s-]+)?(?:(?P<y>(?:1[5-9]|20)\d0)|'(?P<yy>\d0))'?s{e}"),
        ("decade_word", rf"{b}(?:(?P<the>the)\s+)?(?:(?P<mod>{mod})[\s-]+)?(?P<dw>{alt('decade')}){e}"),
        ("week_of", rf"{b}the\s+week\s+of\s+(?P<m>{month})\s*(?P<d>{day})(?:,?\s+(?P<y>{year4}))?{e}"),
        ("year_end", rf"{b}(?:(?P<shift>{shift})\s+)?year(?:-|\s+|['’]s\s+)end{e}"),
        # TimeML leaves "the" out of "the coming weeks" but keeps it in "the weeks ahead".
        ("ahead", rf"{b}(?:(?P<coming>coming|upcoming)\s+(?P<unit>days|weeks|months|years|quarters)"
                  rf"|the\s+(?P<unit2>days|weeks|months|years|quarters)\s+ahead){e}"),
        ("century", rf"{b}(?:the\s+)?(?:(?P<mod>{mod})[\s-]+)?(?P<ord>{ordinal})[\s-]+century{e}"),
        ("year", rf"(?<![\w$#.,'’/-])(?:(?P<mod>{mod})[\s-]+)?(?:(?P<fiscal>fiscal(?:\s+year)?|calendar\s+year|the\s+year|FY)\s*)?"
                 rf"(?P<y>{year4})(?P<later>\s+or\s+later|\s+and\s+beyond)?(?![\w%]|[.,]\d|-\d)"),
        ("quarter", rf"{b}(?:(?P<mod>{mod})\s+)?(?:(?P<the>the\s+)|(?P<yshift2>{shift})\s+year['’]s\s+)?(?:(?P<rel>{shift}|latest|year-ago|year-earlier|same)\s+)?{fiscal}?"
                    rf"(?:(?P<y0>{year4})\s+)?(?:(?P<ord>{ordinal})[\s-]+)?{fiscal}?(?P<unit>quarter|half)"
                    rf"(?:\s+of\s+(?:(?P<y>{year4})|(?P<yshift>{shift})\s+year|the\s+year))?{e}"),
        ("relative", rf"{b}(?:(?P<mod>{mod})\s+)?(?P<the>the\s+)?(?P<shift>{shift})\s+{fiscal}?"
                     rf"(?P<unit>week|weekend|month|year|decade|century|quarter|day|morning|afternoon|evening|night){e}"),
        ("mod_the_unit", rf"{b}(?P<mod>{mod})\s+the\s+(?P<unit>week|month|year|quarter|decade|century){e}"),
        ("the_year", rf"{b}the\s+(?:(?P<kind>full|fiscal|calendar|whole|entire)\s+)?year(?!['’\w-])"),
        ("that_unit", rf"{b}(?:(?P<mod>{mod})\s+)?(?:that|the\s+same)\s+(?P<unit>day|week|month|quarter|year|morning|afternoon|evening|night){e}"),
        ("shift_named", rf"{b}(?:(?P<mod>{mod})\s+)?(?:the\s+)?(?:this\s+)?(?P<shift>{shift})\s+(?:(?P<wd>{weekday})|(?P<season>{season}))"
                        rf"(?:\s+(?P<pod>{pod}))?{e}"),
        ("deictic", rf"{b}(?:(?P<mod>{mod})\s+)?(?P<dx>{deictic})(?:\s+(?P<pod>{pod}))?{e}"),
        ("pod_deictic", rf"{b}(?:(?P<mod>{mod})[\s-]+)?(?P<pod>{pod})\s+(?P<dx>yesterday|today|tomorrow){e}"),
        ("this_pod", rf"{b}(?:(?P<mod>{mod})\s+)?(?P<shift>this|last|the)\s+(?P<pod>{pod}){e}"),
        ("weekday", rf"{b}(?:(?P<mod>{mod})\s+)?(?P<wd>{weekday})(?P<plural>s)?(?:\s+(?P<pod>{pod})(?P<podpl>s)?)?{e}"),
        ("ago", rf"{b}(?:(?P<q>{qmod})\s+)?(?:(?P<num>{num}|{vague})[\s-]+)?(?P<unit>{units})\s+(?:or\s+so\s+)?"
                rf"(?P<dir>ago|earlier|later|before(?=\s*[,.;]|$)|after(?=\s*[,.;]|$)|from\s+now|hence){e}"),
        ("year_ago", rf"{b}(?:the\s+)?(?:(?P<num>{num})-)?(?P<unit>year|month|week)-(?:ago|earlier)"
                     rf"(?:\s+(?:(?P<ord>{ordinal})[\s-]+)?(?P<what>quarter|period|month|week|year))?{e}"),
        ("set", rf"{b}(?P<every>every|each|per|a|an)\s+(?:(?P<num>{num})\s+)?(?:(?P<other>other)\s+)?"
                rf"(?:(?P<unit>{units})|(?P<wd>{weekday})|(?P<pod>{pod})){e}"),
        ("duration", rf"{b}(?:(?P<q>{qmod})\s+)?(?:(?P<the>the)\s+)?(?:(?P<edge>first|last|past|next|previous|coming|following|final|recent)\s+)?"
                     rf"(?P<num>{num}|{vague})(?:\s+(?:to|or)\s+(?P<num2>{num}))?[\s-]+(?:more\s+)?(?P<unit>{units})"
                     rf"(?P<half>\s+and\s+a\s+half)?(?:\s+or\s+(?P<num3>{num})(?![\s-]+\w))?(?P<orso>\s+or\s+so)?{e}"),
        ("vague_duration", rf"{b}(?:(?P<q>{qmod})\s+)?(?P<recent>recent\s+)?(?P<unit>{plural_units})(?:\s+or\s+(?:{plural_units}))?{e}"),
        ("set_word", rf"{b}(?P<word>{sets}){e}"),
        ("ref", rf"{b}(?:(?P<more>more|most)\s+)?(?P<word>{ref}){e}"),
        ("clock", rf"(?<![\w:.])(?:(?P<q>{qmod})\s+)?(?P<h>1[0-2]|0?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>{ampm}){tz}{day_suffix}"),
        ("clock24", rf"(?<![\w:.])(?:(?P<q>{qmod})\s+)?(?P<h>1\d|0?\d|2[0-3]):(?P<mi>[0-5]\d)(?:\s+(?P<tz0>[ECMP][SD]T|GMT|UTC)){day_suffix}{e}"),
        # A 24-hour time written without a colon only counts with its zone ("1625 UTC"), else it is a year.
        ("clock_mil", rf"(?<![\w:.,$])(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s*(?:hours\s+|hrs\.?\s+)?(?P<tz0>UTC|GMT|Z){day_suffix}{e}"),
        ("clock_word", rf"{b}(?:(?P<q>{qmod})\s+)?(?P<cw>{clock_word}){day_suffix}{e}"),
        ("holiday", rf"{b}(?:(?P<shift>{shift})\s+)?(?P<hol>{holiday})(?:,?\s+(?P<y>{year4}))?{e}"),
        ("season", rf"{b}(?:(?P<mod>{mod})[\s-]+)?(?:(?P<the>the|this)\s+)?(?P<season>{season})(?:\s+(?:of\s+)?(?P<y>{year4}))?{e}"),
        ("weekend", rf"{b}(?:(?P<mod>{mod})\s+)?the\s+weekend{e}"),
    ]
    rules = tuple(Rule(name, re.compile(pattern, re.IGNORECASE), priority) for priority, (name, pattern) in enumerate(specs))
    future = frozenset(words.kind("future_verb"))
    return Grammar(words, rules, future)


def _looks_ahead(verb: Any, grammar: Grammar) -> bool:
    """A verb of planning that puts its complement ahead ("planned to leave Thursday"); the verbs marked
    "aux" in the vocabulary only with an auxiliary or a to-complement ("is set to meet Friday", "set to
    resume Monday", not "the record set on Aug. 6")."""
    kind = grammar.words.get("future_verb", verb.lemma_)
    if kind is None:
        return False
    if kind == "aux":
        return any(c.dep_ in ("aux", "auxpass", "xcomp") for c in verb.children)
    return True


# ----------------------------------------------------------------------------------------------------
# Recognition


def find_times(article: Article, grammar: Grammar) -> list[TimeExpr]:
    candidates: list[Candidate] = []
    for index, para in enumerate(article.paragraphs):
        text = para.doc.text
        for rule in grammar.rules:
            for match in rule.pattern.finditer(text):
                start, end = match.span()
                while end > start and text[end - 1] in " ,":
                    end -= 1
                # An adjectival "the two-week", "a 19-month": TimeML leaves the article out of the timex.
                article_word = _ARTICLE_BEFORE_COMPOUND.match(text, start, end)
                if article_word and rule.name in ("duration", "quarter", "year_ago") and article_word.end() == end:
                    start = article_word.start(1)
                if end <= start:
                    continue
                cand = Candidate(para.start + start, para.start + end, rule, match.groupdict(), index)
                # Vetoes come before the choice between overlapping matches, so that a vetoed reading
                # ("a year" as a rate without an amount) leaves room for another ("a year" as a duration).
                tokens = para.doc.char_span(start, end, alignment_mode="expand")
                if tokens is not None and len(tokens) and not vetoed(cand, tokens, article.text):
                    candidates.append(cand)
    chosen = choose(candidates)
    times: list[TimeExpr] = []
    reference: str | None = None
    period: str | None = None
    clock: str | None = None
    for cand in chosen:
        para = article.paragraphs[cand.paragraph]
        tokens = para.doc.char_span(cand.start - para.start, cand.end - para.start, alignment_mode="expand")
        ctx = Context(
            anchor=article.published,
            reference=reference,
            period=period,
            clock=clock,
            direction=direction(tokens, grammar, article.text[max(0, cand.start - 30):cand.start]),
            words=grammar.words,
            after=article.text[cand.end:cand.end + 30],
        )
        result = normalise(cand, ctx)
        if result is None:
            continue
        kind, value, mod = result
        times.append(TimeExpr(Span(cand.start, cand.end), kind, value, mod))
        if kind == "TIME" and _CLOCK_VALUE.fullmatch(value or "") and sets_reference(cand):
            clock = value
        if kind == "DATE" and timex.parse_value(value) is not None and sets_reference(cand):
            reference = value
            if re.fullmatch(r"\d{4}-[QH]\d", value or ""):
                period = value
    return sorted(times, key=lambda t: (t.span.start, t.span.end))


_CLOCK_VALUE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")
_ARTICLE_BEFORE_COMPOUND = re.compile(r"(?:the|an?)\s+([\w.]+-\w+)", re.IGNORECASE)
# Rules whose value is computed from the reference time: they do not become the reference themselves,
# or a chain of "a year earlier" would keep stepping back.
ANAPHORIC_RULES = frozenset({"ago", "year_ago", "that_unit"})


def sets_reference(cand: Candidate) -> bool:
    if cand.rule.name in ANAPHORIC_RULES:
        return False
    rel = normalise_word(cand.groups.get("rel") or "") if "rel" in cand.groups else ""
    return rel not in ("year-ago", "year-earlier", "same")


def choose(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: longest first, then the earlier rule, then the earlier start."""
    ordered = sorted(candidates, key=lambda c: (-(c.end - c.start), c.rule.priority, c.start))
    taken: list[Candidate] = []
    spans: list[Span] = SpanList()  # the taken spans, indexed: a scan of them per candidate was quadratic
    for cand in ordered:
        if not overlaps_any(Span(cand.start, cand.end), spans):
            taken.append(cand)
            spans.append(Span(cand.start, cand.end))
    return sorted(taken, key=lambda c: c.start)


def vetoed(cand: Candidate, tokens: Any, text: str) -> bool:
    """Names and numbers that only look like times, judged from spaCy's tags and entities."""
    name = cand.rule.name
    g = cand.groups
    if all(t.ent_type_ in NAME_LABELS for t in tokens) and name != "holiday":
        # A year or a day inside an event or law name is still a date: "the 2000 Olympics", "the 1990 Act",
        # "the Aug. 7 embassy bombings".
        if not (name in ("year", "mdy", "dmy", "iso_date", "slash_date")
                and all(t.ent_type_ in ("EVENT", "LAW") for t in tokens)):
            return True
    if name in ("duration", "year_ago") and re.match(r"[\s-]+old\b", text[cand.end:cand.end + 6]):
        return True  # an age: "the 6-year-old boy"
    first = tokens[0]
    if name == "month" and not g.get("shift") and not g.get("mod"):
        word = g["m"] or ""
        # A bare month must be written as a name: "may", "march" in lower case are a verb and a noun.
        if not word[:1].isupper() or first.tag_ == "MD" or first.pos_ in ("VERB", "AUX"):
            return True
        if first.ent_type_ in NAME_LABELS or (first.i > first.sent.start and first.nbor(-1).ent_type_ == "PERSON"):
            return True
        if first.ent_type_ != "DATE":
            # Not recognised as a date: a surname ("Theresa May", "Mrs. May") or a name in subject or
            # object position is a person, not a month.
            if any(c.dep_ == "compound" and c.tag_ == "NNP" for c in first.children):
                return True
            if first.dep_ in ("nsubj", "nsubjpass", "dobj", "poss", "appos"):
                return True
    if name in ("weekday", "holiday") and not (g.get("wd") or g.get("hol") or "")[:1].isupper():
        return True
    if name == "weekday" and first.ent_type_ in ("PERSON", "ORG", "WORK_OF_ART"):
        return True
    if name == "season" and not (g.get("the") or g.get("mod") or g.get("y")):
        before = text[max(0, cand.start - 4):cand.start].lower()
        if not before.endswith(("in ", "of ")):
            return True
    if name in ("season", "shift_named") and g.get("season"):
        season_token = tokens[-1] if not g.get("y") else None
        if season_token is not None and season_token.pos_ not in ("NOUN", "PROPN"):
            return True
        if re.match(r"\s+of\s+(?!\d)", text[cand.end:cand.end + 6]):  # "the fall of the Berlin Wall"
            return True
    if name == "year":
        return year_vetoed(cand, tokens, text)
    if name == "ref":
        return ref_vetoed(cand, tokens, text)
    if name == "duration":
        unit = normalise_word(g.get("unit") or "")
        num = normalise_word(g.get("num") or "")
        if unit.startswith("second") and not unit.endswith("s") and not num[:1].isdigit():
            return True  # "a second term"
        if unit.startswith("quarter") and re.match(r"\s+of\b", text[cand.end:cand.end + 4]):
            return True  # "three quarters of the vote"
        if unit in ("night", "nights") and num in ("a", "an", "one"):
            return True
    if name == "set" and normalise_word(g.get("every") or "") in ("a", "an"):
        before = text[max(0, cand.start - 24):cand.start]
        # "a year" is a rate only after an amount: "$5 a year", "twice a day", "20% a month".
        if not re.search(r"(?:\d|%|percent|times|twice|thrice|once|cents?|dollars?|million|billion)\s*$", before, re.I):
            return True
    if name == "set" and g.get("pod") and normalise_word(g.get("every") or "") in ("a", "an", "per"):
        return True
    if name == "vague_duration":
        if not g.get("recent") and not re.search(r"\b(?:for|in|over|within|after|than|take|takes|took|taken|lasted|last)\s+$",
                                                 text[max(0, cand.start - 9):cand.start], re.I):
            return True
        if re.match(r"\s+(?:of|ago|old)\b", text[cand.end:cand.end + 6]):
            return True
    return False


def year_vetoed(cand: Candidate, tokens: Any, text: str) -> bool:
    g = cand.groups
    if g.get("fiscal") or g.get("mod") or g.get("later"):
        return False
    before = text[max(0, cand.start - 12):cand.start]
    after = text[cand.end:cand.end + 12]
    if re.search(r"(?:No\.|#|\$|US\$|€|£|number|page|route|flight|model|about|some|nearly|over|than)\s*$", before, re.I):
        return True
    if re.match(r"\s*(?:%|percent|per\s+cent|points?|members?|people|troops|soldiers|times|feet|ft|meters|metres|m|miles|mi|"
                r"kilometers|kilometres|km|kg|tons|tonnes|shares|votes|seats|acres|hectares|barrels|units|cases|deaths|"
                r"residents|homes|[kmg]?w|mph|euros|dollars|pounds|UTC|GMT|hours|hrs)\b",
                after, re.I):
        return True
    year_token = next((t for t in tokens if t.like_num), None)
    if (year_token is not None and year_token.dep_ == "nummod" and year_token.head.tag_ in ("NNS", "NNPS")
            and year_token.head.i == year_token.i + 1):
        number = int(g["y"])
        # "1500 protesters", "2000 troops": a round number or one far from the present counts things;
        # "1989 results" is a year.
        if number % 100 == 0 or not 1950 <= number <= 2030:
            return True
    return False


def ref_vetoed(cand: Candidate, tokens: Any, text: str) -> bool:
    word = normalise_word(cand.groups.get("word") or "")
    last = tokens[-1]
    if word in ("current", "recent", "future") and last.pos_ != "ADJ":
        return True
    if word == "current" and last.head.lemma_ in ("account", "affair", "event", "member", "owner", "shareholder"):
        return True
    if word in ("the past", "the present", "the future") and last.pos_ not in ("NOUN", "PROPN"):
        return True
    if word == "once" and (last.pos_ != "ADV" or last.dep_ == "mark"):
        return True
    if word == "now" and re.match(r"\s+that\b", text[cand.end:cand.end + 6]):
        return False
    return False


# Words right before a time that put it ahead whatever the tense of the clause: "could arrive as early as
# Friday", "ahead of Sunday's vote".
FUTURE_SIGNAL = re.compile(r"\b(?:ahead\s+of|as\s+early\s+as|as\s+soon\s+as)\s+(?:the\s+|this\s+)?$", re.I)
# "until" looks ahead unless its clause is past ("was envoy until December"), and even then after a verb of
# deferral ("extended the deadline until Tuesday").
UNTIL_SIGNAL = re.compile(r"\b(?:until|till)\s+(?:the\s+|this\s+)?$", re.I)


# "since (shortly after) the Oct. 23 attack": what "since" points at is over, however near it is.
STRICT_PAST = -2
PAST_SIGNAL = re.compile(r"\bsince\s+(?:shortly\s+|just\s+)?(?:after\s+|before\s+)?(?:the\s+)?$", re.I)


def direction(tokens: Any, grammar: Grammar, before: str) -> int:
    """The direction in which a bare day or month lies from the anchor: a signal word, else the tense.
    +1 ahead, -1 past, STRICT_PAST surely before the anchor, 0 unknown."""
    if FUTURE_SIGNAL.search(before) and not _past_perfect(tokens):
        return 1  # but "Until Thursday, they had not called him a suspect" is over
    if PAST_SIGNAL.search(before):
        return STRICT_PAST
    clause = tense(tokens, grammar)
    if UNTIL_SIGNAL.search(before) and not _past_perfect(tokens):
        verb = _governing_verb(tokens)
        if clause >= 0 or (verb is not None and grammar.words.get("deferral_verb", verb.lemma_) is not None):
            return 1
    return clause


def _governing_verb(tokens: Any) -> Any:
    """The verb of the clause an expression belongs to (at most four steps up the parse), or None."""
    token = tokens.root
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX") or token.dep_ == "ROOT" or token.head is token:
            break
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") else None


def _past_perfect(tokens: Any) -> bool:
    """Whether the clause is in the past perfect, directly or through a complement ("had been due to")."""
    verb = _governing_verb(tokens)
    chain = [verb] if verb is not None else []
    while chain and chain[-1].dep_ in ("xcomp", "acomp") and chain[-1].head is not chain[-1] and len(chain) < 4:
        chain.append(chain[-1].head)
    return any(c.lower_ == "had" and c.dep_ in ("aux", "auxpass") for v in chain for c in v.children)


def tense(tokens: Any, grammar: Grammar) -> int:
    """+1 when the clause governing the expression looks ahead ("will meet Friday", "is expected to",
    "plans a rally Saturday", "meets Monday"), -1 when it is past, 0 otherwise."""
    # A day named as the owner of an event ("Tuesday's vote") is not governed by the tense of the clause
    # it sits in ("follows Tuesday's vote"): only an explicit future or past decides it.
    owned = tokens.root.dep_ in ("poss", "compound", "nmod")
    token = _governing_verb(tokens)
    if token is None:
        return 0
    if _past_perfect(tokens):
        return -1  # "the offer had been due to expire Friday"
    verb = token
    for _ in range(3):
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if any(c.lower_ in FUTURE_AUX for c in auxes):
            return 1
        if any(c.lower_ == "would" for c in auxes) and not any(c.lower_ == "have" for c in auxes):
            return 1  # the future of reported speech: "said he would travel Thursday"
        if _looks_ahead(verb, grammar):
            return 1
        if verb.dep_ == "xcomp" and (_looks_ahead(verb.head, grammar) or verb.head.lemma_ == "be"):
            return 1  # "is to resume trading Tuesday", "plans to hold a rally Saturday"
        if verb.tag_ == "VBG" and any(c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP") for c in auxes):
            return 1  # "is meeting Friday"
        if verb.dep_ in ("xcomp", "conj") and verb.head is not verb:
            verb = verb.head
            continue
        break
    if token.tag_ == "VBD" or any(c.tag_ == "VBD" and c.dep_ in ("aux", "auxpass") for c in token.children):
        return -1
    if token.tag_ == "VBN" and any(c.lower_ in ("has", "have", "had", "'s", "'ve") for c in token.children):
        return -1
    if token.tag_ in ("VBZ", "VBP") and token.lemma_ not in ("be", "have", "say", "do") and not owned:
        return 1  # news present for scheduled events: "the court rules Monday"
    return 0


# ----------------------------------------------------------------------------------------------------
# Normalisation

Result = tuple[str, str | None, str | None]


def normalise(cand: Candidate, ctx: Context) -> Result | None:
    handler = HANDLERS[cand.rule.name]
    try:
        result = handler(cand.groups, ctx)
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
    raw = normalise_word(text)
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
    raw = normalise_word(text)
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


def _month(text: str | None, words: TimeWords) -> int | None:
    if not text:
        return None
    raw = normalise_word(text).rstrip(".")
    value = words.get("month", raw) or words.get("month_abbr", raw)
    return int(value) if value else None


def _weekday(text: str | None, words: TimeWords) -> int | None:
    if not text:
        return None
    raw = normalise_word(text).rstrip(".")
    value = words.get("weekday", raw) or words.get("weekday_abbr", raw)
    return int(value) if value else None


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


def h_explicit_date(g: Mapping[str, str | None], ctx: Context) -> Result | None:
    month = int(g["m"]) if g["m"] and g["m"].isdigit() else _month(g["m"], ctx.words)
    day = _day(g["d"])
    if month is None or day is None:
        return None
    year = _full_year(g["y"]) if g.get("y") else _year_for(ctx.anchor, month, day, ctx.direction)
    value = _date_value(year, month, day)
    return ("DATE", value, _mod(g.get("mod"), ctx.words)) if value else None


def h_month_year(g: Mapping[str, str | None], ctx: Context) -> Result | None:
    month = _month(g["m"], ctx.words)
    return ("DATE", _date_value(int(g["y"] or 0), month, None), _mod(g.get("mod"), ctx.words))


def h_month_shift_year(g: Mapping[str, str | None], ctx: Context) -> Result | None:
    month = _month(g["m"], ctx.words)
    if ctx.anchor is None or month is None:
        return "DATE", _date_value(None, month, None), _mod(g.get("mod"), ctx.words)
    year = ctx.anchor.year + int(ctx.words.get("shift", g["yshift"]) or 0)
    return "DATE", _date_value(year, month, None), _mod(g.get("mod"), ctx.words)


def h_spoken_year(g: Mapping[str, str | None], ctx: Context) -> Result | None:
    if g.get("rest"):
        rest = _num(g["rest"], ctx.words)
        if rest is None or not 10 <= rest < 100 or not float(rest).is_integer():
            return None
        return "DATE", f"{1900 + int(rest)}", None
    rest = _num(g["rest2"], ctx.words) if g.get("rest2") else 0.0
    if rest is None or not 0 <= rest < 100:
        return None
    return "DATE", f"{2000 + int(rest)}", None


def h_month(g: Mapping[str, str | None], ctx: Context) -> Result | None:
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


def h_decade(g: Mapping[str, str | None], ctx: Context) -> Result | None:
    if g.get("y"):
        value = g["y"][:3]
    else:
        value = ("19" + g["yy"])[:3] if int(g["yy"] or 0) >= 20 else ("20" + g["yy"])[:3]
    return "DATE", value, _mod(g.get("mod"), ctx.words)


def h_decade_word(g: Mapping[str, str | None], ctx: Context) -> Result | None:
    """"the nineties": the vocabulary gives the decade's value ("199")."""
    value = ctx.words.get("decade", g["dw"] or "")
    if not value or not (g.get("the") or g.get("mod")):
        return None  # a bare "forties" is more often an age ("in his forties") than a decade
    return "DATE", value, _mod(g.get("mod"), ctx.words)


def h_week_of(g: Mapping[str, str | None], ctx: Context) -> Result | None:
    """"the week of March 6": the ISO week holding that day."""
    month = _month(g["m"], ctx.words)
    day = _day(g["d"])
    if month is None or day is None:
        return None
    year = int(g["y"]) if g.get("y") else _year_for(ctx.anchor, month, day, ctx.direction)
    value = _date_value(year, month, day)
    point = timex.parse_value(value)
    return "DATE", timex.value_at(point.day, "W") if point else None, None


def h_year_end(g: Mapping[str, str | None], ctx: Context) -> Result | None:
    """"year-end", "last year's end": the end of the year (of the publication unless shifted)."""
    if ctx.anchor is None:
        return "DATE", None, "END"
    step = int(ctx.words.get("shift", g["shift"]) or 0) if g.get("shift") else 0
    return "DATE", f"{ctx.anchor.year + step:04d}", "END"


def h_ahead(g: Mapping[str, str | None], ctx: Context) -> Result | None:
    """"in the coming weeks", "the months ahead": an unmeasured stretch of the future."""
    return "DATE", "FUTURE_REF", None


def h_century(g: Mapping[str, str | None], ctx: Context) -> Result | None:
    raw = normalise_word(g["ord"] or "")
    number = _day(raw) if raw[:1].isdigit() else int(ctx.words.get("ordinal", raw) or 0)
    if not number or number < 1:
        return None
    return "DATE", f"{number - 1:02d}", _mod(g.get("mod"), ctx.words)


def h_year(g: Mapping[str, str | None], ctx: Context) -> Result | None:
    mod = _mod(g.get("mod"), ctx.words)
    if g.get("later"):
        mod = "ON_OR_AFTER"
    return "DATE", g["y"], mod


def h_quarter(g: Mapping[str, str | None], ctx: Context) -> Result | None:
    unit = "Q" if normalise_word(g["unit"] or "").startswith("quarter") else "H"
    count = 4 if unit == "Q" else 2
    mod = _mod(g.get("mod"), ctx.words)
    rel = normalise_word(g.get("rel") or "")
    ordinal = None
    if g.get("ord"):
        raw = normalise_word(g["ord"])
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


def _reference_period(ctx: Context, unit: str) -> str | None:
    if ctx.period and ctx.period[5] == unit:
        return ctx.period
    if ctx.reference:
        point = timex.parse_value(ctx.reference)
        if point is not None:
            return ctx.reference if point.unit == unit else timex.value_at(point.day, unit)
    return timex.value_at(ctx.anchor, unit) if ctx.anchor else None


ANAPHORIC_SHIFTS = frozenset({"following", "previous", "preceding", "prior"})


def h_relative(g: Mapping[str, str | None], ctx: Context) -> Result | None:
    word = normalise_word(g["unit"] or "")
    mod = _mod(g.get("mod"), ctx.words)
    shift_word = normalise_word(g["shift"] or "")
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


def h_mod_the_unit(g: Mapping[str, str | None], ctx: Context) -> Result | None:
    """"the end of the year", "early in the month": the period that holds the publication date."""
    unit = _unit(g["unit"], ctx.words)
    mod = _mod(g.get("mod"), ctx.words)
    if unit is None or ctx.anchor is None:
        return "DATE", None, mod
    return "DATE", timex.value_at(ctx.anchor, unit), mod


def h_the_year(g: Mapping[str, str | None], ctx: Context) -> Result | None:
    """"the year ended Sept. 30" is a twelve-month span; "for the year" in a report is the current one."""
    if re.match(r"\s+(?:ended|ending|to|through|that\s+ended|that\s+ends)\b", ctx.after) or normalise_word(
            g.get("kind") or "") in ("whole", "entire"):
        return "DURATION", "P1Y", None
    if ctx.anchor is None:
        return "DATE", None, None
    return "DATE", f"{ctx.anchor.year:04d}", None


def h_that_unit(g: Mapping[str, str | None], ctx: Context) -> Result | None:
    word = normalise_word(g["unit"] or "")
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


def h_shift_named(g: Mapping[str, str | None], ctx: Context) -> Result | None:
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
    if normalise_word(g["shift"] or "") in ANAPHORIC_SHIFTS and point is not None and point.unit == "D":
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


def _with_pod(value: str, pod_word: str | None, mod: str | None, ctx: Context) -> Result:
    pod = _pod(pod_word, ctx.words)
    if pod and ":" not in pod:
        return "TIME", f"{value}T{pod}", mod
    return "DATE", value, mod


def h_deictic(g: Mapping[str, str | None], ctx: Context) -> Result | None:
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


def h_this_pod(g: Mapping[str, str | None], ctx: Context) -> Result | None:
    pod = _pod(g["pod"], ctx.words)
    shift_word = normalise_word(g["shift"] or "")
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


def h_weekday(g: Mapping[str, str | None], ctx: Context) -> Result | None:
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


def _amount(g: Mapping[str, str | None], ctx: Context) -> float | None:
    raw = g.get("num")
    if raw is None:
        # "days later" counts nothing; "year earlier" (no count, singular) is one
        return None if normalise_word(g.get("unit") or "").endswith("s") else 1.0
    if ctx.words.get("vague", raw) is not None:
        return None
    return _num(raw, ctx.words)


def h_ago(g: Mapping[str, str | None], ctx: Context) -> Result | None:
    unit = _unit(g["unit"], ctx.words)
    if unit is None:
        return None
    mod = ctx.words.get("quantifier_mod", g["q"]) if g.get("q") else None
    amount = _amount(g, ctx)
    if g.get("num") is None and not normalise_word(g["unit"] or "").endswith("s"):
        return None  # "year earlier" without a count is an adjective ("year-earlier"), handled elsewhere
    direction = normalise_word(g["dir"] or "")
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


def _clock_shift(ctx: Context, unit: str, amount: float, mod: str | None) -> Result:
    """"An hour later" after "9 a.m. Monday": that clock time moved; without a clock time to count from,
    the measured stretch itself ("two hours after the blast" → PT2H)."""
    if ctx.clock:
        start = datetime.fromisoformat(ctx.clock)
        seconds = {"TH": 3600, "TM": 60, "TS": 1}.get(unit, 0) * amount
        return "TIME", (start + timedelta(seconds=seconds)).strftime("%Y-%m-%dT%H:%M"), mod
    return "DURATION", timex.duration(abs(amount), unit), mod


def _vague_shift(ctx: Context, unit: str, sign: int, deictic: bool, mod: str | None) -> Result:
    """"years ago", "days later": an unknown count. Anaphoric ones stay inside a coarser reference
    ("Days later" after "last month" is still that month); the rest only say past or future."""
    point = timex.parse_value(ctx.reference) if ctx.reference and not deictic else None
    if point is not None and _RANK.get(point.unit, 0) > _RANK.get(unit, 0):
        return "DATE", ctx.reference, mod
    return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod


def _reference_is_period(ctx: Context) -> bool:
    point = timex.parse_value(ctx.reference)
    return point is not None and point.unit in ("Q", "H")


_RANK = {"D": 0, "W": 1, "WE": 1, "M": 2, "SP": 3, "SU": 3, "FA": 3, "WI": 3, "Q": 3, "H": 4, "Y": 5, "DE": 6, "CE": 7}


def _coarser_or_equal(unit: str, than: str) -> bool:
    return _RANK.get(unit, 0) >= _RANK.get(than, 0)


def h_year_ago(g: Mapping[str, str | None], ctx: Context) -> Result | None:
    unit = _unit(g["unit"], ctx.words) or "Y"
    amount = _num(g["num"], ctx.words) if g.get("num") else 1.0
    if amount is None or not float(amount).is_integer():
        return "DATE", None, None
    steps = -int(amount)
    what = normalise_word(g.get("what") or "")
    if what == "quarter" and g.get("ord"):
        raw = normalise_word(g["ord"])
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


def h_duration(g: Mapping[str, str | None], ctx: Context) -> Result | None:
    unit = _unit(g["unit"], ctx.words)
    if unit is None or unit == "H":
        return None
    if normalise_word(g.get("num") or "") == "recent" and unit in ("Y", "DE", "CE"):
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


def h_vague_duration(g: Mapping[str, str | None], ctx: Context) -> Result | None:
    unit = _unit(g["unit"], ctx.words)
    if unit is None:
        return None
    if g.get("recent") and unit in ("Y", "DE", "CE"):
        return "DATE", "PAST_REF", None  # "in recent years": a vague past, not a measured span
    mod = ctx.words.get("quantifier_mod", g["q"]) if g.get("q") else None
    return "DURATION", timex.duration(None, unit), mod


def h_set(g: Mapping[str, str | None], ctx: Context) -> Result | None:
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


def h_set_word(g: Mapping[str, str | None], ctx: Context) -> Result | None:
    return "SET", ctx.words.get("set", g["word"]), None


def h_ref(g: Mapping[str, str | None], ctx: Context) -> Result | None:
    value = ctx.words.get("ref", g["word"])
    return "DATE", value, None


def h_clock(g: Mapping[str, str | None], ctx: Context) -> Result | None:
    hour = int(g["h"])
    minute = int(g["mi"]) if g.get("mi") else None
    ampm = normalise_word(g.get("ampm") or "")
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    mod = ctx.words.get("quantifier_mod", g["q"]) if g.get("q") else None
    clock = f"{hour:02d}:{minute:02d}" if minute is not None else f"{hour:02d}:00"
    return "TIME", _clock_day(g, ctx) + "T" + clock, mod


def h_clock_word(g: Mapping[str, str | None], ctx: Context) -> Result | None:
    clock = ctx.words.get("part_of_day", g["cw"])
    mod = ctx.words.get("quantifier_mod", g["q"]) if g.get("q") else None
    return "TIME", _clock_day(g, ctx) + "T" + (clock or ""), mod


def _clock_day(g: Mapping[str, str | None], ctx: Context) -> str:
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


def h_holiday(g: Mapping[str, str | None], ctx: Context) -> Result | None:
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


def h_season(g: Mapping[str, str | None], ctx: Context) -> Result | None:
    season = ctx.words.get("season", g["season"])
    if season is None:
        return None
    mod = _mod(g.get("mod"), ctx.words)
    if g.get("y"):
        return "DATE", f"{g['y']}-{season}", mod
    if ctx.anchor is None:
        return "DATE", f"XXXX-{season}", mod
    if normalise_word(g.get("the") or "") == "this":
        return "DATE", timex.season_shift(ctx.anchor, season, 0), mod
    step = 1 if ctx.direction > 0 else -1 if ctx.direction < 0 else 0
    return "DATE", timex.season_shift(ctx.anchor, season, step), mod


def h_weekend(g: Mapping[str, str | None], ctx: Context) -> Result | None:
    mod = _mod(g.get("mod"), ctx.words)
    if ctx.anchor is None:
        return "DATE", None, mod
    saturday = timex.nearest_weekday(ctx.anchor, 6, 1 if ctx.direction > 0 else -1)
    if ctx.anchor.isoweekday() == 7:
        saturday = ctx.anchor - timedelta(days=1)
    return "DATE", timex.value_at(saturday, "WE"), mod


HANDLERS: Mapping[str, Callable[[Mapping[str, str | None], Context], Result | None]] = {
    "iso_date": h_explicit_date,
    "slash_date": h_explicit_date,
    "mdy": h_explicit_date,
    "dmy": h_explicit_date,
    "month_year": h_month_year,
    "month": h_month,
    "month_shift_year": h_month_shift_year,
    "spoken_year": h_spoken_year,
    "decade": h_decade,
    "century": h_century,
    "decade_word": h_decade_word,
    "week_of": h_week_of,
    "year_end": h_year_end,
    "ahead": h_ahead,
    "year": h_year,
    "quarter": h_quarter,
    "relative": h_relative,
    "that_unit": h_that_unit,
    "the_year": h_the_year,
    "mod_the_unit": h_mod_the_unit,
    "shift_named": h_shift_named,
    "deictic": h_deictic,
    "pod_deictic": h_deictic,
    "this_pod": h_this_pod,
    "weekday": h_weekday,
    "ago": h_ago,
    "year_ago": h_year_ago,
    "duration": h_duration,
    "vague_duration": h_vague_duration,
    "set": h_set,
    "set_word": h_set_word,
    "ref": h_ref,
    "clock": h_clock,
    "clock24": h_clock,
    "clock_mil": h_clock,
    "clock_word": h_clock_word,
    "holiday": h_holiday,
    "season": h_season,
    "weekend": h_weekend,
}

