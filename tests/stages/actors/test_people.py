"""Names of people the tagger cut or misread (`stages/actors/people.py`), on sentences written for these tests."""
from __future__ import annotations

import pytest

from eventwire.articles import make_article


def actors(pipeline, text: str) -> dict[str, str | None]:
    article = pipeline(make_article("t", text, "2024-01-10"))
    return {a.name: a.code for a in article.actors}


@pytest.mark.parametrize("name", ["Moon Jae-in", "Park Jae-in", "Kang Min-in"])
def test_a_hyphenated_given_name_is_read_whole(pipeline, name: str) -> None:
    # the tokenizer splits "Jae-in" in three and the tagger keeps "Moon Jae" or "Park Jae-" only
    found = actors(pipeline, f"South Korean minister {name} met Peruvian officials in Lima.")
    assert (found.get(name) or "")[:3] == "KOR", found  # Moon Jae-in, president until 2022, is KORELI by 2024


def test_a_lone_word_after_the_article_is_no_person(pipeline) -> None:
    found = actors(pipeline, 'Kipo Vell posted on Twitter, "Today we went to the Moon and came back to earth!"')
    assert "Moon" not in found and not any(name.startswith("Moon ") for name in found), found


@pytest.mark.parametrize("text, name", [
    ("Per request of Chilean Prime Minister Ana Vell, the Queen suspended parliament.", "Queen"),
    ("Iranian assistance is received by the Houthis, who are aligned with Iran.", "Houthis"),
])
def test_a_title_or_a_group_after_the_article_stays(pipeline, text: str, name: str) -> None:
    assert any(name in found for found in actors(pipeline, text)), actors(pipeline, text)


@pytest.mark.parametrize("text, name", [
    # the tagger keeps "Amy Berman"-like names without the head word the parse hangs them on
    ("Tomas Reyes was sentenced by Judge Ana Maria Castillo Ruiz to 73 months in prison.", "Ana Maria Castillo Ruiz"),
    ("Paul Vell was sentenced by Judge Amy Berman Jackson to 73 months in federal prison.", "Amy Berman Jackson"),
])
def test_words_of_one_compound_name_are_read_whole(pipeline, text: str, name: str) -> None:
    found = actors(pipeline, text)
    assert name in found and found[name] is not None and found[name].endswith("JUD"), found


@pytest.mark.parametrize("text, name", [
    ("Tropical Storm Kipo struck the coast of Chile on Monday.", "Tropical Storm Kipo"),
])
def test_a_capitalised_trade_or_kind_before_a_name_is_not_taken_in(pipeline, text: str, name: str) -> None:
    assert name not in actors(pipeline, text)
