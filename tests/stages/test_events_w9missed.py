"""Kinds of act missed on real news (issue 9, w9missed): tributes and eulogies (051), blame of an act of state
aimed at its maker, legal acts told in passing in a relative clause or a participle, the easing of restrictions
(081), a target named by an apposition, and acts in clauses of contrast or concession. Every sentence and name
is invented; the countries are fictional."""
from __future__ import annotations

import pytest

from eventwire import Place, Span

from .test_events import code, triples

PEOPLE = {"Ana Vell": "FREGOV", "Bo Tuck": "RURGOV", "the Ruritanian parliament": "RURLEG"}


# --- tributes and eulogies: praise of the one honoured (CAMEO 051, PETRARCH ACCLAIM) ---------------------------

@pytest.mark.parametrize("text", [
    "Ana Vell paid tribute to Bo Tuck on Monday.",
    "Senator Ana Vell paid tribute to the late governor Bo Tuck.",
    "Ana Vell paid her respects to Bo Tuck at the funeral.",
    "Ana Vell saluted Bo Tuck at a ceremony in Zenda.",
    "Ana Vell eulogized Bo Tuck.",
    # a verb of remembrance with "as" names what the one remembered was, as "call" does
    "Ana Vell remembered Bo Tuck as a champion of civil rights.",
    "Ana Vell mourned Bo Tuck as a tireless advocate for the poor.",
    "Ana Vell said Bo Tuck was a tireless advocate for the poor.",
])
def test_a_tribute_praises_the_one_honoured(pipeline, text) -> None:
    assert ("051", "FREGOV", "RURGOV") in triples(pipeline, text, PEOPLE)


@pytest.mark.parametrize("text", [
    "Ana Vell saluted the agreement.",  # no party saluted
    "Ana Vell paid tribute at the memorial.",  # a symbolic act (PETRARCH 017), which PLOVER does not code
    "Ana Vell remembered Bo Tuck.",  # remembering alone says nothing of praise
    "Ana Vell remembered the day as a disaster.",  # no party blamed
])
def test_no_party_or_no_verdict_no_praise(pipeline, text) -> None:
    assert not [t for t in triples(pipeline, text, PEOPLE) if t[0] in ("051", "111")]


def test_calling_with_the_object_read_as_a_dative(pipeline) -> None:
    # en_core_web_sm reads "calling him a champion" as a dative and a predicate; "him" stands for a party in
    # context (no actors stage here to resolve it)
    # (w11speech: "mourned Bo Tuck" is itself praise of him now, so the calling stands alone here)
    text = "Ana Vell spoke at the funeral, calling him a champion of the poor."
    assert ("051", "FREGOV", None) in triples(pipeline, text, PEOPLE)
    assert ("051", "FREGOV", "RURGOV") in triples(pipeline, "Ana Vell mourned Bo Tuck, calling him a champion.", PEOPLE)


# --- blame of an act of state targets its maker ---------------------------------------------------------

def test_the_maker_named_by_agent_is_the_target(pipeline) -> None:
    assert triples(pipeline, "Ana Vell criticised the new law passed by the Ruritanian parliament.", PEOPLE) == [
        ("111", "FREGOV", "RURLEG")]


def _story_in_ruritania(text: str) -> tuple[Place, ...]:
    at = text.index("Zenda")
    return tuple(Place(f"p{i}", Span(at, at + 5), "Zenda", "RUR", 1.0, 2.0, None, "city") for i in range(3))


@pytest.mark.parametrize("text, target", [
    ("Ana Vell slammed the bill. Lawmakers met in Zenda.", "RURLEG"),
    ("Ana Vell criticised the verdict. Judges met in Zenda.", "RURJUD"),
    ("Ana Vell condemned the decree. Ministers met in Zenda.", "RURGOV"),
])
def test_an_act_of_state_with_no_maker_named_is_the_story_countrys(pipeline, text, target) -> None:
    article, _ = code(pipeline, text, places=_story_in_ruritania(text), extra=PEOPLE)
    assert [e.target for e in article.events if e.cameo in ("051", "111")] == [target]


