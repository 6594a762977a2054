"""Tributes and mourning whose honoree the sentence does not repeat (issue 9, w14tribute): CAMEO 051 (PETRARCH-2's
ACCLAIM / EULOGISE rows), PLOVER SUPPORT. "in memory of X" commends X; mourning with no one named honours the one
person whose death the article reports before it. Every sentence, person and country is invented."""
from __future__ import annotations

import dataclasses

import pytest

from eventwire import Actor, Mention, Span, make_article
from eventwire.stages import events

# name -> (CAMEO code, actor kind)
ACTORS = {"Ana Vell": ("FREGOV", "person"), "Bo Tuck": ("RURGOV", "person"), "Cai Moro": ("RURMIL", "person"),
          "Ruritania": ("RUR", "country"), "Freedonia": ("FRE", "country"),
          "The Ruritanian parliament": ("RURLEG", "organisation"), "He": ("FREGOV", "person")}


def _triples(pipeline, text: str, pronoun: str | None = None) -> list[tuple[str, str | None, str | None, bool]]:
    """(cameo, source, target, negated) of each event, with the actors of ACTORS wherever their names occur
    (a "He" at a sentence start is Ana Vell's mention when `pronoun` says so)."""
    article = pipeline.parse([make_article("t", text, "2024-01-10")])[0]
    actors = []
    for name, (code, kind) in ACTORS.items():
        if name == "He":
            continue
        mentions, start = [], 0
        while (at := text.find(name, start)) >= 0:
            mentions.append(Mention(Span(at, at + len(name)), "name"))
            start = at + len(name)
        if pronoun == name:
            at = text.find("He ")
            if at >= 0:
                mentions.append(Mention(Span(at, at + 2), "pronoun"))
        if mentions:
            actors.append(Actor(f"a{len(actors) + 1}", name, kind, code[:3], None, code,
                                tuple(sorted(mentions, key=lambda m: m.span.start))))
    article = dataclasses.replace(article, actors=tuple(actors))
    result = events.run(article, pipeline.knowledge)
    return [(e.cameo, e.source, e.target, e.negated) for e in result.events]


def _praise(found) -> list[tuple[str | None, str | None]]:
    return [(s, t) for code, s, t, negated in found if code == "051" and not negated]


# --- mourning with no one named honours the story's deceased -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ana Vell died on Sunday at the age of 84. Ruritania declared three days of national mourning.",
    "Ana Vell passed away on Sunday. Ruritania declared a day of mourning.",
    "Ana Vell was killed in a car crash on Sunday. Ruritania declared national mourning.",
    "The death of Ana Vell was announced on Monday. Ruritania declared a day of mourning.",
    "After Ana Vell's death on Sunday, Ruritania declared a day of national mourning.",
    "Ana Vell died on Sunday. Ruritania lowered its flags to half-mast.",
    "Ana Vell died on Sunday. Flags will fly at half-mast, Ruritania said.",
    "Ana Vell died on Sunday. The Ruritanian parliament observed a minute's silence.",
    "Ana Vell died on Sunday. The Ruritanian parliament held a minute of silence.",
    "Ana Vell died on Sunday. Ruritania paid tribute on Monday.",
])
def test_mourning_honours_the_deceased(pipeline, text) -> None:
    source = "RURLEG" if "parliament" in text else "RUR"
    assert (source, "FREGOV") in _praise(_triples(pipeline, text))


def test_a_pronoun_that_died(pipeline) -> None:
    text = "Ana Vell led Freedonia for a decade. He died on Sunday. Ruritania declared a day of mourning."
    assert ("RUR", "FREGOV") in _praise(_triples(pipeline, text, pronoun="Ana Vell"))


