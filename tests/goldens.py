"""Golden outputs: the contract records of a few sample articles, checked in under tests/golden/.

`tests/test_golden.py` compares fresh output with them; `make golden` (tools/regenerate_golden.py) rewrites
them after an intended change. Each file holds one record per line so that `git diff` shows which records
moved, and `record_diff` names the changed records and fields when the test fails.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable, Iterator

from eventwire import Pipeline
from eventwire.formats.contract import to_contract
from eventwire.formats.readers import read_jsonl
from eventwire.records import Article

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "wikinews_politics.jsonl"
GOLDEN = ROOT / "tests" / "golden"
# Short articles (1-1.4k characters) that between them have every kind of record: events with places,
# direct and indirect quotes, dates and durations, cities and countries.
ARTICLE_IDS = (
    "wikinews-2019-01-30-450ce3fd",
    "wikinews-2020-01-13-4e37ba5a",
    "wikinews-2020-09-05-ea452728",
    "wikinews-2020-11-17-b2dbd226",
)
SECTIONS = ("actors", "events", "quotes", "times", "places")


def golden_path(article_id: str) -> Path:
    return GOLDEN / f"{article_id}.json"


def sample_articles() -> list[Article]:
    """The golden articles, read as `eventwire extract` reads them, in ARTICLE_IDS order."""
    found = {item.id: item for item in read_jsonl(SAMPLES) if item.id in ARTICLE_IDS}
    missing = [article_id for article_id in ARTICLE_IDS if not isinstance(found.get(article_id), Article)]
    if missing:
        raise LookupError(f"{SAMPLES.name} has no readable article {', '.join(missing)}")
    return [found[article_id] for article_id in ARTICLE_IDS]  # type: ignore[misc]


def fresh_records(pipeline: Pipeline) -> Iterator[dict[str, Any]]:
    """The contract record of each golden article as the checkout produces it now (through JSON, as written)."""
    for item in pipeline.pipe(sample_articles()):
        if not isinstance(item, Article):
            raise RuntimeError(f"{item.id} failed: {item.reason}")
        yield json.loads(json.dumps(to_contract(item), ensure_ascii=False, sort_keys=True))


def render(record: dict[str, Any]) -> str:
    """A golden file: valid JSON, keys sorted, each record of a section on a line of its own."""
    def line(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, sort_keys=True)

    parts = []
    for key in sorted(record):
        value = record[key]
        if key in SECTIONS and value:
            items = ",\n".join(f"  {line(item)}" for item in value)
            parts.append(f" {line(key)}: [\n{items}\n ]")
        else:
            parts.append(f" {line(key)}: {line(value)}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


def read_golden(article_id: str) -> dict[str, Any]:
    return json.loads(golden_path(article_id).read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _key(section: str, item: dict[str, Any]) -> str:
    """What identifies a record across runs: its place in the text, not its id (ids renumber when a record
    is added before it)."""
    if section == "actors":
        return f"{item['name']} @{item['mentions'][0] if item['mentions'] else '-'}"
    if section == "events":
        return f"{item['event'] or item['cameo']} trigger@{item['trigger']} sentence@{item['sentence']}"
    if section == "quotes":
        return f"{item['kind']} @{item['content'][0] if item['content'] else item['cue']}"
    return f"@{item['span']}"


def _keyed(section: str, items: Iterable[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    keyed: dict[str, dict[str, Any]] = {}
    for item in items:
        key = _key(section, item)
        while key in keyed:  # two records on one span: keep both
            key += "'"
        keyed[key] = item
    return keyed


def record_diff(old: dict[str, Any], new: dict[str, Any], text: str = "") -> list[str]:
    """The records that differ between a golden record and a fresh one, one line each: added, removed, or
    changed with the fields that changed (old → new). Empty when they are equal."""
    lines = []

    def quoted(span: Any) -> str:
        if text and isinstance(span, list) and len(span) == 2 and all(isinstance(n, int) for n in span):
            return f" {text[span[0]:span[1]]!r}"
        return ""

    for key in sorted(set(old) | set(new)):
        if key in SECTIONS or old.get(key) == new.get(key):
            continue
        lines.append(f"{key}: {old.get(key)!r} → {new.get(key)!r}")
    for section in SECTIONS:
        before, after = _keyed(section, old.get(section, [])), _keyed(section, new.get(section, []))
        for key in sorted(set(before) | set(after)):
            was, now = before.get(key), after.get(key)
            if was == now:
                continue
            if was is None:
                lines.append(f"{section} added {key}: {json.dumps(now, ensure_ascii=False, sort_keys=True)}")
            elif now is None:
                lines.append(f"{section} removed {key}: {json.dumps(was, ensure_ascii=False, sort_keys=True)}")
            else:
                fields = ", ".join(f"{name} {was.get(name)!r} → {now.get(name)!r}{quoted(now.get(name))}"
                                   for name in sorted(set(was) | set(now)) if was.get(name) != now.get(name))
                lines.append(f"{section} changed {key} (id {was.get('id', '-')}): {fields}")
    return lines


def regenerate(pipeline: Pipeline) -> list[Path]:
    """Rewrite every golden file from the checkout's output; remove those of articles no longer listed."""
    GOLDEN.mkdir(parents=True, exist_ok=True)
    written = []
    for record in fresh_records(pipeline):
        path = golden_path(record["id"])
        path.write_text(render(record), encoding="utf-8")
        written.append(path)
    for stale in set(GOLDEN.glob("*.json")) - set(written):
        stale.unlink()
    return written
