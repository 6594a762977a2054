"""The clause an act sits in (`stages/events/clauses.py`), on sentences written for these tests."""
from __future__ import annotations

import pytest

from eventwire.stages.events import clauses

from ..test_syntax import _word, parse  # noqa: F401 (parse is a fixture)


@pytest.fixture(scope="module")
def cues(pipeline):
    return pipeline.knowledge.cues


def test_subjunctive_and_modal_clauses_are_irrealis(parse) -> None:
    assert clauses.irrealis(_word(parse("Ruritania demanded that Freedonia provide the documents."), "provide"))
    assert clauses.irrealis(_word(parse("Valdoria promised it would help the refugees."), "help"))


def test_a_clause_told_as_fact_is_not_irrealis(parse) -> None:
    assert not clauses.irrealis(_word(parse("The ministry said that Sylvania was shipping arms."), "shipping"))
    assert not clauses.irrealis(_word(parse("The mayor said the guards had sent the letters."), "sent"))


def test_future_auxiliaries(parse) -> None:
    assert clauses.has_future(_word(parse("Officials said they will return the ship."), "return"))
    assert not clauses.has_future(_word(parse("Officials said they returned the ship."), "returned"))
    assert not clauses.has_future(_word(parse("Officials said they must return the ship."), "return"))


def test_speech_verbs_report_and_wants_do_not(parse, cues) -> None:
    assert clauses.reports(_word(parse("The envoy said the border was closed."), "said"), cues)
    assert not clauses.reports(_word(parse("The envoy wants the border closed."), "wants"), cues)
    assert not clauses.reports(_word(parse("The envoy closed the border."), "closed"), cues)


def test_cue_above_finds_the_speech_verb_over_a_that_clause(parse, cues) -> None:
    doc = parse("The minister said that Freedonian troops attacked the border post.")
    assert clauses.cue_above(_word(doc, "attacked"), cues).i == _word(doc, "said").i
    doc = parse("Freedonian troops attacked the border post after the talks failed.")
    assert clauses.cue_above(_word(doc, "attacked"), cues) is None


def test_content_before_its_reporting_verb_is_postposed(parse) -> None:
    assert clauses.postposed(_word(parse("Sylvania will leave the talks, an official said."), "leave"))
    assert not clauses.postposed(_word(parse("An official said Sylvania will leave the talks."), "leave"))


def test_noun_complement_of_an_infinitive_and_a_gerund(parse) -> None:
    doc = parse("Brumia has the right to strike back at Tarsk.")
    assert clauses.noun_complement(_word(doc, "strike")).lower_ == "right"
    doc = parse("Brumia keeps a policy of not negotiating with rebels.")
    assert clauses.noun_complement(_word(doc, "negotiating")).lower_ == "policy"
    doc = parse("Brumia decided to strike back at Tarsk.")
    assert clauses.noun_complement(_word(doc, "strike")) is None


def test_generic_object_is_quantified_or_in_all_its_forms(parse) -> None:
    assert clauses.generic_object(_word(parse("Brumia condemns any form of violence."), "condemns"))
    assert clauses.generic_object(_word(parse("Brumia rejects all terrorism."), "rejects"))
    assert clauses.generic_object(_word(parse("Brumia condemns violence in all its forms."), "condemns"))
    assert not clauses.generic_object(_word(parse("Brumia condemned the attack on Tarsk."), "condemned"))
    assert not clauses.generic_object(_word(parse("Brumia condemned all the attacks on Tarsk."), "condemned"))


def test_permission_is_an_agentless_passive_with_an_infinitive(parse) -> None:
    assert clauses.permission(_word(parse("Women were not allowed to play in Tarsk."), "allowed"))
    assert not clauses.permission(_word(parse("Women were allowed by the court to play."), "allowed"))
    assert not clauses.permission(_word(parse("Brumia allowed the trucks to cross."), "allowed"))


def test_by_means_finds_the_verb_of_using(parse) -> None:
    doc = parse("Marr used Instagram to thank the mayor of Tarsk.")
    assert clauses.by_means(_word(doc, "thank"), frozenset({"use"})).lower_ == "used"
    doc = parse("Marr went to Tarsk to thank the mayor.")
    assert clauses.by_means(_word(doc, "thank"), frozenset({"use"})) is None


def test_disposition_adverbs(parse) -> None:
    assert clauses.disposition(_word(parse("Brumia has always supported Tarsk."), "supported"))
    assert not clauses.disposition(_word(parse("Brumia has repeatedly criticized Tarsk."), "criticized"))


@pytest.mark.parametrize("text, word", [
    ("Freedonia and Ruritania are to meet next week.", "meet"),
    ("Valdoria is to impose sanctions on Sylvania.", "impose"),
    ("Valdoria will impose sanctions on Sylvania.", "impose"),
])
def test_be_to_and_will_tell_an_act_yet_to_come(parse, text: str, word: str) -> None:
    assert clauses.has_future(_word(parse(text), word))


