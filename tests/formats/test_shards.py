"""Parquet shards: written, read back as processed articles, read by DuckDB; told from other inputs."""
from __future__ import annotations

from pathlib import Path

import duckdb

from eventwire import Pipeline
from eventwire.formats.contract import dumps
from eventwire.formats.shards import iter_shard_sources, read_shards, write_shard
from eventwire.pipeline import make_article
from eventwire.records import Article, Failure

TEXTS = (
    "The foreign minister met his Japanese counterpart in Tokyo on Monday.",
    "Police arrested two opposition leaders in Caracas on Sunday.",
    "Germany pledged new aid to Ukraine after talks in Berlin on 3 May 2024.",
)


def test_shards_round_trip_and_duckdb_reads_them(pipeline: Pipeline, tmp_path: Path) -> None:
    items = list(pipeline.pipe([make_article(f"r{n}", text, "2024-05-06", {"title": f"T{n}", "license": "CC-BY"})
                                for n, text in enumerate(TEXTS)]))
    items.insert(1, Failure("x:2", "not valid JSON"))
    write_shard(items, tmp_path / "part-00000.parquet")
    back = list(read_shards(tmp_path))
    assert [dumps(item) for item in back] == [dumps(item) for item in items]
    article = back[0]
    assert isinstance(article, Article) and article.meta == {"title": "T0", "licence": "CC-BY"}
    assert article.text == TEXTS[0] and article.published is not None
    rows = duckdb.sql(f"SELECT id, error, events, json_extract_string(record, '$.id') FROM "
                      f"'{tmp_path}/*.parquet' ORDER BY id").fetchall()
    assert [r[0] for r in rows] == sorted(item.id for item in items)
    assert rows[-1][1] == "not valid JSON" and rows[-1][3] == "x:2"
    assert sum(r[2] for r in rows) == sum(len(i.events) for i in items if isinstance(i, Article))


def test_a_damaged_shard_is_a_failure_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "part-00000.parquet").write_bytes(b"PAR1 this is not parquet")
    [failure] = list(read_shards(tmp_path))
    assert isinstance(failure, Failure) and "not a readable eventwire shard" in failure.reason


def test_shard_sources_are_told_from_other_inputs(tmp_path: Path) -> None:
    (tmp_path / "shards").mkdir()
    (tmp_path / "shards" / "part-00000.parquet").write_bytes(b"")
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "a.txt").write_text("x", encoding="utf-8")
    inputs = [str(tmp_path / "shards"), str(tmp_path / "texts"), "-", str(tmp_path / "shards" / "part-00000.parquet")]
    assert iter_shard_sources(inputs) == ([inputs[0], inputs[3]], [inputs[1], "-"])
