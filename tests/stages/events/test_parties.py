"""Who a phrase names (`stages/events/parties.py`), on sentences and names written for these tests."""
from __future__ import annotations

import pytest

from ..test_events import triples

# Actors as the actors stage would give them: "Ruritanian rebels" and "the Freedonian guard" are groups.
GROUPS = {"Ruritanian rebels": "RURREB", "Freedonian guard": "FREMIL", "Tessaly": "TES"}


@pytest.mark.parametrize("text, expected", [
    # a thing that is no actor, held or run by one: the phrase stands for its holder
    ("Freedonia shelled positions held by Ruritanian rebels.", ("194", "FRE", "RURREB")),
    ("Sylvania seized a ferry operated by the Freedonian guard.", ("171", "SYL", "FREMIL")),
])
def test_the_agent_of_a_participle_on_a_thing_is_its_holder(pipeline, text, expected) -> None:
    assert triples(pipeline, text, GROUPS)[:1] == [expected]


def test_a_group_noun_stays_its_own_actor(pipeline) -> None:
    # "rebels backed by Tessaly" are not Tessaly's: an actor of its own keeps it
    assert triples(pipeline, "Freedonia shelled Ruritanian rebels backed by Tessaly.", GROUPS)[:1] == [
        ("194", "FRE", "RURREB")]
