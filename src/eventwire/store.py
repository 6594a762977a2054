"""The embedded DuckDB store: a versioned schema, idempotent ingest, and the queries analysts ask.

    from eventwire.store import open_store
    with open_store("eventwire.duckdb") as store:
        report = store.ingest(pipeline.pipe(articles))
        store.events(actor="Putin", type="CONSULT", since="2023-09")
        store.quotes(speaker="Kim")

Rows are written from `to_contract(article)`, the canonical output record, so the store and the
`eventwire extract` JSONL never disagree. An article's key is a hash of its content (id, text, published);
every child row is keyed by (article key, local id). Re-ingesting an unchanged article writes nothing; a new
text under a known id replaces that article's rows. Articles are written in batches, one transaction each;
an article the database refuses fails alone (the batch is retried one article at a time), an interrupted
ingest keeps everything committed before the interruption, and a rerun finishes the job.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import threading
import time
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from types import MappingProxyType
from typing import Any, Iterable, Iterator, Mapping, Sequence

import duckdb

from .errors import StoreError
from .formats.contract import to_contract
from .dates import period_label_sql
from .frames import Rows
from .records import Article, Failure
from .timex import day_of, period

# Each entry migrates the schema from version N to N+1; never edit a shipped entry, append a new one.
# Every statement is idempotent (IF NOT EXISTS / OR REPLACE), so a migration interrupted half-way reruns.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE IF NOT EXISTS articles (
            key VARCHAR PRIMARY KEY,          -- sha256 of (id, text, published): changes when the content does
            id VARCHAR NOT NULL UNIQUE,       -- the caller's id; one current version per id
            content_hash VARCHAR NOT NULL,    -- sha256 of the text alone: finds one text filed under two ids
            title VARCHAR, url VARCHAR, source VARCHAR, licence VARCHAR,
            published DATE,
            text VARCHAR NOT NULL,
            record VARCHAR NOT NULL,          -- to_contract(article) as JSON: the exact extract output
            ingested_at TIMESTAMP NOT NULL
        )""",
        """CREATE TABLE IF NOT EXISTS actors (
            article_key VARCHAR NOT NULL, actor_id VARCHAR NOT NULL, ordinal INTEGER NOT NULL,
            name VARCHAR NOT NULL, kind VARCHAR, country VARCHAR, sector VARCHAR, code VARCHAR,
            PRIMARY KEY (article_key, actor_id)
        )""",
        """CREATE TABLE IF NOT EXISTS mentions (
            article_key VARCHAR NOT NULL, actor_id VARCHAR NOT NULL, ordinal INTEGER NOT NULL,
            start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, how VARCHAR, text VARCHAR NOT NULL,
            PRIMARY KEY (article_key, actor_id, ordinal)
        )""",
        """CREATE TABLE IF NOT EXISTS events (
            article_key VARCHAR NOT NULL, event_id VARCHAR NOT NULL, ordinal INTEGER NOT NULL,
            event VARCHAR NOT NULL, mode VARCHAR, contexts VARCHAR[], cameo VARCHAR, goldstein DOUBLE,
            quad_class INTEGER, actors VARCHAR[], recipients VARCHAR[], source VARCHAR, target VARCHAR,
            date_value VARCHAR,               -- the TIMEX3 value as extracted: 2023-09-13, 2023-09, 2023-W36
            date DATE,                        -- set only when date_value is a full calendar date
            date_start DATE, date_end DATE,   -- the period date_value covers, for --since/--until
            place VARCHAR, sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
            sentence_text VARCHAR NOT NULL, trigger_start INTEGER, trigger_end INTEGER, trigger_text VARCHAR,
            reported_by VARCHAR, negated BOOLEAN NOT NULL, hypothetical BOOLEAN NOT NULL, pattern VARCHAR,
            PRIMARY KEY (article_key, event_id)
        )""",
        # Who took part in which event, one row per (event, role, actor): the join the actor filters use.
        """CREATE TABLE IF NOT EXISTS event_actors (
            article_key VARCHAR NOT NULL, event_id VARCHAR NOT NULL, role VARCHAR NOT NULL,
            actor_id VARCHAR NOT NULL,
            PRIMARY KEY (article_key, event_id, role, actor_id)
        )""",
        """CREATE TABLE IF NOT EXISTS quotes (
            article_key VARCHAR NOT NULL, quote_id VARCHAR NOT NULL, ordinal INTEGER NOT NULL,
            kind VARCHAR NOT NULL, content_starts INTEGER[] NOT NULL, content_ends INTEGER[] NOT NULL,
            content_text VARCHAR NOT NULL, cue_start INTEGER, cue_end INTEGER, cue_text VARCHAR,
            speaker VARCHAR, speaker_start INTEGER, speaker_end INTEGER, speaker_text VARCHAR,
            PRIMARY KEY (article_key, quote_id)
        )""",
        """CREATE TABLE IF NOT EXISTS times (
            article_key VARCHAR NOT NULL, ordinal INTEGER NOT NULL,
            start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, text VARCHAR NOT NULL,
            type VARCHAR, value VARCHAR, date DATE, mod VARCHAR,
            PRIMARY KEY (article_key, ordinal)
        )""",
        """CREATE TABLE IF NOT EXISTS places (
            article_key VARCHAR NOT NULL, place_id VARCHAR NOT NULL, ordinal INTEGER NOT NULL,
            start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, text VARCHAR NOT NULL, name VARCHAR,
            country VARCHAR, lat DOUBLE, lon DOUBLE, geonameid BIGINT, feature VARCHAR,
            PRIMARY KEY (article_key, place_id)
        )""",
        # Every way the text names an actor; pronouns are left out so that "he" matches nobody in particular.
        """CREATE OR REPLACE VIEW actor_names AS
            SELECT article_key, actor_id, name AS text FROM actors
            UNION SELECT article_key, actor_id, text FROM mentions WHERE how IS DISTINCT FROM 'pronoun'""",
        "CREATE INDEX IF NOT EXISTS events_event ON events (event)",
        "CREATE INDEX IF NOT EXISTS events_date_start ON events (date_start)",
        "CREATE INDEX IF NOT EXISTS events_date_end ON events (date_end)",
        "CREATE INDEX IF NOT EXISTS events_source ON events (source)",
        "CREATE INDEX IF NOT EXISTS events_target ON events (target)",
        "CREATE INDEX IF NOT EXISTS event_actors_actor ON event_actors (article_key, actor_id)",
        "CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (article_key, speaker)",
        "CREATE INDEX IF NOT EXISTS mentions_actor ON mentions (article_key, actor_id)",
        "CREATE INDEX IF NOT EXISTS actors_name ON actors (name)",
        "CREATE INDEX IF NOT EXISTS actors_code ON actors (code)",
        "CREATE INDEX IF NOT EXISTS times_date ON times (date)",
        "CREATE INDEX IF NOT EXISTS articles_published ON articles (published)",
    ),
    (
        # Cross-article deduplication. One real-world event reported by several articles (or twice in one)
        # is one group, keyed like GDELT's events: the day (or the TIMEX3 period when the text gives only a
        # month, week or year; else the publication day), the source and target CAMEO codes (the first
        # participant's lower-cased name where the pipeline coded none), the CAMEO code (the PLOVER type
        # where there is none), the place's country (its name where no country is known), and the modality:
        # a denial or a hypothetical never merges with the event it denies. Every member row keeps its
        # evidence in `events`; `outlet` (the source, else the URL's host, else the article) counts sources.
        """CREATE OR REPLACE VIEW event_group_members AS
            WITH k AS (
                SELECT e.article_key, e.event_id, art.id AS article_id,
                    coalesce(CASE WHEN e.date IS NOT NULL THEN strftime(e.date, '%Y-%m-%d')
                                  WHEN e.date_start IS NOT NULL THEN e.date_value END,
                             strftime(art.published, '%Y-%m-%d'), '') AS key_date,
                    coalesce(e.source, (SELECT lower(arg_min(a.name, a.ordinal)) FROM event_actors r
                        JOIN actors a USING (article_key, actor_id) WHERE r.article_key = e.article_key
                        AND r.event_id = e.event_id AND r.role = 'actor'), '') AS key_source,
                    coalesce(e.target, (SELECT lower(arg_min(a.name, a.ordinal)) FROM event_actors r
                        JOIN actors a USING (article_key, actor_id) WHERE r.article_key = e.article_key
                        AND r.event_id = e.event_id AND r.role = 'recipient'), '') AS key_target,
                    coalesce(e.cameo, e.event) AS key_event,
                    coalesce(p.country, lower(p.name), '') AS key_location,
                    CASE WHEN e.negated THEN 'negated' WHEN e.hypothetical THEN 'hypothetical'
                         ELSE 'asserted' END AS modality,
                    coalesce(nullif(trim(art.source), ''),
                             nullif(regexp_extract(lower(coalesce(art.url, '')),
                                                   '^[a-z][a-z0-9+.-]*://(?:www\\.)?([^/:?#]+)', 1), ''),
                             'article:' || art.id) AS outlet
                FROM events e JOIN articles art ON art.key = e.article_key
                LEFT JOIN places p ON p.article_key = e.article_key AND p.place_id = e.place)
            SELECT left(sha256(concat_ws(chr(31), key_date, key_source, key_target, key_event, key_location,
                                         modality)), 16) AS group_id, *
            FROM k""",
        """CREATE OR REPLACE VIEW event_groups AS
            SELECT m.group_id, m.key_date AS date, m.key_source AS source, m.key_target AS target,
                   m.key_event AS code, m.key_location AS location, m.modality,
                   min(e.event) AS event, min(e.cameo) AS cameo, avg(e.goldstein) AS goldstein,
                   min(e.quad_class) AS quad_class,
                   count(*) AS num_mentions, count(DISTINCT m.outlet) AS num_sources,
                   count(DISTINCT m.article_key) AS num_articles,
                   list(DISTINCT m.article_id ORDER BY m.article_id) AS article_ids
            FROM event_group_members m JOIN events e USING (article_key, event_id)
            GROUP BY m.group_id, m.key_date, m.key_source, m.key_target, m.key_event, m.key_location, m.modality""",
    ),
    (
        # How an event's place was found (event_places.py): its own clause, a locative phrase of its sentence,
        # or the article's dateline, so that users can keep only the surer ones.
        "ALTER TABLE events ADD COLUMN IF NOT EXISTS place_source VARCHAR",
    ),
    (
        # Dates that say how precise they are. The precision of a TIMEX3 value, as eventwire.dates.precision
        # gives it (tests/test_dates.py holds the two to the same answers).
        r"""CREATE OR REPLACE MACRO date_precision_of(v) AS CASE
            WHEN v IS NULL THEN NULL
            WHEN regexp_matches(v, '^\d{4}-\d{2}-\d{2}(T.*)?$') THEN 'day'
            WHEN regexp_matches(v, '^\d{4}-W\d{1,2}-WE(T.*)?$') THEN 'weekend'
            WHEN regexp_matches(v, '^\d{4}-W\d{1,2}(T.*)?$') THEN 'week'
            WHEN regexp_matches(v, '^\d{4}-\d{2}(T.*)?$') THEN 'month'
            WHEN regexp_matches(v, '^\d{4}-Q[1-4](T.*)?$') THEN 'quarter'
            WHEN regexp_matches(v, '^\d{4}-H[12](T.*)?$') THEN 'half'
            WHEN regexp_matches(v, '^\d{4}-(SP|SU|FA|WI)(T.*)?$') THEN 'season'
            WHEN regexp_matches(v, '^\d{4}(T.*)?$') THEN 'year' END""",
        # Every event's period, precision and where its date came from: the text, else the publication day.
        """CREATE OR REPLACE VIEW event_dates AS
            SELECT e.article_key, e.event_id,
                   coalesce(e.date_start, art.published) AS date_start,
                   coalesce(e.date_end, art.published) AS date_end,
                   CASE WHEN e.date_start IS NOT NULL THEN date_precision_of(e.date_value)
                        WHEN art.published IS NOT NULL THEN 'day' END AS date_precision,
                   CASE WHEN e.date_start IS NOT NULL THEN 'text'
                        WHEN art.published IS NOT NULL THEN 'published' END AS date_source
            FROM events e JOIN articles art ON art.key = e.article_key""",
        # The outlet of each article by registered domain (eventwire.outlets, computed at ingest: courlan
        # knows the public suffixes, SQL does not); stores ingested before this migration fall back to hosts.
        """CREATE TABLE IF NOT EXISTS article_outlets (
            article_key VARCHAR PRIMARY KEY, outlet VARCHAR NOT NULL)""",
        # Groups as in migration 2, with two changes: outlets by registered domain, and a report dated
        # less precisely ("2020-W01", "2020-01") joins the group of a day-precise report of the same
        # event (same sides, code, place and modality) whose day lies inside its period ("2020-01-03");
        # with several such days, the earliest, so that the grouping stays deterministic.
        """CREATE OR REPLACE VIEW event_group_members AS
            WITH k AS (
                SELECT e.article_key, e.event_id, art.id AS article_id,
                    coalesce(CASE WHEN e.date IS NOT NULL THEN strftime(e.date, '%Y-%m-%d')
                                  WHEN e.date_start IS NOT NULL THEN e.date_value END,
                             strftime(art.published, '%Y-%m-%d'), '') AS own_date,
                    coalesce(e.date_start, art.published) AS first_day,
                    coalesce(e.date_end, art.published) AS last_day,
                    coalesce(e.source, (SELECT lower(arg_min(a.name, a.ordinal)) FROM event_actors r
                        JOIN actors a USING (article_key, actor_id) WHERE r.article_key = e.article_key
                        AND r.event_id = e.event_id AND r.role = 'actor'), '') AS key_source,
                    coalesce(e.target, (SELECT lower(arg_min(a.name, a.ordinal)) FROM event_actors r
                        JOIN actors a USING (article_key, actor_id) WHERE r.article_key = e.article_key
                        AND r.event_id = e.event_id AND r.role = 'recipient'), '') AS key_target,
                    coalesce(e.cameo, e.event) AS key_event,
                    coalesce(p.country, lower(p.name), '') AS key_location,
                    CASE WHEN e.negated THEN 'negated' WHEN e.hypothetical THEN 'hypothetical'
                         ELSE 'asserted' END AS modality,
                    coalesce(o.outlet, nullif(trim(art.source), ''),
                             nullif(regexp_extract(lower(coalesce(art.url, '')),
                                                   '^[a-z][a-z0-9+.-]*://(?:www\\.)?([^/:?#]+)', 1), ''),
                             'article:' || art.id) AS outlet
                FROM events e JOIN articles art ON art.key = e.article_key
                LEFT JOIN places p ON p.article_key = e.article_key AND p.place_id = e.place
                LEFT JOIN article_outlets o ON o.article_key = e.article_key),
            finer AS (
                SELECT c.article_key, c.event_id, min(d.own_date) AS day
                FROM k c JOIN k d ON d.first_day = d.last_day AND c.first_day < c.last_day
                    AND d.first_day BETWEEN c.first_day AND c.last_day
                    AND d.key_source = c.key_source AND d.key_target = c.key_target
                    AND d.key_event = c.key_event AND d.key_location = c.key_location AND d.modality = c.modality
                GROUP BY c.article_key, c.event_id),
            g AS (
                SELECT k.article_key, k.event_id, k.article_id, coalesce(finer.day, k.own_date) AS key_date,
                       k.key_source, k.key_target, k.key_event, k.key_location, k.modality, k.outlet
                FROM k LEFT JOIN finer USING (article_key, event_id))
            SELECT left(sha256(concat_ws(chr(31), key_date, key_source, key_target, key_event, key_location,
                                         modality)), 16) AS group_id, *
            FROM g""",
    ),
    (
        # Analysts' corrections of events (corrections.py), kept apart from the machine output so that a
        # re-ingest or --refresh rewrites the machine rows and keeps them. An event is found again by its
        # anchor: article id, sentence text, the trigger's offset in it and its text, and the machine's type.
        """CREATE TABLE IF NOT EXISTS corrections (
            id INTEGER PRIMARY KEY,           -- the order corrections were made in: the latest wins
            article_id VARCHAR NOT NULL, event_id VARCHAR NOT NULL,   -- the event as it was when corrected
            sentence_text VARCHAR NOT NULL, trigger_offset INTEGER, trigger_text VARCHAR,
            machine_event VARCHAR NOT NULL, machine_cameo VARCHAR, pattern VARCHAR,
            event VARCHAR, mode VARCHAR, cameo VARCHAR, goldstein DOUBLE, quad_class INTEGER,  -- a new coding
            source VARCHAR, target VARCHAR,   -- new side codes; '' clears one
            wrong BOOLEAN,                    -- true: no such event; false: takes a 'wrong' back
            made_by VARCHAR NOT NULL, made_at TIMESTAMP NOT NULL, why VARCHAR
        )""",
        "CREATE INDEX IF NOT EXISTS corrections_article ON corrections (article_id)",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)

