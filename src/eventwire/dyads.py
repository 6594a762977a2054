"""Dyads: who acts on whom, counted as analysts count GDELT (`GROUP BY Actor1CountryCode, Actor2CountryCode`).

    store.dyads(level="country", since="2019", by="month")

A dyad row counts the events from one side to the other, with the share of each QuadClass (verbal and
material cooperation, verbal and material conflict) and the mean Goldstein score. Each event side is
labelled at a level:

    actor    its CAMEO code as coded (IRNGOV, IRNMIL, USA), else the name of its first participant
    country  the country of its principal participant (the one the code belongs to, else the first):
             IRNGOV, IRNMIL and a person whose country is IRN all roll up to IRN
    sector   the sector of that participant (GOV, MIL, CVL, …), whatever its country

An event with a side that has no label at the level (no code and no name; no country at country level,
as for "---GOV") is left out. `both_directions` counts A→B and B→A as one dyad, with the sides in
alphabetical order. `by` counts per period as `events --by` does (eventwire.dates).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .dates import PERIODS, period_label_sql
from .errors import StoreError
from .frames import Rows

if TYPE_CHECKING:
    from .knowledge import Knowledge
    from .store import EventFilter, Store

LEVELS: tuple[str, ...] = ("actor", "country", "sector")
QUADS: tuple[str, ...] = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")


@dataclass(frozen=True, slots=True)
class DyadRow:
    period: str | None  # with `by`: the period (2023-09, or the event's own value when coarser); else None
    source: str
    target: str
    events: int
    verbal_cooperation: float  # QuadClass 1 share of the events with a QuadClass
    material_cooperation: float  # QuadClass 2
    verbal_conflict: float  # QuadClass 3
    material_conflict: float  # QuadClass 4
    goldstein: float | None  # mean Goldstein score


def _knowledge(knowledge: "Knowledge | None") -> "Knowledge":
    from .knowledge import Knowledge

    return knowledge or Knowledge()


def country_code(query: str | None, knowledge: "Knowledge | None" = None) -> str | None:
    """The CAMEO code of the country a name or adjective names ("Iran", "Iranian", "the United States"),
    else None. A query written as a code (all capitals: "IRN", "IRNGOV", "US") is not resolved: codes are
    matched as prefixes."""
    text = (query or "").strip()
    if not text or (text.isupper() and text.replace("-", "").isalpha() and len(text) <= 6):
        return None
    countries = _knowledge(knowledge).countries
    country = countries.find(text) or countries.by_adjective(text)
    return country.code if country is not None else None


def _label_sql(level: str, side: str, code: str) -> str:
    """SQL for one side's label at `level`; `side` is the alias of its principal participant's columns."""
    if level == "actor":
        return f"coalesce({code}, {side}.name)"
    if level == "country":
        return (f"coalesce({side}.country, CASE WHEN list_contains($countries, left({code}, 3)) "
                f"THEN left({code}, 3) END)")
    return (f"coalesce({side}.sector, CASE WHEN regexp_matches(coalesce({code}, ''), '^[A-Z-]{{3}}[A-Z]{{3}}') "
            f"THEN substr({code}, 4, 3) END)")


def dyads(store: "Store", where: "EventFilter | None" = None, level: str = "actor", both_directions: bool = False,
          by: str | None = None, limit: int | None = None, knowledge: "Knowledge | None" = None) -> Rows[DyadRow]:
    """Event counts per dyad (see the module doc) of the events `where` keeps, most events first (by period
    first, with `by`)."""
    from .store import EventFilter
    from .store.queries import EVENT_END as _EVENT_END, EVENT_START as _EVENT_START

    if level not in LEVELS:
        raise StoreError(f"no dyad level {level!r}; use one of {', '.join(LEVELS)}")
    if by is not None and by not in PERIODS:
        raise StoreError(f"cannot count by {by!r}; use one of {', '.join(PERIODS)}")
    where, params = (where or EventFilter()).where(store)
    codes = sorted({c.code for c in _knowledge(knowledge).countries})
    period = period_label_sql(by, "ev.first_day", "ev.last_day", "ev.date_value") if by else "NULL"
    source = _label_sql(level, "s", "ev.source")
    target = _label_sql(level, "t", "ev.target")
    pair = (f"least({source}, {target}) AS a, greatest({source}, {target}) AS b" if both_directions
            else f"{source} AS a, {target} AS b")
    # The principal participant of a side: the one whose code is the side's code, else the first named.
    principal = """arg_min({column}, [CASE WHEN a.code IS NOT DISTINCT FROM
        (CASE r.role WHEN 'actor' THEN ev.source ELSE ev.target END) THEN 0 ELSE 1 END, a.ordinal])"""
    sql = f"""
        WITH ev AS (
            SELECT e.article_key, e.event_id, e.source, e.target, e.quad_class, e.goldstein, e.date_value,
                   {_EVENT_START} AS first_day, {_EVENT_END} AS last_day
            FROM events e JOIN articles art ON art.key = e.article_key WHERE {where}),
        sides AS (
            SELECT r.article_key, r.event_id, r.role, {principal.format(column="a.name")} AS name,
                   {principal.format(column="a.country")} AS country,
                   {principal.format(column="a.sector")} AS sector
            FROM ev JOIN event_actors r USING (article_key, event_id)
            JOIN actors a ON a.article_key = r.article_key AND a.actor_id = r.actor_id
            WHERE r.role IN ('actor', 'recipient')
            GROUP BY r.article_key, r.event_id, r.role),
        labelled AS (
            SELECT {period} AS period, {pair}, ev.quad_class, ev.goldstein
            FROM ev
            LEFT JOIN sides s ON s.article_key = ev.article_key AND s.event_id = ev.event_id AND s.role = 'actor'
            LEFT JOIN sides t ON t.article_key = ev.article_key AND t.event_id = ev.event_id
                AND t.role = 'recipient')
        SELECT period, a, b, count(*),
               {", ".join(f"coalesce(round(count(*) FILTER (WHERE quad_class = {n}) / nullif(count(quad_class), 0), 3), 0)"
                          for n in range(1, 5))},
               round(avg(goldstein), 2)
        FROM labelled WHERE a IS NOT NULL AND b IS NOT NULL
        GROUP BY period, a, b
        ORDER BY period NULLS FIRST, count(*) DESC, a, b"""
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    # The country codes come from our own table and are all letters: safe to write into the SQL.
    countries = "[" + ", ".join(f"'{c}'" for c in codes if c.isalpha()) + "]"
    rows = store._query(sql.replace("$countries", countries), params)
    return Rows(DyadRow, (DyadRow(p, a, b, int(n), *(float(q) for q in quads), None if g is None else float(g))
                          for p, a, b, n, *quads, g in rows))

