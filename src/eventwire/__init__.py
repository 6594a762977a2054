"""eventwire: political event data from news text.

    import eventwire
    article = eventwire.extract("Mr. Kim arrived in Russia on Tuesday.", published="2023-09-13")
    pipeline = eventwire.Pipeline()            # one model load, for many articles
    for result in pipeline.pipe(articles): ...
    with eventwire.open_store("eventwire.duckdb") as store: store.ingest(pipeline.pipe(articles))
"""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from .errors import EventwireError, InputError, KnowledgeError, SettingsError, StoreError
from .records import Actor, Article, Event, Failure, Mention, Place, Quote, Span, TimeExpr
from .settings import Settings
from .store import open_store

if TYPE_CHECKING:
    from .pipeline import Pipeline, make_article


def __getattr__(name: str) -> Any:
    # Pipeline and make_article import spaCy (two seconds): only when asked for, so that commands and scripts
    # that never parse (a re-ingest of unchanged articles, a query) do not pay for it.
    if name in ("Pipeline", "make_article"):
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'eventwire' has no attribute {name!r}")

__version__ = "0.1.0"

__all__ = [
    "Actor", "Article", "Event", "EventwireError", "Failure", "InputError", "KnowledgeError", "Mention",
    "Pipeline", "Place", "Quote", "Settings", "SettingsError", "Span", "StoreError", "TimeExpr", "extract",
    "make_article", "open_store",
]


def extract(text: str, published: str | date | None = None, *, id: str = "doc", pipeline: Pipeline | None = None,
            settings: Settings | None = None) -> Article:
    """Extract everything from one text. Loads the model each call unless a `pipeline` is given."""
    from .pipeline import Pipeline, make_article

    pipeline = pipeline or Pipeline(settings)
    return pipeline(make_article(id, text, published))
