"""Corrections: kept apart from the machine rows, applied by every query and export, surviving re-ingest."""
from __future__ import annotations

import dataclasses
import io
import json
from pathlib import Path

import pytest

from eventwire import Pipeline
from eventwire.corrections import all_corrections, correct, history, parse_event_ref, suggest, write_jsonl
from eventwire.errors import SettingsError, StoreError
from eventwire.formats.exports import export
from eventwire.store import open_store
from tests.workbench import ARTICLES, make_store


@pytest.fixture()
def db(tmp_path: Path, pipeline: Pipeline) -> Path:
    return make_store(tmp_path / "w.duckdb", pipeline)


def _event(store, article_id: str, trigger: str):
    return next(r for r in store.events() if r.article_id == article_id and r.trigger == trigger)


def test_a_cameo_correction_recodes_type_goldstein_and_quadclass_everywhere(db: Path) -> None:
    with open_store(db) as store:
        machine = _event(store, "hostile-1", "attacked")
        assert (machine.event, machine.quad_class) == ("ASSAULT", 4)
        made = correct(store, "hostile-1", machine.event_id, cameo="112", user="ana", why="a verbal attack")
        assert (made.event, made.goldstein, made.quad_class, made.made_by) == ("ACCUSE", -2.0, 3, "ana")
        fixed = _event(store, "hostile-1", "attacked")
        assert (fixed.event, fixed.cameo, fixed.goldstein, fixed.quad_class) == ("ACCUSE", "112", -2.0, 3)
        assert fixed.mode == "disapprove"  # the PLOVER mode of CAMEO 112, as the codebook gives it
        assert all(r.event == "ACCUSE" for r in store.events(type="11") if r.trigger == "attacked")
        assert not any(r.article_id == "hostile-1" for r in store.events(type="ASSAULT"))
        periods = {(p.period, p.event) for p in store.timeline(actor="RUS", by="month")}
        assert ("2024-02", "ACCUSE") in periods
        out = io.StringIO()
        export(store, "plover", out)
        plover = [json.loads(line) for line in out.getvalue().splitlines()]
        assert [p["event"] for p in plover if p["id"] == f"hostile-1:{machine.event_id}"] == [["ACCUSE"]]  # PLOVER lists the event types
        out = io.StringIO()
        export(store, "jsonl", out)
        record = next(json.loads(line) for line in out.getvalue().splitlines() if '"hostile-1"' in line)
        event = next(e for e in record["events"] if e["id"] == machine.event_id)
        assert (event["event"], event["cameo"], event["mode"], event["goldstein"]) == ("ACCUSE", "112", "disapprove", -2.0)
    with open_store(db, read_only=True, raw=True) as raw:
        assert _event(raw, "hostile-1", "attacked").event == "ASSAULT"
        out = io.StringIO()
        export(raw, "jsonl", out)
        assert '"cameo": "190"' in out.getvalue()


def test_wrong_hides_an_event_and_not_wrong_brings_it_back(db: Path) -> None:
    with open_store(db) as store:
        before = len(store.events())
        event = _event(store, "front-4", "attacked")
        correct(store, "front-4", event.event_id, wrong=True, why="not an attack")
        assert len(store.events()) == before - 1
        out = io.StringIO()
        export(store, "jsonl", out)
        record = next(json.loads(line) for line in out.getvalue().splitlines() if '"front-4"' in line)
        assert record["events"] == []
        assert not any(g.first_article == "front-4" for g in store.event_groups())
        correct(store, "front-4", event.event_id, wrong=False)
        assert len(store.events()) == before
        assert [c.wrong for c in history(store, "front-4", event.event_id)] == [True, False]