# The columns each insert fills, by name: a later migration that adds a column cannot shift the values.
COLUMNS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "articles": ("key", "id", "content_hash", "title", "url", "source", "licence", "published", "text", "record",
                 "ingested_at"),
    "actors": ("article_key", "actor_id", "ordinal", "name", "kind", "country", "sector", "code"),
    "mentions": ("article_key", "actor_id", "ordinal", "start_char", "end_char", "how", "text"),
    "events": ("article_key", "event_id", "ordinal", "event", "mode", "contexts", "cameo", "goldstein", "quad_class",
               "actors", "recipients", "source", "target", "date_value", "date", "date_start", "date_end", "place",
               "sentence_start", "sentence_end", "sentence_text", "trigger_start", "trigger_end", "trigger_text",
               "reported_by", "negated", "hypothetical", "pattern", "place_source"),
    "event_actors": ("article_key", "event_id", "role", "actor_id"),
    "quotes": ("article_key", "quote_id", "ordinal", "kind", "content_starts", "content_ends", "content_text",
               "cue_start", "cue_end", "cue_text", "speaker", "speaker_start", "speaker_end", "speaker_text"),
    "times": ("article_key", "ordinal", "start_char", "end_char", "text", "type", "value", "date", "mod"),
    "places": ("article_key", "place_id", "ordinal", "start_char", "end_char", "text", "name", "country", "lat",
               "lon", "geonameid", "feature"),
})

