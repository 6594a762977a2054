"""Acts only intended or asked for, and objects that are no party (issue 9, session 13, second part). The whole
pipeline runs; every sentence and name is invented for these tests."""
from __future__ import annotations

import pytest

from .test_events import affirmed, full_events


def real(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    """(cameo, source, target) of the events told as done: neither negated nor hypothetical."""
    return [(e.cameo, e.source, e.target) for e in full_events(pipeline, text) if not e.negated and not e.hypothetical]


@pytest.mark.parametrize("text", [
    "Chilean rebels had plotted to kill Peruvian soldiers.",
    "Chilean rebels conspired to kill the Peruvian president.",
])
def test_a_plot_is_intent(pipeline, text: str) -> None:
    assert not any(cameo[:2] in ("18", "19", "20") for cameo, _, _ in real(pipeline, text))


def test_acts_conjoined_to_a_promised_one_are_promised_too(pipeline) -> None:
    text = "The Chilean president is promising to bomb the rebels, close the border and expel Peruvian diplomats."
    assert not any(cameo[:2] in ("16", "17", "19") for cameo, _, _ in real(pipeline, text))


def test_acts_conjoined_to_a_failed_one_failed_too(pipeline) -> None:
    text = "The Chilean president failed to meet the Peruvian president and sign the treaty with Peru."
    assert not any(cameo[:2] in ("04", "05") for cameo, _, _ in real(pipeline, text))


def test_a_conjunct_with_its_own_subject_is_its_own_clause(pipeline) -> None:
    text = "The Chilean president promised to help Peru, and the Peruvian army attacked the rebels."
    assert any(cameo[:2] in ("18", "19") and source == "PERMIL" for cameo, source, _ in real(pipeline, text))


@pytest.mark.parametrize("text", [
    '"Let them fight each other," the Chilean president said of the Peruvian rebels.',
    '"Let us attack the rebels now," the Chilean general told his troops.',
])
def test_let_asks_for_the_act(pipeline, text: str) -> None:
    assert not any(cameo[:2] in ("18", "19") for cameo, _, _ in real(pipeline, text))


def test_seizing_on_a_remark_is_no_seizure(pipeline) -> None:
    text = "The Peruvian opposition seized on a remark the Chilean president made in Lima."
    assert not any(cameo[:2] == "17" for cameo, _, _ in affirmed(full_events(pipeline, text)))
    assert any(cameo == "171" for cameo, _, _ in affirmed(full_events(pipeline, "Chilean police seized the Peruvian trawler.")))


@pytest.mark.parametrize("text", [
    "The Chilean president's support for marijuana legalization hurt him.",
    "The Chilean president's opposition to the war hurt him.",
])
def test_support_for_a_cause_is_no_event(pipeline, text: str) -> None:
    assert not any(cameo[:2] in ("05", "11") for cameo, _, _ in affirmed(full_events(pipeline, text)))


def test_support_for_a_party_stays(pipeline) -> None:
    text = "The Chilean president expressed support for Peru."
    assert ("051", "CHLGOV", "PER") in affirmed(full_events(pipeline, text))
