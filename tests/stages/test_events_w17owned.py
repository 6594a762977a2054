"""The side an object names (issue 9, w17owned): a stance on, or an act against, a thing owned by a party or an
act done by one is towards that party (CAMEO codes a rejection of a proposal as done to the proposer). The owner
may be a role noun in the possessive ("the governor's handling"), which spaCy's noun chunks leave inside the
possessed noun's; an act noun's "by" agent the parser hung on the verb ("rejected the proposal by Peru"); or, for
a protest that names none of its parties, those who take part in it (civilians of its place). Each rule has a
twin where no party is named and none may be made up. Every sentence and person is invented; Chile and Peru are
real only because the whole pipeline must code them."""
from __future__ import annotations

import pytest

from eventwire.pipeline import make_article
from eventwire.stages.syntax import possessor_phrases

from .test_events import full_events


def _events(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.cameo, e.source, e.target) for e in full_events(pipeline, text) if not e.negated]


def _targets(pipeline, text: str) -> list[str | None]:
    return [e.target for e in full_events(pipeline, text) if not e.negated]


# --- a role noun in the possessive is an actor: whose the thing or the act is

@pytest.mark.parametrize("text, expected", [
    ("The Chilean senator criticised the governor's handling of the flood in Valparaiso.", ("111", "CHLLEG", "CHLGOV")),
    ("Chile criticised the Peruvian government's handling of the crisis.", ("111", "CHL", "PERGOV")),
    ("The Peruvian opposition opposed the Chilean president's appointment of Marek Dunn.", ("120", "PEROPP", "CHLGOV")),
    # a surname alone, of a person named in full before
    ("Marek Dunn, the Peruvian interior minister, proposed a ceasefire on Monday. Lena Ortiz, the Chilean foreign "
     "minister, rejected Dunn's suggestion on Tuesday.", ("120", "CHLGOV", "PERGOV")),
])
def test_a_stance_on_an_owned_act_is_towards_its_owner(pipeline, text, expected) -> None:
    assert expected in _events(pipeline, text)


def test_a_possessor_role_is_a_target_with_no_country_when_none_is_given(pipeline) -> None:
    found = full_events(pipeline, "Judge Ana Vale dismissed the Chilean president's lawsuit.")
    assert [e.target for e in found if e.cameo == "120"] == ["CHLGOV"]


def test_possessor_phrases_are_the_possessors_inside_chunks(pipeline) -> None:
    text = "The senator criticised the governor's handling of his plan."
    article = pipeline.parse([make_article("t", text, None)])[0]
    (sentence,) = article.sentences()
    phrases = [p.text for p in possessor_phrases(sentence.noun_chunks())]
    assert phrases == ["the governor"]  # "his" is a pronoun: no phrase of its own


def test_a_possessed_role_phrase_stays_one_actor(pipeline) -> None:
    article = pipeline(make_article("t", "The country's state media reported the arrests.", "2024-01-10"))
    assert [a.name for a in article.actors] == ["The country's state media"]


# --- an act noun's "by" agent, hung on the verb

@pytest.mark.parametrize("text, expected", [
    ("Chile rejected the proposal by Peru.", ("120", "CHL", "PER")),
    ("Chile welcomed the decision by Peru to withdraw.", ("051", "CHL", "PER")),
    ("Chile rejected a proposal by the Peruvian government to hold talks.", ("125", "CHL", "PERGOV")),
    # the "by" phrase after an object that ends in an act noun's own phrase is that act's doer
    ("The Chilean Senate opened an investigation into alleged misconduct by the Peruvian president.",
     ("090", "CHLLEG", "PERGOV")),
])
def test_a_by_agent_after_the_object_of_an_active_verb_is_the_objects(pipeline, text, expected) -> None:
    assert expected in _events(pipeline, text)


@pytest.mark.parametrize("text, expected", [
    ("Chile rejected the proposal by a wide margin.", ("120", "CHL", None)),  # a measure, no party
    ("The proposal was rejected by Peru.", ("120", "PER", None)),  # a passive's "by" is its own agent
])
def test_no_by_agent_is_made_up(pipeline, text, expected) -> None:
    assert expected in _events(pipeline, text)


# --- a protest that names none of its parties: those who take part, civilians of its place

@pytest.mark.parametrize("text, expected", [
    ("The Chilean minister condemned the protests in Santiago.", ("111", "CHLGOV", "CHLCVL")),
    ("The Chilean minister voiced support for the strikes in Lima.", ("051", "CHLGOV", "PERCVL")),
    ("The Chilean minister voiced support for the demonstrations. Thousands marched in Santiago on Monday.",
     ("051", "CHLGOV", "CHLCVL")),
])
def test_a_stance_on_a_protest_is_towards_its_participants(pipeline, text, expected) -> None:
    assert expected in _events(pipeline, text)


@pytest.mark.parametrize("text, target", [
    ("The Chilean minister condemned the air strikes in Lima.", "PER"),  # an attack, not a strike of workers
    ("The Chilean minister condemned the protests by farmers in Santiago.", "CHLAGR"),  # the phrase names them
    ("The minister condemned the protests.", None),  # no place, no story country: no country to give
])
def test_a_protest_noun_gives_no_civilians_it_does_not_name(pipeline, text, target) -> None:
    assert _targets(pipeline, text) == [target]


# --- whose an act is, told by its modifiers

@pytest.mark.parametrize("text, expected", [
    # two names joined by a dash name a pair, as "Turkish and Libyan" does
    ("Greece rejected the Turkish-Libyan agreement.", ("120", "GRC", "TUR")),
    ("Chile welcomed the Peru-Bolivia agreement.", ("051", "CHL", "PER")),
    # an owner of no country ("the administration") is told whose by the name inside its phrase
    ("Chile criticised the Trump administration's handling of the talks.", ("111", "CHL", "USAELI")),
])
def test_the_modifiers_of_an_act_say_whose_it_is(pipeline, text, expected) -> None:
    assert expected in _events(pipeline, text)


def test_a_dashed_pair_names_both_parties(pipeline) -> None:
    article = pipeline(make_article("t", "Greece rejected the Turkish-Libyan agreement.", "2024-01-10"))
    (event,) = article.events
    assert [article.actor(a).name for a in event.recipients] == ["Turkey", "Libya"]


@pytest.mark.parametrize("text, expected", [
    # an act one welcomes is endorsed (CAMEO 051), not a visitor one hosts (043), whoever it is of
    ("Chile welcomed the US withdrawal from the region.", ("051", "CHL", "USA")),
    ("Chile welcomed the Israeli-Palestinian talks.", ("051", "CHL", "ISR")),
    # a visitor stays one
    ("Chile welcomed the Peruvian delegation.", ("043", "CHL", "PER")),
    ("Peru received the Chilean envoy.", ("043", "PER", "CHLGOV")),
])
def test_an_act_noun_is_no_visitor(pipeline, text, expected) -> None:
    assert expected in _events(pipeline, text)
