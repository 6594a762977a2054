"""Acts told as only possible, required or guessed at, and acts a negated verb governs, are not coded as done
(issue 9, w17wrong). The whole pipeline runs; every sentence is invented for these tests."""
from __future__ import annotations

import pytest

from .test_events import affirmed, full_events


def coded(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return affirmed(full_events(pipeline, text))


# --- 1. necessity and possibility: no act happened, none was announced -----------------------------------------

@pytest.mark.parametrize("text", [
    "The border treaty must be signed by the Peruvian president before it takes effect.",  # necessity (057)
    "The trade accord has to be ratified by the Chilean senate.",  # "have to" in the present
    "The trade accord will have to be ratified by the Chilean senate.",  # a future necessity is no promise
    "Two-thirds of the Peruvian senators must vote to convict the minister.",
    "Somebody could get shot, perhaps by Chilean soldiers, the mayor of Arica warned.",  # a possibility
    "Chilean troops may have attacked the Peruvian convoy, officials in Lima said.",  # a guess
    "Perhaps Chilean soldiers attacked the Peruvian convoy.",  # an adverb of possibility
    "The analyst called it unlikely that Peru would finance the Chilean pipeline.",  # judged unlikely
    "They believe they can offer the Chilean government much advice.",
])
def test_an_act_only_possible_or_required_is_no_event(pipeline, text: str) -> None:
    assert full_events(pipeline, text) == []


def test_a_demand_that_another_must_act_stays_the_speakers_demand(pipeline) -> None:
    # "X said Y must ...": the speaker demands it of Y (100), coded on the speech verb
    assert ("100", "PER", "CHL") in coded(pipeline, "Peru said Chile must withdraw its troops from the border.")


def test_a_conditional_threat_stays_a_threat(pipeline) -> None:
    # "could ... if": a threat (13x) of the one who would do it, not a mere possibility
    found = coded(pipeline, "Chile could impose sanctions on Peru if the talks fail, the minister said.")
    assert any(cameo[:2] == "13" and (source, target) == ("CHL", "PER") for cameo, source, target in found)


def test_a_refusal_with_a_negated_modal_stays_a_refusal(pipeline) -> None:
    found = coded(pipeline, "Peru cannot accept the Chilean proposal, the minister said.")
    assert any(cameo[:2] == "12" and source == "PER" for cameo, source, _ in found)


def test_a_past_necessity_tells_what_was_done(pipeline) -> None:
    # "had to withdraw": the army did withdraw
    found = coded(pipeline, "The Peruvian army had to withdraw from the town after the Chilean offensive.")
    assert any(cameo[:2] == "08" and source == "PERMIL" for cameo, source, _ in found)


# --- 2. the act a negated verb governs is not done ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The campaign did not persuade Peru to sanction Chile.",
    "Peru did not manage to sign a deal with Chile.",
    # (5.) a trip whose relative clause calls it off
    "The Peruvian president's planned trip to Chile, which was cancelled, drew criticism.",
    "The Peruvian president's trip to Chile, which was postponed, drew criticism.",
])
def test_the_act_is_negated(pipeline, text: str) -> None:
    found = full_events(pipeline, text)
    assert found and all(e.negated for e in found)


def test_not_hesitating_to_act_is_acting(pipeline) -> None:
    assert ("190", "PER", "CHL") in coded(pipeline, "Peru did not hesitate to attack Chile.")


# --- 3. a scheduled step, a state wished for, a habit: no act -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Dunn is to be sentenced in June by a Peruvian court.",  # scheduled for him, announced by no one as theirs
    "Blankenship argued that Peru should be at the lead rather than Chile.",  # a state of affairs, no act demanded
    "NATO meetings usually focus on defence.",  # what such meetings are like, no meeting
    "The Chilean and Peruvian ministers usually meet in Lima.",  # a habit in the present
])
def test_no_act_is_told(pipeline, text: str) -> None:
    assert full_events(pipeline, text) == []


def test_a_demand_for_an_act_stays_a_demand(pipeline) -> None:
    # "should" with an act, not a state: the speaker demands it (100)
    assert ("100", "PER", "CHL") in coded(pipeline, "Peru argued that Chile should withdraw its troops.")


def test_the_ministers_met_in_lima_is_an_act(pipeline) -> None:
    found = coded(pipeline, "The Chilean and Peruvian ministers met in Lima on Monday.")
    assert any(cameo[:2] == "04" for cameo, _, _ in found)


# --- 4. "no longer" negates -------------------------------------------------------------------------------------

def test_no_longer_allowing_is_a_refusal_not_a_promise(pipeline) -> None:
    found = coded(pipeline, "Chile will no longer allow Peruvian trucks to cross the border.")
    assert found and all(cameo[:2] == "12" for cameo, _, _ in found)


# --- 5. an open question asks (a trip called off: 2. above) ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Questions remain whether Chilean aid was received by the Peruvian rebels.",
    "There are doubts about whether Chile sent troops to Peru.",
])
def test_what_an_open_question_asks_is_no_event(pipeline, text: str) -> None:
    assert affirmed(full_events(pipeline, text)) == []


def test_an_amount_left_unclear_still_tells_the_act(pipeline) -> None:
    # "unclear how much": the aid was sent, its amount is not known
    assert ("070", "CHL", "PER") in coded(pipeline, "It remains unclear how much aid Chile sent to Peru.")



# --- 6. what a thing would do is its effect, no actor's intent ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Peruvian envoy said the imposition of citizenship by judicial fiat would fail to recognize Chile's "
    "sovereignty.",
    "The Chilean envoy said the seizure of the islands by decree would fail to recognize Peru's sovereignty.",
])
def test_a_thing_that_would_act_is_no_event(pipeline, text: str) -> None:
    assert affirmed(full_events(pipeline, text)) == []


def test_an_actor_that_would_act_announces_it(pipeline) -> None:
    assert ("131", "PER", "CHL") in coded(pipeline, "Peru said it would impose sanctions on Chile.")