_INSERT_CHUNK = 256  # rows per INSERT statement: long enough to save round trips, short enough to parse fast

# Articles per transaction: a commit per article cost a BEGIN/COMMIT, a key look-up and ~8 INSERTs each. A batch
# is also committed once its first article has waited _BATCH_SECONDS, so that with a slow pipeline little
# finished work sits uncommitted (a killed process loses at most that; a rerun redoes it).
_BATCH_ARTICLES = 32
_BATCH_SECONDS = 2.0
_TICK_SECONDS = 0.25  # how often the commit timer looks at the clock

# Child tables, in the order rows are deleted when an article is replaced.
CHILD_TABLES = ("event_actors", "events", "quotes", "times", "places", "mentions", "actors")

# Errors that mean the database itself is unusable (disk, file, corruption): stop the ingest. Any other
# duckdb error while writing one article (a constraint a buggy stage broke, say) fails only that article.
_FATAL = (duckdb.IOException, duckdb.InternalException, duckdb.FatalException, duckdb.ConnectionException)


# A damaged file surfaces as a plain duckdb.Error ("Corrupt database file: computed checksum … does not match"),
# not one of the classes above: recognised by its message.
_DAMAGE_WORDS = ("corrupt database", "checksum", "database file is damaged", "invalidated")


def _damaged(error: duckdb.Error) -> bool:
    message = str(error).lower()
    return any(words in message for words in _DAMAGE_WORDS)


@dataclass(frozen=True, slots=True)
class IngestReport:
    added: int = 0  # new article ids
    replaced: int = 0  # known ids whose content changed: their old rows were replaced
    unchanged: int = 0  # same content as stored: nothing written
    failed: tuple[tuple[str, str], ...] = ()  # (id, reason), in input order

    @property
    def ok(self) -> bool:
        return not self.failed


@dataclass(frozen=True, slots=True)
class EventRow:
    article_id: str
    event_id: str
    date: str | None  # the TIMEX3 value
    event: str
    mode: str | None
    cameo: str | None
    goldstein: float | None
    quad_class: int | None
    source: str | None
    target: str | None
    actors: str  # names, "; "-separated
    recipients: str
    place: str | None
    trigger: str | None
    sentence: str
    reported_by: str | None
    negated: bool
    hypothetical: bool
    # The period of `date` (else the publication day) and how precise it is (eventwire.dates).
    date_start: date | None = None
    date_end: date | None = None
    date_precision: str | None = None


@dataclass(frozen=True, slots=True)
class GroupRow:
    """One event as several articles reported it (the `event_groups` view), with its first report's evidence."""

    group_id: str
    date: str | None  # the group's day (or TIMEX3 period)
    event: str
    cameo: str | None
    source: str | None  # CAMEO code, or the first participant's name where the pipeline coded none
    target: str | None
    location: str | None  # the place's country code, or its name
    modality: str  # asserted | negated | hypothetical
    goldstein: float | None
    quad_class: int | None
    mentions: int  # event rows in the group (an article may report the event twice)
    sources: int  # distinct outlets (the article's source, else its URL's host)
    articles: int
    article_ids: str  # "; "-separated, sorted
    actors: str  # the first report's participants, as in EventRow
    recipients: str
    trigger: str | None
    sentence: str
    first_article: str


@dataclass(frozen=True, slots=True)
class Participant:
    actor_id: str
    name: str
    kind: str | None
    code: str | None
    country: str | None
    sector: str | None


@dataclass(frozen=True, slots=True)
class PlaceRef:
    place_id: str
    name: str | None
    text: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    feature: str | None


@dataclass(frozen=True, slots=True)
class EventMention:
    """An event row with everything an export needs: its article, participants, place and group counts."""

    article_id: str
    title: str | None
    url: str | None
    outlet: str  # the article's source, else its URL's host, else 'article:<id>'
    published: date | None
    ingested_at: datetime
    lead_end: int  # where the article's first paragraph ends: events before it are "root" events
    event_id: str
    ordinal: int
    event: str
    mode: str | None
    contexts: tuple[str, ...]
    cameo: str | None
    goldstein: float | None
    quad_class: int | None
    source: str | None
    target: str | None
    date: str | None  # the TIMEX3 value as extracted
    day: date | None  # the event's day: its own where the text gives one, else the publication date
    actors: tuple[Participant, ...]
    recipients: tuple[Participant, ...]
    reported_by: Participant | None
    place: PlaceRef | None
    sentence: tuple[int, int]
    sentence_text: str
    trigger: tuple[int, int] | None
    trigger_text: str | None
    negated: bool
    hypothetical: bool
    pattern: str | None
    group_id: str
    group_date: str
    modality: str
    num_mentions: int
    num_sources: int
    num_articles: int
    # `day` is the first day of the event's period (eventwire.dates); these say how far it reaches.
    date_end: date | None = None
    date_precision: str | None = None
    article_key: str = ""


