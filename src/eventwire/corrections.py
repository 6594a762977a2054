"""Analysts' corrections of events: kept apart from the machine output, applied by every query.

    from eventwire.corrections import correct, history
    correct(store, "article-7", "e2", cameo="112", user="ana", why="a verbal attack, not an assault")

A correction is a row of the `corrections` table (store/schema.py, migration 5) saying who changed what, when and
why; the machine rows in `events` are never edited, so a re-ingest or a `--refresh` rewrites them and the
corrections still apply. An event is found again by its *anchor*: the article id, the evidence sentence's
text, the trigger's offset in that sentence and its text, and the type the machine gave it. Offsets within
the sentence (not the article) let an edit elsewhere in the article keep the anchor; a changed sentence or
a machine that no longer sees that event orphans the correction (`corrections export` still lists it).

Every query reads `events` through one overlay: a temporary view of the same name that shadows the table
for the connection queries use (`overlay`). The latest correction of each field wins; `wrong` hides the
event. `open_store(raw=True)` (the CLI's `--raw`) skips the overlay and shows the machine output.
"""
from __future__ import annotations

import getpass
import json
import re
from collections import defaultdict
from dataclasses import asdict, dataclass, fields, replace
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, Iterable, Iterator, TextIO

import duckdb

from .errors import SettingsError, StoreError

if TYPE_CHECKING:
    from .knowledge import Knowledge
    from .store import Store

# A CAMEO actor code: a country or group code followed by role codes (USA, RUSGOV, IGOUNO); '' clears a side.
_ACTOR_CODE = re.compile(r"^[A-Z0-9]{3,15}$")
FIELDS = ("type", "cameo", "source", "target", "wrong")


@dataclass(frozen=True, slots=True)
class Correction:
    id: int
    article_id: str
    event_id: str
    sentence_text: str
    trigger_offset: int | None
    trigger_text: str | None
    machine_event: str
    machine_cameo: str | None
    pattern: str | None  # the verb pattern that coded the event: what `suggest` learns from
    event: str | None  # the new coding, when the type or CAMEO code was corrected
    mode: str | None
    cameo: str | None
    goldstein: float | None
    quad_class: int | None
    source: str | None  # None: unchanged; '': cleared
    target: str | None
    wrong: bool | None
    made_by: str
    made_at: datetime
    why: str | None

    def as_json(self) -> dict[str, Any]:
        record = asdict(self)
        record["made_at"] = self.made_at.isoformat()
        return record


def parse_event_ref(ref: str, article: str | None = None) -> tuple[str, str]:
    """(article id, event id) from "ARTICLE_ID/EVENT_ID", or from EVENT_ID and `article`."""
    if article:
        return article, ref
    article_id, slash, event_id = ref.rpartition("/")
    if not slash or not article_id or not event_id:
        raise SettingsError(f"{ref!r}: give the event as ARTICLE_ID/EVENT_ID (e.g. nyt-42/e3), or --article ID")
    return article_id, event_id


def _qualified(connection: duckdb.DuckDBPyConnection, table: str) -> str:
    """The stored table itself, never the overlay that shadows its name (a temporary view is found first)."""
    row = connection.execute("SELECT current_database()").fetchone()
    database = str(row[0]) if row else "memory"
    return f'"{database.replace(chr(34), chr(34) * 2)}".main.{table}'


