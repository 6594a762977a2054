"""GDELT 2.0 event table (tab-separated, 61 columns, no header, as GDELT publishes its *.export.CSV files).

One row per event group (`event_groups`: the same event reported by several articles is one row, with
NumMentions/NumSources/NumArticles counted over its reports). The row describes the group's first report
(earliest publication, then article id, then position). Filled: dates, actor codes split into country,
known group and type codes, IsRootEvent, the CAMEO codes, QuadClass, Goldstein, the counts, ActionGeo from
the event's place (FIPS 10-4 country codes, as GDELT's geo fields use), DATEADDED and SOURCEURL. Empty:
AvgTone (eventwire measures no tone), ethnic and religion codes, Actor1Geo/Actor2Geo (eventwire places the
action, not each actor) and ADM1/ADM2 codes below country level. Departures, on purpose: GlobalEventID is
a number derived from the group id (stable across runs, not sequential); ActionGeo_FeatureID is a GeoNames
id where GDELT has a GNS/GNIS one. Negated and hypothetical events are left out unless asked for: GDELT
codes only events reported as having happened.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Iterable, Sequence, TextIO

if TYPE_CHECKING:
    from ..knowledge import Knowledge
    from ..knowledge.gdelt import GdeltTables
    from ..store import EventMention, Participant, PlaceRef

COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{field}" for n in (1, 2) for field in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
        "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{who}Geo_{field}" for who in ("Actor1", "Actor2", "Action") for field in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
)

# A news lead is one to three sentences; in a text without paragraph breaks the "first paragraph" would be
# the whole article and every event a root event, so the lead is also cut at this many characters.
LEAD_CHARS = 600

# GDELT's geographic resolution (1 country, 2 US state, 3 US city, 4 world city, 5 world state) by the
# feature of an eventwire place; points that are neither (facilities, seas, regions) count as cities, as
# GDELT geocodes landmarks.
_STATE_FEATURES = frozenset({"admin"})
_US = frozenset({"USA"})


@dataclass(frozen=True, slots=True)
class _Geo:
    type: int | None
    full_name: str | None
    country: str | None
    adm1: str | None
    lat: float | None
    lon: float | None
    feature_id: str | None


def _num(value: float | int | None) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(round(value, 6)).removesuffix(".0") if value == int(value) else repr(round(value, 6))
    return str(value)


def _clean(text: str | None) -> str:
    """A cell never holds a tab or a line break: they would shift every column after it."""
    return " ".join((text or "").split())


def _principal(people: Sequence["Participant"], code: str | None) -> "Participant | None":
    """The participant the event's source/target code belongs to, else the first one."""
    return next((p for p in people if code and p.code == code), people[0] if people else None)


def _actor_cells(code: str | None, people: Sequence["Participant"], tables: "GdeltTables") -> list[str]:
    person = _principal(people, code)
    code = code or (person.code if person else None)
    country = person.country if person and person.country and code and code.startswith(person.country) else None
    parts = tables.split_actor(code, country)
    name = person.name.upper() if person else ""
    if parts is None:
        return [""] + [_clean(name)] + [""] * 8
    types = list(parts.types[:3]) + [""] * (3 - len(parts.types[:3]))
    return [parts.code, _clean(name), parts.country or "", parts.known_group or "", "", "", "", *types]


def _geo(place: "PlaceRef | None", tables: "GdeltTables", knowledge: "Knowledge") -> _Geo:
    if place is None:
        return _Geo(None, None, None, None, None, None, None)
    fips = tables.fips_of(place.country)
    country = knowledge.countries.get(place.country) if place.country else None
    name = place.name or place.text
    if place.feature == "country":
        kind = 1
        full = country.name if country else name
    elif place.feature in _STATE_FEATURES:
        kind = 2 if place.country in _US else 5
        full = name
    else:
        kind = 3 if place.country in _US else 4
        full = name
    if kind != 1 and country and country.name.lower() != (name or "").lower():
        full = f"{name}, {country.name}"
    if place.lat is None or place.lon is None:
        kind = 1 if place.feature == "country" and fips else None
    feature_id = str(place.geonameid) if place.geonameid is not None else (fips if kind == 1 else None)
    return _Geo(kind, full, fips, fips if kind == 1 else None, place.lat, place.lon, feature_id)


def _geo_cells(geo: _Geo) -> list[str]:
    return [_num(geo.type), _clean(geo.full_name), geo.country or "", geo.adm1 or "", "", _num(geo.lat),
            _num(geo.lon), geo.feature_id or ""]


def _first(members: Sequence["EventMention"]) -> "EventMention":
    return min(members, key=lambda m: (m.published or date.max, m.article_id, m.ordinal))


def event_number(group_id: str) -> int:
    """GlobalEventID of a group: its first 52 bits (13 hex digits), below 2^53 so that spreadsheets and
    JavaScript, which hold numbers as doubles, read it exactly (60 bits reached 1.15e18 and were rounded)."""
    return int(group_id[:13], 16)


MENTION_COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText",
    "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
)


def _offset(people: Sequence["Participant"], code: str | None, sentence: tuple[int, int], article_key: str,
            starts: dict[tuple[str, str], list[int]] | None) -> str:
    """Where the side's principal participant is first named in the event's sentence (a document offset),
    else -1 (GDELT's "not found")."""
    person = _principal(people, code)
    if person is None or starts is None:
        return "-1"
    inside = [s for s in starts.get((article_key, person.actor_id), []) if sentence[0] <= s < sentence[1]]
    return str(min(inside)) if inside else "-1"


