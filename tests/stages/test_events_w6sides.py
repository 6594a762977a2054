"""The sides of events (issue 9, wave 6): a passive legal act with no agent is done by the state's court or
police of the country where it happens (`stages/sides.py`, `data/legal_acts.tsv`), and support or aid
vowed "for" someone targets that one; an adverbial gerund is its clause subject's act; a surname two people share
stays with the one introduced first. Every sentence and name is invented; the countries are fictional."""
from __future__ import annotations

import pytest

from eventwire.pipeline import make_article
from eventwire.stages import actors

from .test_events import triples

PEOPLE = {"Ana Vell": "FREGOV", "Bo Tuck": "RURGOV"}


def coded(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return triples(pipeline, text, PEOPLE)


# --- passive legal acts: the court (JUD) or the police (COP) ------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # the place named says whose court or police
    ("Ana Vell was convicted in Ruritania of fraud.", ("116", "RURJUD", "FREGOV")),
    ("Ana Vell was arrested in Ruritania on Monday.", ("173", "RURCOP", "FREGOV")),
    # no place: the one acted upon is tried at home
    ("Ana Vell was convicted of fraud in 2011.", ("116", "FREJUD", "FREGOV")),
    ("Bo Tuck was sentenced to five years in prison.", ("173", "RURJUD", "RURGOV")),
    ("Bo Tuck was detained at his home.", ("173", "RURCOP", "RURGOV")),
    ("Ana Vell was acquitted of all charges.", ("081", "FREJUD", "FREGOV")),
])
def test_a_passive_legal_act_with_no_agent_has_the_state_institution_as_source(pipeline, text, expected) -> None:
    assert coded(pipeline, text)[:1] == [expected]


@pytest.mark.parametrize("text, expected", [
    # an agent, or an active subject, is the source as written: the rule only fills a missing side
    ("Ana Vell was arrested by Ruritania.", ("173", "RUR", "FREGOV")),
    ("Ruritania arrested Ana Vell.", ("173", "RUR", "FREGOV")),
])
def test_a_named_agent_is_kept(pipeline, text, expected) -> None:
    assert coded(pipeline, text)[:1] == [expected]


def test_a_body_named_where_it_happens_is_the_source(pipeline) -> None:
    # an impeachment acquittal is the legislature's, not a court's (whole pipeline: the Senate is an actor)
    article = pipeline(make_article("t", "Both ministers were acquitted in the Chilean Senate.", "2024-01-10"))
    assert [(e.cameo, e.source) for e in article.events] == [("081", "CHLLEG")]


def test_an_act_any_actor_may_do_gets_no_institution(pipeline) -> None:
    # being attacked or criticised says nothing of who did it
    for text in ("Ana Vell was attacked in Ruritania.", "Ana Vell was criticised for the plan."):
        assert all(source is None or source[3:] not in ("JUD", "COP") for _, source, _ in coded(pipeline, text))


def test_no_country_no_institution(pipeline) -> None:
    # a private person of no known country, no place: a court of no known country is nothing to code
    assert coded(pipeline, "Jo Parr was acquitted of all charges.") == []


# --- support or aid vowed for someone: CAMEO 032 / 033 with the one supported as target -----------------------

@pytest.mark.parametrize("text, expected", [
    ("Bo Tuck vowed support for Freedonia.", ("032", "RURGOV", "FRE")),
    ("Freedonia pledged its backing to Ruritania on Tuesday.", ("032", "FRE", "RUR")),
    ("Freedonia promised aid for Ruritania.", ("033", "FRE", "RUR")),
    ("Freedonia pledged military assistance to Ruritania.", ("033", "FRE", "RUR")),
    # support for a policy has no one supported
    ("Freedonia pledged support for the reform.", ("032", "FRE", None)),
])
def test_support_vowed_for_someone_targets_them(pipeline, text, expected) -> None:
    assert coded(pipeline, text)[:1] == [expected]


# --- an adverbial gerund's subject is the clause's ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Freedonia angered Ruritania by expelling its ambassador.",
    "Freedonia shocked everyone in expelling the ambassador of Ruritania.",
])
def test_a_gerund_after_by_or_in_is_done_by_the_clause_subject(pipeline, text) -> None:
    assert [s for code, s, _ in coded(pipeline, text) if code == "166"] == ["FRE"]


def test_a_gerund_after_for_is_not_the_subject_act(pipeline) -> None:
    # "criticised X for expelling": X expelled, not the critic
    found = coded(pipeline, "Ruritania criticised Freedonia for expelling its ambassador.")
    assert not [s for code, s, _ in found if code == "166" and s == "RUR"], found


# --- a surname two people share stays with the one introduced first (actors stage) ---------------------------

def _person_at(pipeline, text: str, word: str, nth: int) -> str | None:
    """The name of the actor with a mention of exactly the nth occurrence of `word`."""
    article = actors.run(pipeline.parse([make_article("t", text, "2024-05-02")])[0], pipeline.knowledge)
    at = -1
    for _ in range(nth + 1):
        at = text.index(word, at + 1)
    return next((a.name for a in article.actors for m in a.mentions if (m.span.start, m.span.end) == (
        at, at + len(word))), None)


def test_a_shared_surname_means_the_person_introduced_first(pipeline) -> None:
    text = "Rosa Vidal visited Lima on Monday. Reporters met her brother Tomas Vidal in Cusco. Vidal criticized the plan."
    assert _person_at(pipeline, text, "Tomas Vidal", 0) == "Tomas Vidal"
    assert _person_at(pipeline, text, "Vidal", 2) == "Rosa Vidal"  # not the nearest full name


def test_a_given_name_still_means_its_own_person(pipeline) -> None:
    text = "Rosa Vidal visited Lima on Monday. Her brother Tomas Vidal stayed home. Tomas defended the plan."
    assert _person_at(pipeline, text, "Tomas", 1) == "Tomas Vidal"
