"""A pronoun speaker is a person of that pronoun's sex (issue 9 items 5-6, `Actor.gender`): "he said" is never
a woman the text, the knowledge or her first name say is one; of two candidates, the one that fits; of none
that fits, no speaker. Names and sentences are our own inventions."""
from __future__ import annotations

import dataclasses

from eventwire import make_article
from eventwire.records import Actor
from tests.stages.quotes.helpers import _parsed, _person, _run


def _speakers(pipeline, text: str) -> list[str | None]:
    article = pipeline(make_article("t", text, "2024-03-01"))
    return [article.actor(q.speaker).name if q.speaker else None for q in article.quotes]


def test_he_said_is_not_the_woman_of_the_paragraph_before(pipeline) -> None:
    text = ("Senator Marisol Quenby criticised the harbour budget on Tuesday.\n"
            "The finance committee met later that day. “This plan will fail,” he said.")
    assert _speakers(pipeline, text)[-1] is None


def test_she_said_is_the_woman_of_the_paragraph_before(pipeline) -> None:
    text = ("Senator Marisol Quenby criticised the harbour budget on Tuesday.\n"
            "The finance committee met later that day. “This plan will fail,” she said.")
    assert _speakers(pipeline, text)[-1] == "Marisol Quenby"


def test_of_two_candidates_the_one_of_the_pronouns_sex(pipeline) -> None:
    text = "Marisol Quenby met Anton Velk in Ostrik on Monday.\n“We agreed on nothing,” he said."
    assert _speakers(pipeline, text)[-1] == "Anton Velk"
    text = "Marisol Quenby met Anton Velk in Ostrik on Monday.\n“We agreed on nothing,” she said."
    assert _speakers(pipeline, text)[-1] == "Marisol Quenby"


def test_a_sole_antecedent_of_the_other_sex_is_no_speaker(pipeline) -> None:
    # the quotes stage's own antecedent search (actors given, no pronoun linked): Ms. Lunt is a woman
    text = "Ms. Ferro Lunt opened the session.\n“The vote was fair,” he said."
    lunt = dataclasses.replace(_person(text, "a1", "Ferro Lunt"), gender="f")
    assert [q.speaker for q in _run(pipeline, text, (lunt,)).quotes] == [None]
    assert [q.speaker for q in _run(pipeline, text.replace("he said", "she said"), (lunt,)).quotes] == ["a1"]
    unknown: Actor = _person(text, "a1", "Ferro Lunt")  # nothing known: the one candidate stays
    assert [q.speaker for q in _run(pipeline, text, (unknown,)).quotes] == ["a1"]
