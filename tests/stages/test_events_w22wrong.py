"""Events a careful coder would not code (issue 9, w22wrong): an object noun read through its "of" phrase ("a phase
of his campaign"), force in a contest for a stake ("fought harder ... to seal the nomination"), feelings about
things ("anxious about terrorism"), participles that describe who someone is, campaign money, attributive past
participles ("considered occupied territory"), forecasts judged bad ("would be unacceptable"), advice with
"should", policies proposed, and "off the hook"; the same verbs keep their acts where CAMEO codes them. The whole
pipeline runs; every sentence and name is invented for these tests."""
from __future__ import annotations

import pytest

from .test_events_w15generic import codes as coded
from .test_events_w20campaign import real

_FORCE = ("17", "18", "19", "20")


# --- 1. the object's head is the class word ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Senator Ann Marsh was about to begin a more combative phase of her campaign.",
    "Governor Tom Vell began the last stage of his campaign in Nevada.",
    "Senator Ann Marsh launched the second part of her campaign in Denver.",
])
def test_a_part_of_a_campaign_is_no_attack(pipeline, text: str) -> None:
    assert not any(c[:2] in _FORCE for c in coded(pipeline, text))


@pytest.mark.parametrize("text", [
    "The Syrian army launched a wave of air strikes against the rebels in Idlib.",
    "The Syrian army launched dozens of attacks on rebel positions near Homs.",
])
def test_a_quantity_of_attacks_is_still_attacks(pipeline, text: str) -> None:
    assert any(c[:2] in ("18", "19") for c in coded(pipeline, text))


# --- 2. a contest for a stake ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Former U.S. Senator Ann Marsh won in Iowa. Marsh is having to fight longer than she had planned to clinch "
    "the nomination.",
    "Former U.S. Senator Ann Marsh won in Iowa. Marsh fought hard to win the primary in Ohio.",
])
def test_fighting_to_win_a_stake_is_no_force(pipeline, text: str) -> None:
    assert not any(c[:2] in _FORCE for c in coded(pipeline, text))


def test_fighting_to_take_ground_stays_force(pipeline) -> None:
    assert any(c[:2] == "19" for c in coded(pipeline, "The rebels fought government troops to seize the town of Hama."))


# --- 3. feelings about things ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    '"Our voters are scared. They are anxious about terrorism and the threat of another attack," U.S. Senator Ann '
    'Marsh said.',
    '"They are worried about terrorism," U.S. Senator Ann Marsh said of the voters in Ohio.',
])
def test_a_feeling_about_a_thing_is_no_accusation(pipeline, text: str) -> None:
    assert not any(c[:2] == "11" for c in coded(pipeline, text))


def test_a_charge_said_of_a_party_stays(pipeline) -> None:
    found = coded(pipeline, '"They are guilty of terrorism," U.S. Senator Ann Marsh said of the Chinese government.')
    assert "112" in found


# --- 4. descriptions and states ------------------------------------------------------------------------------------

def test_givers_described_by_a_participle_endorse_nothing(pipeline) -> None:
    text = ("U.S. Senator Ann Marsh spoke in Ohio. Her allies have benefited from the generosity of oil company "
            "executives backing her campaign.")
    assert "051" not in coded(pipeline, text)


@pytest.mark.parametrize("text", [
    "U.S. Senator Ann Marsh spoke in Ohio. The banker donated $2,700 to her campaign.",
    "U.S. Senator Ann Marsh spoke in Ohio. The banker donated $2,700 to Marsh.",
])
def test_campaign_money_is_no_aid(pipeline, text: str) -> None:
    assert not any(c[:2] == "07" for c in coded(pipeline, text))


def test_aid_between_states_stays(pipeline) -> None:
    assert "071" in coded(pipeline, "Japan donated $8 million to Haiti.")


@pytest.mark.parametrize("text", [
    "The consulates are in Haifa and not Hebron, whose southern districts are considered occupied land.",
    "Several nations have their consulates in Haifa and not Hebron, whose southern districts are considered occupied "
    "land under international law, although Israel disputes this.",
])
def test_an_attributive_past_participle_is_no_act(pipeline, text: str) -> None:
    assert not any(c[:2] == "19" for c in coded(pipeline, text))


def test_a_shared_perfect_keeps_the_act(pipeline) -> None:
    assert "192" in coded(pipeline, "Israel has occupied territory since 1967.")


def test_an_occupation_told_as_done_stays(pipeline) -> None:
    assert "192" in coded(pipeline, "Russian troops occupied the town of Izium in March.")


# --- 5. evaluations, advice and proposals --------------------------------------------------------------------------

def test_a_forecast_judged_bad_is_no_threat(pipeline) -> None:
    text = "U.S. Senator Ann Marsh warned that such a registry would be unacceptable."
    assert not any(c[:2] == "13" for c in coded(pipeline, text))


def test_a_warning_of_force_stays_a_threat(pipeline) -> None:
    assert any(c[:2] == "13" for c in coded(pipeline, "Russia warned that any incursion would be met with force."))


def test_advice_with_should_is_an_appeal(pipeline) -> None:
    found = coded(pipeline, "Senator Tom Vell suggested that the delegates should switch to his side.")
    assert "100" not in found and any(c[:2] == "02" for c in found)


def test_a_demand_with_should_stays(pipeline) -> None:
    assert "100" in coded(pipeline, "Senator Tom Vell said that the delegates should switch to his side.")


def test_a_proposed_policy_is_no_threat(pipeline) -> None:
    text = "U.S. Senator Tom Vell has proposed temporarily barring refugees from entering the United States."
    assert not any(c[:2] == "13" for c in coded(pipeline, text))


# --- 6. idioms -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Even President Barack Obama tried to help the bankers off the hook.",
    "The Mexican senate let the bankers off the hook.",
])
def test_off_the_hook_is_no_aid_or_release(pipeline, text: str) -> None:
    assert not any(c[:2] in ("03", "07", "08") for c in coded(pipeline, text))
