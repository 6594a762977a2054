"""Run eventwire on a slice of an evaluation set and score it with that set's own scorer.

The sets live in ../shared/eval (evaluation only: nothing from them is copied into the repository; the tests
read them in place). Each gate writes the slice's input, gold and system output to a temporary folder and runs
the scorer as a subprocess, exactly as `run_dev.sh` does, then reads the scorer's JSON.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from eventwire import Pipeline, make_article
from eventwire.formats.contract import dumps
from eventwire.formats.readers import read_jsonl_lines


def head(path: Path, n: int | None) -> list[str]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return lines if n is None else lines[:n]


def extract_lines(pipeline: Pipeline, lines: list[str], out: Path) -> None:
    with out.open("w", encoding="utf-8") as handle:
        for item in pipeline.pipe(read_jsonl_lines(lines, out.name)):
            handle.write(dumps(item) + "\n")


def first_json(stdout: str) -> Any:
    data, _ = json.JSONDecoder().raw_decode(stdout[stdout.index("{"):])
    return data


def run_scorer(script: Path, args: list[str]) -> Any:
    done = subprocess.run([sys.executable, str(script), *args, "--json"], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, f"{script.name} failed: {done.stderr[-2000:]}"
    return first_json(done.stdout)


def slice_and_score(pipeline: Pipeline, tmp: Path, input_path: Path, gold_path: Path, n: int | None,
                    script: Path, extra: list[str]) -> Any:
    inputs = head(input_path, n)
    ids = {json.loads(line)["id"] for line in inputs}
    gold = [line for line in head(gold_path, None) if json.loads(line)["id"] in ids]
    (tmp / "input.jsonl").write_text("\n".join(inputs) + "\n", encoding="utf-8")
    (tmp / "gold.jsonl").write_text("\n".join(gold) + "\n", encoding="utf-8")
    extract_lines(pipeline, inputs, tmp / "system.jsonl")
    return run_scorer(script, ["--gold", str(tmp / "gold.jsonl"), "--system", str(tmp / "system.jsonl"), *extra])


__all__ = ["extract_lines", "first_json", "head", "make_article", "run_scorer", "slice_and_score"]
