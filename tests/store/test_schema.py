"""The store's migrations: migration 6 makes `events.event` nullable, also in a file of the schema before it."""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import duckdb
import pytest

from eventwire.formats.exports import export
from eventwire.store import MIGRATIONS, SCHEMA_VERSION, Store, open_store
from eventwire.store.schema import now
from tests.test_store import build


def untyped(article_id: str = "art-9", published: str = "2021-03-05"):
    """An article whose first event has a CAMEO code without a PLOVER type, as a user dictionary may code it."""
    article = build(article_id, published)
    first = dataclasses.replace(article.events[0], event=None, cameo="0431")
    return dataclasses.replace(article, events=(first, *article.events[1:]))


def old_store(path: Path, version: int, article: bool = True) -> None:
    """A store file as an eventwire of schema `version` left it, with one article (or none)."""
    connection = duckdb.connect(str(path))
    connection.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMP)")
    for number, migration in enumerate(MIGRATIONS[:version], 1):
        for statement in migration:
            connection.execute(statement)
        connection.execute("INSERT INTO schema_version VALUES (?, ?)", [number, now()])
    if not article:
        connection.close()
        return
    with Store(connection, str(path)) as store:
        assert store.ingest([build()]).added == 1


def test_the_event_type_is_nullable_from_migration_6() -> None:
    assert SCHEMA_VERSION == 6
    with open_store(":memory:") as store:
        nullable = store.connection.execute(
            "SELECT is_nullable FROM information_schema.columns WHERE table_name = 'events' AND column_name = 'event'"
        ).fetchone()
        assert nullable == ("YES",)


def test_a_store_of_schema_5_is_migrated_and_takes_untyped_events(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    old_store(path, 5)
    with pytest.raises(duckdb.ConstraintException):  # what version 5 did with such an event
        connection = duckdb.connect(str(path))
        try:
            connection.execute("INSERT INTO events (article_key, event_id, ordinal, event, sentence_start, "
                               "sentence_end, sentence_text, negated, hypothetical) "
                               "VALUES ('k', 'e1', 0, NULL, 0, 1, 'x', false, false)")
        finally:
            connection.close()
    with open_store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert [row.article_id for row in store.events()] == ["art-1"] * 3  # the old rows are kept
        report = store.ingest([untyped()])
        assert report.added == 1 and report.ok
        indexes = {row[0] for row in store.connection.execute("SELECT index_name FROM duckdb_indexes()").fetchall()}
        assert {"events_event", "events_date_start", "events_date_end", "events_source", "events_target",
                "corrections_article"} <= indexes
    with open_store(path, read_only=True) as store:  # the migrated file opens read-only as current
        rows = store.events(actor="Varga")
        assert [(r.article_id, r.event, r.cameo) for r in rows if r.article_id == "art-9"][0] == ("art-9", None, "0431")


def test_migration_6_interrupted_half_way_reruns(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    old_store(path, 5)
    connection = duckdb.connect(str(path))
    for statement in MIGRATIONS[5][:3]:  # some of its statements ran, then the process died
        connection.execute(statement)
    connection.close()
    with open_store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.ingest([untyped()]).added == 1


def test_queries_and_exports_take_events_without_a_type(tmp_path: Path) -> None:
    import io

    with open_store(":memory:") as store:
        assert store.ingest([untyped(), build("art-2")]).ok
        events = store.events()
        assert sorted((r.event or "", r.cameo) for r in events if r.event_id == "e1") == [("", "0431"),
                                                                                       ("CONSULT", "042")]
        assert store.events(type="043")[0].event is None  # a CAMEO prefix still finds it
        assert store.events(type="CONSULT")[0].article_id == "art-2"
        groups = store.event_groups()
        assert any(g.event is None and g.cameo == "0431" for g in groups)
        assert any(p.event is None and p.events == 1 for p in store.timeline(by="month"))
        assert (None, 1) in store.summary().events_by_type
        assert len(store.event_mentions()) == 6
        assert store.dyads(level="country")
        written = {}
        for fmt in ("plover", "gdelt", "gdelt-mentions", "polecat"):
            out = io.StringIO()
            export(store, fmt, out)
            written[fmt] = out.getvalue()
        assert "\t0431\t" in written["gdelt"] and written["gdelt-mentions"]
        assert [line.split("\t")[2] for line in written["polecat"].splitlines() if line.startswith("art-9:e1")] == [""]
        plover = [json.loads(line) for line in written["plover"].splitlines()]
        assert [r["event"] for r in plover if r["cameo"] == "0431"] == [[]]  # no PLOVER type: none listed


def test_an_event_without_a_type_can_be_corrected() -> None:
    from eventwire.corrections import correct

    with open_store(":memory:") as store:
        assert store.ingest([untyped()]).ok
        correct(store, "art-9", "e1", cameo="042", user="ana", why="a visit")
        row = next(r for r in store.events() if r.event_id == "e1")
        assert (row.event, row.cameo) == ("CONSULT", "042")


@pytest.mark.parametrize("version", [1, 2, 3, 4, 5])
def test_a_store_of_any_older_schema_groups_events_as_a_new_one(tmp_path: Path, version: int) -> None:
    # One definition of event_group_members serves migrations 2 and 4: a store made before either (or
    # between them) must end with the same view, and the same groups, as a store made today.
    path = tmp_path / f"v{version}.duckdb"
    old_store(path, version, article=version >= 3)  # today's ingest writes migration 3's column
    with open_store(":memory:") as fresh:
        assert fresh.ingest([build()]).ok
        expected = [(g.group_id, g.date, g.mentions, g.sources, g.articles) for g in fresh.event_groups()]
    with open_store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        if version < 3:
            assert store.ingest([build()]).ok
        groups = [(g.group_id, g.date, g.mentions, g.sources, g.articles) for g in store.event_groups()]
        assert groups == expected and groups
        columns = [row[0] for row in store.connection.execute("DESCRIBE event_group_members").fetchall()]
        assert "outlet" in columns and "key_date" in columns
