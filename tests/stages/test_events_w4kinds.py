"""Kinds of wrong event seen on real news (issue 9, wave 4): proposals coded as agreement, questions coded as
acts, intransitive "return" coded as returning property, campaign rallies coded as protests, and verbal attacks
coded as force. Every sentence and name is invented; the countries are fictional."""
from __future__ import annotations

import pytest

from .test_events import triples

PEOPLE = {"Ana Vell": "FREGOV", "Bo Tuck": "RURGOV", "Ilse Marrow": "FREOPP", "Liberal Union": "FREPTY"}


def coded(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return triples(pipeline, text, PEOPLE)


# --- proposals: PETRARCH-2's SUGGEST block [020], with its object rows -------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Freedonia proposed a ceasefire to Ruritania.", ("0256", "FRE", "RUR")),
    ("Freedonia proposed a summit with Ruritania.", ("026", "FRE", "RUR")),
    ("Freedonia proposed talks with Ruritania on Monday.", ("036", "FRE", "RUR")),
    ("Freedonia proposed sweeping reforms.", ("024", "FRE", None)),
    ("Freedonia proposed that Ruritania withdraw its troops.", ("020", "FRE", "RUR")),
    ("Freedonia proposed to Ruritania that the two sides meet in May.", ("020", "FRE", "RUR")),
])
def test_a_proposal_is_an_appeal_or_what_the_dictionary_codes(pipeline, text: str, expected) -> None:
    found = coded(pipeline, text)
    assert found[:1] == [expected], found


@pytest.mark.parametrize("text", [
    "Ana Vell proposed a bill to raise the minimum wage.",
    "The Freedonian government proposed changes to the tax law.",
    "Ilse Marrow proposed an amendment to the constitution.",
    "Ana Vell proposed a plan to cut taxes.",
    "The proposed changes would lower taxes.",
    # what the proposal would do is not done either
    "The Freedonian government proposed an amendment to a law to allow Ruritania to extradite suspects.",
    "Freedonia sought a ruling to stop Ruritania from releasing the files.",
])
def test_a_proposal_with_nobody_to_appeal_to_is_no_event(pipeline, text: str) -> None:
    assert coded(pipeline, text) == []


@pytest.mark.parametrize("text, expected", [
    # the other verbs of the SUGGEST block: an appeal to the one advised, and what is urged is not done
    ("Freedonia advised Ruritania to withdraw its troops.", [("025", "FRE", "RUR")]),
    ("Freedonia recommended that Ruritania lift the sanctions.", [("020", "FRE", "RUR")]),
    ("Freedonia suggested talks with Ruritania.", [("036", "FRE", "RUR")]),
    ("Freedonia suggested a ceasefire to Ruritania.", [("0256", "FRE", "RUR")]),
    # a suggestion that something happened stays a claim (PETRARCH's SAY transformation: 112)
    ("Freedonia suggested that Ruritania had attacked the border post.", [("112", "FRE", "RUR")]),
    ("Freedonia suggested that the economy would grow.", []),
])
def test_advising_recommending_suggesting(pipeline, text: str, expected) -> None:
    assert coded(pipeline, text) == expected


# --- questions ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Why should voters support Ana Vell?",
    "Will Freedonia attack Ruritania again?",
    "Do you think Freedonia attacked Ruritania?",
    "\"Why did Ruritania expel our diplomats?\" Ana Vell asked.",
])
def test_a_direct_question_asserts_no_act(pipeline, text: str) -> None:
    assert coded(pipeline, text) == []


@pytest.mark.parametrize("text", [
    "Freedonia asked Ruritania whether it would withdraw its troops.",
    "A reporter asked Ana Vell if she would support Bo Tuck.",
    "Bo Tuck asked Ana Vell how she would pay for the new army.",
    "Freedonia asked Ruritania about the border.",
])
def test_asking_a_question_is_no_appeal(pipeline, text: str) -> None:
    # CAMEO 020 is an appeal for action or aid: a question asks for words; what it asks about is not asserted
    assert coded(pipeline, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Freedonia asked Ruritania to withdraw its troops.", ("025", "FRE", "RUR")),
    ("Freedonia asked Ruritania for military aid.", ("023", "FRE", "RUR")),
    ("Freedonia asked for humanitarian aid.", ("023", "FRE", None)),
])
def test_asking_for_an_act_or_a_thing_is_still_an_appeal(pipeline, text: str, expected) -> None:
    assert coded(pipeline, text)[:1] == [expected]


