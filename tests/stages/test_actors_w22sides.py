"""Who the sides are in one country's political news (issue 9, w22sides): a place that names a body's subject
("his Benghazi committee", "the Committee on Benghazi") says nothing of its members' country, of the story's
country or of a target's. The whole pipeline runs; every person is invented (countries and towns are real so
that the tables code them)."""
from __future__ import annotations

import pytest

from eventwire.pipeline import make_article
from eventwire.stages.syntax import subject_place

from .test_events import affirmed, full_events


def _article(pipeline, text: str):
    return pipeline(make_article("t", text, "2016-03-10"))


def _codes(pipeline, text: str) -> dict[str, str | None]:
    return {a.name: a.code for a in _article(pipeline, text).actors}


@pytest.fixture(scope="module")
def nlp(pipeline):
    return pipeline.nlp


@pytest.mark.parametrize("text, place, expected", [
    ("The senator led the Benghazi committee.", "Benghazi", True),
    ("She testified before the Committee on Benghazi.", "Benghazi", True),
    ("He praised the Kabul embassy inquiry.", "Kabul", True),
    ("Troops were sent to Benghazi.", "Benghazi", False),
    ("He opened the Kabul office.", "Kabul", False),
])
def test_a_place_that_names_a_bodys_subject(nlp, text: str, place: str, expected: bool) -> None:
    token = next(t for t in nlp(text) if t.text == place)
    assert subject_place(token) is expected


@pytest.mark.parametrize("text", [
    "Congressman Dale Marsh slammed a lawsuit alleging that he misused his Benghazi committee.",
    "Congressman Dale Marsh spoke to the Benghazi committee.",
    "Representative Dale Marsh of the Benghazi committee condemned the White House.",
])
def test_a_committees_subject_gives_its_member_no_country(pipeline, text: str) -> None:
    assert not (_codes(pipeline, text)["Dale Marsh"] or "").startswith("LBY")


def test_a_committees_subject_is_no_target_country(pipeline) -> None:
    found = affirmed(full_events(pipeline, "Congressman Dale Marsh slammed the Benghazi committee."))
    assert found and all(target is None or not target.startswith("LBY") for _, _, target in found)


def test_a_place_where_the_act_happens_still_counts(pipeline) -> None:
    text = "Police arrested two protesters in Benghazi. The protesters had marched through Benghazi and Tripoli."
    assert any(source == "LBYCOP" for _, source, _ in affirmed(full_events(pipeline, text)))
