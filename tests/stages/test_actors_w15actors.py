"""Actors that are not people, and the country of an owned role (issue 9, item 6, w15actors): a place the tagger
took for a person or an organisation is no actor where it is a place and its local government where it acts; a
role owned by a named body takes that body's code, not the story's country; an acquittal is no finding of guilt;
an act one stops doing did not happen. Sentences, people and places are our own inventions (the US counties and
parishes are real kinds of place: the test is of the head word, not of the name)."""
from __future__ import annotations

import pytest

from eventwire.pipeline import make_article


@pytest.fixture(scope="module")
def story(pipeline):
    def run(text: str):
        return pipeline(make_article("t", text, "2024-05-02"))

    return run


def actor(article, name):
    found = [a for a in article.actors if a.name.lower() == name.lower()]
    assert len(found) == 1, (name, [(a.name, a.kind, a.code) for a in article.actors])
    return found[0]


def names(article):
    return {a.name for a in article.actors}


# --- places the tagger took for actors

@pytest.mark.parametrize("text, place", [
    ("Harris County said it would close the roads on Monday.", "Harris County"),
    ("Jefferson Parish ordered residents to evacuate before the storm.", "Jefferson Parish"),
])
def test_a_division_that_acts_is_its_local_government(story, text, place) -> None:
    found = actor(story(text), place)
    assert found.kind == "organisation" and found.sector == "GOV" and found.code == "USAGOV"


def test_a_division_where_it_is_a_place_is_no_actor(story) -> None:
    article = story("Residents of Jefferson Parish were told to leave. Officials in Harris County closed the roads.")
    assert not {"Jefferson Parish", "Harris County"} & names(article)
    assert actor(article, "Officials").country == "USA"  # "in Harris County" still places the officials


def test_a_town_after_a_preposition_of_place_is_no_actor(story) -> None:
    article = story("The crew ran the night train from Mysore to Bangalore. The trip took nine hours.")
    assert not {"Mysore", "Bangalore"} & names(article)


def test_a_name_of_a_person_of_the_article_stays_a_person(story) -> None:
    # a first name that is also a town's stays the person the article names in full
    article = story("Elizabeth Varga met the mayor on Monday. Elizabeth said the meeting went well.")
    assert any(a.kind == "person" and a.name.startswith("Elizabeth") for a in article.actors)


# --- roles owned by a named body

@pytest.mark.parametrize("text, role, code", [
    ("A UN envoy met Norwegian officials in Oslo.", "envoy", "IGOUNO"),
    ("A NATO official condemned the attack on the convoy.", "official", "IGOWSTNAT"),
    ("An Amnesty researcher accused the Chilean police of torture.", "researcher", "NGOHRIAMN"),
    ("An official of the World Bank met the Chilean finance minister.", "official", "IGOUNODEVWBK"),
    ("The spokesperson for the German government condemned the attack.", "spokesperson", "DEUGOV"),
])
def test_a_role_owned_by_a_body_takes_its_code(story, text, role, code) -> None:
    assert actor(story(text), role).code == code


def test_the_owner_wins_over_the_story_country(story) -> None:
    # a story set in Norway: the Red Cross's spokesman is the Red Cross's, not a Norwegian official
    article = story("Police in Bergen, Norway, arrested two men on Monday. A spokesman for the Red Cross said the "
                    "men had attacked a clinic in Bergen. The court in Oslo will hear the case.")
    assert actor(article, "spokesman").code == "NGOHLHIRC"
    assert actor(article, "police").code == "NORCOP"


def test_a_spokesman_for_a_firm_is_no_government_official(story) -> None:
    assert actor(story("A spokesman for Acme Corporation said the plant was closed."), "spokesman").sector == "BUS"


def test_an_owner_of_no_known_code_leaves_the_role_as_its_words_give_it(story) -> None:
    # "Keldan" is no country the tables know: the tagger's name says nothing of whose the forces are
    assert actor(story("Keldan forces shelled the town on Monday."), "forces").sector == "MIL"


# --- legal acts and acts stopped

def event_codes(article):
    return [(e.cameo, e.negated) for e in article.events]


