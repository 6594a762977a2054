"""Event sides with no country or the wrong actor (issue 9, item 6; w10sides): a title in apposition, as a
predicate or after "former" describes its own person, never one introduced earlier with the title; a force
sent by a country is that country's; the "with" partner of a meeting noun is the target, not the country of a
place inside its name. Sentences and people are our own inventions."""
from __future__ import annotations

import pytest

import eventwire
from tests.stages.test_actors import parse  # noqa: F401  (the actors stage on one parsed text: one fixture)

INTRO = "Chilean President Ana Lee met Peru's president on Monday. "


def named(article, name):
    found = [a for a in article.actors if a.name == name]
    assert len(found) == 1, (name, [(a.name, a.code) for a in article.actors])
    return found[0]


def holder(article, title):
    """The actor whose mentions include the text `title`."""
    text = article.text
    return next(a for a in article.actors for m in a.mentions if m.span.text(text) == title)


# --- a title that describes another person --------------------------------------------------------------------

@pytest.mark.parametrize("text, person", [
    # an apposition of the name before it
    (INTRO + "Jo Wu, formerly the president of the club, criticised Peru.", "Jo Wu"),
    (INTRO + "Tom Gale, the president of the football club, criticised Peru.", "Tom Gale"),
    # the predicate of a name
    (INTRO + "Tom Gale is the president of the football club.", "Tom Gale"),
])
def test_an_apposed_or_predicated_title_is_its_own_persons(parse, text, person) -> None:
    article = parse(text)
    second = text.index("president", len(INTRO))
    joined = [a for a in article.actors for m in a.mentions if m.span.start == second]
    assert joined and all(a.name == person for a in joined), [(a.name, a.code) for a in joined]
    assert all(m.span.start < len(INTRO) for m in named(article, "Ana Lee").mentions)


def test_a_former_title_joins_no_holder_of_the_day(parse) -> None:
    article = parse(INTRO + "The former president criticised Peru.")
    assert all(m.span.start < len(INTRO) for m in named(article, "Ana Lee").mentions)


def test_a_bare_title_still_joins_the_one_person_introduced_with_it(parse) -> None:
    article = parse("Chilean President Ana Lee arrived on Monday. The president criticised Peru.")
    assert holder(article, "president").name == "Ana Lee"


# --- a force sent by a country --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("Troops sent by Chile attacked the town.", "CHLMIL"),
    ("Soldiers deployed by the Peruvian government attacked the village.", "PERMIL"),
    ("Police dispatched by Ecuador closed the road.", "ECUCOP"),
])
def test_a_force_sent_by_a_country_is_that_countrys(parse, text, code) -> None:
    assert parse(text).actors[0].code == code


@pytest.mark.parametrize("text", [
    "Rebels backed by Chile attacked the town.",  # a sponsor does not make a force its own
    "Troops trained by Chile attacked the town.",
])
def test_a_sponsor_or_trainer_is_no_owner(parse, text) -> None:
    assert parse(text).actors[0].country is None


# --- the partner of a meeting noun ----------------------------------------------------------------------------

def test_the_with_partner_of_a_meeting_is_the_target_person(pipeline) -> None:
    text = "Chile's foreign minister attended a summit with President of France Marie Dubois on Tuesday."
    article = eventwire.extract(text, "2024-05-02", pipeline=pipeline)
    (event,) = [e for e in article.events if e.cameo.startswith("04")]
    (recipient,) = event.recipients
    assert article.actor(recipient).name == "Marie Dubois"
    assert (event.source, event.target) == ("CHLGOV", "FRAGOV")  # not FRA, the place inside her title


def test_a_meeting_noun_as_subject_names_no_partner(pipeline) -> None:
    text = "Talks with President of France Marie Dubois collapsed on Tuesday."
    article = eventwire.extract(text, "2024-05-02", pipeline=pipeline)
    assert not any(article.actor(a).name == "Marie Dubois" for e in article.events for a in e.actors)


# --- a role word inside an organisation's name ----------------------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("The Libyan House of Representatives rejected the deal.", "LBYLEG"),
    ("The United States House of Representatives issued a subpoena.", "USALEG"),
])
def test_the_complement_of_a_name_is_no_role_of_its_own(parse, text, code) -> None:
    (actor,) = parse(text).actors
    assert actor.code == code and actor.kind == "organisation"


def test_the_partner_phrase_is_read_whole(pipeline) -> None:
    text = "Chile restored full diplomatic ties with Peru and Bolivia."
    article = eventwire.extract(text, "2024-05-02", pipeline=pipeline)
    (event,) = article.events
    assert sorted(article.actor(a).code for a in event.recipients) == ["BOL", "PER"]


# --- a surname with its particle ------------------------------------------------------------------------------

def test_a_surname_with_a_capitalised_particle_is_the_person_named_before(parse) -> None:
    article = parse("Party nominee Gloria La Riva spoke on Monday. La Riva criticised the plan.")
    person = named(article, "Gloria La Riva")
    assert [m.span.text(article.text) for m in person.mentions] == ["Gloria La Riva", "La Riva"]
    assert not any(a.kind == "organisation" for a in article.actors)


# --- a state body no table knows ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, code", [
    ("The National Fisheries Board criticised the plan.", "National Fisheries Board", "---GOV"),
    ("The Federal Energy Agency criticised the plan.", "Federal Energy Agency", "---GOV"),
    ("The Chilean National Water Service criticised the plan.", "Chilean National Water Service", "CHLGOV"),
])
def test_a_national_word_and_a_body_noun_make_a_state_body(parse, text, name, code) -> None:
    assert named(parse(text), name).code == code


@pytest.mark.parametrize("text, name", [
    ("The Zenda Governing Board criticised the plan.", "Zenda Governing Board"),  # a body noun alone
    ("The National Archery Association criticised the plan.", "National Archery Association"),  # no body noun
    # a party's ("Democratic National Committee" is now in organisations.tsv, USAPTY: w20sides)
    ("The Liberty National Committee criticised the plan.", "Liberty National Committee"),
])
def test_no_state_body_without_both_words(parse, text, name) -> None:
    assert named(parse(text), name).sector is None
