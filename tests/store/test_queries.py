"""EventFilter: one value for the event filters of every event query and of the CLI."""
from __future__ import annotations

import pytest

from eventwire.errors import StoreError
from eventwire.store import EventFilter, open_store
from tests.test_store import build


def test_a_filter_and_keywords_give_the_same_events() -> None:
    with open_store(":memory:") as store:
        assert store.ingest([build(), build("art-2", "2022-05-10", "9 May 2022", "June 2022",
                                            values=("2022-05-09", "2022-06"))]).ok
        where = EventFilter(actor="Varga", since="2022")
        assert store.events(where) == store.events(actor="Varga", since="2022")
        assert [r.article_id for r in store.events(where)] == ["art-2"]
        # Keywords refine a filter: here they widen its period.
        assert len(store.events(where, since="2021")) == 2
        assert store.event_groups(where) == store.event_groups(actor="Varga", since="2022")
        assert store.timeline(where, by="year") == store.timeline(actor="Varga", since="2022", by="year")
        assert len(store.event_mentions(where)) == 1
        assert store.dyads(where, level="country") == store.dyads(level="country", actor="Varga", since="2022")
        near = EventFilter(near="Lakeport", km=1)
        assert {r.article_id for r in store.events(near)} == {"art-1", "art-2"}
        with pytest.raises(StoreError, match="not a date"):
            store.events(EventFilter(until="soon"))
        with pytest.raises(TypeError):
            store.events(actress="Varga")


def test_options_name_the_given_filters_and_the_radius_only_with_a_place() -> None:
    assert EventFilter().options() == {}
    assert EventFilter(actor="RUS", type="CONSULT", km=10).options() == {"actor": "RUS", "type": "CONSULT"}
    assert EventFilter(near="Lakeport", km=10).options() == {"near": "Lakeport", "km": 10}
    assert EventFilter.of(EventFilter(actor="RUS"), {"since": "2023"}) == EventFilter(actor="RUS", since="2023")


class _CountingLock:
    """The store's lock, counting how often a query holds it."""

    def __init__(self, lock) -> None:
        self.lock = lock
        self.held = 0

    def __enter__(self):
        self.lock.acquire()
        self.held += 1
        return self

    def __exit__(self, *exc) -> None:
        self.lock.release()

    def acquire(self, *args, **kwargs):
        return self.lock.acquire(*args, **kwargs)

    def release(self) -> None:
        self.lock.release()


def test_count_takes_the_store_lock_like_every_query() -> None:
    # The ingest's commit timer uses the same connection; a query outside the lock could meet it mid-call.
    with open_store(":memory:") as store:
        store.ingest([build("a1")])
        counting = _CountingLock(store.lock)
        store.lock = counting
        assert store.count("articles") == 1
        assert counting.held == 1
        assert store.count("events") > 0 and counting.held == 2
        store.events()
        assert counting.held > 2  # as the other queries do
        with pytest.raises(StoreError, match="no table"):
            store.count("no_such_table")
