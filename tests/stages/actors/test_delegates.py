"""Delegates of a party and of a state (`roles._delegate_sector`), on sentences written for these tests."""
from __future__ import annotations

import pytest

from eventwire.articles import make_article


def codes(pipeline, text: str) -> dict[str, str | None]:
    article = pipeline(make_article("t", text, "2024-01-10"))
    return {a.name: a.code for a in article.actors}


@pytest.mark.parametrize("text, name, code", [
    # at a party's gathering, named by the clause or by the noun's own phrase: the party's members (PTY)
    ("Delegates from Texas backed Lia Morel at the Republican National Convention in Ohio.", "Delegates", "USAPTY"),
    ("Party delegates from Chile elected Tomas Rey as chairman.", "delegates", "CHLPTY"),
    ("Delegates at the Dawn Party convention voted for Tomas Rey.", "Delegates", "---PTY"),
    # a country's delegates with no party: its government, as before
    ("Representatives from Peru met the Chilean foreign minister in Lima.", "Representatives", "PERGOV"),
    ("Delegates from Peru criticised Brazil at the climate conference.", "Delegates", "PERGOV"),
])
def test_delegates_of_a_party_and_of_a_state(pipeline, text: str, name: str, code: str) -> None:
    found = codes(pipeline, text)
    assert found.get(name) == code, found


def test_delegates_from_a_state_of_a_country_are_no_government(pipeline) -> None:
    # Ohio is no state that sends delegates to another: the word keeps its row, not the government's
    found = codes(pipeline, "Delegates from Ohio criticised the new tariffs.")
    assert found.get("Delegates") != "USAGOV", found
