"""Idempotent ingest: an article's rows in every table, written in batches, one transaction each.

Rows are written from `to_contract(article)`, the canonical output record, so the store and the
`eventwire extract` JSONL never disagree. Each row is a mapping from column name to value, and the INSERT
names the columns of its rows: no separate column list can drift from the code that builds the values.
"""
from __future__ import annotations

import hashlib
import json
import threading
import time
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence

import duckdb

from ..errors import StoreError
from ..formats.contract import to_contract
from ..records import Article, Failure
from ..timex import day_of, period
from .rows import IngestReport
from .schema import CHILD_TABLES, now

if TYPE_CHECKING:
    from .database import Store

Row = Mapping[str, Any]  # one table row: column name -> value

_INSERT_CHUNK = 256  # rows per INSERT statement: long enough to save round trips, short enough to parse fast

# Articles per transaction: a commit per article cost a BEGIN/COMMIT, a key look-up and ~8 INSERTs each. A batch
# is also committed once its first article has waited _BATCH_SECONDS, so that with a slow pipeline little
# finished work sits uncommitted (a killed process loses at most that; a rerun redoes it).
_BATCH_ARTICLES = 32
_BATCH_SECONDS = 2.0
_TICK_SECONDS = 0.25  # how often the commit timer looks at the clock

# Errors that mean the database itself is unusable (disk, file, corruption): stop the ingest. Any other
# duckdb error while writing one article (a constraint a buggy stage broke, say) fails only that article.
_FATAL = (duckdb.IOException, duckdb.InternalException, duckdb.FatalException, duckdb.ConnectionException)


# A damaged file surfaces as a plain duckdb.Error ("Corrupt database file: computed checksum … does not match"),
# not one of the classes above: recognised by its message.
_DAMAGE_WORDS = ("corrupt database", "checksum", "database file is damaged", "invalidated")


def _damaged(error: duckdb.Error) -> bool:
    message = str(error).lower()
    return any(words in message for words in _DAMAGE_WORDS)


def article_key(article: Article) -> str:
    """sha256 of (id, text, published): JSON-encoded so that no two different triples hash alike."""
    published = article.published.isoformat() if article.published else None
    return _sha256(json.dumps([article.id, article.text, published], ensure_ascii=False))


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _text(text: str, span: Sequence[int] | None) -> str | None:
    return text[span[0]:span[1]] if span else None


def _span(span: Sequence[int] | None, start: str, end: str) -> dict[str, Any]:
    """An optional span as its two columns."""
    return {start: span[0] if span else None, end: span[1] if span else None}


def table_rows(article: Article, key: str) -> dict[str, list[Row]]:
    """The rows of every table for one article, by table name."""
    record = to_contract(article)
    text = article.text
    meta = article.meta
    articles = [{
        "key": key, "id": article.id, "content_hash": _sha256(text), "title": meta.get("title"),
        "url": meta.get("url"), "source": meta.get("source"), "licence": meta.get("licence") or meta.get("license"),
        "published": article.published, "text": text,
        "record": json.dumps(record, ensure_ascii=False, sort_keys=True), "ingested_at": now()}]
    actors: list[Row] = []
    mentions: list[Row] = []
    for ordinal, a in enumerate(record["actors"]):
        actors.append({"article_key": key, "actor_id": a["id"], "ordinal": ordinal, "name": a["name"],
                       "kind": a["kind"], "country": a["country"], "sector": a["sector"], "code": a["code"]})
        kinds = a.get("mention_kinds") or [None] * len(a["mentions"])
        for number, (span, how) in enumerate(zip(a["mentions"], kinds)):
            mentions.append({"article_key": key, "actor_id": a["id"], "ordinal": number, "start_char": span[0],
                             "end_char": span[1], "how": how, "text": _text(text, span)})
    events: list[Row] = []
    roles: list[Row] = []
    for ordinal, e in enumerate(record["events"]):
        days = period(e["date"])
        events.append({
            "article_key": key, "event_id": e["id"], "ordinal": ordinal, "event": e["event"], "mode": e["mode"],
            "contexts": e["contexts"], "cameo": e["cameo"], "goldstein": e["goldstein"],
            "quad_class": e["quad_class"], "actors": e["actors"], "recipients": e["recipients"],
            "source": e["source"], "target": e["target"], "date_value": e["date"], "date": day_of(e["date"]),
            "date_start": days[0] if days else None, "date_end": days[1] if days else None, "place": e["place"],
            "sentence_start": e["sentence"][0], "sentence_end": e["sentence"][1],
            "sentence_text": _text(text, e["sentence"]),
            **_span(e["trigger"], "trigger_start", "trigger_end"), "trigger_text": _text(text, e["trigger"]),
            "reported_by": e["reported_by"], "negated": bool(e["negated"]), "hypothetical": bool(e["hypothetical"]),
            "pattern": e.get("pattern"), "place_source": e.get("place_source"),
        })
        participants = {("actor", x) for x in e["actors"]} | {("recipient", x) for x in e["recipients"]}
        if e["reported_by"]:
            participants.add(("reported_by", e["reported_by"]))
        roles.extend({"article_key": key, "event_id": e["id"], "role": role, "actor_id": actor}
                     for role, actor in sorted(participants))
    quotes: list[Row] = [
        {"article_key": key, "quote_id": q["id"], "ordinal": ordinal, "kind": q["kind"],
         "content_starts": [s[0] for s in q["content"]], "content_ends": [s[1] for s in q["content"]],
         "content_text": " … ".join(text[s[0]:s[1]] for s in q["content"]),
         **_span(q["cue"], "cue_start", "cue_end"), "cue_text": _text(text, q["cue"]), "speaker": q["speaker"],
         **_span(q["speaker_span"], "speaker_start", "speaker_end"), "speaker_text": _text(text, q["speaker_span"])}
        for ordinal, q in enumerate(record["quotes"])
    ]
    times: list[Row] = [
        {"article_key": key, "ordinal": ordinal, "start_char": t["span"][0], "end_char": t["span"][1],
         "text": _text(text, t["span"]), "type": t["type"], "value": t["value"], "date": day_of(t["value"]),
         "mod": t["mod"]}
        for ordinal, t in enumerate(record["times"])
    ]
    places: list[Row] = [
        {"article_key": key, "place_id": p["id"], "ordinal": ordinal, "start_char": p["span"][0],
         "end_char": p["span"][1], "text": _text(text, p["span"]), "name": p["name"], "country": p["country"],
         "lat": p["lat"], "lon": p["lon"], "geonameid": p["geonameid"], "feature": p["feature"]}
        for ordinal, p in enumerate(record["places"])
    ]
    return {"articles": articles, "actors": actors, "mentions": mentions, "events": events,
            "event_actors": roles, "quotes": quotes, "times": times, "places": places}


