"""Events that should not be emitted (issue 9, w16precision): an event with no side coded at all, a visit hosted
with no visitor ("received benefits from the government"). The whole pipeline runs; every sentence and name
is invented."""
from __future__ import annotations

import pytest

from .test_events import affirmed, full_events


def coded(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return affirmed(full_events(pipeline, text))


# --- 1. no side coded at all ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Harlow Foundation discussed the plan with the Brightwater Board.",  # two bodies no table knows (040)
    "The Harlow Foundation requested more volunteers from the Brightwater Club.",  # 020
])
def test_an_event_with_no_side_coded_is_not_emitted(pipeline, text: str) -> None:
    assert all(e.source is not None or e.target is not None for e in full_events(pipeline, text))


def test_one_coded_side_keeps_the_event(pipeline) -> None:
    # the doer no table knows, the one consulted a Peruvian minister: the event says whom it is with
    found = coded(pipeline, "The Harlow Foundation met with the Peruvian foreign minister in Lima on Monday.")
    assert any(cameo[:2] == "04" and target == "PERGOV" for cameo, _, target in found)


# --- 2. a visit hosted needs a visitor -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "They are receiving benefits from the Chilean government.",
    "The farmers received subsidies from the Chilean government.",
])
def test_receiving_a_thing_from_a_party_hosts_nobody(pipeline, text: str) -> None:
    assert not any(cameo == "043" for cameo, _, _ in coded(pipeline, text))


@pytest.mark.parametrize("text, expected", [
    ("The Chilean president received the Peruvian ambassador.", ("043", "CHLGOV", "PERGOV")),
    ("Ana Vell, a Chilean senator, received a visit from the Peruvian ambassador.", ("043", "CHLLEG", "PERGOV")),
])
def test_receiving_a_visitor_is_still_hosting(pipeline, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded(pipeline, text)
