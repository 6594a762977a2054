"""The times stage on hand-written sentences, anchored on Wednesday 13 September 2023."""
from __future__ import annotations

import pytest

from eventwire import make_article
from eventwire.records import Article, TimeExpr
from eventwire.stages import times

PUBLISHED = "2023-09-13"


def run_times(pipeline, text: str, published: str | None = PUBLISHED) -> Article:
    """Parse and run only this stage, so that these tests do not depend on the other stages."""
    article = pipeline.parse([make_article("t", text, published)])[0]
    return times.run(article, pipeline.knowledge)


def extract(pipeline, text: str, published: str | None = PUBLISHED) -> list[tuple[str, str, str | None, str | None]]:
    article = run_times(pipeline, text, published)
    return [(t.span.text(text), t.type, t.value, t.mod) for t in article.times]


def only(pipeline, text: str, published: str | None = PUBLISHED) -> tuple[str, str, str | None, str | None]:
    found = extract(pipeline, text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The treaty was signed on Sept. 13, 2023, in Geneva.", ("Sept. 13, 2023", "DATE", "2023-09-13", None)),
        ("The treaty was signed on 13 September 2023.", ("13 September 2023", "DATE", "2023-09-13", None)),
        ("The file is dated 2021-03-04.", ("2021-03-04", "DATE", "2021-03-04", None)),
        ("The form was filed on 9/13/2023.", ("9/13/2023", "DATE", "2023-09-13", None)),
        ("Prices rose in September 2022.", ("September 2022", "DATE", "2022-09", None)),
        ("The party grew in the 1990s.", ("the 1990s", "DATE", "199", None)),
        ("The fort dates from the 19th century.", ("the 19th century", "DATE", "18", None)),
        ("The bridge opened in 2022.", ("2022", "DATE", "2022", None)),
        ("Output peaked in mid-2020.", ("mid-2020", "DATE", "2020", "MID")),
        ("Profits fell in the third quarter of 2019.", ("the third quarter of 2019", "DATE", "2019-Q3", None)),
    ],
)
def test_explicit_dates(pipeline, text, expected):
    assert only(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministers met on Wednesday.", ("Wednesday", "DATE", "2023-09-13", None)),
        ("The envoy arrived on Tuesday.", ("Tuesday", "DATE", "2023-09-12", None)),
        ("The envoy arrived on Friday.", ("Friday", "DATE", "2023-09-08", None)),
        ("The envoy will arrive on Friday.", ("Friday", "DATE", "2023-09-15", None)),
        ("The envoy is expected to arrive on Friday.", ("Friday", "DATE", "2023-09-15", None)),
        ("The envoy leaves for Paris next Monday.", ("next Monday", "DATE", "2023-09-18", None)),
        ("The protest was held yesterday.", ("yesterday", "DATE", "2023-09-12", None)),
        ("The vote is tomorrow.", ("tomorrow", "DATE", "2023-09-14", None)),
        ("The president speaks tonight.", ("tonight", "TIME", "2023-09-13TNI", None)),
        ("Talks resumed this morning.", ("this morning", "TIME", "2023-09-13TMO", None)),
        ("Shelling continued on Wednesday night.", ("Wednesday night", "TIME", "2023-09-13TNI", None)),
        ("The ceasefire began at 3 p.m.", ("3 p.m.", "TIME", "2023-09-13T15:00", None)),
    ],
)
def test_days_and_times_of_day(pipeline, text, expected):
    assert only(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Inflation eased last week.", ("last week", "DATE", "2023-W36", None)),
        ("Inflation eased last month.", ("last month", "DATE", "2023-08", None)),
        ("Inflation eased last year.", ("last year", "DATE", "2022", None)),
        ("Inflation will ease next year.", ("next year", "DATE", "2024", None)),
        ("Output rose this quarter.", ("this quarter", "DATE", "2023-Q3", None)),
        ("Output fell last quarter.", ("last quarter", "DATE", "2023-Q2", None)),
        ("Fires spread last summer.", ("last summer", "DATE", "2023-SU", None)),
        ("Riots broke out last weekend.", ("last weekend", "DATE", "2023-W36-WE", None)),
        ("The bill passed earlier this month.", ("earlier this month", "DATE", "2023-09", "START")),
        ("The bank failed late last year.", ("late last year", "DATE", "2022", "END")),
        ("The plant will close by the end of the year.", ("the end of the year", "DATE", "2023", "END")),
        ("The deal was signed in July.", ("July", "DATE", "2023-07", None)),
        ("The vote was held in November.", ("November", "DATE", "2022-11", None)),
        ("The vote will be held in November.", ("November", "DATE", "2023-11", None)),
        ("The coup happened a year ago.", ("a year ago", "DATE", "2022", None)),
        ("The coup happened two weeks ago.", ("two weeks ago", "DATE", "2023-W35", None)),
    ],
)
def test_relative_dates(pipeline, text, expected):
    assert only(pipeline, text) == expected