def mention_rows(mentions: Iterable["EventMention"], doc_lengths: dict[str, int] | None = None,
                 include_all: bool = False,
                 mention_starts: dict[tuple[str, str], list[int]] | None = None) -> list[list[str]]:
    """GDELT 2.0 mentions table: one row per report of an event group (the events table has one per group).

    EventTimeDate is the group's DATEADDED, MentionTimeDate the article's (its ingest time); MentionType 1
    (web); the source name and identifier are the outlet and URL (else the article id); ActionCharOffset is
    the trigger's offset (else the sentence's), Actor1/2CharOffset where the principal actor/recipient is
    named in the sentence (from `mention_starts`: (article key, actor id) → mention offsets), else -1 as in
    GDELT; InRawText 1; Confidence 100 for an
    asserted report (50 for negated or hypothetical ones, written only with include_all); MentionDocLen the
    article's length in characters. Empty: SentenceID, tone, translation info, extras.
    """
    kept = [m for m in mentions if include_all or (not m.negated and not m.hypothetical)]
    added: dict[str, "datetime"] = {}
    for m in kept:
        if m.group_id not in added or m.ingested_at < added[m.group_id]:
            added[m.group_id] = m.ingested_at
    rows = []
    for m in kept:
        action = m.trigger[0] if m.trigger else m.sentence[0]
        rows.append([
            str(event_number(m.group_id)), added[m.group_id].strftime("%Y%m%d%H%M%S"),
            m.ingested_at.strftime("%Y%m%d%H%M%S"), "1", _clean(m.outlet), _clean(m.url) or m.article_id, "",
            _offset(m.actors, m.source, m.sentence, m.article_key, mention_starts),
            _offset(m.recipients, m.target, m.sentence, m.article_key, mention_starts),
            str(action), "1", "50" if m.negated or m.hypothetical else "100",
            str((doc_lengths or {}).get(m.article_key, "")), "", "", ""])
    rows.sort(key=lambda row: (row[1], int(row[0]), row[5], int(row[9])))
    return rows


def write_mentions(mentions: Iterable["EventMention"], out: TextIO, doc_lengths: dict[str, int] | None = None,
                   header: bool = False, include_all: bool = False,
                   mention_starts: dict[tuple[str, str], list[int]] | None = None) -> int:
    """Write the GDELT mentions table to `out`; returns the number of rows (reports) written."""
    rows = mention_rows(mentions, doc_lengths, include_all, mention_starts)
    return write_table(rows, out, MENTION_COLUMNS if header else None)


def write_table(rows: Sequence[Sequence[str]], out: TextIO, header: Sequence[str] | None = None) -> int:
    """Tab-separated rows (cells already free of tabs and line breaks), after an optional header line."""
    if header:
        out.write("\t".join(header) + "\n")
    for row in rows:
        out.write("\t".join(row) + "\n")
    return len(rows)


def gdelt_rows(mentions: Iterable["EventMention"], knowledge: "Knowledge",
               include_all: bool = False) -> list[list[str]]:
    """The GDELT rows of the store's event mentions (Store.event_mentions()), by day then event id."""
    from ..knowledge.gdelt import load_gdelt

    tables = load_gdelt(knowledge)
    groups: dict[str, list["EventMention"]] = {}
    for mention in mentions:
        if include_all or (not mention.negated and not mention.hypothetical):
            groups.setdefault(mention.group_id, []).append(mention)
    rows: list[tuple[tuple[str, int], list[str]]] = []
    for group_id, members in groups.items():
        first = _first(members)
        day = first.day
        event_id = event_number(group_id)
        cameo = first.cameo or ""
        located = first if first.place else next((m for m in members if m.place), first)
        root = any(m.sentence[0] < min(m.lead_end, LEAD_CHARS) for m in members)
        added = min(m.ingested_at for m in members)
        row = [
            str(event_id),
            f"{day.year:04d}{day.month:02d}{day.day:02d}" if day else "",  # strftime gives year 1 as "1"
            f"{day.year:04d}{day.month:02d}" if day else "",
            str(day.year) if day else "",
            f"{day.year + (day.month * 30 + day.day) / 365:.4f}" if day else "",  # GDELT's own formula
            *_actor_cells(first.source, first.actors, tables),
            *_actor_cells(first.target, first.recipients, tables),
            "1" if root else "0",
            cameo, cameo[:3], cameo[:2],
            _num(first.quad_class), _num(first.goldstein),
            str(first.num_mentions), str(first.num_sources), str(first.num_articles),
            "",  # AvgTone
            *[""] * 16,  # Actor1Geo_*, Actor2Geo_*
            *_geo_cells(_geo(located.place, tables, knowledge)),
            added.strftime("%Y%m%d%H%M%S"),
            _clean(first.url) or first.article_id,
        ]
        rows.append(((row[1], event_id), row))
    rows.sort(key=lambda item: item[0])
    return [row for _, row in rows]


def write_gdelt(mentions: Iterable["EventMention"], out: TextIO, knowledge: "Knowledge", header: bool = False,
                include_all: bool = False) -> int:
    """Write the GDELT table to `out`; returns the number of rows (events) written."""
    return write_table(gdelt_rows(mentions, knowledge, include_all), out, COLUMNS if header else None)
