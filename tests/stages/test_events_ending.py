"""An act its doer ends is not done (`sentence._ending_verb`, verb_patterns.tsv's s11 block): the event noun that
a verb of ending takes as object ("ended its aid", "withdrew her support", "dropped his opposition", "backed away
from his support") is negated, and the ending itself is coded by the verb's row where the codebook has one
(stopping aid 162, ending talks 164, withdrawn support 160). The whole pipeline runs; the sentences are invented."""
from __future__ import annotations

import pytest

from .test_events import full_events


def _events(pipeline, text: str) -> list[tuple[str, str | None, str | None, bool]]:
    return [(e.cameo, e.source, e.target, e.negated) for e in full_events(pipeline, text)]


@pytest.mark.parametrize("text, ended", [
    ("Bolivia ended its military aid to Peru.", "070"),
    ("Bolivia withdrew its support for the Peruvian government.", "051"),
    ("The Bolivian senator dropped her opposition to the Peruvian plan.", "110"),
    ("Bolivia backed away from its previous support for the Peruvian government.", "051"),
])
def test_the_act_a_verb_ends_is_not_done(pipeline, text, ended) -> None:
    found = _events(pipeline, text)
    assert not any(code[:2] == ended[:2] and not negated for code, _, _, negated in found)


@pytest.mark.parametrize("text, expected", [
    ("Bolivia ended its military aid to Peru.", ("162", "BOL", "PER")),
    ("Bolivia withdrew its support for the Peruvian government.", ("160", "BOL", "PERGOV")),
    ("Chile ended its talks with Peru on Monday.", ("164", "CHL", "PER")),
])
def test_the_ending_is_coded_by_its_verb(pipeline, text, expected) -> None:
    assert expected in [(code, source, target) for code, source, target, negated in _events(pipeline, text)
                        if not negated]


def test_an_act_the_verb_does_not_end_stays(pipeline) -> None:
    # "expressed support": a light verb carries the act, nothing ends it
    found = _events(pipeline, "Bolivia expressed its support for the Peruvian government.")
    assert ("051", "BOL", "PERGOV", False) in found
