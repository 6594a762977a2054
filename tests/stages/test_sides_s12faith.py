"""A faith's adherents named as a group take the story's country as civilians do; its bodies and clergy do not
(issue 9, s12). The whole pipeline runs on invented sentences (real places, for the gazetteer)."""
from __future__ import annotations

import pytest

from .test_events_w11context import coded


@pytest.mark.parametrize("text, target", [
    ("Iraqi troops clashed with Shiites in Basra on Monday.", "IRQMUS"),
    ("Ten Catholics were killed by gunmen in Belfast on Monday.", "GBRCHRCTH"),
    ("Police in Lahore arrested twenty Christians on Monday.", "PAKCHR"),
])
def test_adherents_of_a_faith_are_the_places_people(pipeline, text: str, target: str) -> None:
    assert any(t == target for _, _, t in coded(pipeline, text))


def test_a_church_stays_without_a_country(pipeline) -> None:
    # "the church" is a faith's body, as often foreign or transnational as local: no country from the story's place
    found = coded(pipeline, "Police in Lahore criticized the church on Monday.")
    assert found and not any((t or "").startswith(("PAKCHR", "PAKREL")) for _, _, t in found)
