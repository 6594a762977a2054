"""Every coded event has a doer (issue 9, w13doer): the doer an act of state or a claim of responsibility names,
and PLOVER's required parties (manual, "Required entities"; "Requires recipient: Yes" of COOPERATE, AID and
SANCTION). Each negative case has a positive twin. The whole pipeline runs; every sentence and person is
invented."""
from __future__ import annotations

import pytest

from .test_events import affirmed, full_events


def coded(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return affirmed(full_events(pipeline, text))


# --- 1. acts of the executive in the passive with no agent ------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The Chilean activist Ana Vell was pardoned on Monday.", ("081", "CHLGOV", "CHLOPP")),
    ("The Chilean activist Ana Vell was granted clemency on Monday.", ("081", "CHLGOV", "CHLOPP")),
    ("Her sentence was commuted in Santiago last week.", ("081", "CHLGOV", None)),
])
def test_clemency_is_the_executives(pipeline, text: str, expected) -> None:
    assert expected in coded(pipeline, text)


def test_deported_in_a_place_is_that_states_act(pipeline) -> None:
    found = coded(pipeline, "Two Peruvian men were deported in Santiago on Monday.")
    assert ("174", "CHLGOV", "PERPPL") in found


def test_deported_with_no_place_is_not_the_deportees_own_country(pipeline) -> None:
    # no place, no story country: nobody known did it, so PLOVER codes nothing (never PERGOV)
    assert [c for c in coded(pipeline, "Two Peruvian men were deported on Monday.") if c[0] == "174"] == []


def test_pardon_by_a_named_agent_keeps_the_agent(pipeline) -> None:
    found = coded(pipeline, "The Chilean activist Ana Vell was pardoned by the Peruvian president.")
    assert ("081", "PERGOV", "CHLOPP") in found


# --- 2. the claimant of an attack -------------------------------------------------------------------------------

def test_claim_in_the_same_sentence_names_the_bomber(pipeline) -> None:
    found = coded(pipeline, "The Taliban claimed responsibility for the bombing, which killed ten people in Kabul.")
    assert ("190", "AFGREB", "AFGCVL") in found


def test_claim_in_the_next_sentence_names_the_attacker(pipeline) -> None:
    found = coded(pipeline, "Ten soldiers were killed in an ambush in Kandahar on Monday. The Taliban claimed "
                            "responsibility for the attack.")
    assert ("190", "AFGREB", "AFGMIL") in found


def test_claim_with_no_act_refers_back(pipeline) -> None:
    found = coded(pipeline, "Ten soldiers were killed in an ambush in Kandahar on Monday. The Taliban claimed "
                            "responsibility.")
    assert ("190", "AFGREB", "AFGMIL") in found


def test_no_claim_names_no_doer(pipeline) -> None:
    # "no group has claimed": nobody is named, and an attack with no doer is not coded
    found = coded(pipeline, "Ten soldiers were killed in an ambush in Kandahar on Monday. No group has claimed "
                            "responsibility for the attack.")
    assert [c for c in found if c[0][:2] in ("18", "19")] == []


def test_a_claim_never_made_names_no_doer(pipeline) -> None:
    found = coded(pipeline, "Ten soldiers were killed in an ambush in Kandahar on Monday. The Taliban have never "
                            "claimed responsibility for the attack.")
    assert not any(c[0][:2] == "19" and c[1] == "AFGREB" for c in found)


def test_a_claim_of_another_act_is_not_of_the_act_before(pipeline) -> None:
    found = coded(pipeline, "Ten soldiers were killed in Kandahar on Monday. The Taliban claimed responsibility "
                            "for the bombing of a market in Kabul.")
    assert not any(c[0] == "190" and c[1] == "AFGREB" for c in found)


def test_a_denial_names_no_doer(pipeline) -> None:
    found = coded(pipeline, "Ten soldiers were killed in an ambush in Kandahar on Monday. The Taliban denied "
                            "responsibility for the attack.")
    assert not any(c[0][:2] == "19" and c[1] == "AFGREB" for c in found)


# --- 3. PLOVER's required parties ---------------------------------------------------------------------------

def test_an_act_with_no_actor_is_not_coded(pipeline) -> None:
    assert coded(pipeline, "Four people were killed in Tarsk, Chile, on Monday.") == []


