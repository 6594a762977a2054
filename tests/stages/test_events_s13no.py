"""An act quantified by "no" did not happen (issue 9, session 13): "had no praise for X", "offered no support",
"there were no talks". The whole pipeline runs; every sentence and name is invented for these tests."""
from __future__ import annotations

import pytest

from .test_events import affirmed, full_events


@pytest.mark.parametrize("text, code", [
    ("The Chilean president had no such praise for the Peruvian president.", "051"),
    ("The Chilean president had no praise for Peru.", "051"),
    ("There were no talks between Chile and Peru last year.", "040"),
    ("The Chilean president offered no support for Peru.", "030"),
])
def test_an_act_quantified_by_no_is_negated(pipeline, text: str, code: str) -> None:
    found = full_events(pipeline, text)
    assert any(e.cameo == code and e.negated for e in found)
    assert not any(cameo == code for cameo, _, _ in affirmed(found))


@pytest.mark.parametrize("text, expected", [
    ("The Chilean president had high praise for Peru.", ("051", "CHLGOV", "PER")),
    ("Talks between Chile and Peru resumed last year.", ("040", "CHL", "PER")),
])
def test_an_act_not_quantified_by_no_stays(pipeline, text: str, expected) -> None:
    assert expected in affirmed(full_events(pipeline, text))


# --- s14neg: an event noun whose light verb was declined or refused was not done either -------------------------

@pytest.mark.parametrize("text", [
    "The Chilean president declined to affirm his support for the Peruvian president.",
    "The Chilean president's unwillingness to affirm his support for Peru troubled many.",
])
def test_support_declined_is_not_given(pipeline, text: str) -> None:
    found = full_events(pipeline, text)
    assert any(e.cameo == "051" and e.negated for e in found)
    assert not any(cameo == "051" for cameo, _, _ in affirmed(found))


def test_support_affirmed_is_given(pipeline) -> None:
    found = full_events(pipeline, "The Chilean president affirmed his support for Peru.")
    assert ("051", "CHLGOV", "PER") in affirmed(found)
