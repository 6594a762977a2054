"""The analyst's commands of issue 11: dyads, formats, summary JSON, filters, exit codes, progress."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from eventwire import cli
from eventwire.store import open_store
from tests.test_cli import jsonl, line, parse_only, run  # noqa: F401 - parse_only is an autouse fixture
from tests.test_dyads import iran_article
from tests.test_store import build


@pytest.fixture()
def db(tmp_path: Path) -> str:
    path = tmp_path / "iran.duckdb"
    with open_store(path) as store:
        store.ingest([iran_article(), build("art-2", "2022-05-10", "9 May 2022", "June 2022",
                                            values=("2022-05-09", "2022-06"))])
    return str(path)


def test_dyads_at_country_level(capsys: pytest.CaptureFixture[str], db: str) -> None:
    code, out, _ = run(capsys, "dyads", "--level", "country", "--format", "csv", "--db", db)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and (rows[0]["source"], rows[0]["target"], rows[0]["events"]) == ("IRN", "USA", "2")
    code, out, _ = run(capsys, "dyads", "--level", "country", "--both-directions", "--by", "month", "--format",
                       "csv", "--db", db)
    assert code == 0 and [(r["period"], r["source"], r["target"]) for r in csv.DictReader(io.StringIO(out))][:2] == [
        ("2020", "IRN", "USA"), ("2020-01", "IRN", "USA")]
    code, out, _ = run(capsys, "dyads", "--db", db)
    assert code == 0 and "Source" in out


def test_actor_by_country_name(capsys: pytest.CaptureFixture[str], db: str) -> None:
    _, by_name, _ = run(capsys, "events", "--actor", "Iran", "--recipient", "United States", "--format", "json",
                        "--db", db)
    _, by_code, _ = run(capsys, "events", "--actor", "IRN", "--recipient", "USA", "--format", "json", "--db", db)
    assert len(json.loads(by_name)) == len(json.loads(by_code)) == 2


def test_the_table_shows_the_day_and_its_precision(capsys: pytest.CaptureFixture[str], db: str) -> None:
    _, out, _ = run(capsys, "events", "--actor", "USA", "--db", db)
    assert "2020-01-01 (year)" in out


def test_csv_header_with_and_without_rows(capsys: pytest.CaptureFixture[str], db: str) -> None:
    for command in ("events", "quotes", "dyads"):
        _, full, _ = run(capsys, command, "--format", "csv", "--db", db)
        _, empty, _ = run(capsys, command, "--format", "csv", "--since", "2030", "--db", db)
        assert full.splitlines()[0] == empty.splitlines()[0] and len(empty.splitlines()) == 1


def test_ndjson_and_tsv(capsys: pytest.CaptureFixture[str], db: str) -> None:
    _, out, _ = run(capsys, "events", "--format", "ndjson", "--db", db)
    records = [json.loads(x) for x in out.splitlines()]
    assert records and all("date_precision" in r for r in records)
    _, out, _ = run(capsys, "events", "--format", "tsv", "--db", db)
    lines = out.splitlines()
    assert len(lines) == len(records) + 1 and all(x.count("\t") == lines[0].count("\t") for x in lines)


def test_a_tsv_cell_keeps_its_quotes_and_loses_its_tabs(capsys: pytest.CaptureFixture[str]) -> None:
    import dataclasses

    @dataclasses.dataclass(frozen=True)
    class Row:
        name: str
        said: str | None

    cli._render([Row('Ada "the envoy" Korr', "yes\tno\nmaybe"), Row("Tom", None)], "tsv", None, [], "rows")
    assert capsys.readouterr().out.splitlines() == ["name\tsaid", 'Ada "the envoy" Korr\tyes no maybe', "Tom\t"]


def test_summary_as_json(capsys: pytest.CaptureFixture[str], db: str) -> None:
    code, out, _ = run(capsys, "summary", "--format", "json", "--db", db)
    summary = json.loads(out)
    assert code == 0 and summary["articles"] == 2
    assert ["---GOV", "---COP", 1] not in summary["top_dyads"]
    _, out, _ = run(capsys, "summary", "--format", "json", "--all-dyads", "--db", db)
    assert ["---GOV", "---COP", 1] in json.loads(out)["top_dyads"]


def test_quotes_since_and_until(capsys: pytest.CaptureFixture[str], db: str) -> None:
    _, out, _ = run(capsys, "quotes", "--since", "2022", "--format", "json", "--db", db)
    assert {q["article_id"] for q in json.loads(out)} == {"art-2"}
    _, out, _ = run(capsys, "quotes", "--until", "2021-12", "--format", "json", "--db", db)
    assert json.loads(out) == []


def test_an_unknown_type_is_exit_2_with_the_valid_types(capsys: pytest.CaptureFixture[str], db: str) -> None:
    code, _, err = run(capsys, "events", "--type", "PARTY", "--db", db)
    assert code == 2 and "ASSAULT" in err and "CONSULT" in err


def test_export_takes_the_event_filters_and_new_formats(capsys: pytest.CaptureFixture[str], db: str) -> None:
    _, out, _ = run(capsys, "export", "--format", "plover", "--actor", "Iran", "--db", db)
    assert sorted(json.loads(x)["id"] for x in out.splitlines()) == ["ir-1:e1", "ir-1:e2"]
    _, out, _ = run(capsys, "export", "--format", "polecat", "--type", "ASSAULT", "--db", db)
    header, row = out.splitlines()
    assert header.split("\t")[:4] == ["Event ID", "Event Date", "Event Type", "Event Mode"]
    cells = dict(zip(header.split("\t"), row.split("\t")))
    assert (cells["Event Date"], cells["Actor Country"], cells["Recipient Name"]) == ("2020-01-03", "IRN",
                                                                                       "United States")
    _, out, _ = run(capsys, "export", "--format", "gdelt-mentions", "--header", "--db", db)
    lines = [x.split("\t") for x in out.splitlines()]
    assert len(lines[0]) == 16 and lines[0][0] == "GlobalEventID" and all(len(x) == 16 for x in lines)
    assert all(int(x[0]) < 2 ** 53 for x in lines[1:])
    code, _, _ = run(capsys, "export", "--format", "parquet", "--actor", "Iran", "-o", "/tmp/x", "--db", db)
    assert code == 2


def test_events_piped_into_head_exits_0(db: str) -> None:
    script = ("import sys; from eventwire.cli import main; "
              "sys.argv=['eventwire','events','--format','csv','--limit','0','--db',sys.argv[1]]; main()")
    # Many rows, so that the writer is still writing when head has left.
    with open_store(db) as store:
        store.ingest([iran_article(f"ir-{n}") for n in range(2, 400)])
    producer = subprocess.Popen([sys.executable, "-c", script, db], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert producer.stdout is not None
    producer.stdout.readline()
    producer.stdout.close()  # what head does after its lines
    assert producer.wait(timeout=60) == 0
    assert b"Traceback" not in producer.stderr.read()


def test_ingest_skips_other_languages_and_reports_them(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = jsonl(tmp_path / "in.jsonl", line("fr-1", "Le ministre des affaires étrangères a rencontré son "
                                                      "homologue à Genève lundi pour discuter de la frontière."),
                   line("en-1", "The foreign minister met his counterpart in Geneva on Monday to discuss the border."))
    code, _, err = run(capsys, "ingest", str(source), "--db", str(tmp_path / "s.duckdb"))
    assert code == 1 and "error: fr-1: skipped: the text is in language 'fr'" in err and "1 added" in err
    code, _, err = run(capsys, "ingest", str(source), "--lang", "en,fr", "--db", str(tmp_path / "s.duckdb"))
    assert code == 0 and "1 added, 0 replaced, 1 unchanged" in err


def test_ingest_urls_from_stdin(capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                site: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{site}/story\n{site}/missing\n"))
    code, _, err = run(capsys, "ingest", "--urls", "--local-urls", "-", "--db", str(tmp_path / "s.duckdb"))
    assert code == 1 and "1 added" in err and f"error: {site}/missing: cannot fetch the page: HTTP 404" in err


def test_rerun_does_not_load_the_model(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    source = jsonl(tmp_path / "in.jsonl", line("a", "The minister said talks would resume.", published="2021-06-01"))
    assert run(capsys, "ingest", str(source), "--db", str(tmp_path / "s.duckdb"))[0] == 0

    def no_model(settings: object) -> None:
        raise AssertionError("the model was loaded for an unchanged input")

    monkeypatch.setattr(cli, "make_pipeline", no_model)
    code, _, err = run(capsys, "ingest", str(source), "--db", str(tmp_path / "s.duckdb"))
    assert code == 0 and "0 added, 0 replaced, 1 unchanged" in err


def test_the_progress_bar_shows_rate_eta_and_loading_model() -> None:
    from rich.console import Console

    console = Console(file=io.StringIO(), force_terminal=True, width=140)
    progress = cli._progress(console, 4, "ingesting")
    seen: list[str] = []
    with progress:
        build_pipeline = cli._loading(progress, lambda: seen.append(progress.tasks[0].description) or "pipeline")
        assert build_pipeline() == "pipeline" and seen == ["loading model"]
        for _ in range(2):
            cli._advance(progress, "ingesting")
        task = progress.tasks[0]
        assert task.completed == 2 and task.total == 4
        rendered = "".join(str(column.render(task)) for column in progress.columns if hasattr(column, "render"))
    assert "ETA" in rendered and "articles/s" in console.file.getvalue()


from tests.formats.test_fetch import site  # noqa: E402,F401 - the local HTTP server fixture


def test_the_model_loads_under_loading_model(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[Any] = []
    real_progress, real_make = cli._progress, cli.make_pipeline

    def progress(*args: Any) -> Any:
        made.append(real_progress(*args))
        return made[-1]

    def make(settings: Any) -> Any:
        made.append(made[0].tasks[0].description)  # what the bar says while the model loads
        return real_make(settings)

    monkeypatch.setattr(cli, "_progress", progress)
    monkeypatch.setattr(cli, "make_pipeline", make)
    source = jsonl(tmp_path / "in.jsonl", line("a", "The minister said talks would resume."))
    for command in (["ingest", str(source), "--db", str(tmp_path / "s.duckdb")],
                    ["extract", str(source), "-o", str(tmp_path / "out.jsonl")]):
        made.clear()
        assert run(capsys, *command)[0] == 0
        assert made[1] == "loading model"
