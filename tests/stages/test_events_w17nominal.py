"""Acts told as nouns and light verbs (issue 9, w17nominal): allegations with their accuser in a possessive or a
"from" phrase, mediation between two others, weapons of repression used against people, legal challenges, aid
withheld, a theory put about, taking part in an act. Every sentence and person is invented; Chile, Peru and
Norway are real only because the whole pipeline must code them."""
from __future__ import annotations

import pytest

from eventwire import make_article

from .test_events import full_events


def _events(pipeline, text: str) -> list[tuple[str, str | None, str | None, bool, bool]]:
    return [(e.cameo, e.source, e.target, e.negated, e.hypothetical) for e in full_events(pipeline, text)]


def _parties(pipeline, text: str) -> list[tuple[str, list[str], list[str]]]:
    """(code, doers' names, recipients' names) of each event, for people no table knows."""
    article = pipeline(make_article("t", text, "2024-01-10"))
    names = {a.id: a.name for a in article.actors}
    return [(e.cameo, [names[i] for i in e.actors], [names[i] for i in e.recipients]) for e in article.events]


# --- allegations ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Senator Tomas Vrell denied allegations of bribery from Mayor Ines Okafor.",
    "Senator Tomas Vrell addressed allegations from Mayor Ines Okafor on Tuesday.",
    "Senator Tomas Vrell responded to Mayor Ines Okafor's accusations.",
    "Mayor Ines Okafor made allegations of bribery against Senator Tomas Vrell.",
])
def test_an_allegation_is_its_accusers_act_against_the_accused(pipeline, text) -> None:
    # CAMEO 112: the accuser is the possessor, the "from" phrase or the subject of a light verb; the one who
    # denies, addresses or answers the allegations is the one accused
    assert ("112", ["Ines Okafor"], ["Tomas Vrell"]) in _parties(pipeline, text)


@pytest.mark.parametrize("text", [
    "Senator Tomas Vrell denied the allegations.",
    "Senator Tomas Vrell repeated his allegations.",
])
def test_an_allegation_with_no_accuser_or_no_accused_is_no_event(pipeline, text) -> None:
    assert not [e for e in _events(pipeline, text) if e[0].startswith("11")]


def test_a_country_denies_another_countrys_claims(pipeline) -> None:
    assert ("112", "PER", "CHL", False, False) in _events(pipeline, "Chile denied Peru's claims on Sunday.")


def test_a_theory_put_about_is_the_promoters_accusation_not_the_act(pipeline) -> None:
    text = "Senator Tomas Vrell promoted a theory that Peru attacked Chilean fishing boats."
    found = _events(pipeline, text)
    assert [e for e in found if e[0] == "112" and e[2] == "PER"]
    assert not [e for e in found if e[0][:2] == "19" and not e[4]]  # no attack established


def test_an_act_inside_a_theory_told_as_a_noun_is_alleged(pipeline) -> None:
    text = "Senator Tomas Vrell promoted a theory that Peru was involved in the shelling of Arica."
    found = _events(pipeline, text)
    assert [e for e in found if e[0] == "112" and e[2] == "PER"]
    assert not [e for e in found if e[0][:2] == "19" and not e[4]]


# --- mediation --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Norway helped broker a truce between Chile and Peru.",
    "Norway arranged talks between Chile and Peru in Oslo.",
    "Norway facilitated a meeting between Chile and Peru.",
    "Norway mediated a ceasefire between Chile and Peru.",
])
def test_a_third_party_bringing_two_others_together_mediates(pipeline, text) -> None:
    # CAMEO 045 "Mediate between two or more parties" (PLOVER CONSULT, third-party): the broker to both sides
    found = [e for e in full_events(pipeline, text) if e.cameo == "045"]
    assert found and found[0].source == "NOR"
    assert len(found[0].recipients) == 2


def test_arranging_a_meeting_with_one_party_mediates_nothing(pipeline) -> None:
    assert not [e for e in _events(pipeline, "Norway arranged a meeting with Chile.") if e[0] == "045"]


def test_helping_do_an_act_is_doing_it(pipeline) -> None:
    assert ("190", "CHL", "PER", False, False) in _events(pipeline, "Chile helped attack Peru in March.")


def test_helping_a_party_is_still_aid(pipeline) -> None:
    assert ("070", "CHL", "PER", False, False) in _events(pipeline, "Chile helped Peru after the floods.")


# --- force and repression ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Peruvian police used tear gas against the protesters in Lima.",
    "Peruvian police used force against demonstrators in Lima.",
    "Peruvian police fired tear gas at protesters in Lima.",
])
def test_weapons_of_repression_turned_on_people(pipeline, text) -> None:
    # PETRARCH USE * &WEAPON [175], FIRE * {TEAR GAS} [175]: CAMEO 175 violent repression
    assert [e for e in _events(pipeline, text) if e[0] == "175" and e[1] == "PERCOP"]


def test_a_thing_used_on_no_party_is_no_repression(pipeline) -> None:
    assert not [e for e in _events(pipeline, "Chile used drones to map the coast.") if e[0] == "175"]


