"""Criticism and praise between politicians in campaign news (issue 9, w20speech): epithets for persons after
"call" or a speech verb's copular clause (111), lacking a quality a leader needs (111), idioms of verbal attack
(111) and a verbal attack on a reason told as a gerund (111, not force). Every sentence and person is invented; the
countries are real only where the whole pipeline must code them."""
from __future__ import annotations

import pytest

from eventwire.stages.evaluative import evaluations

from .test_events import affirmed, full_events


def _codes(text: str, pipeline) -> list[str]:
    return [t[0] for t in affirmed(full_events(pipeline, text))]


@pytest.mark.parametrize("text", [
    "Senator Ana Vell of Chile called President Bo Tuck a blowhard.",
    "Senator Ana Vell of Chile called President Bo Tuck a political opportunist.",
    "Senator Ana Vell of Chile called President Bo Tuck an unqualified loose cannon.",
    "Senator Ana Vell of Chile said President Bo Tuck is weak.",
    "Senator Ana Vell of Chile said President Bo Tuck lacks the strength to lead the country.",
    "Senator Ana Vell of Chile said President Bo Tuck lacked the temperament to be president.",
])
def test_an_epithet_or_a_lack_for_a_person_is_criticism(pipeline, text) -> None:
    assert "111" in _codes(text, pipeline)


@pytest.mark.parametrize("text", [
    "Senator Ana Vell of Chile said the economy is weak.",
    "Senator Ana Vell of Chile said demand was weak in the third quarter.",
])
def test_an_epithet_for_no_party_is_no_event(pipeline, text) -> None:
    assert "111" not in _codes(text, pipeline)


def test_lacking_means_is_no_criticism(pipeline) -> None:
    assert "111" not in _codes("Senator Ana Vell of Chile said President Bo Tuck's campaign lacks the money "
                               "to compete.", pipeline)


@pytest.mark.parametrize("text", [
    "Senator Ana Vell of Chile took aim at President Bo Tuck.",
    "Senator Ana Vell of Chile took a swipe at President Bo Tuck on Tuesday.",
    "Senator Ana Vell of Chile went after President Bo Tuck over his tax plan.",
    "Senator Ana Vell of Chile attacked President Bo Tuck on raising taxes.",
])
def test_idioms_of_verbal_attack_are_criticism(pipeline, text) -> None:
    codes = _codes(text, pipeline)
    assert "111" in codes and "190" not in codes


@pytest.mark.parametrize(("text", "code"), [
    ("Police in Chile went after the gunmen in the forest.", None),
    ("Rebels attacked the convoy on the road to Santiago.", "190"),
    ("Senator Ana Vell of Chile attacked President Bo Tuck on Tuesday.", "190"),
])
def test_going_after_or_attacking_with_no_reason_is_not_words(pipeline, text, code) -> None:
    codes = _codes(text, pipeline)
    assert "111" not in codes and (code is None or code in codes)


@pytest.mark.parametrize(("text", "code"), [
    ("Senator Ana Vell of Chile said she was ashamed of President Bo Tuck.", "111"),
    ("Senator Ana Vell of Chile said she was tired of President Bo Tuck.", "111"),
    ("Senator Ana Vell of Chile said she was angry that President Bo Tuck vetoed the bill.", "111"),
    ("Senator Ana Vell of Chile said she was proud that President Bo Tuck signed the bill.", "051"),
    ("Senator Ana Vell of Chile said President Bo Tuck would make a terrible president.", "111"),
    ("Senator Ana Vell of Chile said President Bo Tuck would make a great commander in chief.", "051"),
])
def test_feelings_and_judgements_about_a_party(pipeline, text, code) -> None:
    assert code in _codes(text, pipeline)


@pytest.mark.parametrize("text", [
    "Senator Ana Vell of Chile said she was disappointed that the talks failed.",
    "Senator Ana Vell of Chile said she was tired of the long campaign.",
    "Senator Ana Vell of Chile said the company would make great cars.",
])
def test_feelings_and_judgements_about_no_party_are_no_event(pipeline, text) -> None:
    assert not {"111", "051"} & set(_codes(text, pipeline))


def test_a_name_read_as_the_complement_of_call_is_the_one_called(pipeline) -> None:
    """ "called Trump a 'blowhard'": the parser may hang the epithet on the name; the name is the one called."""
    doc = pipeline.nlp("De Vries, speaking on KXR990, called Trump a \u201cblowhard,\u201d and said the plan was a "
                       "disaster.")
    knowledge = pipeline.knowledge
    found = [(e.called.text, e.verdict) for e in evaluations(doc, knowledge.cues, knowledge.evaluative_words)]
    assert ("Trump", "criticism") in found
