"""How many event sides have no country, over `eventwire extract` output (issue 9, item 6).

    .venv/bin/eventwire extract INPUT.jsonl -o OUT.jsonl
    .venv/bin/python benchmarks/event_sides.py OUT.jsonl [OTHER.jsonl ...]

A side is each actor id in an event's `actors` and `recipients`; it has no country when its actor's
`country` is null. Also counts the events' source/target codes that start with "---" (a sector with no
country), and the events with no source code, and of those the ones with no actor either (no doer at all:
PLOVER's "Required entities" codes none; issue 9, w13doer). Prints aggregate counts only, one line per file.
"""
from __future__ import annotations

import json
import sys


def count(path: str) -> str:
    events = sides = no_country = codes = no_code = no_source = no_doer = 0
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            actors = {a["id"]: a for a in record.get("actors", ())}
            for event in record.get("events", ()):
                events += 1
                no_source += event.get("source") is None
                no_doer += event.get("source") is None and not event["actors"]
                for actor in (*event["actors"], *event["recipients"]):
                    sides += 1
                    no_country += not actors[actor].get("country")
                for code in (event.get("source"), event.get("target")):
                    if code is not None:
                        codes += 1
                        no_code += code.startswith("---")
    return (f"{path}: events {events}; sides {sides}, with no country {no_country} "
            f"({no_country / max(sides, 1):.1%}); source/target codes {codes}, '---' {no_code} "
            f"({no_code / max(codes, 1):.1%}); no source {no_source} ({no_source / max(events, 1):.1%}), "
            f"no source and no actor {no_doer} ({no_doer / max(events, 1):.1%})")


def main(paths: list[str]) -> None:
    for path in paths:
        print(count(path))


if __name__ == "__main__":
    main(sys.argv[1:])
