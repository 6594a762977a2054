"""Kinds of wrong event seen on real news (issue 9, wave 6): generic verbs coded whatever their object
("released a statement" as RELEASE), reports of an act coded as the speaker's accusation (PETRARCH's SAY
fallback), an international body's declaration coded as emergency rule, and origins ("hails from") coded as
praise. Every sentence and name is invented; the countries are fictional."""
from __future__ import annotations

import pytest

from .test_events import code, triples

PEOPLE = {"Ana Vell": "FREGOV", "Bo Tuck": "RURGOV", "Ilse Marrow": "FREOPP", "Ruritanian": "RUR",
          "Sylvanian": "SYL", "Global Health Agency": "IGOUNOHLH", "Harbour Relief": "NGOHRI",
          "Police": "---COP", "police": "---COP", "Witnesses": "---CVL", "The Zenda Herald": "---MED",
          "rebels": "FREREB", "the army": "FREMIL", "Lea Dorn": "FRELEG", "Freedonian senators": "FRELEG"}


def coded(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return triples(pipeline, text, PEOPLE)


# --- RELEASE: CAMEO 084 releases persons (0841) or property (0842); the object decides ----------------------

@pytest.mark.parametrize("text", [
    "The Freedonian ministry released a statement on Monday.",
    "No cause has been released for the fire by the authorities.",
    "Freedonia released figures showing strong growth.",
    "Ana Vell must release plans for a special election by Friday.",
    "Using data released by the Freedonian navy, the divers found the wreck.",
    "Ana Vell was released from hospital on Tuesday.",
    "The Ruritanian band released an album in 1999.",
    "Ruritania released a video of the ceremony.",
    # the other generic verbs: publishing, issuing, launching, providing, offering words is no act
    "Freedonia published a report on Ruritania.",
    "The Freedonian ministry issued a statement on the talks.",
    "Ruritania launched a new website for tourists.",
    "Freedonia provided details of the plan to reporters.",
    "Ruritania offered no explanation for the delay.",
    "Ana Vell said she would release her tax returns.",
    "Ruritania released the names of the victims.",
    "Bo Tuck offered his view on the election.",
    "Freedonia received a letter from Ruritania.",
    "Ruritania hosted a music festival.",
])
def test_a_generic_verb_with_no_party_or_property_released_is_no_event(pipeline, text: str) -> None:
    assert coded(pipeline, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Ruritania released the detained Freedonian fishermen.", ("0841", "RUR", "FRE")),
    ("Three Sylvanian prisoners were released by Freedonia.", ("0841", "FRE", "SYL")),
    ("Freedonia released the seized Ruritanian tanker.", ("0842", "FRE", "RUR")),
    ("Freedonia released Ana Vell after two weeks.", ("084", "FRE", "FREGOV")),
    ("Ana Vell was released by Ruritania on Tuesday.", ("084", "RUR", "FREGOV")),
    # the object of a reduced passive relative is the noun it modifies (its target is not found yet)
    ("The Freedonian hostages released by Ruritania arrived home.", ("084", "RUR", None)),
    ("Ruritania offered aid to Freedonia.", ("030", "RUR", "FRE")),
])
def test_releasing_persons_or_property_stays(pipeline, text: str, expected) -> None:
    found = coded(pipeline, text)
    assert expected[0] in [f[0] for f in found], found
    (hit,) = [f for f in found if f[0] == expected[0]]
    assert hit[1:] == expected[1:], found


# --- the SAY fallback: an accusation needs an adversary accused; a report keeps the act -----------------------

@pytest.mark.parametrize("text, expected", [
    # police, witnesses, the media report an act: the act is coded, reported by them
    ("Police said Ruritanian soldiers attacked a group of tourists.", ("190", "RUR", None)),
    ("Witnesses said Ruritanian soldiers shot three farmers.", ("190", "RUR", None)),
    ("The Zenda Herald reported that Sylvanian troops shelled a village.", ("194", "SYL", None)),
    # a party telling its own side's act (a toll with nobody named as the attacker is not coded: PLOVER's
    # required actor, w13doer)
    ("Ana Vell said the army killed 20 rebels in the north.", ("190", "FREMIL", "FREREB")),
])
def test_a_reported_act_is_coded_as_itself(pipeline, text: str, expected) -> None:
    article, table = code(pipeline, text, extra=PEOPLE)
    found = [(e.cameo, e.source, e.target) for e in article.events]
    assert "112" not in [f[0] for f in found], found
    (event,) = [e for e in article.events if e.cameo == expected[0]]
    assert (event.source, event.target) == expected[1:] or expected[1] is None and event.target == expected[2]
    assert event.reported_by is not None and table[event.reported_by] in text.split(" said")[0] + text


