"""Evaluative speech (issue 9 item 5): what someone is called makes praise (051), blame (111) or a charge (112).
Every sentence and name is invented; the countries are fictional."""
from __future__ import annotations

import pytest

from eventwire.stages.evaluative import evaluations

from .test_events import code, triples

PEOPLE = {"Ana Vell": "FREGOV", "Bo Tuck": "RURGOV", "Ilse Marrow": "FREOPP", "Kaspar Dunn": "SYLGOV"}


def coded(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return triples(pipeline, text, PEOPLE)


def dyads(pipeline, text: str) -> set[tuple[str, str | None, str | None]]:
    """Each (code, source, target) an event implies, every actor with every recipient (as PETRARCH expands
    compound actors and the event scorers count them)."""
    article, table = code(pipeline, text, extra=PEOPLE)
    codes = {a.id: a.code for a in article.actors}
    return {(e.cameo, codes[a], codes[r]) for e in article.events if not e.negated
            for a in e.actors for r in e.recipients} | {(e.cameo, e.source, e.target) for e in article.events}


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


# --- the other kinds of act missed on real news (issue 9): appeals, coordinated parties, mediation, scorn ----

@pytest.mark.parametrize("text, expected", [
    ("Freedonia called for Ruritania to withdraw its ambassador.", ("020", "FRE", "RUR")),
    ("Sylvania appealed for Ruritania to lift the blockade.", ("025", "SYL", "RUR")),
    ("Ana Vell called on Bo Tuck to release the prisoners.", ("025", "FREGOV", "RURGOV")),
    ("Kaspar Dunn urged Ruritania not to get involved.", ("020", "SYLGOV", "RUR")),
    ("Sylvania asked all parties not to intervene.", ("020", "SYL", None)),
    ("Sylvania asked for any outside power not to interfere.", ("020", "SYL", None)),
    ("Freedonia called for a cessation of hostilities.", ("020", "FRE", None)),
])
def test_an_appeal_with_a_control_verb_or_for_clause(pipeline, text: str, expected) -> None:
    assert expected in coded(pipeline, text)


def test_what_is_called_for_is_not_done(pipeline) -> None:
    found = coded(pipeline, "Freedonia called for Ruritania to withdraw its troops.")
    assert not [t for t in found if t[0][:2] == "08"], found


@pytest.mark.parametrize("text, expected", [
    ("Freedonia and Sylvania recognized Ruritania.", {("054", "FRE", "RUR"), ("054", "SYL", "RUR")}),
    ("The small states of Freedonia and Sylvania recognised Ruritania last week.",
     {("054", "FRE", "RUR"), ("054", "SYL", "RUR")}),
    ("Ruritania was recognized by Freedonia and Sylvania.", {("054", "FRE", "RUR"), ("054", "SYL", "RUR")}),
    ("Ana Vell criticized Ruritania and Sylvania.", {("111", "FREGOV", "RUR"), ("111", "FREGOV", "SYL")}),
])
def test_coordinated_parties_are_each_a_party(pipeline, text: str, expected) -> None:
    assert expected <= dyads(pipeline, text)


def test_a_symmetric_act_of_a_pair_is_one_event(pipeline) -> None:
    found = [t for t in coded(pipeline, "Freedonia and Ruritania opened economic ties.") if t[0] == "061"]
    assert found == [("061", "FRE", "RUR")]


@pytest.mark.parametrize("text, expected", [
    ("Sylvania brokered a ceasefire between Freedonia and Ruritania.",
     {("045", "SYL", "FRE"), ("045", "SYL", "RUR")}),
    ("A truce between Freedonia and Ruritania was brokered by Sylvania.", {("045", "SYL", "FRE")}),
    ("Kaspar Dunn mediated talks between Freedonia and Ruritania.",
     {("045", "SYLGOV", "FRE"), ("045", "SYLGOV", "RUR")}),
    ("Ana Vell mocked Bo Tuck at a rally.", {("111", "FREGOV", "RURGOV")}),
    ("Bo Tuck insulted the Freedonian president.", {("111", "RURGOV", "FRE")}),
    ("The Freedonian minister ridiculed Ruritania's proposal.", {("111", "FRE", "RUR")}),
    ("Ilse Marrow sued Ruritania.", {("115", "FREOPP", "RUR")}),
    ("Ilse Marrow filed a lawsuit against Ruritania.", {("115", "FREOPP", "RUR")}),
])
def test_mediation_scorn_and_suits(pipeline, text: str, expected) -> None:
    assert expected <= dyads(pipeline, text)


@pytest.mark.parametrize("text", [
    "The bank brokered a sale of the company.",  # no parties mediated between
    "Freedonia paid for Ruritania to build the road.",  # "pay for" is no appeal
])
def test_no_mediation_or_appeal_without_its_parties(pipeline, text: str) -> None:
    assert not [t for t in coded(pipeline, text) if t[0][:2] in ("02", "04")]


def test_not_only_a_liar_is_no_negated_verdict(pipeline) -> None:
    # "not only X but Y" adds to the verdict; a plain "not" still denies it (s14own)
    (added,) = found(pipeline, 'Bo Tuck said: "Ana Vell is not only a liar, but a danger to the country."')
    assert added.verdict == "criticism" and not added.negated
    (denied,) = found(pipeline, 'Bo Tuck said: "Ana Vell is not a liar."')
    assert denied.negated
