"""The `eventwire extract` output format (CONTRACT.md): one JSON object per article, keys sorted."""
from __future__ import annotations

import json
from typing import Any

from ..records import Article, Failure, Span


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
                "pattern": e.pattern,
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
