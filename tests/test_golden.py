"""Golden outputs: a few sample articles must give exactly the checked-in contract records.

After an intended change of output, `make golden` rewrites them; `git diff tests/golden/` shows what moved.
"""
from __future__ import annotations

import json

import pytest

from eventwire import Pipeline

from .goldens import ARTICLE_IDS, fresh_records, golden_path, read_golden, record_diff, render, sample_articles


def test_golden_outputs_are_unchanged(pipeline: Pipeline) -> None:
    texts = {article.id: article.text for article in sample_articles()}
    problems = []
    for record in fresh_records(pipeline):
        path = golden_path(record["id"])
        if not path.exists():
            problems.append(f"{path.name} is missing")
            continue
        changes = record_diff(read_golden(record["id"]), record, texts[record["id"]])
        if changes:
            problems.append(f"{record['id']}: {len(changes)} records differ\n  " + "\n  ".join(changes))
    if problems:
        pytest.fail("output differs from tests/golden/ (run `make golden` if the change is intended, then review "
                    "`git diff tests/golden/`):\n" + "\n".join(problems), pytrace=False)


def test_every_golden_file_is_listed() -> None:
    files = {path.name for path in golden_path(ARTICLE_IDS[0]).parent.glob("*.json")}
    assert files == {golden_path(article_id).name for article_id in ARTICLE_IDS}


def _record() -> dict:
    return {
        "id": "a1", "published": "2020-01-02",
        "actors": [{"id": "A1", "name": "Ruritania", "mentions": [[0, 9]], "code": "RUR"}],
        "events": [{"id": "E1", "event": "CONSULT", "cameo": "040", "trigger": [10, 13], "sentence": [0, 30]}],
        "quotes": [], "times": [{"span": [20, 29], "type": "DATE", "value": "2020-01-01", "mod": None}],
        "places": [],
    }


def test_record_diff_names_the_changed_added_and_removed_records() -> None:
    old, new = _record(), _record()
    new["actors"][0]["code"] = "RURGOV"
    new["times"] = []
    new["places"] = [{"id": "P1", "span": [0, 9], "name": "Ruritania", "country": "RUR"}]
    lines = record_diff(old, new, "Ruritania met on Monday, in the capital")
    assert lines[0] == "actors changed Ruritania @[0, 9] (id A1): code 'RUR' → 'RURGOV'"
    assert lines[1].startswith("times removed @[20, 29]: ")
    assert lines[2].startswith("places added @[0, 9]: ")
    assert len(lines) == 3


def test_record_diff_keys_records_by_span_not_id() -> None:
    old, new = _record(), _record()
    new["events"][0]["id"] = "E2"  # renumbered only
    assert record_diff(old, new) == ["events changed CONSULT trigger@[10, 13] sentence@[0, 30] (id E1): "
                                      "id 'E1' → 'E2'"]
    assert record_diff(old, _record()) == []


@pytest.mark.parametrize("record", [_record(), {"id": "b", "actors": [], "events": [], "error": "x"}])
def test_render_is_json_with_one_record_per_line(record: dict) -> None:
    text = render(record)
    assert json.loads(text) == record
    lines = [line.rstrip(",") for line in text.splitlines()]
    for section in ("actors", "events", "quotes", "times", "places"):
        for item in record.get(section, []):
            assert f"  {json.dumps(item, ensure_ascii=False, sort_keys=True)}" in lines
