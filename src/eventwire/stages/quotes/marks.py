"""Quotation marks: the regions between an opening and a closing mark, read on a same-length normalised
copy of the text (so offsets never move), and the paragraphs they lie in."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from ...paragraphs import paragraph_spans
from ...records import Span
from ...spanindex import SpanIndex

OPEN, CLOSE, FILLER = "“", "”", "\u200b"
_OPENERS = "“„‟«"
_CLOSERS = "”»"
_WORD = re.compile(r"\w+")
_EDGE_PUNCT = " \t\n,;:.—–-"


@dataclass(frozen=True, slots=True)
class Region:
    """Text between quotation marks: `span` without the marks, `outer` with them."""

    span: Span
    outer: Span
    paragraph: int
    words: int
    closed: bool  # closed by a mark, not by the end of the line
    continues: bool = False  # a new paragraph of the previous region's quote


@dataclass(frozen=True, slots=True)
class Lines:
    """The paragraphs of an article, built once and shared by every part of the stage: the pipeline's own
    (`paragraphs.paragraph_spans`, non-blank lines), uncut, since a parser's cut is no paragraph break.
    Paragraph numbers index `bounds`; the paragraph before number n is n - 1."""

    bounds: tuple[tuple[int, int], ...]
    starts: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> "Lines":
        bounds = tuple(paragraph_spans(text))
        return cls(bounds, tuple(start for start, _ in bounds))

    def at(self, offset: int) -> int:
        """The number of the paragraph that holds `offset` (or the last one before it)."""
        return bisect.bisect_right(self.starts, offset) - 1


def normalise_marks(text: str) -> str:
    """A copy of `text`, the same length, where every opening double quotation mark is “ and every closing
    one ”. Straight " and the doubled apostrophe '' toggle (open when outside a quote, close inside); ``
    opens; the second character of a doubled mark becomes a zero-width filler. A line break closes any
    open quote. Single quotes are left alone: they are apostrophes far more often than quotes."""
    out = list(text)
    inside = False
    i = 0
    while i < len(text):
        char, pair = text[i], text[i:i + 2]
        if char == "\n":
            inside = False
        elif pair == "``" or (pair == "''" and not inside):
            out[i], out[i + 1] = OPEN, FILLER
            inside = True
            i += 1
        elif pair == "''":
            out[i], out[i + 1] = CLOSE, FILLER
            inside = False
            i += 1
        elif char in _OPENERS:
            # „…“ (German style) closes with “: an opener inside an open quote opened by „ is its closer.
            if inside and char == "“" and _opened_low(text, i):
                out[i] = CLOSE
                inside = False
            else:
                out[i] = OPEN
                inside = True
        elif char in _CLOSERS:
            out[i] = CLOSE
            inside = False
        elif char == '"':
            out[i] = CLOSE if inside else OPEN
            inside = not inside
        i += 1
    return "".join(out)


def _opened_low(text: str, at: int) -> bool:
    """Whether the quote open at `at` was opened by „ on the same line."""
    line_start = text.rfind("\n", 0, at) + 1
    last_open = max(text.rfind(mark, line_start, at) for mark in _OPENERS)
    return last_open >= 0 and text[last_open] == "„"


def find_regions(text: str, lines: Lines | None = None) -> list[Region]:
    """Every quoted stretch of the text, in order, with the paragraph it lies in."""
    norm = normalise_marks(text)
    regions: list[Region] = []
    for number, (start, end) in enumerate((lines or Lines.of(text)).bounds):
        i = start
        while i < end:
            if norm[i] != OPEN:
                i += 1
                continue
            close = norm.find(CLOSE, i + 1, end)
            reopen = norm.find(OPEN, i + 1, end)
            # A second opener before any closer means the first quote was never closed: it ends there.
            stop = close if close >= 0 and (reopen < 0 or close < reopen) else (reopen if reopen >= 0 else end)
            closed = stop == close and close >= 0
            inner = _strip(text, i + 1, stop)
            outer = Span(i, stop + 1 if closed else max(stop, i + 1))
            if inner is not None:
                # A multi-paragraph quote reopens at the start of the next paragraph.
                continues = bool(regions) and not regions[-1].closed and regions[-1].paragraph == number - 1 \
                    and not norm[start:i].strip()
                regions.append(Region(inner, outer, number, len(_WORD.findall(text, inner.start, inner.end)),
                                      closed, continues))
            i = stop + 1 if closed else stop
    return regions


def _strip(text: str, start: int, end: int) -> Span | None:
    """The span [start, end) without surrounding whitespace, punctuation and fillers; None if no word."""
    while start < end and (text[start] in _EDGE_PUNCT or text[start] in "'`\"" or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in _EDGE_PUNCT or text[end - 1] in "'`\"" or text[end - 1].isspace()):
        end -= 1
    if end <= start or not _WORD.search(text, start, end):
        return None
    return Span(start, end)


def _trim(text: str, span: Span) -> Span | None:
    """A content span without edge punctuation, keeping the quotation marks it encloses."""
    start, end = span.start, span.end
    while start < end and (text[start] in _EDGE_PUNCT or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in _EDGE_PUNCT or text[end - 1].isspace()):
        end -= 1
    if end <= start or not _WORD.search(text, start, end):
        return None
    return Span(start, end)


def _inside(span: Span, regions: Iterable[Region]) -> bool:
    if isinstance(regions, _Regions):
        regions = regions.outer_index.overlapping(span)  # a region holding the span overlaps it
    return any(r.outer.start <= span.start and span.end <= r.outer.end for r in regions)


def _overlapping(spans: Iterable[Span], regions: Sequence[Region]) -> list[int]:
    if isinstance(regions, _Regions):
        return sorted({i for s in spans for i in regions.span_index.overlapping(s)})
    return [i for i, r in enumerate(regions) if any(s.overlaps(r.span) for s in spans)]


class _Regions(list):  # type: ignore[type-arg]
    """An article's regions, also indexed by offset: `_inside` and `_overlapping` are asked per token and per
    attribution, and a scan of every region each time was quadratic in the article. Not to be changed."""

    def __init__(self, regions: Iterable[Region]) -> None:
        super().__init__(regions)
        self.outer_index: SpanIndex[Region] = SpanIndex()
        self.span_index: SpanIndex[int] = SpanIndex()
        for number, region in enumerate(self):
            self.outer_index.add(region.outer, region)
            self.span_index.add(region.span, number)


def _words(text: str, spans: Iterable[Span]) -> int:
    return sum(len(_WORD.findall(text, s.start, s.end)) for s in spans)


def _fold(text: str, span: Span | None) -> str:
    return " ".join(span.text(text).lower().split()) if span is not None else ""
