"""The web views' queries: the browser's pages are the rows of `store.events`, read faster."""
from __future__ import annotations

from pathlib import Path

import pytest

from eventwire import Pipeline
from eventwire.corrections import correct
from eventwire.errors import SettingsError
from eventwire.store import open_store
from eventwire.web import queries
from eventwire.web.filtered import filtered_store
from tests.workbench import make_store


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> Path:
    path = make_store(tmp_path_factory.mktemp("queries") / "w.duckdb", pipeline)
    with open_store(path) as store:  # a correction, so that the overlay is in every query below
        bombed = next(r for r in store.events() if r.trigger == "bombed")
        correct(store, bombed.article_id, bombed.event_id, cameo="112", user="t")
    return path


def test_rows_by_id_are_the_rows_of_store_events_in_the_order_asked(db: Path) -> None:
    with open_store(db, read_only=True) as store:
        expected = store.events()
        ids = [r[0] for r in store._query("""SELECT e.rowid FROM events e JOIN articles art ON art.key = e.article_key
                                             ORDER BY coalesce(e.date_start, art.published), art.id, e.ordinal""")]
        assert store.rows_by_id(ids) == expected
        assert any(r.event == "ACCUSE" and r.trigger == "bombed" for r in expected)
        assert store.rows_by_id(list(reversed(ids))) == list(reversed(expected))


def test_pages_sort_and_count(db: Path) -> None:
    with open_store(db, read_only=True) as store:
        everything = store.events()
        first = queries.event_page(store, queries.EventFilter(), "goldstein", True, 1, 3)
        assert first.total == len(everything) and len(first.rows) == 3
        scores = [r.goldstein for r in first.rows]
        assert scores == sorted(scores, reverse=True)
        last = queries.event_page(store, queries.EventFilter(), "goldstein", True, first.pages, 3)
        assert len(last.rows) == len(everything) - 3 * (first.pages - 1)
        beyond = queries.event_page(store, queries.EventFilter(actor="RUS"), "date", False, 99, 3)
        assert beyond.rows == () and beyond.total == len(store.events(actor="RUS"))
        assert queries.event_page(store, queries.EventFilter(quad_class=4)).total == \
            sum(1 for r in everything if r.quad_class == 4)
        assert queries.event_page(store, queries.EventFilter(reported_by="Biden")).total == \
            sum(1 for r in everything if r.reported_by == "Joe Biden")
        with pytest.raises(SettingsError):
            queries.event_page(store, queries.EventFilter(), sort="1; DROP TABLE events")


@pytest.mark.parametrize("actor, recipient", [("RUS", "UKR"), ("Russian", "Ukrain")])
def test_dyad_bars_count_the_events_of_their_month(db: Path, actor: str, recipient: str) -> None:
    with open_store(db, read_only=True) as store:
        where = queries.dyad_filter(actor, recipient)
        assert (where.source, where.actor) == ((actor, None) if actor.isupper() else (None, actor))
        bars = queries.dyad(store, where)
        assert bars
        for bar in bars:
            page = queries.event_page(store, queries.EventFilter(**{**where.query(), "month": bar.month,
                                                                    "quad_class": bar.quad_class}))
            assert page.total == bar.events > 0
        coded = {(r.article_id, r.event_id) for r in store.events()
                 if (r.source or "").startswith("RUS") and (r.target or "").startswith("UKR")}
        if actor == "RUS":
            assert sum(b.events for b in bars) == len(coded)


def test_network_edges_and_map_points(db: Path) -> None:
    with open_store(db, read_only=True) as store:
        graph = queries.network(store, top=3)
        assert len(graph.actors) <= 3 and graph.edges
        codes = {code for code, _ in graph.actors}
        assert all(e.source in codes and e.target in codes for e in graph.edges)
        for edge in graph.edges:  # an edge's link finds exactly its events
            where = queries.EventFilter(source=edge.source, target=edge.target, exact=True)
            assert queries.event_page(store, where).total == edge.events
        points = queries.map_points(store, queries.EventFilter())
        assert points and all(-90 <= p.lat <= 90 and -180 <= p.lon <= 180 for p in points)


def test_a_filtered_store_holds_only_the_chosen_events_corrected(db: Path) -> None:
    with open_store(db, read_only=True) as store:
        where = queries.EventFilter(type="ACCUSE")
        ids = queries.matching_rowids(store, where)
        with filtered_store(store, ids) as subset:
            rows = subset.events()
            assert rows == store.events(type="ACCUSE") and any(r.trigger == "bombed" for r in rows)
        assert len(store.events()) > len(rows)  # the store itself is untouched
