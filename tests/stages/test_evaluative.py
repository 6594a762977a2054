"""Evaluative speech (issue 9 item 5): what someone is called makes praise (051), blame (111) or a charge (112).
Every sentence and name is invented; the countries are fictional."""
from __future__ import annotations

import pytest

from eventwire.stages.evaluative import evaluations

from .test_events import code, triples

PEOPLE = {"Ana Vell": "FREGOV", "Bo Tuck": "RURGOV", "Ilse Marrow": "FREOPP", "Kaspar Dunn": "SYLGOV"}


def coded(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return triples(pipeline, text, PEOPLE)


def found(pipeline, text: str):
    doc = pipeline.nlp(text)
    knowledge = pipeline.knowledge
    return evaluations(doc, knowledge.cues, knowledge.evaluative_words)


@pytest.mark.parametrize("text, expected", [
    # small clauses after a naming verb, by the polarity of the words
    ("Ana Vell called Bo Tuck a clown on Monday.", ("111", "FREGOV", "RURGOV")),
    ('Ilse Marrow called Ana Vell "a national embarrassment" after the debate.', ("111", "FREOPP", "FREGOV")),
    ("Kaspar Dunn branded Bo Tuck a liar.", ("111", "SYLGOV", "RURGOV")),
    ("Freedonia dubbed Ruritania a puppet of Sylvania.", ("111", "FRE", "RUR")),
    ("Ruritania described the Freedonian leader as an incompetent demagogue.", ("111", "RUR", "FRE")),
    ("Bo Tuck called Ana Vell a great statesman.", ("051", "RURGOV", "FREGOV")),
    ("Sylvania described Ruritania as a reliable friend.", ("051", "SYL", "RUR")),
    # the thing called is its owner's: "Y's move"
    ("Freedonia described Ruritania's decision as illegal.", ("112", "FRE", "RUR")),
    ("Bo Tuck called Ana Vell's tax plan criminal.", ("112", "RURGOV", "FREGOV")),
    ("Kaspar Dunn labelled Ruritania's report fake news.", ("111", "SYLGOV", "RUR")),
    # passive: the "by" agent calls
    ("Ana Vell was called a traitor by Bo Tuck.", ("111", "RURGOV", "FREGOV")),
    ("Ruritania was branded a rogue dictatorship by Sylvania.", ("111", "SYL", "RUR")),
    # a speech verb whose clause says only what Y is
    ("Freedonia said the Ruritanian president was a liar.", ("111", "FRE", "RUR")),
    ("Kaspar Dunn claimed Ruritania's annexation was unlawful.", ("112", "SYLGOV", "RUR")),
])
def test_what_someone_is_called_is_praise_blame_or_a_charge(pipeline, text: str, expected) -> None:
    assert expected in coded(pipeline, text)


def test_a_hedged_charge_is_blame(pipeline) -> None:
    assert ("111", "RURGOV", "FREGOV") in coded(pipeline, "Bo Tuck called Ana Vell's plan almost criminal.")


@pytest.mark.parametrize("text", [
    "Ana Vell called Bo Tuck on Monday.",  # a telephone call
    "Freedonia called the meeting for May.",
    "Ana Vell described the weather as terrible.",  # no party is blamed
    "Freedonia said the harvest was a disaster.",
    "Bo Tuck called the new bridge a masterpiece of design.",  # words with no polarity in the table
    "Ana Vell called Bo Tuck a brave and dangerous man.",  # the words disagree: no verdict
])
def test_no_evaluation_without_a_party_called_and_a_verdict(pipeline, text: str) -> None:
    assert not [t for t in coded(pipeline, text) if t[0] in ("051", "111", "112")]


def test_a_negated_calling_is_flagged_not_flipped(pipeline) -> None:
    article, _ = code(pipeline, "Bo Tuck did not call Ana Vell a hero.", extra=PEOPLE)
    (event,) = [e for e in article.events if e.cameo == "051"]
    assert event.negated and (event.source, event.target) == ("RURGOV", "FREGOV")


def test_the_finder_names_verb_called_and_verdict(pipeline) -> None:
    (one,) = found(pipeline, "The senator called the governor a coward.")
    assert (one.verb.lower_, one.called.lower_, one.verdict, one.code) == ("called", "governor", "criticism", "111")
    assert one.pattern == "call Y coward criticism [111]" and not one.negated
    (two,) = found(pipeline, "He described it as beyond despicable.")
    assert two.called.lower_ == "it" and two.standing()
    assert not found(pipeline, "The senator called the governor yesterday.")
