"""The DuckDB store: schema and migrations, idempotent ingest, crash safety, the queries."""
from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path
from typing import Iterator

import duckdb
import pytest

from eventwire import make_article
from eventwire.errors import StoreError
from eventwire.formats.contract import to_contract
from eventwire.records import Actor, Article, Event, Failure, Mention, Place, Quote, Span, TimeExpr
import eventwire.store.ingest as store_module
from eventwire.store import MIGRATIONS, SCHEMA_VERSION, Store, article_key, open_store

TEMPLATE = (
    "The Ruritanian president, Anna Varga, met Premier Olaf Brandt of Freedonia in Lakeport on {first}. "
    '"We have agreed to open the border," Varga told reporters. '
    "Brandt said that Freedonia would send {goods}. "
    "Ruritanian troops later threatened Freedonian villages in {second}."
)
TEXT = TEMPLATE.format(first="4 March 2021", second="April 2021", goods="grain")


def span(text: str, part: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return Span(start, start + len(part))


def sentence(text: str, part: str) -> Span:
    """The sentence (in TEXT's simple punctuation) that holds `part`."""
    at = text.index(part)
    start = text.rfind(". ", 0, at)
    start = 0 if start < 0 else start + 2
    end = text.index(".", at) + 1
    return Span(start, end)


def build(article_id: str = "art-1", published: str | None = "2021-03-05", first: str = "4 March 2021",
          second: str = "April 2021", goods: str = "grain", values: tuple[str, str] = ("2021-03-04", "2021-04"),
          extra: str = "") -> Article:
    """A hand-made article with every kind of record, as the pipeline would fill it."""
    text = TEMPLATE.format(first=first, second=second, goods=goods) + extra
    article = make_article(article_id, text, published, {"title": "Leaders meet", "url": "https://example.org/1"})
    t = article.text
    actors = (
        Actor("a1", "Anna Varga", "person", "RUR", "GOV", "RURGOV",
              (Mention(span(t, "Anna Varga"), "name"), Mention(span(t, "The Ruritanian president"), "role"),
               Mention(span(t, "Varga", 1), "surname"))),
        Actor("a2", "Olaf Brandt", "person", "FRE", "GOV", "FREGOV",
              (Mention(span(t, "Olaf Brandt"), "name"), Mention(span(t, "Brandt", 1), "surname"))),
        Actor("a3", "Ruritanian troops", "group", "RUR", "MIL", "RURMIL", (Mention(span(t, "Ruritanian troops"), "group"),)),
        Actor("a4", "Freedonia", "country", "FRE", None, "FRE", (Mention(span(t, "Freedonia", 1), "country"),)),
    )
    places = (Place("p1", span(t, "Lakeport"), "Lakeport", "RUR", 45.5, 12.25, 123456, "city"),)
    times = (
        TimeExpr(span(t, first), "DATE", values[0]),
        TimeExpr(span(t, second), "DATE", values[1]),
        TimeExpr(span(t, "later"), "DATE", "FUTURE_REF"),
    )
    quotes = (
        Quote("q1", "direct", (span(t, "We have agreed to open the border"),), span(t, "told"), "a1",
              span(t, "Varga", 1)),
        Quote("q2", "indirect", (span(t, f"Freedonia would send {goods}"),), span(t, "said"), "a2",
              span(t, "Brandt", 1)),
    )
    events = (
        Event("e1", "CONSULT", "visit", ("diplomatic",), "042", 1.9, 1, ("a1",), ("a2",), "RURGOV", "FREGOV",
              values[0], "p1", sentence(t, "met Premier"), span(t, "met"), pattern="meet"),
        Event("e2", "AID", None, (), "07", 7.0, 2, ("a4",), (), "FRE", None, None, None,
              sentence(t, "would send"), span(t, "send"), reported_by="a2", hypothetical=True),
        Event("e3", "THREATEN", "military", ("military",), "138", -7.0, 3, ("a3",), ("a4",), "RURMIL", "FRE",
              values[1], None, sentence(t, "threatened"), span(t, "threatened")),
    )
    return dataclasses.replace(article, actors=actors, places=places, times=times, quotes=quotes, events=events)


def counts(store: Store) -> dict[str, int]:
    return {table: store.count(table) for table in
            ("articles", "actors", "mentions", "events", "event_actors", "quotes", "times", "places")}


@pytest.fixture()
def store() -> Iterator[Store]:
    with open_store(":memory:") as opened:
        yield opened


@pytest.fixture()
def filled(store: Store) -> Store:
    second = build("art-2", "2022-05-10", "9 May 2022", "June 2022", values=("2022-05-09", "2022-06"))
    report = store.ingest([build(), second])
    assert report.added == 2 and report.ok
    return store


# -- schema -----------------------------------------------------------------------------------------------

def test_a_new_store_is_at_the_current_schema_version(store: Store) -> None:
    assert store.schema_version() == SCHEMA_VERSION
    tables = {row[0] for row in store.connection.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert {"articles", "actors", "mentions", "events", "quotes", "times", "places", "schema_version"} <= tables


def test_reopening_a_store_migrates_nothing_and_keeps_the_rows(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with open_store(path) as store:
        store.ingest([build()])
    with open_store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.connection.execute("SELECT count(*) FROM schema_version").fetchone() == (SCHEMA_VERSION,)
        assert store.count("events") == 3


def test_a_store_from_a_newer_eventwire_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    open_store(path).close()
    connection = duckdb.connect(str(path))
    connection.execute("INSERT INTO schema_version VALUES (?, current_timestamp)", [SCHEMA_VERSION + 1])
    connection.close()
    with pytest.raises(StoreError, match="newer"):
        open_store(path)


def test_a_migration_interrupted_half_way_finishes_on_the_next_open(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    connection = duckdb.connect(str(path))
    connection.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMP)")
    connection.execute(MIGRATIONS[0][0])  # the articles table was made, then the process died
    connection.close()
    with open_store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.ingest([build()]).added == 1


def test_the_rows_name_every_column_of_their_table(store: Store) -> None:
    from eventwire.store.ingest import table_rows

    for table, rows in table_rows(build(), "k").items():
        actual = [row[0] for row in store.connection.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
            [table]).fetchall()]
        assert rows, table
        assert all(sorted(row) == sorted(actual) for row in rows), table


def test_rows_of_one_batch_must_name_the_same_columns(store: Store) -> None:
    with pytest.raises(StoreError, match="different columns"):
        store._insert_rows("times", [{"article_key": "k", "ordinal": 0}, {"article_key": "k", "text": "x"}])


def test_the_filtered_columns_are_indexed(store: Store) -> None:
    names = {row[0] for row in store.connection.execute("SELECT index_name FROM duckdb_indexes()").fetchall()}
    assert {"events_event", "events_date_start", "events_source", "event_actors_actor", "quotes_speaker"} <= names


def test_open_store_errors_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        open_store(tmp_path / "missing" / "s.duckdb")
    with pytest.raises(StoreError, match="no store here"):
        open_store(tmp_path / "s.duckdb", read_only=True)
    with pytest.raises(StoreError, match="folder"):
        open_store(tmp_path)
    other = tmp_path / "articles.jsonl"
    other.write_text('{"id": "a", "text": "x"}\n', encoding="utf-8")
    with pytest.raises(StoreError, match="not a DuckDB database file"):
        open_store(other)
    empty = tmp_path / "empty.duckdb"
    empty.touch()
    with pytest.raises(StoreError, match="not a DuckDB database file"):
        open_store(empty)


def test_a_read_only_store_refuses_to_ingest(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    open_store(path).close()
    with open_store(path, read_only=True) as store, pytest.raises(StoreError, match="read-only"):
        store.ingest([build()])


# -- ingest ---------------------------------------------------------------------------------------------------

def test_ingest_writes_every_kind_of_record(store: Store) -> None:
    report = store.ingest([build()])
    assert (report.added, report.replaced, report.unchanged, report.failed) == (1, 0, 0, ())
    assert counts(store) == {"articles": 1, "actors": 4, "mentions": 7, "events": 3, "event_actors": 6,
                             "quotes": 2, "times": 3, "places": 1}


def test_the_stored_record_is_the_contract_record(store: Store) -> None:
    article = build()
    store.ingest([article])
    assert store.record("art-1") == to_contract(article)
    assert store.record("nope") is None


def test_reingesting_the_same_article_changes_nothing(store: Store) -> None:
    store.ingest([build()])
    before = counts(store)
    report = store.ingest([build(), build()])
    assert (report.added, report.replaced, report.unchanged) == (0, 0, 2)
    assert counts(store) == before


def test_a_changed_text_replaces_the_articles_rows(store: Store) -> None:
    store.ingest([build()])
    changed = build(goods="wheat")
    edited = changed.text
    changed = dataclasses.replace(changed, quotes=changed.quotes[:1], events=changed.events[:1], times=())
    report = store.ingest([changed])
    assert (report.added, report.replaced, report.unchanged) == (0, 1, 0)
    assert counts(store)["articles"] == 1
    assert counts(store)["events"] == 1 and counts(store)["quotes"] == 1 and counts(store)["times"] == 0
    assert store.connection.execute("SELECT text FROM articles").fetchone() == (edited,)
    assert store.connection.execute("SELECT count(DISTINCT article_key) FROM mentions").fetchone() == (1,)


def test_refresh_rewrites_an_unchanged_article(store: Store) -> None:
    store.ingest([build()])
    report = store.ingest([build()], refresh=True)
    assert report.replaced == 1 and counts(store)["events"] == 3


def test_the_key_depends_on_id_text_and_date() -> None:
    keys = {article_key(build()), article_key(build("art-2")), article_key(build(published=None)),
            article_key(build(extra=" More."))}
    assert len(keys) == 4
    assert article_key(build()) == article_key(build())


def test_failures_are_reported_and_the_batch_goes_on(store: Store) -> None:
    report = store.ingest([Failure("in.jsonl:2", "not valid JSON"), build(), Failure("x", "the text is empty")])
    assert report.added == 1
    assert report.failed == (("in.jsonl:2", "not valid JSON"), ("x", "the text is empty"))
    assert not report.ok


def test_an_article_the_database_refuses_fails_alone_and_leaves_no_rows(store: Store) -> None:
    good = build("good")
    bad = build("bad")
    bad = dataclasses.replace(bad, actors=bad.actors + (dataclasses.replace(bad.actors[0], name="twin"),))
    report = store.ingest([bad, good])
    assert report.added == 1
    assert [record for record, _ in report.failed] == ["bad"]
    assert "cannot store" in report.failed[0][1]
    assert store.connection.execute("SELECT count(*) FROM actors WHERE article_key = ?",
                                    [article_key(bad)]).fetchone() == (0,)
    assert counts(store)["articles"] == 1


def test_an_interrupted_ingest_keeps_what_it_committed_and_a_rerun_finishes(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    articles = [build(f"art-{n}") for n in range(3)]

    def crashing() -> Iterator[Article]:
        yield articles[0]
        yield articles[1]
        raise KeyboardInterrupt  # the user pressed Ctrl-C while the third was being extracted

    with open_store(path) as store, pytest.raises(KeyboardInterrupt):
        store.ingest(crashing())
    with open_store(path) as store:
        assert store.count("articles") == 2
        report = store.ingest(articles)
        assert (report.added, report.unchanged) == (1, 2)
        assert store.count("events") == 9


class CountingConnection:
    """A DuckDB connection that counts the transactions begun through it."""

    def __init__(self, connection: duckdb.DuckDBPyConnection) -> None:
        self.connection = connection
        self.begun = 0

    def execute(self, sql: str, *args: object) -> duckdb.DuckDBPyConnection:
        self.begun += sql.strip().upper().startswith("BEGIN")
        return self.connection.execute(sql, *args)

    def close(self) -> None:
        self.connection.close()


def counting(path: Path) -> tuple[Store, CountingConnection]:
    with open_store(path):
        pass  # creates the schema
    connection = CountingConnection(duckdb.connect(str(path)))
    return Store(connection, str(path)), connection  # type: ignore[arg-type]


def test_ingest_commits_several_articles_per_transaction(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_module, "_BATCH_SECONDS", float("inf"))  # batches by size alone, whatever the load
    monkeypatch.setattr(store_module, "_BATCH_ARTICLES", 4)
    store, connection = counting(tmp_path / "s.duckdb")
    with store:
        report = store.ingest([build(f"art-{n}") for n in range(10)])
        assert (report.added, connection.begun) == (10, 3)  # 4 + 4 + 2
        assert counts(store)["events"] == 30
        again = store.ingest([build(f"art-{n}") for n in range(10)])
        assert (again.unchanged, again.added) == (10, 0) and counts(store)["events"] == 30


def test_a_batch_waits_no_longer_than_its_time_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_module, "_BATCH_SECONDS", 0.0)  # every article is already due when it arrives
    store, connection = counting(tmp_path / "s.duckdb")
    with store:
        assert store.ingest([build(f"art-{n}") for n in range(3)]).added == 3
        assert connection.begun == 3


def test_a_refused_article_fails_alone_within_a_batch_and_failures_keep_input_order(store: Store) -> None:
    bad = build("bad")
    bad = dataclasses.replace(bad, actors=bad.actors + (dataclasses.replace(bad.actors[0], name="twin"),))
    report = store.ingest([build("a"), Failure("in:2", "not valid JSON"), bad, build("b"), Failure("in:5", "empty"),
                           build("c")])
    assert report.added == 3
    assert [record for record, _ in report.failed] == ["in:2", "bad", "in:5"]
    assert sorted(r["id"] for r in store.records()) == ["a", "b", "c"]
    assert counts(store)["events"] == 9 and counts(store)["actors"] == 12


def test_two_versions_of_one_id_in_one_ingest(store: Store) -> None:
    report = store.ingest([build("x"), build("x", goods="oil"), build("x", goods="oil")])
    assert (report.added, report.replaced, report.unchanged) == (1, 1, 1)
    assert counts(store)["articles"] == 1 and counts(store)["events"] == 3
    assert store.connection.execute("SELECT text FROM articles").fetchone()[0] == build("x", goods="oil").text


def test_a_source_failing_mid_batch_keeps_what_it_delivered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_module, "_BATCH_SECONDS", float("inf"))

    def failing() -> Iterator[Article]:
        yield build("one")
        yield build("two")
        raise RuntimeError("the extraction broke")

    with open_store(tmp_path / "s.duckdb") as store:
        with pytest.raises(RuntimeError):
            store.ingest(failing())
        assert sorted(r["id"] for r in store.records()) == ["one", "two"]


# -- dates ----------------------------------------------------------------------------------------------------

def test_full_dates_are_stored_as_dates_and_raw_values_are_kept(store: Store) -> None:
    store.ingest([build()])
    rows = store.connection.execute(
        "SELECT event_id, date_value, date, date_start, date_end FROM events ORDER BY ordinal").fetchall()
    assert rows == [
        ("e1", "2021-03-04", date(2021, 3, 4), date(2021, 3, 4), date(2021, 3, 4)),
        ("e2", None, None, None, None),
        ("e3", "2021-04", None, date(2021, 4, 1), date(2021, 4, 30)),
    ]
    times = store.connection.execute("SELECT value, date FROM times ORDER BY ordinal").fetchall()
    assert times == [("2021-03-04", date(2021, 3, 4)), ("2021-04", None), ("FUTURE_REF", None)]


# -- queries --------------------------------------------------------------------------------------------------

def test_events_unfiltered_are_in_date_order(filled: Store) -> None:
    rows = filled.events()
    assert [(r.article_id, r.event_id) for r in rows][:2] == [("art-1", "e1"), ("art-1", "e2")]
    assert len(rows) == 6
    first = rows[0]
    assert first.actors == "Anna Varga" and first.recipients == "Olaf Brandt" and first.place == "Lakeport"
    assert first.trigger == "met" and first.sentence.startswith("The Ruritanian president")
    assert filled.events(limit=2) == rows[:2]


@pytest.mark.parametrize("actor, expected", [
    ("anna varga", {"e1"}),  # a name, case-insensitive
    ("president", {"e1"}),  # a mention that is no name
    ("RUR", {"e1", "e3"}),  # a CAMEO code prefix
    ("rurmil", {"e3"}),
    ("freedonia", {"e2"}),
    ("Nobody", set()),
    ("itan", set()),  # inside a word ("Ruritanian"): names match from the start of a word
    ("(", set()),  # no regular expression gets through
])
def test_events_by_actor(filled: Store, actor: str, expected: set[str]) -> None:
    assert {r.event_id for r in filled.events(actor=actor) if r.article_id == "art-1"} == expected


def test_events_by_recipient_and_type(filled: Store) -> None:
    assert {r.event_id for r in filled.events(recipient="Freedonia")} == {"e3"}
    assert {r.event_id for r in filled.events(recipient="brandt")} == {"e1"}
    assert {r.event_id for r in filled.events(type="threaten")} == {"e3"}
    assert {r.event_id for r in filled.events(type="04")} == {"e1"}
    assert {(r.article_id, r.event_id) for r in filled.events(actor="RUR", recipient="FRE", type="THREATEN")} == {
        ("art-1", "e3"), ("art-2", "e3")}


def test_actor_filters_check_every_participant_and_the_events_own_codes(store: Store) -> None:
    article = build("two-sided")
    e1, e2, e3 = article.events
    both = dataclasses.replace(e1, actors=("a4", "a1"), source=None)  # the matching participant comes second
    coded = dataclasses.replace(e2, actors=(), recipients=(), source="XYZGOV", target="QQQ")  # codes, nobody named
    store.ingest([dataclasses.replace(article, events=(both, coded, e3))])

    def ids(**query: str) -> set[str]:
        return {r.event_id for r in store.events(**query)}  # type: ignore[arg-type]

    assert ids(actor="varga") == {"e1"} and ids(actor="anna") == {"e1"}
    assert ids(actor="xyz") == {"e2"} and ids(recipient="qqq") == {"e2"} and ids(actor="xyz", recipient="q") == {"e2"}
    assert ids(actor="freedonia") == {"e1"} and ids(recipient="freedonia") == {"e3"}
    assert ids(actor="RUR", recipient="FRE") == {"e1", "e3"}  # e1 by Anna Varga's code, its own source being None
    assert ids(actor="troops", recipient="brandt") == set()


def test_names_match_in_any_script_and_case(store: Store) -> None:
    text = "Zoë Ångström met Ivan Ærø. She said nothing."
    article = make_article("accents", text, "2021-03-05")
    actors = (
        Actor("a1", "Zoë Ångström", "person", None, None, None,
              (Mention(span(text, "Zoë Ångström"), "name"), Mention(span(text, "She"), "pronoun"))),
        Actor("a2", "Ivan Ærø", "person", None, None, None, (Mention(span(text, "Ivan Ærø"), "name"),)),
    )
    event = Event("e1", "CONSULT", None, (), "040", 1.0, 1, ("a1",), ("a2",), None, None, None, None,
                  Span(0, text.index(".") + 1), span(text, "met"))
    store.ingest([dataclasses.replace(article, actors=actors, events=(event,))])

    def found(**query: str) -> bool:
        return bool(store.events(**query))  # type: ignore[arg-type]

    assert found(actor="zoë") and found(actor="ÅNGSTRÖM") and found(actor="ångström") and found(recipient="ærø")
    assert found(actor="zoe") is False  # no accent folding: the name is spelled with its accent
    assert found(actor="she") is False  # a pronoun names nobody in particular
    assert found(actor="ivan") is False and found(recipient="ivan")


def test_events_since_and_until_use_the_period_of_the_date(filled: Store) -> None:
    def ids(**bounds: object) -> set[tuple[str, str]]:
        return {(r.article_id, r.event_id) for r in filled.events(**bounds)}  # type: ignore[arg-type]

    assert ids(since="2021-04-15", until="2021-12-31") == {("art-1", "e3")}  # April 2021 overlaps
    assert ids(until=date(2021, 3, 4)) == {("art-1", "e1")}
    assert ids(since="2022") == {("art-2", "e1"), ("art-2", "e2"), ("art-2", "e3")}
    assert ids(since="2022-06", until="2022-06") == {("art-2", "e3")}
    assert ("art-1", "e2") in ids(since="2021-03-05", until="2021-03-05")  # undated: at its publication date
    assert ("art-1", "e2") not in ids(since="2021-03-06")
    with pytest.raises(StoreError, match="not a date"):
        filled.events(since="last week")


def test_events_near_a_place(store: Store) -> None:
    north = build("north")  # its place, Lakeport, at 45.5, 12.25
    south = build("south")
    moved = dataclasses.replace(south.places[0], lat=-33.9, lon=18.4)
    store.ingest([north, build("north-2"), dataclasses.replace(south, places=(moved,))])
    # Two articles put Lakeport in the north, one in the south: the name means the northern one.
    assert {(r.article_id, r.event_id) for r in store.events(near="lakeport", km=10)} == {("north", "e1"),
                                                                                           ("north-2", "e1")}
    assert {r.article_id for r in store.events(near="45.6, 12.3", km=20)} == {"north", "north-2"}
    assert {r.article_id for r in store.events(near=(-34.0, 18.5), km=20)} == {"south"}
    assert store.events(near=(0.0, 0.0), km=100) == []
    assert store.locate("Lakeport") == (45.5, 12.25)
    with pytest.raises(StoreError, match="no geocoded place"):
        store.events(near="Atlantis")
    with pytest.raises(StoreError, match="not a latitude"):
        store.events(near="95,10")
    assert [(r.period, r.events) for r in store.timeline(near="lakeport", km=10)] == [("2021-03", 2)]


def test_timeline_counts_events_per_period(filled: Store) -> None:
    rows = filled.timeline(actor="RUR")
    assert [(r.period, r.event, r.events, r.goldstein) for r in rows] == [
        ("2021-03", "CONSULT", 1, 1.9), ("2021-04", "THREATEN", 1, -7.0),
        ("2022-05", "CONSULT", 1, 1.9), ("2022-06", "THREATEN", 1, -7.0)]
    assert [(r.period, r.events) for r in filled.timeline(by="year", type="AID")] == [("2021", 1), ("2022", 1)]
    assert [r.period for r in filled.timeline(by="week", type="CONSULT")] == ["2021-W09", "2022-W19"]
    with pytest.raises(StoreError, match="cannot count by"):
        filled.timeline(by="decade")


def test_quotes_by_any_name_of_the_speaker(filled: Store) -> None:
    assert {q.quote_id for q in filled.quotes(speaker="VARGA")} == {"q1"}
    assert {q.quote_id for q in filled.quotes(speaker="ruritanian president")} == {"q1"}
    assert {q.quote_id for q in filled.quotes(speaker="Olaf")} == {"q2"}
    assert filled.quotes(speaker="Nobody") == []
    rows = filled.quotes()
    assert len(rows) == 4
    assert rows[0].text == "We have agreed to open the border" and rows[0].speaker == "Anna Varga"
    assert rows[0].cue == "told" and rows[0].published == date(2021, 3, 5)


def test_quotes_without_a_resolved_actor_match_the_attribution_text(store: Store) -> None:
    article = build()
    unresolved = dataclasses.replace(article.quotes[1], speaker=None)
    store.ingest([dataclasses.replace(article, quotes=(unresolved,))])
    rows = store.quotes(speaker="brandt")
    assert [(q.quote_id, q.speaker) for q in rows] == [("q2", "Brandt")]


def test_quotes_filtered_to_a_resolved_speaker(store: Store) -> None:
    article = build()
    unresolved = dataclasses.replace(article.quotes[1], speaker=None)
    store.ingest([dataclasses.replace(article, quotes=(article.quotes[0], unresolved))])
    assert [q.quote_id for q in store.quotes()] == ["q1", "q2"]
    assert [q.quote_id for q in store.quotes(resolved=True)] == ["q1"]
    # The summary shows only quotes a reader can put a name to.
    assert [q.quote_id for q in store.summary().sample_quotes] == ["q1"]


def test_summary_shows_no_quote_without_a_resolved_speaker(store: Store) -> None:
    article = build()
    store.ingest([dataclasses.replace(article, quotes=tuple(dataclasses.replace(q, speaker=None)
                                                            for q in article.quotes))])
    assert store.summary().sample_quotes == ()


def test_quotes_by_the_words_they_contain(filled: Store) -> None:
    assert {(q.article_id, q.quote_id) for q in filled.quotes(text="BORDER")} == {("art-1", "q1"), ("art-2", "q1")}
    assert {q.quote_id for q in filled.quotes(text="agreed border")} == {"q1"}  # every word, in any order
    assert filled.quotes(text="order") == []  # a word's start, not any substring
    assert filled.quotes(text="border grain") == []
    assert [q.quote_id for q in filled.quotes(speaker="brandt", text="send")] == ["q2", "q2"]


def test_quotes_list_the_events_reported_inside_them(filled: Store) -> None:
    rows = {(q.article_id, q.quote_id): q.events for q in filled.quotes()}
    # e2's trigger "send" lies in q2's content; no event is inside q1's.
    assert rows == {("art-1", "q1"): (), ("art-1", "q2"): ("e2",), ("art-2", "q1"): (), ("art-2", "q2"): ("e2",)}


def test_an_event_without_a_trigger_is_inside_a_quote_by_its_sentence(store: Store) -> None:
    article = build()
    t = article.text
    whole = Quote("q9", "direct", (sentence(t, "would send"),), None, None, None)
    events = tuple(dataclasses.replace(e, trigger=None) for e in article.events)
    store.ingest([dataclasses.replace(article, quotes=(whole,), events=events)])
    assert [q.events for q in store.quotes()] == [("e2",)]


def test_actors_are_grouped_across_articles(filled: Store) -> None:
    rows = filled.actors()
    varga = next(r for r in rows if r.name == "Anna Varga")
    assert (varga.code, varga.articles, varga.mentions) == ("RURGOV", 2, 6)
    assert rows[0] == varga  # the most mentioned first
    assert [r.name for r in filled.actors(name="brandt")] == ["Olaf Brandt"]
    assert {r.name for r in filled.actors(name="RUR")} == {"Anna Varga", "Ruritanian troops"}


def test_summary(filled: Store) -> None:
    s = filled.summary(top=3)
    assert (s.articles, s.actors, s.events, s.quotes, s.places) == (2, 4, 6, 4, 2)
    assert (s.first_published, s.last_published) == (date(2021, 3, 5), date(2022, 5, 10))
    assert s.events_by_type == (("AID", 2), ("CONSULT", 2), ("THREATEN", 2))
    assert s.top_dyads == (("RURGOV", "FREGOV", 2), ("RURMIL", "FRE", 2))
    assert len(s.top_actors) == 3 and s.top_actors[0].name == "Anna Varga"
    assert s.sample_events and all(e.sentence and e.actors and e.recipients for e in s.sample_events)
    assert s.sample_events[0].event == "THREATEN"  # the strongest Goldstein value first
    assert s.sample_quotes[0].kind == "direct"


def test_queries_on_an_empty_store(store: Store) -> None:
    assert store.events() == [] and store.quotes() == [] and store.actors() == []
    s = store.summary()
    assert s.articles == 0 and s.events_by_type == () and s.first_published is None


def test_pipeline_output_is_stored_idempotently(store: Store, pipeline: object) -> None:
    from eventwire import Pipeline

    assert isinstance(pipeline, Pipeline)
    article = make_article("real", 'The minister said on Monday that talks would resume. "We are ready," she said.',
                           "2021-06-01")
    first = store.ingest(pipeline.pipe([article]))
    before = counts(store)
    second = store.ingest(pipeline.pipe([article]))
    assert first.added == 1 and second.unchanged == 1 and counts(store) == before
    assert store.record("real") == to_contract(next(iter(pipeline.pipe([article]))))  # type: ignore[arg-type]


# -- cross-article deduplication --------------------------------------------------------------------------------

def reported(article_id: str, outlet: str | None, url: str | None, published: str = "2021-03-05",
             first: str = "4 March 2021", day: str = "2021-03-04") -> Article:
    """The hand-made article as another outlet would file it: same events, own id, source and URL."""
    article = build(article_id, published, first=first, values=(day, "2021-04"))
    meta = {key: value for key, value in (("source", outlet), ("url", url)) if value}
    return dataclasses.replace(article, meta=meta)


@pytest.fixture()
def wire(store: Store) -> Store:
    """Three outlets report the meeting of 4 March 2021; a fourth article reports another one in 2022."""
    store.ingest([
        reported("wire-a", "Agency A", None),
        reported("wire-b", None, "https://www.paper-b.example/story"),
        reported("wire-c", None, "https://paper-b.example/later", published="2021-03-06"),  # B again
        reported("wire-d", "Agency A", None, published="2022-05-10", first="9 May 2022", day="2022-05-09"),
    ])
    return store


def test_the_same_event_from_several_articles_is_one_group(wire: Store) -> None:
    groups = wire.event_groups(type="CONSULT")
    assert [(g.date, g.source, g.target, g.cameo, g.location) for g in groups] == [
        ("2021-03-04", "RURGOV", "FREGOV", "042", "RUR"), ("2022-05-09", "RURGOV", "FREGOV", "042", "RUR")]
    meeting = groups[0]
    assert (meeting.mentions, meeting.sources, meeting.articles) == (3, 2, 3)  # paper-b's host counts once
    assert meeting.article_ids == "wire-a; wire-b; wire-c"
    assert meeting.first_article == "wire-a" and meeting.trigger == "met"
    assert meeting.actors == "Anna Varga" and meeting.sentence.startswith("The Ruritanian president")
    assert (groups[1].mentions, groups[1].articles) == (1, 1)


def test_every_report_keeps_its_evidence_and_its_group(wire: Store) -> None:
    members = wire.connection.execute(
        "SELECT article_id, event_id, group_id FROM event_group_members WHERE event_id = 'e1' ORDER BY 1").fetchall()
    assert [m[0] for m in members] == ["wire-a", "wire-b", "wire-c", "wire-d"]
    assert len({m[2] for m in members[:3]}) == 1 and members[3][2] != members[0][2]
    mentions = [m for m in wire.event_mentions() if m.event_id == "e1"]
    assert [(m.article_id, m.num_mentions, m.num_articles) for m in mentions] == [
        ("wire-a", 3, 3), ("wire-b", 3, 3), ("wire-c", 3, 3), ("wire-d", 1, 1)]
    assert all(m.trigger_text == "met" and m.sentence_text.endswith(".") for m in mentions)


def test_a_denial_never_merges_with_the_event_it_denies(store: Store) -> None:
    denied = build("denied")
    store.ingest([build(), dataclasses.replace(denied, events=(dataclasses.replace(denied.events[0], negated=True),))])
    groups = {(g.modality, g.articles) for g in store.event_groups(type="CONSULT")}
    assert groups == {("asserted", 1), ("negated", 1)}


def test_uncoded_sides_group_by_name(store: Store) -> None:
    article = build()
    uncoded = dataclasses.replace(article.events[0], source=None, target=None)
    store.ingest([dataclasses.replace(article, events=(uncoded,))])
    (group,) = store.event_groups()
    assert (group.source, group.target) == ("anna varga", "olaf brandt")


def test_grouped_filters_keep_whole_groups(wire: Store) -> None:
    assert [g.articles for g in wire.event_groups(actor="varga", since="2021", until="2021")] == [3]
    assert wire.event_groups(actor="Nobody") == []
    assert len(wire.event_groups(limit=2)) == 2
    assert [g.date for g in wire.event_groups()] == sorted(g.date or "" for g in wire.event_groups())


def test_group_ids_are_stable(tmp_path: Path) -> None:
    ids = []
    for name in ("one", "two"):
        with open_store(tmp_path / f"{name}.duckdb") as store:
            store.ingest([reported("x", "A", None), reported("y", "B", None)])
            ids.append([g.group_id for g in store.event_groups()])
    assert ids[0] == ids[1] and len(ids[0]) == 3


def test_records_come_back_by_id(filled: Store) -> None:
    assert [r["id"] for r in filled.records()] == ["art-1", "art-2"]
    assert next(filled.records()) == filled.record("art-1")


def test_an_events_place_source_is_stored(store: Store) -> None:
    article = build()
    placed = tuple(dataclasses.replace(e, place_source="clause" if e.place else None) for e in article.events)
    store.ingest([dataclasses.replace(article, events=placed)])
    rows = store.connection.execute("SELECT event_id, place, place_source FROM events ORDER BY event_id").fetchall()
    assert rows and all((place is None) == (source is None) for _, place, source in rows)
    assert any(source == "clause" for _, _, source in rows)


def test_the_commit_timer_and_the_unchanged_check_never_share_the_connection_at_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The input side of `ingest --incremental` asks the store about each article (incremental.is_unchanged)
    # while the timer thread commits the batch; unguarded, DuckDB fails those articles with "connection is
    # busy with another call". The source below queries without pause while the timer is due to commit.
    import time

    from eventwire.incremental import is_unchanged

    monkeypatch.setattr(store_module, "_BATCH_SECONDS", 0.001)  # due just after it arrives: the timer commits
    monkeypatch.setattr(store_module, "_TICK_SECONDS", 0.0)
    with open_store(tmp_path / "s.duckdb") as store:
        store.ingest([build(f"old-{n}") for n in range(40)])

        def source() -> Iterator[Article]:
            for n in range(40):
                until = time.monotonic() + 0.03
                while time.monotonic() < until:
                    is_unchanged(store, build(f"old-{n}"))
                yield build(f"new-{n}")

        report = store.ingest(source())
        assert (report.added, report.failed) == (40, ())
        assert counts(store)["articles"] == 80