class Ingesting:
    """The writing half of `Store` (store/database.py): ingest and the batch machinery behind it."""

    connection: duckdb.DuckDBPyConnection
    path: str
    read_only: bool
    lock: threading.RLock
    reader: duckdb.DuckDBPyConnection | None
    apply_corrections: Any  # Store.apply_corrections: replaced articles have new rows for corrections to find

    def ingest(self, items: Iterable[Article | Failure], refresh: bool = False) -> IngestReport:
        """Store processed articles; Failures are counted and passed into the report, never stored.

        `refresh=True` rewrites articles whose content is unchanged too (after a better pipeline, say).
        Articles are committed in batches (up to _BATCH_ARTICLES, or what arrived within _BATCH_SECONDS):
        an article the database refuses fails alone and leaves no rows, and when the source fails (Ctrl-C
        during extraction, say) the articles already extracted are committed before the error goes on.
        """
        if self.read_only:
            raise StoreError("the store is open read-only", record=self.path)
        counts = {"added": 0, "replaced": 0, "unchanged": 0}
        failed: list[tuple[int, str, str]] = []  # (input position, id, reason): reported in input order
        batch: list[tuple[int, Article]] = []
        opened = 0.0  # time.monotonic() when the batch's first article arrived
        # The connection is used by this thread, by the timer below and by whoever feeds `items` (the
        # unchanged-article check), never at once: the store's lock is held for every use (a DuckDB
        # connection may move between threads, but must not be used by two at a time).
        lock = self.lock
        stop = threading.Event()
        timer_errors: list[BaseException] = []

        def commit() -> None:
            nonlocal batch
            todo, batch = batch, []  # emptied first: a batch that fails to commit is never retried on the way out
            for position, article_id, outcome in self._write_batch(todo, refresh):
                if outcome in counts:
                    counts[outcome] += 1
                else:
                    failed.append((position, article_id, outcome))

        def timer() -> None:
            # While the source is busy with a slow article, the finished ones before it are committed on
            # time (a kill then loses at most _BATCH_SECONDS of work), not when the next article arrives.
            while not stop.wait(_TICK_SECONDS):
                with lock:
                    if batch and time.monotonic() - opened >= _BATCH_SECONDS:
                        try:
                            commit()
                        except BaseException as error:  # raised in the ingesting thread at its next step
                            timer_errors.append(error)
                            return

        ticking = threading.Thread(target=timer, name="eventwire-commit-timer", daemon=True)
        ticking.start()
        try:
            for position, item in enumerate(items):
                with lock:
                    if timer_errors:
                        raise timer_errors[0]
                    if isinstance(item, Failure):
                        failed.append((position, item.id, item.reason))
                        continue
                    if any(item.id == queued.id for _, queued in batch):
                        commit()  # one version of an id per batch: the second one must find the first stored
                    if not batch:
                        opened = time.monotonic()
                    batch.append((position, item))
                    if len(batch) >= _BATCH_ARTICLES or time.monotonic() - opened >= _BATCH_SECONDS:
                        commit()
        finally:
            stop.set()
            ticking.join()
            # Also when the source raised: the articles it delivered are finished work; committed, a rerun
            # finds them unchanged and goes on from there.
            with lock:
                commit()
                if self.reader is not None:
                    self.apply_corrections()  # replaced articles have new rows for the corrections to find
        if timer_errors:
            raise timer_errors[0]
        return IngestReport(failed=tuple((i, reason) for _, i, reason in sorted(failed)), **counts)

    def _write_batch(self, batch: Sequence[tuple[int, Article]], refresh: bool) -> list[tuple[int, str, str]]:
        """Write a batch in one transaction: (position, id, added|replaced|unchanged or the failure reason)."""
        if not batch:
            return []
        try:
            return self._write_all(batch, refresh)
        except _FATAL as error:
            raise StoreError(f"cannot write to the store: {error}", record=self.path) from error
        except duckdb.Error as error:
            if _damaged(error):  # no article can be written to a damaged file: one error, not one per article
                raise StoreError(f"cannot write to the store: {error}", record=self.path) from error
            if len(batch) == 1:
                position, article = batch[0]
                return [(position, article.id, f"cannot store the article: {type(error).__name__}: {error}")]
            # The batch was rolled back whole; one article at a time, the one the database refuses fails alone.
            return [outcome for one in batch for outcome in self._write_batch([one], refresh)]

    def _write_all(self, batch: Sequence[tuple[int, Article]], refresh: bool) -> list[tuple[int, str, str]]:
        con = self.connection
        outcomes: list[tuple[int, str, str]] = []
        stale: list[str] = []
        rows: dict[str, list[Row]] = {}
        written: list[tuple[str, Article]] = []
        con.execute("BEGIN TRANSACTION")
        try:
            known = dict(con.execute("SELECT id, key FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                                     [[article.id for _, article in batch]]).fetchall())
            for position, article in batch:
                key = article_key(article)
                old = known.get(article.id)
                if old == key and not refresh:
                    outcomes.append((position, article.id, "unchanged"))
                    continue
                if old is not None:
                    stale.append(old)
                for table, new in table_rows(article, key).items():
                    rows.setdefault(table, []).extend(new)
                written.append((key, article))
                outcomes.append((position, article.id, "added" if old is None else "replaced"))
            if stale:
                self._delete(stale)
            for table, table_batch in rows.items():
                self._insert_rows(table, table_batch)
            self._write_outlets(stale, written)
            con.execute("COMMIT")
        except BaseException:
            self._rollback()
            raise
        return outcomes

    def _write_outlets(self, stale: Sequence[str], written: Sequence[tuple[str, Article]]) -> None:
        """The registered-domain outlet of each written article (migration 3's `article_outlets`)."""
        from ..outlets import outlet

        con = self.connection
        if stale:
            con.execute("DELETE FROM article_outlets WHERE article_key IN (SELECT unnest(?::VARCHAR[]))", [list(stale)])
        rows = [(key, outlet(article.meta.get("source"), article.meta.get("url"))) for key, article in written]
        rows = [row for row in rows if row[1]]
        if rows:
            con.execute("INSERT OR REPLACE INTO article_outlets SELECT unnest(?::VARCHAR[]), unnest(?::VARCHAR[])",
                        [[k for k, _ in rows], [o for _, o in rows]])

    def _rollback(self) -> None:
        try:
            self.connection.execute("ROLLBACK")
        except duckdb.TransactionException:
            pass  # a COMMIT that failed has ended the transaction already

    def _delete(self, keys: Sequence[str]) -> None:
        for table in CHILD_TABLES:
            self.connection.execute(f"DELETE FROM {table} WHERE article_key IN (SELECT unnest(?::VARCHAR[]))",
                                    [list(keys)])
        self.connection.execute("DELETE FROM articles WHERE key IN (SELECT unnest(?::VARCHAR[]))", [list(keys)])

    def _insert_rows(self, table: str, rows: list[Row]) -> None:
        # One multi-row INSERT per chunk: DuckDB's executemany runs a statement per row, which made the
        # writes about half of an ingest's single-process time (benchmarks/README.md).
        if not rows:
            return
        columns = tuple(rows[0])
        if any(tuple(row) != columns for row in rows):
            raise StoreError(f"the {table} rows of one batch name different columns")
        one = f"({', '.join('?' * len(columns))})"
        for start in range(0, len(rows), _INSERT_CHUNK):
            chunk = rows[start:start + _INSERT_CHUNK]
            sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES {', '.join([one] * len(chunk))}"
            self.connection.execute(sql, [value for row in chunk for value in row.values()])
