"""Countries, bodies and capitals named in the text (`stages/actors/entities.py`), on sentences written for these
tests."""
from __future__ import annotations

from eventwire.articles import make_article


def _actors(pipeline, text: str) -> list[tuple[str, str, str | None]]:
    article = pipeline(make_article("t", text, "2024-01-10"))
    return [(a.name, a.kind, a.code) for a in article.actors]


def test_a_capital_that_heads_a_who_clause_is_a_person(pipeline) -> None:
    # "Amman" is Jordan's capital and its government when it acts; "who" is said of persons only
    text = ("Police in London shot Sudesh Amman on Sunday after he stabbed two people. Amman, who was described as "
            "dangerous by the police, had threatened his neighbours.")
    found = _actors(pipeline, text)
    assert not any(code == "JORGOV" for _, _, code in found), found
    assert ("Amman", "person", None) in found


def test_a_capital_that_acts_is_still_its_government(pipeline) -> None:
    found = _actors(pipeline, "Beijing condemned the attack on Monday, and Moscow, which backs the rebels, said "
                              "nothing.")
    assert {"CHNGOV", "RUSGOV"} <= {code for _, _, code in found}, found


def test_a_thing_named_after_the_is_no_person(pipeline) -> None:
    # the parser hangs "who" on the boat: a name with an article is no surname
    found = _actors(pipeline, "Police received a call from someone on the Conception, who may have been the captain.")
    assert not any(name == "Conception" and kind == "person" for name, kind, _ in found), found


def test_a_surname_tagged_as_a_location_is_the_person(pipeline) -> None:
    # spaCy tags this "Soleimani" LOC; it repeats the surname of the general named in full before
    text = ("Peruvian forces killed Chilean general Tomas Soleimani on Friday. In 2007, the United States government "
            "labeled Soleimani as a terrorist and levied sanctions against him.")
    article = pipeline(make_article("t", text, "2024-01-10"))
    (general,) = [a for a in article.actors if a.name == "Tomas Soleimani"]
    assert sum(1 for m in general.mentions if m.span.text(text) == "Soleimani") >= 1
    assert any(e.cameo == "163" and general.id in e.recipients for e in article.events)


def test_a_surname_inside_a_longer_name_stays_that_name(pipeline) -> None:
    # "Vell Tower" is a building named after the senator: its first word is no mention of him
    text = ("Senator Dario Vell spoke in Tarsk on Monday. Protesters gathered outside Vell Tower in the evening.")
    article = pipeline(make_article("t", text, "2024-01-10"))
    (vell,) = [a for a in article.actors if a.name == "Dario Vell"]
    at = text.index("Vell Tower")
    assert not any(m.span.start == at for m in vell.mentions)
