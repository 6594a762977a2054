"""A store that is damaged is one fatal error (exit 2), not a failure reported for every article."""
from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest

from eventwire.errors import StoreError
from eventwire.store import open_store
from tests.test_cli import jsonl, line, parse_only, run  # noqa: F401  (parse_only: the autouse fixture)
from tests.test_store import build

_BLOCK = 262144  # DuckDB's block size


def corrupt_store(path: Path) -> None:
    """A store of 300 articles with garbage written into every other block after the first few."""
    with open_store(path) as store:
        store.ingest([dataclasses.replace(build(), id=f"x{n}", text=build().text + " " * n) for n in range(300)])
        store.connection.execute("CHECKPOINT")
    size = path.stat().st_size
    with path.open("r+b") as handle:
        for offset in range(3 * _BLOCK, size, 2 * _BLOCK):
            handle.seek(offset + 100)
            handle.write(bytes(range(256)) * 8)


def test_a_corrupt_block_stops_the_ingest_with_one_store_error(tmp_path: Path) -> None:
    path = tmp_path / "c.duckdb"
    corrupt_store(path)
    with open_store(path) as store:
        with pytest.raises(StoreError, match="Corrupt database file"):
            store.ingest([dataclasses.replace(build(), id=f"y{n}") for n in range(5)])


def test_the_cli_reports_a_corrupt_store_once_with_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "c.duckdb"
    corrupt_store(path)
    source = jsonl(tmp_path / "in.jsonl", *(line(f"y{n}", f"Article number {n}.") for n in range(20)))
    code, _, err = run(capsys, "ingest", str(source), "--db", str(path))
    assert code == 2, err
    assert len(err.strip().splitlines()) == 1 and err.startswith(f"error: {path}: cannot write to the store")
    assert os.path.getsize(path) > 0
