"""A concession names no party it is made to, but says what it answers: "in response to a statement from X",
"in response to demands by X", "in response to X's request". The demander is the target (PLOVER CONCEDE,
CAMEO 08 "yield"). A concession with a party of its own keeps it. Names are
invented or countries."""
from __future__ import annotations

import pytest

from tests.stages.test_events import affirmed, full_events


@pytest.mark.parametrize("text, triple", [
    ("The Chilean government lifted the curfew in response to demands by the United Nations.",
     ("0813", "CHLGOV", "IGOUNO")),
    ("Chile eased the restrictions in response to Bolivia's request.", ("081", "CHL", "BOL")),
    ("Chile eased the restrictions in response to a statement from Bolivia's president.",
     ("081", "CHL", "BOLGOV")),
])
def test_a_concession_is_made_to_the_party_it_answers(pipeline, text, triple) -> None:
    assert triple in affirmed(full_events(pipeline, text))


def test_a_concession_with_its_own_party_keeps_it(pipeline) -> None:
    found = affirmed(full_events(pipeline, "Chile eased sanctions on Peru in response to Bolivia's request."))
    assert [t for c, _, t in found if c[:2] == "08"] == ["PER"], found

