"""Refusals of conflict and other wrong readings (issue 9, session 13). The whole pipeline runs; every sentence
and name is invented for these tests."""
from __future__ import annotations

import pytest

from .test_events import affirmed, full_events


def coded(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return affirmed(full_events(pipeline, text))


def negated(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.cameo, e.source, e.target) for e in full_events(pipeline, text) if e.negated]


# --- 1. declining an act of conflict rejects nothing: the act, negated ---------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The Chilean president refused to criticize the Peruvian government.", ("111", "CHLGOV", "PERGOV")),
    ("The Chilean president declined to condemn the Peruvian government.", ("111", "CHLGOV", "PERGOV")),
    ("Peru declined to cut diplomatic ties with Chile.", ("161", "PER", "CHL")),
])
def test_refusing_an_act_of_conflict_is_that_act_negated(pipeline, text: str, expected) -> None:
    assert not any(cameo[:2] == "12" for cameo, _, _ in coded(pipeline, text))
    assert expected in negated(pipeline, text)


def test_refusing_to_disavow_is_no_rejection(pipeline) -> None:
    text = "The Chilean senator Ana Vell refused to disavow the endorsement of the Peruvian president."
    assert not any(cameo[:2] == "12" for cameo, _, _ in coded(pipeline, text))


@pytest.mark.parametrize("text, expected", [
    ("The Chilean president refused to meet the Peruvian envoy.", ("125", "CHLGOV", "PERGOV")),  # cooperation
    ("The Chilean government repudiated the Peruvian claims.", ("120", "CHLGOV", "PER")),
    ("The Chilean president disavowed the Peruvian minister.", ("120", "CHLGOV", "PERGOV")),
])
def test_refusing_cooperation_and_disowning_stay_rejections(pipeline, text: str, expected) -> None:
    assert expected in coded(pipeline, text)


# --- 2. a contest won is no force --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A poll found that the Peruvian president would beat the Peruvian opposition leader 46 to 40 percent.",
    "The Peruvian president beat the opposition leader in the presidential election by ten points.",
    "The Chilean president crushed the Chilean opposition at the polls.",
])
def test_a_contest_won_is_no_force(pipeline, text: str) -> None:
    found = full_events(pipeline, text)
    assert not any(e.cameo[:2] in ("13", "18", "19") for e in found)


@pytest.mark.parametrize("text", ["Peruvian police beat protesters in Lima.",
                                  "Peruvian police beat protesters in the street."])
def test_a_beating_stays_force(pipeline, text: str) -> None:
    assert any(cameo == "182" and source == "PERCOP" for cameo, source, _ in coded(pipeline, text))


# --- 3. an act talked of is not the talker's ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Peruvian senator failed to mention the attack on the Chilean embassy.",
    "The Peruvian senator discussed the bombing of the Chilean consulate with reporters.",
    "The Peruvian senator recalled the attack on the Chilean embassy.",
])
def test_the_one_who_talks_of_an_attack_is_not_its_doer(pipeline, text: str) -> None:
    assert not any(source == "PERLEG" and cameo[:2] in ("18", "19") for cameo, source, _ in coded(pipeline, text))


def test_a_light_verb_still_gives_the_doer(pipeline) -> None:
    text = "Peruvian rebels carried out an attack on the Chilean embassy."
    assert any(source == "PERREB" and cameo[:2] in ("18", "19") for cameo, source, _ in coded(pipeline, text))


# --- 4. "be going to": an act yet to come -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Chilean president is going to help Peru.",
    '"I\'m going to help Peru in every way I can," the Chilean president said.',
])
def test_going_to_is_future(pipeline, text: str) -> None:
    found = full_events(pipeline, text)
    # the intent stated (03x) is the act told; the help itself is not coded as given
    assert found and all(e.cameo[:2] == "03" and not e.hypothetical for e in found)
    assert not any(e.cameo[:2] == "07" for e in found)


def test_went_to_help_is_done(pipeline) -> None:
    found = full_events(pipeline, "The Chilean army went to help Peru after the earthquake.")
    assert not any(e.hypothetical and e.cameo[:2] == "03" for e in found)
