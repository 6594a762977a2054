"""Query speed: a dyad timeline over a synthetic store of one million events.

    .venv/bin/python benchmarks/query_speed.py                     # 1,000,000 events, medians of 7 runs
    .venv/bin/python benchmarks/query_speed.py --events 200000 --keep /tmp/synthetic.duckdb

Builds a store with eventwire's own schema (`open_store`), filled by SQL: articles of 10 events each,
4 actors per article coded with CAMEO country+sector codes drawn from 40 countries (a few dyads far more
frequent than the rest, as in news), events spread over 10 years. Deterministic (hash-based draws).

Then times, after one warm-up, the median of --runs runs of:
  timeline-sql    events per month by QuadClass for one actor pair (source RUS…, target PRK…), plain SQL
  timeline-api    Store.timeline(actor="RUS", recipient="PRK", by="month"): the `eventwire events --by month`
                  path (filters by code prefix or by any name or mention, so it does more work)
  events-api      Store.events(actor="RUS", recipient="PRK", limit=50): the first page of the event list
Target (issue 6): the public path, timeline-api, under 200 ms.
"""
from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

COUNTRIES = ("RUS", "PRK", "USA", "CHN", "UKR", "KOR", "JPN", "IRN", "ISR", "PSE", "SYR", "TUR", "DEU", "FRA", "GBR",
             "IND", "PAK", "AFG", "IRQ", "SAU", "EGY", "NGA", "ZAF", "BRA", "MEX", "VEN", "COL", "CUB", "CAN", "AUS",
             "IDN", "PHL", "VNM", "THA", "MMR", "ETH", "SDN", "LBY", "YEM", "KEN")
SECTORS = ("", "GOV", "MIL", "COP", "OPP", "BUS", "MED", "CVL")
EVENTS = (("CONSULT", "040", 1.0, 1), ("AGREE", "030", 4.0, 1), ("SUPPORT", "051", 3.4, 1), ("AID", "070", 7.0, 2),
          ("RETREAT", "084", 7.0, 2), ("REQUEST", "020", 3.0, 1), ("REJECT", "120", -4.0, 3),
          ("THREATEN", "130", -4.4, 3), ("PROTEST", "141", -6.5, 3), ("SANCTION", "163", -8.0, 4),
          ("MOBILIZE", "150", -7.2, 4), ("ASSAULT", "180", -9.0, 4), ("COERCE", "170", -7.0, 4))
EVENTS_PER_ARTICLE = 10


