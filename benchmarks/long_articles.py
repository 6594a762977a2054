"""Cost of one long article: seconds per 100 KB at 10 KB, 100 KB and 1 MB, and the peak memory of a 10 MB
text processed with --split.

    .venv/bin/python benchmarks/long_articles.py                    # sizes 10k,100k,1m and a 10 MB split run
    .venv/bin/python benchmarks/long_articles.py --sizes 10000,100000 --split-mb 0
    .venv/bin/python benchmarks/long_articles.py --repeat 3 --split-mb 0   # medians of 3 runs of each

The texts are real news text: the articles of ../shared/corpus/wikinews (CC BY 2.5, read in place, never
copied here) or of samples/, concatenated, one paragraph per line. Each size is extracted in a fresh
process (`eventwire extract --time-limit 0`); a warm-up run of the same process kind on the first 2,000
characters of the same text loads the model and every table the stages load lazily (a one-line warm-up
left the gazetteer's loading in the 10 KB run), and the cost per 100 KB is (size's seconds - warm-up's) /
(size - 2,000 characters). The split run's peak resident memory (RSS) is that of its process.
Each size also gets the process's CPU seconds (user + system, the warm-up's subtracted likewise): on a
shared machine wall time measures the neighbours too.
"""
from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = (ROOT.parent / "shared" / "corpus" / "wikinews" / "all_293.jsonl", ROOT / "samples" / "wikinews_politics.jsonl")
WARM_CHARS = 2_000
EVENTWIRE = str(Path(sys.executable).with_name("eventwire"))


def corpus_text() -> str:
    for source in SOURCES:
        if source.exists():
            with source.open(encoding="utf-8") as handle:
                return "\n".join(json.loads(line)["text"] for line in handle if line.strip())
    raise SystemExit("no corpus found: need ../shared/corpus/wikinews or samples/")


def text_of(size: int, corpus: str) -> str:
    text = corpus
    while len(text) < size:
        text += "\n" + corpus
    cut = text.rfind("\n", 0, size)
    return text[:cut if cut > size // 2 else size]


def extract(text: str, folder: Path, *options: str) -> tuple[float, int, float]:
    """Seconds of one `eventwire extract` of `text`, the peak RSS (KB) and the CPU seconds of its process."""
    source = folder / "in.jsonl"
    source.write_text(json.dumps({"id": "long", "text": text}) + "\n", encoding="utf-8")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([EVENTWIRE, "extract", str(source), "-o", str(folder / "out.jsonl"), "--force",
                           "--time-limit", "0", *options], capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"extract failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return seconds, max(before.ru_maxrss, after.ru_maxrss), cpu


def medians(runs: list[tuple[float, int, float]]) -> tuple[float, float]:
    """The median wall and CPU seconds of some runs of `extract`."""
    return statistics.median(run[0] for run in runs), statistics.median(run[2] for run in runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000,1000000", help="text sizes in characters")
    parser.add_argument("--split-mb", type=float, default=10.0, help="size of the --split run in MB (0: none)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of the warm-up and of each size (medians)")
    args = parser.parse_args()
    corpus = corpus_text()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        repeat = max(args.repeat, 1)
        warm_text = text_of(WARM_CHARS, corpus)
        warm, warm_cpu = medians([extract(warm_text, folder) for _ in range(repeat)])
        for size in (int(s) for s in args.sizes.split(",") if s):
            text = text_of(size, corpus)
            seconds, cpu = medians([extract(text, folder) for _ in range(repeat)])
            work = max(seconds - warm, 0.0)
            cpu_work = max(cpu - warm_cpu, 0.0)
            chars = max(len(text) - len(warm_text), 1)
            print(f"{len(text):>9,} chars: {seconds:7.1f} s total, {work:7.1f} s after the warm-up "
                  f"({warm:.1f} s), {work / chars * 100_000:6.2f} s per 100 KB; CPU "
                  f"{cpu_work / chars * 100_000:6.2f} s per 100 KB"
                  + (f" (medians of {repeat} runs)" if repeat > 1 else ""), flush=True)
        if args.split_mb:
            text = text_of(int(args.split_mb * 1_000_000), corpus)
            seconds, peak, _ = extract(text, folder, "--split", "--max-chars", "1000000")
            print(f"{len(text):>9,} chars with --split: {seconds:7.1f} s, peak RSS {peak / 1024:,.0f} MB", flush=True)


if __name__ == "__main__":
    main()
