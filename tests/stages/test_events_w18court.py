"""Courts, rulings, suits and confessions (issue 9, w18court). Every sentence and person is invented; Chile and Peru
are real only because the whole pipeline must code them."""
from __future__ import annotations

import pytest

from .test_events_w16verdict import _events  # (cameo, source, target, hypothetical) of the affirmed events


# --- rulings that an act is unlawful: PLOVER SANCTION "convict" ("guilty, unconstitutional, or liable"), CAMEO 116
@pytest.mark.parametrize("text", [
    "Judge Ana Vell ruled that the Chilean government's curfew was unconstitutional.",
    "A Chilean court ruled the Chilean government's curfew unlawful.",
    "The Supreme Court of Chile found the Chilean government's curfew to be unlawful.",
    "The Supreme Court of Chile declared that the Chilean government's curfew was illegal.",
    "The Supreme Court of Chile declared the Chilean government's curfew null and void.",
])
def test_a_court_finding_an_act_unlawful_finds_against_its_owner(pipeline, text) -> None:
    found = _events(pipeline, text)
    assert [e for e in found if e[0] == "116" and e[1].endswith("JUD") and e[2] == "CHLGOV"]
    assert not [e for e in found if e[0][:3] in ("111", "112")]  # a finding, not the blame of a speaker


@pytest.mark.parametrize("text", [
    "The Chilean foreign minister declared that the Peruvian government's curfew was illegal.",  # a speaker's charge
    "Judge Ana Vell ruled that the Chilean government's curfew was not unconstitutional.",
    "Judge Ana Vell did not rule that the Chilean government's curfew was unconstitutional.",
    "Judge Ana Vell ruled that the Chilean government's curfew was lawful.",
])
def test_no_finding_by_a_court_is_no_116(pipeline, text) -> None:
    assert not [e for e in _events(pipeline, text) if e[0] == "116"]


def test_a_relative_clause_ruling_names_the_act_it_is_about(pipeline) -> None:
    text = "The Chilean government's curfew, which Judge Ana Vell later ruled to be unconstitutional, ended in May."
    assert [e for e in _events(pipeline, text) if e[0] == "116" and e[2] == "CHLGOV"]


def test_a_court_blocking_an_order_sets_it_aside(pipeline) -> None:
    # not "block" (144), which obstructs passage: PETRARCH OVERRULE [120], as "struck down"
    found = _events(pipeline, "A federal judge in Chile blocked the Chilean president's order.")
    assert [e for e in found if e[0] == "120" and e[2] == "CHLGOV"]
    assert not [e for e in found if e[0] == "144"]


def test_a_ruling_against_a_party_told_as_a_noun(pipeline) -> None:
    found = _events(pipeline, "A Chilean court issued a ruling against the Peruvian government on Monday.")
    assert ("120", "CHLJUD", "PERGOV", False) in found


def test_a_ruling_against_no_party_is_none(pipeline) -> None:
    assert not [e for e in _events(pipeline, "A Chilean court issued a ruling against the merger.") if e[0] == "120"]


# --- convictions set aside: PETRARCH ACQUIT [081], to the one convicted, never a rejection (120) of them
@pytest.mark.parametrize("text", [
    "The Supreme Court of Chile overturned the convictions of two Peruvian activists.",
    "The Supreme Court of Chile reversed the conviction of two Peruvian activists.",
    "The Supreme Court of Chile quashed the sentences of two Peruvian activists.",
])
def test_a_conviction_set_aside_eases_the_sanction_on_the_convicted(pipeline, text) -> None:
    found = _events(pipeline, text)
    assert [e for e in found if e[0] == "081" and e[1] == "CHLJUD" and e[2].startswith("PER")]
    assert not [e for e in found if e[0] in ("120", "190")]


def test_a_law_overturned_stays_a_rejection(pipeline) -> None:
    found = _events(pipeline, "The Supreme Court of Chile overturned the Peruvian government's ban.")
    assert [e for e in found if e[0] == "120" and e[2] == "PERGOV"]


# --- suits told as nouns with their plaintiff in a participle's "by" agent (CAMEO 115)
def test_a_suit_filed_by_a_party_against_another(pipeline) -> None:
    found = _events(pipeline, "A suit filed by Peru against the Chilean government was dismissed on Monday.")
    assert ("115", "PER", "CHLGOV", False) in found


def test_a_court_rejecting_a_suit_rejects_its_plaintiff(pipeline) -> None:
    found = _events(pipeline, "The Supreme Court of Chile rejected a lawsuit filed by the Peruvian government.")
    assert ("120", "CHLJUD", "PERGOV", False) in found


# --- confessions: the act confessed is the confessor's, told as fact (PETRARCH ADMIT * ATTACKS [190])
@pytest.mark.parametrize("text", [
    "Marco Dorn, a Chilean soldier, confessed to killing a Peruvian journalist.",
    "Marco Dorn, a Chilean soldier, admitted killing a Peruvian journalist.",
    "Marco Dorn, a Chilean soldier, admitted to killing a Peruvian journalist.",
])
def test_the_act_confessed_is_the_confessors(pipeline, text) -> None:
    assert ("190", "CHLMIL", "PERMED", False) in _events(pipeline, text)


