"""A verb's `Frame` and the question grammar around it (`stages/events/frames.py`), on invented sentences."""
from __future__ import annotations

from eventwire.stages.events import frames

from ..test_syntax import _word, parse  # noqa: F401 (parse is a fixture)


def test_frame_has_prepositions_and_object_phrases(parse) -> None:
    doc = parse("Ruritania sent 700 kg of medicine to Sylvania.")
    frame = frames.frame(_word(doc, "sent"), "send")
    assert frame.lemma == "send"
    assert "to" in frame.preps
    heads = [p.head for p in frame.slots["dobj"]]
    assert "kg" in heads and "medicine" in heads  # the "of" complement says what was sent
    assert [p.head for p in frame.slots["to"]] == ["sylvania"]


def test_frame_keeps_a_particle(parse) -> None:
    doc = parse("The judge swore her in on Monday.")
    assert "in" in frames.frame(_word(doc, "swore"), "swear").preps


def test_a_clause_of_what_is_to_come_is_future(parse) -> None:
    doc = parse("Valdoria warned it could strike the port.")
    assert "ccomp:future" in frames.frame(_word(doc, "warned"), "warn").clauses
    doc = parse("The report said the ship may have contained arms.")
    assert "ccomp:future" not in frames.frame(_word(doc, "said"), "say").clauses


def test_an_embedded_yes_no_question(parse) -> None:
    doc = parse("The envoy asked Freedonia whether it would withdraw its troops.")
    assert "ccomp:question" in frames.frame(_word(doc, "asked"), "ask").clauses


def test_infinitive_complements_of_verbs_and_nouns(parse) -> None:
    doc = parse("Sylvania agreed to help the farmers.")
    assert frames.is_infinitive_complement(_word(doc, "agreed"), _word(doc, "help"))
    assert "xcomp" in frames.frame(_word(doc, "agreed"), "agree").clauses
    doc = parse("Ruritania rejected an offer to launch talks.")
    assert frames.is_infinitive_complement(_word(doc, "offer"), _word(doc, "launch"))
    assert not frames.is_infinitive_complement(_word(doc, "rejected"), _word(doc, "offer"))


def test_direct_questions_are_interrogative(parse) -> None:
    assert frames.interrogative(_word(parse("Did Freedonia attack the convoy?"), "attack"))
    assert not frames.interrogative(_word(parse("Freedonia attacked the convoy."), "attacked"))


def test_a_verb_asked_about(parse, pipeline) -> None:
    cues = pipeline.knowledge.cues
    assert frames.asked_about(_word(parse("The envoy asked whether Sylvania had attacked the port."), "attacked"),
                              cues)
    assert not frames.asked_about(_word(parse("The envoy said Sylvania had attacked the port."), "attacked"), cues)


def test_an_event_nouns_frame_has_the_prepositions_hung_on_its_complement(parse) -> None:
    # "allegations of bribery against X": the parser hangs "against" on "bribery"; it is the allegation's target
    doc = parse("Mayor Ines Okafor made allegations of bribery against the senator.")
    noun = _word(doc, "allegations")
    assert "against" in frames.noun_frame(noun).preps
    assert "of" in frames.noun_frame(noun).preps
