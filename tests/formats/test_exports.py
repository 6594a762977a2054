"""`export`: the dispatcher over the four formats, to streams and files."""
from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Iterator

import pytest

from eventwire.errors import OutputError, SettingsError
from eventwire.formats.exports import FORMATS, export
from eventwire.knowledge import Knowledge
from eventwire.store import Store, open_store
from tests.test_store import build, reported


@pytest.fixture()
def store() -> Iterator[Store]:
    with open_store(":memory:") as opened:
        opened.ingest([reported("wire-b", "Agency B", None), reported("wire-a", "Agency A", None)])
        yield opened


def test_jsonl_gives_the_contract_records_by_id(store: Store) -> None:
    out = io.StringIO()
    report = export(store, "jsonl", out)
    assert report.rows == (("articles", 2),)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["id"] for r in records] == ["wire-a", "wire-b"]
    assert records[0] == store.record("wire-a")


@pytest.mark.parametrize("fmt, rows", [("gdelt", 2), ("plover", 6), ("jsonl", 2)])
def test_stream_formats_write_files_too(store: Store, tmp_path: Path, fmt: str, rows: int) -> None:
    path = tmp_path / f"out.{fmt}"
    report = export(store, fmt, path, Knowledge())
    assert report.format == fmt and report.rows[0][1] == rows
    assert len(path.read_text(encoding="utf-8").splitlines()) == rows


def test_parquet_needs_a_folder(store: Store, tmp_path: Path) -> None:
    report = export(store, "parquet", tmp_path / "pq")
    assert dict(report.rows)["events"] == 6
    with pytest.raises(SettingsError, match="folder"):
        export(store, "parquet", io.StringIO())


def test_unknown_formats_and_unwritable_paths_are_errors(store: Store, tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="unknown export format"):
        export(store, "csv", io.StringIO())
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    with pytest.raises(OutputError, match="cannot write"):  # a missing folder is created; a file cannot hold one
        export(store, "jsonl", tmp_path / "a-file" / "out.jsonl")
    assert set(FORMATS) == {"gdelt", "gdelt-mentions", "plover", "polecat", "parquet", "jsonl"}


def test_an_empty_store_exports_nothing(tmp_path: Path) -> None:
    with open_store(":memory:") as empty:
        for fmt in ("gdelt", "plover", "jsonl"):
            out = io.StringIO()
            assert export(empty, fmt, out).rows[0][1] == 0 and out.getvalue() == ""
        assert set(dict(export(empty, "parquet", tmp_path / "pq").rows).values()) == {0}


def test_gdelt_all_keeps_the_hypothetical_aid(store: Store) -> None:
    plain, every = io.StringIO(), io.StringIO()
    export(store, "gdelt", plain)
    export(store, "gdelt", every, include_all=True, header=True)
    assert len(plain.getvalue().splitlines()) == 2 and len(every.getvalue().splitlines()) == 4
    assert build().events[1].cameo == "07" and "\t07\t" in every.getvalue()