@dataclass(frozen=True, slots=True)
class PeriodRow:
    period: str  # 2023-09, 2023-W36, 2023-09-13 or 2023
    event: str
    events: int
    goldstein: float | None  # the mean Goldstein score of those events


@dataclass(frozen=True, slots=True)
class QuoteRow:
    article_id: str
    quote_id: str
    published: date | None
    kind: str
    speaker: str | None  # the actor's name, or the attribution's text when no actor was resolved
    speaker_code: str | None
    cue: str | None
    text: str  # the quoted content; pieces of an interrupted quote are joined with " … "
    # Ids of the events reported inside the quote: their trigger (or, without one, their sentence) lies
    # within one of the quote's content spans. The quote is how the text knows of them.
    events: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ActorRow:
    name: str
    kind: str | None
    code: str | None
    country: str | None
    sector: str | None
    articles: int
    mentions: int


@dataclass(frozen=True, slots=True)
class Summary:
    articles: int
    first_published: date | None
    last_published: date | None
    actors: int  # distinct (name, code) pairs across articles
    mentions: int
    events: int
    quotes: int
    times: int
    places: int
    events_by_type: tuple[tuple[str, int], ...]
    top_dyads: tuple[tuple[str, str, int], ...]  # (source, target, events)
    top_actors: tuple[ActorRow, ...]
    sample_events: tuple[EventRow, ...]
    sample_quotes: tuple[QuoteRow, ...]


def article_key(article: Article) -> str:
    """sha256 of (id, text, published): JSON-encoded so that no two different triples hash alike."""
    published = article.published.isoformat() if article.published else None
    return _sha256(json.dumps([article.id, article.text, published], ensure_ascii=False))


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_LAT_LON = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$")


def _bound(value: date | str | None, end: bool) -> date | None:
    """A --since/--until bound: a date, or a TIMEX3-style string ('2023', '2023-09'), as its first/last day."""
    if value is None or isinstance(value, date):
        return value
    days = period(value)
    if days is None:
        raise StoreError(f"{value!r} is not a date; use YYYY-MM-DD, YYYY-MM or YYYY")
    return days[1] if end else days[0]


# The names of an event's participants in one role (the alias `e` is the event row), joined with "; ".
_PARTICIPANTS = """coalesce((SELECT string_agg(a.name, '; ' ORDER BY a.ordinal) FROM event_actors r
    JOIN actors a USING (article_key, actor_id) WHERE r.article_key = e.article_key
    AND r.event_id = e.event_id AND r.role = '{role}'), '')"""
# An event's period: its own date where the text gave one, else its article's publication date.
_EVENT_START = "coalesce(e.date_start, art.published)"
_EVENT_END = "coalesce(e.date_end, art.published)"
_EVENT_PRECISION = """CASE WHEN e.date_start IS NOT NULL THEN date_precision_of(e.date_value)
                           WHEN art.published IS NOT NULL THEN 'day' END"""
_PERIODS: Mapping[str, str] = MappingProxyType({"day": "%Y-%m-%d", "week": "%G-W%V", "month": "%Y-%m", "year": "%Y"})


def _event_filter(actor: str | None, recipient: str | None, type: str | None, since: date | str | None,
                  until: date | str | None, near: tuple[float, float] | None = None,
                  km: float = 0.0) -> tuple[str, list[Any]]:
    """The WHERE clause (over `events e JOIN articles art`) and its parameters for the event filters."""
    where: list[str] = []
    params: list[Any] = []
    if near is not None:
        # Great-circle distance (haversine, Earth radius 6371 km) from the event's place.
        where.append("""EXISTS (SELECT 1 FROM places p WHERE p.article_key = e.article_key AND p.place_id = e.place
            AND p.lat IS NOT NULL AND p.lon IS NOT NULL
            AND 2 * 6371 * asin(sqrt(pow(sin(radians(p.lat - ?) / 2), 2)
                + cos(radians(?)) * cos(radians(p.lat)) * pow(sin(radians(p.lon - ?) / 2), 2))) <= ?)""")
        params += [near[0], near[0], near[1], km]
    roles = tuple((role, value) for role, value in (("actor", actor), ("recipient", recipient)) if value)
    if roles:
        sql, role_params = _participant_filter(roles)
        where.append(sql)
        params += role_params
    if type:
        from .knowledge.cameo import check_event_type

        problem = check_event_type(type)
        if problem:
            raise StoreError(problem)
        where.append("upper(e.event) = upper(?) OR starts_with(coalesce(e.cameo, ''), ?)")
        params += [type, type]
    if since is not None:
        where.append(f"{_EVENT_END} >= ?")
        params.append(_bound(since, end=False))
    if until is not None:
        where.append(f"{_EVENT_START} <= ?")
        params.append(_bound(until, end=True))
    return " AND ".join(f"({w})" for w in where) or "TRUE", params


# For each role: the `events` column listing its participants (the same ids as the event's `event_actors`
# rows in that role, both written from the contract record) and the column with the CAMEO code of that side.
_ROLE_COLUMNS: Mapping[str, tuple[str, str]] = MappingProxyType({"actor": ("actors", "source"),
                                                                 "recipient": ("recipients", "target")})


def _participant_filter(roles: Sequence[tuple[str, str]]) -> tuple[str, list[Any]]:
    """The actor/recipient filters (over `events e`) as one semi-join on `e.rowid`, and their parameters.

    An event matches a role when its CAMEO code for that side starts with the query, or a participant in that
    role has a code starting with it, or a name or non-pronoun mention with a word starting with it. As a
    correlated EXISTS per role, OR-ed with the code test, this ran a regexp per name and per event (~0.27 s at
    a million events, benchmarks/README.md). Here the matching actors are found first, once per query, and
    listed per article; one pass over the narrow columns of `events` checks each event against its article's
    lists, and the outer query keeps the matching rowids (an integer semi-join: no wide rows carried
    through the string-keyed join).
    """
    matched: list[str] = []
    checks: list[str] = []
    params: list[Any] = []
    # A country's name ("Iran") stands for everyone of that country: its government, military, people and
    # citizens (code prefix IRN, or an actor whose country is IRN), not only actors named "Iran".
    countries = {value: country_code(value) for _, value in roles}
    for role, value in roles:
        name_sql, name_params = _name_match("name", value)
        text_sql, text_params = _name_match("text", value)
        matched.append(f"""
            SELECT '{role}' AS role, article_key, actor_id FROM actors
                WHERE starts_with(upper(coalesce(code, '')), upper(?)) OR country = ?
                   OR starts_with(upper(coalesce(code, '')), ?)
            UNION ALL SELECT '{role}', article_key, actor_id FROM actors WHERE {name_sql}
            UNION ALL SELECT '{role}', article_key, actor_id FROM mentions
                WHERE how IS DISTINCT FROM 'pronoun' AND {text_sql}""")
        params += [value, countries[value], countries[value], *name_params, *text_params]
    for role, value in roles:
        ids, code = _ROLE_COLUMNS[role]
        # Most events have one participant per side: list_contains on it is much cheaper than list_has_any.
        checks.append(f"""(starts_with(upper(coalesce(x.{code}, '')), upper(?))
            OR starts_with(upper(coalesce(x.{code}, '')), ?)
            OR (hit.{role}_ids IS NOT NULL AND (list_contains(hit.{role}_ids, x.{ids}[1])
                OR (len(x.{ids}) > 1 AND list_has_any(x.{ids}, hit.{role}_ids)))))""")
        params += [value, countries[value]]
    lists = ", ".join(f"list(actor_id) FILTER (WHERE role = '{role}') AS {role}_ids" for role, _ in roles)
    sql = f"""e.rowid IN (
        SELECT x.rowid FROM events x
        LEFT JOIN (SELECT article_key, {lists} FROM ({' UNION ALL '.join(matched)}) GROUP BY article_key) hit
          ON hit.article_key = x.article_key
        WHERE {' AND '.join(checks)})"""
    return sql, params


