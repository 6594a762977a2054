"""The act a verdict, a plea or a charge names, and suits and rulings on them (issue 9 items 3-4, w16verdict).
Every sentence and person is invented; Chile and Peru are real only because the whole pipeline must code them."""
from __future__ import annotations

import pytest

from .test_events import full_events


def _events(pipeline, text: str) -> list[tuple[str, str | None, str | None, bool]]:
    return [(e.cameo, e.source, e.target, e.hypothetical) for e in full_events(pipeline, text) if not e.negated]


@pytest.mark.parametrize("text", [
    "A jury in Tarsk found two Chilean police officers guilty of beating a Peruvian diplomat.",
    "Two Chilean police officers were found guilty of beating a Peruvian diplomat.",
    "A court in Tarsk convicted two Chilean police officers of beating a Peruvian diplomat.",
    "Two Chilean police officers, who were convicted of beating a Peruvian diplomat in 2019, spoke on Monday.",
    "Two Chilean police officers pleaded guilty to beating a Peruvian diplomat.",
])
def test_the_act_a_verdict_names_is_the_convicteds_and_a_fact(pipeline, text) -> None:
    assert ("182", "CHLCOP", "PERGOV", False) in _events(pipeline, text)


def test_the_verdict_itself_stays(pipeline) -> None:
    found = _events(pipeline, "Two Chilean police officers were found guilty of beating a Peruvian diplomat.")
    assert ("116", "CHLJUD", "CHLCOP", False) in found


def test_a_sentence_establishes_the_act_it_punishes(pipeline) -> None:
    text = "Chilean senator Ana Vell was sentenced to ten years for murdering a Peruvian diplomat."
    assert ("190", "CHLLEG", "PERGOV", False) in _events(pipeline, text)


@pytest.mark.parametrize("text", [
    "Chilean senator Ana Vell was found not guilty of attacking a Peruvian diplomat.",
    "Chilean senator Ana Vell was acquitted of attacking a Peruvian diplomat.",
    "Chilean senator Ana Vell was thanked for helping a Peruvian diplomat.",
])
def test_an_acquittal_or_thanks_establishes_no_act(pipeline, text) -> None:
    assert not [e for e in _events(pipeline, text) if e[0][:2] in ("18", "19", "07")]


def test_an_accusation_with_no_accuser_leaves_the_act_hypothetical(pipeline) -> None:
    text = "Chilean senator Ana Vell was accused of raping a Peruvian woman."
    assert ("1821", "CHLLEG", "PERCVL", True) in _events(pipeline, text)


@pytest.mark.parametrize("text, accusation", [
    ("Peru accused Chile of attacking its fishing boats.", ("1123", "PER", "CHL", False)),
    ("Chilean senator Ana Vell was charged with assaulting a Peruvian diplomat.", ("173", "CHLJUD", "CHLLEG", False)),
])
def test_a_named_accusation_or_a_charge_is_the_event(pipeline, text, accusation) -> None:
    # PLOVER ACCUSE "allege": the accuser's act; the act alleged is part of it, not established
    found = _events(pipeline, text)
    assert accusation in found
    assert not [e for e in found if e[0][:2] in ("18", "19")]


def test_a_ruling_for_a_suit_against_a_party_is_a_ruling_against_it(pipeline) -> None:
    text = "The Supreme Court of Chile ruled in favour of the Peruvian government's complaint against Chile."
    found = _events(pipeline, text)
    assert ("120", "CHLJUD", "CHL", False) in found  # as "ruled against Chile"
    # the complaint is the Peruvian government's own act (the possessor is an actor of its own, w17owned)
    assert ("114", "PERGOV", "CHL", False) in found
    assert not [e for e in found if e[0] == "051"]


@pytest.mark.parametrize("text", [
    "Peru filed a petition against the Chilean government.",
    "Peru won its case against the Chilean government.",
    "Peru brought a suit against the Chilean government.",
])
def test_suits_against_a_party(pipeline, text) -> None:
    assert ("115", "PER", "CHLGOV", False) in _events(pipeline, text)


