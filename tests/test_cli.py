"""The CLI: commands, formats, and every error as one line on stderr with an exit code, never a traceback."""
from __future__ import annotations

import csv
import dataclasses
import io
import json
import os
from pathlib import Path

import pytest

from eventwire import Pipeline, cli
from eventwire.store import open_store
from tests.test_store import build


@pytest.fixture(autouse=True)
def parse_only(monkeypatch: pytest.MonkeyPatch, pipeline: Pipeline) -> None:
    """Every command gets the session's spaCy model (loaded once) and no stages: these tests are about the
    command line, so they must not depend on what the stages extract (tests/stages/ covers those)."""
    bare = Pipeline(pipeline.settings, nlp=pipeline.nlp, knowledge=pipeline.knowledge)
    bare.stages = ()
    monkeypatch.setattr(cli, "make_pipeline", lambda settings: bare)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Runs `eventwire ARGS` through the real entry point; returns (exit code, stdout, stderr)."""
    try:
        cli.main(list(args))
        code = 0
    except SystemExit as exit:
        code = exit.code if isinstance(exit.code, int) else 1
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def jsonl(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def line(article_id: str, text: str, **more: str) -> str:
    return json.dumps({"id": article_id, "text": text, **more})


@pytest.fixture()
def db(tmp_path: Path) -> str:
    """A store with two hand-made articles (events, quotes, actors), independent of the stages' progress."""
    path = tmp_path / "filled.duckdb"
    with open_store(path) as store:
        store.ingest([build(), build("art-2", "2022-05-10", "9 May 2022", "June 2022", values=("2022-05-09", "2022-06"))])
    return str(path)


# -- ingest -----------------------------------------------------------------------------------------------------

def test_ingest_stores_articles_and_a_rerun_changes_nothing(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = jsonl(tmp_path / "in.jsonl", line("a", "The minister said talks would resume.", published="2021-06-01"),
                   line("b", '"We are ready," the envoy said on Monday.', title="Envoy"))
    db = str(tmp_path / "s.duckdb")
    code, _, err = run(capsys, "ingest", str(source), "--db", db)
    assert code == 0 and "2 added, 0 replaced, 0 unchanged, 0 failed" in err
    code, _, err = run(capsys, "ingest", str(source), "--db", db)
    assert code == 0 and "0 added, 0 replaced, 2 unchanged, 0 failed" in err
    with open_store(db, read_only=True) as store:
        assert store.count("articles") == 2


def test_a_malformed_line_in_the_middle_fails_and_the_rest_is_stored(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = jsonl(tmp_path / "in.jsonl", line("a", "First article."), '{"id": "broken", "text": ',
                   line("empty", "  "), line("c", "Third article."))
    db = str(tmp_path / "s.duckdb")
    code, _, err = run(capsys, "ingest", str(source), "--db", db)
    assert code == 1
    assert f"error: {source}:2: not valid JSON" in err
    assert "error: empty: the text is empty" in err
    assert "2 added, 0 replaced, 0 unchanged, 2 failed" in err
    with open_store(db, read_only=True) as store:
        assert store.record("a") is not None and store.record("c") is not None


@pytest.mark.parametrize("name, data, reason", [
    ("binary.txt", b"GIF89a\x00\x00\x01\x02", "binary data (NUL bytes), not text"),
    ("latin1.txt", "Caf\u00e9 talks.".encode("latin-1"), "not valid UTF-8"),
    ("empty.txt", b"\n \n", "the text is empty"),
])
def test_bad_documents_are_reported_with_their_reason(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                      name: str, data: bytes, reason: str) -> None:
    bad = tmp_path / name
    bad.write_bytes(data)
    good = jsonl(tmp_path / "good.jsonl", line("g", "The summit opened."))
    code, _, err = run(capsys, "ingest", str(bad), str(good), "--db", str(tmp_path / "s.duckdb"))
    assert code == 1
    assert f"error: {bad}: {reason}" in err
    assert "1 added" in err


def test_a_missing_input_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    # Nothing can be done with a mistyped input: exit 2 before anything starts, and no store is created.
    missing = tmp_path / "missing.jsonl"
    code, _, err = run(capsys, "ingest", str(missing), "--db", str(tmp_path / "s.duckdb"))
    assert code == 2 and f"no such file or folder: {missing}" in err
    assert not (tmp_path / "s.duckdb").exists()
    code, _, err = run(capsys, "extract", str(missing), "-o", str(tmp_path / "out.jsonl"))
    assert code == 2 and not (tmp_path / "out.jsonl").exists()


def test_a_folder_with_no_readable_files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "notes.md").write_text("nothing to read", encoding="utf-8")
    code, _, err = run(capsys, "ingest", str(folder), "--db", str(tmp_path / "s.duckdb"))
    assert code == 1 and f"error: {folder}: no .jsonl, .txt or .html files in the folder" in err


def test_an_unreadable_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                              monkeypatch: pytest.MonkeyPatch) -> None:
    # We run as root, for whom chmod 000 changes nothing: raise the OSError listing such a folder raises.
    folder = tmp_path / "locked"
    folder.mkdir()
    real_scandir = os.scandir

    def scandir(path: object = ".") -> object:
        if Path(os.fsdecode(path)) == folder:  # type: ignore[arg-type]
            raise PermissionError(13, "Permission denied", str(folder))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    code, _, err = run(capsys, "ingest", str(folder), "--db", str(tmp_path / "s.duckdb"))
    assert code == 1 and f"error: {folder}: cannot list the folder: Permission denied" in err


