"""How precise an event's date is, and the one day every output shows for it.

An event's date comes from the text as a TIMEX3 value ("2023-09-13", "2023-W36", "2023-09", "2023-Q3",
"2023-SU", "2023"), else from its article's publication day. Every event therefore has

    date_start, date_end   the first and last day of the period the value names (timex.period)
    date_precision         day | week | weekend | month | quarter | half | season | year
    date_source            text | published

and one *day* that every output (CLI table, GDELT `Day`, PLOVER `date`, DataFrames) shows: `date_start`,
the first day of the period, with the precision beside it wherever the format has room for it. Counting
per period (`--by month`) files an event under a period only when its whole date lies inside that period;
an event whose date is coarser ("2023", or a week across two months) gets a row of its own, labelled with
its own value ("2023", "2023-W05"): a year-only event is never counted as January's.
"""
from __future__ import annotations

from datetime import date
from types import MappingProxyType
from typing import Mapping

from .timex import parse_value, period

# timex units → the precision names of the outputs (seasons share one name).
PRECISION_OF_UNIT: Mapping[str, str] = MappingProxyType({
    "D": "day", "W": "week", "WE": "weekend", "M": "month", "Q": "quarter", "H": "half", "Y": "year",
    "SP": "season", "SU": "season", "FA": "season", "WI": "season",
})
PRECISIONS: tuple[str, ...] = ("day", "weekend", "week", "month", "quarter", "season", "half", "year")


def precision(value: str | None) -> str | None:
    """The precision of a TIMEX3 calendar value ("2020-W01" → "week"), None when it names no period."""
    point = parse_value(value)
    return PRECISION_OF_UNIT[point.unit] if point is not None else None


def event_dates(value: str | None, published: date | None) -> tuple[date | None, date | None, str | None, str | None]:
    """(date_start, date_end, date_precision, date_source) of an event dated `value` in an article
    published on `published`, as the store's `event_dates` view computes them."""
    days = period(value)
    kind = precision(value)
    if days is not None and kind is not None:
        return days[0], days[1], kind, "text"
    if published is not None:
        return published, published, "day", "published"
    return None, None, None, None


# strftime patterns of the counting periods.
PERIODS: Mapping[str, str] = MappingProxyType({"day": "%Y-%m-%d", "week": "%G-W%V", "month": "%Y-%m", "year": "%Y"})


def period_label_sql(by: str, start: str, end: str, value: str) -> str:
    """SQL for the period an event is counted under (`by` one of PERIODS; `start`/`end`/`value` SQL
    expressions for its first day, last day and TIMEX3 value): the `by` period holding its whole date,
    else its own value (its own row)."""
    pattern = PERIODS[by]
    return (f"CASE WHEN strftime({start}, '{pattern}') = strftime({end}, '{pattern}') "
            f"THEN strftime({start}, '{pattern}') ELSE coalesce({value}, strftime({start}, '{pattern}')) END")


def period_label(by: str, start: date, end: date, value: str | None) -> str:
    """The Python twin of `period_label_sql`, for rows built outside the store."""
    pattern = PERIODS[by]
    if start.strftime(pattern) == end.strftime(pattern):
        return start.strftime(pattern)
    return value or start.strftime(pattern)
