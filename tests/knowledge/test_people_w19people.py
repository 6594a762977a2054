"""A dictionary name written with its honorific is also the bare name (w19people): PETRARCH's Countries dictionary
has one person's early roles under the bare name and later ones under the name with "Samdech"; a text writes either.
Invented people."""
from __future__ import annotations

from datetime import date

from eventwire.knowledge import Knowledge
from eventwire.knowledge.people import People, Role
from eventwire.settings import Settings


def test_a_name_with_its_honorific_is_the_bare_name_too() -> None:
    roles = [
        Role("Vell Sorn", (), "KHM", "GOV", "", date(1985, 1, 1), date(1993, 7, 1)),
        Role("Samdech Vell Sorn", (), "KHM", "GOV", "", date(1993, 9, 1), None),
    ]
    people = People(roles, honorifics=["Mr.", "Samdech"])
    assert people.lookup("Vell Sorn", date(1998, 6, 1)) is roles[1]
    assert people.lookup("Samdech Vell Sorn", date(1998, 6, 1)) is roles[1]
    assert people.lookup("Vell Sorn", date(1990, 6, 1)) is roles[0]


def test_a_bare_name_of_no_entry_or_another_country_stays_unknown() -> None:
    # "Sir Ivo Marek" of a dictionary is no "Ivo Marek" of the news: the bare name is common, the knight one of many
    roles = [Role("Sir Ivo Marek", (), "HKG", "GOV", "", date(1987, 1, 1), date(1992, 1, 1)),
             Role("Dana Kell", (), "CHL", "GOV", "", date(1990, 1, 1), None),
             Role("Samdech Dana Kell", (), "KHM", "GOV", "", date(1993, 1, 1), None)]
    people = People(roles, honorifics=["Sir", "Samdech"])
    assert people.roles_of("Ivo Marek") == []
    assert people.roles_of("Dana Kell") == [roles[1]]


def test_an_honorific_leaving_one_word_is_no_full_name() -> None:
    # "Sheikh Hasina" is no bare "Hasina": one word is a surname, which the surname index reads with its own rules
    roles = [Role("Sheikh Tarna", (), "BGD", "GOV", "", date(2009, 1, 1), None)]
    people = People(roles, honorifics=["Sheikh"])
    assert people.roles_of("Tarna") == []


def test_samdech_is_an_honorific_of_the_agents_table() -> None:
    knowledge = Knowledge(Settings())
    assert "Samdech" in knowledge.agents.honorifics
    assert knowledge.people.lookup("Hun Sen", date(1998, 6, 1)).code == "KHMGOV"
