"""Recognition: the rules' matches in each paragraph, vetoed, chosen longest first, then normalised in text
order, each anchored on the publication date and on the last date mentioned before it."""
from __future__ import annotations

import re

from ... import timex
from ...knowledge.text import key as _key
from ...records import Article, Span, TimeExpr
from ...spanindex import SpanList, overlaps_any
from .grammar import TimexCandidate, Grammar
from .normalise import TimexContext, normalise
from .tense import direction
from .vetoes import vetoed


def find_times(article: Article, grammar: Grammar) -> list[TimeExpr]:
    candidates: list[TimexCandidate] = []
    for index, para in enumerate(article.paragraphs):
        text = para.text()
        for rule in grammar.rules:
            for match in rule.pattern.finditer(text):
                start, end = match.span()
                while end > start and text[end - 1] in " ,":
                    end -= 1
                # An adjectival "the two-week", "a 19-month": TimeML leaves the article out of the timex.
                article_word = _ARTICLE_BEFORE_COMPOUND.match(text, start, end)
                if article_word and rule.drops_article and article_word.end() == end:
                    start = article_word.start(1)
                if end <= start:
                    continue
                cand = TimexCandidate(para.start + start, para.start + end, rule, match.groupdict(), index)
                # Vetoes come before the choice between overlapping matches, so that a vetoed reading
                # ("a year" as a rate without an amount) leaves room for another ("a year" as a duration).
                tokens = para.doc.char_span(start, end, alignment_mode="expand")
                if tokens is not None and len(tokens) and not vetoed(cand, tokens, article.text, grammar):
                    candidates.append(cand)
    chosen = choose(candidates)
    times: list[TimeExpr] = []
    reference: str | None = None
    period: str | None = None
    clock: str | None = None
    for cand in chosen:
        para = article.paragraphs[cand.paragraph]
        tokens = para.doc.char_span(cand.start - para.start, cand.end - para.start, alignment_mode="expand")
        ctx = TimexContext(
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


def sets_reference(cand: TimexCandidate) -> bool:
    if cand.rule.anaphoric:
        return False
    rel = _key(cand.groups.get("rel") or "") if "rel" in cand.groups else ""
    return rel not in ("year-ago", "year-earlier", "same")


def choose(candidates: list[TimexCandidate]) -> list[TimexCandidate]:
    """Non-overlapping candidates: longest first, then the earlier rule, then the earlier start."""
    ordered = sorted(candidates, key=lambda c: (-(c.end - c.start), c.rule.priority, c.start))
    taken: list[TimexCandidate] = []
    spans: list[Span] = SpanList()  # the taken spans, indexed: a scan of them per candidate was quadratic
    for cand in ordered:
        if not overlaps_any(Span(cand.start, cand.end), spans):
            taken.append(cand)
            spans.append(Span(cand.start, cand.end))
    return sorted(taken, key=lambda c: c.start)