def install(connection: duckdb.DuckDBPyConnection, name: str = "events", raw: bool = False) -> None:
    """Create, on this connection, the temporary view `name`: the stored events with the corrections applied
    (or, `raw`, as stored), with the table's `rowid` as a column (the queries pick pages by rowid).

    Which stored rows each correction changes is worked out here, once, into a small temporary table keyed
    by rowid: the view then costs a few ms at a million events, where matching the anchors (sentence texts)
    in the view cost ~0.1 s per query. The table holds while the rows do: the store
    re-installs it after an ingest (Store.apply_corrections)."""
    events, articles, corrections = (_qualified(connection, t) for t in ("events", "articles", "corrections"))
    if raw:
        connection.execute(f"CREATE OR REPLACE TEMP VIEW {name} AS SELECT e.rowid AS rowid, e.* FROM {events} e")
        return
    connection.execute(f"""
        CREATE OR REPLACE TEMP TABLE corrected_rows AS
        WITH latest AS (
            SELECT article_id, sentence_text, trigger_offset, trigger_text, machine_event,
                arg_max({{'event': event, 'mode': mode, 'cameo': cameo, 'goldstein': goldstein,
                         'quad_class': quad_class}}, id)
                    FILTER (WHERE event IS NOT NULL) AS coding,
                arg_max(source, id) FILTER (WHERE source IS NOT NULL) AS source,
                arg_max(target, id) FILTER (WHERE target IS NOT NULL) AS target,
                arg_max(wrong, id) FILTER (WHERE wrong IS NOT NULL) AS wrong
            FROM {corrections}
            GROUP BY article_id, sentence_text, trigger_offset, trigger_text, machine_event)
        SELECT x.rowid AS row_number, any_value(l.coding) AS coding, any_value(l.source) AS source,
               any_value(l.target) AS target, bool_or(coalesce(l.wrong, false)) AS wrong
        FROM latest l JOIN {articles} a ON a.id = l.article_id
        JOIN {events} x ON x.article_key = a.key AND x.sentence_text = l.sentence_text
            AND x.event IS NOT DISTINCT FROM l.machine_event
            AND coalesce(x.trigger_start - x.sentence_start, -1) = coalesce(l.trigger_offset, -1)
            AND coalesce(x.trigger_text, '') = coalesce(l.trigger_text, '')
        GROUP BY x.rowid""")
    coded = "CASE WHEN f.coding IS NULL THEN e.{0} ELSE f.coding.{0} END AS {0}"
    side = "CASE WHEN f.{0} IS NULL THEN e.{0} ELSE nullif(f.{0}, '') END AS {0}"
    # The uncorrected rows as stored, then the corrected ones changed: a query's filters on the stored
    # columns still reach the table scan of the first part (with one join, every filter waited for it).
    connection.execute(f"""
        CREATE OR REPLACE TEMP VIEW {name} AS
        SELECT e.rowid AS rowid, e.* FROM {events} e
        WHERE e.rowid NOT IN (SELECT row_number FROM temp.main.corrected_rows)
        UNION ALL
        SELECT e.rowid AS rowid, e.* REPLACE ({coded.format('event')}, {coded.format('mode')},
               {coded.format('cameo')}, {coded.format('goldstein')}, {coded.format('quad_class')},
               {side.format('source')}, {side.format('target')})
        FROM {events} e JOIN temp.main.corrected_rows f ON f.row_number = e.rowid
        WHERE NOT f.wrong""")


