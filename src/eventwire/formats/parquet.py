"""Parquet export: one file per table of the store in a folder, written by DuckDB's COPY.

Every table of the store (articles, actors, mentions, events, event_actors, quotes, times, places) plus the
deduplication views (event_groups, event_group_members), each sorted by its key so that the same store
gives the same rows in the same order. Read them back with pandas, polars, arrow or DuckDB itself
(`SELECT * FROM 'folder/events.parquet'`).
"""
from __future__ import annotations

from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Mapping

import duckdb

from ..errors import StoreError

if TYPE_CHECKING:
    from ..store import Store

# Table → the ORDER BY that makes its file deterministic (its primary key, or the view's key).
TABLES: Mapping[str, str] = MappingProxyType({
    "articles": "id",
    "actors": "article_key, ordinal",
    "mentions": "article_key, actor_id, ordinal",
    "events": "article_key, ordinal",
    "event_actors": "article_key, event_id, role, actor_id",
    "quotes": "article_key, ordinal",
    "times": "article_key, ordinal",
    "places": "article_key, ordinal",
    "event_groups": "date, group_id",
    "event_group_members": "group_id, article_id, event_id",
})


def write_parquet(store: "Store", folder: str | Path) -> dict[str, int]:
    """Write `<folder>/<table>.parquet` for every table; returns the rows written per table."""
    target = Path(folder)
    if target.exists() and not target.is_dir():
        raise StoreError(f"{str(target)!r} is a file; Parquet export needs a folder")
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(f"cannot create the folder {str(target)!r}: {error.strerror or error}") from error
    counts: dict[str, int] = {}
    for table, order in TABLES.items():
        path = str(target / f"{table}.parquet").replace("'", "''")  # COPY takes no parameter for its file
        try:
            store.connection.execute(
                f"COPY (SELECT * FROM {table} ORDER BY {order}) TO '{path}' (FORMAT parquet, COMPRESSION zstd)")
            row = store.connection.execute(f"SELECT count(*) FROM {table}").fetchone()
        except duckdb.Error as error:
            raise StoreError(f"cannot write {table}.parquet: {error}", record=str(target)) from error
        counts[table] = int(row[0]) if row else 0
    return counts
