"""Endorsements, stances and contests in campaign news (issue 9, w20campaign). The whole pipeline runs; every
sentence and name is invented for these tests."""
from __future__ import annotations

import pytest

from .test_events import full_events


def real(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    """(cameo, source, target) of the events told as done: neither negated nor hypothetical."""
    return [(e.cameo, e.source, e.target) for e in full_events(pipeline, text) if not e.negated and not e.hypothetical]


@pytest.mark.parametrize("text, source", [
    ("Senator Ann Marsh won the endorsement of Governor Tom Vell.", "---GOV"),
    ("Senator Ann Marsh received the endorsement of Mexico's president.", "MEXGOV"),
    ("Senator Ann Marsh has locked down endorsements from the Mexican president.", "MEXGOV"),
])
def test_an_endorsement_received_is_the_giver_endorsing(pipeline, text: str, source: str) -> None:
    assert ("051", source, "---LEG") in [(c, s, t and t.replace("MEX", "---")) for c, s, t in real(pipeline, text)]


def test_the_support_of_voters_is_no_endorsement(pipeline) -> None:
    assert not any(c == "051" for c, _, _ in real(pipeline, "Senator Ann Marsh won the support of voters in Ohio."))


@pytest.mark.parametrize("text", [
    "A Mexican farmer who supports the Peruvian president, Juan Ortiz lost his son in a crash.",
    "The reporter spoke to Mexican senators who criticize the Peruvian president.",
])
def test_a_stance_that_describes_a_person_is_no_act(pipeline, text: str) -> None:
    assert not any(c[:2] in ("05", "11", "12") for c, _, _ in real(pipeline, text))


@pytest.mark.parametrize("text, root", [
    ("The reporter spoke to a Mexican senator who endorsed the Peruvian president last week.", "05"),
    ("The reporter spoke to Mexican senators who criticized the Peruvian president on Monday.", "11"),
])
def test_a_relative_clause_that_tells_an_act_stays(pipeline, text: str, root: str) -> None:
    assert any(c[:2] == root for c, _, _ in real(pipeline, text))


@pytest.mark.parametrize("text", [
    "Senator Ann Marsh had captured 1,944 delegates by Tuesday.",
    "The Peruvian opposition seized 40 seats in the election.",
    "Polls show Senator Ann Marsh beating Governor Tom Vell in Ohio.",
    "Polls show Senator Ann Marsh surging in Iowa and beating Governor Tom Vell in Ohio.",
])
def test_votes_won_are_no_force(pipeline, text: str) -> None:
    assert not any(c[:2] in ("18", "19", "20") for c, _, _ in real(pipeline, text))


@pytest.mark.parametrize("text", [
    "Mexican rebels captured 12 Peruvian soldiers near the border.",
    "Reports show Mexican rebels attacking Peruvian soldiers near the border.",
])
def test_force_against_counted_people_stays(pipeline, text: str) -> None:
    assert any(c[:2] in ("17", "18", "19", "20") for c, _, _ in real(pipeline, text))


def test_a_means_gerund_of_a_hypothetical_clause_is_not_done(pipeline) -> None:
    text = "By offering the Mexican president the second spot, Senator Ann Marsh would show voters she is serious."
    assert not any(c[:2] == "03" for c, _, _ in real(pipeline, text))
    text = "By expelling the Mexican ambassador, the Peruvian government punished Mexico."
    assert any(c[:2] in ("16", "17") for c, _, _ in real(pipeline, text))


@pytest.mark.parametrize("text", [
    "The reporter met the Mexican Nurses Guild, a union that endorsed the Peruvian president.",
    "The reporter met the Mexican Nurses Guild, which has broken away from other groups and endorsed the Peruvian "
    "president.",
    '"We are happy," said Rosa Dunn of the Mexican Nurses Guild, a union that has broken away from other groups and '
    'endorsed the Peruvian president.',
])
def test_an_apposition_asserts_its_relative_clause(pipeline, text: str) -> None:
    assert ("051", "MEX", "PERGOV") in real(pipeline, text)