def build(path: str, events: int) -> None:
    from eventwire.store import open_store

    articles = max(1, events // EVENTS_PER_ARTICLE)
    with open_store(path) as store:
        con = store.connection
        con.execute(f"CREATE TEMP TABLE countries AS SELECT * FROM (VALUES {', '.join(f'({i}, {c!r})' for i, c in enumerate(COUNTRIES))}) t(i, c)")
        con.execute(f"CREATE TEMP TABLE sectors AS SELECT * FROM (VALUES {', '.join(f'({i}, {s!r})' for i, s in enumerate(SECTORS))}) t(i, s)")
        con.execute(f"CREATE TEMP TABLE kinds AS SELECT * FROM (VALUES {', '.join(f'({i}, {e!r}, {c!r}, {g}, {q})' for i, (e, c, g, q) in enumerate(EVENTS))}) t(i, event, cameo, goldstein, quad)")
        con.execute("BEGIN TRANSACTION")
        con.execute(f"""
            INSERT INTO articles (key, id, content_hash, title, url, source, licence, published, text, record,
                                  ingested_at)
            SELECT 'k' || n, 'article-' || n, 'h' || n, NULL, NULL, 'outlet-' || (n % 50), NULL,
                   DATE '2015-01-01' + CAST(hash(n, 'day') % 3650 AS INTEGER), 'synthetic text', '{{}}',
                   TIMESTAMP '2026-01-01'
            FROM range({articles}) t(n)""")
        # Country draws: the square of a uniform number favours the first countries (RUS, PRK, USA, ...).
        con.execute("""
            INSERT INTO actors (article_key, actor_id, ordinal, name, kind, country, sector, code)
            SELECT 'k' || n, 'a' || (j + 1), j, c.c || ' ' || coalesce(nullif(s.s, ''), 'people'), 'group', c.c,
                   nullif(s.s, ''), c.c || s.s
            FROM range(?) t(n), range(4) u(j),
                 LATERAL (SELECT CAST(floor(pow((hash(n, j, 'c') % 10000) / 10000.0, 2) * 40) AS INTEGER) AS ci,
                                 CAST(hash(n, j, 's') % 8 AS INTEGER) AS si)
                 JOIN countries c ON c.i = ci JOIN sectors s ON s.i = si""", [articles])
        con.execute("""
            INSERT INTO events (article_key, event_id, ordinal, event, mode, contexts, cameo, goldstein, quad_class,
                                actors, recipients, source, target, date_value, date, date_start, date_end,
                                place, sentence_start, sentence_end, sentence_text, trigger_start, trigger_end,
                                trigger_text, reported_by, negated, hypothetical, pattern)
            SELECT 'k' || n, 'e' || (j + 1), j, k.event, NULL, [], k.cameo, k.goldstein, k.quad,
                   ['a' || (src + 1)], ['a' || (tgt + 1)], a.code, b.code, strftime(day, '%Y-%m-%d'), day, day, day,
                   NULL, 0, 10, 'synthetic', NULL, NULL, NULL, NULL, false, false, NULL
            FROM range(?) t(n), range(?) u(j),
                 LATERAL (SELECT CAST(hash(n, j, 'src') % 4 AS INTEGER) AS src,
                                 CAST((hash(n, j, 'src') % 4 + 1 + hash(n, j, 'tgt') % 3) % 4 AS INTEGER) AS tgt,
                                 CAST(hash(n, j, 'k') % 13 AS INTEGER) AS ki,
                                 DATE '2015-01-01' + CAST(hash(n, j, 'day') % 3650 AS INTEGER) AS day)
                 JOIN kinds k ON k.i = ki
                 JOIN actors a ON a.article_key = 'k' || n AND a.ordinal = src
                 JOIN actors b ON b.article_key = 'k' || n AND b.ordinal = tgt""", [articles, EVENTS_PER_ARTICLE])
        con.execute("""
            INSERT INTO event_actors (article_key, event_id, role, actor_id)
            SELECT article_key, event_id, 'actor', actors[1] FROM events
            UNION ALL SELECT article_key, event_id, 'recipient', recipients[1] FROM events""")
        con.execute("COMMIT")
        con.execute("CHECKPOINT")


TIMELINE_SQL = """
    SELECT strftime(coalesce(e.date_start, art.published), '%Y-%m') AS month, e.quad_class, count(*) AS events
    FROM events e JOIN articles art ON art.key = e.article_key
    WHERE starts_with(e.source, ?) AND starts_with(e.target, ?)
    GROUP BY ALL ORDER BY ALL"""


def timed(run: Callable[[], Any], runs: int) -> tuple[float, Any]:
    result = run()  # warm-up: the first run reads the columns from disk
    seconds = []
    for _ in range(runs):
        start = time.perf_counter()
        result = run()
        seconds.append(time.perf_counter() - start)
    return statistics.median(seconds) * 1000, result


def arguments(description: str | None) -> argparse.Namespace:
    """The options every synthetic-store benchmark takes; prints the machine's state first (load matters)."""
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="build (or reuse) the store at this path instead of a temp file")
    args = parser.parse_args()
    print(f"# {time.strftime('%Y-%m-%d %H:%M')}  cpus={os.cpu_count()}  load average="
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return args


def synthetic_store(args: argparse.Namespace, tmp: str) -> str:
    """The path of the synthetic store: --keep's (built there once), else a fresh one in `tmp`."""
    path = str(args.keep or Path(tmp) / "synthetic.duckdb")
    if not Path(path).exists():
        start = time.perf_counter()
        build(path, args.events)
        print(f"# built {path} in {time.perf_counter() - start:.1f} s")
    return path


def main() -> None:
    args = arguments(__doc__)
    from eventwire.store import open_store

    with tempfile.TemporaryDirectory(prefix="eventwire-query-") as tmp:
        path = synthetic_store(args, tmp)
        with open_store(path, read_only=True) as store:
            total = store.count("events")
            print(f"# {total} events in {store.count('articles')} articles; median of {args.runs} runs after a warm-up")
            cases: list[tuple[str, Callable[[], Any]]] = [
                ("timeline-sql", lambda: store.connection.execute(TIMELINE_SQL, ["RUS", "PRK"]).fetchall()),
                ("timeline-api", lambda: store.timeline(actor="RUS", recipient="PRK", by="month")),
                ("events-api", lambda: store.events(actor="RUS", recipient="PRK", limit=50)),
            ]
            for name, run in cases:
                ms, result = timed(run, args.runs)
                flag = "" if name != "timeline-api" else ("  (target < 200 ms: met)" if ms < 200
                                                         else "  (target < 200 ms: NOT met)")
                print(f"{name:14} {ms:9.1f} ms  {len(result)} rows{flag}", flush=True)


if __name__ == "__main__":
    main()
