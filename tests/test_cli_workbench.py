"""The workbench commands: show, correct, corrections export/history/suggest, and --raw."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire import Pipeline
from tests.test_cli import run
from tests.workbench import make_store


@pytest.fixture()
def db(tmp_path: Path, pipeline: Pipeline) -> str:
    return str(make_store(tmp_path / "w.duckdb", pipeline))


def _events(capsys: pytest.CaptureFixture[str], db: str, *more: str) -> list[dict]:
    code, out, _ = run(capsys, "events", "--db", db, "--format", "json", *more)
    assert code == 0
    return json.loads(out)


def test_show_prints_the_article_with_codes_or_writes_one_page(capsys: pytest.CaptureFixture[str], db: str,
                                                               tmp_path: Path) -> None:
    code, out, _ = run(capsys, "show", "hostile-1", "--db", db)
    assert code == 0 and "attacked [ASSAULT 190" in out and "Russian troops [RUSMIL]" in out
    page = tmp_path / "a.html"
    code, _, err = run(capsys, "show", "hostile-1", "--db", db, "--html", str(page))
    assert code == 0 and "events" in err
    assert page.read_text(encoding="utf-8").startswith("<!doctype html>")
    code, _, err = run(capsys, "show", "missing", "--db", db)
    assert code == 2 and "no article 'missing'" in err


def test_correct_then_raw_history_and_export(capsys: pytest.CaptureFixture[str], db: str,
                                             monkeypatch: pytest.MonkeyPatch, pipeline: Pipeline) -> None:
    bombed = next(e for e in _events(capsys, db) if e["trigger"] == "bombed")
    ref = f"{bombed['article_id']}/{bombed['event_id']}"
    code, _, err = run(capsys, "correct", ref, "--db", db, "--cameo", "112", "--user", "kim", "--why", "a threat")
    assert code == 0 and "coded ACCUSE 112 by kim" in err
    fixed = next(e for e in _events(capsys, db) if e["trigger"] == "bombed")
    assert (fixed["event"], fixed["cameo"], fixed["goldstein"]) == ("ACCUSE", "112", -2.0)
    raw = next(e for e in _events(capsys, db, "--raw") if e["trigger"] == "bombed")
    assert (raw["event"], raw["cameo"]) == (bombed["event"], bombed["cameo"])
    code, _, _ = run(capsys, "correct", bombed["event_id"], "--article", bombed["article_id"], "--db", db,
                     "--wrong")
    assert code == 0 and not any(e["trigger"] == "bombed" for e in _events(capsys, db))
    code, out, _ = run(capsys, "corrections", "history", ref, "--db", db)
    assert code == 0 and len(out.splitlines()) == 2 and "kim" in out and "marked wrong" in out
    code, out, _ = run(capsys, "corrections", "export", "--db", db)
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["made_by"] for line in lines][0] == "kim" and lines[1]["wrong"] is True
    monkeypatch.setattr("eventwire.nlp.load_nlp", lambda model: pipeline.nlp)
    code, out, err = run(capsys, "corrections", "suggest", "--db", db)
    assert code == 0 and "no verb and object corrected" in err


def test_bad_corrections_exit_2(capsys: pytest.CaptureFixture[str], db: str) -> None:
    code, _, err = run(capsys, "correct", "talks-2/e1", "--db", db, "--type", "HUG")
    assert code == 2 and "not a PLOVER event type" in err
    code, _, err = run(capsys, "correct", "e1", "--db", db, "--wrong")
    assert code == 2 and "ARTICLE_ID/EVENT_ID" in err
