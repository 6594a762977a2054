"""Kinds of act that news reports and the events stage once missed or miscoded (issue 9, "uncovered kinds"):
legal acts, administrative restrictions, talking to the press, attending, named hazards, and senses of common
verbs that name no CAMEO act. Every sentence and name is invented; the countries are fictional."""
from __future__ import annotations

import pytest

from .test_events import code, full_events, triples

PEOPLE = {"Tomas Vell": "RURMED", "Ilse Marrow": "RUROPP", "Bo Tuck": "RURLEG", "Ada Lenz": "RURGOV",
          "Pavel Ordo": "FREGOV", "Jon Harker": "SYLOPP"}


def coded(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return triples(pipeline, text, PEOPLE)


# --- legal acts -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # pardons, clemency and commutations ease a legal sanction (CAMEO 081; PLOVER: pardons are CONCEDE)
    ("The Freedonian president pardoned Tomas Vell on Friday.", ("081", "FRE", "RURMED")),
    ("Tomas Vell was pardoned by the Freedonian president.", ("081", "FRE", "RURMED")),
    ("The Freedonian president granted a pardon to Ilse Marrow.", ("081", "FRE", "RUROPP")),
    ("The Freedonian president granted Ilse Marrow a full pardon.", ("081", "FRE", "RUROPP")),
    ("Freedonia granted clemency to Bo Tuck.", ("081", "FRE", "RURLEG")),
    ("Freedonia issued pardons to Ada Lenz and Bo Tuck.", ("081", "FRE", "RURGOV")),
    ("The Freedonian president commuted the prison sentence of Jon Harker.", ("081", "FRE", "SYLOPP")),
    ("A Freedonian court acquitted Tomas Vell.", ("081", "FRE", "RURMED")),
    # found guilty: CAMEO 116, the court or jury as source, the person found guilty as target
    ("Pavel Ordo was found guilty of fraud by a Ruritanian jury.", ("116", "RUR", "FREGOV")),
    ("A Ruritanian jury found Pavel Ordo guilty of fraud.", ("116", "RUR", "FREGOV")),
])
def test_legal_acts(pipeline, text: str, expected: tuple[str, str, str]) -> None:
    found = coded(pipeline, text)
    assert found[:1] == [expected], found


@pytest.mark.parametrize("text", [
    "Bo Tuck pleaded guilty to tax evasion.",
    "Bo Tuck pled guilty to two counts of fraud in a Ruritanian court.",
    "Bo Tuck pleaded not guilty.",
])
def test_a_plea_is_a_statement_not_an_appeal(pipeline, text: str) -> None:
    # an admission (015) or denial (016) of guilt is a public statement: no event, and never 020
    assert coded(pipeline, text) == []


def test_pleading_with_someone_is_still_an_appeal(pipeline) -> None:
    assert coded(pipeline, "Freedonia pleaded with Ruritania to reopen the border.")[0][:2] == ("020", "FRE")


# --- administrative restrictions ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, cameo", [
    ("Freedonia imposed a curfew on Ruritanian towns.", "1723"),
    ("The Freedonian government ordered a lockdown of the capital.", "1723"),
    ("The Freedonian government issued a stay-at-home order.", "1723"),
    ("Freedonia announced a nationwide lockdown.", "1723"),
    ("The Freedonian government extended the curfew until May.", "1723"),
    ("Freedonia placed the capital under lockdown.", "1723"),
    ("The Freedonian government declared a state of emergency.", "1724"),
    ("Freedonia declared martial law on Monday.", "1724"),
    ("Freedonia extended its state of emergency by a month.", "1724"),
    ("Freedonia lifted the curfew.", "0813"),
    ("Freedonia eased the lockdown on Monday.", "0813"),
    ("Freedonia lifted the state of emergency.", "0814"),
    ("Freedonia ended martial law.", "0814"),
])
def test_restrictions_and_their_easing(pipeline, text: str, cameo: str) -> None:
    found = coded(pipeline, text)
    assert [c[:2] for c in found] == [(cameo, "FRE")], found


def test_curfew_on_named_people(pipeline) -> None:
    assert coded(pipeline, "Freedonia imposed a curfew on Ruritania.") == [("1723", "FRE", "RUR")]


