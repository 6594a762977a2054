"""Talking to the press is no consultation, handing over words or a picture no aid, one person's withdrawal no
retreat of forces: a talk "with NPR" or a photo given to Reuters is a statement to the press (CAMEO 01x, not
emitted), as the news outlets of organisations.tsv and the &WORDS/&PICTURE rows of verb_patterns.tsv code them; a
senator who "withdrew" left a race (`senses.lone_withdrawal`). And an investigation "whether X broke the law" is of
X. Each has a twin that stays. The whole pipeline runs; the people are invented."""
from __future__ import annotations

from .test_events import affirmed, full_events


def codes(pipeline, text: str) -> list[str]:
    return [code for code, _, _ in affirmed(full_events(pipeline, text))]


def test_a_talk_with_a_news_outlet_is_no_consultation(pipeline) -> None:
    assert not [c for c in codes(pipeline, "Chilean Senator Ana Vell discussed her campaign with NPR on Monday.")
                if c.startswith("04")]
    assert [c for c in codes(pipeline, "Chilean Senator Ana Vell discussed her campaign with Peruvian officials.")
            if c.startswith("04")]


def test_a_picture_or_words_handed_over_are_no_aid(pipeline) -> None:
    assert not [c for c in codes(pipeline, "The Chilean ministry provided Peru with a copy of the report.")
                if c.startswith("07")]
    assert "070" in codes(pipeline, "Chile provided Peru with food and medicine on Monday.")


def test_one_person_withdrawing_with_nothing_withdrawn_leaves_a_race(pipeline) -> None:
    text = "Chilean Senator Ana Vell sought the nomination but withdrew before the primaries."
    assert "087" not in codes(pipeline, text)
    for text in ("Peruvian troops withdrew on Monday.", "The Chilean general withdrew his forces from the border."):
        assert "087" in codes(pipeline, text)


def test_an_investigation_of_whether_someone_did_something_is_of_them(pipeline) -> None:
    found = affirmed(full_events(pipeline, "Chilean prosecutors are investigating whether Peruvian President Tomas "
                                           "Reyes broke the law."))
    assert ("090", "CHLJUD", "PERGOV") in found
