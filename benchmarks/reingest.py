"""Re-ingesting an unchanged corpus costs a hash check per article, not a parse (issue 11).

    .venv/bin/python benchmarks/reingest.py [INPUT.jsonl] [--runs 3]

Times `eventwire ingest` (the real command, a fresh process each time, model load included) on a new store,
then again on the same store, `runs` times each, and prints the medians and their ratio.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("input", nargs="?", default=str(ROOT / "samples" / "wikinews_politics.jsonl"))
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    eventwire = str(Path(sys.executable).with_name("eventwire"))
    first, again = [], []
    with tempfile.TemporaryDirectory() as folder:
        for run in range(args.runs):
            db = str(Path(folder) / f"run{run}.duckdb")
            first.append(timed([eventwire, "ingest", args.input, "--db", db]))
            again.append(timed([eventwire, "ingest", args.input, "--db", db]))
    a, b = statistics.median(first), statistics.median(again)
    print(f"first ingest: median {a:.2f} s of {args.runs} ({', '.join(f'{x:.2f}' for x in first)})")
    print(f"re-ingest (unchanged): median {b:.2f} s of {args.runs} ({', '.join(f'{x:.2f}' for x in again)})")
    print(f"re-ingest / first ingest: {100 * b / a:.1f}%")


if __name__ == "__main__":
    main()
