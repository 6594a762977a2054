"""Events that should not be emitted (issue 9, w16precision): an event with no side coded at all, a visit hosted
with no visitor ("received benefits from the government"). The whole pipeline runs; every sentence and name
is invented."""
from __future__ import annotations

import dataclasses

import pytest

from eventwire import Actor, Mention, Span, make_article
from eventwire.stages.events.sentence import _in_actor_name

from .test_events import affirmed, full_events


def coded(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return affirmed(full_events(pipeline, text))


# --- 1. no side coded at all ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Harlow Foundation discussed the plan with the Brightwater Board.",  # two bodies no table knows (040)
    "The Harlow Foundation requested more volunteers from the Brightwater Club.",  # 020
])
def test_an_event_with_no_side_coded_is_not_emitted(pipeline, text: str) -> None:
    assert all(e.source is not None or e.target is not None for e in full_events(pipeline, text))


def test_one_coded_side_keeps_the_event(pipeline) -> None:
    # the doer no table knows, the one consulted a Peruvian minister: the event says whom it is with
    found = coded(pipeline, "The Harlow Foundation met with the Peruvian foreign minister in Lima on Monday.")
    assert any(cameo[:2] == "04" and target == "PERGOV" for cameo, _, target in found)


# --- 2. a visit hosted needs a visitor -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "They are receiving benefits from the Chilean government.",
    "The farmers received subsidies from the Chilean government.",
])
def test_receiving_a_thing_from_a_party_hosts_nobody(pipeline, text: str) -> None:
    assert not any(cameo == "043" for cameo, _, _ in coded(pipeline, text))


@pytest.mark.parametrize("text, expected", [
    ("The Chilean president received the Peruvian ambassador.", ("043", "CHLGOV", "PERGOV")),
    ("Ana Vell, a Chilean senator, received a visit from the Peruvian ambassador.", ("043", "CHLLEG", "PERGOV")),
])
def test_receiving_a_visitor_is_still_hosting(pipeline, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded(pipeline, text)


def test_a_thing_released_by_a_party_releases_nobody(pipeline) -> None:
    # a reduced passive relative: the "by" agent is the doer, not the party released (CAMEO 084)
    text = "Ana Vell died on Monday, according to a statement released by the Chilean Supreme Court."
    assert not any(cameo.startswith("084") for cameo, _, _ in coded(pipeline, text))


# --- 3. welcoming: a visitor is hosted, an act endorsed (PETRARCH's ACCLAIM block) --------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The Chilean president welcomed the Peruvian delegation.", "043"),
    ("Chile welcomed the Peruvian president on Monday.", "043"),
    ("Chile welcomed a resumption of formal diplomatic ties with Peru.", "051"),
])
def test_welcoming_a_visitor_or_a_step(pipeline, text: str, expected: str) -> None:
    assert [cameo for cameo, _, _ in coded(pipeline, text)] == [expected]


# --- 4. agreeing with a view is no intent to cooperate -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Bo Carrell, a Chilean senator, agreed, saying the tax was too high.",
    "Bo Carrell, a Chilean senator, agreed with the nationalisation of the Chilean central bank.",
])
def test_assent_to_a_view_is_no_agreement(pipeline, text: str) -> None:
    assert not any(cameo.startswith("03") for cameo, _, _ in coded(pipeline, text))


@pytest.mark.parametrize("text, expected", [
    ("Chile and Peru agreed on a new border.", ("030", "CHL", "PER")),
    ("The Chilean and Peruvian ministers agreed after six hours of talks.", ("030", "CHLGOV", "PERGOV")),
    ("Bo Carrell, a Chilean senator, agreed with the Peruvian minister.", ("030", "CHLLEG", "PERGOV")),
])
def test_agreement_among_parties_stays(pipeline, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded(pipeline, text)


# --- 5. force against an idea --------------------------------------------------------------------------------

def test_an_attack_noun_on_an_idea_is_criticism(pipeline) -> None:
    found = coded(pipeline, "The Chilean president's attacks on mail-in voting continued on Monday.")
    assert [cameo for cameo, _, _ in found] == ["111"]


def test_an_attack_noun_on_a_party_stays_force(pipeline) -> None:
    assert ("190", "CHL", "PER") in coded(pipeline, "Chile's attacks on Peru continued on Monday.")


# --- 6. words of a name, the one given to ----------------------------------------------------------------------

def test_a_verb_inside_an_actors_name_is_no_act(pipeline) -> None:
    text = ("Two Peruvian reporters died in Lima on Monday. The Committee to Protect Journalists reports sixteen "
            "other journalist deaths in the nation since 2015.")
    assert not any(cameo.startswith("07") for cameo, _, _ in coded(pipeline, text))


def test_the_indirect_object_is_not_what_is_sent(pipeline) -> None:
    # "the police" is whom the plan was sent to, not troops sent (CAMEO 074)
    text = "The Chilean union had sent the Peruvian police a plan for the march."
    assert not any(cameo.startswith("07") for cameo, _, _ in coded(pipeline, text))
    assert ("074", "CHL", "PER") in coded(pipeline, "Chile sent troops to Peru.")


# --- 7. acts ahead or called off ---------------------------------------------------------------------------------

def test_a_planned_trip_is_intended(pipeline) -> None:
    text = "The Chilean president's planned trip to Peru drew criticism."
    events = [e for e in full_events(pipeline, text) if e.cameo[:2] in ("03", "04")]
    assert events and all(not e.hypothetical and e.cameo == "036" for e in events)


def test_a_cancelled_visit_is_negated(pipeline) -> None:
    events = [e for e in full_events(pipeline, "Chile's cancelled visit to Peru angered Lima.") if e.cameo == "042"]
    assert events and all(e.negated for e in events)



def test_a_verb_at_the_edge_of_a_recognised_name_stays_an_act(pipeline) -> None:
    # the recogniser may run a name on into the verb after it; only a word with name words on both sides is one
    text = "Vell Announced a curfew."
    article = pipeline.parse([make_article("t", text, "2024-01-10")])[0]
    actor = Actor("a1", "Vell Announced", "person", "CHL", "GOV", "CHLGOV", (Mention(Span(0, 14), "name"),))
    article = dataclasses.replace(article, actors=(actor,))
    sentence = next(iter(article.sentences()))
    verb = next(t for t in sentence.tokens() if t.text == "Announced")
    assert not _in_actor_name(article, sentence, verb)
