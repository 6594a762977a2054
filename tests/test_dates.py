"""Dates that say how precise they are: one day for every output, the precision beside it."""
from __future__ import annotations

import dataclasses
import io
from datetime import date

import pytest

from eventwire.dates import event_dates, period_label, precision
from eventwire.formats.gdelt import COLUMNS, gdelt_rows
from eventwire.formats.plover import plover_record
from eventwire.knowledge import Knowledge
from eventwire.store import open_store
from tests.test_dyads import iran_article

VALUES = {"2020-01-03": "day", "2020-01-03T10:00": "day", "2020-W01": "week", "2020-W01-WE": "weekend",
          "2020-01": "month", "2020-Q1": "quarter", "2020-H1": "half", "2020-SU": "season", "2020-WI": "season",
          "2020": "year", "PRESENT_REF": None, "P2Y": None, None: None}


@pytest.mark.parametrize("value, expected", VALUES.items())
def test_precision_of_every_unit_in_python_and_in_the_store(value: str | None, expected: str | None) -> None:
    assert precision(value) == expected
    with open_store(":memory:") as store:
        assert store.connection.execute("SELECT date_precision_of(?)", [value]).fetchone()[0] == expected


def test_event_dates_fall_back_to_the_publication_day() -> None:
    assert event_dates("2020-W01", None) == (date(2019, 12, 30), date(2020, 1, 5), "week", "text")
    assert event_dates(None, date(2020, 1, 10)) == (date(2020, 1, 10), date(2020, 1, 10), "day", "published")
    assert event_dates("FUTURE_REF", None) == (None, None, None, None)


def test_a_period_that_does_not_fit_is_its_own_row() -> None:
    assert period_label("month", date(2020, 1, 1), date(2020, 12, 31), "2020") == "2020"
    assert period_label("month", date(2020, 1, 27), date(2020, 2, 2), "2020-W05") == "2020-W05"
    assert period_label("year", date(2020, 1, 1), date(2020, 1, 31), "2020-01") == "2020"


def test_every_event_row_has_its_period_and_precision() -> None:
    with open_store(":memory:") as store:
        store.ingest([iran_article()])
        rows = {r.event_id: r for r in store.events()}
    assert (rows["e1"].date_start, rows["e1"].date_end, rows["e1"].date_precision) == (
        date(2020, 1, 3), date(2020, 1, 3), "day")
    assert (rows["e2"].date_start, rows["e2"].date_end, rows["e2"].date_precision) == (
        date(2020, 1, 1), date(2020, 1, 31), "month")
    assert (rows["e3"].date_start, rows["e3"].date_precision) == (date(2020, 1, 1), "year")
    assert (rows["e4"].date_start, rows["e4"].date_precision) == (date(2020, 1, 10), "day")  # published


def test_by_month_never_files_a_year_only_event_under_january() -> None:
    with open_store(":memory:") as store:
        store.ingest([iran_article()])
        periods = {(p.period, p.event) for p in store.timeline(by="month")}
    assert ("2020", "THREATEN") in periods and ("2020-01", "THREATEN") not in periods
    assert ("2020-01", "ASSAULT") in periods and ("2020-01", "ACCUSE") in periods


def test_gdelt_plover_and_the_table_give_the_same_day() -> None:
    with open_store(":memory:") as store:
        store.ingest([iran_article()])
        table = {r.event_id: r.date_start.isoformat() for r in store.events()}
        mentions = store.event_mentions()
        plover = {m.event_id: plover_record(m) for m in mentions}
        gdelt = [dict(zip(COLUMNS, row)) for row in gdelt_rows(mentions, Knowledge(), include_all=True)]
    for event_id, day in table.items():
        assert plover[event_id]["date"] == day  # always YYYY-MM-DD
    assert plover["e3"]["date_precision"] == "year" and plover["e3"]["enddate"] == "2020-12-31"
    assert sorted(row["Day"] for row in gdelt) == sorted(day.replace("-", "") for day in table.values())


def test_groups_merge_a_day_and_a_week_report_of_the_same_event() -> None:
    with open_store(":memory:") as store:
        store.ingest([iran_article("ir-1", dates=("2020-01-03", "2020-01", "2020")),
                      iran_article("ir-2", dates=("2020-W01", "2019-12", "2020"))])
        groups = {g.cameo: g for g in store.event_groups()}
    assert groups["195"].articles == 2 and groups["195"].date == "2020-01-03"  # the week holds 3 January
    assert groups["112"].articles == 1  # December 2019 does not hold January 2020: two groups
    assert groups["130"].articles == 2  # the same year, at the same precision
    assert groups["195"].sources == 1  # edition.news-x.example and news-x.example: one registered domain
