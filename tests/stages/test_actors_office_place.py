"""An office of a state or city written before its holder's name: "Governor of Texas X", "Senator from Ohio
X", "Mayor of London X". The place's country is the holder's, the title gives the sector, and a tagger that
runs the place into the name ("Ohio Jo Marlow") or drops a given name ("London" … "Khan") must not cost the
person or hand the surname to a better-known bearer. Names are our own inventions."""
from __future__ import annotations

import pytest

from tests.stages.test_actors import parse  # noqa: F401  (the actors stage on one parsed text: one fixture)


def holder_of(article, surname):
    found = [a for a in article.actors if a.kind == "person" and a.name.split()[-1] == surname]
    assert len(found) == 1, (surname, [(a.name, a.code) for a in article.actors])
    return found[0]


@pytest.mark.parametrize("text, surname, code", [
    ("Governor of Texas Marta Quell signed the bill on Monday.", "Quell", "USAGOV"),
    ("Senator from Ohio Jo Marlow met Peruvian officials.", "Marlow", "USALEG"),
    ("United States Senator from Vermont Ruth Dalby criticised the plan.", "Dalby", "USALEG"),
    ("Mayor of London Tariq Hollis praised the police.", "Hollis", "GBRGOV"),
    ("Mayor of Lima Ana Cuteri opened the market.", "Cuteri", "PERGOV"),
    # a country, as before
    ("President of Peru Ana Cuteri opened the market.", "Cuteri", "PERGOV"),
])
def test_an_office_of_a_place_gives_its_holder_the_country(parse, text, surname, code) -> None:
    assert holder_of(parse(text), surname).code == code


@pytest.mark.parametrize("text, surname", [
    # "of" something that is no place: no country from it
    ("Secretary of Commerce Dana Whitcombe resigned.", "Whitcombe"),
])
def test_an_office_of_no_place_gives_no_country_from_it(parse, text, surname) -> None:
    holder = holder_of(parse(text), surname)
    assert holder.country in (None, "USA"), holder  # "Secretary of Commerce" may be known as a US office


def test_a_given_name_the_tagger_left_out_stays_with_the_surname(parse) -> None:
    # the famous bearer of a surname is not whoever carries it with another given name
    article = parse("Mayor of London Sadiq Patel praised the police. Patel said more officers would come.")
    names = {a.name for a in article.actors if a.kind == "person"}
    assert names == {"Sadiq Patel"}, names
