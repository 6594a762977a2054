"""Violence among private people, territory taken and alliances joined (issue 9, w19violence). The whole pipeline
runs; every sentence and name is invented for these tests (real countries, invented people and towns)."""
from __future__ import annotations

import pytest

from .test_events import affirmed, full_events


def coded(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return affirmed(full_events(pipeline, text))


# --- 1. a crime of deliberate violence done to a person (PLOVER "A note on CRIME": ASSAULT, CRM, crime) -------

@pytest.mark.parametrize("text, expected", [
    # a doer no actor names, a victim the actors stage codes
    ("Two brothers murdered a shopkeeper in Peru last week.", ("190", "PERCRM", "PERCVL")),
    # a private person doing it to kin or to a neighbour: the victim is one of the civilians of where it happened
    ("Pedro Lanz murdered his wife in Santiago, Chile.", ("190", "CHLCRM", "CHLCVL")),
    ("Jorge Vell stabbed his neighbour in Lima, Peru.", ("1823", "PERCRM", "PERCVL")),
    ("A woman strangled her husband in Chile.", ("180", "CHLCRM", "CHLCVL")),
    ("A man gunned down a shopkeeper in Lima, Peru.", ("193", "PERCRM", "PERCVL")),
    # told in the passive, and with the object shared by two verbs
    ("A shopkeeper was murdered by two men in Lima, Peru.", ("190", "PERCRM", "PERCVL")),
    ("A taxi driver was stabbed to death by a passenger in Santiago, Chile.", ("1823", "CHLCRM", "CHLCVL")),
    ("Two brothers kidnapped and murdered a farmer near Tarvo in Peru.", ("181", "PERCRM", "PERAGR")),
])
def test_a_crime_of_violence_between_private_people_is_coded(pipeline, text: str, expected) -> None:
    assert expected in coded(pipeline, text)


def test_the_crime_carries_the_crime_context(pipeline) -> None:
    found = full_events(pipeline, "Pedro Lanz murdered his wife in Santiago, Chile.")
    assert [e.contexts for e in found] == [("crime",)]


def test_an_armed_group_keeps_its_own_code(pipeline) -> None:
    # PETRARCH's KILL block: BEHEAD [190]; rebels are no criminals by the act
    assert ("190", "---REB", "GBRLAB") in coded(pipeline, "Militants beheaded a British aid worker in Syria.")


@pytest.mark.parametrize("text", [
    "Jorge Vell shot himself in Lima, Peru.",  # harm done to oneself
    "Mario Soto shot a film in Peru.",  # a thing, no person
    "The photographer shot a video of the protest in Lima.",
    "The striker shot the ball past the goalkeeper in Lima.",  # sport
    "Ana Ruiz murdered the song at the concert in Lima.",  # a figure of speech
    "Jorge Vell tortured the language in his speech in Lima.",
    "A truck struck two motorcycles on a highway in Peru.",  # vehicles
    "The bus struck a guard rail near Lima.",
    "The storm killed twelve people in Peru.",  # weather
    "Cholera killed forty people in Bolivia.",  # disease
    "A bear killed a hiker in the Chilean Andes.",  # an animal
    "Jorge Vell shot a bear near Cusco, Peru.",  # an animal shot
    "Hunters shot a deer in Chile.",
    "Ana Ruiz shot a photograph of the protesters in Lima, Peru.",  # a picture, whoever it shows
])
def test_no_crime_without_a_person_done_to_by_a_person(pipeline, text: str) -> None:
    assert coded(pipeline, text) == []


def test_a_kin_noun_is_not_its_possessor(pipeline) -> None:
    # "her boyfriend in Cusco" is neither Ana Ruiz nor Peru: no event has the place or the victim as its doer
    found = coded(pipeline, "Ana Ruiz was shot by her boyfriend in Cusco, Peru.")
    assert not any(source == "PER" for _, source, _ in found)


# --- 2. ground taken: in combat it is the fighting (190, as "captured the town"); control held is CAMEO 192 -------

@pytest.mark.parametrize("text, expected", [
    ("The Chilean army regained most of the towns held by the rebels.", ("190", "CHLMIL", None)),
    ("Islamist fighters overran a military base in Mali.", ("190", "---REB", "MLI")),
    ("Rebels took over the city of Kessa in Mali.", ("192", "---REB", None)),
    ("Rebels wrested control of the port from the Malian army.", ("192", "---REB", "MLIMIL")),
    ("The Syrian army took control of the city of Mareth.", ("192", "SYRMIL", None)),
])
def test_ground_taken(pipeline, text: str, expected) -> None:
    cameo, source, target = expected
    assert any(c == cameo and s == source and (target is None or t == target)
               for c, s, t in coded(pipeline, text))


def test_ground_falls_to_the_party_that_takes_it(pipeline) -> None:
    assert any(cameo == "192" and source is not None and source.endswith("REB")
               for cameo, source, _ in coded(pipeline, "The town of Baro fell to the rebels in Mali."))


@pytest.mark.parametrize("text", [
    "The Republicans took control of the House.",  # a chamber, no territory
    "The Peruvian company took control of the Chilean mining firm.",
    "The party regained ground in the polls in Peru.",
    "Peru regained the lead in the match against Chile.",
    "The task fell to the Chilean minister.",
])
def test_control_of_no_ground_is_no_occupation(pipeline, text: str) -> None:
    assert not any(cameo == "192" for cameo, _, _ in coded(pipeline, text))


def test_a_captive_caught_again_is_arrested(pipeline) -> None:
    # PETRARCH RECAPTURE * CONVICT, MAN [173]
    assert ("173", "CHLCOP", None) in coded(pipeline, "Chilean police recaptured the escaped prisoner.")


# --- 3. a state joining an organisation of states (PETRARCH JOIN * COALITION [050]) --------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Montenegro joined NATO in 2017.", ("050", "MNE", "IGOWSTNAT")),
    ("Chile joined the European Union in 2004.", ("050", "CHL", "IGOEUREEC")),
    ("Peru became a full member of NATO in 1999.", ("050", "PER", "IGOWSTNAT")),
    ("Peru acceded to the World Trade Organization in 1995.", ("050", "PER", "IGOBUSWTO")),
    ("Peru's accession to the WTO was approved in 2001.", ("050", "PER", "IGOBUSWTO")),
])
def test_a_state_joining_a_body_of_states(pipeline, text: str, expected) -> None:
    assert expected in coded(pipeline, text)


