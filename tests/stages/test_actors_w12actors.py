"""Actors coded wrong on real news (issue 9, w12actors): a former official is an elite (ELI), a judging
predicate is no actor, the backer of "X-backed" fighters is no party, a county of the story's country beats a
small namesake abroad. Sentences, people and most places are our own inventions."""
from __future__ import annotations

import pytest

from tests.stages.test_actors import parse  # noqa: F401  (the actors stage on one parsed text: one fixture)


def named(article, name):
    found = [a for a in article.actors if a.name == name]
    assert len(found) == 1, (name, [(a.name, a.code) for a in article.actors])
    return found[0]


@pytest.mark.parametrize("text", [
    "Former Chilean president Ana Rojas criticised the government.",
    "Chilean former president Ana Rojas met the Peruvian ambassador.",
    "Former Chilean Defence Minister Ana Rojas attended the funeral.",
])
def test_a_former_official_is_an_elite_of_the_country(parse, text) -> None:
    assert named(parse(text), "Ana Rojas").code == "CHLELI"


def test_a_former_title_never_joins_the_holder_of_the_day(parse) -> None:
    article = parse("Former Chilean president Ana Rojas met President Tomas Vidal in Santiago.")
    assert named(article, "Ana Rojas").code == "CHLELI"
    assert named(article, "Tomas Vidal").sector == "GOV"


def test_a_former_title_outside_the_state_keeps_its_sector(parse) -> None:
    article = parse("Former presidential candidate Ana Rojas criticised the plan.")
    assert named(article, "Ana Rojas").sector == "PTY"


@pytest.mark.parametrize("text", [
    "Pedro Alvarez is a dictator, the opposition leader said.",
    "The opposition leader called Pedro Alvarez a tyrant.",
])
def test_a_judging_predicate_is_no_actor(parse, text) -> None:
    article = parse(text)
    assert not any(a.name in ("dictator", "tyrant") for a in article.actors)
    assert named(article, "Pedro Alvarez").sector is None


def test_a_title_as_subject_is_still_an_actor(parse) -> None:
    article = parse("The dictator said he would stay in power.")
    assert any(a.sector == "GOV" for a in article.actors)


@pytest.mark.parametrize("text", [
    "The Peruvian-backed separatist Republic of Valdor occupies the valley.",
    "Chilean-funded militias shelled the town.",
])
def test_the_backer_of_a_group_is_no_party(parse, text) -> None:
    assert not any(a.kind == "country" for a in parse(text).actors)


def test_a_country_that_leads_is_still_the_owner(parse) -> None:
    article = parse("Saudi-led forces bombed the port.")
    assert any(a.country == "SAU" for a in article.actors)


@pytest.mark.parametrize("text, code", [
    ("Norfolk Police said two men were held overnight.", "GBRCOP"),  # a county, not Norfolk, Virginia
    ("Chelyabinsk Regional Court jailed the former mayor.", "RUSJUD"),
    ("Lagos State Police arrested a man on Friday.", "NGACOP"),
])
def test_a_local_body_named_after_its_place_is_of_that_country(parse, text, code) -> None:
    assert code in {a.code for a in parse(text).actors}


def test_a_body_named_after_no_known_place_gets_no_country(parse) -> None:
    article = parse("Tarsk Police arrested a man on Friday.")
    assert {a.code for a in article.actors if a.kind == "organisation"} == {"---COP"}


@pytest.mark.parametrize("text, name", [
    ("The Justice Department sued the company on Monday.", "United States Department of Justice"),
    ("The State Department warned travellers against visiting Valdoria.", "United States Department of State"),
    ("The Department of Homeland Security said it would review the case.",
     "United States Department of Homeland Security"),
])
def test_a_us_federal_department_is_the_us_government(parse, text, name) -> None:
    assert named(parse(text), name).code == "USAGOV"


def test_a_state_department_of_a_field_is_a_government_body_of_its_state(parse) -> None:
    article = parse("The Ohio Department of Transportation closed the bridge.")
    assert named(article, "Ohio Department of Transportation").code == "USAGOV"


def test_a_department_of_no_public_field_is_no_government_body(parse) -> None:
    article = parse("The Department of Mathematics hired two lecturers.")
    assert named(article, "Department of Mathematics").sector is None


@pytest.mark.parametrize("text", [
    "Kabul was rocked by three explosions on Monday.",
    "Kabul saw heavy snowfall this week.",
    "Kabul hosted the regional chess championship.",
])
def test_a_capital_where_something_happens_is_no_government(parse, text) -> None:
    assert not any(a.code == "AFGGOV" for a in parse(text).actors)


def test_a_capital_that_acts_is_still_its_government(parse) -> None:
    article = parse("Kabul accused Islamabad of harbouring the smugglers.")
    assert {"AFGGOV", "PAKGOV"} <= {a.code for a in article.actors}


def test_a_movement_named_after_a_region_takes_no_country_from_a_namesake_town(parse) -> None:
    article = parse("The government signed a peace deal with the Moro Islamic Liberation Front.")
    assert named(article, "Moro Islamic Liberation Front").country is None
