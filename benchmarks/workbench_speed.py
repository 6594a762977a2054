"""`eventwire serve` speed on a synthetic store of one million events (benchmarks/query_speed.py's generator).

    .venv/bin/python benchmarks/workbench_speed.py                      # 1,000,000 events, medians of 7 runs
    .venv/bin/python benchmarks/workbench_speed.py --keep /tmp/synthetic.duckdb

Times whole HTTP requests through the ASGI test client (query, template, SVG), after one warm-up:
  events-page       GET /events: the event browser's first page, unfiltered (count + 50 rows)
  events-page-dyad  GET /events?actor=RUS&recipient=PRK: the first page of one dyad, matched as --actor and
                    --recipient match (codes, names and mentions: the store's filter)
  events-page-coded GET /events?source=RUS&target=PRK: the first page of the coded dyad (a dyad chart's link)
  dyad-chart        GET /dyad?actor=RUS&recipient=PRK: events per month by QuadClass, 10 years
  network-top100    GET /network?top=100: the 100 most active actors and the dyads among them
  api-events-50     GET /api/events?actor=RUS&recipient=PRK&limit=50
Then the same with 20 corrections stored, so every query reads through the corrections overlay. The
store's own `timeline-api` (benchmarks/query_speed.py) is timed first as a yardstick of the machine's load.
Targets (issue 10): first page and dyad chart < 300 ms, network of the top 100 actors < 1 s.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from query_speed import arguments, synthetic_store, timed  # noqa: E402  (the generator and timer of the query benchmark)

CASES = (
    ("events-page", "/events", 300),
    ("events-page-dyad", "/events?actor=RUS&recipient=PRK", 300),
    ("events-page-coded", "/events?source=RUS&target=PRK", 300),
    ("dyad-chart", "/dyad?actor=RUS&recipient=PRK", 300),
    ("network-top100", "/network?top=100", 1000),
    ("api-events-50", "/api/events?actor=RUS&recipient=PRK&limit=50", None),
)


def measure(path: str, runs: int, label: str) -> None:
    from starlette.testclient import TestClient

    from eventwire.store import open_store
    from eventwire.web import create_app

    with open_store(path, read_only=True) as store:
        ms, rows = timed(lambda: store.timeline(actor="RUS", recipient="PRK", by="month"), runs)
        print(f"{label}{'(timeline-api)':18} {ms:9.1f} ms  {len(rows)} rows", flush=True)
        client = TestClient(create_app(store))
        for name, url, target in CASES:
            def get(url: str = url) -> Any:
                response = client.get(url)
                assert response.status_code == 200, response.text[:300]
                return response.content
            ms, body = timed(get, runs)
            verdict = "" if target is None else f"  (target < {target} ms: {'met' if ms < target else 'NOT met'})"
            print(f"{label}{name:18} {ms:9.1f} ms  {len(body) // 1024} KiB{verdict}", flush=True)


def correct_some(path: str, count: int) -> None:
    from eventwire.corrections import correct
    from eventwire.store import open_store

    with open_store(path) as store:
        rows = store.connection.execute(
            "SELECT a.id, e.event_id FROM events e JOIN articles a ON a.key = e.article_key "
            "ORDER BY a.id, e.ordinal LIMIT ?", [count]).fetchall()
        for number, (article_id, event_id) in enumerate(rows):
            if number % 2:
                correct(store, article_id, event_id, wrong=True, user="bench")
            else:
                correct(store, article_id, event_id, cameo="112", user="bench")


def main() -> None:
    args = arguments(__doc__)
    with tempfile.TemporaryDirectory(prefix="eventwire-serve-") as tmp:
        path = synthetic_store(args, tmp)
        print(f"# {args.events} events; median of {args.runs} requests after a warm-up")
        measure(path, args.runs, "")
        copy = Path(tmp) / "corrected.duckdb"
        copy.write_bytes(Path(path).read_bytes())
        correct_some(str(copy), 20)
        measure(str(copy), args.runs, "corrected/")


if __name__ == "__main__":
    main()
