"""Credits and bylines never become actors; initials a codebook knows, or initials acting in a sentence, stay."""
from __future__ import annotations

import pytest

from eventwire.records import Actor, Mention, Span
from eventwire.stages.credits import drop_credits, in_credit_position, is_credit, is_time_zone


def _span(text: str, word: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return Span(start, start + len(word))


@pytest.mark.parametrize("text, word", [
    ("WN\nThe minister resigned.", "WN"),
    ("Lisbon (WN) — The minister resigned.", "WN"),
    ("The minister resigned.\nPhoto: QX", "QX"),
    ("The minister resigned. (Reporting by ZT; editing by JD)", "ZT"),
    ("The minister resigned. (Reporting by ZT; editing by JD)", "JD"),
])
def test_credit_positions(text: str, word: str) -> None:
    assert in_credit_position(text, _span(text, word))


@pytest.mark.parametrize("text, word", [
    ("JD said on Monday that the talks failed.", "JD"),
    ("Talks between Velor and JD failed.", "JD"),
])
def test_not_credit_positions(text: str, word: str) -> None:
    assert not in_credit_position(text, _span(text, word))


def test_only_uncoded_initials_are_dropped() -> None:
    text = "WN\nEU officials met.\n(EU)"
    wn = Actor("a1", "WN", "organisation", None, None, None, (Mention(_span(text, "WN"), "name"),))
    eu = Actor("a2", "EU", "organisation", None, None, "IGOEU", (Mention(_span(text, "EU", 1), "name"),))
    assert is_credit(wn, text) and not is_credit(eu, text)
    assert drop_credits([wn, eu], text) == (eu,)


def test_byline_initials_never_reach_the_article(pipeline) -> None:
    article = pipeline(__import__("eventwire").make_article(
        "c1", "Lisbon (WN) — Portugal accused Spain of lying on Monday.\nPhoto: QX", "2024-01-02"))
    names = {actor.name for actor in article.actors}
    assert "WN" not in names and "QX" not in names
    assert {"Portugal", "Spain"} <= names


def test_time_zones_after_a_clock_time_are_not_actors() -> None:
    text = "The vote closed at 2100 UTC. Polls opened at 9 a.m. BST. ZQX said at noon."
    zone = lambda word: Actor("a1", word, "organisation", None, None, None,  # noqa: E731
                              (Mention(_span(text, word), "name"),))
    assert is_time_zone(zone("UTC"), text) and is_time_zone(zone("BST"), text)
    assert not is_time_zone(zone("ZQX"), text)
