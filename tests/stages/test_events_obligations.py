""""X said Y must/should do Z" is X demanding it of Y (100, `attribution.obligations`), unless Y is X's own country
named as a whole: a national saying what their own country should do states a policy, not a demand of another
party. The whole pipeline runs; the sentences are invented."""
from __future__ import annotations

from .test_events import full_events


def _codes(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.cameo, e.source, e.target) for e in full_events(pipeline, text)]


def test_what_ones_own_country_must_do_is_no_demand(pipeline) -> None:
    found = _codes(pipeline, "Chilean President Lena Marsh stated that Chile must leave the pact by March.")
    assert not any(code == "100" for code, _, _ in found), found


def test_what_another_country_should_do_is_a_demand(pipeline) -> None:
    found = _codes(pipeline, "Chilean President Lena Marsh said Peru should withdraw its troops from the border.")
    assert ("100", "CHLGOV", "PER") in found


def test_a_coded_act_ones_own_country_must_do_is_no_demand(pipeline) -> None:
    # the other path: an act the verb table codes ("help"), under "must", with its speaker after it
    found = _codes(pipeline, "Chile must help Bolivia, the Chilean president said.")
    assert not any(code == "100" for code, _, _ in found), found


def test_a_coded_act_another_country_must_do_is_a_demand(pipeline) -> None:
    found = _codes(pipeline, "Peru must withdraw its troops from the border, the Chilean president said.")
    assert ("100", "CHLGOV", "PER") in found, found
