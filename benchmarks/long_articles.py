"""Cost of one long article: seconds per 100 KB at 10 KB, 100 KB and 1 MB, and the peak memory of a 10 MB
text processed with --split.

    .venv/bin/python benchmarks/long_articles.py                    # sizes 10k,100k,1m and a 10 MB split run
    .venv/bin/python benchmarks/long_articles.py --sizes 10000,100000 --split-mb 0

The texts are real news text: the articles of ../shared/corpus/wikinews (CC BY 2.5, read in place, never
copied here) or of samples/, concatenated, one paragraph per line. Each size is extracted in a fresh
process (`eventwire extract --time-limit 0`); the time of a one-line warm-up run of the same process kind
(model and tables loading) is subtracted. The split run's peak resident memory (RSS) is that of its process.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = (ROOT.parent / "shared" / "corpus" / "wikinews" / "all_293.jsonl", ROOT / "samples" / "wikinews_politics.jsonl")
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


def extract(text: str, folder: Path, *options: str) -> tuple[float, int]:
    """Seconds of one `eventwire extract` of `text` and the peak RSS (KB) of its process."""
    source = folder / "in.jsonl"
    source.write_text(json.dumps({"id": "long", "text": text}) + "\n", encoding="utf-8")
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    done = subprocess.run([EVENTWIRE, "extract", str(source), "-o", str(folder / "out.jsonl"), "--force",
                           "--time-limit", "0", *options], capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"extract failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    return seconds, max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000,1000000", help="text sizes in characters")
    parser.add_argument("--split-mb", type=float, default=10.0, help="size of the --split run in MB (0: none)")
    args = parser.parse_args()
    corpus = corpus_text()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        warm, _ = extract("The minister spoke on Monday.", folder)
        for size in (int(s) for s in args.sizes.split(",") if s):
            text = text_of(size, corpus)
            seconds, _ = extract(text, folder)
            work = max(seconds - warm, 0.0)
            print(f"{len(text):>9,} chars: {seconds:7.1f} s total, {work:7.1f} s after start-up "
                  f"({warm:.1f} s), {work / len(text) * 100_000:6.2f} s per 100 KB", flush=True)
        if args.split_mb:
            text = text_of(int(args.split_mb * 1_000_000), corpus)
            seconds, peak = extract(text, folder, "--split", "--max-chars", "1000000")
            print(f"{len(text):>9,} chars with --split: {seconds:7.1f} s, peak RSS {peak / 1024:,.0f} MB", flush=True)


if __name__ == "__main__":
    main()