def test_taking_part_in_an_act_told_as_a_noun(pipeline) -> None:
    text = "Chilean troops were involved in the killing of two Peruvian soldiers."
    assert ("190", "CHLMIL", "PERMIL", False, False) in _events(pipeline, text)


def test_a_denied_part_in_an_act_is_negated(pipeline) -> None:
    found = [e for e in _events(pipeline, "Peru denied taking part in the shelling of Arica.") if e[0][:2] == "19"]
    assert found and all(e[3] for e in found)


# --- legal challenges, aid withheld, proposals declined -----------------------------------------------------------

def test_a_legal_challenge_against_a_party_is_a_suit(pipeline) -> None:
    text = "Chile launched a legal challenge against the Peruvian government."
    assert ("115", "CHL", "PERGOV", False, False) in _events(pipeline, text)


@pytest.mark.parametrize("text", [
    "The Chilean government's withholding of aid to Peru angered Lima.",
    "Chile withheld military aid from Peru.",
])
def test_aid_withheld_reduces_aid(pipeline, text) -> None:
    assert [e for e in _events(pipeline, text) if e[0] == "162" and e[1][:3] == "CHL" and e[2] == "PER"]


def test_a_declined_invitation_is_a_rejection_of_who_made_it(pipeline) -> None:
    assert ("120", "CHL", "PER", False, False) in _events(pipeline, "Chile declined an invitation from Peru.")


def test_prices_that_decline_reject_nothing(pipeline) -> None:
    assert not _events(pipeline, "Copper prices declined sharply in Lima.")


# --- nominal force with its doer compounded or possessed ----------------------------------------------------------

def test_a_bare_group_noun_compounded_onto_the_act_is_the_group_named_alone(pipeline) -> None:
    # "the police killing of X": "police" is no actor there; the article's "police" is the one force
    text = "Police in Lima arrested two men. The police killing of a student sparked protests."
    assert [e for e in _events(pipeline, text) if e[0] == "190" and e[1] == "PERCOP" and e[2] == "PEREDU"]


def test_with_no_such_group_named_the_compound_names_no_doer(pipeline) -> None:
    text = "The police killing of a student in Lima sparked protests."
    assert not [e for e in _events(pipeline, text) if e[0] == "190"]


def test_a_possessed_invasion_is_its_possessors_act_whatever_it_drew(pipeline) -> None:
    # the noun is the subject of "drew condemnation": it undergoes the condemnation, its own act stands
    found = _events(pipeline, "Peru's invasion of Bolivia drew condemnation from Chile.")
    assert ("192", "PER", "BOL", False, False) in found
    assert ("111", "CHL", "PER", False, False) in found


# --- requests, agreements entered into, firms acquired ------------------------------------------------------------

def test_at_a_possessors_request_the_clauses_subject_was_asked(pipeline) -> None:
    text = "Chilean troops returned to Arica at the Peruvian government's request in 2014."
    assert [e for e in _events(pipeline, text) if e[0] == "020" and e[1][:3] == "PER" and e[2] == "CHLMIL"]


def test_a_possessed_request_with_no_one_asked_is_no_event(pipeline) -> None:
    assert not [e for e in _events(pipeline, "Peru's request was rejected on Monday.") if e[0] == "020"]


@pytest.mark.parametrize("text, code", [
    ("Chile entered into an agreement with Peru on Sunday.", "057"),
    ("Chile entered into talks with Peru on Sunday.", "046"),
])
def test_entering_into_an_agreement_or_talks(pipeline, text, code) -> None:
    # PETRARCH ENTER * &TREATY [057:057], ENTER * TALKS [046:046]
    assert (code, "CHL", "PER", False, False) in _events(pipeline, text)


def test_a_firm_acquired_is_economic_exchange(pipeline) -> None:
    text = "The Chilean state-owned firm Codelco acquired the Peruvian mining company Minsur on Monday."
    assert [e for e in _events(pipeline, text) if e[0] == "061" and e[2] == "PERBUS"]


def test_things_acquired_are_no_exchange_with_a_party(pipeline) -> None:
    assert not [e for e in _events(pipeline, "Chile acquired two fighter jets in May.") if e[0] == "061"]


@pytest.mark.parametrize("text", [
    "Chile filed a lawsuit challenging Peru's fishing ban.",
    "Chile initiated lawsuits challenging Peru's new tariffs.",
    "Chile filed a suit accusing Peru of fraud.",
])
def test_a_suits_participle_clause_names_whom_it_is_brought_against(pipeline, text) -> None:
    assert ("115", "CHL", "PER", False, False) in _events(pipeline, text)


@pytest.mark.parametrize("text", [
    "Chile filed a lawsuit on Monday.",
    "The senator wore a suit challenging the dress code.",
])
def test_a_suit_against_no_party_is_no_event(pipeline, text) -> None:
    assert not [e for e in _events(pipeline, text) if e[0] == "115"]
