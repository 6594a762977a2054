"""PLOVER JSON: one JSON object per line, one per event as an article reported it (keys sorted).

The fields follow the data-fields chapter of the PLOVER manual (reference/plover/PLOVER_MANUAL.tex,
"PLOVER JSON", "Information object for entities", "Location object", "Information object for citations"):

    id            "<article id>:<event id>", stable across runs
    date          YYYY-MM-DD, always: the first day of the event's period (eventwire.dates); the day the CLI
                  table and the GDELT export give it too
    enddate       YYYY-MM-DD: the last day of that period (= date for a day-precise date)
    date_precision  day | week | weekend | month | quarter | half | season | year (an extra field)
    event, mode, context   lists, as the manual has them ("can have multiple entries"); mode [] when uncoded
    actor, recipient       lists of entity objects: {code (3-char country or top-level code), sector,
                  entity_text, office (a person's CAMEO sector), ...}, with our `name`, `kind` and `cameo`
    event_loc     {extracted_place, resolved_place, geonameid, lat, lon, city, province, country,
                  country_code, feature_class, resolution} of the event's place, or null; province is the
                  admin1 name where admin1.tsv knows it, with the GeoNames admin1_code beside it
    event_text    [the trigger's text]; text: the evidence sentence; text_info {start, end}
    quad_code     1-4; event_scale: the Goldstein score
    cite_info     {corpus, url, title, language, publication, citation (the article id), coder, codebook}
    coded_date    the day the article was stored

Our extras, kept as extra named fields as the manual invites: cameo, goldstein, actor_code and
recipient_code (the principal pair's CAMEO codes), spans ({"sentence": [start, end], "trigger": …}, Python
string offsets into the article's text), trigger, negated, hypothetical, reported_by, story (id, title,
url, source, published) and the cross-article group: event_group, mentions, sources, articles.
"""
from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Callable, Iterable, TextIO

from ..records import coded_country_sector

if TYPE_CHECKING:
    from ..knowledge import Knowledge
    from ..store import EventMention, Participant, PlaceRef

CODER = "eventwire"
CODEBOOK = "plover-2.0 (CAMEO2PLOVER-2021)"
# GeoNames feature class and the manual's resolution code (5 sub-city … 1 country) by eventwire feature.
_FEATURES = {"country": ("A", 1), "admin": ("A", 2), "city": ("P", 4), "facility": ("S", 5),
             "region": ("L", None), "water": ("H", None), "other": (None, None)}


def _entity(person: "Participant") -> dict[str, Any]:
    top, sector = coded_country_sector(person.country, person.sector, person.code)
    entity = {"code": top, "sector": sector, "entity_text": person.name,
              "name": person.name, "kind": person.kind, "cameo": person.code}
    if person.kind == "person" and person.sector:
        entity["office"] = person.sector
    return entity


def admin1_resolver(knowledge: "Knowledge") -> Callable[["PlaceRef"], tuple[str | None, str | None]]:
    """(province name, GeoNames admin1 code) of a place: the code from the gazetteer's entry for the place's
    GeoNames id, the name from admin1.tsv where it knows that division (US states, Canadian provinces, …)."""
    from ..knowledge import read_tsv

    names = {(row["country"], row["admin"]): row["name"] for _, row in read_tsv(knowledge.path("admin1.tsv"))
             if row.get("admin")}

    def resolve(place: "PlaceRef") -> tuple[str | None, str | None]:
        if place.geonameid is None or not (place.name or place.text):
            return None, None
        candidates = knowledge.gazetteer.lookup(place.name or place.text or "")
        code = next((c.admin for c in candidates if c.geonameid == place.geonameid), None)
        return (names.get((place.country or "", code)) if code else None), code
    return resolve


def event_location(place: "PlaceRef | None", knowledge: "Knowledge | None" = None,
                   admin1: Callable[["PlaceRef"], tuple[str | None, str | None]] | None = None
                   ) -> dict[str, Any] | None:
    """The manual's location object for the event's resolved place."""
    if place is None:
        return None
    province, admin1_code = admin1(place) if admin1 is not None and place.feature != "admin" else (None, None)
    country = knowledge.countries.get(place.country) if knowledge is not None and place.country else None
    feature_class, resolution = _FEATURES.get(place.feature or "other", (None, None))
    name = place.name or place.text
    return {
        "extracted_place": place.text, "resolved_place": name, "geonameid": place.geonameid,
        "lat": place.lat, "lon": place.lon,
        "city": name if place.feature == "city" else None,
        "province": name if place.feature == "admin" else province, "admin1_code": admin1_code,
        "country": country.name if country else (name if place.feature == "country" else None),
        "country_code": place.country, "feature_class": feature_class, "feature": place.feature,
        "resolution": resolution,
    }


def plover_record(m: "EventMention", knowledge: "Knowledge | None" = None,
                  admin1: Callable[["PlaceRef"], tuple[str | None, str | None]] | None = None) -> dict[str, Any]:
    """The PLOVER record of one event mention (Store.event_mentions())."""
    published = m.published.isoformat() if m.published else None
    day = m.day.isoformat() if m.day else None
    end = m.date_end.isoformat() if m.date_end else day
    return {
        "id": f"{m.article_id}:{m.event_id}",
        "date": day,
        "enddate": end,
        "date_precision": m.date_precision,
        "has_event": True,
        "event": [m.event] if m.event else [],
        "mode": [m.mode] if m.mode else [],
        "context": list(m.contexts),
        "actor": [_entity(p) for p in m.actors],
        "recipient": [_entity(p) for p in m.recipients],
        "event_loc": event_location(m.place, knowledge, admin1),
        "event_text": [m.trigger_text] if m.trigger_text else [],
        "quad_code": m.quad_class,
        "event_scale": m.goldstein,
        "text": m.sentence_text,
        "text_info": {"start": m.sentence[0], "end": m.sentence[1]},
        "cite_info": {"corpus": m.outlet, "citation": m.article_id, "url": m.url, "title": m.title,
                      "publication": m.outlet, "language": "en", "coder": CODER, "codebook": CODEBOOK},
        "coder": CODER,
        "coded_date": m.ingested_at.date().isoformat() if m.ingested_at else None,
        # Our extras.
        "actor_code": m.source,
        "recipient_code": m.target,
        "cameo": m.cameo,
        "goldstein": m.goldstein,
        "trigger": m.trigger_text,
        "spans": {"sentence": list(m.sentence), "trigger": list(m.trigger) if m.trigger else None},
        "story": {"id": m.article_id, "title": m.title, "url": m.url, "source": m.outlet, "published": published},
        "negated": m.negated,
        "hypothetical": m.hypothetical,
        "reported_by": m.reported_by.name if m.reported_by else None,
        "event_group": m.group_id,
        "mentions": m.num_mentions,
        "sources": m.num_sources,
        "articles": m.num_articles,
    }


def write_plover(mentions: Iterable["EventMention"], out: TextIO, knowledge: "Knowledge | None" = None) -> int:
    """Write one PLOVER record per line to `out`; returns the number written."""
    count = 0
    admin1 = admin1_resolver(knowledge) if knowledge is not None else None
    for mention in mentions:
        out.write(json.dumps(plover_record(mention, knowledge, admin1), ensure_ascii=False, sort_keys=True) + "\n")
        count += 1
    return count