def country_code(query: str) -> str | None:
    """The CAMEO country code a query names ("Iran", "North Korea", "Iranian" → IRN, PRK, IRN), else None.
    A code given as such ("IRN", "IRNGOV") is matched as a prefix already and is left alone here."""
    from .dyads import country_code as lookup

    return lookup(query)


def _name_match(column: str, query: str) -> tuple[str, list[Any]]:
    """SQL for "`_word_start(query)` matches `column`", with a cheap test first that rules out most rows
    without running the regexp: for an ASCII query, an ASCII text can match only if its lower case contains
    the query's. Other texts go to the regexp unfiltered (RE2's case folding pairs letters that lower() keeps
    apart, such as 'ſ' and 's'), so the result is exactly the regexp's."""
    pattern = _word_start(query)
    word = query.strip()
    if not word.isascii():
        return f"regexp_matches({column}, ?)", [pattern]
    ascii_test = f"(strlen({column}) > length({column}) OR contains(lower({column}), lower(?)))"
    return f"{ascii_test} AND regexp_matches({column}, ?)", [word, pattern]


def _word_start(query: str) -> str:
    """A case-insensitive RE2 pattern for `query` at the start of a word, so that a short query stays
    precise: "US" finds "the US army" but not "Russia"; "Kim" finds "Mr. Kim" (and "Kimberley").
    The word start is spelled out rather than RE2's \\b, which knows only ASCII letters: with \\b, "Özil"
    never matched "Mesut Özil" (no boundary between a space and 'Ö') and "rus" matched inside "éRUS"."""
    pattern = re.escape(query.strip())
    return f"(?i)(?:^|[^\\pL\\pN_]){pattern}" if query.strip()[:1].isalnum() else f"(?i){pattern}"


def _text(text: str, span: Sequence[int] | None) -> str | None:
    return text[span[0]:span[1]] if span else None


