"""Kinds of wrong event seen on real news (issue 9, w9private): acts among private people, accidents and
nature coded as attacks, and non-political senses of political verbs. The whole pipeline runs (the actors
stage decides who is private); every sentence and person is invented."""
from __future__ import annotations

import pytest

from .test_events import affirmed, full_events


def coded(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return affirmed(full_events(pipeline, text))


# --- acts among private people: CAMEO/PLOVER code events between political actors --------------------------

@pytest.mark.parametrize("text", [
    "I went to Syria when I was twelve.",              # an interview's "I" travelling
    "Maria Lopes travelled to Peru last year.",         # a private person visiting a country
    "Many colleagues contributed to the study.",        # a generic group
    "Fans of the band praised the new album.",
    "Residents donated blood to the hospital.",
    "We thanked our fans.",
])
def test_cooperation_and_words_among_private_people_make_no_event(pipeline, text: str) -> None:
    assert [c for c in coded(pipeline, text) if c[0][:2] < "09"] == []


@pytest.mark.parametrize("text, expected", [
    ("Maria Lopes criticized the Chilean government.", ("111", None, "CHLGOV")),  # a political target
    ("Chilean police arrested two fans in Lima.", ("173", "CHLCOP", None)),          # civilians as targets
    ("Protesters in Lima attacked the Chilean embassy.", ("190", None, "CHLGOV")),
    ("The Chilean minister went to Peru on Monday.", ("042", "CHLGOV", "PER")),
    ("Ana Vell was found guilty of fraud in Lima.", ("116", None, None)),           # a doer left unnamed
    ("Chilean residents donated blood to the hospital.", ("071", "CHLCVL", None)),   # civilians of a country
])
def test_political_acts_on_private_people_stay(pipeline, text: str, expected) -> None:
    found = coded(pipeline, text)
    assert any(f[0] == expected[0] and (expected[1] is None or f[1] == expected[1])
               and (expected[2] is None or f[2] == expected[2]) for f in found), found


# --- accidents, animals, vehicles, disease: force needs a perpetrator ---------------------------------------

@pytest.mark.parametrize("text", [
    "Three hikers were killed by a lion in Chile.",
    "Five people were killed in a crash near Lima.",
    "Seven people were killed when the bus overturned near Lima.",
    "A truck struck two cyclists in Lima.",
    "Police said the fire killed nine people in Lima.",
])
def test_hazards_are_no_attackers(pipeline, text: str) -> None:
    assert [c for c in coded(pipeline, text) if c[0][:2] in ("18", "19", "20")] == []


def test_a_clause_with_an_actor_is_no_accident(pipeline) -> None:
    found = coded(pipeline, "Seven people were killed when Chilean rebels bombed the bus near Lima.")
    assert any(c[0].startswith("19") and c[1] == "CHLREB" for c in found), found
    assert any(c[0] == "190" for c in coded(pipeline, "Chilean rebels killed two Peruvian soldiers."))


# --- non-political senses ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("The bronze medal went to Ana Vell of Chile.", "042"),         # a prize goes; nobody visits
    ("Ana Vell, a Chilean farmer, was recognised for her work.", "054"),  # no state recognised
    ("Ana Vell was dismissed from her post as minister.", "120"),   # a person dismissed: no rejection
    ("Tourists captured the scene on video.", "190"),              # nobody captured
])
def test_a_political_verb_in_another_sense_is_no_event(pipeline, text: str, code: str) -> None:
    assert code not in [c[0] for c in coded(pipeline, text)]


@pytest.mark.parametrize("text, expected", [
    ("Chile recognised the independence of Kosovo.", ("054", "CHL", "KSV")),
    ("Chile dismissed the Peruvian proposal.", ("120", "CHL", "PER")),
    ("Chilean rebels captured two Peruvian soldiers.", ("190", "CHLREB", "PERMIL")),
])
def test_the_political_sense_stays(pipeline, text: str, expected) -> None:
    assert expected in coded(pipeline, text)
