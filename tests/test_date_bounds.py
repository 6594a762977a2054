"""Dates at the ends of the calendar (year 1, year 9999) are clamped or left out, never an internal error."""
from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from eventwire import Pipeline
from eventwire.formats.gdelt import write_gdelt
from eventwire.knowledge import Knowledge
from eventwire.pipeline import make_article
from eventwire.records import Article
from eventwire.store import open_store
from eventwire.timex import period
from tests.test_cli import parse_only, run  # noqa: F401  (parse_only: the autouse fixture)
from tests.test_store import build


def test_periods_at_the_end_of_the_calendar_are_clamped() -> None:
    assert period("9999") == (date(9999, 1, 1), date(9999, 12, 31))
    assert period("9999-12") == (date(9999, 12, 1), date(9999, 12, 31))
    assert period("9999-W52") is not None and period("9999-Q4") == (date(9999, 10, 1), date(9999, 12, 31))
    assert period("0001") == (date(1, 1, 1), date(1, 12, 31))


@pytest.mark.parametrize("published, text", [
    ("9999-12-31", "The talks will resume next year, next month, next week and next decade."),
    ("0001-01-01", "The talks ended last year, last month, last week, last decade and last century."),
])
def test_relative_times_beyond_the_calendar_are_left_out(pipeline: Pipeline, published: str, text: str) -> None:
    (result,) = pipeline.pipe([make_article("edge", text, published)])
    assert isinstance(result, Article), result
    assert all(t.value is None or not t.value[:5].isdigit() for t in result.times)  # no five-digit years


def test_an_event_dated_9999_is_stored_and_queried(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    with open_store(db) as store:
        report = store.ingest([build(values=("9999-12-31", "9999-12"))])
        assert report.added == 1 and not report.failed
    for option, value in (("--since", "9999"), ("--until", "9999-12"), ("--since", "9999-12-31")):
        code, _, err = run(capsys, "events", "--db", str(db), option, value, "--format", "json")
        assert code == 0, err


def test_gdelt_writes_year_one_with_four_digits(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.duckdb") as store:
        store.ingest([build(published="0001-03-05", values=("0001-03-04", "0001-04"))])
        out = io.StringIO()
        write_gdelt(store.event_mentions(), out, Knowledge(), include_all=True)
    rows = [line.split("\t") for line in out.getvalue().splitlines()]
    assert rows and {row[1] for row in rows} <= {"00010304", "00010305", "00010401"}
    assert all(len(row[1]) == 8 and len(row[2]) == 6 and row[3] == "1" for row in rows)
