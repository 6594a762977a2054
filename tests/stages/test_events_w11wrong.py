"""Wrong events still seen on real news (issue 9, round 3, w11wrong): private parties in acts of authority,
calls, trips and rescues with no coded doer, warnings of natural hazards, refusals of no party, and verbs whose
object or clause rules their CAMEO sense out (traded players, withdrawn candidacies, help with an infinitive,
research grants, agreement with a statement, words of a name, result participles). Each negative case has a
positive twin: the political act is still coded. The whole pipeline runs; every sentence and person is invented."""
from __future__ import annotations

import pytest

from .test_events import affirmed, full_events


def coded(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return affirmed(full_events(pipeline, text))


def codes(pipeline, text: str) -> list[str]:
    return [c[0] for c in coded(pipeline, text)]


# --- 1. private parties in acts of authority (CAMEO 04 consult, 08 yield, 17 coerce) -------------------------

@pytest.mark.parametrize("text", [
    "Mila Hart grew up in Pakistan. Her parents banned her from school after she spoke out.",
    "Kenyan parents banned their children from the lake.",
    "In Kenya, the parents allowed their daughters to return to school.",
    "A Kenyan woman phoned the police after the attack in Nairobi.",   # a report of a crime, no consultation
    "A neighbour called the police in Nairobi.",
])
def test_private_party_in_an_act_of_authority_is_no_event(pipeline, text: str) -> None:
    assert [c for c in codes(pipeline, text) if c[:2] in ("04", "08", "17")] == []


@pytest.mark.parametrize("text, expected", [
    ("Kenya banned imports from Uganda.", ("1722", "KEN", "UGA")),
    ("The Kenyan president phoned the Ugandan president.", ("041", "KENGOV", "UGAGOV")),
])
def test_state_act_of_authority_stays(pipeline, text: str, expected) -> None:
    assert expected in coded(pipeline, text)


def test_private_force_stays(pipeline) -> None:
    # domestic crime: force is coded of whoever commits it
    assert "1823" in codes(pipeline, "A man stabbed his neighbour in Tarsk, Brumia, on Sunday.")


# --- 2. calls, trips and rescues need a coded doer (PLOVER CONSULT, AID: made or provided by an actor) ----------

@pytest.mark.parametrize("text", [
    "Five people were rescued while the rest are presumed dead.",
    "Residents were evacuated from the town of Tarsk as the river rose.",
    "The boy was rescued alive and flown to Lima for treatment.",           # carried, not travelling
    "Marine One flew to Camp David on Friday.",                              # a vehicle
    "Our thoughts go to the families of the victims, the mayor said.",
    "Fishermen rescued twelve passengers after the ferry sank off the coast of Chile.",
])
def test_call_trip_or_rescue_with_no_doer_is_no_event(pipeline, text: str) -> None:
    assert [c for c in codes(pipeline, text) if c in ("041", "042", "073")] == []


@pytest.mark.parametrize("text, expected", [
    ("Peruvian troops rescued the hostages held by the rebels.", ("073", "PERMIL", "---REB")),
    ("The Chilean army evacuated residents from the town of Arica.", ("073", "CHLMIL", "CHLCVL")),
    ("The French president visited Chad on Monday.", ("042", "FRAGOV", "TCD")),
])
def test_political_rescue_or_visit_stays(pipeline, text: str, expected) -> None:
    assert expected in coded(pipeline, text)


# --- 3. threats and rejections need a threatened act or a rejected party ------------------------------------

def test_warning_of_a_natural_hazard_is_no_threat(pipeline) -> None:
    assert [c for c in codes(pipeline, "The weather office warned of flash floods in Arica.") if c[:2] == "13"] == []
    assert [c for c in codes(pipeline, "The Chilean weather service warned of a dangerous storm surge.")
            if c[:2] == "13"] == []


def test_warning_of_consequences_is_a_threat(pipeline) -> None:
    assert ("130", "CHL", "PER") in [(c, s, t) for c, s, t in
                                     [(e.cameo, e.source, e.target) for e in full_events(
                                         pipeline, "Chile warned Peru of consequences if it did not withdraw.")]]


def test_refusal_of_no_party_is_no_rejection(pipeline) -> None:
    assert [c for c in codes(pipeline, "The president of Brumia is refusing to give up power.") if c[:2] == "12"] == []


def test_refusal_to_meet_a_party_is_a_rejection(pipeline) -> None:
    assert [c for c in codes(pipeline, "Peru refused to meet Chile's foreign minister.") if c[:2] == "12"]


def test_result_participle_is_no_act(pipeline) -> None:
    text = "The Brumian party sought the nomination of the Green Party, thereby denying ballot access to the ticket."
    assert [c for c in codes(pipeline, text) if c[:2] == "12"] == []


# --- 4. verbs whose object or clause rules their code out -------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("The Brumia Lions traded him to the Tarsk Bears.", "061"),          # a player, no goods
    ("Senator Ana Vell withdrew her name from consideration for the post.", "087"),  # no retreat
    ("Senator Ana Vell is helping draft a bill on taxes.", "070"),        # taking part, no aid
    ("The Chilean science foundation funded a study of glaciers.", "071"),  # a research grant
    ("A Brumian judge agreed the book may have contained classified material.", "030"),  # a view shared
    ("Officials from the Occupied Palestinian Territories met in Cairo.", "192"),  # a word of a name
])
def test_verb_in_another_sense_is_not_coded(pipeline, text: str, code: str) -> None:
    assert code not in codes(pipeline, text)


@pytest.mark.parametrize("text, code", [
    ("Chile traded copper to China.", "061"),
    ("Chile withdrew its troops from Peru.", "087"),
    ("Japan helped Laos.", "070"),
    ("Japan funded the Laotian army.", "071"),
    ("Chile and Peru agreed that talks would resume in May.", "030"),
    ("Israeli troops occupied the Golan Heights in 1967.", "192"),
])
def test_verb_in_its_own_sense_stays(pipeline, text: str, code: str) -> None:
    assert code in codes(pipeline, text)


def test_question_with_should_is_no_demand(pipeline) -> None:
    assert "100" not in codes(pipeline, "Senator Ana Vell discussed why voters should support the Green Party.")
    assert "100" in codes(pipeline, "Senator Ana Vell said Peru should withdraw its troops.")
