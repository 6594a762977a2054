"""The web views' queries: the event browser's pages, dyad counts, the actor network and the map's places.

They add to the store's own filters (`store.EventFilter`, the `eventwire events` options) and read through
the store's query path, so the analysts' corrections apply as everywhere. Every value from a request is a
bound parameter; the only SQL chosen by a request is picked from the fixed tables below by key.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Mapping, Sequence

from ..errors import SettingsError
from ..store import EventFilter as StoreFilter
from ..store.queries import EVENT_START as _EVENT_START

if TYPE_CHECKING:
    from ..store import EventRow, Store

# The event browser's sortable columns: request key -> SQL over `events e JOIN articles art`.
SORTS: Mapping[str, str] = MappingProxyType({
    "date": _EVENT_START, "event": "e.event", "cameo": "e.cameo", "goldstein": "e.goldstein",
    "quad_class": "e.quad_class", "source": "e.source", "target": "e.target", "article": "art.id",
})
QUAD_CLASSES: Mapping[int, str] = MappingProxyType({
    1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"})


@dataclass(frozen=True, slots=True)
class EventFilter(StoreFilter):
    """The filters of `eventwire events`, plus the browser's QuadClass and reported-by."""

    quad_class: int | None = None
    reported_by: str | None = None
    month: str | None = None  # YYYY-MM: events that start in that month (a dyad chart's bar)
    source: str | None = None  # a CAMEO code prefix of the event's coded source side (a coded dyad)
    target: str | None = None
    exact: bool = False  # source/target are whole codes, not prefixes (a network edge)

    def where(self, store: "Store") -> tuple[str, list[Any]]:
        where, params = StoreFilter.where(self, store)
        if self.quad_class is not None:
            where += " AND e.quad_class = ?"
            params.append(self.quad_class)
        if self.reported_by:
            # The reporting actor's name, any case, as the quotes' speaker filter matches it.
            where += """ AND EXISTS (SELECT 1 FROM actor_names n WHERE n.article_key = e.article_key
                          AND n.actor_id = e.reported_by AND contains(lower(n.text), lower(?)))"""
            params.append(self.reported_by)
        if self.month:
            where += f" AND strftime({_EVENT_START}, '%Y-%m') = ?"
            params.append(self.month)
        for column, code in (("source", self.source), ("target", self.target)):
            if code:
                where += f" AND e.{column} = ?" if self.exact else f" AND starts_with(coalesce(e.{column}, ''), ?)"
                params.append(code.upper())
        return where, params

    def query(self) -> dict[str, str]:
        """The filter as query parameters (named as the CLI options), for links that keep it."""
        values = {"actor": self.actor, "recipient": self.recipient, "type": self.type, "since": self.since,
                  "until": self.until, "near": self.near, "quad_class": self.quad_class,
                  "reported_by": self.reported_by, "month": self.month, "source": self.source,
                  "target": self.target}
        query = {k: str(v) for k, v in values.items() if v not in (None, "")}
        if self.near:
            query["km"] = f"{self.km:g}"
        if self.exact and (self.source or self.target):
            query["exact"] = "1"
        return query


@dataclass(frozen=True, slots=True)
class Page:
    rows: tuple["EventRow", ...]
    total: int
    page: int
    size: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.size))


def event_page(store: "Store", where_filter: EventFilter, sort: str = "date", descending: bool = False,
               page: int = 1, size: int = 50) -> Page:
    """One page of the filtered events in the chosen order. A filter runs once: the page's rowids and the
    total come from one query (the total as a window count); without a filter the total is the table's
    count, cheaper than a window over every event. Only the page's rows are then looked up."""
    if sort not in SORTS:
        raise SettingsError(f"cannot sort by {sort!r}; use one of {', '.join(SORTS)}")
    where, params = where_filter.where(store)
    direction = "DESC" if descending else "ASC"
    order = f"{SORTS[sort]} {direction} NULLS LAST, art.id, e.ordinal"
    offset = (max(1, page) - 1) * size
    unfiltered = where == "TRUE"
    found = store._query(
        f"SELECT e.rowid, {'NULL' if unfiltered else 'count(*) OVER ()'} FROM events e "
        f"JOIN articles art ON art.key = e.article_key WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?",
        [*params, size, offset])
    if found and not unfiltered:
        total = int(found[0][1])
    elif unfiltered:
        total = int(store._query("SELECT count(*) FROM events")[0][0])
    else:  # a page past the end
        total = int(store._query(f"SELECT count(*) FROM events e JOIN articles art ON art.key = e.article_key "
                                 f"WHERE {where}", params)[0][0])
    return Page(tuple(store.rows_by_id([row[0] for row in found])), total, max(1, page), size)


def all_rows(store: "Store", where_filter: EventFilter) -> list["EventRow"]:
    """Every filtered event, oldest first (the order of `eventwire events`): the CSV export."""
    where, params = where_filter.where(store)
    return store._event_rows(where, params, f"{_EVENT_START}, art.id, e.ordinal", None)


def matching_rowids(store: "Store", where_filter: EventFilter) -> list[int]:
    where, params = where_filter.where(store)
    return [r[0] for r in store._query(
        f"SELECT e.rowid FROM events e JOIN articles art ON art.key = e.article_key WHERE {where}", params)]


