"""More kinds of wrong event seen on real news (issue 9, round 2, w10wrong): consultations with nobody consulted,
"would" of habit and "neither ... nor", instructions and generic statements in quotes, laws as doers, support
or opposition of no party, travel as a passenger or at home, honours. The whole pipeline runs; every sentence
and person is invented."""
from __future__ import annotations

import pytest

from .test_events import affirmed, full_events


def coded(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return affirmed(full_events(pipeline, text))


# --- 1. consultations are dyadic (CAMEO 04x; PETRARCH's CONSULT/DISCUSS/MEET code a partner) ---------------

@pytest.mark.parametrize("text", [
    "The Chilean president discussed the economy at length.",   # a topic, no partner
    "The Chilean president held a meeting on the budget.",
    "The Chilean Senate met on Monday.",                          # a body convening
    "Chilean President Ana Vell discussed her plans with reporters.",  # the press is no party
    "With Wikinews, Chilean Senator Jo Wu discussed her background.",
])
def test_consultation_with_nobody_consulted_is_no_event(pipeline, text: str) -> None:
    assert [c for c in coded(pipeline, text) if c[0][:2] in ("03", "04")] == []


@pytest.mark.parametrize("text, expected", [
    ("The Chilean minister discussed the border with the Peruvian ambassador.", ("040", "CHLGOV", "PERGOV")),
    ("Chile and Peru discussed trade.", ("040", "CHL", "PER")),
    ("The G7 met in Lima.", ("040", "IGOGOS", "PER")),          # an intergovernmental body: its members meet
    ("The Chilean president met with the Peruvian prime minister.", ("040", "CHLGOV", "PERGOV")),
    ("An e-mail alluded to a meeting between the Chilean president and a Peruvian adviser.", ("040", "CHLGOV", "PER")),
])
def test_consultation_with_a_partner_stays(pipeline, text: str, expected) -> None:
    assert expected in coded(pipeline, text)


# --- 2. "would" of habit; "neither X nor Y" ----------------------------------------------------------------

def test_habitual_would_is_the_act_not_a_threat(pipeline) -> None:
    found = full_events(pipeline, "Chilean rebels would often attack police posts at night.")
    assert [(e.cameo, e.hypothetical) for e in found] == [("190", False)]


def test_future_would_stays_a_threat(pipeline) -> None:
    assert [e.cameo for e in full_events(pipeline, "Chile said it would attack Peru.")] == ["138"]


def test_neither_nor_negates_for_both(pipeline) -> None:
    (event,) = full_events(pipeline, "Neither Chile nor Peru would endorse Ana Vell.")
    assert (event.cameo, event.negated, event.hypothetical) == ("051", True, False)
    assert len(event.actors) == 2


# --- 3. instructions and generic statements inside quotes: no act happened ---------------------------------

@pytest.mark.parametrize("text", [
    'The Chilean rebel leader said: "Take a knife and attack the police."',
    '"Attack the police stations," the rebel commander told Chilean fighters.',
    '"Do not negotiate with Peru," the Chilean president told his ministers.',
    '"Terrorists seek to destroy our way of life," the Chilean president said.',
])
def test_instructions_and_generic_quotes_make_no_event(pipeline, text: str) -> None:
    assert coded(pipeline, text) == []


def test_a_specific_act_in_a_quote_stays(pipeline) -> None:
    found = coded(pipeline, '"Chilean rebels attacked the police station," the Peruvian president said.')
    assert [c[0] for c in found] == ["190"]


# --- 4. a law is no actor -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Chilean law has condemned many women to poverty.",
    "The new Chilean constitution accuses the old regime of crimes.",
])
def test_a_rule_as_doer_makes_no_event(pipeline, text: str) -> None:
    assert coded(pipeline, text) == []


def test_a_government_condemning_stays(pipeline) -> None:
    assert [c[:2] for c in coded(pipeline, "The Chilean government condemned the attack.")] == [("111", "CHLGOV")]


# --- 5. support and opposition of a party only -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Chilean senator supports gun rights.",
    "The Chilean president supported education and farming.",
    "The Chilean senator opposes the tax.",
    "Chilean villagers defended themselves from predators.",
])
def test_stance_on_no_party_is_no_event(pipeline, text: str) -> None:
    assert coded(pipeline, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Chile supports the Peruvian government.", ("051", "CHL", "PERGOV")),
    ("Chile supports Peru's bid for membership.", ("051", "CHL", "PER")),      # an act of a named party
    ("Chile opposed the Peruvian plan to build a dam.", ("120", "CHL", "PER")),
])
def test_stance_on_a_party_or_its_act_stays(pipeline, text: str, expected) -> None:
    assert expected in coded(pipeline, text)


# --- 6. travel as a passenger, and at home, is no visit -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Chilean minister Jo Wu was flown to a hospital in Jakarta.",
    "The Chilean president was visiting the town of Arica when the quake struck.",
    "The Chilean president visited Arica.",
])
def test_carried_or_domestic_travel_is_no_visit(pipeline, text: str) -> None:
    assert [c for c in coded(pipeline, text) if c[0] == "042"] == []


@pytest.mark.parametrize("text, expected", [
    ("The Chilean president visited Lima.", ("042", "CHLGOV", "PER")),
    ("The Chilean president flew to Peru for talks.", ("042", "CHLGOV", "PER")),
])
def test_a_visit_abroad_stays(pipeline, text: str, expected) -> None:
    assert expected in coded(pipeline, text)


# --- 7. honours: praise of the one honoured (PETRARCH AWARD * HONOR/MEDAL [051]), never a consultation ---------

@pytest.mark.parametrize("text", [
    "Chilean President Ana Vell conferred the national honour on Jo Wu.",
    "The Chilean president awarded the medal to Ana Vell.",
])
def test_an_honour_given_is_praise(pipeline, text: str) -> None:
    assert [c[:2] for c in coded(pipeline, text)] == [("051", "CHLGOV")]


# --- negated modals: a refusal announced, or an act that did not happen --------------------------------------

@pytest.mark.parametrize("text", [
    "Chile and Peru could not agree on a new border treaty.",  # a past inability: nobody refused
    "Chile might not support Peru.",  # a possibility
])
def test_a_negated_inability_or_possibility_is_no_refusal(pipeline, text) -> None:
    found = full_events(pipeline, text)
    assert found and not [e for e in found if e.cameo.startswith("12")]
    assert all(e.negated for e in found)


@pytest.mark.parametrize("text", [
    "Chile would not accept the proposal from Peru.",
    "Peru cannot accept the offer from Chile.",
])
def test_a_refusal_announced_is_a_rejection(pipeline, text) -> None:
    assert [e for e in full_events(pipeline, text) if e.cameo.startswith("12") and not e.negated]
