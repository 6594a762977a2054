"""A folder is read file by file: a stray .parquet beside JSONL files hides none of them."""
from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.formats.shards import iter_shard_sources
from eventwire.store import open_store
from tests.test_cli import jsonl, line, parse_only, run  # noqa: F401  (parse_only: the autouse fixture)


def test_a_mixed_folder_is_both_a_shard_source_and_a_text_source(tmp_path: Path) -> None:
    (tmp_path / "mixed").mkdir()
    jsonl(tmp_path / "mixed" / "a.jsonl", line("a", "The minister spoke."))
    (tmp_path / "mixed" / "stray.parquet").write_bytes(b"not parquet at all")
    (tmp_path / "shards").mkdir()
    (tmp_path / "shards" / "part-0.parquet").write_bytes(b"")
    mixed, shards = str(tmp_path / "mixed"), str(tmp_path / "shards")
    assert iter_shard_sources([mixed, shards]) == ([mixed, shards], [mixed])


def test_ingest_of_a_mixed_folder_stores_the_jsonl_and_reports_the_stray_file(capsys: pytest.CaptureFixture[str],
                                                                              tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    jsonl(folder / "a.jsonl", line("a", "The minister spoke."), line("b", "The envoy left."))
    (folder / "stray.parquet").write_bytes(b"not parquet at all")
    db = tmp_path / "s.duckdb"
    code, _, err = run(capsys, "ingest", str(folder), "--db", str(db))
    assert code == 1 and "stray.parquet: not a readable eventwire shard" in err and "2 added" in err
    with open_store(db, read_only=True) as store:
        assert store.count("articles") == 2