class Store:
    """One DuckDB database. Not thread-safe: use one Store per thread (DuckDB allows one writing process)."""

    def __init__(self, connection: duckdb.DuckDBPyConnection, path: str, read_only: bool = False,
                 raw: bool = False) -> None:
        self.connection = connection
        self.path = path
        self.read_only = read_only
        self.raw = raw  # True: queries show the machine output, without the analysts' corrections
        # The connection queries read through: one with the corrections overlay (corrections.py), or None
        # for `connection` itself (no corrections, or raw).
        self.reader: duckdb.DuckDBPyConnection | None = None

    def apply_corrections(self) -> None:
        """(Re)install the corrections overlay that every query reads through; call after correcting."""
        from .corrections import overlay

        self.reader = overlay(self)

    # -- life cycle -----------------------------------------------------------------------------------

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self.reader is not None and self.reader is not self.connection:
            self.reader.close()
        self.connection.close()

    def schema_version(self) -> int:
        row = self.connection.execute("SELECT max(version) FROM schema_version").fetchone()
        return int(row[0] or 0) if row else 0

    def migrate(self) -> None:
        """Bring the schema up to SCHEMA_VERSION, one transaction per migration."""
        con = self.connection
        con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMP)")
        current = self.schema_version()
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"the store has schema version {current}, newer than this eventwire knows ({SCHEMA_VERSION}); "
                "upgrade eventwire", record=self.path)
        for version in range(current + 1, SCHEMA_VERSION + 1):
            con.execute("BEGIN TRANSACTION")
            try:
                for statement in MIGRATIONS[version - 1]:
                    con.execute(statement)
                con.execute("INSERT INTO schema_version VALUES (?, ?)", [version, _now()])
                con.execute("COMMIT")
            except duckdb.Error as error:
                con.execute("ROLLBACK")
                raise StoreError(f"cannot migrate the schema to version {version}: {error}", record=self.path) from error

    # -- writing ----------------------------------------------------------------------------------------

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
        # The connection is used by this thread and by the timer below, never at once: `lock` is held for
        # every use (a DuckDB connection may move between threads, but must not be used by two at a time).
        lock = threading.Lock()
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
        rows: dict[str, list[list[Any]]] = {table: [] for table in COLUMNS}
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
                for table, table_rows in self._rows(article, key).items():
                    rows[table].extend(table_rows)
                written.append((key, article))
                outcomes.append((position, article.id, "added" if old is None else "replaced"))
            if stale:
                self._delete(stale)
            for table, table_rows in rows.items():
                self._insert_rows(table, table_rows)
            self._write_outlets(stale, written)
            con.execute("COMMIT")
        except BaseException:
            self._rollback()
            raise
        return outcomes

    def _write_outlets(self, stale: Sequence[str], written: Sequence[tuple[str, Article]]) -> None:
        """The registered-domain outlet of each written article (migration 3's `article_outlets`)."""
        from .outlets import outlet

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

    @staticmethod
    def _rows(article: Article, key: str) -> dict[str, list[list[Any]]]:
        """The rows of every table for one article, by table name."""
        record = to_contract(article)
        text = article.text
        meta = article.meta
        articles = [
            [key, article.id, _sha256(text), meta.get("title"), meta.get("url"), meta.get("source"),
             meta.get("licence") or meta.get("license"), article.published, text,
             json.dumps(record, ensure_ascii=False, sort_keys=True), _now()]]
        actors, mentions = [], []
        for ordinal, a in enumerate(record["actors"]):
            actors.append([key, a["id"], ordinal, a["name"], a["kind"], a["country"], a["sector"], a["code"]])
            kinds = a.get("mention_kinds") or [None] * len(a["mentions"])
            for number, (span, how) in enumerate(zip(a["mentions"], kinds)):
                mentions.append([key, a["id"], number, span[0], span[1], how, _text(text, span)])
        events, roles = [], []
        for ordinal, e in enumerate(record["events"]):
            days = period(e["date"])
            events.append([
                key, e["id"], ordinal, e["event"], e["mode"], e["contexts"], e["cameo"], e["goldstein"],
                e["quad_class"], e["actors"], e["recipients"], e["source"], e["target"], e["date"],
                day_of(e["date"]), days[0] if days else None, days[1] if days else None, e["place"],
                e["sentence"][0], e["sentence"][1], _text(text, e["sentence"]),
                *(e["trigger"] or [None, None]), _text(text, e["trigger"]),
                e["reported_by"], bool(e["negated"]), bool(e["hypothetical"]), e.get("pattern"),
                e.get("place_source"),
            ])
            participants = {("actor", x) for x in e["actors"]} | {("recipient", x) for x in e["recipients"]}
            if e["reported_by"]:
                participants.add(("reported_by", e["reported_by"]))
            roles.extend([key, e["id"], role, actor] for role, actor in sorted(participants))
        quotes = [
            [key, q["id"], ordinal, q["kind"], [s[0] for s in q["content"]], [s[1] for s in q["content"]],
             " … ".join(text[s[0]:s[1]] for s in q["content"]), *(q["cue"] or [None, None]), _text(text, q["cue"]),
             q["speaker"], *(q["speaker_span"] or [None, None]), _text(text, q["speaker_span"])]
            for ordinal, q in enumerate(record["quotes"])
        ]
        times = [
            [key, ordinal, t["span"][0], t["span"][1], _text(text, t["span"]), t["type"], t["value"],
             day_of(t["value"]), t["mod"]]
            for ordinal, t in enumerate(record["times"])
        ]
        places = [
            [key, p["id"], ordinal, p["span"][0], p["span"][1], _text(text, p["span"]), p["name"], p["country"],
             p["lat"], p["lon"], p["geonameid"], p["feature"]]
            for ordinal, p in enumerate(record["places"])
        ]
        return {"articles": articles, "actors": actors, "mentions": mentions, "events": events,
                "event_actors": roles, "quotes": quotes, "times": times, "places": places}

    def _insert_rows(self, table: str, rows: list[list[Any]]) -> None:
        # One multi-row INSERT per chunk: DuckDB's executemany runs a statement per row, which made the
        # writes about half of an ingest's single-process time (benchmarks/README.md).
        columns = COLUMNS[table]
        one = f"({', '.join('?' * len(columns))})"
        for start in range(0, len(rows), _INSERT_CHUNK):
            chunk = rows[start:start + _INSERT_CHUNK]
            sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES {', '.join([one] * len(chunk))}"
            self.connection.execute(sql, [value for row in chunk for value in row])

    # -- queries ----------------------------------------------------------------------------------------

    def count(self, table: str) -> int:
        if table not in CHILD_TABLES + ("articles",):
            raise StoreError(f"no table {table!r}")
        row = self.connection.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0

    def events(self, actor: str | None = None, recipient: str | None = None, type: str | None = None,
               since: date | str | None = None, until: date | str | None = None,
               near: str | tuple[float, float] | None = None, km: float = 50.0,
               limit: int | None = None) -> list[EventRow]:
        """Events, oldest first. `actor`/`recipient` match a CAMEO code prefix ("RUS", "PRKGOV") or the
        start of a word in any name or mention of a participant, case-insensitively ("US" finds "the US
        army", not "Russia"); `type` a PLOVER type or a CAMEO code prefix ("04");
        `since`/`until` (a date, or "2023-09", "2023") keep events whose date overlaps the bounds; an event
        without a date of its own counts at its article's publication date, as the contract dates it.
        `near` (a place name found in the store, or (lat, lon)) keeps events placed within `km` of it."""
        where, params = _event_filter(actor, recipient, type, since, until, self.locate(near), km)
        return self._event_rows(where, params, f"{_EVENT_START}, art.id, e.ordinal", limit)

    def event_groups(self, actor: str | None = None, recipient: str | None = None, type: str | None = None,
                     since: date | str | None = None, until: date | str | None = None,
                     near: str | tuple[float, float] | None = None, km: float = 50.0,
                     limit: int | None = None) -> list[GroupRow]:
        """Events deduplicated across articles (`eventwire events --grouped`), oldest first, the most
        reported first within a day. Filters as in `events`: a group is kept when any of its reports
        matches, and its counts are over all its reports."""
        where, params = _event_filter(actor, recipient, type, since, until, self.locate(near), km)
        sql = f"""
            WITH matched AS (
                SELECT DISTINCT m.group_id
                FROM events e JOIN articles art ON art.key = e.article_key
                JOIN event_group_members m ON m.article_key = e.article_key AND m.event_id = e.event_id
                WHERE {where}),
            first AS (
                SELECT m.group_id, arg_min([m.article_key, m.event_id, m.article_id],
                                           [coalesce(strftime(art.published, '%Y-%m-%d'), '9999'), art.id,
                                            lpad(CAST(e.ordinal AS VARCHAR), 9, '0')]) AS pick
                FROM event_group_members m JOIN events e USING (article_key, event_id)
                JOIN articles art ON art.key = m.article_key
                GROUP BY m.group_id)
            SELECT g.group_id, nullif(g.date, ''), g.event, g.cameo, nullif(g.source, ''), nullif(g.target, ''),
                   nullif(g.location, ''), g.modality, round(g.goldstein, 2), g.quad_class, g.num_mentions,
                   g.num_sources, g.num_articles, array_to_string(g.article_ids, '; '),
                   {_PARTICIPANTS.format(role="actor")},
                   {_PARTICIPANTS.format(role="recipient")},
                   e.trigger_text, e.sentence_text, f.pick[3]
            FROM event_groups g JOIN first f USING (group_id)
            JOIN events e ON e.article_key = f.pick[1] AND e.event_id = f.pick[2]
            WHERE g.group_id IN (SELECT group_id FROM matched)
            ORDER BY g.date = '', g.date, g.num_mentions DESC, g.num_articles DESC, g.group_id"""
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return Rows(GroupRow, (GroupRow(*row) for row in self._query(sql, params)))

    def event_mentions(self, actor: str | None = None, recipient: str | None = None, type: str | None = None,
                       since: date | str | None = None, until: date | str | None = None,
                       near: str | tuple[float, float] | None = None, km: float = 50.0) -> list[EventMention]:
        """Every event row with its article, participants, place and group, for the exports: in date order
        (the event's day, else its publication), then article id and position, so exports are stable.
        The filters are those of `events`; a group's counts stay over all its reports."""
        where, params = _event_filter(actor, recipient, type, since, until, self.locate(near), km)
        people: dict[tuple[str, str], list[tuple[str, Participant]]] = {}
        for key, event_id, role, *actor in self._query("""
                SELECT r.article_key, r.event_id, r.role, a.actor_id, a.name, a.kind, a.code, a.country, a.sector
                FROM event_actors r JOIN actors a USING (article_key, actor_id)
                ORDER BY r.article_key, r.event_id, r.role, a.ordinal"""):
            people.setdefault((key, event_id), []).append((role, Participant(*actor)))
        rows = self._query(f"""
            SELECT e.article_key, art.id, art.title, art.url, m.outlet, art.published, art.ingested_at,
                   length(regexp_extract(art.text, '^\\s*[^\\n]*', 0)),
                   e.event_id, e.ordinal, e.event, e.mode, coalesce(e.contexts, []), e.cameo, e.goldstein,
                   e.quad_class, e.source, e.target, e.date_value, {_EVENT_START},
                   e.reported_by, p.place_id, p.name, p.text, p.country, p.lat, p.lon, p.geonameid, p.feature,
                   e.sentence_start, e.sentence_end, e.sentence_text, e.trigger_start, e.trigger_end,
                   e.trigger_text, e.negated, e.hypothetical, e.pattern,
                   m.group_id, m.key_date, m.modality, g.num_mentions, g.num_sources, g.num_articles,
                   {_EVENT_END}, {_EVENT_PRECISION}
            FROM events e JOIN articles art ON art.key = e.article_key
            JOIN event_group_members m ON m.article_key = e.article_key AND m.event_id = e.event_id
            JOIN event_groups g ON g.group_id = m.group_id
            LEFT JOIN places p ON p.article_key = e.article_key AND p.place_id = e.place
            WHERE {where}
            ORDER BY {_EVENT_START} NULLS LAST, art.id, e.ordinal""", params)
        mentions = []
        for (key, article_id, title, url, outlet, published, ingested, lead_end, event_id, ordinal, event, mode,
             contexts, cameo, goldstein, quad_class, source, target, value, day, reported_by, place_id, place_name,
             place_text, place_country, lat, lon, geonameid, feature, s_start, s_end, s_text, t_start, t_end,
             t_text, negated, hypothetical, pattern, group_id, group_date, modality, n_mentions, n_sources,
             n_articles, date_end, precision) in rows:
            roles = people.get((key, event_id), [])
            place = None if place_id is None else PlaceRef(place_id, place_name, place_text, place_country, lat,
                                                           lon, geonameid, feature)
            mentions.append(EventMention(
                article_id, title, url, outlet, published, ingested, int(lead_end or 0), event_id, int(ordinal),
                event, mode, tuple(contexts), cameo, goldstein, quad_class, source, target, value, day,
                tuple(p for role, p in roles if role == "actor"), tuple(p for role, p in roles if role == "recipient"),
                next((p for role, p in roles if role == "reported_by" and p.actor_id == reported_by), None),
                place, (s_start, s_end), s_text, None if t_start is None else (t_start, t_end), t_text,
                bool(negated), bool(hypothetical), pattern, group_id, group_date, modality, int(n_mentions),
                int(n_sources), int(n_articles), date_end, precision, key))
        return mentions

    def records(self) -> Iterator[dict[str, Any]]:
        """The stored contract record of every article, by article id: the `extract` output of the store."""
        for (record,) in self._query("SELECT record FROM articles ORDER BY id"):
            yield json.loads(record)

    def timeline(self, actor: str | None = None, recipient: str | None = None, type: str | None = None,
                 since: date | str | None = None, until: date | str | None = None,
                 near: str | tuple[float, float] | None = None, km: float = 50.0,
                 by: str = "month") -> list[PeriodRow]:
        """Event counts per period and type, with the mean Goldstein score: "the RUS–PRK dyad by month".

        Filters as in `events`; `by` is day, week (ISO), month or year.
        """
        if by not in _PERIODS:
            raise StoreError(f"cannot count by {by!r}; use one of {', '.join(_PERIODS)}")
        where, params = _event_filter(actor, recipient, type, since, until, self.locate(near), km)
        # An event whose date does not fit in one period (a year-only date, counted by month) is counted
        # in a row of its own, labelled with its own value: never under the period of its first day.
        label = period_label_sql(by, _EVENT_START, _EVENT_END, "e.date_value")
        sql = f"""
            SELECT {label} AS period, e.event, count(*), avg(e.goldstein)
            FROM events e JOIN articles art ON art.key = e.article_key
            WHERE ({where}) AND {_EVENT_START} IS NOT NULL
            GROUP BY period, e.event ORDER BY period, count(*) DESC, e.event"""
        return Rows(PeriodRow, (PeriodRow(p, t, int(n), None if g is None else round(float(g), 2))
                                for p, t, n, g in self._query(sql, params)))

    def _event_rows(self, where: str, params: list[Any], order: str, limit: int | None) -> list[EventRow]:
        source, selection, tail = "events", where, ""
        if limit is not None:
            # The page is chosen first on the filter and sort columns alone, and only its rows get their
            # names looked up: DuckDB would otherwise run the per-event sub-queries on every matching event
            # before the LIMIT (~0.15 s for a 50-row page of a frequent dyad at a million events). Every
            # order ends in art.id, e.ordinal, unique per event, so the page is the same either way.
            source = f"""(SELECT * FROM events WHERE rowid IN (
                SELECT e.rowid FROM events e JOIN articles art ON art.key = e.article_key
                WHERE {where} ORDER BY {order} LIMIT {int(limit)}))"""
            selection, tail = "TRUE", f" LIMIT {int(limit)}"
        sql = f"""
            SELECT art.id, e.event_id, e.date_value, e.event, e.mode, e.cameo, e.goldstein, e.quad_class,
                   e.source, e.target,
                   {_PARTICIPANTS.format(role="actor")},
                   {_PARTICIPANTS.format(role="recipient")},
                   (SELECT p.name FROM places p WHERE p.article_key = e.article_key AND p.place_id = e.place),
                   e.trigger_text, e.sentence_text,
                   (SELECT a.name FROM actors a WHERE a.article_key = e.article_key AND a.actor_id = e.reported_by),
                   e.negated, e.hypothetical, {_EVENT_START}, {_EVENT_END}, {_EVENT_PRECISION}
            FROM {source} e JOIN articles art ON art.key = e.article_key
            WHERE {selection}
            ORDER BY {order}{tail}"""
        return Rows(EventRow, (EventRow(*row) for row in self._query(sql, params)))

    def locate(self, place: str | tuple[float, float] | None) -> tuple[float, float] | None:
        """Coordinates for `near`: (lat, lon), "LAT,LON", or the name of a geocoded place in the store (where
        one name has several coordinates, the most frequent wins: "Georgia" the country or the state)."""
        if place is None or isinstance(place, tuple):
            return place
        match = _LAT_LON.match(place)
        if match:
            lat, lon = float(match[1]), float(match[2])
            if -90 <= lat <= 90 and -180 <= lon <= 180:
                return lat, lon
            raise StoreError(f"{place!r} is not a latitude,longitude pair")
        rows = self._query("""
            SELECT lat, lon FROM places
            WHERE lat IS NOT NULL AND lon IS NOT NULL AND (lower(name) = lower(?) OR lower(text) = lower(?))
            GROUP BY lat, lon ORDER BY count(*) DESC, lat, lon LIMIT 1""", [place.strip(), place.strip()])
        if not rows:
            raise StoreError(f"no geocoded place named {place!r} in the store; give its coordinates as LAT,LON")
        return float(rows[0][0]), float(rows[0][1])

    def quotes(self, speaker: str | None = None, limit: int | None = None, text: str | None = None,
               resolved: bool = False, since: date | str | None = None,
               until: date | str | None = None) -> list[QuoteRow]:
        """Quotes in article order. `speaker` matches, case-insensitively, a substring of any name of the
        speaking actor (its name, its mentions) or of the attribution text when no actor was resolved.
        `text` searches the quoted words: every word of it must start a word of the content, in any case
        ("sanction" finds "Sanctions", not "unsanctioned"). `resolved` keeps only quotes whose speaker is
        an actor of the article."""
        where, params = "q.speaker IS NOT NULL" if resolved else "TRUE", []
        if speaker:
            where = """(contains(lower(coalesce(q.speaker_text, '')), lower(?))
                        OR EXISTS (SELECT 1 FROM actor_names n WHERE n.article_key = q.article_key
                                   AND n.actor_id = q.speaker AND contains(lower(n.text), lower(?))))"""
            params = [speaker, speaker]
        for word in (text or "").split():
            where += " AND regexp_matches(q.content_text, ?)"
            params.append(_word_start(word))
        # A quote is dated by its article's publication day (when it was said, at the latest).
        if since is not None:
            where += " AND art.published >= ?"
            params.append(_bound(since, end=False))
        if until is not None:
            where += " AND art.published <= ?"
            params.append(_bound(until, end=True))
        return self._quote_rows(where, params, "art.published NULLS LAST, art.id, q.ordinal", limit)

    def _quote_rows(self, where: str, params: list[Any], order: str, limit: int | None) -> list[QuoteRow]:
        sql = f"""
            SELECT art.id, q.quote_id, art.published, q.kind, coalesce(a.name, q.speaker_text), a.code,
                   q.cue_text, q.content_text,
                   (SELECT coalesce(list(e.event_id ORDER BY e.ordinal), []) FROM events e
                    WHERE e.article_key = q.article_key AND len(list_filter(range(len(q.content_starts)),
                        lambda i: q.content_starts[i + 1] <= coalesce(e.trigger_start, e.sentence_start)
                                  AND coalesce(e.trigger_end, e.sentence_end) <= q.content_ends[i + 1])) > 0)
            FROM quotes q JOIN articles art ON art.key = q.article_key
            LEFT JOIN actors a ON a.article_key = q.article_key AND a.actor_id = q.speaker
            WHERE {where}
            ORDER BY {order}"""
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return Rows(QuoteRow, (QuoteRow(*row[:-1], events=tuple(row[-1])) for row in self._query(sql, params)))

    def actors(self, name: str | None = None, limit: int | None = None) -> list[ActorRow]:
        """Actors across articles, grouped by (name, kind, code), most mentioned first."""
        where, params = "TRUE", []
        if name:
            where = "contains(lower(a.name), lower(?)) OR starts_with(upper(coalesce(a.code, '')), upper(?))"
            params = [name, name]
        sql = f"""
            SELECT a.name, a.kind, a.code, min(a.country), min(a.sector),
                   count(DISTINCT a.article_key),
                   coalesce(sum((SELECT count(*) FROM mentions m WHERE m.article_key = a.article_key
                                 AND m.actor_id = a.actor_id)), 0)
            FROM actors a
            WHERE {where}
            GROUP BY a.name, a.kind, a.code
            ORDER BY 7 DESC, 6 DESC, a.name, a.code NULLS LAST, a.kind NULLS LAST"""
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return Rows(ActorRow, (ActorRow(*row[:5], int(row[5]), int(row[6])) for row in self._query(sql, params)))

    def summary(self, top: int = 5, all_dyads: bool = False) -> Summary:
        """What the demo shows: counts, events by type, top dyads and actors, sample events and quotes.

        Top dyads leave out sides coded without a country ("---GOV → ---CVL": a government, but whose?)
        unless `all_dyads`."""
        countryless = "" if all_dyads else " AND NOT starts_with(source, '---') AND NOT starts_with(target, '---')"
        articles, first, last = self._query("SELECT count(*), min(published), max(published) FROM articles")[0]
        distinct_actors = self._query("SELECT count(*) FROM (SELECT DISTINCT name, code FROM actors)")[0][0]
        by_type = self._query("SELECT event, count(*) FROM events GROUP BY event ORDER BY 2 DESC, 1")
        # A dyad is labelled by CAMEO codes where the pipeline coded the actors, else by their names.
        dyads = self._query(f"""
            WITH sides AS (
                SELECT e.article_key, e.event_id,
                    coalesce(e.source, (SELECT min(a.name) FROM event_actors r JOIN actors a USING (article_key, actor_id)
                        WHERE r.article_key = e.article_key AND r.event_id = e.event_id AND r.role = 'actor')) AS source,
                    coalesce(e.target, (SELECT min(a.name) FROM event_actors r JOIN actors a USING (article_key, actor_id)
                        WHERE r.article_key = e.article_key AND r.event_id = e.event_id AND r.role = 'recipient')) AS target
                FROM events e)
            SELECT source, target, count(*) FROM sides WHERE source IS NOT NULL AND target IS NOT NULL{countryless}
            GROUP BY source, target ORDER BY 3 DESC, 1, 2 LIMIT {int(top)}""")
        # Sample events show the range of the store: each from another article and of another type, the
        # strongest (by |Goldstein|) first, among events with both sides coded and neither negated nor hypothetical.
        candidates = self._event_rows(
            "cardinality(e.actors) > 0 AND cardinality(e.recipients) > 0 AND NOT e.negated AND NOT e.hypothetical",
            [], "abs(coalesce(e.goldstein, 0)) DESC, art.published DESC NULLS LAST, art.id, e.ordinal", 1000)
        sample_events: list[EventRow] = []
        for row in candidates:
            if len(sample_events) < top and all(row.event != x.event and row.article_id != x.article_id
                                                for x in sample_events):
                sample_events.append(row)
        # A quote whose speaker is a resolved actor beats one attributed only by text; a one-word unresolved
        # attribution is most often a pronoun ("he said"), which tells a reader nothing.
        # Only quotes whose speaker is a resolved actor: an attribution by text alone ("he", "a report") tells
        # a reader nothing about who spoke.
        sample_quotes = self._quote_rows(
            """q.speaker IS NOT NULL
               AND q.ordinal = (SELECT arg_min(x.ordinal, [CASE x.kind WHEN 'direct' THEN 0 ELSE 1 END, x.ordinal])
                                FROM quotes x WHERE x.article_key = q.article_key AND x.speaker IS NOT NULL)""",
            [], "CASE q.kind WHEN 'direct' THEN 0 ELSE 1 END, art.published DESC NULLS LAST, art.id", top)
        return Summary(
            articles=int(articles), first_published=first, last_published=last, actors=int(distinct_actors),
            mentions=self.count("mentions"), events=self.count("events"), quotes=self.count("quotes"),
            times=self.count("times"), places=self.count("places"),
            events_by_type=tuple((t, int(n)) for t, n in by_type),
            top_dyads=tuple((s, t, int(n)) for s, t, n in dyads),
            top_actors=tuple(self.actors(limit=top)),
            sample_events=tuple(sample_events), sample_quotes=tuple(sample_quotes),
        )

    def dyads(self, level: str = "actor", both_directions: bool = False, actor: str | None = None,
              recipient: str | None = None, type: str | None = None, since: date | str | None = None,
              until: date | str | None = None, by: str | None = None, limit: int | None = None) -> Any:
        """Event counts per dyad with QuadClass shares and mean Goldstein (eventwire.dyads)."""
        from .dyads import dyads

        return dyads(self, level=level, both_directions=both_directions, actor=actor, recipient=recipient,
                     type=type, since=since, until=until, by=by, limit=limit)

    def record(self, article_id: str) -> dict[str, Any] | None:
        """The stored contract record of one article (what `eventwire extract` wrote for it)."""
        rows = self._query("SELECT record FROM articles WHERE id = ?", [article_id])
        return json.loads(rows[0][0]) if rows else None

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        try:
            return (self.reader or self.connection).execute(sql, list(params)).fetchall()
        except duckdb.Error as error:
            raise StoreError(f"query failed: {error}", record=self.path) from error


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def open_store(path: str | Path = "eventwire.duckdb", read_only: bool = False, raw: bool = False) -> Store:
    """Open (and create or migrate) a store; ':memory:' for a throw-away one. Raises StoreError.

    `read_only=True` needs an existing store of the current schema; it lets several readers share a file.
    Queries apply the analysts' corrections (corrections.py); `raw=True` shows the machine output instead.
    """
    name = str(path)
    if name != ":memory:":
        file = Path(name)
        if not file.parent.is_dir():
            raise StoreError(f"the folder {str(file.parent)!r} does not exist; create it first", record=name)
        if file.is_dir():
            raise StoreError("is a folder, not a database file", record=name)
        if read_only and not file.exists():
            raise StoreError("no store here; run `eventwire ingest PATH --db FILE` first", record=name)
        if not _is_duckdb_file(file):
            # DuckDB would open some other formats (JSON, say) as a throw-away in-memory database: an ingest
            # into a mistyped --db would then seem to succeed and store nothing.
            raise StoreError("not a DuckDB database file; give a new or existing .duckdb file", record=name)
    try:
        connection = duckdb.connect(name, read_only=read_only and name != ":memory:")
    except duckdb.Error as error:
        raise StoreError(f"cannot open the store: {error}", record=name) from error
    store = Store(connection, name, read_only=read_only and name != ":memory:", raw=raw)
    try:
        if store.read_only:
            version = store.schema_version() if _has_table(connection, "schema_version") else 0
            if version != SCHEMA_VERSION:
                raise StoreError(
                    f"the store has schema version {version}, this eventwire uses {SCHEMA_VERSION}; "
                    "open it for writing (eventwire ingest) to migrate it", record=name)
        else:
            store.migrate()
        store.apply_corrections()
    except BaseException:
        connection.close()
        raise
    return store


def _is_duckdb_file(file: Path) -> bool:
    """True for a missing file (DuckDB will create it) or one with DuckDB's header magic."""
    try:
        with file.open("rb") as handle:
            head = handle.read(_MAGIC_END)
    except FileNotFoundError:
        return True
    except OSError as error:
        raise StoreError(f"cannot read the store: {error.strerror or error}", record=str(file)) from error
    return head[_MAGIC_START:_MAGIC_END] == b"DUCK"


# Where DuckDB's storage format puts its magic bytes: after an 8-byte checksum.
_MAGIC_START, _MAGIC_END = 8, 12


def _has_table(connection: duckdb.DuckDBPyConnection, table: str) -> bool:
    row = connection.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [table]).fetchone()
    return bool(row and row[0])


def as_dict(row: Any) -> dict[str, Any]:
    """A query row as a plain dict, for CSV/JSON writers."""
    return dataclasses.asdict(row)


__all__ = [
    "ActorRow", "EventMention", "EventRow", "GroupRow", "IngestReport", "Participant", "PeriodRow", "PlaceRef",
    "QuoteRow", "SCHEMA_VERSION", "Store", "Summary", "article_key", "open_store",
]
