"""What a paragraph is: a non-blank line of the text, without its surrounding whitespace.

The pipeline parses paragraph by paragraph, and the quotes stage reads quotation marks, transcript turns
and "the previous paragraph" by the same paragraphs, so both ask this module.
"""
from __future__ import annotations

import re

_PARAGRAPH = re.compile(r"[^\n]+")


def paragraph_spans(text: str, limit: int | None = None) -> list[tuple[int, int]]:
    """[start, end) of each non-blank line, stripped; lines longer than `limit` are cut at whitespace (the
    parser's limit: a cut piece is parsed alone but is no paragraph of its own to a reader). No limit, no
    cut."""
    spans: list[tuple[int, int]] = []
    for match in _PARAGRAPH.finditer(text):
        start, end = match.start(), match.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        while limit is not None and end - start > limit:
            cut = text.rfind(" ", start + limit // 2, start + limit)
            cut = cut if cut > start else start + limit
            spans.append((start, cut))
            start = cut
            while start < end and text[start].isspace():
                start += 1
        if end > start:
            spans.append((start, end))
    return spans
