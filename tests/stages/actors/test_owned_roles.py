"""A role's country from what owns it (issue 9 item 6, w16actors), on sentences written for these tests: "the
city's mayor" (the town named before), "a spokeswoman for the governor of Texas" (the officer's country)."""
from __future__ import annotations

import pytest

from eventwire.articles import make_article


def actor_of(pipeline, text: str, words: str):
    article = pipeline(make_article("t", text, "2024-01-10"))
    start = text.index(words)
    return next((a for a in article.actors for m in a.mentions if m.span.start <= start < m.span.end), None)


def test_the_city_s_mayor_is_of_the_country_of_the_city_named_before(pipeline) -> None:
    mayor = actor_of(pipeline, "Floods hit Valparaiso on Monday. The city's mayor asked for help.", "mayor")
    assert mayor is not None and mayor.country == "CHL", mayor


def test_a_spokeswoman_for_an_officer_is_of_the_officer_s_country(pipeline) -> None:
    aide = actor_of(pipeline, "A spokeswoman for the governor of Texas denied the report.", "spokeswoman")
    assert aide is not None and aide.code == "USAGOV", aide


def test_two_spokesmen_of_one_country_stay_two(pipeline) -> None:
    text = ("A spokesman for the governor of Texas denied the report. A spokesman for the governor of Ohio "
            "confirmed it.")
    article = pipeline(make_article("t", text, "2024-01-10"))
    spokesmen = [a for a in article.actors if a.name == "spokesman"]
    assert len(spokesmen) == 2 and all(a.country == "USA" for a in spokesmen), spokesmen


@pytest.mark.parametrize("text, name, code", [
    ("Jorge Ramirez served as Chile's foreign minister until 2019. Ramirez met Peruvian officials on Monday.",
     "Jorge Ramirez", "CHLGOV"),
    ("Tomas Reyes was appointed as Chile's ambassador to Peru last year. Reyes met Peruvian officials on Monday.",
     "Tomas Reyes", "CHLGOV"),
])
def test_a_role_said_of_the_subject_by_as_is_the_subjects(pipeline, text: str, name: str, code: str) -> None:
    article = pipeline(make_article("t", text, "2021-03-02"))
    assert {a.name: a.code for a in article.actors}.get(name) == code


def test_a_role_said_of_the_object_is_not_the_subjects(pipeline) -> None:
    text = "Jorge Ramirez described the Chilean president as a liar. Ramirez met Peruvian officials on Monday."
    article = pipeline(make_article("t", text, "2021-03-02"))
    assert {a.name: a.code for a in article.actors}.get("Jorge Ramirez") is None


def test_a_partys_members_named_by_the_party_are_its_members(pipeline) -> None:
    # "Republicans" is tagged as a nationality (NORP); the story is set in one country
    text = ("Senator Tom Vell of Ohio spoke in Columbus and in Dayton on Monday. He criticized Republicans for "
            "blocking the bill in Columbus.")
    assert actor_of(pipeline, text, "Republicans").code == "USAPTY"


def test_a_party_named_with_no_country_takes_the_storys(pipeline) -> None:
    text = ("The Blue Lantern Party met in Santiago and Valparaiso on Monday. The Blue Lantern Party criticized the "
            "Chilean president.")
    assert actor_of(pipeline, text, "Blue Lantern Party").code == "CHLPTY"
