"""Talk that is no act (issue 9 item 4, w15generic): what a class of people will, would or can do is a disposition
or a prediction, not a dated act of a party; a modal on a named or dated doer keeps the coding the PLOVER manual
gives announced and planned acts. The whole pipeline runs; every sentence and person is invented."""
from __future__ import annotations

import pytest

from .test_events import affirmed, full_events


def coded(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return affirmed(full_events(pipeline, text))


def codes(pipeline, text: str) -> list[str]:
    return [e.cameo for e in full_events(pipeline, text)]


# --- 1. generic doers under a modal -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    '"Those soldiers will shoot you if you go near the fence," said Mira Solt, a farmer in Tarsk.',
    '"People will condemn the Zenda church for this," the bishop of Tarsk said on Monday.',
    '"You cannot criticise the ruling party in Zenda," said Ana Vell, a Zendan journalist.',
    '"Nobody can criticise the king of Zenda," Vell said.',
    '"Many people are going to protest against the new tax," Vell said.',
    '"Anyone who would protest against the governor of Tarsk ends up in prison," said Vell.',
    'Critics say a single province could block the Zendan budget for months.',
])
def test_a_generic_doer_under_a_modal_is_no_event(pipeline, text: str) -> None:
    assert codes(pipeline, text) == []


def test_cannot_on_a_generic_doer_is_no_refusal_nor_negated_act(pipeline) -> None:
    found = full_events(pipeline, '"Anybody can reject the offer of the Zendan government," Vell said.')
    assert [e.cameo for e in found] == []


def test_a_named_doer_announcing_an_act_keeps_its_coding(pipeline) -> None:
    # PLOVER: future cooperative acts are AGREE (03x), announced force a threat (13x)
    assert ("033", "CHLGOVMIL", None) in coded(
        pipeline, '"We will send troops to the border," said the Chilean defence minister.')
    assert any(c == "138" for c, _, _ in coded(pipeline, "Chilean troops will attack the camps of the smugglers."))


@pytest.mark.parametrize("text", [
    "Police will investigate the attack on the Tarsk mosque, a spokesman said.",
    # (w17wrong: "could charge" is a mere possibility, no event at all; "will" announces)
    "Prosecutors will charge Mira Solt with fraud, the Tarsk Courier reported.",
])
def test_a_bare_plural_of_a_political_body_is_a_party(pipeline, text: str) -> None:
    assert codes(pipeline, text)


def test_a_bare_plural_with_a_date_is_a_planned_act(pipeline) -> None:
    assert any(c.startswith("13") for c in codes(pipeline, "Rebels will attack the town of Tarsk on Friday."))


def test_a_generic_doer_without_a_modal_is_left_to_the_other_rules(pipeline) -> None:
    # a past act of a bare plural is an act that happened
    assert any(c == "111" for c in codes(pipeline, "Zendan bishops criticised the Tarsk governor on Monday."))


# --- 2. objects that do not fit the code ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Tarsk hospital deployed all the necessary preparations for the storm.",
    "The Zendan company deployed a new software update on Monday.",
])
def test_deploying_what_is_no_force_is_no_force_posture(pipeline, text: str) -> None:
    assert not any(c.startswith("15") for c in codes(pipeline, text))


@pytest.mark.parametrize("text", [
    "Chile deployed troops to the border with Peru.",
    "Peru deployed a missile defence system near Tacna.",
    "Chilean forces deployed into the Tarsk region on Monday.",
])
def test_deploying_forces_or_weapons_stays_force_posture(pipeline, text: str) -> None:
    assert "154" in codes(pipeline, text)


@pytest.mark.parametrize("text", [
    "The mayor of Tarsk asked people to pray for the victims.",
    '"They asked me to prove it was him," said Mira Solt.',
    "Ana Vell, a Chilean senator, asked Mira Solt to be patient.",
])
def test_asking_private_people_for_no_political_act_is_no_appeal(pipeline, text: str) -> None:
    assert not any(c.startswith("02") for c in codes(pipeline, text))


@pytest.mark.parametrize("text, code", [
    ("The Chilean president asked Peru to withdraw its ambassador.", "020"),
    ("Ana Vell asked the Peruvian foreign minister to meet her.", "026"),
    ("The Chilean president urged Peruvian voters to reject the Tarsk treaty.", "02"),
    ("The Chilean embassy advised Chilean citizens to leave Zenda immediately.", "020"),
    ("Peruvian senators criticised the president of Peru. They urged him to move forward with the reform.", "020"),
])
def test_an_appeal_to_a_party_or_for_a_political_act_stays(pipeline, text: str, code: str) -> None:
    assert any(c.startswith(code) for c in codes(pipeline, text))


# --- 3. the speaker's own talk ---------------------------------------------------------------------------------------

def test_the_speakers_own_group_in_the_present_simple_is_a_habit(pipeline) -> None:
    text = '"Our team provides translation services to the Zendan government," said Mira Solt.'
    assert not any(c.startswith("07") for c in codes(pipeline, text))


def test_a_wish_to_thank_is_the_thanks(pipeline) -> None:
    text = '"I want to thank the Peruvian government for its help," said Ana Vell, the Chilean president.'
    assert ("051", "CHLGOV", "PERGOV") in coded(pipeline, text)


@pytest.mark.parametrize("text", [
    '"I will fight for you every day," Ana Vell, a candidate for governor of Tarsk, told supporters.',
    '"We will fight until the end," said Mira Solt, a Zendan rebel commander.',
])
def test_a_speakers_pledge_of_force_against_nobody_is_no_threat(pipeline, text: str) -> None:
    assert not any(c.startswith("13") for c in codes(pipeline, text))


def test_a_speakers_threat_against_a_party_stays(pipeline) -> None:
    text = '"We will attack Peru if it crosses the border," said the Chilean defence minister.'
    assert ("138", "CHLGOVMIL", "PER") in coded(pipeline, text)


def test_an_appeal_to_the_speakers_own_colleagues_stays(pipeline) -> None:
    # "my colleagues": the speaker's peers, of the speaker's politics; a private speaker's appeal goes with her
    text = 'Chilean senator Ana Rojas said, "I urge my colleagues to submit this amendment for ratification."'
    assert ("020", "CHLLEG") in [(e.cameo, e.source) for e in full_events(pipeline, text)]
    assert full_events(pipeline, '"I ask my friends to pray," said Tomas Vell, a Chilean baker.') == []