def test_a_missing_db_folder_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = jsonl(tmp_path / "in.jsonl", line("a", "Text."))
    db = tmp_path / "no" / "such" / "s.duckdb"
    code, out, err = run(capsys, "ingest", str(source), "--db", str(db))
    assert code == 2 and out == ""
    assert err.strip() == f"error: {db}: the folder {str(db.parent)!r} does not exist; create it first"


def test_a_db_that_is_no_duckdb_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = jsonl(tmp_path / "in.jsonl", line("a", "Text."))
    code, _, err = run(capsys, "ingest", str(source), "--db", str(source))
    assert code == 2 and len(err.splitlines()) == 1
    assert err.startswith(f"error: {source}: not a DuckDB database file")
    assert source.read_text(encoding="utf-8") == line("a", "Text.") + "\n"  # untouched


def test_an_interrupted_ingest_keeps_what_it_stored_and_a_rerun_finishes(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pipeline: Pipeline) -> None:
    source = jsonl(tmp_path / "in.jsonl", *(line(f"a{n}", f"Article number {n}.") for n in range(3)))
    db = str(tmp_path / "s.duckdb")
    bare = Pipeline(pipeline.settings, nlp=pipeline.nlp, knowledge=pipeline.knowledge)
    bare.stages = ()

    class Interrupted:
        def pipe(self, items):  # type: ignore[no-untyped-def]
            for number, item in enumerate(bare.pipe(items, batch_articles=1)):
                if number == 2:
                    raise KeyboardInterrupt  # Ctrl-C while the third article is processed
                yield item

    monkeypatch.setattr(cli, "make_pipeline", lambda settings: Interrupted())
    code, _, err = run(capsys, "ingest", str(source), "--db", db)
    assert code == 130 and "interrupted" in err
    with open_store(db, read_only=True) as store:
        assert store.count("articles") == 2
    monkeypatch.setattr(cli, "make_pipeline", lambda settings: bare)
    code, _, err = run(capsys, "ingest", str(source), "--db", db)
    assert code == 0 and "1 added, 0 replaced, 2 unchanged, 0 failed" in err


