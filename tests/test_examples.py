"""examples/analyst.py runs: it ingests sample articles and draws both pictures (CI runs it here)."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from eventwire import Pipeline
from eventwire.store import open_store

ROOT = Path(__file__).resolve().parents[1]


def _example():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("analyst_example", ROOT / "examples" / "analyst.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_example_ingests_and_draws(tmp_path: Path, pipeline: Pipeline) -> None:
    example = _example()
    # Four sample articles keep the test short; the script's default is the whole sample corpus.
    lines = (ROOT / "samples" / "wikinews_politics.jsonl").read_text(encoding="utf-8").splitlines()
    picked = [line for line in lines if "Iran" in json.loads(line)["text"]][:4]
    corpus = tmp_path / "some.jsonl"
    corpus.write_text("\n".join(picked) + "\n", encoding="utf-8")
    with open_store(tmp_path / "ex.duckdb") as store:
        report = example.ingest(store, [str(corpus)], pipeline=pipeline)
        assert report.added == 4 and not report.failed
        again = example.ingest(store, [str(corpus)], pipeline=pipeline)
        assert again.unchanged == 4
        timeline = example.dyad_timeline(store, tmp_path / "timeline.png")
        network = example.actor_network(store, tmp_path / "network.png")
    for picture in (timeline, network):
        assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and picture.stat().st_size > 5000
