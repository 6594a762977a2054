"""Talk that is no act (issue 9 item 4, w15generic): what a class of people will, would or can do is a disposition
or a prediction, not a dated act of a party; a modal on a named or dated doer keeps the coding the PLOVER manual
gives announced and planned acts. The whole pipeline runs; every sentence and person is invented."""
from __future__ import annotations

import pytest

from .test_events import affirmed, full_events


def coded(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return affirmed(full_events(pipeline, text))


def codes(pipeline, text: str) -> list[str]:
    return [e.cameo for e in full_events(pipeline, text)]


# --- 1. generic doers under a modal -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    '"Those soldiers will shoot you if you go near the fence," said Mira Solt, a farmer in Tarsk.',
    '"People will condemn the Zenda church for this," the bishop of Tarsk said on Monday.',
    '"You cannot criticise the ruling party in Zenda," said Ana Vell, a Zendan journalist.',
    '"Nobody can criticise the king of Zenda," Vell said.',
    '"Many people are going to protest against the new tax," Vell said.',
    '"Anyone who would protest against the governor of Tarsk ends up in prison," said Vell.',
    'Critics say a single province could block the Zendan budget for months.',
])
def test_a_generic_doer_under_a_modal_is_no_event(pipeline, text: str) -> None:
    assert codes(pipeline, text) == []


def test_cannot_on_a_generic_doer_is_no_refusal_nor_negated_act(pipeline) -> None:
    found = full_events(pipeline, '"Anybody can reject the offer of the Zendan government," Vell said.')
    assert [e.cameo for e in found] == []


def test_a_named_doer_announcing_an_act_keeps_its_coding(pipeline) -> None:
    # PLOVER: future cooperative acts are AGREE (03x), announced force a threat (13x)
    assert ("033", "CHLGOVMIL", None) in coded(
        pipeline, '"We will send troops to the border," said the Chilean defence minister.')
    assert any(c == "138" for c, _, _ in coded(pipeline, "Chilean troops will attack the camps of the smugglers."))


def test_a_bare_plural_with_a_date_is_a_planned_act(pipeline) -> None:
    assert any(c.startswith("13") for c in codes(pipeline, "Rebels will attack the town of Tarsk on Friday."))


def test_a_generic_doer_without_a_modal_is_left_to_the_other_rules(pipeline) -> None:
    # a past act of a bare plural is an act that happened
    assert any(c == "111" for c in codes(pipeline, "Zendan bishops criticised the Tarsk governor on Monday."))