@pytest.mark.parametrize("text, expected", [
    # a charge between states, a government blaming rebels, an opposition leader blaming the government
    ("Freedonia said Ruritania attacked its border posts.", ("112", "FRE", "RUR")),
    ("Freedonia claimed that Ruritanian troops shelled its villages.", ("112", "FRE", "RUR")),
    ("Ana Vell said the rebels attacked a village.", ("112", "FREGOV", "FREREB")),
    ("Ilse Marrow said the Freedonian government killed protesters.", ("112", "FREOPP", "FRE")),
    # a legislator blaming her own chamber's members still accuses them
    ("Lea Dorn said that Freedonian senators abused their power.", ("112", "FRELEG", "FRELEG")),
])
def test_an_adversary_saying_another_attacked_accuses_it(pipeline, text: str, expected) -> None:
    assert coded(pipeline, text)[:1] == [expected]


def test_police_telling_of_an_attack_with_nobody_named_accuses_nobody(pipeline) -> None:
    article, _ = code(pipeline, "Police said a man attacked a group of tourists in Zenda.", extra=PEOPLE)
    assert [e.cameo for e in article.events if e.cameo == "112"] == []


# --- restrictions: a government on its own territory ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Global Health Agency declared a public health emergency of international concern.",
    "The Global Health Agency declared a state of emergency over the outbreak.",
    "Harbour Relief declared a curfew in its camps.",
    "The Global Health Agency lifted the state of emergency.",
])
def test_an_international_or_private_body_imposes_no_emergency_rule(pipeline, text: str) -> None:
    assert [f for f in coded(pipeline, text) if f[0].startswith(("172", "081"))] == []


@pytest.mark.parametrize("text, expected", [
    ("Freedonia declared a state of emergency in the capital.", ("1724", "FRE")),
    ("Ruritania imposed a curfew on the border towns.", ("1723", "RUR")),
])
def test_a_government_still_imposes_emergency_rule(pipeline, text: str, expected) -> None:
    assert [f[:2] for f in coded(pipeline, text)][:1] == [expected]


# --- origins, showing, voting ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Bo Tuck, who hails from Zenda, is a Ruritanian veteran.",
    "Ana Vell hails from a small town in Freedonia.",
    "Ana Vell comes from Freedonia.",
    "The minister is a native of Ruritania.",
    "Bo Tuck is from Ruritania.",
    "In so ruling, the Ruritanian court demonstrated a shocking ignorance of the law.",
    "Ana Vell demonstrated her resolve in Ruritania.",
])
def test_origins_and_showing_are_no_act(pipeline, text: str) -> None:
    assert coded(pipeline, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Freedonia hailed Ruritania for its help.", ("051", "FRE", "RUR")),
    ("Ilse Marrow demonstrated against Ana Vell.", ("141", "FREOPP", "FREGOV")),
    ("Ana Vell went to Ruritania for talks.", ("042", "FREGOV", "RUR")),
])
def test_the_verbs_other_senses_stay(pipeline, text: str, expected) -> None:
    assert coded(pipeline, text)[:1] == [expected]


# --- PLOVER types the manual names: promised yielding is CONCEDE ---------------------------------------------

@pytest.mark.parametrize("text, plover, cameo", [
    ("Freedonia agreed to lift the sanctions on Ruritania.", "CONCEDE", "085"),
    ("Ruritania agreed to release the Freedonian fishermen.", "CONCEDE", "0841"),
    ("Freedonia released the Ruritanian fishermen.", "RETREAT", "0841"),
    ("Ruritania lifted the sanctions on Freedonia.", "RETREAT", "085"),
    ("Freedonia imposed sanctions on Ruritania.", "SANCTION", "163"),
])
def test_promised_yielding_is_concede_done_yielding_retreat(pipeline, text: str, plover: str, cameo: str) -> None:
    article, _ = code(pipeline, text, extra=PEOPLE)
    assert [(e.event, e.cameo) for e in article.events][:1] == [(plover, cameo)]


# --- hazards that act in a relative clause or a participle: no actor did it -----------------------------------

@pytest.mark.parametrize("text", [
    "Typhoon Haiyan, which killed over 600 Ruritanian fishermen in 2013, hit Freedonia.",
    "Hurricane Dorian made landfall on Tuesday, killing at least 20 Ruritanian sailors.",
    "Storm Ciara, which killed six Ruritanian farmers, moved north.",
])
def test_a_named_hazard_kills_through_a_relative_clause_or_participle(pipeline, text: str) -> None:
    assert [f for f in coded(pipeline, text) if f[0].startswith(("18", "19", "20"))] == []


@pytest.mark.parametrize("text, expected", [
    ("Ruritanian troops entered the town, killing at least 20 Freedonian civilians.", ("190", "RUR", "FRE")),
])
def test_an_actor_still_kills_through_a_relative_clause_or_participle(pipeline, text: str, expected) -> None:
    assert expected in coded(pipeline, text)


@pytest.mark.parametrize("text", [
    "Freedonian airlines offer flights to Ruritanian cities.",
    "The Ruritanian company offered a discount to Freedonian customers.",
])
def test_selling_is_no_offer_to_cooperate(pipeline, text: str) -> None:
    assert coded(pipeline, text) == []
