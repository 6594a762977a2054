"""Who a phrase names (`stages/events/parties.py`), on sentences and names written for these tests."""
from __future__ import annotations

import pytest

from eventwire import make_article

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


# --- an apposition says who the head is; a possessive only whose it is ----------------------------------------

def _doers(pipeline, text: str) -> list[tuple[str, list[str], list[str]]]:
    article = pipeline(make_article("t", text, "2024-01-10"))
    name = {actor.id: actor.name for actor in article.actors}
    return [(e.cameo, [name[i] for i in e.actors], [name[i] for i in e.recipients]) for e in article.events]


@pytest.mark.parametrize("text", [
    # "Her" is Lena Marsh; her opponent, named beside the noun, is the one accusing her
    "President Lena Marsh of Ruritania spoke in Tarsk on Monday. Her opponent, Dario Vell, in a message to "
    "donors, accused Marsh of lying to voters.",
    "President Lena Marsh of Ruritania spoke in Tarsk on Monday. Her main rival Dario Vell called on the "
    "President to resign.",
])
def test_a_persons_rival_named_in_apposition_is_the_doer(pipeline, text) -> None:
    found = _doers(pipeline, text)
    assert found and all("Lena Marsh" not in doers for _, doers, _ in found)
    assert any(doers == ["Dario Vell"] and targets == ["Lena Marsh"] for _, doers, targets in found)


@pytest.mark.parametrize("text", [
    "President Lena Marsh of Chile spoke on Monday. Her critics blame her for the drought.",
    "President Lena Marsh of Chile spoke on Monday. Her opponent attacked her record.",
    "President Lena Marsh of Chile spoke on Monday. Marsh critics accused her of fraud.",
])
def test_the_owner_of_a_relation_is_the_other_party(pipeline, text) -> None:
    # a person's critics, opponent or rivals are someone else: she is the target, never the doer
    found = _doers(pipeline, text)
    assert found and all("Lena Marsh" not in doers for _, doers, _ in found)


def test_a_role_still_acts_for_its_owner(pipeline) -> None:
    found = _doers(pipeline, "President Lena Marsh of Chile spoke on Monday. Her spokesman criticised the Peruvian "
                             "government.")
    assert ("111", ["Lena Marsh"], ["Peruvian government"]) in found
