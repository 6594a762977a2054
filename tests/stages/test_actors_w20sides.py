"""The actors of US political news (issue 9, w20sides): a title-case headline's verb that the tagger took into a
name ("Mark Delaney Refuses to ..."), and the parties' national committees, "GOP", US outlets and a city police
department with their codes. The whole pipeline runs; sentences and people are invented."""
from __future__ import annotations

import pytest

from eventwire.pipeline import make_article


def _actors(pipeline, text: str) -> dict[str, str | None]:
    article = pipeline(make_article("t", text, "2024-01-10"))
    return {a.name: a.code for a in article.actors}


def test_a_headline_verb_is_no_part_of_the_name(pipeline) -> None:
    names = _actors(pipeline, "Senator Mark Delaney Refuses to Endorse Governor Tom Harlan")
    assert "Mark Delaney" in names
    assert not any("Refuses" in name for name in names)


def test_a_present_tense_headline_verb_the_verb_table_knows(pipeline) -> None:
    names = _actors(pipeline, "Senator Tom Harlan Criticizes Mark Delaney Over Tax Plan")
    assert not any("Criticizes" in name for name in names)


def test_a_surname_ending_in_s_stays_in_the_name(pipeline) -> None:
    names = _actors(pipeline, "Governor Tom Hughes met Senator Mark Williams in Boston.")
    assert "Tom Hughes" in names and "Mark Williams" in names


def test_a_party_committee_spokesman_is_the_party(pipeline) -> None:
    names = _actors(pipeline, "RNC spokesman Peter Voss criticized Senator Mark Delaney.")
    assert names.get("Peter Voss") == "USAPTY"


def test_gop_is_the_republican_party(pipeline) -> None:
    assert _actors(pipeline, "The GOP criticized Senator Mark Delaney on Monday.").get("Republican Party") == "USAPTY"


def test_us_outlets_and_city_police_have_their_country(pipeline) -> None:
    assert "USAMED" in _actors(pipeline, "Breitbart accused Senator Mark Delaney of lying.").values()
    assert "USACOP" in _actors(pipeline, "The NYPD arrested Tom Harlan on Monday.").values()


def _coded(pipeline, text: str) -> set[tuple[str, str | None, str | None]]:
    article = pipeline(make_article("t", text, "2024-01-10"))
    names = {a.id: a.name for a in article.actors}
    return {(e.cameo, ",".join(names[i] for i in e.actors), ",".join(names[i] for i in e.recipients))
            for e in article.events}


@pytest.mark.parametrize("text", [
    # "him" is no one "Delaney had accused": the reporting clause's subject is
    "Governor Tom Harlan said Senator Mark Delaney had accused him of lying.",
    # nor the noun a relative clause hangs on, which is its subject
    "Governor Tom Harlan met Senator Mark Delaney, who accused him of lying.",
])
def test_an_object_pronoun_is_not_its_own_clauses_subject(pipeline, text: str) -> None:
    assert ("112", "Mark Delaney", "Tom Harlan") in _coded(pipeline, text)


@pytest.mark.parametrize("text, name", [
    ("Peter Voss, Harlan's campaign manager, criticized Senator Mark Delaney on Monday.", "Peter Voss"),
    ("A super PAC supporting Harlan attacked Senator Mark Delaney on Monday.", "super PAC"),
])
def test_campaign_staff_and_political_action_committees_are_political_organisations(pipeline, text: str,
                                                                                       name: str) -> None:
    article = pipeline(make_article("t", text, "2024-01-10"))
    assert next(a for a in article.actors if a.name == name).sector == "PTY"


@pytest.mark.parametrize("text, name", [
    ("Patricia Lane, mother of Benghazi victim Sean Lane, criticized Senator Mark Delaney in Washington.",
     "Patricia Lane"),
    ("Sean Lane, a Benghazi victim, was buried in Washington.", "Sean Lane"),
])
def test_a_town_before_a_victim_names_where_it_happened_not_whose_they_are(pipeline, text: str,
                                                                          name: str) -> None:
    article = pipeline(make_article("t", text, "2024-01-10"))
    assert next(a for a in article.actors if a.name == name).country != "LBY"


def test_a_town_before_residents_is_still_theirs(pipeline) -> None:
    article = pipeline(make_article("t", "Benghazi residents criticized the Libyan government.", "2024-01-10"))
    assert next(a for a in article.actors if a.name == "residents").country == "LBY"
