"""The command line under hostile input: a bad record fails alone, messages cannot be forged, bad option
values are clear errors (exit 2), never an internal error."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.store import open_store
from tests.test_cli import db, jsonl, line, parse_only, run  # noqa: F401  (fixtures)


def test_a_lone_surrogate_fails_its_record_alone_in_extract_and_ingest(capsys: pytest.CaptureFixture[str],
                                                                        tmp_path: Path) -> None:
    source = jsonl(tmp_path / "in.jsonl", line("a", "The minister spoke."), line("bad", "Bad \udc00 text."),
                   line("c", "The envoy left."))
    out = tmp_path / "out.jsonl"
    code, _, err = run(capsys, "extract", str(source), "-o", str(out))
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert code == 1 and [r["id"] for r in records] == ["a", "bad", "c"] and "error" in records[1]
    assert "error: bad: the text holds a lone surrogate U+DC00" in err
    db = tmp_path / "s.duckdb"
    for _ in range(2):  # the rerun finishes too: the good articles are stored, the bad one fails again
        code, _, err = run(capsys, "ingest", str(source), "--db", str(db))
        assert code == 1 and "1 failed" in err
    with open_store(db, read_only=True) as store:
        assert store.count("articles") == 2


@pytest.fixture()
def with_settings(monkeypatch: pytest.MonkeyPatch, pipeline: "Pipeline") -> None:
    """Like parse_only, but the pipeline takes the command's settings (--max-chars, --split, --time-limit)."""
    from eventwire import Pipeline, cli

    def make(settings: object) -> Pipeline:
        bare = Pipeline(settings, nlp=pipeline.nlp, knowledge=pipeline.knowledge)  # type: ignore[arg-type]
        bare.stages = ()
        return bare

    monkeypatch.setattr(cli, "make_pipeline", make)


def test_max_chars_fails_a_long_record_and_split_processes_it(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                              with_settings: None) -> None:
    long_text = "\n".join(["The minister spoke at length about the budget."] * 10)
    source = jsonl(tmp_path / "in.jsonl", line("short", "The envoy left."), line("long", long_text))
    out = tmp_path / "out.jsonl"
    code, _, err = run(capsys, "extract", str(source), "-o", str(out), "--max-chars", "200")
    assert code == 1 and "error: long: the text has 469 characters, more than the limit of 200" in err
    code, _, err = run(capsys, "extract", str(source), "-o", str(out), "--max-chars", "200", "--split")
    assert code == 0 and [json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()] == [
        "short", "long"]
    code, _, err = run(capsys, "ingest", str(source), "--db", str(tmp_path / "s.duckdb"), "--max-chars", "200")
    assert code == 1 and "1 added" in err and "1 failed" in err


def test_ids_cannot_forge_error_lines_or_reach_the_terminal_raw(capsys: pytest.CaptureFixture[str],
                                                                 tmp_path: Path) -> None:
    forged = "x\nerror: forged: everything failed\x1b[2J\u202e"
    source = jsonl(tmp_path / "in.jsonl", line(forged, ""), line("ok", "The minister spoke."))
    for command in (["extract", str(source), "-o", str(tmp_path / "out.jsonl")],
                    ["ingest", str(source), "--db", str(tmp_path / "s.duckdb")]):
        code, _, err = run(capsys, *command)
        assert code == 1, err
        errors = [x for x in err.splitlines() if x.startswith("error:")]
        assert errors == ["error: x\\nerror: forged: everything failed\\x1b[2J\\u202e: the text is empty"], err
        assert "\x1b" not in err and "\u202e" not in err


@pytest.mark.parametrize("args, words", [
    (["--km", "nan", "--near", "0,0"], "--km"),
    (["--km", "inf", "--near", "0,0"], "--km"),
    (["--actor", "   "], "--actor"),
    (["--type", ""], "--type"),
])
def test_option_values_that_mean_nothing_are_exit_2(capsys: pytest.CaptureFixture[str], db: str,
                                                    args: list[str], words: str) -> None:
    code, _, err = run(capsys, "events", "--db", db, *args)
    assert code == 2 and words in err, err
    code, _, err = run(capsys, "quotes", "--db", db, "--speaker", " ")
    assert code == 2 and "--speaker" in err
