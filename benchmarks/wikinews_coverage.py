"""Quotes with a resolved speaker and events with a place, over a store of real news (issue 13).

    .venv/bin/python benchmarks/wikinews_coverage.py [INPUT.jsonl] [--db STORE] [--sample N]

Ingests INPUT (default: the 293 Wikinews articles of ../shared/corpus/wikinews/all_293.jsonl, read in place)
with the real `eventwire ingest` into STORE (default: a temporary file; an existing STORE is reused as it is,
so a second run only queries), then prints, from SQL over the store:
- the share of stored quotes whose speaker is a resolved actor, and how many raw speakers are pronouns;
- the share of events with a place, by `place_source`.
`--sample N` also prints N random placed events and N random resolved quotes (seeded: the same sample each
run on the same store) for a hand check of precision.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_INPUT = ROOT.parent / "shared" / "corpus" / "wikinews" / "all_293.jsonl"
PRONOUNS = ("i", "me", "we", "us", "you", "he", "she", "him", "her", "they", "them", "it")


def picked(con: duckdb.DuckDBPyConnection, sample: int, query: str) -> list[tuple]:
    """`sample` rows of the query, drawn with the connection's seeded random order."""
    rows = con.execute(query).fetchall()
    picks = con.execute(f"SELECT * FROM range({len(rows)}) t(i) ORDER BY random() LIMIT {sample}").fetchall()
    return [rows[i] for (i,) in picks]


def report(db: str, sample: int) -> None:
    con = duckdb.connect(db, read_only=True)
    try:
        articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        quotes, resolved = con.execute("SELECT count(*), count(speaker) FROM quotes").fetchone()
        pronoun_marks = ", ".join("?" for _ in PRONOUNS)
        pronoun_speakers = con.execute(
            f"SELECT count(*) FROM quotes q JOIN actors a ON a.article_key = q.article_key AND a.actor_id = q.speaker"
            f" WHERE lower(a.name) IN ({pronoun_marks})", list(PRONOUNS)).fetchone()[0]
        events, placed = con.execute("SELECT count(*), count(place) FROM events").fetchone()
        sources = con.execute(
            "SELECT coalesce(place_source, '(none)'), count(*) FROM events WHERE place IS NOT NULL"
            " GROUP BY 1 ORDER BY 2 DESC").fetchall()
        print(f"articles: {articles}")
        print(f"quotes with a resolved speaker: {resolved}/{quotes} = {100 * resolved / max(quotes, 1):.1f}%"
              f" (pronoun-named speakers: {pronoun_speakers})")
        print(f"events with a place: {placed}/{events} = {100 * placed / max(events, 1):.1f}%"
              f" ({', '.join(f'{source} {count}' for source, count in sources)})")
        if sample:
            con.execute("SELECT setseed(0.13)")
            print("\n# placed events")
            for key, event, trigger, name, country, source, sentence in picked(con, sample, (
                    "SELECT e.article_key, e.event, e.trigger_text, p.name, p.country, e.place_source, e.sentence_text"
                    " FROM events e LEFT JOIN places p ON p.article_key = e.article_key AND p.place_id = e.place"
                    " WHERE e.place IS NOT NULL ORDER BY e.article_key, e.event_id")):
                print(f"- [{source}] {event} '{trigger}' @ {name} ({country}) | {' '.join(sentence.split())[:300]}")
            print("\n# resolved quotes")
            for kind, name, cue, said, content in picked(con, sample, (
                    "SELECT q.kind, a.name, q.cue_text, q.speaker_text, q.content_text FROM quotes q"
                    " JOIN actors a ON a.article_key = q.article_key AND a.actor_id = q.speaker"
                    " ORDER BY q.article_key, q.quote_id")):
                print(f"- [{kind}] {name} <- '{said}' {cue}: {' '.join(content.split())[:200]}")
    finally:
        con.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("input", nargs="?", default=str(DEFAULT_INPUT))
    parser.add_argument("--db", help="store to fill (if new) and query; default a temporary one")
    parser.add_argument("--sample", type=int, default=0, help="print N placed events and N resolved quotes")
    args = parser.parse_args()
    eventwire = str(Path(sys.executable).with_name("eventwire"))
    with tempfile.TemporaryDirectory() as folder:
        db = args.db or str(Path(folder) / "wikinews.duckdb")
        if not Path(db).exists():
            subprocess.run([eventwire, "ingest", args.input, "--db", db], check=True,
                           stdout=subprocess.DEVNULL)
        report(db, args.sample)


if __name__ == "__main__":
    main()
