"""Actors' country and sector from context (issue 9, item 6): a place name read whole before a title, countries'
official long names, a bare title later in the article, counted countries, a pronoun's country, a title with
its "of"-country before a name. Sentences, people and most places are our own inventions."""
from __future__ import annotations

import pytest

from tests.stages.test_actors import parse  # noqa: F401  (the actors stage on one parsed text: one fixture)


def named(article, name):
    found = [a for a in article.actors if a.name == name]
    assert len(found) == 1, (name, [(a.name, a.code) for a in article.actors])
    return found[0]


def codes(article) -> set[str]:
    return {a.code for a in article.actors if a.code}


@pytest.mark.parametrize("text, name", [
    ("New Mexico Governor Rosa Diaz criticised the plan on Monday.", "Rosa Diaz"),
    ("New Jersey Governor Paul Avery met Senator Lena Cole of Ohio in the state capital on Monday.", "Paul Avery"),
    ("Texas Governor Ana Ruiz and New Mexico Attorney General Carl Ortega signed a water agreement.", "Carl Ortega"),
])
def test_a_state_whose_name_holds_a_country_is_read_whole(parse, text, name) -> None:
    actor = named(parse(text), name)
    assert actor.country == "USA", text
    assert not {"MEX", "JEY"} & {a.country for a in parse(text).actors}


def test_a_country_inside_a_state_name_is_no_actor_of_its_own(parse) -> None:
    article = parse("The New Mexico governor accused federal officials of ignoring the drought.")
    assert "MEX" not in {a.country for a in article.actors}


def test_a_country_named_alone_is_still_the_country(parse) -> None:
    article = parse("Governor Rosa Diaz of Mexico criticised the plan.")
    assert named(article, "Rosa Diaz").code == "MEXGOV"


@pytest.mark.parametrize("official, code", [
    ("the Slovak Republic", "SVK"), ("the Kyrgyz Republic", "KGZ"), ("the Hellenic Republic", "GRC"),
    ("the Republic of Korea", "KOR"), ("the Lao People's Democratic Republic", "LAO"),
    ("the Czech Republic", "CZE"), ("the State of Palestine", "PSE"), ("the United Mexican States", "MEX"),
])
def test_official_long_names_are_known(pipeline, official, code) -> None:
    country = pipeline.knowledge.countries.find(official)
    assert country is not None and country.code == code


def test_iso_inverted_names_are_not_aliases(pipeline) -> None:
    # ISO's "Taiwan, Province of China" is a list form no text writes
    assert pipeline.knowledge.countries.find("Taiwan, Province of China") is None


def test_a_person_of_an_official_name_takes_its_country(parse) -> None:
    article = parse("Prime Minister Jan Novak of the Slovak Republic visited Vienna on Tuesday.")
    assert named(article, "Jan Novak").code == "SVKGOV"


def test_a_bare_title_later_names_the_one_person_of_that_title(parse) -> None:
    article = parse("Prime Minister Jan Novak of Slovakia met President Ivo Horvat of Croatia in Bratislava. "
                    "On Friday the Prime Minister apologised to the families of the victims.")
    novak = named(article, "Jan Novak")
    assert novak.code == "SVKGOV"
    assert any(article.text[m.span.start:m.span.end] == "Prime Minister" and m.span.start > 80
               for m in novak.mentions)
    assert "---GOV" not in codes(article)


@pytest.mark.parametrize("text, name, title", [
    ("Governor Maria Tanner of Ohio announced new rules for farmers. The governor criticised the agency.",
     "Maria Tanner", "governor"),
    ("Foreign Minister Ana Ruiz of Peru arrived in Quito. The minister praised the talks.", "Ana Ruiz", "minister"),
])
def test_a_bare_title_or_its_head_word_joins_its_holder(parse, text, name, title) -> None:
    article = parse(text)
    holder = named(article, name)
    assert any(article.text[m.span.start:m.span.end].lower() == title for m in holder.mentions), text


def test_a_bare_title_stays_generic_when_two_people_hold_it(parse) -> None:
    article = parse("Governor Maria Tanner of Ohio met Governor Paul Avery of Iowa. The governor criticised the "
                    "agency.")
    for name in ("Maria Tanner", "Paul Avery"):
        assert not any(article.text[m.span.start:m.span.end] == "governor" for m in named(article, name).mentions)


def test_an_indefinite_title_is_someone_new(parse) -> None:
    article = parse("Governor Maria Tanner of Ohio met farmers. A governor from the south criticised the plan.")
    assert len(named(article, "Maria Tanner").mentions) == 1


def test_the_leaders_of_the_two_countries_are_one_party_per_country(parse) -> None:
    article = parse("Turkey and Greece agreed to restart talks. The leaders of the two countries will meet next "
                    "month.")
    assert {"TURGOV", "GRCGOV"} <= codes(article)


def test_both_governments_are_each_country_named_before(parse) -> None:
    article = parse("Chile and Peru signed a fishing accord. Both governments praised the deal.")
    assert {"CHLGOV", "PERGOV"} <= codes(article)
    assert "---GOV" not in codes(article)


def test_the_two_countries_are_mentions_of_each(parse) -> None:
    article = parse("Brazil and Argentina ended a dispute over tariffs. The two countries signed an agreement.")
    start = article.text.index("The two countries")
    for name in ("Brazil", "Argentina"):
        assert any(m.span.start >= start for m in named(article, name).mentions), name


def test_a_count_that_does_not_match_keeps_the_role_generic(parse) -> None:
    article = parse("Chile, Peru and Bolivia held talks. Both governments praised the deal.")
    assert "---GOV" in codes(article)
    assert not {"CHLGOV", "PERGOV", "BOLGOV"} & codes(article)


def test_his_country_is_the_country_of_the_person(parse) -> None:
    article = parse("President Ivo Horvat of Croatia said his country would help Slovenia.")
    croatia = named(article, "Croatia")
    assert any(article.text[m.span.start:m.span.end] == "country" for m in croatia.mentions)


def test_the_people_of_his_country(parse) -> None:
    article = parse("Prime Minister Jan Novak of Slovakia said the people of his country rejected the plan.")
    assert "SVKCVL" in codes(article)


@pytest.mark.parametrize("text, name, code", [
    ("Jan Novak attended a summit with President of France Emmanuel Macron in Brussels.", "Emmanuel Macron",
     "FRAGOV"),
    ("The Slovak leader met with Prime Minister of Japan Taro Sato in Tokyo.", "Taro Sato", "JPNGOV"),
])
def test_a_title_with_its_country_before_a_name_is_one_mention(parse, text, name, code) -> None:
    article = parse(text)
    person = named(article, name)
    assert person.code == code
    (mention,) = person.mentions
    assert " of " in article.text[mention.span.start:mention.span.end]
    # the country inside the title is the person's, no actor of its own
    assert not any(a.kind == "country" for a in article.actors)


@pytest.mark.parametrize("text, code", [
    ("The New Mexico governor accused federal officials of ignoring the drought.", "USAGOV"),
    ("Ohio police arrested three men near the border.", "USACOP"),
])
def test_a_place_before_a_local_role_gives_its_country(parse, text, code) -> None:
    assert code in codes(parse(text)), text


def test_a_longer_title_joins_only_the_same_title(parse) -> None:
    # "vice president" is a title of its own, not the head word "president" of President Horvat's
    article = parse("President Ivo Horvat of Croatia opened the session. The vice president criticised the "
                    "budget.")
    assert len(named(article, "Ivo Horvat").mentions) == 1
