"""Parquet export: one file per table, sorted, readable back."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

import duckdb
import pytest

from eventwire.errors import StoreError
from eventwire.formats.parquet import TABLES, write_parquet
from eventwire.store import Store, open_store
from tests.test_store import reported


@pytest.fixture()
def store() -> Iterator[Store]:
    with open_store(":memory:") as opened:
        opened.ingest([reported("wire-b", "Agency B", None), reported("wire-a", "Agency A", None)])
        yield opened


def test_every_table_becomes_a_file_with_all_its_rows(store: Store, tmp_path: Path) -> None:
    counts = write_parquet(store, tmp_path / "out")
    assert set(counts) == set(TABLES) and sorted(p.stem for p in (tmp_path / "out").iterdir()) == sorted(TABLES)
    assert (counts["articles"], counts["events"], counts["event_groups"], counts["event_group_members"]) == (2, 6, 3, 6)
    con = duckdb.connect()
    folder = tmp_path / "out"
    assert con.execute(f"SELECT id FROM '{folder}/articles.parquet'").fetchall() == [("wire-a",), ("wire-b",)]
    assert con.execute(f"SELECT sum(num_articles) FROM '{folder}/event_groups.parquet'").fetchone() == (6,)
    contexts = con.execute(f"SELECT contexts FROM '{folder}/events.parquet' WHERE event = 'CONSULT'").fetchall()
    assert contexts == [(["diplomatic"],), (["diplomatic"],)]  # lists stay lists


def test_the_same_store_gives_the_same_files(store: Store, tmp_path: Path) -> None:
    write_parquet(store, tmp_path / "one")
    write_parquet(store, tmp_path / "two")
    con = duckdb.connect()
    for table in TABLES:
        one = con.execute(f"SELECT * FROM '{tmp_path}/one/{table}.parquet'").fetchall()
        assert one == con.execute(f"SELECT * FROM '{tmp_path}/two/{table}.parquet'").fetchall()


def test_a_file_in_the_way_is_an_error(store: Store, tmp_path: Path) -> None:
    (tmp_path / "taken").write_text("x", encoding="utf-8")
    with pytest.raises(StoreError, match="is a file"):
        write_parquet(store, tmp_path / "taken")
