"""Acts asked for, wanted or described are not acts done (issue 9 item 4, w21irrealis): the complement of an appeal
or a mandative verb, a wished-for state, an act put off, and an evaluative "it is wrong for X to V". The whole
pipeline runs; every sentence and name is invented for these tests (real countries, invented people)."""
from __future__ import annotations

import pytest

from .test_events import affirmed, full_events


def coded(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return affirmed(full_events(pipeline, text))


def flagged(pipeline, text: str) -> list[tuple[str, bool, bool]]:
    return [(e.cameo, e.negated, e.hypothetical) for e in full_events(pipeline, text)]


# --- 1. the act asked for is not done --------------------------------------------------------------------------

@pytest.mark.parametrize("text, asked, absent", [
    # a conjoined infinitive shares the appeal of the first one
    ("The German chancellor urged Russia to withdraw its troops and release the Ukrainian sailors.", "02", "08"),
    ("The Brazilian minister called on Argentina to release the fishermen and apologize.", "02", "05"),
    # the mandative subjunctive: a demand of the clause's subject
    ("Brazil insisted that Argentina release the fishermen.", "10", "08"),
    ("Chile demands Peruvian minister Ana Tell resign over the scandal.", "10", "08"),
])
def test_the_act_asked_for_is_not_done(pipeline, text: str, asked: str, absent: str) -> None:
    found = coded(pipeline, text)
    assert any(cameo[:2] == asked for cameo, _, _ in found)
    assert not any(cameo[:2] == absent for cameo, _, _ in found)


def test_the_subjunctive_demand_has_both_sides(pipeline) -> None:
    assert ("100", "BRA", "ARG") in coded(pipeline, "Brazil insisted that Argentina release the fishermen.")


@pytest.mark.parametrize("text", [
    "“We will win,” Pedro Rojas said in Lima, two hours after news outlets declared him the victor in the primary.",
])
def test_a_small_clause_is_no_subjunctive(pipeline, text: str) -> None:
    # "declared him the victor": an object and its predicate noun, no demand that he be anything
    assert not [c for c, _, _ in coded(pipeline, text) if c[:2] in ("02", "10")]


def test_a_reported_past_is_still_done(pipeline) -> None:
    # the indicative past reports the release; no subjunctive
    found = coded(pipeline, "Brazil said that Argentina released the fishermen.")
    assert not any(cameo[:2] == "10" for cameo, _, _ in found)


def test_conjoined_promises_are_intents(pipeline) -> None:
    # the bare conjunct the parser hangs on "is promising" shares the "to" of the first infinitive
    found = flagged(pipeline, "The Chilean president promised to bomb the camps, close the border and expel "
                              "the Peruvian envoys.")
    assert not any(cameo == "166" and not hypothetical for cameo, _, hypothetical in found)


# --- 2. a wanted state is no act -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Mayor Dan Kell wanted all undocumented Mexican immigrants deported.",
    "Japan would like the American troops withdrawn from Okinawa.",
    "Polish farmers who want the Ukrainian border closed met in Warsaw.",
    "Senator Ana Roe said Americans want the Mexican migrants deported.",
])
def test_a_wanted_state_is_no_act(pipeline, text: str) -> None:
    assert not any(cameo[:2] in ("17", "08", "19") for cameo, _, _ in coded(pipeline, text))


def test_a_seen_participle_stays(pipeline) -> None:
    # perception tells what happened: not a verb of volition
    found = flagged(pipeline, "Witnesses saw Syrian soldiers arrested by Turkish police in Kilis.")
    assert not found or all(not hypothetical for _, _, hypothetical in found)


# --- 3. an act put off is not done ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Mexican government postponed the deportations of Guatemalan migrants.",
    "The Kenyan government deferred the expulsion of the Ugandan diplomats.",
])
def test_an_act_put_off_is_not_done(pipeline, text: str) -> None:
    assert not any(cameo[:2] == "17" for cameo, _, _ in coded(pipeline, text))


# --- 5. "it is wrong for X to V" blames X ------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Kenya said it was wrong for Uganda to expel the diplomats.", ("111", "KEN", "UGA")),
    ("The Polish foreign minister said it is totally inappropriate for Germany to criticise the Czech government.",
     ("111", "POLGOV", "DEU")),
])
def test_an_evaluative_predicate_blames_the_doer(pipeline, text: str, expected) -> None:
    found = coded(pipeline, text)
    assert expected in found
    assert not any(cameo[:2] == "10" for cameo, _, _ in found)