def test_an_act_with_an_actor_is_coded(pipeline) -> None:
    assert ("190", "CHLMIL", "CHLCVL") in coded(pipeline, "Chilean soldiers killed four civilians in Tarsk, Chile.")


@pytest.mark.parametrize("text", ["Chile imposed sanctions.", "Chile provided aid."])
def test_sanction_and_aid_need_a_recipient(pipeline, text: str) -> None:
    assert coded(pipeline, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Chile imposed sanctions on Peru.", ("163", "CHL", "PER")),
    ("Chile provided aid to Peru.", ("070", "CHL", "PER")),
])
def test_sanction_and_aid_with_a_recipient_are_coded(pipeline, text: str, expected) -> None:
    assert expected in coded(pipeline, text)


def test_a_claim_paragraphs_later_names_the_attacker(pipeline) -> None:
    found = coded(pipeline, "Ten soldiers were killed in an ambush in Kandahar on Monday. Officials said the roads "
                            "were closed. The governor visited the town. The Taliban claimed responsibility for all "
                            "three attacks.")
    assert ("190", "AFGREB", "AFGMIL") in found


def test_a_claim_of_a_new_act_is_not_of_an_earlier_one(pipeline) -> None:
    found = coded(pipeline, "Ten soldiers were killed in Kandahar on Monday. The Taliban claimed responsibility "
                            "for an attack on a bank in Kabul.")
    assert ("190", "AFGREB", "AFGMIL") not in found


def test_the_object_of_claim_is_the_act_claimed(pipeline) -> None:
    found = full_events(pipeline, "The Taliban claimed the attack on the market in Kabul.")
    assert [e.source for e in found if e.cameo == "190"] == ["AFGREB"]


# --- 4. doers named beside the act --------------------------------------------------------------------------

def test_the_possessors_phrase_names_the_doer_of_an_event_noun(pipeline) -> None:
    # "committee" alone is no actor; the Senate inside the possessor's phrase is whose inquiry it is
    found = [e for e in full_events(pipeline, "The Senate committee's inquiry into President Vell continued.")
             if e.cameo == "090"]
    assert found and all(e.actors and e.source == "---LEG" for e in found)


def test_a_reported_offer_is_the_reporters(pipeline) -> None:
    found = full_events(pipeline, "After the talks, the Kremlin said the discussion included an offer to train "
                                  "Kenyan pilots.")
    assert [e.source for e in found if e.cameo[:2] == "03"] == ["RUSGOV"]


def test_a_reported_killing_is_not_the_reporters(pipeline) -> None:
    found = full_events(pipeline, "Police said three people were killed in Nairobi.")
    assert [e for e in found if e.cameo[:2] == "19"] == []


def test_a_reported_toll_with_no_attacker_is_not_coded(pipeline) -> None:
    # "Freedonia claimed that 40 soldiers had been killed": no one is named as the killer (formerly coded with no
    # source, tests/stages/test_events_w6wrong.py); nor is the claim an accusation
    found = coded(pipeline, "Kenya claimed that 40 Ugandan soldiers had been killed.")
    assert [c for c in found if c[0][:2] in ("19", "11")] == []


@pytest.mark.parametrize("text, expected", [
    ("They attacked the Chilean embassy in Lima.", "190"),  # a pronoun the resolver missed is still an actor
    ("Chile angered Peru by expelling its ambassador.", "166"),  # "its ambassador": a recipient named
])
def test_a_party_named_but_not_coded_keeps_the_event(pipeline, text: str, expected: str) -> None:
    assert expected in [c[0] for c in coded(pipeline, text)]


def test_found_guilty_is_the_courts(pipeline) -> None:
    found = coded(pipeline, "Ana Vell was found guilty of fraud in Lima.")
    assert [c[1] for c in found if c[0] == "116"] == ["PERJUD"]


def test_a_recipient_the_parser_left_dangling_keeps_the_aid(pipeline) -> None:
    # "to three ... officers holed up": the parser reads "officers" as the subject of "holed", leaving "to" with
    # no object; the recipient is still named, so the aid is kept
    found = coded(pipeline, "Chile has granted diplomatic asylum to three Peruvian army officers holed up in a "
                            "diplomatic residence since last month's invasion, the Chilean embassy said on Friday.")
    assert "075" in [c[0] for c in found]