def test_other_restrictions_keep_their_codes(pipeline) -> None:
    assert coded(pipeline, "Freedonia lifted the ban on Ruritania.")[0][:2] == ("081", "FRE")


# --- the press ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Freedonian minister discussed the budget with reporters.",
    "The Freedonian minister talked to journalists in the capital.",
    "The Freedonian minister discussed the border with Ruritania in an interview.",
    "The Freedonian minister held a press conference on Monday.",
])
def test_talking_to_the_press_is_no_consultation(pipeline, text: str) -> None:
    assert coded(pipeline, text) == []


def test_consulting_a_party_still_is(pipeline) -> None:
    assert coded(pipeline, "The Freedonian minister discussed the border with Ruritania.") == [
        ("040", "FRE", "RUR")]
    assert coded(pipeline, "Freedonia held talks with Ruritania.") == [("040", "FRE", "RUR")]


# --- attending, and visits ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Freedonian president attended a school in the capital.",
    "The Freedonian president attended the launch of a satellite.",
    "The Freedonian president attended a ceremony.",
])
def test_attending_is_no_visit_without_another_place(pipeline, text: str) -> None:
    assert coded(pipeline, text) == []


def test_attending_a_ceremony_abroad_is_a_visit(pipeline) -> None:
    assert coded(pipeline, "The Freedonian president attended a ceremony in Ruritania.") == [("042", "FRE", "RUR")]


# --- hazards named by proper nouns --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Hurricane Odile killed twelve Ruritanian soldiers.",
    "Ruritanian soldiers were killed by Typhoon Kala.",
    "MERS-CoV-7 has killed hundreds of Ruritanian soldiers.",
    "Cyclone Varda slammed into Ruritania.",
    "Video captured Ruritanian soldiers beating a man.",
])
def test_named_hazards_and_records_are_no_actors(pipeline, text: str) -> None:
    found = coded(pipeline, text)
    assert all(c[1] is not None for c in found), found  # whatever is coded has an actor as its source
    assert not any(c[0][:2] in ("18", "19", "11") and c[1] is None for c in found)


def test_a_named_hazard_kills_nobody_but_an_army_does(pipeline) -> None:
    assert coded(pipeline, "Hurricane Odile killed twelve Ruritanian soldiers.") == []
    assert coded(pipeline, "Freedonian troops killed twelve Ruritanian soldiers.") == [("190", "FRE", "RUR")]


def test_a_storm_the_recogniser_calls_an_organisation_is_still_a_hazard(pipeline) -> None:
    # the small model tags "Hurricane Quenzo" ORG here; a storm's name takes no article, an institution's does
    text = ("Hurricane Quenzo made landfall on the central Ruritania from Tuesday night, killing at least 20 "
            "according to Ruritanian officials on Thursday.")
    assert [e.cameo for e in full_events(pipeline, text) if e.cameo.startswith(("18", "19", "20"))] == []
    attack = "The Fire Department attacked Ruritanian protesters on Monday."
    assert [e.cameo for e in full_events(pipeline, attack)] == ["190"]


def test_a_group_named_like_a_storm_is_an_actor(pipeline) -> None:
    article, _ = code(pipeline, "The Storm Brigade killed twelve Ruritanian soldiers.",
                      extra={"Storm Brigade": "FREREB"})
    assert [(e.cameo, e.source) for e in article.events] == [("190", "FREREB")]


# --- verbs in senses that name no act -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Freedonian president signed the bill into law.",
    "The Freedonian president was released from the hospital on Monday.",
    "The Freedonian chief justice swore her in at a ceremony.",
    "The Freedonian candidate meets the requirement.",
    "The Freedonian president received a letter from Ruritania.",
])
def test_senses_that_are_no_event(pipeline, text: str) -> None:
    assert coded(pipeline, text) == []


@pytest.mark.parametrize("text, expected", [
    ("The Freedonian president signed a treaty with Ruritania.", ("057", "FRE", "RUR")),
    ("Freedonia released two Ruritanian soldiers.", ("0841", "FRE", "RUR")),
    ("The Freedonian president received the Ruritanian envoy.", ("043", "FRE", "RUR")),
    ("The Freedonian president attacked Ruritania for raising tariffs.", ("111", "FRE", "RUR")),
])
def test_their_other_senses_stay(pipeline, text: str, expected: tuple[str, str, str]) -> None:
    assert coded(pipeline, text)[:1] == [expected]


