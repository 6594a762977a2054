"""How long each knowledge table takes to load (issue 9: "loading the larger tables adds < 1 s to start-up"),
medians of several loads into a fresh `Knowledge`; the converted PETRARCH/Phoenix layers are the people,
organisations (inside people and the actors tables), agents and verb tables.

    .venv/bin/python benchmarks/tables_load.py [--runs 5]

Each run is a fresh process that builds a `Knowledge` and loads every table from its files (and from the on-disk
caches the loaders keep, as a started worker does; in-process caches would make later loads free). The load
average is printed: on a busy machine every figure is a ceiling.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time

from eventwire.knowledge import Knowledge


def _child() -> None:
    """One fresh process: the seconds each table takes to load, as JSON on stdout."""
    knowledge = Knowledge()
    seconds = {}
    for name in Knowledge.table_names():
        start = time.perf_counter()
        getattr(knowledge, name)
        seconds[name] = time.perf_counter() - start
    print(json.dumps(seconds))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child()
        return
    runs = [json.loads(subprocess.run([sys.executable, __file__, "--child"], check=True, capture_output=True,
                                      text=True).stdout) for _ in range(args.runs)]
    names = list(runs[0])
    totals = [sum(run.values()) for run in runs]
    print(f"# load average {os.getloadavg()[0]:.2f}; medians of {args.runs} fresh processes")
    print(f"{'table':18} {'median s':>9} {'min s':>7}")
    for name in sorted(names, key=lambda n: -statistics.median(run[n] for run in runs)):
        values = [run[name] for run in runs]
        print(f"{name:18} {statistics.median(values):>9.3f} {min(values):>7.3f}")
    print(f"{'all tables':18} {statistics.median(totals):>9.3f} {min(totals):>7.3f}")


if __name__ == "__main__":
    main()