@pytest.mark.parametrize("text", [
    "Ana Vell posted on Twitter asking for places to eat in Ruritania.",
    "When asked to explain the payments, Bo Tuck said nothing.",
])
def test_asking_nobody_or_being_asked_is_no_appeal(pipeline, text: str) -> None:
    assert [c for c in coded(pipeline, text) if c[0][:2] == "02"] == []


def test_a_statement_beside_a_question_keeps_its_event(pipeline) -> None:
    # the question is its own clause; the act told in the next sentence is reported
    found = coded(pipeline, "What happens next? Freedonia expelled the Ruritanian ambassador on Monday.")
    assert found == [("166", "FRE", "RUR")], found


# --- return: PETRARCH's RETURN block has no default code ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Freedonian film festival returned in May.",
    "Ana Vell returned to the campaign trail on Monday.",
    "Ana Vell returned home after the vote.",
    "Bo Tuck returned to Ruritania's parliament after a year.",
    # bringing one's people home yields nothing to anyone (0841 returns or releases captives)
    "The flight was part of a Freedonian mission to return stranded citizens.",
    "Freedonia returned its nationals from Ruritania by ship.",
])
def test_returning_with_nothing_returned_is_no_event(pipeline, text: str) -> None:
    assert coded(pipeline, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Freedonia returned the disputed islands to Ruritania.", ("0842", "FRE", "RUR")),
    ("The seized tankers were returned to Ruritania by Freedonia.", ("0842", "FRE", "RUR")),
    ("Freedonia returned the prisoners to Ruritania.", ("0841", "FRE", "RUR")),
    ("Freedonian troops returned fire at Ruritanian positions.", ("190", "FRE", "RUR")),
])
def test_returning_something_or_someone(pipeline, text: str, expected) -> None:
    assert coded(pipeline, text)[:1] == [expected]


# --- rallies: a protest only for or against a cause (PLOVER PROTEST) -------------------------------------------

@pytest.mark.parametrize("text", [
    "Ana Vell held a rally in the Freedonian capital.",
    "The Liberal Union held campaign rallies across Freedonia.",
    "Ilse Marrow staged a rally for her supporters in Freedonia.",
])
def test_a_campaign_rally_is_no_protest(pipeline, text: str) -> None:
    assert [c for c in coded(pipeline, text) if c[0][:2] == "14"] == []


def test_rallying_behind_a_candidate_is_support_not_protest(pipeline) -> None:
    # CAMEO 053 rally support on behalf of; rallying one's own supporters is campaigning
    assert coded(pipeline, "Freedonian voters rallied behind Ana Vell.") == [("053", "FRE", "FREGOV")]
    assert coded(pipeline, "Ana Vell rallied her supporters in the Freedonian capital.") == []
    assert [c[:2] for c in coded(pipeline, "Freedonian students rallied against the war.")] == [("141", "FRE")]


@pytest.mark.parametrize("text", [
    "Freedonian students held a rally against the war.",
    "Freedonian students staged an anti-war rally in the capital.",
    "Freedonian students held a protest rally outside parliament.",
    "Freedonian students held a protest in the capital.",
])
def test_a_rally_against_something_is_a_protest(pipeline, text: str) -> None:
    assert [c[:2] for c in coded(pipeline, text)][:1] == [("141", "FRE")]


# --- verbal attacks: criticism (111), not force (190) -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ana Vell attacked Bo Tuck as a coward.",
    "Ana Vell attacked Bo Tuck over the corruption scandal.",
    "Ana Vell attacked Bo Tuck on Twitter.",
    "Ana Vell attacked Bo Tuck in a speech on Monday.",
    "Ana Vell attacked the Liberal Union on television.",
])
def test_an_attack_in_words_is_criticism(pipeline, text: str) -> None:
    found = coded(pipeline, text)
    assert [c[0] for c in found][:1] == ["111"], found
    assert found[0][1] == "FREGOV"


@pytest.mark.parametrize("text", [
    "Freedonia attacked Ruritania with missiles.",
    "Freedonian troops attacked Ruritania as part of an offensive.",
    "Freedonian jets attacked Ruritania in retaliation.",
])
def test_an_attack_with_force_stays_force(pipeline, text: str) -> None:
    assert [c[0] for c in coded(pipeline, text)][:1] == ["190"]