def test_easing_a_curfew_is_a_concession(pipeline) -> None:
    # the PLOVER manual's CONCEDE: "easing of administrative or legal restrictions ..., removing curfews"
    article, _ = code(pipeline, "Freedonia lifted the curfew in Ruritania.")
    assert [(e.cameo, e.event) for e in article.events] == [("0813", "CONCEDE")]
    article, _ = code(pipeline, "The Freedonian president pardoned Tomas Vell.", extra=PEOPLE)
    assert [(e.cameo, e.event) for e in article.events] == [("081", "CONCEDE")]


def test_an_occasion_held_by_an_actor_is_no_visit_without_a_place(pipeline) -> None:
    article, _ = code(pipeline, "The Freedonian president attended the Ruritanian Space Agency launch.",
                      extra={"Ruritanian Space Agency": "RURGOV"})
    assert article.events == ()


@pytest.mark.parametrize("text", [
    "The Fire Department of Ruritania rescued twelve Freedonian soldiers.",
    "Ruritania Fire and Rescue requested support from Freedonia.",
])
def test_organisations_named_after_a_hazard_still_act(pipeline, text: str) -> None:
    assert coded(pipeline, text) != []


# --- s14own: what one "strikes" that is no blow -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ada Lenz struck a conciliatory tone toward Freedonia.",
    "Bo Tuck struck a careful balance between the unions and the employers.",
    "Pavel Ordo struck a defiant pose at the summit.",
])
def test_a_tone_struck_is_no_force(pipeline, text: str) -> None:
    assert [t for t in coded(pipeline, text) if t[0][:2] in ("14", "18", "19", "20")] == []


def test_a_conversation_struck_up_is_no_blow(pipeline) -> None:
    text = "The Chilean president was trying to strike up a conversation with Ada Lenz."
    assert [e.cameo for e in full_events(pipeline, text)] == []


def test_a_blow_struck_is_still_force(pipeline) -> None:
    assert [t[0] for t in coded(pipeline, "Freedonian jets struck a Ruritanian base.")] == ["190"]


def test_protection_is_of_a_party(pipeline) -> None:
    # CAMEO 074 is military protection of someone: "protecting the Second Amendment" protects no party (s14own)
    assert coded(pipeline, "Freedonian troops protected the Ruritanian president.") == [("074", "FRE", "RUR")]
    assert coded(pipeline, "Bo Tuck protected the Second Amendment.") == []
    assert coded(pipeline, "Bo Tuck promised to protect the Second Amendment.") == []


@pytest.mark.parametrize("text, expected", [
    ("Bo Tuck warned of the dangers of unchecked profit.", []),  # a pessimistic comment (PETRARCH WARN * (OF RISK) [012])
    ("Ada Lenz warned of the risk of a famine in the north.", []),
    ("Ada Lenz warned Freedonia of serious consequences.", [("130", "RURGOV", "FRE")]),
])
def test_a_warning_of_danger_is_no_threat(pipeline, text: str, expected) -> None:
    assert coded(pipeline, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Freedonian spies hacked into the computers of the Ruritanian army.", [("170", "FRE", "RUR")]),
    ("Freedonian spies hacked the network of the Ruritanian army.", [("170", "FRE", "RUR")]),
    ("Freedonian spies hacked the Ruritanian army's email accounts.", [("170", "FRE", "RUR")]),
])
def test_breaking_into_computers_is_coercion(pipeline, text: str, expected) -> None:
    # PETRARCH HACK * (INTO COMPUTER) [176], "attack cybernetically": 170 in the contract's codebook (s14own)
    assert coded(pipeline, text) == expected


# --- s14post: a post or a column is also an army's ----------------------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("Rebels attacked soldiers in a border post near Goma on Monday.", "190"),
    ("Rebels attacked an army column in the north.", "190"),
    ("The senator attacked the governor in a Facebook post on Sunday.", "111"),
    ("The senator attacked the governor in his weekly column.", "111"),
    ("The senator attacked the governor in a speech on Sunday.", "111"),
    ("The senator attacked the governor on Twitter.", "111"),
])
def test_words_attack_in_remarks_force_in_posts(pipeline, text: str, code: str) -> None:
    assert [e.cameo for e in full_events(pipeline, text)] == [code]
