"""POLECAT: the tab-separated column layout of the public POLECAT releases (Harvard Dataverse), with a
header, one row per event report. The layout is POLECAT's; the content is eventwire's, filled where
eventwire has the data and left empty where it has not:

- filled: Event ID, Event Date (YYYY-MM-DD, the day every output gives; eventwire.dates), Event Type,
  Event Mode, Quad Code, Contexts (comma-separated), actor and recipient Name, Country (ISO-3/CAMEO),
  Primary Sector and Sectors, Name Raw (the text's name); Placename, City, Province (where admin1.tsv
  names the division), Country, Latitude, Longitude,
  GeoNames ID, Raw Placename, Feature Type; Source (the outlet), Publication Date, Story People /
  Organizations / Locations (the named participants and places of the article's events, ";"-separated),
  Language, Version;
- empty: Event Intensity (POLECAT's own scale, which eventwire does not compute: the Goldstein score is in
  the PLOVER and GDELT exports), COW codes, Titles, Wikipedia ids, District.
"""
from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Iterable, Sequence, TextIO

if TYPE_CHECKING:
    from ..knowledge import Knowledge
    from ..store import EventMention, Participant

COLUMNS: tuple[str, ...] = (
    "Event ID", "Event Date", "Event Type", "Event Mode", "Event Intensity", "Quad Code", "Contexts",
    "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors", "Actor Title",
    "Actor Name Raw", "Wikipedia Actor ID",
    "Recipient Name", "Recipient Country", "Recipient COW", "Primary Recipient Sector", "Recipient Sectors",
    "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID",
    "Placename", "City", "District", "Province", "Country", "Latitude", "Longitude", "GeoNames ID",
    "Raw Placename", "Feature Type", "Source", "Publication Date", "Story People", "Story Organizations",
    "Story Locations", "Language", "Version",
)


def _clean(value: object) -> str:
    return "" if value is None else " ".join(str(value).split())


def _side(people: Sequence["Participant"]) -> list[str]:
    names = [p.name for p in people]
    countries = sorted({p.country for p in people if p.country})
    sectors = [p.sector for p in people if p.sector]
    return ["; ".join(names), "; ".join(countries), "", sectors[0] if sectors else "",
            "; ".join(dict.fromkeys(sectors)), "", "; ".join(names), ""]


def _version() -> str:
    try:
        return f"eventwire-{version('eventwire')}"
    except PackageNotFoundError:
        return "eventwire"


def polecat_rows(mentions: Iterable["EventMention"], knowledge: "Knowledge | None" = None) -> list[list[str]]:
    mentions = list(mentions)
    story: dict[str, tuple[set[str], set[str], set[str]]] = {}
    for m in mentions:
        people, orgs, places = story.setdefault(m.article_id, (set(), set(), set()))
        for p in (*m.actors, *m.recipients):
            (people if p.kind == "person" else orgs).add(p.name)
        if m.place is not None and (m.place.name or m.place.text):
            places.add(m.place.name or m.place.text or "")
    tag = _version()
    from .plover import admin1_resolver

    admin1 = admin1_resolver(knowledge) if knowledge is not None else None
    rows = []
    for m in mentions:
        place = m.place
        country = (knowledge.countries.get(place.country) if knowledge is not None and place and place.country
                   else None)
        people, orgs, places = story[m.article_id]
        rows.append([_clean(v) for v in (
            f"{m.article_id}:{m.event_id}", m.day.isoformat() if m.day else "", m.event, m.mode, "",
            m.quad_class, ", ".join(m.contexts),
            *_side(m.actors), *_side(m.recipients),
            place.name if place else "", place.name if place and place.feature == "city" else "", "",
            (place.name if place.feature == "admin" else admin1(place)[0]) if place and admin1 else "",
            (country.name if country else (place.country if place else "")),
            place.lat if place else "", place.lon if place else "", place.geonameid if place else "",
            place.text if place else "", place.feature if place else "",
            m.outlet, m.published.isoformat() if m.published else "",
            "; ".join(sorted(people)), "; ".join(sorted(orgs)), "; ".join(sorted(places)), "en", tag)])
    return rows


def write_polecat(mentions: Iterable["EventMention"], out: TextIO, knowledge: "Knowledge | None" = None) -> int:
    from .gdelt import write_table

    return write_table(polecat_rows(mentions, knowledge), out, COLUMNS)
