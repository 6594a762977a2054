"""Birthplaces and offices not yet held (issue 9, session 13): neither gives an actor its country or sector. Every
sentence and name is invented for these tests."""
from __future__ import annotations

import pytest

from .test_events import affirmed, full_events


@pytest.mark.parametrize("text, expected", [
    ("Ivo Marek, the Peruvian-born mayor of Santiago, met the Chilean president.", ("040", "CHLGOV", "CHLGOV")),
    ("The Canadian-born senator criticized the Mexican government.", ("111", "---LEG", "MEXGOV")),
])
def test_a_birthplace_is_not_the_country_served(pipeline, text: str, expected) -> None:
    assert expected in affirmed(full_events(pipeline, text))


def test_a_sponsor_is_still_no_owner(pipeline) -> None:
    found = affirmed(full_events(pipeline, "The Iranian-backed militia attacked Iraqi troops."))
    assert not any(source and source.startswith("IRN") for _, source, _ in found)


def test_an_office_not_yet_held_gives_no_sector(pipeline) -> None:
    found = affirmed(full_events(pipeline, "The next president of Peru met the Chilean president."))
    assert not any(source == "PERGOV" for _, source, _ in found)
    assert ("040", "PERGOV", "CHLGOV") in affirmed(full_events(pipeline, "The president of Peru met the Chilean president."))