def overlay(store: "Store") -> duckdb.DuckDBPyConnection | None:
    """The connection the store's queries should read through, with the corrections applied; None when
    there is nothing to apply (no corrections, or a raw store), so those queries pay nothing.

    A read-only store gets the overlay on its own connection (it never writes, and exports reading
    `store.connection` see the corrections too); a writable one on a second connection to the same
    database, since its writes must reach the table, not the view."""
    if store.reader is not None and store.reader is not store.connection:
        store.reader.close()
    connection = store.connection
    has_table = connection.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'corrections' "
        "AND table_catalog = current_database() AND table_schema = 'main'").fetchone()
    count = connection.execute(f"SELECT count(*) FROM {_qualified(connection, 'corrections')}").fetchone() \
        if has_table and has_table[0] else (0,)
    if store.raw or not count or not count[0]:
        if store.read_only:
            connection.execute("DROP VIEW IF EXISTS temp.main.events")
        return None
    reader = connection if store.read_only else connection.cursor()
    try:
        install(reader)
    except duckdb.Error as error:
        raise StoreError(f"cannot apply the corrections: {error}", record=store.path) from error
    return reader


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def default_user() -> str:
    """The OS user: who made a correction when --user is not given."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def _coding(knowledge: "Knowledge", machine_event: str, machine_cameo: str | None, type: str | None,
            cameo: str | None) -> tuple[str, str | None, str | None, float | None, int | None] | None:
    """The new (event, mode, cameo, goldstein, quad_class) for a type and/or CAMEO correction, from the
    codebook."""
    from .knowledge.cameo import PLOVER_TYPES

    if type is None and cameo is None:
        return None
    book = knowledge.cameo
    if type is not None:
        type = type.strip().upper()
        if type not in PLOVER_TYPES:
            raise SettingsError(f"{type!r} is not a PLOVER event type; use one of {', '.join(sorted(PLOVER_TYPES))}")
    if cameo is not None:
        cameo = cameo.strip()
        entry = book.codes.get(cameo)
        if entry is None:
            raise SettingsError(f"{cameo!r} is not a CAMEO event code of the codebook (cameo_codes.tsv)")
        if entry.plover_event is None and type is None:
            raise SettingsError(f"CAMEO {cameo} ({entry.description}) has no PLOVER type; give --type too")
        if type is not None and entry.plover_event not in (None, type):
            raise SettingsError(f"CAMEO {cameo} ({entry.description}) is {entry.plover_event} in PLOVER, "
                                f"not {type}")
        return type or entry.plover_event or machine_event, entry.plover_mode, cameo, entry.goldstein, entry.quad_class
    assert type is not None
    kept = book.get(machine_cameo)
    if kept is not None and kept.plover_event == type:
        return type, kept.plover_mode, machine_cameo, kept.goldstein, kept.quad_class
    # A new type with no code: no Goldstein score; the QuadClass when every CAMEO code of the type shares one.
    quads = {c.quad_class for c in book.codes.values() if c.plover_event == type}
    return type, None, None, None, quads.pop() if len(quads) == 1 else None


def _side(value: str | None, what: str) -> str | None:
    if value is None:
        return None
    code = value.strip().upper()
    if code in ("", "-"):
        return ""
    if not _ACTOR_CODE.match(code):
        raise SettingsError(f"{value!r} is not a CAMEO actor code for the {what} (e.g. USA, RUSGOV); '-' clears it")
    return code


def correct(store: "Store", article_id: str, event_id: str, *, type: str | None = None, cameo: str | None = None,
            source: str | None = None, target: str | None = None, wrong: bool | None = None,
            user: str | None = None, why: str | None = None, knowledge: "Knowledge | None" = None) -> Correction:
    """Record a correction of one event and apply it to the store's queries. Raises SettingsError for a bad
    value or an unknown event, StoreError for a read-only store."""
    if store.read_only:
        raise StoreError("the store is open read-only; corrections need write access", record=store.path)
    if all(v is None for v in (type, cameo, source, target, wrong)):
        raise SettingsError("nothing to correct: give a type, a CAMEO code, a source, a target or wrong")
    if knowledge is None:
        from .knowledge import Knowledge

        knowledge = Knowledge()
    connection = store.connection
    events, articles, table = (_qualified(connection, t) for t in ("events", "articles", "corrections"))
    row = connection.execute(f"""
        SELECT e.sentence_text, e.trigger_start - e.sentence_start, e.trigger_text, e.event, e.cameo, e.pattern
        FROM {events} e JOIN {articles} a ON a.key = e.article_key
        WHERE a.id = ? AND e.event_id = ?""", [article_id, event_id]).fetchone()
    if row is None:
        raise SettingsError(f"no event {event_id!r} in article {article_id!r}")
    sentence, offset, trigger, machine_event, machine_cameo, pattern = row
    coding = _coding(knowledge, machine_event, machine_cameo, type, cameo)
    made = Correction(
        0, article_id, event_id, sentence, offset, trigger, machine_event, machine_cameo, pattern,
        *(coding or (None, None, None, None, None)), _side(source, "source"), _side(target, "target"), wrong,
        (user or "").strip() or default_user(), _now(), (why or "").strip() or None)
    connection.execute("BEGIN TRANSACTION")
    try:
        number = connection.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()
        made = replace(made, id=int(number[0] if number else 1))
        names = [f.name for f in fields(Correction)]
        connection.execute(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                           [getattr(made, name) for name in names])
        connection.execute("COMMIT")
    except duckdb.Error as error:
        connection.execute("ROLLBACK")
        raise StoreError(f"cannot store the correction: {error}", record=store.path) from error
    store.apply_corrections()
    return made


def all_corrections(store: "Store", article_id: str | None = None) -> list[Correction]:
    """Corrections in the order they were made: all of them, or those of one article."""
    table = _qualified(store.connection, "corrections")
    where, params = ("article_id = ?", [article_id]) if article_id is not None else ("TRUE", [])
    names = ", ".join(f.name for f in fields(Correction))
    rows = store.connection.execute(f"SELECT {names} FROM {table} WHERE {where} ORDER BY id", params).fetchall()
    return [Correction(*row) for row in rows]


def anchor(sentence_text: str, trigger_offset: int | None, trigger_text: str | None,
           machine_event: str) -> tuple[str, int, str, str]:
    """What finds an event again after a re-ingest (as the overlay's join compares it)."""
    return sentence_text, -1 if trigger_offset is None else trigger_offset, trigger_text or "", machine_event


def history(store: "Store", article_id: str, event_id: str) -> list[Correction]:
    """The corrections of one event, oldest first: those made on its anchor, so corrections made before a
    re-ingest renumbered the event count too. SettingsError for an unknown event."""
    events, articles = _qualified(store.connection, "events"), _qualified(store.connection, "articles")
    row = store.connection.execute(f"""
        SELECT e.sentence_text, e.trigger_start - e.sentence_start, e.trigger_text, e.event
        FROM {events} e JOIN {articles} a ON a.key = e.article_key WHERE a.id = ? AND e.event_id = ?""",
        [article_id, event_id]).fetchone()
    if row is None:
        raise SettingsError(f"no event {event_id!r} in article {article_id!r}")
    wanted = anchor(*row)
    return [c for c in all_corrections(store, article_id)
            if anchor(c.sentence_text, c.trigger_offset, c.trigger_text, c.machine_event) == wanted]


def corrected_records(store: "Store") -> Iterator[dict[str, Any]]:
    """`store.records()` (the contract records, as `extract` wrote them) with the corrections applied to
    their events as the queries apply them: the jsonl export. A raw store yields them unchanged."""
    records = store.records()
    by_article: dict[str, list[Correction]] = defaultdict(list)
    if not store.raw:
        for correction in all_corrections(store):
            by_article[correction.article_id].append(correction)
    if not by_article:
        yield from records
        return
    texts = dict(store.connection.execute(
        f"SELECT id, text FROM {_qualified(store.connection, 'articles')} WHERE id IN (SELECT unnest(?::VARCHAR[]))",
        [sorted(by_article)]).fetchall())
    for record in records:
        found = by_article.get(record.get("id"))
        yield _corrected(record, texts[record["id"]], found) if found and record["id"] in texts else record


def _corrected(record: dict[str, Any], text: str, corrections: list[Correction]) -> dict[str, Any]:
    """One contract record with its corrections (in the order made: the latest of each field wins)."""
    state: dict[tuple[str, int, str, str], dict[str, Any]] = {}
    for c in corrections:
        changes = state.setdefault(anchor(c.sentence_text, c.trigger_offset, c.trigger_text, c.machine_event), {})
        if c.event is not None:
            changes.update(event=c.event, mode=c.mode, cameo=c.cameo, goldstein=c.goldstein, quad_class=c.quad_class)
        for side in ("source", "target"):
            if getattr(c, side) is not None:
                changes[side] = getattr(c, side) or None
        if c.wrong is not None:
            changes["wrong"] = c.wrong
    events = []
    for event in record.get("events", []):
        start, end = event["sentence"]
        trigger = event.get("trigger")
        key = anchor(text[start:end], None if trigger is None else trigger[0] - start,
                     None if trigger is None else text[trigger[0]:trigger[1]], event["event"])
        changes = dict(state.get(key, {}))
        if changes.pop("wrong", False):
            continue
        events.append({**event, **changes})
    return {**record, "events": events}


def write_jsonl(corrections: Iterable[Correction], out: TextIO) -> int:
    count = 0
    for correction in corrections:
        out.write(json.dumps(correction.as_json(), ensure_ascii=False, sort_keys=True) + "\n")
        count += 1
    return count


# -- learning from corrections ---------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Suggestion:
    """A candidate verb_patterns.tsv row learnt from corrections that agree."""

    verb: str
    prep: str | None
    object: str
    code: str
    fixed: tuple[Correction, ...]  # the corrections the rule would have made unnecessary
    would_change: int  # other stored events the rule would recode

    def row(self) -> str:
        """The row for a verb_patterns.tsv (columns verb, prep, object, code, target, role, note)."""
        note = f"learnt from {len(self.fixed)} corrections ({', '.join(sorted({c.made_by for c in self.fixed}))})"
        return "\t".join([self.verb, self.prep or "", self.object, self.code, "", "", note])


def _frame_key(nlp: Any, sentence: str, offset: int | None) -> tuple[str, str | None, str] | None:
    """(verb lemma, preposition or None, object head lemma) of the trigger at `offset` in `sentence`."""
    from .stages.events.frames import frame as _frame

    if offset is None:
        return None
    doc = nlp(sentence)
    token = next((t for t in doc if t.idx == offset), None)
    if token is None or token.pos_ not in ("VERB", "AUX"):
        return None
    lemma = token.lemma_.lower()
    frame = _frame(token, lemma)
    for slot in ("dobj", "nsubjpass"):
        if frame.slots.get(slot):
            return lemma, None, frame.slots[slot][0].head
    for prep in sorted(frame.preps):
        if frame.slots.get(prep):
            return lemma, prep, frame.slots[prep][0].head
    return None


def suggest(store: "Store", nlp: Any, min_count: int = 2, scan_limit: int = 5000) -> list[Suggestion]:
    """Rules from repeated corrections: where at least `min_count` current corrections of events whose
    trigger is the same verb with the same object head (and preposition) gave the same CAMEO code, one
    verb_patterns.tsv row with that code. `would_change` counts the other stored events (at most
    `scan_limit` looked at per verb) with that verb and object whose code differs."""
    latest: dict[tuple[Any, ...], Correction] = {}
    for correction in all_corrections(store):
        if correction.cameo is not None:
            latest[(correction.article_id, correction.sentence_text, correction.trigger_offset,
                    correction.machine_event)] = correction
    groups: dict[tuple[str, str | None, str, str], list[Correction]] = defaultdict(list)
    for correction in latest.values():
        key = _frame_key(nlp, correction.sentence_text, correction.trigger_offset)
        if key is not None and correction.cameo is not None:
            groups[(*key, correction.cameo)].append(correction)
    suggestions = []
    for (verb, prep, obj, code), fixed in sorted(groups.items()):
        if len(fixed) < min_count:
            continue
        anchors = {(c.article_id, c.sentence_text, c.trigger_offset) for c in fixed}
        # Candidates: events coded by a pattern of this verb (the pattern text starts with its lemma, or
        # follows a "cue >" prefix); each is parsed to check its object, as the rule would.
        rows = store._query(f"""
            SELECT art.id, e.sentence_text, e.trigger_start - e.sentence_start, e.cameo
            FROM events e JOIN articles art ON art.key = e.article_key
            WHERE regexp_matches(coalesce(e.pattern, ''), ?)
            ORDER BY art.id, e.ordinal LIMIT {int(scan_limit)}""", [f"(^|> ){re.escape(verb)}( |$)"])
        changed = sum(1 for article_id, sentence, offset, cameo in rows
                      if (article_id, sentence, offset) not in anchors and cameo != code
                      and _frame_key(nlp, sentence, offset) == (verb, prep, obj))
        suggestions.append(Suggestion(verb, prep, obj, code, tuple(fixed), changed))
    return suggestions


__all__ = ["Correction", "FIELDS", "corrected_records", "install", "Suggestion", "all_corrections", "correct", "default_user", "overlay",
           "parse_event_ref", "suggest", "write_jsonl", "anchor", "history"]
