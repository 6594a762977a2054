"""Items found by the character spans they cover, in time that grows with the items near a span, not all.

The stages ask "which mention overlaps this token?" once per token or sentence; answered by a scan over
every mention of the article, that is quadratic in the article's length (a 1 MB article took minutes). Here
spans are filed in fixed-width buckets of offsets; a query looks only at the buckets its span touches.
"""
from __future__ import annotations

from typing import Any, Generic, Iterable, Iterator, TypeVar

from .records import Span

T = TypeVar("T")
_WIDTH = 256  # characters per bucket: a few sentences, so a query sees a handful of spans


class SpanIndex(Generic[T]):
    """Add (span, item) pairs; `overlapping(span)` gives the items whose span overlaps, in insertion order."""

    __slots__ = ("_buckets", "_count")

    def __init__(self) -> None:
        self._buckets: dict[int, list[tuple[int, Span, T]]] = {}
        self._count = 0

    def __len__(self) -> int:
        return self._count

    def add(self, span: Span, item: T) -> None:
        entry = (self._count, span, item)
        self._count += 1
        for bucket in range(span.start // _WIDTH, (span.end - 1) // _WIDTH + 1):
            self._buckets.setdefault(bucket, []).append(entry)

    def overlapping(self, span: Span) -> Iterator[T]:
        start, end = span.start, span.end
        first, last = start // _WIDTH, (end - 1) // _WIDTH
        if first == last:  # one bucket, filed in insertion order: nothing to merge
            return iter([item for _, other, item in self._buckets.get(first, ())
                         if other.start < end and start < other.end])
        seen: set[int] = set()
        hits: list[tuple[int, T]] = []
        for bucket in range(first, last + 1):
            for number, other, item in self._buckets.get(bucket, ()):
                if number not in seen and other.overlaps(span):
                    seen.add(number)
                    hits.append((number, item))
        hits.sort(key=lambda hit: hit[0])
        return (item for _, item in hits)

    def any_overlap(self, span: Span) -> bool:
        """Whether an item's span overlaps `span`: the first overlap found answers (the stages ask this of
        every token and mention, so neither the order nor the other hits are gathered)."""
        start, end = span.start, span.end
        for bucket in range(start // _WIDTH, (end - 1) // _WIDTH + 1):
            for _, other, _ in self._buckets.get(bucket, ()):
                if other.start < end and start < other.end:
                    return True
        return False


class IndexedList(list):  # type: ignore[type-arg]
    """A list that also files each item appended to it (`_file`) in an index a subclass keeps; only grown by
    append, extend and +=."""

    def append(self, item: Any) -> None:
        super().append(item)
        self._file(item)

    def extend(self, items: Iterable[Any]) -> None:
        for item in items:
            self.append(item)

    def __iadd__(self, items: Iterable[Any]) -> "IndexedList":  # type: ignore[override]
        self.extend(items)
        return self

    def _file(self, item: Any) -> None:
        raise NotImplementedError


class SpanList(IndexedList):
    """A list of spans that also keeps them in a SpanIndex: for the "does this overlap any of them?" that a
    stage asks of a growing list once per token or mention (`overlaps_any`)."""

    def __init__(self, spans: Iterable[Span] = ()) -> None:
        super().__init__()
        self.index: SpanIndex[Span] = SpanIndex()
        self.extend(spans)

    def _file(self, span: Span) -> None:
        self.index.add(span, span)


def overlaps_any(span: Span, spans: Iterable[Span]) -> bool:
    """Whether `span` overlaps one of `spans`: an index lookup for a SpanList, else a scan."""
    if isinstance(spans, SpanList):
        return spans.index.any_overlap(span)
    return any(span.overlaps(other) for other in spans)


__all__ = ["IndexedList", "SpanIndex", "SpanList", "overlaps_any"]
