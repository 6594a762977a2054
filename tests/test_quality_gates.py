"""Quality gates: the dev-set scorers on fast slices, with pinned minimums so a regression fails CI.

The minimums sit a little below what the pipeline measured on each slice when it was pinned (see the
closing notes of the issues); raise them when quality improves, never lower them to make a change pass.
"""
from __future__ import annotations

import subprocess
import sys


from .evalgate import extract_lines, first_json, slice_and_score

# name → minimum, measured on the slices below.
MINIMUM = {
    "seed_checks": 1.0,  # 58/58: every seed check holds
    "petr2_dyad_root_f1": 0.70,  # 0.730 on the whole dev half (43 sentences)
    "plover_macro_f1": 0.76,  # 0.792 on the whole dev half (159 sentences)
    "quotes_direct_mixed_quote_speaker_f1": 0.80,  # 0.819 on the first 12 dev articles
    "quotes_indirect_f1": 0.63,  # 0.653
    "time_value_f1": 0.82,  # 0.836 on the first 40 articles
    "time_strict_f1": 0.91,  # 0.929
    "geo_acc161": 0.83,  # 0.850 on the first 40 articles, literal toponyms
    "geo_detection_f1": 0.72,  # 0.743
    # 0.835 on all of PETRARCH's unit tests (issue 9: compounds, by-agents, agents, of-phrases, listed owners,
    # owner lists the parser split, shared modifiers and owner phrases, underscored names, names with several codes,
    # '%' compound actors, subjects misparsed as compounds; w16precision: assent is no agreement)
    "petr_unittest_records_passed": 0.83,
}


def test_seed_article(pipeline, shared_eval, tmp_path):
    seed = shared_eval / "seed"
    lines = (seed / "input.jsonl").read_text(encoding="utf-8").splitlines()
    extract_lines(pipeline, lines, tmp_path / "seed.jsonl")
    done = subprocess.run([sys.executable, str(seed / "score_seed.py"), str(tmp_path / "seed.jsonl"), "--json"],
                          capture_output=True, text=True, check=True)
    groups = first_json(done.stdout)
    checks = [row["ok"] for rows in groups.values() for row in rows]
    share = sum(checks) / len(checks)
    assert share >= MINIMUM["seed_checks"], done.stdout[-3000:]


def test_events_petr2(pipeline, shared_eval, tmp_path):
    events = shared_eval / "events"
    result = slice_and_score(pipeline, tmp_path, events / "petr2_gsr.dev.input.jsonl",
                             events / "petr2_gsr.dev.gold.jsonl", None, events / "score_events.py",
                             ["--set", "petr2_gsr"])
    assert result["headline"]["value"] >= MINIMUM["petr2_dyad_root_f1"]


def test_events_plover(pipeline, shared_eval, tmp_path):
    events = shared_eval / "events"
    result = slice_and_score(pipeline, tmp_path, events / "plover_gsr.dev.input.jsonl",
                             events / "plover_gsr.dev.gold.jsonl", None, events / "score_events.py",
                             ["--set", "plover_gsr"])
    assert result["headline"]["value"] >= MINIMUM["plover_macro_f1"]


def test_quotes(pipeline, shared_eval, tmp_path):
    quotes = shared_eval / "quotes"
    result = slice_and_score(pipeline, tmp_path, quotes / "dev.input.jsonl", quotes / "dev.gold.jsonl", 12,
                             quotes / "score_quotes.py", [])
    groups = result["groups"]
    assert groups["direct+mixed"]["quote+speaker"]["f1"] >= MINIMUM["quotes_direct_mixed_quote_speaker_f1"]
    assert groups["indirect"]["overlap 0.3"]["f1"] >= MINIMUM["quotes_indirect_f1"]


def test_times(pipeline, shared_eval, tmp_path):
    time = shared_eval / "time"
    result = slice_and_score(pipeline, tmp_path, time / "tbaq.input.jsonl", time / "tbaq.gold.jsonl", 40,
                             time / "score_time.py", [])
    assert result["headline"]["value_f1"] >= MINIMUM["time_value_f1"]
    assert result["headline"]["strict_f1"] >= MINIMUM["time_strict_f1"]


def test_places(pipeline, shared_eval, tmp_path):
    geo = shared_eval / "geo"
    result = slice_and_score(pipeline, tmp_path, geo / "gwn.input.jsonl", geo / "gwn.gold.jsonl", 40,
                             geo / "score_geo.py", ["--types", "literal"])
    assert result["headline"]["acc_161km"] >= MINIMUM["geo_acc161"]
    assert result["headline"]["detection_f1"] >= MINIMUM["geo_detection_f1"]


def test_petrarch_unit_tests(pipeline, shared_eval, tmp_path):
    """PETRARCH's own unit tests, coded with its test dictionaries converted at test time (as run_dev.sh does)."""
    from eventwire.knowledge.importer import import_dictionary
    from eventwire.pipeline import Pipeline
    from eventwire.settings import Settings

    events = shared_eval / "events"
    knowledge = tmp_path / "petr_dicts"
    knowledge.mkdir()
    for kind in ("actors", "agents", "verbs"):
        imported = import_dictionary(events / "petr_unittest" / f"PETR.Validate.{kind}.txt", kind, merge=False)
        for name, text in imported.files.items():
            (knowledge / name).write_text(text, encoding="utf-8")
    coded = Pipeline(Settings(knowledge_dir=knowledge), nlp=pipeline.nlp)
    result = slice_and_score(coded, tmp_path, events / "petr_unittest.input.jsonl", events / "petr_unittest.gold.jsonl",
                             None, events / "score_events.py", ["--set", "petr_unittest"])
    assert result["headline"]["value"] >= MINIMUM["petr_unittest_records_passed"]