def test_anaphoric_expressions_follow_the_last_date_mentioned(pipeline):
    found = extract(pipeline, "The summit opened on Sept. 1. Two days later, the delegates left. "
                              "The previous day had been calm.")
    assert found == [
        ("Sept. 1", "DATE", "2023-09-01", None),
        ("Two days later", "DATE", "2023-09-03", None),
        ("The previous day", "DATE", "2023-08-31", None),
    ]


def test_a_year_earlier_keeps_the_quarter_of_the_reference(pipeline):
    found = extract(pipeline, "Net income rose in the second quarter. A year earlier, the company lost money.")
    assert found[-1] == ("A year earlier", "DATE", "2022-Q2", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The siege lasted 19 months.", ("19 months", "DURATION", "P19M", None)),
        ("The strike passed the 14-month mark.", ("14-month", "DURATION", "P14M", None)),
        ("The flight took roughly two hours.", ("roughly two hours", "DURATION", "PT2H", "APPROX")),
        ("The talks took about two hours.", ("about two hours", "DURATION", "PT2H", "APPROX")),
        ("The strike lasted three days.", ("three days", "DURATION", "P3D", None)),
        ("The war lasted a decade.", ("a decade", "DURATION", "P10Y", None)),
        ("The feud has simmered for years.", ("years", "DURATION", "PXY", None)),
        ("The talks may take several weeks.", ("several weeks", "DURATION", "PXW", None)),
        ("He signed a two-year contract.", ("two-year", "DURATION", "P2Y", None)),
        ("He signed a two-year contract with the club.", ("two-year", "DURATION", "P2Y", None)),
        ("Unemployment rose over the past three years.", ("the past three years", "DURATION", "P3Y", None)),
        ("The loan runs for 2 1/2 years.", ("2 1/2 years", "DURATION", "P2Y6M", None)),
    ],
)
def test_durations(pipeline, text, expected):
    assert only(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council meets every week.", ("every week", "SET", "P1W", None)),
        ("The paper appears daily.", ("daily", "SET", "P1D", None)),
        ("The report is published annually.", ("annually", "SET", "P1Y", None)),
        ("Inspectors visit each month.", ("each month", "SET", "P1M", None)),
        ("The levy costs $40 a year.", ("a year", "SET", "P1Y", None)),
        ("The market opens on Fridays.", ("Fridays", "SET", "XXXX-WXX-5", None)),
    ],
)
def test_sets(pipeline, text, expected):
    assert only(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [("The border is now closed.", "PRESENT_REF"), ("The border is currently closed.", "PRESENT_REF"),
     ("The border was recently closed.", "PAST_REF"), ("The border may reopen in the future.", "FUTURE_REF")],
)
def test_vague_references(pipeline, text, value):
    assert only(pipeline, text)[2] == value


@pytest.mark.parametrize(
    "text",
    [
        "Theresa May met the press.",
        "Protesters march through the city.",
        "We may agree on a plan.",
        "The army sent 2,000 troops to the border.",
        "The army sent 1500 troops to the border.",
        "Some 500 people attended.",
        "Chang Min met the reporters.",
        "The 6-year-old boy was rescued.",
        "Leaves fall in the garden.",
        "The fall of the regime surprised everyone.",
        "She won a second term.",
        "Three quarters of the voters agreed.",
    ],
)
def test_names_and_numbers_that_are_not_times(pipeline, text):
    assert extract(pipeline, text) == []


def test_without_a_publication_date_relative_values_stay_open(pipeline):
    assert only(pipeline, "The deal was signed in July.", None) == ("July", "DATE", "XXXX-07", None)
    assert only(pipeline, "The envoy arrived on Friday.", None) == ("Friday", "DATE", None, None)
    assert only(pipeline, "The treaty was signed on Sept. 13, 2023.", None)[2] == "2023-09-13"


def test_times_are_sorted_inside_the_text_and_deterministic(pipeline):
    text = ("On Monday, 2,000 workers struck for three days. Last year the union won a raise.\n"
            "Talks resume next week, and a deal may come in October.")
    first = run_times(pipeline, text).times
    second = run_times(pipeline, text).times
    assert first == second
    assert all(isinstance(t, TimeExpr) for t in first)
    assert [t.span for t in first] == sorted(t.span for t in first)
    assert all(0 <= t.span.start < t.span.end <= len(text) for t in first)
    assert [t.span.text(text) for t in first] == ["Monday", "three days", "Last year", "next week", "October"]


