"""Parquet shards: the results of `extract --engine dask`, one row per record in input order.

A shard holds each record's exact `extract` JSON line beside its text and metadata, so `ingest` (and
DuckDB directly) read shards without parsing again. This module needs pyarrow only, not Dask: `ingest`
imports it on every run.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from ..errors import EventwireError
from ..records import Article, Failure
from .contract import article_from_contract, dumps

SHARD_SUFFIX = ".parquet"
META_COLUMNS = ("title", "url", "source", "licence")
COUNT_COLUMNS = ("actors", "events", "quotes", "times", "places")


def shard_schema() -> Any:
    import pyarrow as pa

    strings = [pa.field(name, pa.string()) for name in ("id", *META_COLUMNS, "text", "error", "record")]
    counts = [pa.field(name, pa.int32()) for name in COUNT_COLUMNS]
    return pa.schema([strings[0], pa.field("published", pa.date32()), *strings[1:], *counts])


def write_shard(items: Sequence[Article | Failure], path: Path) -> None:
    """Write the results of one task as a Parquet file, atomically (temporary name, then rename)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns: dict[str, list[Any]] = {field.name: [] for field in shard_schema()}
    for item in items:
        article = item if isinstance(item, Article) else None
        columns["id"].append(item.id)
        columns["published"].append(article.published if article else None)
        for key in META_COLUMNS:
            value = article.meta.get(key) if article else None
            if article and value is None and key == "licence":  # the readers keep either spelling
                value = article.meta.get("license")
            columns[key].append(value)
        columns["text"].append(article.text if article else None)
        columns["error"].append(item.reason if isinstance(item, Failure) else None)
        columns["record"].append(dumps(item))
        for key in COUNT_COLUMNS:
            columns[key].append(len(getattr(article, key)) if article else 0)
    table = pa.Table.from_pydict(columns, schema=shard_schema())
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    pq.write_table(table, partial, compression="zstd")
    os.replace(partial, path)


def shard_files(source: str | Path) -> list[Path]:
    """The shards of a folder (sorted: input order), or the one file given."""
    path = Path(source)
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.suffix == SHARD_SUFFIX and not p.name.startswith("."))
    return [path]


def read_shards(source: str | Path, batch_rows: int = 256) -> Iterator[Article | Failure]:
    """The records of a shard folder (or one shard), streamed in input order, as processed Articles ready
    for `Store.ingest` (no parse needed), and Failures for the records that failed."""
    import pyarrow.parquet as pq

    for file in shard_files(source):
        try:
            shard = pq.ParquetFile(file)
            for batch in shard.iter_batches(batch_size=batch_rows, columns=["id", "published", *META_COLUMNS,
                                                                             "text", "error", "record"]):
                for row in batch.to_pylist():
                    yield _shard_row(row, str(file))
        except (OSError, ValueError) as error:  # pyarrow's ArrowInvalid is a ValueError
            yield Failure(str(file), f"not a readable eventwire shard: {error}")


def _shard_row(row: dict[str, Any], where: str) -> Article | Failure:
    record_id = row.get("id") or where
    if row.get("error"):
        return Failure(record_id, row["error"])
    try:
        record = json.loads(row["record"])
        meta = {key: row[key] for key in META_COLUMNS if row.get(key) is not None}
        return article_from_contract(record, row["text"], meta, row.get("published"))
    except (TypeError, KeyError, ValueError, EventwireError) as error:
        return Failure(record_id, f"malformed shard record in {where}: {type(error).__name__}: {error}")


def iter_shard_sources(inputs: Iterable[str]) -> tuple[list[str], list[str]]:
    """Split INPUTS into shard sources (a .parquet file, or a folder holding .parquet files) and the rest.

    Decided file by file: a folder with both shards and JSONL/text files is in both lists (its shards are
    read as shards, its other files as text), so a stray .parquet never hides the articles beside it."""
    from .readers import folder_files

    shards, rest = [], []
    for source in inputs:
        path = Path(source)
        if source != "-" and path.suffix.lower() == SHARD_SUFFIX and path.is_file():
            shards.append(source)
        elif source != "-" and path.is_dir() and any(p.suffix == SHARD_SUFFIX for p in path.iterdir()):
            shards.append(source)
            if folder_files(path)[0]:
                rest.append(source)
        else:
            rest.append(source)
    return shards, rest
