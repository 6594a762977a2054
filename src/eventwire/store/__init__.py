"""The embedded DuckDB store: a versioned schema, idempotent ingest, and the queries analysts ask.

    from eventwire.store import open_store
    with open_store("eventwire.duckdb") as store:
        report = store.ingest(pipeline.pipe(articles))
        store.events(actor="Putin", type="CONSULT", since="2023-09")
        store.quotes(speaker="Kim")

Rows are written from `to_contract(article)`, the canonical output record, so the store and the
`eventwire extract` JSONL never disagree. An article's key is a hash of its content (id, text, published);
every child row is keyed by (article key, local id). Re-ingesting an unchanged article writes nothing; a new
text under a known id replaces that article's rows. Articles are written in batches, one transaction each;
an article the database refuses fails alone (the batch is retried one article at a time), an interrupted
ingest keeps everything committed before the interruption, and a rerun finishes the job.

The package by job: `schema` (migrations), `ingest` (rows and batches), `queries` (`EventFilter` and the
reading methods), `rows` (what queries return), `database` (`Store` and `open_store`).
"""
from __future__ import annotations

from .database import Store, open_store
from .ingest import article_key
from .queries import EventFilter, country_code
from .rows import (ActorRow, EventMention, EventRow, GroupRow, IngestReport, Participant, PeriodRow, PlaceRef,
                   QuoteRow, Summary, as_dict)
from .schema import CHILD_TABLES, MIGRATIONS, SCHEMA_VERSION

__all__ = [
    "ActorRow", "EventFilter", "EventMention", "EventRow", "GroupRow", "IngestReport", "Participant", "PeriodRow",
    "PlaceRef", "QuoteRow", "SCHEMA_VERSION", "Store", "Summary", "article_key", "open_store",
]
