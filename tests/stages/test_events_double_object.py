"""A double-object verb whose second object the parser hangs on the first as an apposition ("granted Jo
Marlow a full pardon"): the indefinite noun phrase right after the name, with no comma, is the verb's object,
so the row that asks for it matches. A real apposition, set off by a comma, is not. Names are invented."""
from __future__ import annotations

import pytest

from tests.stages.test_events import full_events


@pytest.mark.parametrize("text", [
    "Chilean President Ana Vega granted Tomas Quell a full pardon.",
    "Chilean President Ana Vega granted Rita Ann Sand a full and unconditional pardon.",
])
def test_a_second_object_hung_as_an_apposition_is_the_object(pipeline, text) -> None:
    found = [(e.cameo, e.source) for e in full_events(pipeline, text) if not e.negated]
    assert ("081", "CHLGOV") in found, found


def test_an_apposition_set_off_by_a_comma_is_no_object(pipeline) -> None:
    # "Quell, a lawyer" describes Quell; nothing is granted as a "lawyer"
    found = [e.cameo for e in full_events(pipeline, "Chilean President Ana Vega granted Tomas Quell, a lawyer, "
                                                    "an audience.")]
    assert "081" not in found, found
