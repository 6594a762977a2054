"""The `eventwire extract` output format (CONTRACT.md): one JSON object per article, keys sorted."""
from __future__ import annotations

import json
from datetime import date
from typing import Any, Sequence

from ..records import Actor, Article, Event, Failure, Mention, Place, Quote, Span, TimeExpr


def _span(span: Span | None) -> list[int] | None:
    return span.as_list() if span is not None else None


def to_contract(article: Article) -> dict[str, Any]:
    """The contract record of a processed article."""
    return {
        "id": article.id,
        "published": article.published.isoformat() if article.published else None,
        "actors": [
            {
                "id": a.id, "name": a.name, "kind": a.kind, "country": a.country, "sector": a.sector,
                "code": a.code, "mentions": [m.span.as_list() for m in a.mentions],
                "mention_kinds": [m.how for m in a.mentions],
            }
            for a in article.actors
        ],
        "events": [
            {
                "id": e.id, "event": e.event, "mode": e.mode, "contexts": list(e.contexts), "cameo": e.cameo,
                "goldstein": e.goldstein, "quad_class": e.quad_class, "actors": list(e.actors),
                "recipients": list(e.recipients), "source": e.source, "target": e.target, "date": e.date,
                "place": e.place, "sentence": e.sentence.as_list(), "trigger": _span(e.trigger),
                "reported_by": e.reported_by, "negated": e.negated, "hypothetical": e.hypothetical,
                "pattern": e.pattern, "place_source": e.place_source,
            }
            for e in article.events
        ],
        "quotes": [
            {
                "id": q.id, "kind": q.kind, "content": [s.as_list() for s in q.content], "cue": _span(q.cue),
                "speaker": q.speaker, "speaker_span": _span(q.speaker_span),
            }
            for q in article.quotes
        ],
        "times": [
            {"span": t.span.as_list(), "type": t.type, "value": t.value, "mod": t.mod} for t in article.times
        ],
        "places": [
            {
                "id": p.id, "span": p.span.as_list(), "name": p.name, "country": p.country, "lat": p.lat,
                "lon": p.lon, "geonameid": p.geonameid, "feature": p.feature,
            }
            for p in article.places
        ],
    }


def failure_record(failure: Failure) -> dict[str, Any]:
    """A failed record keeps its line in the output (same order as the input), with the reason."""
    return {"id": failure.id, "error": failure.reason, "actors": [], "events": [], "quotes": [], "times": [],
            "places": []}


def dumps(item: Article | Failure) -> str:
    record = failure_record(item) if isinstance(item, Failure) else to_contract(item)
    return json.dumps(record, ensure_ascii=False, sort_keys=True)


def _as_span(value: Sequence[int] | None) -> Span | None:
    return Span(value[0], value[1]) if value else None


def article_from_contract(record: dict[str, Any], text: str, meta: dict[str, str] | None = None,
                          published: date | None = None) -> Article:
    """The processed Article a contract record describes (the inverse of `to_contract`, without the parse)."""
    if published is None and record.get("published"):
        published = date.fromisoformat(record["published"])
    actors = tuple(
        Actor(a["id"], a["name"], a["kind"], a.get("country"), a.get("sector"), a.get("code"),
              tuple(Mention(Span(*span), how) for span, how in
                    zip(a["mentions"], a.get("mention_kinds") or ["name"] * len(a["mentions"]))))
        for a in record.get("actors", []))
    events = tuple(
        Event(e["id"], e["event"], e.get("mode"), tuple(e.get("contexts") or ()), e.get("cameo"), e.get("goldstein"),
              e.get("quad_class"), tuple(e.get("actors") or ()), tuple(e.get("recipients") or ()), e.get("source"),
              e.get("target"), e.get("date"), e.get("place"), Span(*e["sentence"]), _as_span(e.get("trigger")),
              e.get("reported_by"), bool(e.get("negated")), bool(e.get("hypothetical")), e.get("pattern"),
              e.get("place_source"))
        for e in record.get("events", []))
    quotes = tuple(
        Quote(q["id"], q["kind"], tuple(Span(*s) for s in q["content"]), _as_span(q.get("cue")), q.get("speaker"),
              _as_span(q.get("speaker_span")))
        for q in record.get("quotes", []))
    times = tuple(TimeExpr(Span(*t["span"]), t["type"], t.get("value"), t.get("mod"))
                  for t in record.get("times", []))
    places = tuple(
        Place(p["id"], Span(*p["span"]), p["name"], p.get("country"), p.get("lat"), p.get("lon"), p.get("geonameid"),
              p.get("feature"))
        for p in record.get("places", []))
    return Article(id=record["id"], text=text, published=published, meta=dict(meta or {}), actors=actors,
                   times=times, places=places, quotes=quotes, events=events)
