"""Helpers the quotes tests share: parse a text, run the stage, stand-in actors."""
from __future__ import annotations

import dataclasses
import re

from eventwire import make_article
from eventwire.records import Actor, Article, Mention, Span
from eventwire.stages import quotes


def _parsed(pipeline, text: str) -> Article:
    return pipeline.parse([make_article("t", text, "2024-03-01")])[0]


def _run(pipeline, text: str, actors: tuple[Actor, ...] = ()) -> Article:
    article = dataclasses.replace(_parsed(pipeline, text), actors=actors)
    return quotes.run(article, pipeline.knowledge)


def _person(text: str, actor_id: str, *names: str) -> Actor:
    """An actor whose mentions are every occurrence of the given names (a stand-in for the actors stage)."""
    mentions = tuple(
        Mention(Span(m.start(), m.end()), "name") for name in names for m in re.finditer(re.escape(name), text)
    )
    return Actor(actor_id, names[0], "person", None, None, None, tuple(sorted(mentions, key=lambda m: m.span)))


def _texts(article: Article, quote) -> list[str]:
    return [span.text(article.text) for span in quote.content]


def _speaker(article: Article, quote) -> str | None:
    return quote.speaker_span.text(article.text) if quote.speaker_span else None


def _only(pipeline, text: str):
    article = _run(pipeline, text)
    quoted = [q for q in article.quotes if q.kind in ("direct", "mixed")]
    assert len(quoted) == 1, [(_texts(article, q), _speaker(article, q)) for q in article.quotes]
    return article, quoted[0]


def _body(text: str, actor_id: str, name: str, kind: str = "organisation") -> Actor:
    mentions = tuple(Mention(Span(m.start(), m.end()), "name") for m in re.finditer(re.escape(name), text))
    return Actor(actor_id, name, kind, None, None, None, mentions)
