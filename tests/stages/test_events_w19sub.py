"""Acts told in subordinate and non-finite forms (issue 9, w19sub): gerunds of time, participles set off after a verb
of speech or contact, orders, deadlines and stated willingness. The whole pipeline runs; every sentence and name is
invented for these tests (real countries, invented people and towns)."""
from __future__ import annotations

import pytest

from .test_events import affirmed, full_events


def coded(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return affirmed(full_events(pipeline, text))


def flagged(pipeline, text: str) -> list[tuple[str, bool, bool]]:
    return [(e.cameo, e.negated, e.hypothetical) for e in full_events(pipeline, text)]


# --- 1. a gerund of time tells a second act of the clause's subject ----------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("After rejecting a court order, the Chilean government expelled the Peruvian ambassador.", "120"),
    ("The Argentine president condemned the Chilean navy after meeting the Bolivian foreign minister.", "040"),
    ("After accusing Peru of spying, the Chilean government recalled its ambassador from Lima.", "112"),
    ("Before expelling the Peruvian ambassador, the Chilean government accused Peru of spying.", "166"),
])
def test_a_gerund_of_time_is_an_act_of_its_own(pipeline, text: str, expected: str) -> None:
    found = coded(pipeline, text)
    assert any(cameo == expected for cameo, _, _ in found)
    assert len(found) >= 2  # the main act stays


def test_the_gerund_takes_the_clause_subject(pipeline) -> None:
    found = coded(pipeline, "After meeting the Bolivian foreign minister, the Argentine president criticised Chile.")
    assert ("040", "ARGGOV", "BOLGOV") in found


@pytest.mark.parametrize("text, absent", [
    # an act announced, conditional or denied takes its gerund with it: the gerund is as real as its clause
    ("Chile will expel the Peruvian ambassador after rejecting the court order, Tomas Rell warned.", "120"),
    ("If Chile expels the ambassador after rejecting the court order, Peru will retaliate.", "120"),
    ("After meeting the Bolivian president, the Chilean minister did not sign the accord.", "040"),
    # "without" tells that the act did not happen
    ("The Chilean navy seized two Peruvian boats without consulting the Peruvian government.", "040"),
])
def test_a_gerund_on_a_clause_not_told_as_done_is_no_act(pipeline, text: str, absent: str) -> None:
    assert not any(cameo[:2] == absent[:2] for cameo, _, _ in coded(pipeline, text))


def test_a_gerund_of_means_stays_the_main_act(pipeline) -> None:
    # "by" tells how: shelling the camps is the attack, told again
    found = coded(pipeline, "The Chilean army attacked the rebels by shelling their camps near Arica.")
    assert [cameo[:2] for cameo, _, _ in found].count("19") == 1


def test_a_gerund_noun_is_no_act_of_the_subject(pipeline) -> None:
    found = coded(pipeline, "After the bombing of the embassy, Chile expelled the Peruvian ambassador.")
    assert [cameo for cameo, _, _ in found] == ["166"]


def test_a_purpose_is_not_done(pipeline) -> None:
    found = coded(pipeline, "The Chilean navy sailed to the border in order to attack the Peruvian boats.")
    assert not any(cameo[:2] == "19" for cameo, _, _ in found)


# --- 2. a participle after a verb of speech or contact is addressed to whom the verb is -------------------------

@pytest.mark.parametrize("text, expected", [
    ("The Chilean minister wrote to the Peruvian president, demanding that the prisoners be released.",
     ("100", "CHLGOV", "PERGOV")),
    ("The Bolivian president telephoned the Chilean president, urging him to release the fishermen.",
     ("025", "BOLGOV", "CHLGOV")),
    ("The Bolivian president called the Chilean president, asking him to reopen the border.",
     ("020", "BOLGOV", "CHLGOV")),
])
def test_a_participle_of_speech_is_addressed_to_the_one_spoken_to(pipeline, text: str, expected) -> None:
    assert expected in coded(pipeline, text)


def test_a_participle_that_names_its_own_target_keeps_it(pipeline) -> None:
    found = coded(pipeline, "The Ecuadorian envoy spoke to the Colombian president, accusing Peruvian troops of "
                            "crossing the border.")
    assert ("112", "ECUGOV", "PERMIL") in found