@pytest.mark.parametrize("text", [
    "Jorge Vell joined the army in Peru.",  # a person
    "Chile joined the talks with Peru.",  # no body of states
    "King Carlos's accession to the throne in Spain was celebrated.",  # an office taken
])
def test_joining_no_body_of_states_is_no_cooperation(pipeline, text: str) -> None:
    assert not any(cameo == "050" for cameo, _, _ in coded(pipeline, text))


def test_demands_acceded_to_stay_a_concession(pipeline) -> None:
    assert any(cameo == "083" for cameo, _, _ in coded(
        pipeline, "The Peruvian government acceded to the demands of the protesters in Lima."))


# --- 4. sport and figures of speech are no force ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Peru beat Chile in the final in Lima.",  # a contest
    "Peru beat Chile 2-1 in Lima on Sunday.",  # a score
    "Chile struck out in the final against Peru.",  # no labour strike either
    "The senate killed the bill in Chile.",  # a bill is killed only in a figure of speech
    "Mayor Ana Ruiz fights against violence in Peru.",  # a campaign
])
def test_sport_and_figures_of_speech_are_no_force(pipeline, text: str) -> None:
    assert not any(cameo[:2] in ("14", "18", "19", "20") for cameo, _, _ in coded(pipeline, text))


@pytest.mark.parametrize("text, expected", [
    ("Chilean police beat protesters in Santiago.", ("182", "CHLCOP", "CHLCVL")),
    ("The Chilean army shot down a Peruvian drone over the border.", ("190", "CHLMIL", "PER")),
])
def test_force_outside_a_contest_stays(pipeline, text: str, expected) -> None:
    assert expected in coded(pipeline, text)
