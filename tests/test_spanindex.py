from __future__ import annotations

import random

from eventwire.records import Span
from eventwire.spanindex import SpanIndex


def test_overlaps_match_a_full_scan_in_insertion_order() -> None:
    rng = random.Random(7)
    spans = [Span(s, s + rng.randint(1, 900)) for s in (rng.randint(0, 5000) for _ in range(300))]
    index: SpanIndex[int] = SpanIndex()
    for number, span in enumerate(spans):
        index.add(span, number)
    for _ in range(300):
        start = rng.randint(0, 6000)
        query = Span(start, start + rng.randint(1, 600))
        assert list(index.overlapping(query)) == [n for n, s in enumerate(spans) if s.overlaps(query)]
        assert index.any_overlap(query) == any(s.overlaps(query) for s in spans)
    assert len(index) == 300
