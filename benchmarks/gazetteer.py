"""Gazetteer timings and memory: the cold build of the city index (cache miss), the cached load, lookup and
resolve per call, and the resident memory a loaded gazetteer adds; medians of several runs.

    .venv/bin/python benchmarks/gazetteer.py [--loads 5] [--calls 20000] [--cold 1]

The cold build writes into a temporary cache folder, so the user's cache is neither used nor touched by it.
"""
from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time

from eventwire.knowledge import Knowledge
from eventwire.knowledge.gazetteer import PlaceContext, cache_dir, load_gazetteer

NAMES = ("Vladivostok", "Springfield", "Paris", "Georgia", "Washington", "Vostochny Cosmodrome",
         "Komsomolsk-on-Amur", "Strait of Hormuz", "Nowhere-on-Nothing", "São Paulo")


def _rss_mb() -> float:
    """Resident set size now (Linux /proc; 0 elsewhere)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _median_load(knowledge: Knowledge, runs: int) -> tuple[float, object]:
    times = []
    gazetteer = None
    for _ in range(runs):
        start = time.perf_counter()
        gazetteer = load_gazetteer(knowledge)
        times.append(time.perf_counter() - start)
    return statistics.median(times), gazetteer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loads", type=int, default=5)
    parser.add_argument("--calls", type=int, default=20_000)
    parser.add_argument("--cold", type=int, default=1, help="cold builds to time (0 to skip: ~7 s each)")
    args = parser.parse_args()

    knowledge = Knowledge()
    knowledge.countries  # countries are another table's cost: load them outside the timing
    rss_before = _rss_mb()
    warm, gazetteer = _median_load(knowledge, 1)  # fills the user's cache if it is empty
    rss_after = _rss_mb()
    warm, gazetteer = _median_load(knowledge, args.loads)
    assert gazetteer is not None
    print(f"load (cached index in {cache_dir(knowledge.settings)}): median {warm:.3f} s over {args.loads} runs "
          f"({gazetteer.size} entries)")
    print(f"memory: a loaded gazetteer adds {rss_after - rss_before:.0f} MB RSS "
          f"(process {rss_after:.0f} MB after the first load)")

    if args.cold:
        cold = []
        for _ in range(args.cold):
            saved = os.environ.get("EVENTWIRE_CACHE_DIR")
            with tempfile.TemporaryDirectory() as folder:
                os.environ["EVENTWIRE_CACHE_DIR"] = folder
                try:
                    start = time.perf_counter()
                    load_gazetteer(knowledge)
                    cold.append(time.perf_counter() - start)
                finally:
                    if saved is None:
                        del os.environ["EVENTWIRE_CACHE_DIR"]
                    else:
                        os.environ["EVENTWIRE_CACHE_DIR"] = saved
        print(f"cold build (no cache; parses cities500.json, writes the cache): median "
              f"{statistics.median(cold):.2f} s over {args.cold} runs")

    context = PlaceContext(countries={"USA": 1.0, "RUS": 0.5})
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
