"""TIMEX3 value arithmetic: granularities, shifts, parsing back, durations."""
from __future__ import annotations

from datetime import date

import pytest

from eventwire import timex
from eventwire.timex import day_of, period

WED = date(2023, 9, 13)  # a Wednesday, in ISO week 37


@pytest.mark.parametrize(
    ("unit", "value"),
    [("D", "2023-09-13"), ("W", "2023-W37"), ("WE", "2023-W37-WE"), ("M", "2023-09"), ("Q", "2023-Q3"),
     ("H", "2023-H2"), ("Y", "2023"), ("DE", "202"), ("CE", "20"), ("FA", "2023-FA")],
)
def test_value_at_each_granularity(unit, value):
    assert timex.value_at(WED, unit) == value


def test_iso_week_is_padded():
    assert timex.iso_week(date(2000, 2, 16)) == "2000-W07"


@pytest.mark.parametrize(
    ("unit", "steps", "value"),
    [("W", -1, "2023-W36"), ("M", -1, "2023-08"), ("Y", -1, "2022"), ("Q", -1, "2023-Q2"), ("Q", 2, "2024-Q1"),
     ("M", 4, "2024-01"), ("D", 1, "2023-09-14"), ("DE", -1, "201")],
)
def test_shift_from_the_anchor(unit, steps, value):
    assert timex.shift(WED, unit, steps) == value


@pytest.mark.parametrize(
    ("anchor", "season", "steps", "value"),
    [(WED, "SU", -1, "2023-SU"), (WED, "FA", -1, "2022-FA"), (WED, "WI", -1, "2022-WI"),
     (date(1998, 2, 6), "FA", -1, "1997-FA"), (WED, "SP", 1, "2024-SP"), (WED, "SU", 0, "2023-SU")],
)
def test_season_shift(anchor, season, steps, value):
    assert timex.season_shift(anchor, season, steps) == value


def test_winter_belongs_to_its_december():
    assert timex.season_of(date(2024, 1, 20)) == (2023, "WI")


@pytest.mark.parametrize(
    ("value", "unit"),
    [("2023-09-13", "D"), ("2023-09", "M"), ("2023-W36", "W"), ("2023-Q3", "Q"), ("2023", "Y"), ("2023-SU", "SU"),
     ("2023-09-13TNI", "D")],
)
def test_parse_value_round_trip(value, unit):
    point = timex.parse_value(value)
    assert point is not None and point.unit == unit


@pytest.mark.parametrize("value", [None, "", "PRESENT_REF", "P2Y", "XXXX-09", "199", "2023-02-30"])
def test_parse_value_rejects_non_calendar_values(value):
    assert timex.parse_value(value) is None


def test_shift_value_keeps_the_granularity_of_the_reference():
    assert timex.shift_value("1989-Q3", "Y", -1) == "1988-Q3"
    assert timex.shift_value("2023-09-01", "D", 2) == "2023-09-03"
    assert timex.shift_value("2023-SU", "Y", -1) == "2022-SU"
    assert timex.shift_value("PAST_REF", "Y", -1) is None


def test_nearest_weekday_looks_back_including_the_anchor_unless_told_forward():
    assert timex.nearest_weekday(WED, 3, -1) == WED
    assert timex.nearest_weekday(WED, 2, -1) == date(2023, 9, 12)
    assert timex.nearest_weekday(WED, 5, -1) == date(2023, 9, 8)
    assert timex.nearest_weekday(WED, 5, 1) == date(2023, 9, 15)
    assert timex.nearest_weekday(WED, 3, 1) == date(2023, 9, 20)


def test_thanksgiving_and_memorial_day():
    assert timex.nth_weekday(1999, 11, 4, 4) == date(1999, 11, 25)
    assert timex.nth_weekday(2023, 5, 1, -1) == date(2023, 5, 29)


@pytest.mark.parametrize(
    ("amount", "unit", "value"),
    [(2, "TH", "PT2H"), (19, "M", "P19M"), (3, "D", "P3D"), (None, "Y", "PXY"), (None, "W", "PXW"),
     (1, "DE", "P10Y"), (2.5, "Y", "P2Y6M"), (1.5, "TH", "PT1H30M"), (1.5, "TM", "PT1M30S"), (1, "WE", "P2D"), (2, "Q", "P2Q")],
)
def test_duration(amount, unit, value):
    assert timex.duration(amount, unit) == value


@pytest.mark.parametrize("value, expected", [
    ("2023-09-13", (date(2023, 9, 13), date(2023, 9, 13))),
    ("2023-09-13T10:30", (date(2023, 9, 13), date(2023, 9, 13))),
    ("2024-02", (date(2024, 2, 1), date(2024, 2, 29))),
    ("2023-W36", (date(2023, 9, 4), date(2023, 9, 10))),
    ("2023-Q4", (date(2023, 10, 1), date(2023, 12, 31))),
    ("2022", (date(2022, 1, 1), date(2022, 12, 31))),
    ("2023-H2", (date(2023, 7, 1), date(2023, 12, 31))), ("2023-SU", (date(2023, 6, 1), date(2023, 8, 31))),
    ("2023-W36-WE", (date(2023, 9, 9), date(2023, 9, 10))),
    ("2023-13", None), ("2023-02-30", None), ("PRESENT_REF", None), ("P3D", None), ("", None), (None, None),
])
def test_period_of_a_value(value: str | None, expected: tuple[date, date] | None) -> None:
    assert period(value) == expected


def test_day_of_only_for_one_day() -> None:
    assert day_of("2023-09-13") == date(2023, 9, 13)
    assert day_of("2023-09") is None
