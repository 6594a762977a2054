"""Query results convert to Arrow, pandas and polars in one call, with real dates, lists and categories."""
from __future__ import annotations

from datetime import date
from typing import Iterator

import pyarrow as pa
import pytest

from eventwire.frames import Rows
from eventwire.store import EventRow, QuoteRow, Store, open_store
from tests.test_dyads import iran_article
from tests.test_store import build


@pytest.fixture()
def store() -> Iterator[Store]:
    with open_store(":memory:") as opened:
        opened.ingest([iran_article(), build("quoted")])
        yield opened


def test_events_to_arrow_has_typed_columns(store: Store) -> None:
    table = store.events().to_arrow()
    assert table.schema.field("date_start").type == pa.date32()
    assert table.schema.field("actors").type == pa.list_(pa.string())
    assert pa.types.is_dictionary(table.schema.field("event").type)
    assert pa.types.is_dictionary(table.schema.field("date_precision").type)
    assert table.schema.field("goldstein").type == pa.float64() and table.num_rows == len(store.events())


def test_events_to_pandas(store: Store) -> None:
    frame = store.events(actor="Iran").to_pandas()
    assert str(frame["event"].dtype) == "category"
    assert str(frame["date_start"].dtype).startswith("datetime64")
    assert frame.loc[frame["event_id"] == "e1", "recipients"].iloc[0] == ["United States"]
    assert set(frame["event_id"]) == {"e1", "e2"}


def test_quotes_actors_dyads_to_polars(store: Store) -> None:
    import polars as pl

    quotes = store.quotes().to_polars()
    assert quotes.schema["published"] == pl.Date and quotes.schema["events"] == pl.List(pl.String)
    actors = store.actors().to_polars()
    assert actors.schema["kind"] == pl.Categorical and actors.height == len(store.actors())
    dyads = store.dyads(level="country").to_polars()
    assert dyads.filter(pl.col("source") == "IRN")["events"].to_list() == [2]


def test_an_empty_result_keeps_its_columns() -> None:
    empty = Rows(EventRow)
    assert empty.to_arrow().num_rows == 0 and "date_precision" in empty.to_arrow().column_names
    assert list(empty.to_pandas().columns) == list(empty.fields())
    assert Rows(QuoteRow, [])[:5].to_polars().width == len(Rows(QuoteRow).fields())


def test_rows_are_still_lists(store: Store) -> None:
    rows = store.events()
    assert isinstance(rows, list) and rows[:1] == [rows[0]] and isinstance(rows[:1], Rows)
    assert rows[0].date_start == date(2020, 1, 1) or rows[0].date_start <= date(2020, 1, 10)
