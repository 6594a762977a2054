"""The grammar: every TIMEX3 rule declared once (name, pattern, handler, vetoes), compiled per vocabulary.

Recognition is a set of regular-expression rules over each paragraph, built from the vocabulary in
`knowledge/data/time_words.tsv` (month names, units, number words, REF words…): a pattern names the
pieces of `_pieces` in braces ("{month}"); a literal brace is doubled.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable, Literal, Mapping

from ...knowledge import Knowledge
from ...knowledge.timewords import TimeWords
from . import normalise, vetoes
from .normalise import TimexContext, Result
from .vetoes import Veto

Handler = Callable[[Mapping[str, "str | None"], TimexContext], "Result | None"]


@dataclass(frozen=True, slots=True)
class RuleSpec:
    """One rule as declared: its pattern (with {pieces}), the handler that normalises its matches, and the
    vetoes that reject a match."""

    name: str
    pattern: str
    handler: Handler
    vetoes: tuple[Veto, ...] = ()
    # Whether its value is computed from the reference time: then it does not become the reference itself,
    # or a chain of "a year earlier" would keep stepping back.
    anaphoric: bool = False
    # An adjectival "the two-week", "a 19-month": TimeML leaves the article out of the timex.
    drops_article: bool = False
    # A match wholly inside a name: vetoed ("veto"), kept ("keep"), or kept inside an EVENT or LAW name only
    # ("event": "the 2000 Olympics", "the 1990 Act", "the Aug. 7 embassy bombings").
    in_names: Literal["veto", "keep", "event"] = "veto"


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    priority: int  # lower wins between candidates of equal length
    handler: Handler
    vetoes: tuple[Veto, ...] = ()
    anaphoric: bool = False
    drops_article: bool = False
    in_names: str = "veto"


@dataclass(frozen=True, slots=True)
class Grammar:
    words: TimeWords
    rules: tuple[Rule, ...]
    future_verbs: frozenset[str]
    counted: re.Pattern[str]  # a count noun right after a number: "2000 troops" is no year


@dataclass(frozen=True, slots=True)
class TimexCandidate:
    start: int  # absolute offsets
    end: int
    rule: Rule
    groups: Mapping[str, str | None]
    paragraph: int  # index into article.paragraphs


# The rules, in priority order: between matches of equal length, the earlier rule wins.
RULES: tuple[RuleSpec, ...] = (
    RuleSpec("iso_date", r"{b}(?P<y>{year4})-(?P<m>[01]\d)-(?P<d>[0-3]\d){e}",
             normalise.h_explicit_date, in_names="event"),
    RuleSpec("slash_date", r"(?<![\w/])(?P<m>1[0-2]|0?[1-9])/(?P<d>[12]\d|3[01]|0?[1-9])/(?P<y>\d{{4}}|\d{{2}})(?![\w/])",
             normalise.h_explicit_date, in_names="event"),
    RuleSpec("mdy", r"{b}(?:(?P<mod>{mod})[\s-]+)?{wd_prefix}(?P<m>{month})\s*(?P<d>{day})(?![\d])(?:,?\s+(?P<y>{year4}))?{e}",
             normalise.h_explicit_date, in_names="event"),
    RuleSpec("dmy", r"{b}{wd_prefix}(?:the\s+)?(?P<d>{day})\s+(?:of\s+)?(?P<m>{month})(?:,?\s+(?P<y>{year4}))?{e}",
             normalise.h_explicit_date, in_names="event"),
    RuleSpec("month_year", r"{b}(?:(?P<mod>{mod})[\s-]+)?(?P<m>{month})(?:\s+of)?,?\s+(?P<y>{year4}){e}",
             normalise.h_month_year),
    RuleSpec("month_shift_year", r"{b}(?:(?P<mod>{mod})[\s-]+)?(?P<m>{month})\s+(?:of\s+)?(?P<yshift>{shift})\s+year{e}",
             normalise.h_month_shift_year),
    RuleSpec("spoken_year", r"{b}(?:the\s+year\s+)?nineteen[\s-]+(?P<rest>(?:{numword})(?:[\s-]+(?:{numword}))?){e}"
             r"|{b}the\s+year\s+two\s+thousand(?:\s+and)?(?:[\s-]+(?P<rest2>{numword}))?{e}",
             normalise.h_spoken_year),
    RuleSpec("month", r"{b}(?:(?P<mod>{mod})[\s-]+)?(?:(?P<shift>{shift})\s+)?(?P<m>{month})",
             normalise.h_month, vetoes=(vetoes.bare_month,)),
    RuleSpec("decade", r"{b}(?:the\s+)?(?:(?P<mod>{mod})[\s-]+)?(?:(?P<y>(?:1[5-9]|20)\d0)|'(?P<yy>\d0))'?s{e}",
             normalise.h_decade),
    RuleSpec("decade_word", r"{b}(?:(?P<the>the)\s+)?(?:(?P<mod>{mod})[\s-]+)?(?P<dw>{decade_words}){e}",
             normalise.h_decade_word),
    RuleSpec("week_of", r"{b}the\s+week\s+of\s+(?P<m>{month})\s*(?P<d>{day})(?:,?\s+(?P<y>{year4}))?{e}",
             normalise.h_week_of),
    RuleSpec("year_end", r"{b}(?:(?P<shift>{shift})\s+)?year(?:-|\s+|['’]s\s+)end{e}",
             normalise.h_year_end),
        # TimeML leaves "the" out of "the coming weeks" but keeps it in "the weeks ahead".
    RuleSpec("ahead", r"{b}(?:(?P<coming>coming|upcoming)\s+(?P<unit>days|weeks|months|years|quarters)"
             r"|the\s+(?P<unit2>days|weeks|months|years|quarters)\s+ahead){e}",
             normalise.h_ahead),
    RuleSpec("century", r"{b}(?:the\s+)?(?:(?P<mod>{mod})[\s-]+)?(?P<ord>{ordinal})[\s-]+century{e}",
             normalise.h_century),
    RuleSpec("year", r"(?<![\w$#.,'’/-])(?:(?P<mod>{mod})[\s-]+)?(?:(?P<fiscal>fiscal(?:\s+year)?|calendar\s+year|the\s+year|FY)\s*)?"
             r"(?P<y>{year4})(?P<later>\s+or\s+later|\s+and\s+beyond)?(?![\w%]|[.,]\d|-\d)",
             normalise.h_year, vetoes=(vetoes.year,), in_names="event"),
    RuleSpec("quarter", r"{b}(?:(?P<mod>{mod})\s+)?(?:(?P<the>the\s+)|(?P<yshift2>{shift})\s+year['’]s\s+)?(?:(?P<rel>{shift}|latest|year-ago|year-earlier|same)\s+)?{fiscal}?"
             r"(?:(?P<y0>{year4})\s+)?(?:(?P<ord>{ordinal})[\s-]+)?{fiscal}?(?P<unit>quarter|half)"
             r"(?:\s+of\s+(?:(?P<y>{year4})|(?P<yshift>{shift})\s+year|the\s+year))?{e}",
             normalise.h_quarter, drops_article=True),
    RuleSpec("relative", r"{b}(?:(?P<mod>{mod})\s+)?(?P<the>the\s+)?(?P<shift>{shift})\s+{fiscal}?"
             r"(?P<unit>week|weekend|month|year|decade|century|quarter|day|morning|afternoon|evening|night){e}",
             normalise.h_relative),
    RuleSpec("mod_the_unit", r"{b}(?P<mod>{mod})\s+the\s+(?P<unit>week|month|year|quarter|decade|century){e}",
             normalise.h_mod_the_unit),
    RuleSpec("the_year", r"{b}the\s+(?:(?P<kind>full|fiscal|calendar|whole|entire)\s+)?year(?!['’\w-])",
             normalise.h_the_year),
    RuleSpec("that_unit", r"{b}(?:(?P<mod>{mod})\s+)?(?:that|the\s+same)\s+(?P<unit>day|week|month|quarter|year|morning|afternoon|evening|night){e}",
             normalise.h_that_unit, anaphoric=True),
    RuleSpec("shift_named", r"{b}(?:(?P<mod>{mod})\s+)?(?:the\s+)?(?:this\s+)?(?P<shift>{shift})\s+(?:(?P<wd>{weekday})|(?P<season>{season}))"
             r"(?:\s+(?P<pod>{pod}))?{e}",
             normalise.h_shift_named, vetoes=(vetoes.season_word,)),
    RuleSpec("deictic", r"{b}(?:(?P<mod>{mod})\s+)?(?P<dx>{deictic})(?:\s+(?P<pod>{pod}))?{e}",
             normalise.h_deictic),
    RuleSpec("pod_deictic", r"{b}(?:(?P<mod>{mod})[\s-]+)?(?P<pod>{pod})\s+(?P<dx>yesterday|today|tomorrow){e}",
             normalise.h_deictic),
    RuleSpec("this_pod", r"{b}(?:(?P<mod>{mod})\s+)?(?P<shift>this|last|the)\s+(?P<pod>{pod}){e}",
             normalise.h_this_pod),
    RuleSpec("weekday", r"{b}(?:(?P<mod>{mod})\s+)?(?P<wd>{weekday})(?P<plural>s)?(?:\s+(?P<pod>{pod})(?P<podpl>s)?)?{e}",
             normalise.h_weekday, vetoes=(vetoes.lower_case_name, vetoes.weekday_in_name)),
    RuleSpec("ago", r"{b}(?:(?P<q>{qmod})\s+)?(?:(?P<num>{num}|{vague})[\s-]+)?(?P<unit>{units})\s+(?:or\s+so\s+)?"
             r"(?P<dir>ago|earlier|later|before(?=\s*[,.;]|$)|after(?=\s*[,.;]|$)|from\s+now|hence){e}",
             normalise.h_ago, anaphoric=True),
    RuleSpec("year_ago", r"{b}(?:the\s+)?(?:(?P<num>{num})-)?(?P<unit>year|month|week)-(?:ago|earlier)"
             r"(?:\s+(?:(?P<ord>{ordinal})[\s-]+)?(?P<what>quarter|period|month|week|year))?{e}",
             normalise.h_year_ago, vetoes=(vetoes.age,), anaphoric=True, drops_article=True),
    RuleSpec("set", r"{b}(?P<every>every|each|per|a|an)\s+(?:(?P<num>{num})\s+)?(?:(?P<other>other)\s+)?"
             r"(?:(?P<unit>{units})|(?P<wd>{weekday})|(?P<pod>{pod})){e}",
             normalise.h_set, vetoes=(vetoes.rate,)),
    RuleSpec("duration", r"{b}(?:(?P<q>{qmod})\s+)?(?:(?P<the>the)\s+)?(?:(?P<edge>first|last|past|next|previous|coming|following|final|recent)\s+)?"
             r"(?P<num>{num}|{vague})(?:\s+(?:to|or)\s+(?P<num2>{num}))?[\s-]+(?:more\s+)?(?P<unit>{units})"
             r"(?P<half>\s+and\s+a\s+half)?(?:\s+or\s+(?P<num3>{num})(?![\s-]+\w))?(?P<orso>\s+or\s+so)?{e}",
             normalise.h_duration, vetoes=(vetoes.age, vetoes.duration), drops_article=True),
    RuleSpec("vague_duration", r"{b}(?:(?P<q>{qmod})\s+)?(?P<recent>recent\s+)?(?P<unit>{plural_units})(?:\s+or\s+(?:{plural_units}))?{e}",
             normalise.h_vague_duration, vetoes=(vetoes.vague_duration,)),
    RuleSpec("set_word", r"{b}(?P<word>{sets}){e}",
             normalise.h_set_word),
    RuleSpec("ref", r"{b}(?:(?P<more>more|most)\s+)?(?P<word>{ref}){e}",
             normalise.h_ref, vetoes=(vetoes.ref,)),
    RuleSpec("clock", r"(?<![\w:.])(?:(?P<q>{qmod})\s+)?(?P<h>1[0-2]|0?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>{ampm}){tz}{day_suffix}",
             normalise.h_clock),
    RuleSpec("clock24", r"(?<![\w:.])(?:(?P<q>{qmod})\s+)?(?P<h>1\d|0?\d|2[0-3]):(?P<mi>[0-5]\d)(?:\s+(?P<tz0>[ECMP][SD]T|GMT|UTC)){day_suffix}{e}",
             normalise.h_clock),
        # A 24-hour time written without a colon only counts with its zone ("1625 UTC"), else it is a year.
    RuleSpec("clock_mil", r"(?<![\w:.,$])(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s*(?:hours\s+|hrs\.?\s+)?(?P<tz0>UTC|GMT|Z){day_suffix}{e}",
             normalise.h_clock),
    RuleSpec("clock_word", r"{b}(?:(?P<q>{qmod})\s+)?(?P<cw>{clock_word}){day_suffix}{e}",
             normalise.h_clock_word),
    RuleSpec("holiday", r"{b}(?:(?P<shift>{shift})\s+)?(?P<hol>{holiday})(?:,?\s+(?P<y>{year4}))?{e}",
             normalise.h_holiday, vetoes=(vetoes.lower_case_name,), in_names="keep"),
    RuleSpec("season", r"{b}(?:(?P<mod>{mod})[\s-]+)?(?:(?P<the>the|this)\s+)?(?P<season>{season})(?:\s+(?:of\s+)?(?P<y>{year4}))?{e}",
             normalise.h_season, vetoes=(vetoes.bare_season, vetoes.season_word)),
    RuleSpec("weekend", r"{b}(?:(?P<mod>{mod})\s+)?the\s+weekend{e}",
             normalise.h_weekend),
)


def grammar_for(knowledge: Knowledge) -> Grammar:
    """The compiled grammar of a Knowledge object: compiled once, kept with its tables."""
    return knowledge.derived("times.grammar", lambda: build_grammar(knowledge.timewords))


def build_grammar(words: TimeWords) -> Grammar:
    pieces = _pieces(words)
    rules = tuple(Rule(spec.name, _compile(spec.pattern.format_map(pieces)), priority, spec.handler,
                       spec.vetoes, spec.anaphoric, spec.drops_article, spec.in_names)
                  for priority, spec in enumerate(RULES))
    future = frozenset(words.kind("future_verb"))
    counted = re.compile(rf"\s*(?:{words.alternation('count_noun')})\b", re.IGNORECASE)
    return Grammar(words, rules, future, counted)


def _compile(pattern: str) -> re.Pattern[str]:
    """A rule's pattern behind a lookahead of the characters its matches can start with: every pattern opens
    with a lookbehind and long alternations, which `re` tries at every position of a paragraph; the
    lookahead turns most positions away at once (a third of the stage's time). It only restates what the
    pattern requires, so the matches are the same."""
    first = _first_characters(pattern)
    return re.compile(f"(?=[{''.join(sorted(first))}])" + pattern if first else pattern, re.IGNORECASE)


def _first_characters(pattern: str) -> set[str] | None:
    """The character-class items (as regex text) one of which starts every match of `pattern`, read from
    `re`'s own parse; None if a match may be empty or the pattern uses something not read here."""
    try:
        from re import _constants as c, _parser  # type: ignore[attr-defined]
    except ImportError:  # another Python's internals: no lookahead, the same matches
        return None
    categories = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_NOT_DIGIT: r"\D", c.CATEGORY_SPACE: r"\s",
                  c.CATEGORY_NOT_SPACE: r"\S", c.CATEGORY_WORD: r"\w", c.CATEGORY_NOT_WORD: r"\W"}

    def sequence(items: Any) -> tuple[set[str], bool]:  # (first characters, whether it can match empty)
        out: set[str] = set()
        for op, av in items:
            chars, empty = item(op, av)
            out |= chars
            if not empty:
                return out, False
        return out, True

    def item(op: Any, av: Any) -> tuple[set[str], bool]:
        if op is c.LITERAL:
            return {re.escape(chr(av))}, False
        if op is c.IN:
            chars: set[str] = set()
            for kind, value in av:
                if kind is c.LITERAL:
                    chars.add(re.escape(chr(value)))
                elif kind is c.RANGE:
                    chars.add(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
                elif kind is c.CATEGORY and value in categories:
                    chars.add(categories[value])
                else:
                    raise LookupError(kind)  # a negated class: anything may start the match
            return chars, False
        if op is c.SUBPATTERN and not av[1] and not av[2]:  # a group without flags of its own
            return sequence(av[3])
        if op is c.BRANCH:
            found = [sequence(branch) for branch in av[1]]
            return set().union(*(chars for chars, _ in found)), any(empty for _, empty in found)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            chars, empty = sequence(av[2])
            return chars, empty or av[0] == 0
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # zero-width: the match starts at the next character
            return set(), True
        raise LookupError(op)

    try:
        first, empty = sequence(_parser.parse(pattern, re.IGNORECASE))
    except LookupError:
        return None
    return first if first and not empty else None


def _pieces(words: TimeWords) -> dict[str, str]:
    """The named pieces the rules' patterns are written with ({month}, {day}, {b} for a word start …)."""
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

    decade_words = alt("decade")
    return {name: value for name, value in locals().items() if isinstance(value, str)}