def test_a_subjunctive_passive_is_what_is_demanded(pipeline) -> None:
    # "that the prisoners be released" is asked for, not done
    found = flagged(pipeline, "The Chilean minister wrote to the Peruvian president, demanding that the prisoners "
                              "be released.")
    assert not any(cameo[:2] == "08" for cameo, _, _ in found)


# --- 3. orders and deadlines: a demand or an ultimatum to the one ordered, whose act is not yet real ------------

@pytest.mark.parametrize("text, expected", [
    ("The Peruvian president ordered the army to attack the rebel camps.", ("100", "PERGOV")),
    ("The Chilean president ordered the Bolivian troops to withdraw from the border.", ("106", "CHLGOV")),
    ("The Peruvian interior minister has given the rebels until Friday to surrender their weapons.",
     ("139", "PERGOV")),
    ("The Colombian president gave the guerrillas 48 hours to release the hostages.", ("139", "COLGOV")),
    ("The Chilean government set a deadline for Bolivia to withdraw its troops.", ("139", "CHLGOV")),
    ("The Peruvian president issued an ultimatum to the rebels to lay down their arms.", ("139", "PERGOV")),
])
def test_an_order_or_a_deadline_is_the_event(pipeline, text: str, expected) -> None:
    found = coded(pipeline, text)
    assert expected in [(cameo, source) for cameo, source, _ in found]
    # the act ordered, or to be done by the deadline, is not told as done
    assert not any(cameo[:2] in ("08", "19") for cameo, _, _ in found)


def test_an_order_targets_the_one_ordered(pipeline) -> None:
    found = coded(pipeline, "The Chilean president ordered the Bolivian troops to withdraw from the border.")
    assert ("106", "CHLGOV", "BOLMIL") in found


def test_a_deadline_given_to_a_country(pipeline) -> None:
    found = coded(pipeline, "The Chilean government gave Bolivia a deadline of Friday to withdraw its troops.")
    assert ("139", "CHLGOV", "BOL") in found


def test_an_order_not_given_is_negated(pipeline) -> None:
    found = flagged(pipeline, "The Peruvian president did not order the army to attack the rebels.")
    assert ("100", True, False) in found
    assert not any(cameo[:2] == "19" for cameo, _, _ in found)


def test_a_span_of_time_with_no_act_is_no_deadline(pipeline) -> None:
    found = coded(pipeline, "The Peruvian minister gave the rebels two days of rest.")
    assert not any(cameo == "139" for cameo, _, _ in found)


# --- 4. willing, ready, prepared: an intent (03x) --------------------------------------------------------------

def test_willingness_to_yield_is_intent(pipeline) -> None:
    found = flagged(pipeline, "Chile is willing to renounce its claim to the islands, Foreign Minister Ana Vasko said.")
    assert ("035", False, False) in found


def test_readiness_to_meet_is_intent(pipeline) -> None:
    found = coded(pipeline, "Peru is ready to resume talks with Chile, the Peruvian president Hugo Tarra said.")
    assert ("036", "PER", "CHL") in found


def test_a_claim_renounced_is_a_yielding(pipeline) -> None:
    assert any(cameo == "080" for cameo, _, _ in coded(pipeline, "Chile renounced its claim to the islands."))


@pytest.mark.parametrize("text", [
    "Nancy Vell ordered the flags be lowered to half staff.",  # a thing, no party, is ordered
    "The transport agency told morning passengers to take a longer way around.",  # private people told
    "Those who stay silent cannot tell us what to do, the Turkish president Kemal Aras said.",  # a question
])
def test_no_order_of_a_party(pipeline, text: str) -> None:
    assert not any(cameo[:2] == "10" for cameo, _, _ in coded(pipeline, text))


def test_an_order_by_that_clause(pipeline) -> None:
    assert ("100", "CHLGOV", "BOL") in coded(pipeline, "The Chilean president ordered that Bolivia withdraw its troops.")


def test_told_a_state_body_to_act_is_an_order(pipeline) -> None:
    found = coded(pipeline, "The Chilean president told the Bolivian troops to withdraw from the border.")
    assert ("100", "CHLGOV", "BOLMIL") in found
    assert not any(cameo[:2] == "08" for cameo, _, _ in found)
