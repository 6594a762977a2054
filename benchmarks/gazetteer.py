"""Gazetteer timings: load (build the indexes) and lookup/resolve per call; medians of several runs.

    .venv/bin/python benchmarks/gazetteer.py [--loads 3] [--calls 20000]
"""
from __future__ import annotations

import argparse
import statistics
import time

from eventwire.knowledge import Knowledge
from eventwire.knowledge.gazetteer import Context, load_gazetteer

NAMES = ("Vladivostok", "Springfield", "Paris", "Georgia", "Washington", "Vostochny Cosmodrome",
         "Komsomolsk-on-Amur", "Strait of Hormuz", "Nowhere-on-Nothing", "São Paulo")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loads", type=int, default=3)
    parser.add_argument("--calls", type=int, default=20_000)
    args = parser.parse_args()

    knowledge = Knowledge()
    knowledge.countries  # countries are another table's cost: load them outside the timing
    loads = []
    gazetteer = None
    for _ in range(args.loads):
        start = time.perf_counter()
        gazetteer = load_gazetteer(knowledge)
        loads.append(time.perf_counter() - start)
    assert gazetteer is not None
    print(f"load: median {statistics.median(loads):.2f} s over {args.loads} runs "
          f"({gazetteer.size} entries)")

    context = Context(countries={"USA": 1.0, "RUS": 0.5})
    for label, call in (("lookup", gazetteer.lookup), ("resolve", lambda n: gazetteer.resolve(n, context))):
        per_run = []
        for _ in range(5):
            start = time.perf_counter()
            for i in range(args.calls):
                call(NAMES[i % len(NAMES)])
            per_run.append((time.perf_counter() - start) / args.calls * 1e6)
        print(f"{label}: median {statistics.median(per_run):.1f} µs per call over 5 runs of {args.calls}")


if __name__ == "__main__":
    main()
