"""The store's queries: the filters of the event queries (`EventFilter`) and the reading half of `Store`."""
from __future__ import annotations

import dataclasses
import json
import re
import threading
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import Any, Iterator, Mapping, Sequence

import duckdb

from ..dates import period_label_sql
from ..errors import StoreError
from ..frames import Rows
from ..timex import period
from .rows import ActorRow, EventMention, EventRow, GroupRow, Participant, PeriodRow, PlaceRef, QuoteRow, Summary
from .schema import CHILD_TABLES, NAMES, SMALLEST_NAME, participants

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
_PARTICIPANTS = "coalesce({names}, '')"
# An event's period: its own date where the text gave one, else its article's publication date.
EVENT_START = "coalesce(e.date_start, art.published)"
EVENT_END = "coalesce(e.date_end, art.published)"
EVENT_PRECISION = """CASE WHEN e.date_start IS NOT NULL THEN date_precision_of(e.date_value)
                           WHEN art.published IS NOT NULL THEN 'day' END"""
_PERIODS: Mapping[str, str] = MappingProxyType({"day": "%Y-%m-%d", "week": "%G-W%V", "month": "%Y-%m", "year": "%Y"})


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events a query takes: the filters of `Store.events`, `event_groups`, `event_mentions`,
    `timeline` and `dyads`, and of the CLI's `events`, `dyads` and `export` (one option each).

    `actor`/`recipient` match a CAMEO code prefix ("RUS", "PRKGOV") or the start of a word in any name or
    mention of a participant, case-insensitively ("US" finds "the US army", not "Russia"); `type` a PLOVER
    type or a CAMEO code prefix ("04"); `since`/`until` (a date, or "2023-09", "2023") keep events whose
    date overlaps the bounds, an event without a date of its own counting at its article's publication date;
    `near` (a place name found in the store, or (lat, lon)) keeps events placed within `km` of it.
    """

    actor: str | None = None
    recipient: str | None = None
    type: str | None = None
    since: date | str | None = None
    until: date | str | None = None
    near: str | tuple[float, float] | None = None
    km: float = 50.0

    @classmethod
    def of(cls, where: "EventFilter | None" = None, fields: Mapping[str, Any] | None = None) -> "EventFilter":
        """`where` with `fields` (filters by name) set on it: how the queries take a filter, keywords or both."""
        if where is None:
            return cls(**(fields or {}))
        return dataclasses.replace(where, **fields) if fields else where

    def options(self) -> dict[str, Any]:
        """The filters given, by name (`km` only with `near`): what an export or a link passes on."""
        given = {field.name: getattr(self, field.name) for field in dataclasses.fields(EventFilter)
                 if field.name != "km" and getattr(self, field.name) is not None}
        if self.near is not None:
            given["km"] = self.km
        return given

    def where(self, store: "Querying") -> tuple[str, list[Any]]:
        """The WHERE clause (over `events e JOIN articles art`) and its parameters; `near` is located in
        `store`."""
        return self.sql(store.locate(self.near))

    def sql(self, near: tuple[float, float] | None = None) -> tuple[str, list[Any]]:
        """The WHERE clause and its parameters, with `near` given as coordinates."""
        where: list[str] = []
        params: list[Any] = []
        if near is not None:
            # Great-circle distance (haversine, Earth radius 6371 km) from the event's place.
            where.append("""EXISTS (SELECT 1 FROM places p WHERE p.article_key = e.article_key AND p.place_id = e.place
                AND p.lat IS NOT NULL AND p.lon IS NOT NULL
                AND 2 * 6371 * asin(sqrt(pow(sin(radians(p.lat - ?) / 2), 2)
                    + cos(radians(?)) * cos(radians(p.lat)) * pow(sin(radians(p.lon - ?) / 2), 2))) <= ?)""")
            params += [near[0], near[0], near[1], self.km]
        roles = tuple((role, value) for role, value in (("actor", self.actor), ("recipient", self.recipient))
                      if value)
        if roles:
            sql, role_params = _participant_filter(roles)
            where.append(sql)
            params += role_params
        if self.type:
            from ..knowledge.cameo import check_event_type

            problem = check_event_type(self.type)
            if problem:
                raise StoreError(problem)
            where.append("upper(e.event) = upper(?) OR starts_with(coalesce(e.cameo, ''), ?)")
            params += [self.type, self.type]
        if self.since is not None:
            where.append(f"{EVENT_END} >= ?")
            params.append(_bound(self.since, end=False))
        if self.until is not None:
            where.append(f"{EVENT_START} <= ?")
            params.append(_bound(self.until, end=True))
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
    from ..dyads import country_code as lookup

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


class Querying:
    """The reading half of `Store` (store/database.py): every query reads through `reader`, the connection
    with the analysts' corrections (corrections.py), or `connection` itself."""

    connection: duckdb.DuckDBPyConnection
    path: str
    lock: threading.RLock
    reader: duckdb.DuckDBPyConnection | None

    def count(self, table: str) -> int:
        if table not in CHILD_TABLES + ("articles",):
            raise StoreError(f"no table {table!r}")
        with self.lock:  # like every query: the ingest's commit timer uses the same connection
            row = self.connection.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0

    def events(self, where: EventFilter | None = None, limit: int | None = None, **filters: Any) -> list[EventRow]:
        """Events, oldest first, that `where` (an EventFilter) and `filters` (its fields by name:
        `store.events(actor="RUS", since="2023-09")`) keep."""
        where, params = EventFilter.of(where, filters).where(self)
        return self._event_rows(where, params, f"{EVENT_START}, art.id, e.ordinal", limit)

    def event_groups(self, where: EventFilter | None = None, limit: int | None = None,
                     **filters: Any) -> list[GroupRow]:
        """Events deduplicated across articles (`eventwire events --grouped`), oldest first, the most
        reported first within a day. Filters as in `events`: a group is kept when any of its reports
        matches, and its counts are over all its reports."""
        where, params = EventFilter.of(where, filters).where(self)
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
                   {_PARTICIPANTS.format(names=participants("actor", NAMES))},
                   {_PARTICIPANTS.format(names=participants("recipient", NAMES))},
                   e.trigger_text, e.sentence_text, f.pick[3]
            FROM event_groups g JOIN first f USING (group_id)
            JOIN events e ON e.article_key = f.pick[1] AND e.event_id = f.pick[2]
            WHERE g.group_id IN (SELECT group_id FROM matched)
            ORDER BY g.date = '', g.date, g.num_mentions DESC, g.num_articles DESC, g.group_id"""
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return Rows(GroupRow, (GroupRow(*row) for row in self._query(sql, params)))

    def event_mentions(self, where: EventFilter | None = None, **filters: Any) -> list[EventMention]:
        """Every event row with its article, participants, place and group, for the exports: in date order
        (the event's day, else its publication), then article id and position, so exports are stable.
        The filters are those of `events`; a group's counts stay over all its reports."""
        where, params = EventFilter.of(where, filters).where(self)
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
                   e.quad_class, e.source, e.target, e.date_value, {EVENT_START},
                   e.reported_by, p.place_id, p.name, p.text, p.country, p.lat, p.lon, p.geonameid, p.feature,
                   e.sentence_start, e.sentence_end, e.sentence_text, e.trigger_start, e.trigger_end,
                   e.trigger_text, e.negated, e.hypothetical, e.pattern,
                   m.group_id, m.key_date, m.modality, g.num_mentions, g.num_sources, g.num_articles,
                   {EVENT_END}, {EVENT_PRECISION}
            FROM events e JOIN articles art ON art.key = e.article_key
            JOIN event_group_members m ON m.article_key = e.article_key AND m.event_id = e.event_id
            JOIN event_groups g ON g.group_id = m.group_id
            LEFT JOIN places p ON p.article_key = e.article_key AND p.place_id = e.place
            WHERE {where}
            ORDER BY {EVENT_START} NULLS LAST, art.id, e.ordinal""", params)
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

    def timeline(self, where: EventFilter | None = None, by: str = "month", **filters: Any) -> list[PeriodRow]:
        """Event counts per period and type, with the mean Goldstein score: "the RUS–PRK dyad by month".

        Filters as in `events`; `by` is day, week (ISO), month or year.
        """
        if by not in _PERIODS:
            raise StoreError(f"cannot count by {by!r}; use one of {', '.join(_PERIODS)}")
        where, params = EventFilter.of(where, filters).where(self)
        # An event whose date does not fit in one period (a year-only date, counted by month) is counted
        # in a row of its own, labelled with its own value: never under the period of its first day.
        label = period_label_sql(by, EVENT_START, EVENT_END, "e.date_value")
        sql = f"""
            SELECT {label} AS period, e.event, count(*), avg(e.goldstein)
            FROM events e JOIN articles art ON art.key = e.article_key
            WHERE ({where}) AND {EVENT_START} IS NOT NULL
            GROUP BY period, e.event ORDER BY period, count(*) DESC, e.event"""
        return Rows(PeriodRow, (PeriodRow(p, t, int(n), None if g is None else round(float(g), 2))
                                for p, t, n, g in self._query(sql, params)))

    def _event_rows(self, where: str, params: list[Any], order: str, limit: int | None) -> list[EventRow]:
        return Rows(EventRow, self._assemble_rows(where, params, order, limit))

    def rows_by_id(self, ids: Sequence[int]) -> list[EventRow]:
        """The EventRows of these event rowids, in the order given (an event browser's page)."""
        if not ids:
            return []
        return self._assemble_rows("e.rowid IN (SELECT unnest(?::BIGINT[]))", [list(ids)],
                                   "list_position(?::BIGINT[], e.rowid)", None, [list(ids)])

    def _assemble_rows(self, where: str, params: list[Any], order: str, limit: int | None,
                       order_params: Sequence[Any] = ()) -> list[EventRow]:
        """The EventRows of the events `where` keeps, in `order`: read in three narrow queries (the events,
        then their articles' actors and places), not with per-event sub-queries, which DuckDB runs as joins
        over the whole event_actors table (~0.2 s for a 50-row page at a million events)."""
        sql = f"""
            SELECT e.article_key, art.id, e.event_id, e.date_value, e.event, e.mode, e.cameo, e.goldstein,
                   e.quad_class, e.source, e.target, e.actors, e.recipients, e.place, e.trigger_text, e.sentence_text,
                   e.reported_by, e.negated, e.hypothetical, {EVENT_START}, {EVENT_END}, {EVENT_PRECISION}
            FROM events e JOIN articles art ON art.key = e.article_key
            WHERE {where} ORDER BY {order}"""
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        rows = self._query(sql, [*params, *order_params])
        keys = sorted({row[0] for row in rows})
        people = {(key, actor): (ordinal, name) for key, actor, ordinal, name in self._query(
            "SELECT article_key, actor_id, ordinal, name FROM actors WHERE article_key IN (SELECT unnest(?::VARCHAR[]))",
            [keys])}
        places = {(key, place): name for key, place, name in self._query(
            "SELECT article_key, place_id, name FROM places WHERE article_key IN (SELECT unnest(?::VARCHAR[]))",
            [keys])}

        def names(key: str, actor_ids: Sequence[str]) -> str:
            # An event's participants in one role, in their order in the article (as `event_actors` lists them).
            return "; ".join(name for _, name in sorted(people[(key, a)] for a in set(actor_ids or ())
                                                          if (key, a) in people))

        return [EventRow(article_id, event_id, value, event, mode, cameo, goldstein, quad, source, target,
                         names(key, actors), names(key, recipients), places.get((key, place)), trigger, sentence,
                         people[(key, reported_by)][1] if (key, reported_by) in people else None, negated,
                         hypothetical, start, end, precision)
                for (key, article_id, event_id, value, event, mode, cameo, goldstein, quad, source, target, actors,
                     recipients, place, trigger, sentence, reported_by, negated, hypothetical, start, end,
                     precision) in rows]

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
                    coalesce(e.source, {participants("actor", SMALLEST_NAME)}) AS source,
                    coalesce(e.target, {participants("recipient", SMALLEST_NAME)}) AS target
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

    def dyads(self, where: EventFilter | None = None, level: str = "actor", both_directions: bool = False,
              by: str | None = None, limit: int | None = None, **filters: Any) -> Any:
        """Event counts per dyad with QuadClass shares and mean Goldstein (eventwire.dyads)."""
        from ..dyads import dyads

        return dyads(self, EventFilter.of(where, filters), level=level, both_directions=both_directions, by=by,
                     limit=limit)

    def record(self, article_id: str) -> dict[str, Any] | None:
        """The stored contract record of one article (what `eventwire extract` wrote for it)."""
        rows = self._query("SELECT record FROM articles WHERE id = ?", [article_id])
        return json.loads(rows[0][0]) if rows else None

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        try:
            with self.lock:
                return (self.reader or self.connection).execute(sql, list(params)).fetchall()
        except duckdb.Error as error:
            raise StoreError(f"query failed: {error}", record=self.path) from error
