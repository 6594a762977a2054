"""A verb's sides (`stages/events/verb.py`), on sentences and names written for these tests."""
from __future__ import annotations

import pytest

from ..test_events import full_events, triples


@pytest.mark.parametrize("text, expected", [
    # right-node raising: the object after the last of coordinated verbs is the target of each
    ("Freedonia condemned and rejected the Ruritanian proposal.", [("111", "FRE", "RUR"), ("120", "FRE", "RUR")]),
    ("Freedonia criticized and later praised Sylvania.", [("111", "FRE", "SYL"), ("051", "FRE", "SYL")]),
    # a second verb with a subject of its own is another clause: nothing is shared
    ("Freedonia attacked and Ruritania burned the village.", [("190", "FRE", None)]),
])
def test_coordinated_verbs_share_their_object(pipeline, text, expected) -> None:
    assert triples(pipeline, text, {})[:2] == expected


@pytest.mark.parametrize("text, expected", [
    # a verb of intent with no target of its own: whom the intended act is on
    ("Freedonia vowed to retaliate against Ruritania.", ("030", "FRE", "RUR")),
    ("Freedonia swore to punish Sylvania.", ("030", "FRE", "SYL")),
])
def test_an_intent_takes_the_target_of_its_infinitive(pipeline, text, expected) -> None:
    assert triples(pipeline, text, {})[:1] == [expected]



@pytest.mark.parametrize("text, expected", [
    # the place met at gives the target only when it is a place or a party, not a noun its adjective says whose
    ("The Chilean minister met Tomas Vell at a Peruvian cafe.", [("040", "CHLGOV", None)]),
    ("The Chilean minister met Tomas Vell in Peru.", [("040", "CHLGOV", "PER")]),
    # an embassy in a place slot is a place too (the actors stage): where they met, not whom
    ("The Chilean minister met Tomas Vell at the Peruvian embassy.", [("040", "CHLGOV", None)]),
])
def test_a_place_met_at_is_a_target_only_when_it_names_one(pipeline, text, expected) -> None:
    assert [(e.cameo, e.source, e.target) for e in full_events(pipeline, text) if e.cameo == "040"] == expected