def test_found_not_guilty_is_an_acquittal(story) -> None:
    assert ("081", False) in event_codes(story("A Chilean jury found Maria Lopes not guilty of fraud."))
    assert not any(code == "116" for code, _ in event_codes(story("A Chilean jury found Maria Lopes not guilty of fraud.")))
    passive = story("Maria Lopes was found not guilty of fraud in Chile.")
    assert [(e.cameo, e.source) for e in passive.events] == [("081", "CHLJUD")]


def test_found_guilty_is_still_a_finding_of_guilt(story) -> None:
    assert ("116", False) in event_codes(story("A Chilean jury found Maria Lopes guilty of fraud."))


@pytest.mark.parametrize("text", [
    "Chile stopped attacking Peru.",
    "Chilean troops ceased shelling Peruvian positions.",
])
def test_an_act_one_stops_doing_did_not_happen(story, text) -> None:
    article = story(text)
    assert article.events and all(e.negated for e in article.events if e.cameo and e.cameo.startswith(("18", "19")))


@pytest.mark.parametrize("text", [
    "Chile halted the attacks on Peru.",  # coded names: an event with no side coded is not emitted (w16precision)
    "Chilean troops stopped the shelling of the border towns.",
    "The rebels ceased fire on Tuesday.",
])
def test_stopping_hostilities_is_de_escalation(story, text) -> None:
    assert [e.cameo for e in story(text).events] == ["0871"]


def test_a_title_word_inside_a_title_is_no_body(story) -> None:
    # "State" of "Secretary of State" is a word of the title, not an organisation
    article = story("It was unusual for a sitting Secretary of State to speak at a party convention.")
    assert "State" not in names(article)


def test_a_writer_for_a_magazine_keeps_the_trade_and_takes_its_country(story) -> None:
    article = story("Dana Rell received the endorsement of a writer for The American Conservative.")
    assert actor(article, "writer").country == "USA" and actor(article, "writer").sector != "GOV"


@pytest.mark.parametrize("text, source", [
    ("Police arrested Maria Lopes in Lima, Peru. She was deported to Chile on Monday.", "PERGOV"),
    ("Maria Lopes was deported from Peru to Chile.", "PER"),
])
def test_a_deportation_is_never_the_act_of_the_country_one_is_sent_to(story, text, source) -> None:
    deportations = [e for e in story(text).events if e.cameo == "174"]
    assert [e.source for e in deportations] == [source]


def test_a_deportation_to_the_only_country_named_has_no_source(story) -> None:
    assert not [e for e in story("Maria Lopes was deported to Chile.").events if e.cameo == "174"]


def test_a_kind_of_place_where_someone_is_is_no_actor(story) -> None:
    article = story("Two men fled to the hospital. Residents of the village fled. The man died in prison.")
    assert not {"hospital", "village", "prison"} & {a.name for a in article.actors}


def test_a_kind_of_place_that_acts_or_is_acted_on_stays_an_actor(story) -> None:
    # PETRARCH's VILLAGE ~CVL, PRISON ~COP: the people of the place
    article = story("Chilean troops shelled the village on Monday. The prison said the inmate had been ill.")
    assert actor(article, "village").sector == "CVL" and actor(article, "prison").sector == "COP"


def test_a_body_inside_the_owner_phrase_is_not_the_owner(story) -> None:
    # the leaders of the member states are the states' leaders, not the union's
    article = story("Leaders of Keldan Union member states met in the capital on Monday.")
    assert actor(article, "Leaders").code is None or not actor(article, "Leaders").code.startswith("IGO")


@pytest.mark.parametrize("text", [
    "New Jersey had the lowest rate of the states.",
    "Nevada became the first state to count the votes.",
])
def test_a_place_that_only_is_or_has_is_no_government(story, text) -> None:
    assert not [a for a in story(text).actors if a.sector == "GOV"]


def test_a_state_that_acts_is_its_government(story) -> None:
    assert actor(story("California outlawed the death penalty in 1972."), "California").code == "USAGOV"


def test_a_place_the_parser_made_a_second_subject_is_no_government(story) -> None:
    article = story("The police shooting of a man in Kenosha, Wisconsin led to protests and unrest.")
    assert "Wisconsin" not in names(article)
