"""Intents told by a noun or by "be to" (issue 9): "announced plans to impose sanctions on X", "X is to impose
sanctions" state an intent (CAMEO 03x, or 13x for force and coercion), as "vowed to" does; the act planned is not
done. Sentences and names written for these tests."""
from __future__ import annotations

import pytest

from .test_events import code as code_article, full_events, triples


def coded(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return triples(pipeline, text, {})


@pytest.mark.parametrize("text, expected", [
    ("Freedonia announced plans to impose sanctions on Ruritania.", ("131", "FRE", "RUR")),
    ("Freedonia expressed its intention to impose sanctions on Ruritania.", ("131", "FRE", "RUR")),
    ("Freedonia repeated its threat to impose sanctions on Ruritania.", ("131", "FRE", "RUR")),
    ("Freedonia declared its readiness to negotiate with Ruritania.", ("036", "FRE", "RUR")),
    ("Freedonia made an offer to lift sanctions on Ruritania.", ("035", "FRE", "RUR")),
])
def test_a_noun_of_intent_codes_the_intent_of_its_act(pipeline, text: str, expected) -> None:
    assert coded(pipeline, text) == [expected]


@pytest.mark.parametrize("text", [
    "Freedonia announced plans to build a stadium.",
    "Freedonia announced plans to raise taxes.",
])
def test_a_plan_of_no_coded_act_is_no_event(pipeline, text: str) -> None:
    assert coded(pipeline, text) == []


def test_a_willingness_the_verb_codes_takes_the_act_intended(pipeline) -> None:
    # "expressed willingness" is an intent row of its own (030); the act it is willing to do refines it
    assert coded(pipeline, "Freedonia has expressed willingness to meet Ruritania.") == [("036", "FRE", "RUR")]


def test_an_offered_attack_is_a_threat_and_no_attack(pipeline) -> None:
    assert coded(pipeline, "Freedonia's offer to attack Ruritania surprised everyone.") == [("138", "FRE", "RUR")]


def test_a_threat_with_no_infinitive_stays_a_threat(pipeline) -> None:
    assert coded(pipeline, "Freedonian rebels had made threats against Ruritania.")[:1] == [("130", "FRE", "RUR")]


def test_a_meeting_the_parties_are_to_hold_is_an_intent_to_meet(pipeline) -> None:
    # "be to": a plan or schedule, coded as PLOVER codes future meetings (intent, 036), not as held
    assert coded(pipeline, "Freedonia and Ruritania are to meet next week.")[:1] == [("036", "FRE", "RUR")]


def test_a_sentencing_to_come_is_no_threat(pipeline) -> None:
    # no one is named who would sentence: no threat; since w17wrong a step scheduled in the passive is no event
    found = full_events(pipeline, "A court in Santiago convicted Tomas Vell, a Chilean banker, of fraud on Monday. "
                                  "Vell is to be sentenced in June.")
    assert not any(e.cameo[:2] == "13" or e.cameo == "173" and not e.hypothetical for e in found)


# --- s14own: readiness is intent, assurances are promises, "sit down with" is a meeting ------------------------

@pytest.mark.parametrize("text, expected", [
    ("Freedonia is ready to sit down with Ruritania.", ("036", "FRE", "RUR")),
    ("Freedonia is prepared to lift the sanctions on Ruritania.", ("035", "FRE", "RUR")),
    ("Freedonia sat down with Ruritania on Monday.", ("040", "FRE", "RUR")),
    ("Freedonia gave Ruritania assurances of support.", ("030", "FRE", "RUR")),
    ("Freedonia provided guarantees to Ruritania.", ("030", "FRE", "RUR")),
])
def test_readiness_assurances_and_sitting_down(pipeline, text: str, expected) -> None:
    assert coded(pipeline, text) == [expected]


@pytest.mark.parametrize("text", [
    "The new bridge is ready to open next week.",  # no party intends anything
    "The decision sits with the court.",  # no meeting: nobody sat down with anyone
    "The minister gave assurances about the budget.",  # no party assured
])
def test_no_party_no_promise_or_meeting(pipeline, text: str) -> None:
    assert [t for t in coded(pipeline, text) if t[0].startswith(("03", "04"))] == []


# --- s14intent: the intent coded is the act told; only possibilities and pledges against nobody stay hypothetical --

@pytest.mark.parametrize("text, code, hypothetical", [
    ("Freedonia will meet Ruritania next week.", "036", False),
    ("Freedonia will attack Ruritania.", "138", False),
    ("Freedonia would attack Ruritania if it closed the border.", "138", True),  # on a condition
    ("Freedonia is ready to sit down with Ruritania.", "036", False),
])
def test_a_stated_intent_is_no_hypothetical(pipeline, text: str, code: str, hypothetical: bool) -> None:
    article, _ = code_article(pipeline, text)
    assert [(e.cameo, e.hypothetical) for e in article.events] == [(code, hypothetical)]