def test_corrections_survive_refresh_and_an_edit_elsewhere_in_the_article(db: Path, pipeline: Pipeline) -> None:
    with open_store(db) as store:
        event = _event(store, "front-3", "accused")
        correct(store, "front-3", event.event_id, source="UKRGOV", target="-", why="the government spoke")
        store.ingest(pipeline.pipe([ARTICLES[2]]), refresh=True)
        again = _event(store, "front-3", "accused")
        assert (again.source, again.target) == ("UKRGOV", None)
        # A new sentence before it renumbers the events and shifts every offset: the anchor still holds.
        edited = dataclasses.replace(ARTICLES[2], text="Officials met in Geneva on Friday. " + ARTICLES[2].text)
        assert store.ingest(pipeline.pipe([edited])).replaced == 1
        moved = _event(store, "front-3", "accused")
        assert moved.event_id != event.event_id and (moved.source, moved.target) == ("UKRGOV", None)
        assert len(history(store, "front-3", moved.event_id)) == 1


def test_the_latest_correction_of_a_field_wins_and_the_history_keeps_all(db: Path) -> None:
    with open_store(db) as store:
        event = _event(store, "talks-2", "condemned")
        correct(store, "talks-2", event.event_id, type="REJECT", user="a")
        assert _event(store, "talks-2", "condemned").event == "REJECT"
        assert _event(store, "talks-2", "condemned").cameo is None  # a type alone has no CAMEO code
        correct(store, "talks-2", event.event_id, cameo="111", user="b")
        row = _event(store, "talks-2", "condemned")
        assert (row.event, row.cameo) == ("ACCUSE", "111")
        assert [c.made_by for c in history(store, "talks-2", event.event_id)] == ["a", "b"]
        out = io.StringIO()
        assert write_jsonl(all_corrections(store), out) == 2
        first = json.loads(out.getvalue().splitlines()[0])
        assert first["machine_event"] == "ACCUSE" and first["event"] == "REJECT" and first["made_at"]


def test_bad_corrections_are_refused(db: Path) -> None:
    with open_store(db) as store:
        event = _event(store, "talks-2", "met")
        with pytest.raises(SettingsError, match="not a PLOVER"):
            correct(store, "talks-2", event.event_id, type="HUG")
        with pytest.raises(SettingsError, match="not a CAMEO event code"):
            correct(store, "talks-2", event.event_id, cameo="999")
        with pytest.raises(SettingsError, match="is ACCUSE in PLOVER"):
            correct(store, "talks-2", event.event_id, cameo="112", type="ASSAULT")
        with pytest.raises(SettingsError, match="actor code"):
            correct(store, "talks-2", event.event_id, source="not a code!")
        with pytest.raises(SettingsError, match="no event"):
            correct(store, "talks-2", "e99", wrong=True)
        with pytest.raises(SettingsError, match="nothing to correct"):
            correct(store, "talks-2", event.event_id)
        assert all_corrections(store) == []
    with open_store(db, read_only=True) as store, pytest.raises(StoreError, match="read-only"):
        correct(store, "talks-2", "e1", wrong=True)


def test_event_references() -> None:
    assert parse_event_ref("nyt/2024/42/e3") == ("nyt/2024/42", "e3")
    assert parse_event_ref("e3", article="a b") == ("a b", "e3")
    with pytest.raises(SettingsError):
        parse_event_ref("e3")


def test_suggest_turns_agreeing_corrections_into_a_verb_pattern(db: Path, pipeline: Pipeline) -> None:
    with open_store(db) as store:
        # Two analysts recode "attacked ... positions" as an accusation; "attacked Ukrainian villages" is
        # another object, and the Belarusian "attacked Polish positions" is what the rule would change.
        assert suggest(store, pipeline.nlp) == []
        first = _event(store, "hostile-1", "attacked")
        second = _event(store, "front-4", "attacked")
        correct(store, "hostile-1", first.event_id, cameo="112", user="ana")
        assert suggest(store, pipeline.nlp, min_count=2) == []  # one correction is no pattern yet
        correct(store, "front-4", second.event_id, cameo="112", user="ben")
        rules = suggest(store, pipeline.nlp, min_count=2)
        assert [(r.verb, r.prep, r.object, r.code) for r in rules] == [("attack", None, "position", "112")]
        assert {c.article_id for c in rules[0].fixed} == {"hostile-1", "front-4"}
        assert rules[0].would_change == 1  # border-5; front-3's villages are another object
        assert rules[0].row().split("\t")[:6] == ["attack", "", "position", "112", "", ""]