@pytest.mark.parametrize("text", [
    "Marco Dorn, a Chilean soldier, did not confess to killing a Peruvian journalist.",
    "Marco Dorn, a Chilean soldier, denied killing a Peruvian journalist.",
])
def test_no_confession_establishes_no_act(pipeline, text) -> None:
    assert not [e for e in _events(pipeline, text) if e[0][:2] in ("18", "19")]


# --- a refusal that names nothing refused answers the request just made of its subject (CAMEO 120)
@pytest.mark.parametrize("text", [
    "The Chilean government asked Judge Ana Vell to delay her ruling. Vell declined.",
    "The Chilean government asked Judge Ana Vell to delay her ruling, but she refused.",
    "The Chilean government asked Judge Ana Vell to stay the order. On Monday, Vell refused to stay the order.",
])
def test_a_bare_refusal_rejects_the_request_made_of_its_subject(pipeline, text) -> None:
    found = _events(pipeline, text)
    assert ("020", "CHLGOV", "---JUD", False) in found
    assert ("120", "---JUD", "CHLGOV", False) in found


@pytest.mark.parametrize("text", [
    "Reporters from the Gazette asked Ana Vell, a Chilean judge, to talk about the case. She declined to comment.",
    "The Chilean government asked Judge Ana Vell to delay her ruling. Judge Marco Dorn declined.",
    "Judge Ana Vell declined.",
])
def test_a_refusal_of_no_request_made_of_its_subject_is_none(pipeline, text) -> None:
    assert not [e for e in _events(pipeline, text) if e[0] == "120"]


@pytest.mark.parametrize("text", [
    "The Supreme Court of Chile ruled that the Peruvian government had violated the treaty.",
    "The Supreme Court of Chile found that the Peruvian government had breached the treaty.",
])
def test_a_court_finding_that_a_party_broke_the_law_finds_against_it(pipeline, text) -> None:
    assert ("116", "CHLJUD", "PERGOV", False) in _events(pipeline, text)


def test_a_ruling_that_a_party_did_not_break_the_law_is_none(pipeline) -> None:
    text = "The Supreme Court of Chile ruled that the Peruvian government had not violated the treaty."
    assert not [e for e in _events(pipeline, text) if e[0] == "116"]


def test_a_conviction_upheld_is_imposed_again(pipeline) -> None:
    # PETRARCH CONFIRM: COURT * SENTENCE [173]
    found = _events(pipeline, "The Supreme Court of Chile upheld the conviction of Peruvian activist Marco Dorn.")
    assert ("173", "CHLJUD", "PEROPP", False) in found


def test_a_legal_act_told_by_a_participle_clause_is_on_the_clauses_subject(pipeline) -> None:
    # "appeared in court, charged with murder": the one charged is the subject, the court the place's
    text = "A Peruvian activist, Marco Dorn, appeared in a Chilean court yesterday, charged with one count of murder."
    found = _events(pipeline, text)
    assert [e for e in found if e[0] == "173" and e[1] == "CHLJUD" and e[2].startswith("PER")]


@pytest.mark.parametrize("text", [
    "The Peruvian Farmers' Union filed a lawsuit over the Chilean government's ban.",
    "A lawsuit by the Peruvian Farmers' Union over the Chilean government's ban was dismissed.",
])
def test_a_suit_over_an_act_is_against_its_owner(pipeline, text) -> None:
    assert [e for e in _events(pipeline, text) if e[0] == "115" and e[2] == "CHLGOV"]


def test_a_suit_over_no_partys_act_is_none(pipeline) -> None:
    assert not [e for e in _events(pipeline, "The Peruvian Farmers' Union filed a lawsuit over the dam.")
                if e[0] == "115"]


@pytest.mark.parametrize("text", [
    "The Chilean appeals court stayed the Peruvian government's order.",
    "The Chilean appeals court placed a stay on the Peruvian government's order.",
])
def test_a_stay_of_an_act_sets_it_aside(pipeline, text) -> None:
    assert [e for e in _events(pipeline, text) if e[0] == "120" and e[1] == "CHLJUD" and e[2] == "PERGOV"]


def test_a_stay_of_no_partys_act_is_none(pipeline) -> None:
    text = "The Chilean Supreme Court granted a stay of execution to Marco Dorn."
    assert not [e for e in _events(pipeline, text) if e[0] == "120"]


@pytest.mark.parametrize("text", [
    "The Peruvian government urged Chile to cut tariffs. Chile's exports declined.",
    "The Peruvian government urged Chile to cut tariffs. Chile declined by a wide margin.",
])
def test_a_fall_is_no_refusal(pipeline, text) -> None:
    assert not [e for e in _events(pipeline, text) if e[0] == "120"]
