"""A person's gender (`stages/actors/gender.py`, issue 9 items 5-6): the text's honorifics and gendered role
nouns, the knowledge, a first name and the pronouns linked to them say it, and "he"/"she" resolve only to a
person it fits. Names and sentences are our own inventions."""
from __future__ import annotations

import pytest

from eventwire.pipeline import make_article
from eventwire.stages.actors.gender import pronoun_fits


@pytest.fixture(scope="module")
def story(pipeline):
    def run(text: str):
        return pipeline(make_article("t", text, "2024-05-02"))

    return run


def _gender(article, name: str) -> str | None:
    (actor,) = [a for a in article.actors if a.name == name]
    return actor.gender


def _pronouns(article, name: str) -> list[str]:
    (actor,) = [a for a in article.actors if a.name == name]
    return [m.span.text(article.text) for m in actor.mentions if m.how == "pronoun"]


def test_pronoun_fits_a_person_of_its_sex_or_of_none_known() -> None:
    assert pronoun_fits("he", "m") and pronoun_fits("She", "f") and pronoun_fits("his", None)
    assert not pronoun_fits("he", "f") and not pronoun_fits("her", "m") and not pronoun_fits("himself", "f")
    assert pronoun_fits("they", "f") and pronoun_fits("it", "m")  # no sex said: anyone


def test_an_honorific_says_the_sex(story) -> None:
    article = story("Ms. Ferro Lunt opened the session in Ostrik on Tuesday.")
    assert _gender(article, "Ferro Lunt") == "f"


def test_a_gendered_role_noun_joined_to_the_person_says_the_sex(story) -> None:
    # the text's own word for her outweighs the first name (Tomas is, as a rule, a man's)
    article = story("Tomas Adler, a spokeswoman for the Zendan Farmers Union, spoke first on Tuesday.")
    assert _gender(article, "Tomas Adler") == "f"


def test_a_masculine_role_noun_says_the_sex_when_the_table_has_its_feminine(story) -> None:
    article = story("Jordan Pask, a spokesman for the Zendan Farmers Union, spoke first on Tuesday.")
    assert _gender(article, "Jordan Pask") == "m"  # "spokeswoman" is a role too: "spokesman" is marked


def test_a_first_name_one_sex_bears_says_the_sex(story) -> None:
    article = story("Marisol Quenby met Anton Velk and Jordan Pask in Ostrik on Monday.")
    assert _gender(article, "Marisol Quenby") == "f"
    assert _gender(article, "Anton Velk") == "m"
    assert _gender(article, "Jordan Pask") is None  # a name both sexes bear says nothing


def test_a_linked_pronoun_says_the_sex_when_nothing_else_does(story) -> None:
    article = story("Jordan Pask spoke first at the congress. She later told reporters that the vote was fair.")
    assert _gender(article, "Jordan Pask") == "f"


def test_he_is_never_a_woman_the_text_names(story) -> None:
    article = story("Marisol Quenby arrived in Ostrik on Monday. He thanked the crowd for the flowers.")
    assert _pronouns(article, "Marisol Quenby") == []


def test_he_takes_the_one_person_of_his_sex(story) -> None:
    article = story("Marisol Quenby met Anton Velk in Ostrik on Monday. He thanked her for the flowers.")
    assert _pronouns(article, "Anton Velk") == ["He"]
    assert "He" not in _pronouns(article, "Marisol Quenby")


def test_a_linked_pronoun_teaches_the_sex_once() -> None:
    from eventwire.stages.actors.gender import learn

    genders = {("person", "Ana Vell"): "f"}
    learn(genders, ("person", "Jordan Pask"), "He")
    learn(genders, ("person", "Jordan Pask"), "she")  # the first one stays: "he" and "she" are not one person
    learn(genders, ("person", "Ana Vell"), "him")  # the text's own evidence is not overruled
    learn(genders, ("organisation", "Zendan Rail"), "his")  # no person, no sex
    assert genders == {("person", "Ana Vell"): "f", ("person", "Jordan Pask"): "m"}


def test_she_said_after_he_is_not_the_man_he_named(story) -> None:
    article = story("Senator Marisol Quenby spoke about Governor Jordan Pask on Monday. "
                    "\u201cHe is a liar. He is a coward,\u201d she said.")
    assert _pronouns(article, "Jordan Pask") == ["He", "He"]
    assert _gender(article, "Jordan Pask") == "m"
