"""Core acts still missed (issue 9, w22missed): an accusation told in a relative clause on the speaker, a speech act
told as a habit, an invitation or challenge to act (an appeal), a tariff or duty as a noun (a sanction), a meeting
told as scheduled (intent), and "too ready to" as a judgement (criticism). The whole pipeline runs; every
sentence and name is invented for these tests."""
from __future__ import annotations

import pytest

from .test_events_w15generic import codes as coded
from .test_events_w20campaign import real
from .test_events import full_events as full


def _plain(found: list[tuple[str, str | None, str | None]]) -> list[tuple[str, str | None, str | None]]:
    return [(c, s and s.replace("USA", "---"), t and t.replace("USA", "---")) for c, s, t in found]


# --- a relative clause that names the speaker by an act of theirs -------------------------------------------------

@pytest.mark.parametrize("text", [
    "A senator who has accused Governor Tom Vell of fraud said on Monday that she would testify.",
    "The senator who accused Governor Tom Vell of fraud told reporters the case was closed.",
])
def test_the_speakers_own_accusation_in_a_relative_clause_is_coded(pipeline, text: str) -> None:
    assert any(c == "112" and t == "---GOV" for c, _, t in _plain(real(pipeline, text)))


@pytest.mark.parametrize("text", [
    "A senator who would accuse Governor Tom Vell of fraud said she was ready.",
    "A senator who was accused by Governor Tom Vell of fraud said she was innocent.",
    "A senator who never accused Governor Tom Vell of fraud said she was surprised.",
])
def test_no_accusation_in_a_relative_clause_that_tells_none_done(pipeline, text: str) -> None:
    assert not any(c == "112" and s == "---LEG" for c, s, _ in _plain(real(pipeline, text)))


# --- a named party's speech act told as a habit --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Senator Ann Marsh often blames China for the loss of American jobs.",
    "Senator Ann Marsh regularly accuses China of stealing American jobs.",
])
def test_a_named_speakers_habitual_blame_is_an_accusation(pipeline, text: str) -> None:
    assert any(c[:2] == "11" and t == "CHN" for c, _, t in real(pipeline, text))


def test_a_class_of_speakers_blaming_out_of_habit_is_no_event(pipeline) -> None:
    assert not any(c[:2] == "11" for c in coded(pipeline, "Officials often blame China for the loss of jobs."))


def test_a_habitual_meeting_stays_no_event(pipeline) -> None:
    assert "040" not in coded(pipeline, "The ministers of Chile and Peru usually meet in Lima.")


# --- invitations and challenges to act -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("Senator Ann Marsh invited Russia to find the missing emails.", "020"),
    ("Senator Ann Marsh challenged Russia to release the prisoners.", "025"),
    ("Senator Ann Marsh invited Russia to attend the summit.", "026"),
])
def test_an_invitation_to_act_is_an_appeal_to_the_invited(pipeline, text: str, code: str) -> None:
    found = real(pipeline, text)
    assert (code, "RUS") in [(c, t) for c, _, t in found]
    assert not any(s == "RUS" for _, s, _ in found)  # the act asked for is not done by Russia


def test_an_invitation_without_an_infinitive_is_no_appeal(pipeline) -> None:
    assert not any(c[:2] == "02" for c in coded(pipeline, "Senator Ann Marsh invited reporters to the summit."))


# --- tariffs and duties told as nouns -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Commerce Department announced a new 150% tariff on Chinese steel.",
    "The United States announced new tariffs on China on Tuesday.",
    "The United States imposed a 20% duty on Chinese tires.",
])
def test_a_tariff_on_a_countrys_goods_is_a_sanction(pipeline, text: str) -> None:
    assert any(c == "163" and t == "CHN" for c, _, t in real(pipeline, text))


def test_a_person_on_duty_is_no_sanction(pipeline) -> None:
    assert "163" not in coded(pipeline, "A Chinese soldier on duty in Tibet spoke to reporters.")


# --- a meeting told as scheduled -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The meeting between Senator Ann Marsh and Vladimir Putin was scheduled for Friday.",
    "Vladimir Putin's meeting with Senator Ann Marsh was scheduled for Dec. 12.",
])
def test_a_scheduled_meeting_is_an_intent_to_meet(pipeline, text: str) -> None:
    events = full(pipeline, text)
    assert "040" not in [e.cameo for e in events if not e.hypothetical]
    assert any(e.cameo == "036" for e in events)


def test_a_meeting_that_took_place_is_a_meeting(pipeline) -> None:
    assert "040" in [c for c, _, _ in real(pipeline, "Vladimir Putin's meeting with Senator Ann Marsh took place "
                                                     "on Friday.")]


# --- "too ready to": excess judged ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Senator Ann Marsh suggested that Governor Tom Vell would be too ready to use force overseas.",
    "Senator Ann Marsh said Governor Tom Vell is too eager to please the banks.",
])
def test_too_ready_to_act_is_criticism(pipeline, text: str) -> None:
    assert ("111", "---LEG", "---GOV") in _plain(real(pipeline, text))


@pytest.mark.parametrize("text", [
    "Senator Ann Marsh said it was too early to judge the plan.",
    "Senator Ann Marsh said the box was too heavy to lift.",
])
def test_too_with_no_party_judged_is_no_criticism(pipeline, text: str) -> None:
    assert "111" not in coded(pipeline, text)


@pytest.mark.parametrize("text, target", [
    ("The United States dropped tariffs on Chinese imports.", "CHN"),
    ("The United States cut duties on Mexican steel.", "MEX"),
])
def test_tariffs_dropped_or_cut_ease_the_sanction(pipeline, text: str, target: str) -> None:
    found = real(pipeline, text)
    assert ("085", target) in [(c, t) for c, _, t in found]
    assert "163" not in [c for c, _, _ in found]


# --- proposals rebutted --------------------------------------------------------------------------------------------

def test_rebutting_a_partys_proposals_is_criticism(pipeline) -> None:
    assert ("111", "MEXGOV") in [(c, s) for c, s, _ in real(pipeline, "The Mexican president rebutted Senator Ann "
                                                                      "Marsh's proposals on Tuesday.")]


def test_rebutting_a_theory_is_no_event(pipeline) -> None:
    assert "111" not in coded(pipeline, "The study refuted the theory.")


# --- suits told as nouns with a participle -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A lawsuit filed by a former aide against Senator Tom Vell was dismissed.",
    "A former aide filed a lawsuit alleging that Senator Tom Vell violated the law.",
])
def test_a_suit_names_whom_it_is_brought_against(pipeline, text: str) -> None:
    assert any(c == "115" and t == "---LEG" for c, _, t in _plain(real(pipeline, text)))