@pytest.mark.parametrize("text", [
    "Kenya said it would be wrong for Uganda to expel the diplomats.",
    "Kenya said it was not wrong for Uganda to expel the diplomats.",
])
def test_a_modal_or_negated_judgement_blames_nobody(pipeline, text: str) -> None:
    assert ("111", "KEN", "UGA") not in coded(pipeline, text)


# --- 1b. a wish about another party, an appeal by petition, advice on a condition -------------------------------

@pytest.mark.parametrize("text", [
    "The French president hoped Italy would expel the Libyan envoys.",
    "The French president wished Italy would expel the Libyan envoys.",
])
def test_a_wish_about_another_party_is_no_intent_of_theirs(pipeline, text: str) -> None:
    assert not any(cameo[:2] in ("13", "16") for cameo, _, _ in coded(pipeline, text))


def test_a_petition_is_an_appeal_not_the_act(pipeline) -> None:
    found = coded(pipeline, "Poland petitioned the European Court to block the Russian pipeline.")
    assert any(cameo[:2] == "02" and source == "POL" for cameo, source, _ in found)
    assert not any(cameo[:2] == "14" for cameo, _, _ in found)


@pytest.mark.parametrize("text", [
    "Marc Dulac said that if voters want safer streets, they should vote for the Peruvian president.",
    "Marc Dulac said that if Peruvians want lower taxes, they want the budget cut, then they should vote for the "
    "Peruvian president.",
])
def test_advice_on_a_condition_is_no_demand(pipeline, text: str) -> None:
    assert not any(cameo == "100" for cameo, _, _ in coded(pipeline, text))


def test_a_named_party_told_what_to_do_on_a_condition_is_still_asked(pipeline) -> None:
    # a conditional demand of a named party is a demand; no intent of the one asked (035) is made up
    found = flagged(pipeline, "Mike Hollis, the former Ohio governor, said House Speaker Ana Tell should resign if "
                              "she can't block the refugees' arrival.")
    assert ("100", False, False) in found and not any(cameo.startswith("03") for cameo, _, _ in found)


def test_an_unconditional_obligation_stays_a_demand(pipeline) -> None:
    assert ("100", "RUS", "SDN") in coded(pipeline, "Russia said Sudan must return the helicopter.")


def test_a_program_putting_off_an_act_is_no_act(pipeline) -> None:
    found = coded(pipeline, "The Kenyan government launched a program deferring deportations of Ugandan migrants.")
    assert not any(cameo[:2] == "17" for cameo, _, _ in found)


def test_pushing_for_an_act_is_an_appeal_for_it(pipeline) -> None:
    found = coded(pipeline, "Canadian activists pushed for the resignation of the Ottawa police chief.")
    assert [cameo for cameo, _, _ in found] == ["020"]  # the resignation asked for is not done


# --- 4. an act both negated and only announced is no event ---------------------------------------------------------

def test_an_announced_act_not_to_be_done_is_no_event(pipeline) -> None:
    found = flagged(pipeline, "Ana Vell announced that the Mexican interior ministry would not prosecute Tomas Rell.")
    assert not any(negated and hypothetical for _, negated, hypothetical in found)
    assert not any(cameo[:2] == "17" for cameo, _, _ in found)


def test_a_refusal_keeps_its_code(pipeline) -> None:
    # a negated future with a refusal code for its root stays the refusal ("would not provide aid": 12x)
    found = coded(pipeline, "The Japanese government said it would not provide aid to North Korea.")
    assert any(cameo[:2] == "12" for cameo, _, _ in found)


@pytest.mark.parametrize("text, expected", [
    # a verb of asking or advising with the subjunctive appeals (02); one of demanding demands (10)
    ("The Kenyan government proposed that Uganda hold talks in Nairobi.", ("020", "KENGOV", "UGA")),
    ("Brazil insisted that Argentina release the fishermen.", ("100", "BRA", "ARG")),
])
def test_the_subjunctive_appeals_or_demands_by_its_verb(pipeline, text: str, expected) -> None:
    assert expected in coded(pipeline, text)


def test_a_let_clause_is_no_subjunctive(pipeline) -> None:
    found = coded(pipeline, '"We are letting Syrian refugees come in from Turkey," Senator Ana Roe said.')
    assert not any(cameo[:2] in ("02", "10") for cameo, _, _ in found)
