"""Formulas of speech (issue 9): "Thank you, X, for ...", "Congratulations to X on ...", "Shame on X" are praise
(CAMEO 051; PETRARCH's THANK and ACCLAIM blocks, "extend congratulations") or criticism (111) by the quote's
speaker, with no "I" said. Sentences and names written for these tests."""
from __future__ import annotations

import pytest

from .test_events import full_events

STORY = "Peruvian President Ana Rojas ended her campaign on Friday. "


def sides(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.cameo, e.source, e.target) for e in full_events(pipeline, STORY + text)]


@pytest.mark.parametrize("text, expected", [
    ('"Thank you Ana Rojas for making working families the center of your campaign," wrote Chilean senator '
     'Tomas Vell on Twitter.', ("051", "CHLLEG", "PERGOV")),
    ('Chilean senator Marta Lind wrote, "Congratulations to Ana Rojas on running a campaign for working people."',
     ("051", "CHLLEG", "PERGOV")),
    # an editor's bracketed name for a handle, read by the parser without its brackets, in apposition to "you"
    ('"Thank you [Ana Rojas] for making working families the center of your campaign. Let\'s keep fighting", '
     'wrote Chilean senator Marta Lind on Twitter.', ("051", "CHLLEG", "PERGOV")),
    ('"Shame on the Peruvian government for this decision," said Chilean minister Pedro Soto.',
     ("111", "CHLGOV", "PERGOV")),
])
def test_a_formula_of_praise_is_the_speakers_praise(pipeline, text: str, expected) -> None:
    assert expected in sides(pipeline, text)


def test_thanks_to_no_one_named_is_no_event(pipeline) -> None:
    assert sides(pipeline, '"Thank you," said Rojas.') == []


def test_thank_with_a_subject_is_the_subjects_thanks(pipeline) -> None:
    assert sides(pipeline, "Chilean minister Pedro Soto thanked Rojas for her work.") == [("051", "CHLGOV", "PERGOV")]
