"""PLOVER JSON: one JSON object per line, one per event as an article reported it (keys sorted).

The shape follows the PLOVER 2.0 data format (Halterman, Schrodt et al.) and the POLECAT fields built on it:

    id            "<article id>:<event id>", stable across runs
    date          the event's TIMEX3 date (2023-09-13, 2023-09, 2023-W36), else the publication date
    event, mode   the PLOVER event type and mode (mode null when uncoded)
    context       the list of PLOVER contexts
    actor         list of {name, code, country, sector, kind}: who did it
    recipient     the same, for whom it was done to
    actor_code, recipient_code    the CAMEO codes of the principal pair (PLOVER's own actor coding is
                  CAMEO-compatible), with cameo, goldstein and quad_class for CAMEO users
    location      {name, text, country, lat, lon, geonameid, feature} of the event's place, or null
    text          the evidence sentence; spans: {"sentence": [start, end], "trigger": [start, end] | null}
                  as Python string offsets into the article's text; trigger: the trigger's text
    story         {id, title, url, source, published}: the report (PLOVER's story-level fields)
    negated, hypothetical, reported_by (the name of whoever the text attributes the event to)
    event_group, mentions, sources, articles: the cross-article group this report belongs to and its counts
                  (the same event in several reports shares one event_group)
"""
from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Iterable, TextIO

if TYPE_CHECKING:
    from ..store import EventMention, Participant, PlaceRef


def _actor(person: "Participant") -> dict[str, Any]:
    return {"name": person.name, "code": person.code, "country": person.country, "sector": person.sector,
            "kind": person.kind}


def _location(place: "PlaceRef | None") -> dict[str, Any] | None:
    if place is None:
        return None
    return {"name": place.name, "text": place.text, "country": place.country, "lat": place.lat, "lon": place.lon,
            "geonameid": place.geonameid, "feature": place.feature}


def plover_record(m: "EventMention") -> dict[str, Any]:
    """The PLOVER record of one event mention (Store.event_mentions())."""
    published = m.published.isoformat() if m.published else None
    return {
        "id": f"{m.article_id}:{m.event_id}",
        "date": m.date or published,
        "event": m.event,
        "mode": m.mode,
        "context": list(m.contexts),
        "actor": [_actor(p) for p in m.actors],
        "recipient": [_actor(p) for p in m.recipients],
        "actor_code": m.source,
        "recipient_code": m.target,
        "cameo": m.cameo,
        "goldstein": m.goldstein,
        "quad_class": m.quad_class,
        "location": _location(m.place),
        "text": m.sentence_text,
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


def write_plover(mentions: Iterable["EventMention"], out: TextIO) -> int:
    """Write one PLOVER record per line to `out`; returns the number written."""
    count = 0
    for mention in mentions:
        out.write(json.dumps(plover_record(mention), ensure_ascii=False, sort_keys=True) + "\n")
        count += 1
    return count
