"""Feelings expressed about a party (issue 9 item 5): "expressed disappointment with X" is criticism (111),
"expressed gratitude to X" praise (051), as PETRARCH-2's EXPRESS and VOICE blocks code them. Sentences and names
written for these tests."""
from __future__ import annotations

import pytest

from .test_events import triples


def coded(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return triples(pipeline, text, {})


@pytest.mark.parametrize("text, expected", [
    ("Freedonia expressed disappointment with Ruritania's decision.", ("111", "FRE", "RUR")),
    ("Freedonia voiced outrage at Ruritania.", ("111", "FRE", "RUR")),
    ("Freedonia expressed gratitude to Ruritania for its help.", ("051", "FRE", "RUR")),
])
def test_a_feeling_about_a_party_is_praise_or_criticism(pipeline, text: str, expected) -> None:
    assert coded(pipeline, text) == [expected]


@pytest.mark.parametrize("text", [
    "Freedonian fans expressed disappointment over the weather.",
    "Freedonia expressed its gratitude for the good harvest.",
])
def test_a_feeling_about_no_party_is_no_event(pipeline, text: str) -> None:
    assert coded(pipeline, text) == []
