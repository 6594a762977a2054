"""Figurative force and contests are not violence (issue 9, w21force): a noun of force modified by words of speech, a
campaign or a policy is criticism (CAMEO 111); seizing, hijacking, recapturing or trading a standing in a contest
(the floor, the lead, momentum) or seizing on a gaffe is no seizure, force or trade; the same verbs stay force on
persons, ground and property. The whole pipeline runs; every sentence and name is invented for these tests."""
from __future__ import annotations

import pytest

from .test_events_w15generic import codes as coded
from .test_events_w20campaign import real

_FORCE = ("17", "18", "19", "20")


@pytest.mark.parametrize("text", [
    "Senator Ann Marsh launched an ad hominem attack against Governor Tom Vell on Tuesday.",
    "Senator Ann Marsh's gun control offensive against Governor Tom Vell began in Ohio.",
    "Senator Ann Marsh stepped up her campaign offensive against Governor Tom Vell.",
    "Senator Ann Marsh's attack on Governor Tom Vell in a television ad drew criticism.",
    "Senator Ann Marsh's Twitter attack on Governor Tom Vell was widely shared.",
])
def test_a_force_noun_of_words_is_criticism_of_its_target(pipeline, text: str) -> None:
    found = real(pipeline, text)
    assert ("111", "---LEG", "---GOV") in [(c, s and s.replace("USA", "---"), t and t.replace("USA", "---"))
                                           for c, s, t in found]
    assert not any(c[:2] in _FORCE for c, _, _ in found)


@pytest.mark.parametrize("text", [
    "Senator Ann Marsh launched a charm offensive in Brussels.",
    "Senator Ann Marsh mounted a rhetorical assault on Governor Tom Vell.",
    "The Mexican senator launched a political campaign against the Peruvian president.",
])
def test_persuasion_and_words_told_as_force_are_no_force(pipeline, text: str) -> None:
    assert not any(c[:2] in _FORCE for c in coded(pipeline, text))


@pytest.mark.parametrize("text", [
    "House Democrats hijacked the floor of the House on Wednesday.",
    "House Democrats seized the floor of the House in a sit-in.",
    "Senator Ann Marsh seized the initiative in the debate.",
    "Senator Ann Marsh seized the spotlight at the debate.",
    "Senator Ann Marsh is trying to recapture her momentum.",
    "Senator Ann Marsh was trying to recapture not only her momentum but also the Marsh family magic.",
    "Senator Ann Marsh seized upon the reference, repeating her line.",
    "Senator Ann Marsh and Governor Tom Vell traded the lead in the polls.",
    "Her Republican opponents seized on the gaffe.",
    "Governor Tom Vell seized on the gaffe to attack Senator Ann Marsh.",
    "Senator Ann Marsh beat Governor Tom Vell in the primary.",
    "Senator Ann Marsh routed Governor Tom Vell in the Nevada caucuses.",
])
def test_a_contest_or_a_figure_is_no_seizure_force_or_trade(pipeline, text: str) -> None:
    assert not any(c[:2] in _FORCE or c == "061" or c == "138" for c in coded(pipeline, text))


def test_words_traded_are_criticism(pipeline) -> None:
    found = real(pipeline, "Senator Ann Marsh and Governor Tom Vell traded barbs on Twitter.")
    assert [c for c, _, _ in found] == ["111"]


@pytest.mark.parametrize("text, root", [
    ("Mexican rebels attacked an army post near the border.", "19"),
    ("Mexican troops seized the airport in Tijuana.", "19"),
    ("Mexican militants hijacked a bus near the border.", "18"),
    ("The Mexican army recaptured the town from the rebels.", "19"),
    ("The Mexican army launched an offensive against the rebels in the north.", "19"),
    ("The Mexican army launched a ground offensive against the rebels.", "19"),
    ("Mexican rebels launched a rocket attack on the airport.", "19"),
    ("Mexican police seized the boats of the smugglers.", "17"),
    ("Mexican rebels took over the town of Tijuana.", "19"),
])
def test_real_force_stays(pipeline, text: str, root: str) -> None:
    assert any(c[:2] == root for c in coded(pipeline, text))


def test_attacking_a_standing_is_words(pipeline) -> None:
    found = real(pipeline, "Governor Tom Vell attacked the agenda of Senator Ann Marsh.")
    assert not any(c[:2] in _FORCE for c, _, _ in found)


@pytest.mark.parametrize("text", [
    "Senator Ann Marsh verbally attacked Governor Tom Vell on Monday.",
    "Senator Ann Marsh renewed her attacks on Governor Tom Vell's record.",
    "Senator Ann Marsh's broadside against Governor Tom Vell drew applause.",
    "Senator Ann Marsh's tirade against Governor Tom Vell drew applause.",
])
def test_force_in_words_by_manner_topic_or_noun_is_criticism(pipeline, text: str) -> None:
    found = real(pipeline, text)
    assert [c for c, _, _ in found] == ["111"]


@pytest.mark.parametrize("text", [
    "Senator Ann Marsh fired back at Governor Tom Vell on Twitter.",
    "Senator Ann Marsh fought Governor Tom Vell for the nomination.",
    "Senator Ann Marsh bombed in the debate against Governor Tom Vell.",
])
def test_force_said_in_words_or_for_a_standing_is_no_force(pipeline, text: str) -> None:
    assert not any(c[:2] in _FORCE for c in coded(pipeline, text))


@pytest.mark.parametrize("text", [
    "Mexican troops fired back at the rebels.",
    "Mexican rebels fought the army for the town.",
    "Mexican troops fired on protesters in the square.",
    "A Mexican gunman stabbed a man on the platform.",
])
def test_force_with_places_and_prizes_of_war_stays(pipeline, text: str) -> None:
    assert any(c[:2] in _FORCE for c in coded(pipeline, text))


@pytest.mark.parametrize("text", [
    "Senator Ann Marsh captured Ohio and Michigan on Tuesday.",
    "The Republicans captured the Senate in November.",
])
def test_a_state_or_a_chamber_won_in_a_vote_is_no_force(pipeline, text: str) -> None:
    assert not any(c[:2] in _FORCE for c in coded(pipeline, text))


@pytest.mark.parametrize("text", [
    "The Taliban captured Kunduz on Monday.",
    "Hezbollah captured two Israeli soldiers near the border.",
    "Mexican rebels captured the governor of the province.",
])
def test_armed_groups_capturing_places_and_people_keep_their_force(pipeline, text: str) -> None:
    assert any(c[:2] in _FORCE for c in coded(pipeline, text))


def test_a_verb_not_about_the_force_noun_keeps_its_event(pipeline) -> None:
    found = real(pipeline, "Senator Ann Marsh supported Governor Tom Vell's gun control offensive.")
    assert [c for c, _, _ in found] == ["051"]