def test_no_story_country_no_maker(pipeline) -> None:
    assert triples(pipeline, "Ana Vell slammed the bill.", PEOPLE) == [("111", "FREGOV", None)]


# --- legal acts told in passing -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Bo Tuck, who was convicted of fraud in 2012, met Ana Vell on Monday.", ("116", "RURJUD", "RURGOV")),
    ("Bo Tuck, sentenced to ten years last year, met Ana Vell on Monday.", ("173", "RURJUD", "RURGOV")),
    ("Bo Tuck, who was arrested in Freedonia last year, met Ana Vell.", ("173", "FRECOP", "RURGOV")),
])
def test_a_legal_act_in_a_relative_clause_or_participle_is_coded(pipeline, text, expected) -> None:
    found = triples(pipeline, text, PEOPLE)
    assert expected in found and ("040", "RURGOV", "FREGOV") in found


@pytest.mark.parametrize("text", [
    "Freedonia released Bo Tuck, who was jailed in March.",
    "Freedonia deported Bo Tuck, who was arrested last week.",
])
def test_a_state_acting_on_one_held_is_the_holder(pipeline, text) -> None:
    # the state that frees or deports someone held them, whatever the person's own country
    found = triples(pipeline, text, PEOPLE)
    assert [t for t in found if t[0] == "173" and t[1][:3] == "FRE" and t[2] == "RURGOV"]
    assert not [t for t in found if t[0] == "173" and t[1][:3] == "RUR"]


def test_other_relative_clauses_stay_background(pipeline) -> None:
    # an act any actor may do, told in passing, is still background to the main act
    text = "Bo Tuck, who was praised by Ana Vell, met Freedonia."
    assert triples(pipeline, text, PEOPLE) == [("040", "RURGOV", "FRE")]


# --- easing restrictions (CAMEO 081, PETRARCH RELAX * RULES, LIFT * RESTRICTION) ------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Ruritania relaxed its travel ban.", ("081", "RUR", None)),
    ("Ruritania scrapped the restrictions on public gatherings.", ("081", "RUR", None)),
    ("Ruritania eased the lockdown on Monday.", ("0813", "RUR", None)),
    ("Ruritania lifted its state of emergency.", ("0814", "RUR", None)),
])
def test_easing_restrictions(pipeline, text, expected) -> None:
    assert triples(pipeline, text, PEOPLE) == [expected]


# --- a target named by an apposition -------------------------------------------------------------------------------

def test_an_apposition_names_the_target(pipeline) -> None:
    # the possessor ("her") is not the one endorsed
    text = "Bo Tuck endorsed her former rival, Ana Vell, on Monday."
    assert triples(pipeline, text, PEOPLE) == [("051", "RURGOV", "FREGOV")]


# --- clauses of contrast and concession assert their act ---------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("While Ruritania attacked Freedonia, Sylvania criticised Ana Vell.", ("190", "RUR", "FRE")),
    ("Although Ruritania criticised Freedonia, it met Sylvania.", ("111", "RUR", "FRE")),
    ("Whereas Ruritanian troops attacked Freedonia, Sylvania criticised Ana Vell.", ("190", "RUR", "FRE")),
])
def test_an_act_in_a_clause_of_contrast_is_coded(pipeline, text, expected) -> None:
    assert expected in triples(pipeline, text, PEOPLE)


@pytest.mark.parametrize("text", [
    "After Ruritania attacked Freedonia, Sylvania criticised Ana Vell.",  # background
    "If Ruritania attacks Freedonia, Sylvania will criticise Ana Vell.",  # a condition
    "As Ruritania attacked Freedonia, Sylvania criticised Ana Vell.",  # "as": as often a cause or an aside
])
def test_background_and_conditions_stay_secondary(pipeline, text) -> None:
    assert [t for t in triples(pipeline, text, PEOPLE) if t[0] == "190"] == []