# Anchor: Wednesday 13 September 2023 (PUBLISHED).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A signal word puts a bare weekday ahead whatever the tense of the clause.
        ("The court extended the deadline until Friday.", ("Friday", "DATE", "2023-09-15", None)),
        ("The envoy could arrive as early as Monday.", ("Monday", "DATE", "2023-09-18", None)),
        # "until" under a past verb is over, unless the verb defers.
        ("The general was the envoy until December.", ("December", "DATE", "2022-12", None)),
        # ... unless the clause is in the past perfect.
        ("Until Monday, the police had not named a suspect.", ("Monday", "DATE", "2023-09-11", None)),
        ("The offer had been due to expire Friday evening.", ("Friday evening", "TIME", "2023-09-08TEV", None)),
        # A weekday that owns an event is not pushed ahead by a present-tense clause.
        ("The move follows Monday's vote in parliament.", ("Monday", "DATE", "2023-09-11", None)),
        # The future of reported speech.
        ("He said he would travel to Kyiv on Friday.", ("Friday", "DATE", "2023-09-15", None)),
        # "set" looks ahead only with an auxiliary or a to-complement.
        ("Talks are set to resume Friday.", ("Friday", "DATE", "2023-09-15", None)),
        ("Shares closed at the record set on Friday.", ("Friday", "DATE", "2023-09-08", None)),
        ("Police have searched for him since the Oct. 23 attack.", ("Oct. 23", "DATE", "2022-10-23", None)),
    ],
)
def test_direction_of_bare_days(pipeline, text, expected):
    assert only(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A day two months after a past clause is a reported plan; a bare month that far ahead is past.
        ("The board declared a dividend payable Nov. 15.", ("Nov. 15", "DATE", "2023-11-15", None)),
        ("The board met in November.", ("November", "DATE", "2022-11", None)),
        # Without tense, a month named more than four months ahead is the past one.
        ("Shares traded at $30 in March.", ("March", "DATE", "2023-03", None)),
        ("Shares trade at $30 in December.", ("December", "DATE", "2023-12", None)),
    ],
)
def test_year_of_a_month_named_without_one(pipeline, text, expected):
    assert only(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Earnings fell in the last half of 2022.", ("the last half of 2022", "DATE", "2022-H2", None)),
        ("Sales will rise in the last quarter of 2024.", ("the last quarter of 2024", "DATE", "2024-Q4", None)),
        ("Sales rose in the latest quarter.", ("the latest quarter", "DATE", "2023-Q2", None)),
        ("Growth slowed over the past decade.", ("the past decade", "DURATION", "P10Y", None)),
        ("Prices soared in the nineties.", ("the nineties", "DATE", "199", None)),
        ("Prices soared in the early eighties.", ("the early eighties", "DATE", "198", "START")),
        ("The court will rule the week of Oct. 2.", ("the week of Oct. 2", "DATE", "2023-W40", None)),
        ("Banks must report at year-end.", ("year-end", "DATE", "2023", "END")),
        ("Talks will resume in the coming weeks.", ("coming weeks", "DATE", "FUTURE_REF", None)),
        ("The risks lie in the months ahead.", ("the months ahead", "DATE", "FUTURE_REF", None)),
        ("The deal helps in the short term.", ("the short term", "DATE", "FUTURE_REF", None)),
        ("Rents have soared in recent years.", ("recent years", "DATE", "PAST_REF", None)),
        ("The talks lasted an hour and a half.", ("an hour and a half", "DURATION", "PT1H30M", None)),
        ("The siege lasted two and a half years.", ("two and a half years", "DURATION", "P2Y6M", None)),
        ("Repairs could take a year or two.", ("a year or two", "DURATION", "PXY", None)),
        ("Repairs could take weeks or months.", ("weeks or months", "DURATION", "PXW", None)),
        ("Smoke rose at 1800 UTC.", ("1800 UTC", "TIME", "2023-09-13T18:00", None)),
    ],
)
def test_periods_decades_and_vague_spans(pipeline, text, expected):
    assert only(pipeline, text) == expected


def test_previous_weekday_counts_from_the_day_last_mentioned(pipeline):
    found = extract(pipeline, "The index fell on Friday. It was down 4% from the previous Friday.")
    assert found == [("Friday", "DATE", "2023-09-08", None), ("the previous Friday", "DATE", "2023-09-01", None)]


def test_clock_shifts_count_from_the_last_clock_time(pipeline):
    found = extract(pipeline, "The blast hit at 9 a.m. An hour later, police arrived.")
    assert found == [("9 a.m.", "TIME", "2023-09-13T09:00", None), ("An hour later", "TIME", "2023-09-13T10:00", None)]
    assert only(pipeline, "Police arrived two hours after the blast.") == ("two hours", "DURATION", "PT2H", None)


def test_vague_anaphoric_shift_stays_inside_a_coarser_reference(pipeline):
    found = extract(pipeline, "The rebels took the town last month. Days later, they left.")
    assert found[-1] == ("Days later", "DATE", "2023-08", None)


def test_the_year_of_a_report_period(pipeline):
    found = extract(pipeline, "Profit rose in the third quarter. It lost money in the 2022 quarter.")
    assert found[-1] == ("the 2022 quarter", "DATE", "2022-Q3", None)


@pytest.mark.parametrize(
    "text",
    [
        "The 2000 km pipeline will cross the sea.",
        "The dam holds 1500 MW of capacity.",
        "He is in his forties.",
    ],
)
def test_quantities_and_ages_that_are_not_times(pipeline, text):
    assert extract(pipeline, text) == []


def test_that_quarter_is_the_quarter_last_mentioned(pipeline):
    found = extract(pipeline, "Profit rose in the second quarter of 2021. Sales fell that quarter.")
    assert found[-1] == ("that quarter", "DATE", "2021-Q2", None)
