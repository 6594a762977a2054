"""Definite descriptions that refer back to a named body (`stages/actors/descriptions.py`), on sentences written
for these tests: the one body named before whose name the noun heads, or of the noun's agent type."""
from __future__ import annotations

import pytest

from eventwire.articles import make_article


@pytest.fixture(scope="module")
def run(pipeline):
    def extract(text: str):
        return pipeline(make_article("t", text, "2024-01-10"))
    return extract


def actor_at(article, words: str, nth: int = 0):
    start = -1
    for _ in range(nth + 1):
        start = article.text.index(words, start + 1)
    return next((a for a in article.actors for m in a.mentions if m.span.start == start), None)


def test_the_party_is_the_one_party_named_before(run) -> None:
    article = run("The Chilean Harvest Party chose Lia Morel as its candidate on Monday. "
                  "The party praised her record in Valdivia.")
    party = actor_at(article, "party")
    assert party is not None and party.code == "CHLPTY" and party.name == "Chilean Harvest Party", party


def test_the_court_is_the_court_named_before_by_its_head_word(run) -> None:
    article = run("The Constitutional Court of Peru heard the appeal of Jaime Oruro. The court rejected the appeal "
                  "on Tuesday.")
    court = actor_at(article, "court")
    assert court is not None and court.code == "PERJUD", court
    assert court is actor_at(article, "Constitutional Court")


def test_a_council_refers_back_only_by_the_head_of_a_name(run) -> None:
    article = run("The Tarsk City Council met the Chilean Harvest Party on Friday. The council condemned the "
                  "party's plan.")
    assert actor_at(article, "council") is actor_at(article, "Tarsk City Council")


def test_two_bodies_of_the_kind_and_no_guess(run) -> None:
    article = run("The Chilean Harvest Party and the Chilean Dawn Party met in Santiago. The party walked out.")
    party = actor_at(article, "party")
    assert party is None or party.name not in ("Chilean Harvest Party", "Chilean Dawn Party"), party


def test_no_body_named_and_the_word_alone_is_no_actor(run) -> None:
    article = run("Lia Morel went to the party on Saturday and left early.")
    assert actor_at(article, "party") is None


def test_a_modifier_that_is_no_word_of_the_name_picks_another_body(run) -> None:
    article = run("The Chilean Harvest Party won the vote in Temuco. The opposition party called it a fraud.")
    other = actor_at(article, "party")
    assert other is None or other.name != "Chilean Harvest Party", other


def test_the_government_is_not_taken_by_type_from_a_named_body(run) -> None:
    # "the government" means the state's executive as a whole, not the one GOV body named ("Tarsk City Council")
    article = run("The Tarsk City Council met on Friday in Peru. The government rejected the council's plan.")
    government = actor_at(article, "government")
    assert government is None or government is not actor_at(article, "Tarsk City Council"), government


def test_the_body_just_named_is_meant_when_others_were_named_further_back(run) -> None:
    article = run("The Chilean Dawn Party was founded in 1990. It grew slowly in the south. Its rivals were many. "
                  "The Chilean Harvest Party chose Lia Morel as its candidate in 2019. The party praised her.")
    assert actor_at(article, "party", 0) is actor_at(article, "Chilean Harvest Party")


def test_a_possessive_description_refers_back_too(run) -> None:
    article = run("The Chilean Harvest Party met in Temuco. Lia Morel won the party's nomination.")
    assert actor_at(article, "party") is actor_at(article, "Chilean Harvest Party")