@pytest.mark.parametrize("text", [
    # two deaths: nobody in particular
    "Ana Vell and Bo Tuck died on Sunday. Ruritania declared a day of national mourning.",
    "Ana Vell died on Sunday and Bo Tuck died on Monday. Ruritania declared a day of mourning.",
    # a death the text names after the mourning is not the one mourned
    "Ruritania declared a day of mourning. Ana Vell died on Sunday.",
    # no death at all: PETRARCH's symbolic act (017), no event
    "The Ruritanian parliament held a minute of silence.",
    "Ruritania paid tribute.",
    "Ruritania declared a day of mourning.",
    # a death denied is none
    "Ana Vell did not die on Sunday. Ruritania declared a day of mourning.",
    # a silence that is no mourning
    "Ana Vell died on Sunday. Ruritania broke its silence on Monday.",
    # someone else is named as the mourned
    "Ana Vell died on Sunday. Ruritania declared a day of mourning for the victims of the flood.",
])
def test_no_single_deceased_no_honoree(pipeline, text) -> None:
    assert ("RUR", "FREGOV") not in _praise(_triples(pipeline, text))
    assert ("RURLEG", "FREGOV") not in _praise(_triples(pipeline, text))


def test_an_unknown_name_that_died_counts(pipeline) -> None:
    # "Ema Lusk" is in no table: two deaths all the same
    text = "Ana Vell and Ema Lusk died on Sunday. Ruritania declared a day of mourning."
    assert not _praise(_triples(pipeline, text))


def test_mourning_for_someone_named_keeps_the_one_named(pipeline) -> None:
    text = "Ana Vell died on Sunday. Ruritania declared three days of national mourning for Bo Tuck."
    assert _praise(_triples(pipeline, text)) == [("RUR", "RURGOV")]


def test_tribute_to_someone_named_is_coded_once(pipeline) -> None:
    text = "Ana Vell died on Sunday. Ruritania paid tribute to Bo Tuck."
    assert _praise(_triples(pipeline, text)) == [("RUR", "RURGOV")]


# --- acts in someone's honour or memory ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Ruritanian parliament held a minute of silence in honour of Ana Vell.",
    "The Ruritanian parliament held a minute of silence in honor of Ana Vell.",
    "The Ruritanian parliament renamed the square in memory of Ana Vell.",
    "The Ruritanian parliament lowered flags in Ana Vell's honour.",
    "The Ruritanian parliament laid a wreath in tribute to Ana Vell.",
])
def test_an_act_in_honour_of_someone_commends_them(pipeline, text) -> None:
    assert _praise(_triples(pipeline, text)) == [("RURLEG", "FREGOV")]


def test_in_his_memory_honours_the_deceased(pipeline) -> None:
    text = "Ana Vell died on Sunday. The Ruritanian parliament held a minute of silence in his memory."
    assert _praise(_triples(pipeline, text)) == [("RURLEG", "FREGOV")]


@pytest.mark.parametrize("text", [
    "The square was renamed in memory of Ana Vell.",  # nobody does it
    "The Ruritanian parliament met in memory of the victims.",  # nobody the tables know
    "The Ruritanian parliament did not lower flags in Ana Vell's honour.",  # negated
])
def test_no_tribute_without_doer_or_honoree(pipeline, text) -> None:
    assert not _praise(_triples(pipeline, text))


def test_in_my_memory_is_no_tribute(pipeline) -> None:
    text = "Ana Vell died on Sunday. Ruritania held the worst vote in my memory."
    assert not _praise(_triples(pipeline, text))


def test_one_killed_is_the_deceased_two_are_nobody(pipeline) -> None:
    one = "Freedonia killed Bo Tuck in an airstrike. Ruritania declared three days of mourning."
    assert ("RUR", "RURGOV") in _praise(_triples(pipeline, one))
    two = "Freedonia killed Bo Tuck in an airstrike. Cai Moro was also killed. Ruritania declared a day of mourning."
    assert not _praise(_triples(pipeline, two))


def test_tributes_paid_by_someone(pipeline) -> None:
    text = "Ana Vell died on Sunday. Tributes were paid by Ruritania."
    assert _praise(_triples(pipeline, text)) == [("RUR", "FREGOV")]


def test_a_mourning_period(pipeline) -> None:
    text = "Ana Vell died on Sunday. Ruritania declared a three-day mourning period."
    assert _praise(_triples(pipeline, text)) == [("RUR", "FREGOV")]
