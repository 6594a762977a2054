"""Criticism and praise between politicians in campaign news (issue 9, w20speech): epithets for persons after
"call" or a speech verb's copular clause (111), lacking a quality a leader needs (111), idioms of verbal attack
(111) and a verbal attack on a reason told as a gerund (111, not force). Every sentence and person is invented; the
countries are real only where the whole pipeline must code them."""
from __future__ import annotations

import pytest

from .test_events import affirmed, full_events


def _codes(text: str, pipeline) -> list[str]:
    return [t[0] for t in affirmed(full_events(pipeline, text))]


@pytest.mark.parametrize("text", [
    "Senator Ana Vell of Chile called President Bo Tuck a blowhard.",
    "Senator Ana Vell of Chile called President Bo Tuck a political opportunist.",
    "Senator Ana Vell of Chile called President Bo Tuck an unqualified loose cannon.",
    "Senator Ana Vell of Chile said President Bo Tuck is weak.",
])
def test_an_epithet_for_a_person_is_criticism(pipeline, text) -> None:
    assert "111" in _codes(text, pipeline)


@pytest.mark.parametrize("text", [
    "Senator Ana Vell of Chile said the economy is weak.",
    "Senator Ana Vell of Chile said demand was weak in the third quarter.",
])
def test_an_epithet_for_no_party_is_no_event(pipeline, text) -> None:
    assert "111" not in _codes(text, pipeline)