@pytest.mark.parametrize("text", [
    "Chilean lawyers made the case against intervention.",
    "Chilean students signed a petition against the new mine.",
])
def test_a_case_or_petition_against_no_party_is_no_suit(pipeline, text) -> None:
    assert not [e for e in _events(pipeline, text) if e[0] == "115"]


@pytest.mark.parametrize("text, code", [
    ("Peru accused Chile of attacking its fishing boats.", "1123"),
    ("Peruvian prosecutors accused Chilean senator Ana Vell of torturing Peruvian prisoners.", "1122"),
    ("Peru accused Chilean senator Ana Vell of kidnapping a Peruvian diplomat.", "1121"),
    ("Peru accused Chile of spreading lies.", "112"),
])
def test_an_accusation_takes_the_kind_of_the_act_it_alleges(pipeline, text, code) -> None:
    assert [e[0] for e in _events(pipeline, text) if e[0].startswith("112")] == [code]


def test_an_act_of_cooperation_is_no_alleged_act(pipeline) -> None:
    # "sued for hosting": CAMEO's accusations are of conflict; hosting is no act the suit alleges
    text = "The Peruvian firm Ana Vell Hosting was sued in Chile for hosting a Chilean senator."
    assert not [e for e in _events(pipeline, text) if e[0][:2] == "04"]


@pytest.mark.parametrize("text", [
    "If convicted of attacking a Peruvian diplomat, Chilean senator Ana Vell could face ten years in prison.",
    "Chilean senator Ana Vell could be convicted of attacking a Peruvian diplomat.",
    "Chilean senator Ana Vell was never accused of attacking a Peruvian diplomat.",
])
def test_a_verdict_or_accusation_that_did_not_happen_establishes_nothing(pipeline, text) -> None:
    assert not [e for e in _events(pipeline, text) if e[0][:2] == "19"]


def test_a_conviction_told_in_passing_names_the_act(pipeline) -> None:
    text = "Chilean senator Ana Vell, convicted of attacking a Peruvian diplomat in 2019, spoke on Monday."
    assert ("190", "CHLLEG", "PERGOV", False) in _events(pipeline, text)


@pytest.mark.parametrize("text", [
    "Chilean senator Ana Vell was convicted of the murder of a Peruvian diplomat.",
    "A court in Lima found Chilean senator Ana Vell guilty of the killing of a Peruvian diplomat.",
])
def test_a_verdict_names_the_act_as_a_noun_too(pipeline, text) -> None:
    found = _events(pipeline, text)
    assert ("190", "CHLLEG", "PERGOV", False) in found
    assert [e for e in found if e[0] == "116"]


@pytest.mark.parametrize("text", [
    "Chilean senator Ana Vell was found not guilty of the murder of a Peruvian diplomat.",
    "Chilean senator Ana Vell was charged with the murder of a Peruvian diplomat.",
    "The killing of a Peruvian diplomat sparked protests in Lima.",
])
def test_a_killing_noun_with_no_established_doer_is_no_event(pipeline, text) -> None:
    assert not [e for e in _events(pipeline, text) if e[0][:2] == "19"]


def test_a_killing_noun_with_its_doer(pipeline) -> None:
    assert ("190", "CHL", "PERGOV", False) in _events(
        pipeline, "Chile's killing of a Peruvian diplomat sparked protests in Lima.")


@pytest.mark.parametrize("text", [
    "The government of Chile ordered the killing of 3,000 pigs.",
    'Senator Ana Vell of Chile called the death "the senseless killing of a brave Peruvian journalist."',
])
def test_a_killing_of_no_party_or_named_in_a_quote_is_no_act_of_anyone(pipeline, text) -> None:
    # no party killed; and a quoted event noun is the speaker's act only when saying it does it ("Shame on X")
    assert not [e for e in _events(pipeline, text) if e[0][:2] == "19"]
