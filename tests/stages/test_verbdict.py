"""Verb-dictionary patterns on parsed sentences: context, precedence over hand rows, targets, reciprocal codes."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from eventwire import Actor, Mention, Pipeline, Span, make_article
from eventwire.knowledge import Knowledge
from eventwire.knowledge.importer import import_dictionary
from eventwire.settings import Settings
from eventwire.stages import events

# Our own dictionary, in PETRARCH's format, with our own codes (one of them outside CAMEO).
VERBS = """\
&STRAIT
+NARROWS
+SOUND

--- CHARTER [---] ---
CHARTER
- * FERRIES [061]
- * FERRIES ACROSS &STRAIT [062]

--- SAIL [032:033] ---
SAIL

--- STATE [023] ---
STATE

--- HAIL [0517] ---
HAIL

--- MEND [---] ---
MEND
- * FENCES [064:064]

--- PLEAD [095] ---
PLEAD

--- SHELVE [---] ---
SHELVE
- % HAVE * [191]
- * PLANS WITH % [036]

--- SALUTE [051] ---
SALUTE
- NEVER_* [---]
- * FLAG [9051]
"""
CODES = {"Freedonia": "FRE", "Ruritania": "RUR", "Sylvania": "SYL", "Wazir": ""}


@pytest.fixture(scope="module")
def coded(pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory):
    folder: Path = tmp_path_factory.mktemp("dictionary")
    source = folder / "our.verbs.txt"
    source.write_text(VERBS, encoding="utf-8")
    for name, text in import_dictionary(source, "verbs", merge=False).files.items():
        (folder / name).write_text(text, encoding="utf-8")
    knowledge = Knowledge(Settings(knowledge_dir=folder))

    def code(text: str):
        article = pipeline.parse([make_article("t", text, "2024-01-10")])[0]
        actors = []
        for name, actor_code in CODES.items():
            at = text.find(name)
            if at >= 0:
                actors.append(Actor(f"a{len(actors) + 1}", name, "country", actor_code, None, actor_code,
                                    (Mention(Span(at, at + len(name)), "name"),)))
        article = dataclasses.replace(article, actors=tuple(actors))
        result = events.run(article, knowledge)
        return sorted((e.source, e.target, e.cameo) for e in result.events), result
    return code


def test_the_longest_pattern_codes_the_verb(coded) -> None:
    assert coded("Freedonia chartered ferries for Ruritania.")[0] == [("FRE", "RUR", "061")]
    assert coded("Freedonia chartered two ferries across the narrows for Ruritania.")[0] == [("FRE", "RUR", "062")]
    assert coded("Freedonia chartered a yacht for Ruritania.")[0] == []  # [---]: no event by itself


def test_reciprocal_code(coded) -> None:
    assert coded("Freedonia sailed to Ruritania.")[0] == [("FRE", "RUR", "032"), ("RUR", "FRE", "033")]


def test_adjacent_negation_blocks_and_user_codes_stay_as_written(coded) -> None:
    assert coded("Freedonia never saluted Ruritania.")[0] == []
    events, article = coded("Freedonia saluted the flag of Ruritania.")
    assert events == [("FRE", "RUR", "9051")]  # the first actor in the verb phrase is the target
    (event,) = article.events
    assert event.goldstein is None and event.quad_class is None and event.event is None


def test_a_user_code_under_a_cameo_code_takes_its_parents_plover_coding(coded) -> None:
    # 0517 is no CAMEO code, but it sits under 051 (praise or endorse): the PLOVER type, Goldstein score
    # and QuadClass are 051's, and the code stays as the dictionary wrote it
    found, article = coded("Freedonia hailed Ruritania.")
    assert found == [("FRE", "RUR", "0517")]
    (event,) = article.events
    parent = Knowledge().cameo.get("051")
    assert (event.event, event.goldstein, event.quad_class) == (parent.plover_event, parent.goldstein,
                                                                 parent.quad_class)
    assert event.event is not None


def test_the_generated_layer_is_off_unless_asked_for() -> None:
    assert Knowledge(Settings()).verb_dictionary is None
    generated = Knowledge(Settings(generated_verbs=True)).verb_dictionary
    assert generated is not None and generated.origin == "built-in" and len(generated) > 4000


def test_the_generated_layer_leaves_hand_known_and_embedded_verbs_alone(pipeline: Pipeline) -> None:
    from eventwire.stages import verbdict

    knowledge = Knowledge(Settings(generated_verbs=True))
    doc = pipeline.nlp("Freedonia froze relations with Ruritania after it tried to freeze the accounts.")
    froze, freeze = doc[1], doc[9]
    chosen = verbdict.choose(froze, None, knowledge.verb_dictionary)
    assert chosen is not None and chosen.code is not None  # CAMEO.2.0: FREEZE * RELATIONS
    assert verbdict.choose(froze, None, knowledge.verb_dictionary, hand_knows=True) is None
    assert verbdict.choose(freeze, None, knowledge.verb_dictionary) is None  # an embedded verb


def test_a_reporting_clause_after_its_content_only_attributes_it(coded) -> None:
    # "X will do Y, an official stated": the stating is a parenthetical attribution; what is coded is the
    # announced act, even when the speech verb has a code of its own in the dictionary
    assert coded("Freedonia will sail to Ruritania next week, a senior official stated.")[0] == [
        ("FRE", "RUR", "032"), ("RUR", "FRE", "033")]
    # a reporting verb before its clause keeps its own reading
    assert ("FRE", None, "023") in coded("Freedonia stated that it will consider the offer.")[0]


@pytest.mark.parametrize("text, code, parties", [
    # "[064:064]" with two parties and nobody else: they act on each other (the scorer's every ordered pair)
    ("Old foes Freedonia and Ruritania have mended fences after a long quarrel.", "064", ["FRE", "RUR"]),
    # "%" before the verb: the coordinated parties act on each other, not on the place named after the verb
    ("Freedonia and Sylvania have shelved their summit after a storm hit Ruritania.", "191", ["FRE", "SYL"]),
])
def test_same_code_both_ways_among_a_compound_subject(coded, text: str, code: str, parties: list[str]) -> None:
    _, article = coded(text)
    (event,) = article.events
    assert (event.cameo, event.source, event.target) == (code, *parties)
    assert [a.code for a in article.actors if a.id in event.actors] == parties
    assert event.recipients == ()


def test_first_actor_in_the_verb_phrase_brings_its_conjuncts(coded) -> None:
    _, article = coded("Freedonia saluted the flag that Ruritania and Sylvania raised.")
    (event,) = article.events
    names = {a.id: a.name for a in article.actors}
    assert [names[r] for r in event.recipients] == ["Ruritania", "Sylvania"]


def test_an_uncoded_actor_yields_the_target_to_a_coded_one(coded) -> None:
    events, _ = coded("Freedonia pleaded for calm in Ruritania in a letter to the elders of the Wazir clan.")
    assert events == [("FRE", "RUR", "095")]


def test_a_compound_pattern_needs_a_compound(coded) -> None:
    # without a coordination the "%" pattern does not apply (the block default is no event)
    assert coded("Freedonia has shelved its summit after a storm hit Ruritania.")[0] == []


def test_a_compound_after_the_verb_is_only_the_target(coded) -> None:
    events, article = coded("Ruritania shelved plans with Freedonia and Sylvania.")
    assert events == [("RUR", "FRE", "036")]
    names = {a.id: a.name for a in article.actors}
    assert [names[r] for r in article.events[0].recipients] == ["Freedonia", "Sylvania"]

