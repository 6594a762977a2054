"""The store's schema: the migrations that build it, version by version, and how they are applied."""
from __future__ import annotations

from datetime import datetime, timezone

import duckdb

from ..errors import StoreError


def participants(role: str, aggregate: str) -> str:
    """SQL for `aggregate` over the actors (alias `a`) taking part in the event `e` in one role: the one
    way every query and view reads an event's participants by name."""
    return f"""(SELECT {aggregate} FROM event_actors r JOIN actors a USING (article_key, actor_id)
        WHERE r.article_key = e.article_key AND r.event_id = e.event_id AND r.role = '{role}')"""


# The aggregates over participants that the views and queries use.
_FIRST_NAME = "lower(arg_min(a.name, a.ordinal))"  # a group's side where no CAMEO code was coded
NAMES = "string_agg(a.name, '; ' ORDER BY a.ordinal)"  # an event row's actors and recipients
SMALLEST_NAME = "min(a.name)"  # the summary's dyad label where no CAMEO code was coded

# The indexes of `events`: DuckDB cannot alter a column of an indexed table, so a migration that does drops
# and recreates them (migration 6).
_EVENT_INDEXES = (
    "CREATE INDEX IF NOT EXISTS events_event ON events (event)",
    "CREATE INDEX IF NOT EXISTS events_date_start ON events (date_start)",
    "CREATE INDEX IF NOT EXISTS events_date_end ON events (date_end)",
    "CREATE INDEX IF NOT EXISTS events_source ON events (source)",
    "CREATE INDEX IF NOT EXISTS events_target ON events (target)",
)

# The table of outlets by registered domain (eventwire.outlets, computed at ingest: courlan knows the public
# suffixes, SQL does not); stores ingested before it existed fall back to hosts.
_ARTICLE_OUTLETS = """CREATE TABLE IF NOT EXISTS article_outlets (
    article_key VARCHAR PRIMARY KEY, outlet VARCHAR NOT NULL)"""

# Cross-article deduplication. One real-world event reported by several articles (or twice in one) is one
# group, keyed like GDELT's events: the day (or the TIMEX3 period when the text gives only a month, week or
# year; else the publication day), the source and target CAMEO codes (the first participant's lower-cased
# name where the pipeline coded none), the CAMEO code (the PLOVER type where there is none), the place's
# country (its name where no country is known), and the modality: a denial or a hypothetical never merges
# with the event it denies. Every member row keeps its evidence in `events`; `outlet` (the article's registered
# domain, else its source, else the URL's host, else the article) counts sources. A report dated less
# precisely ("2020-W01", "2020-01") joins the group of a day-precise report of the same event (same sides,
# code, place and modality) whose day lies inside its period ("2020-01-03"); with several such days, the
# earliest, so that the grouping stays deterministic.
# Migrations 2 and 4 both make the view (4 replaces the first version in stores made before it, which had
# neither outlets by domain nor the finer dates); one definition serves both.
_EVENT_GROUP_MEMBERS = f"""CREATE OR REPLACE VIEW event_group_members AS
            WITH k AS (
                SELECT e.article_key, e.event_id, art.id AS article_id,
                    coalesce(CASE WHEN e.date IS NOT NULL THEN strftime(e.date, '%Y-%m-%d')
                                  WHEN e.date_start IS NOT NULL THEN e.date_value END,
                             strftime(art.published, '%Y-%m-%d'), '') AS own_date,
                    coalesce(e.date_start, art.published) AS first_day,
                    coalesce(e.date_end, art.published) AS last_day,
                    coalesce(e.source, {participants("actor", _FIRST_NAME)}, '') AS key_source,
                    coalesce(e.target, {participants("recipient", _FIRST_NAME)}, '') AS key_target,
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
            FROM g"""

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
        *_EVENT_INDEXES,
        "CREATE INDEX IF NOT EXISTS event_actors_actor ON event_actors (article_key, actor_id)",
        "CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (article_key, speaker)",
        "CREATE INDEX IF NOT EXISTS mentions_actor ON mentions (article_key, actor_id)",
        "CREATE INDEX IF NOT EXISTS actors_name ON actors (name)",
        "CREATE INDEX IF NOT EXISTS actors_code ON actors (code)",
        "CREATE INDEX IF NOT EXISTS times_date ON times (date)",
        "CREATE INDEX IF NOT EXISTS articles_published ON articles (published)",
    ),
    (
        _ARTICLE_OUTLETS,  # created here too, as the view reads it
        _EVENT_GROUP_MEMBERS,
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
        _ARTICLE_OUTLETS,
        _EVENT_GROUP_MEMBERS,
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
    (
        # An event that a user dictionary codes with a CAMEO code that has no PLOVER type carries no type
        # (`event: null` in the contract): the column becomes nullable, and so does the machine type a
        # correction anchors on. The indexes on `events` are dropped first and made again (see _EVENT_INDEXES).
        *(f"DROP INDEX IF EXISTS {name}" for name in ("events_event", "events_date_start", "events_date_end",
                                                      "events_source", "events_target")),
        "ALTER TABLE events ALTER COLUMN event DROP NOT NULL",
        *_EVENT_INDEXES,
        "DROP INDEX IF EXISTS corrections_article",
        "ALTER TABLE corrections ALTER COLUMN machine_event DROP NOT NULL",
        "CREATE INDEX IF NOT EXISTS corrections_article ON corrections (article_id)",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)

# Child tables, in the order rows are deleted when an article is replaced.
CHILD_TABLES = ("event_actors", "events", "quotes", "times", "places", "mentions", "actors")


def schema_version(connection: duckdb.DuckDBPyConnection) -> int:
    row = connection.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0] or 0) if row else 0


def migrate(connection: duckdb.DuckDBPyConnection, path: str) -> None:
    """Bring the schema up to SCHEMA_VERSION, one transaction per migration."""
    con = connection
    con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMP)")
    current = schema_version(con)
    if current > SCHEMA_VERSION:
        raise StoreError(
            f"the store has schema version {current}, newer than this eventwire knows ({SCHEMA_VERSION}); "
            "upgrade eventwire", record=path)
    for version in range(current + 1, SCHEMA_VERSION + 1):
        con.execute("BEGIN TRANSACTION")
        try:
            for statement in MIGRATIONS[version - 1]:
                con.execute(statement)
            con.execute("INSERT INTO schema_version VALUES (?, ?)", [version, now()])
            con.execute("COMMIT")
        except duckdb.Error as error:
            con.execute("ROLLBACK")
            raise StoreError(f"cannot migrate the schema to version {version}: {error}", record=path) from error


def has_table(connection: duckdb.DuckDBPyConnection, table: str) -> bool:
    row = connection.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [table]).fetchone()
    return bool(row and row[0])


def now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)
