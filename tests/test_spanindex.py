from __future__ import annotations

import random

import pytest

from eventwire.records import Span
from eventwire.spanindex import SpanIndex, SpanList, overlaps_any


@pytest.mark.parametrize("longest, query_longest", [(900, 600), (60, 12)])  # (60, 12): most queries in one bucket
def test_overlaps_match_a_full_scan_in_insertion_order(longest: int, query_longest: int) -> None:
    rng = random.Random(7)
    spans = [Span(s, s + rng.randint(1, longest)) for s in (rng.randint(0, 5000) for _ in range(300))]
    index: SpanIndex[int] = SpanIndex()
    for number, span in enumerate(spans):
        index.add(span, number)
    for _ in range(300):
        start = rng.randint(0, 6000)
        query = Span(start, start + rng.randint(1, query_longest))
        assert list(index.overlapping(query)) == [n for n, s in enumerate(spans) if s.overlaps(query)]
        assert index.any_overlap(query) == any(s.overlaps(query) for s in spans)
    assert len(index) == 300


def test_a_span_list_answers_overlaps_as_a_scan_does_while_it_grows() -> None:
    rng = random.Random(11)
    spans = SpanList([Span(3, 9)])
    plain = [Span(3, 9)]
    for _ in range(200):
        start = rng.randint(0, 3000)
        new = Span(start, start + rng.randint(1, 40))
        if rng.random() < 0.5:
            spans.append(new)
        else:
            spans += [new]
        plain.append(new)
        query = Span(rng.randint(0, 3000), 3001 + rng.randint(0, 5))
        point = Span(query.start, query.start + 1)
        assert overlaps_any(point, spans) == overlaps_any(point, plain) == any(point.overlaps(s) for s in plain)
        assert overlaps_any(query, spans) == any(query.overlaps(s) for s in plain)
    assert list(spans) == plain and len(spans.index) == len(plain)