@dataclass(frozen=True, slots=True)
class DyadBar:
    month: str  # YYYY-MM
    quad_class: int
    events: int
    goldstein: float | None  # mean


def is_code(value: str) -> bool:
    """A CAMEO actor code (prefix) as typed: RUS, PRKGOV; not a name like "Putin" or "Rus"."""
    return bool(_CODE.match(value.strip()))


_CODE = re.compile(r"^[A-Z][A-Z0-9]{2,14}$")


def dyad_filter(actor: str, recipient: str, since: str | None = None, until: str | None = None) -> EventFilter:
    """The events of a dyad. Two CAMEO codes ("RUS", "UKRMIL") give the coded dyad, as GDELT's Actor1Code
    and Actor2Code do: the events whose source and target codes start with them (a scan of two columns,
    ~10 ms at a million events). A name on either side matches as --actor/--recipient do (any name or
    mention, or a participant's code), which reads the names of every actor."""
    if is_code(actor) and is_code(recipient):
        return EventFilter(since=since, until=until, source=actor, target=recipient)
    return EventFilter(actor=actor, recipient=recipient, since=since, until=until)


def dyad(store: "Store", where_filter: EventFilter) -> list[DyadBar]:
    """The filtered events (a `dyad_filter`) per month and QuadClass, with their mean Goldstein score."""
    where, params = where_filter.where(store)
    rows = store._query(f"""
        SELECT strftime({_EVENT_START}, '%Y-%m') AS month, e.quad_class, count(*), avg(e.goldstein)
        FROM events e JOIN articles art ON art.key = e.article_key
        WHERE ({where}) AND {_EVENT_START} IS NOT NULL AND e.quad_class IS NOT NULL
        GROUP BY month, e.quad_class ORDER BY month, e.quad_class""", params)
    return [DyadBar(m, int(q), int(n), None if g is None else round(float(g), 2)) for m, q, n, g in rows]


@dataclass(frozen=True, slots=True)
class Edge:
    source: str
    target: str
    events: int
    goldstein: float | None


@dataclass(frozen=True, slots=True)
class Network:
    actors: tuple[tuple[str, int], ...]  # (CAMEO code, events it takes part in), most active first
    edges: tuple[Edge, ...]


def network(store: "Store", top: int = 100, since: str | None = None, until: str | None = None,
            type: str | None = None) -> Network:
    """Who acts on whom: the `top` actors (CAMEO codes of the events' sides) by events, and the directed
    edges among them with their event count and mean Goldstein score."""
    where, params = StoreFilter(type=type, since=since, until=until).sql()
    rows = store._query(f"""
        WITH dyads AS (
            SELECT e.source, e.target, count(*) AS n, avg(e.goldstein) AS g
            FROM events e JOIN articles art ON art.key = e.article_key
            WHERE ({where}) AND e.source IS NOT NULL AND e.target IS NOT NULL AND e.source <> e.target
            GROUP BY e.source, e.target),
        sides AS (
            SELECT code, sum(n) AS n FROM (SELECT source AS code, n FROM dyads UNION ALL
                                           SELECT target, n FROM dyads) GROUP BY code
            ORDER BY n DESC, code LIMIT ?)
        SELECT d.source, d.target, d.n, d.g, s.n, t.n FROM dyads d
        JOIN sides s ON s.code = d.source JOIN sides t ON t.code = d.target
        ORDER BY d.n DESC, d.source, d.target""", [*params, int(top)])
    totals: dict[str, int] = {}
    edges = []
    for source, target, n, g, source_total, target_total in rows:
        totals[source], totals[target] = int(source_total), int(target_total)
        edges.append(Edge(source, target, int(n), None if g is None else round(float(g), 2)))
    actors = tuple(sorted(totals.items(), key=lambda item: (-item[1], item[0])))
    return Network(actors, tuple(edges))


@dataclass(frozen=True, slots=True)
class MapPoint:
    name: str
    country: str | None
    lat: float
    lon: float
    events: int
    goldstein: float | None


def map_points(store: "Store", where_filter: EventFilter, limit: int = 2000) -> list[MapPoint]:
    """The places of the filtered events, one point per place, most events first."""
    where, params = where_filter.where(store)
    rows = store._query(f"""
        SELECT p.name, p.country, round(p.lat, 3) AS lat, round(p.lon, 3) AS lon, count(*), avg(e.goldstein)
        FROM events e JOIN articles art ON art.key = e.article_key
        JOIN places p ON p.article_key = e.article_key AND p.place_id = e.place
        WHERE ({where}) AND p.lat IS NOT NULL AND p.lon IS NOT NULL
        GROUP BY p.name, p.country, round(p.lat, 3), round(p.lon, 3)
        ORDER BY count(*) DESC, p.name LIMIT ?""", [*params, int(limit)])
    return [MapPoint(name or "", country, float(lat), float(lon), int(n),
                     None if g is None else round(float(g), 2)) for name, country, lat, lon, n, g in rows]


__all__ = ["DyadBar", "Edge", "EventFilter", "dyad_filter", "is_code", "MapPoint", "Network", "Page", "QUAD_CLASSES", "SORTS", "all_rows",
           "dyad", "event_page", "map_points", "matching_rowids", "network"]
