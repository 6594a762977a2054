"""An act told in a participle or relative clause on the subject of a coded act is no part of it, and is coded
when the main act names no doer; a killing "in X's offensive" is X's (issue 9, s12). The whole pipeline runs;
every sentence is invented for these tests."""
from __future__ import annotations

import pytest

from .test_events import affirmed, full_events


def coded(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return affirmed(full_events(pipeline, text))


@pytest.mark.parametrize("text", [
    # a reduced passive relative on an apposition of the subject, the main act with no doer
    "Ana Vell, a Chilean engineer kidnapped by Peruvian rebels in 1996, was freed on Monday.",
    # the same on the subject itself
    "A Chilean engineer kidnapped by Peruvian rebels in 1996 was freed on Monday.",
])
def test_a_participle_on_the_subject_of_a_doerless_act_is_coded(pipeline, text: str) -> None:
    assert any(cameo[:2] == "18" and source == "PERREB" and (target or "").startswith("CHL")
               for cameo, source, target in coded(pipeline, text))


def test_a_participle_on_the_object_stays_part_of_the_act(pipeline) -> None:
    # "rejected a proposal drafted by X": what the object's participle says is part of the rejection's object
    found = coded(pipeline, "Chile rejected a proposal drafted by Peruvian diplomats.")
    assert [cameo[:2] for cameo, _, _ in found] == ["12"]


def test_a_background_clause_still_serves_a_main_act_with_a_doer(pipeline) -> None:
    # the main act has its doer: the background's act is not coded beside it
    found = coded(pipeline, "A Chilean engineer kidnapped by Peruvian rebels in 1996 was freed by Bolivian police.")
    assert not any(cameo[:2] == "18" for cameo, _, _ in found)


@pytest.mark.parametrize("text", [
    "Hundreds of Bolivian rebels have been killed in the Peruvian offensive.",
    "Hundreds of Bolivian rebels have been killed in Peru's offensive.",
    "Ten Bolivian soldiers were killed in a Peruvian incursion into the border province, officials said.",
])
def test_a_killing_in_an_offensive_is_the_offensives_owners(pipeline, text: str) -> None:
    assert any(cameo[:2] in ("18", "19") and source == "PER" and (target or "").startswith("BOL")
               for cameo, source, target in coded(pipeline, text))


def test_an_offensive_against_a_party_is_force(pipeline) -> None:
    found = coded(pipeline, "The Peruvian offensive against the Bolivian rebels entered its third week.")
    assert ("190", "PER", "BOLREB") in found


@pytest.mark.parametrize("text", [
    "Television showed Chilean exiles protesting in Lima against the Peruvian government.",
    "Witnesses saw Chilean exiles protesting in Lima against the Peruvian government.",
])
def test_what_a_report_shows_is_its_content_not_background(pipeline, text: str) -> None:
    assert any(cameo[:2] == "14" and (source or "").startswith("CHL") and target == "PERGOV"
               for cameo, source, target in coded(pipeline, text))


@pytest.mark.parametrize("text", [
    "Chilean police are conducting further DNA tests on the hair.",
    "The Chilean health ministry conducted tests of the new vaccine.",
])
def test_a_test_of_no_weapon_is_no_show_of_force(pipeline, text: str) -> None:
    assert not any(cameo[:2] == "15" for cameo, _, _ in coded(pipeline, text))


@pytest.mark.parametrize("text", [
    "Chile conducted a missile test.",
    "Chile conducted a nuclear test near the border on Monday.",
    "The Chilean army conducted a rocket launch over the sea.",
])
def test_a_weapons_test_is_a_show_of_force(pipeline, text: str) -> None:
    assert any(cameo == "150" and (source or "").startswith("CHL") for cameo, source, _ in coded(pipeline, text))
