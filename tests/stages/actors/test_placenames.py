"""Towns named as doers (`stages/actors/placenames.py`), on sentences written for these tests: a town that acts
is its local government, but not where its clause tells a game between teams named after towns."""
from __future__ import annotations

import pytest

from eventwire.articles import make_article


def codes(pipeline, text: str) -> dict[str, str | None]:
    article = pipeline(make_article("t", text, "2024-01-10"))
    return {a.name: a.code for a in article.actors}


@pytest.mark.parametrize("text", [
    "Liverpool beat Leeds 3-1 on Saturday.",
    "Liverpool won the cup after extra time.",
    "Liverpool defeated Leeds in the final.",
])
def test_a_town_in_a_game_is_no_government(pipeline, text: str) -> None:
    found = codes(pipeline, text)
    assert found.get("Liverpool") != "GBRGOV", found


def test_a_town_that_acts_is_its_government(pipeline) -> None:
    found = codes(pipeline, "Springfield sued the state over the water plant.")
    assert found.get("Springfield") == "USAGOV", found