def test_ingest_from_stdin_with_a_bad_line(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    data = (line("a", "First.") + "\n").encode() + b"\xff\n" + (line("c", "Third.") + "\n").encode()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    code, _, err = run(capsys, "ingest", "-", "--db", str(tmp_path / "s.duckdb"))
    assert code == 1 and "error: <stdin>:2: not valid UTF-8" in err and "2 added" in err


# -- queries ----------------------------------------------------------------------------------------------------

def test_events_as_json_with_filters(capsys: pytest.CaptureFixture[str], db: str) -> None:
    code, out, _ = run(capsys, "events", "--db", db, "--actor", "varga", "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert [(r["article_id"], r["event"], r["date"]) for r in rows] == [("art-1", "CONSULT", "2021-03-04"),
                                                                         ("art-2", "CONSULT", "2022-05-09")]
    assert rows[0]["sentence"].startswith("The Ruritanian president")
    code, out, _ = run(capsys, "events", "--db", db, "--type", "THREATEN", "--since", "2022", "--format", "json")
    assert [(r["article_id"], r["event_id"]) for r in json.loads(out)] == [("art-2", "e3")]
    code, out, _ = run(capsys, "events", "--db", db, "--recipient", "FRE", "--until", "2021-12", "--format", "json")
    assert {r["event_id"] for r in json.loads(out)} == {"e1", "e3"}


def test_events_as_csv_and_table_with_a_limit(capsys: pytest.CaptureFixture[str], db: str) -> None:
    code, out, _ = run(capsys, "events", "--db", db, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(rows) == 6 and rows[0]["event"] == "CONSULT" and rows[0]["negated"] == "False"
    code, out, err = run(capsys, "events", "--db", db, "--limit", "2")
    assert code == 0 and "CONSULT" in out and "THREATEN" not in out
    assert "the first 2 events; --limit 0 shows all" in err


def test_events_near_a_place(capsys: pytest.CaptureFixture[str], db: str) -> None:
    code, out, _ = run(capsys, "events", "--db", db, "--near", "Lakeport", "--km", "5", "--format", "json")
    assert code == 0 and [(r["article_id"], r["event_id"]) for r in json.loads(out)] == [("art-1", "e1"),
                                                                                         ("art-2", "e1")]
    code, _, err = run(capsys, "events", "--db", db, "--near", "Atlantis")
    assert code == 2 and err.startswith("error: no geocoded place named 'Atlantis' in the store")


def test_events_counted_by_month(capsys: pytest.CaptureFixture[str], db: str) -> None:
    code, out, _ = run(capsys, "events", "--db", db, "--actor", "RUR", "--by", "month", "--format", "csv")
    assert code == 0 and out.splitlines() == [
        "period,event,events,goldstein", "2021-03,CONSULT,1,1.9", "2021-04,THREATEN,1,-7.0",
        "2022-05,CONSULT,1,1.9", "2022-06,THREATEN,1,-7.0"]
    code, out, _ = run(capsys, "events", "--db", db, "--by", "year")
    assert code == 0 and "2022" in out and "Mean Goldstein" in out


def test_quotes_by_speaker(capsys: pytest.CaptureFixture[str], db: str) -> None:
    code, out, _ = run(capsys, "quotes", "--db", db, "--speaker", "BRANDT", "--format", "json")
    rows = json.loads(out)
    assert code == 0 and {r["quote_id"] for r in rows} == {"q2"} and rows[0]["speaker"] == "Olaf Brandt"
    assert rows[0]["published"] == "2021-03-05"
    code, out, _ = run(capsys, "quotes", "--db", db, "--speaker", "nobody")
    assert code == 0 and "no quotes found" in out


def test_quotes_resolved_flag(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    article = build()
    path = tmp_path / "q.duckdb"
    with open_store(path) as store:
        store.ingest([dataclasses.replace(article, quotes=(article.quotes[0],
                                                           dataclasses.replace(article.quotes[1], speaker=None)))])
    code, out, _ = run(capsys, "quotes", "--db", str(path), "--resolved", "--format", "json")
    assert code == 0 and [r["quote_id"] for r in json.loads(out)] == ["q1"]
    code, out, _ = run(capsys, "quotes", "--db", str(path), "--format", "json")
    assert code == 0 and [r["quote_id"] for r in json.loads(out)] == ["q1", "q2"]


def test_quotes_by_text_with_the_events_inside_them(capsys: pytest.CaptureFixture[str], db: str) -> None:
    code, out, _ = run(capsys, "quotes", "--db", db, "--text", "Send", "--format", "json")
    rows = json.loads(out)
    assert code == 0 and [(r["article_id"], r["quote_id"], r["events"]) for r in rows] == \
        [("art-1", "q2", ["e2"]), ("art-2", "q2", ["e2"])]
    code, out, _ = run(capsys, "quotes", "--db", db, "--text", "sanctions")
    assert code == 0 and "no quotes found" in out


def test_actors_table(capsys: pytest.CaptureFixture[str], db: str) -> None:
    code, out, _ = run(capsys, "actors", "--db", db)
    assert code == 0 and "Anna Varga" in out and "RURGOV" in out
    code, out, _ = run(capsys, "actors", "--db", db, "--format", "csv", "--name", "troops")
    assert out.splitlines() == ["name,kind,code,country,sector,articles,mentions",
                                "Ruritanian troops,group,RURMIL,RUR,MIL,2,2"]


def test_summary(capsys: pytest.CaptureFixture[str], db: str) -> None:
    code, out, _ = run(capsys, "summary", "--db", db)
    assert code == 0
    for expected in ("2 articles", "6 events", "4 quotes", "THREATEN", "RURGOV", "Anna Varga",
                     "We have agreed to open the border"):
        assert expected in out


@pytest.mark.parametrize("command", ["events", "quotes", "actors", "summary"])
def test_a_query_on_a_missing_store(capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str) -> None:
    db = tmp_path / "none.duckdb"
    code, out, err = run(capsys, command, "--db", str(db))
    assert code == 2 and out == "" and err.startswith(f"error: {db}: no store here")
    assert not db.exists()


def test_bad_option_values(capsys: pytest.CaptureFixture[str], db: str) -> None:
    code, _, err = run(capsys, "events", "--db", db, "--since", "yesterday")
    assert code == 2 and err.strip() == "error: 'yesterday' is not a date; use YYYY-MM-DD, YYYY-MM or YYYY"
    code, _, err = run(capsys, "events", "--db", db, "--format", "xml")
    assert code == 2 and "Invalid value for '--format'" in err


def test_extract_still_writes_one_line_per_input(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = jsonl(tmp_path / "in.jsonl", line("a", "Talks resumed on Monday.", published="2021-06-01"), "oops",
                   line("c", "The envoy left."))
    output = tmp_path / "out" / "result.jsonl"
    code, _, err = run(capsys, "extract", str(source), "-o", str(output))
    records = [json.loads(x) for x in output.read_text(encoding="utf-8").splitlines()]
    assert code == 1 and f"error: {source}:2" in err
    assert [r["id"] for r in records] == ["a", f"{source}:2", "c"] and "error" in records[1]


# -- export and grouped events ------------------------------------------------------------------------------------

@pytest.fixture()
def wire_db(tmp_path: Path) -> str:
    """Two outlets report the same three events: each becomes one group of two reports."""
    from tests.test_store import reported

    path = tmp_path / "wire.duckdb"
    with open_store(path) as store:
        store.ingest([reported("wire-a", "Agency A", None), reported("wire-b", "Agency B", None)])
    return str(path)


def test_events_grouped_counts_the_reports(capsys: pytest.CaptureFixture[str], wire_db: str) -> None:
    code, out, _ = run(capsys, "events", "--grouped", "--format", "json", "--db", wire_db)
    rows = json.loads(out)
    assert code == 0 and [(r["event"], r["articles"], r["sources"]) for r in rows] == [
        ("CONSULT", 2, 2), ("AID", 2, 2), ("THREATEN", 2, 2)]
    code, out, _ = run(capsys, "events", "--grouped", "--type", "CONSULT", "--db", wire_db)
    assert code == 0 and "Articles" in out and "Anna Varga" in out
    code, _, err = run(capsys, "events", "--grouped", "--by", "month", "--db", wire_db)
    assert code == 2 and "--grouped" in err


@pytest.mark.parametrize("fmt, lines", [("gdelt", 2), ("plover", 6), ("jsonl", 2)])
def test_export_to_stdout_and_files(capsys: pytest.CaptureFixture[str], tmp_path: Path, wire_db: str, fmt: str,
                                    lines: int) -> None:
    code, out, err = run(capsys, "export", "--format", fmt, "--db", wire_db)
    assert code == 0 and len(out.splitlines()) == lines and err.startswith("stdout: ")
    target = tmp_path / f"out.{fmt}"
    code, out, err = run(capsys, "export", "--format", fmt, "--db", wire_db, "-o", str(target))
    assert code == 0 and out == "" and len(target.read_text(encoding="utf-8").splitlines()) == lines


def test_export_parquet_wants_a_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path, wire_db: str) -> None:
    code, _, err = run(capsys, "export", "--format", "parquet", "--db", wire_db)
    assert code == 2 and "-o FOLDER" in err
    code, _, err = run(capsys, "export", "--format", "parquet", "--db", wire_db, "-o", str(tmp_path / "pq"))
    assert code == 0 and "6 events" in err and (tmp_path / "pq" / "event_groups.parquet").exists()


def test_export_gdelt_options(capsys: pytest.CaptureFixture[str], wire_db: str) -> None:
    code, out, _ = run(capsys, "export", "--format", "gdelt", "--all", "--header", "--db", wire_db)
    rows = list(csv.reader(io.StringIO(out), delimiter="\t"))
    assert code == 0 and rows[0][0] == "GlobalEventID" and len(rows) == 4 and all(len(r) == 61 for r in rows)


# -- your own dictionaries ---------------------------------------------------------------------------------------

def test_import_dictionary_writes_a_table_the_knowledge_dir_uses(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "my.agents.txt"
    source.write_text("TROOPER [~COP]\n", encoding="utf-8")
    mine = tmp_path / "mine"
    mine.mkdir()
    code, _, err = run(capsys, "import-dictionary", str(source), "--kind", "agents", "-o", str(mine / "agents.tsv"))
    assert code == 0, err
    rows = (mine / "agents.tsv").read_text(encoding="utf-8")
    assert "trooper\tCOP" in rows and "officials\tGOV" in rows  # imported rows, then eventwire's own (merge)

    seen = []
    parse_only_pipeline = cli.make_pipeline  # the autouse fixture's: stages off, spaCy shared
    monkeypatch.setattr(cli, "make_pipeline", lambda settings: seen.append(settings) or parse_only_pipeline(settings))
    article = jsonl(tmp_path / "in.jsonl", line("a", "A trooper spoke."))
    code, _, err = run(capsys, "extract", str(article), "-o", str(tmp_path / "out.jsonl"), "--knowledge-dir", str(mine))
    assert code == 0, err
    assert seen and seen[0].knowledge_dir == mine


def test_knowledge_dir_must_exist(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    article = jsonl(tmp_path / "in.jsonl", line("a", "Text."))
    code, _, err = run(capsys, "extract", str(article), "--knowledge-dir", str(tmp_path / "missing"))
    assert code == 2 and "missing" in err



def test_csv_joins_list_cells(capsys: pytest.CaptureFixture[str]) -> None:
    import dataclasses as dc

    @dc.dataclass(frozen=True)
    class Row:
        quote: str
        events: tuple[str, ...]

    cli._render([Row("q1", ("e1", "e2")), Row("q2", ())], "csv", None, [], "quotes")
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows == [{"quote": "q1", "events": "e1; e2"}, {"quote": "q2", "events": ""}]


def test_import_dictionary_into_a_knowledge_dir_reports_what_failed(capsys: pytest.CaptureFixture[str],
                                                                     tmp_path: Path) -> None:
    source = tmp_path / "my.actors.txt"
    source.write_text("VALDORIA_ [VLD]\n+VALDORIAN\nNOBODY [---]\nMIRA_OSTEN [VLDGOV 950101-991231]\n",
                      encoding="utf-8")
    mine = tmp_path / "mine"
    code, _, err = run(capsys, "import-dictionary", str(source), "--kind", "actors", "--no-merge", "--into", str(mine))
    assert code == 0, err
    assert (mine / "countries.tsv").exists() and (mine / "people.tsv").exists()
    assert "converted 2 entries" in err and "not converted: no actor code" in err
    verbs = tmp_path / "my.verbs.txt"
    verbs.write_text("--- PAINT [050] ---\nPAINT\n- * FENCE [zz]\n", encoding="utf-8")
    code, _, err = run(capsys, "import-dictionary", str(verbs), "--kind", "verbs", "--into", str(mine),
                       "-o", str(tmp_path / "v.tsv"))
    assert code == 0 and (mine / "verb_dictionary.tsv").exists() and (tmp_path / "v.tsv").exists()
    assert "not an event code" in err


def test_import_dictionary_needs_a_destination(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = tmp_path / "my.verbs.txt"
    source.write_text("--- PAINT [050] ---\nPAINT\n", encoding="utf-8")
    code, _, err = run(capsys, "import-dictionary", str(source), "--kind", "verbs")
    assert code == 2 and "--into" in err