@pytest.mark.parametrize("text, word", [
    ("Valdoria imposed sanctions on Sylvania.", "imposed"),
    ("Valdoria wants to impose sanctions on Sylvania.", "impose"),
])
def test_a_done_or_wanted_act_is_not_told_as_future(parse, text: str, word: str) -> None:
    assert not clauses.has_future(_word(parse(text), word))


@pytest.mark.parametrize("text, word", [
    ("The aim is to meet Sylvania.", "meet"),
    ("The drilling is only to protect Valdorian interests.", "protect"),
])
def test_be_to_of_a_purpose_or_an_activity_is_no_plan(parse, text: str, word: str) -> None:
    assert not clauses.scheduled(_word(parse(text), word))


# --- w17wrong: acts told as only possible or required ---------------------------------------------------------

@pytest.mark.parametrize("text, word, modal", [
    ("The treaty must be signed by the president of Valdoria.", "signed", "must"),
    ("Somebody could get shot by the guards.", "shot", "could"),
    ("The accord has to be approved by the Sylvanian senate.", "approved", "have"),
    ("The ministers need to sign the accord.", "sign", "need"),
    ("Perhaps Valdorian soldiers attacked the convoy.", "attacked", "perhaps"),
    ("It is unlikely that Valdoria will sign the accord.", "sign", "unlikely"),
])
def test_acts_told_as_only_possible(parse, text: str, word: str, modal: str) -> None:
    assert clauses.only_possible(_word(parse(text), word)) == modal


@pytest.mark.parametrize("text, word", [
    ("Valdoria signed the accord with Sylvania.", "signed"),
    ("Valdoria will sign the accord with Sylvania.", "sign"),  # announced: `has_future`'s
    ("The Valdorian army had to withdraw from the town.", "withdraw"),  # a past necessity, then done
])
def test_acts_told_as_done_or_announced_are_not_only_possible(parse, text: str, word: str) -> None:
    assert clauses.only_possible(_word(parse(text), word)) is None


# --- w19sub: gerunds of time, "without", the subjunctive passive ---------------------------------------------

def test_the_subjunctive_passive_is_irrealis(parse) -> None:
    assert clauses.irrealis(_word(parse("Chile demanded that the prisoners be released."), "released"))
    assert not clauses.irrealis(_word(parse("Chile said that the prisoners were released."), "released"))


def test_a_gerund_of_time_names_its_clause(parse) -> None:
    doc = parse("After rejecting the ruling, the Chilean government expelled the envoy.")
    assert clauses.time_gerund(_word(doc, "rejecting")).i == _word(doc, "expelled").i
    doc = parse("The Chilean army attacked the rebels by shelling their camps.")
    assert clauses.time_gerund(_word(doc, "shelling")) is None  # a means, not a second act


@pytest.mark.parametrize("text, gerund, untold", [
    ("After rejecting the ruling, the Chilean government expelled the envoy.", "rejecting", False),
    ("Chile will expel the envoy after rejecting the ruling.", "rejecting", True),
    ("Chile did not expel the envoy after rejecting the ruling.", "rejecting", True),
    ("The Chilean navy seized the boats without warning Peru.", "warning", True),
])
def test_a_gerund_is_as_real_as_its_clause(parse, text: str, gerund: str, untold: bool) -> None:
    assert clauses.untold(_word(parse(text), gerund)) is untold


# --- w20campaign: stances that describe a person, gerunds of means ---------------------------------------------

@pytest.mark.parametrize("text, word, participle, described", [
    ("A voter who supports the senator spoke.", "supports", False, True),
    ("Activists who were opposed to the senator spoke.", "opposed", False, True),
    ("Progressives backing the senator spoke.", "backing", True, True),
    ("Progressives backing the senator spoke.", "backing", False, False),
    ("A union that has endorsed the senator spoke.", "endorsed", False, False),
    ("A voter who endorsed the senator on Monday spoke.", "endorsed", False, False),
    ("The union endorses the senator.", "endorses", False, False),
])
def test_a_stance_in_a_relative_clause_describes(parse, text: str, word: str, participle: bool,
                                                 described: bool) -> None:
    assert clauses.described_stance(_word(parse(text), word), participle) is described


def test_a_gerund_of_means_is_as_real_as_its_clause(parse) -> None:
    assert clauses.untold(_word(parse("By offering Vell the post, Marsh would win the race."), "offering"))
    assert not clauses.untold(_word(parse("By offering Vell the post, Marsh won the race."), "offering"))


@pytest.mark.parametrize("text, word, told", [
    ("The reporter met the Guild, a union that endorsed Vell.", "endorsed", True),
    ("The reporter met the Mexican Nurses Guild, which has broken away from other groups and endorsed the Peruvian "
     "president.", "endorsed", True),
    ("The reporter met a union that endorsed Vell.", "endorsed", False),
])
def test_a_relative_clause_in_an_apposition_is_an_aside(parse, text: str, word: str, told: bool) -> None:
    assert clauses.aside(_word(parse(text), word)) is told


@pytest.mark.parametrize("text", ["I\u2019m going to help Ted.", "We\u2019re going to help Ted.", "I'm going to help Ted."])
def test_going_to_with_a_typographic_apostrophe(parse, text: str) -> None:
    assert clauses.going_to(_word(parse(text), "help"))
