"""A text signed or issued does what its participle says (`sentence._what_the_text_does`): "signed a decree
banning rallies" is the signer's ban. Signing a text is a public statement (CAMEO root 01), never an event, so
it is no main act that would make the participle on its object background. Every sentence is invented."""
from __future__ import annotations

import pytest

from .test_events import affirmed, full_events


def coded(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return affirmed(full_events(pipeline, text))


@pytest.mark.parametrize("verb", ["signed", "issued"])
def test_a_decree_bans_what_its_participle_says(pipeline, verb: str) -> None:
    found = coded(pipeline, f"The Chilean president {verb} a decree banning opposition rallies.")
    assert [c for c in found if c[0].startswith("17") and c[1] == "CHLGOV"], found


def test_a_signed_letter_urges(pipeline) -> None:
    found = coded(pipeline, "Peru's foreign minister signed a letter urging Chile to withdraw its troops.")
    assert [c for c in found if c[0].startswith("02") and c[1] == "PERGOV" and c[2] == "CHL"], found


def test_a_purpose_of_signing_stays_no_event(pipeline) -> None:
    # a to-infinitive of purpose is no participle on the text: nothing was done but the signing
    assert coded(pipeline, "The Chilean president signed the decree to mark the anniversary.") == []


def test_what_an_urged_act_would_do_is_not_done(pipeline) -> None:
    # only the participle on the text is its act; what it urges others to do stays undone
    found = coded(pipeline, "Peruvian lawmakers signed a letter urging Chile to expel the Bolivian ambassador.")
    assert not [c for c in found if c[0].startswith("17")], found
