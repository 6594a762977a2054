"""CPU seconds per 100 KB of one long article, parse and stages apart, in one process: steadier than
long_articles.py's separate processes on a shared machine (no start-up to subtract, and CPU time, not wall).

    .venv/bin/python benchmarks/long_articles_cpu.py      # 10 KB (median of 7), 100 KB (of 3), 1 MB (1 run)

The texts are those of long_articles.py (real news text, concatenated); a 2,000-character article of the
same text is processed first, so that the model and every lazily loaded table are in place.
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_articles import WARM_CHARS, corpus_text, text_of  # noqa: E402

from eventwire.pipeline import Pipeline, make_article  # noqa: E402


def main() -> None:
    corpus = corpus_text()
    pipeline = Pipeline()
    warm = pipeline.parse([make_article("warm", text_of(WARM_CHARS, corpus))])[0]
    pipeline.annotate(warm)
    for size, runs in ((10_000, 7), (100_000, 3), (1_000_000, 1)):
        text = text_of(size, corpus)
        parse, stages = [], []
        for _ in range(runs):
            start = time.process_time()
            article = pipeline.parse([make_article("long", text)])[0]
            parse.append(time.process_time() - start)
            start = time.process_time()
            pipeline.annotate(article)
            stages.append(time.process_time() - start)
        per = 100_000 / len(text)
        p, s = statistics.median(parse), statistics.median(stages)
        print(f"{len(text):>9,} chars: parse {p * per:5.2f} + stages {s * per:5.2f} = {(p + s) * per:5.2f} CPU s "
              f"per 100 KB (median of {runs})", flush=True)


if __name__ == "__main__":
    main()
