"""Judgements of persons in campaign news (issue 9 item 5, w21speech): words of blame in a speech verb's clause
("said she was extremely careless", "said he has gone crazy", "said her remarks show bias"), qualities granted or
denied ("has the courage to fight", "has no judgement"), blame laid with a noun ("put the blame on Y"), agreeing with
what a party said (051), and a feeling one "should" have ("should be ashamed of herself": blame, no demand). Every
sentence and person is invented; the countries are real only where the whole pipeline must code them."""
from __future__ import annotations

import pytest

from .test_events import affirmed, full_events


def _events(text: str, pipeline) -> list[tuple[str, str | None, str | None]]:
    return affirmed(full_events(pipeline, text))


def _codes(text: str, pipeline) -> list[str]:
    return [t[0] for t in _events(text, pipeline)]


@pytest.mark.parametrize(("text", "code"), [
    ("Senator Ana Vell of Chile said President Bo Tuck was extremely careless with classified material.", "111"),
    ("Senator Ana Vell of Chile announced that President Bo Tuck was careless.", "111"),
    ("Senator Ana Vell of Chile said President Bo Tuck has gone crazy.", "111"),
    ("Senator Ana Vell of Chile said President Bo Tuck has become a liability.", "111"),
    ("Senator Ana Vell of Chile said President Bo Tuck lacks the intellectual curiosity to lead.", "111"),
    ("Senator Ana Vell of Chile said President Bo Tuck was guilty.", "112"),
    ("Senator Ana Vell of Chile said President Bo Tuck's veto demonstrates his incompetence.", "111"),
    ("Senator Ana Vell of Chile said President Bo Tuck does not have the temperament to be president.", "111"),
    ("Senator Ana Vell of Chile said President Bo Tuck has the courage to fight for the workers.", "051"),
    # praise denied in the speaker's clause is blame
    ("Senator Ana Vell of Chile said President Bo Tuck is not qualified to be president.", "111"),
    ("Senator Ana Vell of Chile said President Bo Tuck was not qualified for the office.", "111"),
    ("Senator Ana Vell of Chile said President Bo Tuck isn’t qualified to be president.", "111"),  # the parser's "n’t"
    ("Senator Ana Vell of Chile said President Bo Tuck is a threat to democracy.", "111"),
    # a verb that casts someone as what its "as" phrase says
    ("Senator Ana Vell of Chile dismissed President Bo Tuck as a lightweight.", "111"),
    ("Senator Ana Vell of Chile painted President Bo Tuck as a liar.", "111"),
])
def test_a_judgement_of_a_person_in_a_speech_verbs_clause(pipeline, text, code) -> None:
    codes = _codes(text, pipeline)
    assert code in codes and not ({"051", "111"} - {code}) & set(codes)


def test_a_feeling_one_should_have_is_blame_not_a_demand(pipeline) -> None:
    codes = _codes("Senator Ana Vell of Chile said President Bo Tuck should be ashamed of himself.", pipeline)
    assert "111" in codes and "100" not in codes


@pytest.mark.parametrize("text", [
    "Senator Ana Vell of Chile put the blame on President Bo Tuck.",
    "On Monday, Senator Ana Vell of Chile laid the blame for the defeat squarely on President Bo Tuck.",
])
def test_blame_laid_on_a_party_is_an_accusation(pipeline, text) -> None:
    assert "112" in _codes(text, pipeline)


def test_agreeing_with_what_a_party_said_endorses_it(pipeline) -> None:
    codes = _codes("Senator Ana Vell of Chile said she agrees with President Bo Tuck's remarks.", pipeline)
    assert "051" in codes and "030" not in codes


def test_agreeing_on_a_deal_stays_cooperation(pipeline) -> None:
    assert "051" not in _codes("Peru agreed with Chile on a new trade deal.", pipeline)


@pytest.mark.parametrize("text", [
    "Police in Chile said the driver was drunk.",  # a state described, no word of blame
    "Senator Ana Vell of Chile said the plan is careless.",  # no party judged
    "Senator Ana Vell of Chile said the Chilean army has the strength to repel the attack.",  # no person praised
    "Senator Ana Vell of Chile put the blame on the weather.",
    "Judge Ana Vell read the charges. Bo Tuck said he was guilty.",  # the speaker's own plea
    "Senator Ana Vell of Chile said any politician who backs the bill is not qualified to lead.",  # whoever fits
    "Senator Ana Vell of Chile said anyone who votes for the bill is a fool.",
    "President Bo Tuck of Chile dismissed the finance minister on Monday.",  # no "as": no casting
    "Chile's team doctor Bo Tuck said striker Ana Vell was fit to play against Peru.",  # health, no praise
])
def test_no_judgement_of_a_party(pipeline, text) -> None:
    assert not {"051", "111", "112"} & set(_codes(text, pipeline))


def test_a_quote_of_blame_is_its_speakers(pipeline) -> None:
    text = ('President Bo Tuck of Chile spoke in Santiago on Monday. "He is a disaster," Senator Ana Vell of Chile '
            'said on Tuesday.')
    found = [e for e in full_events(pipeline, text) if e.cameo == "111" and not e.negated]
    assert found and all(e.source and e.target for e in found)


def test_a_speech_verb_denied_denies_the_praise(pipeline) -> None:
    found = full_events(pipeline, "Senator Ana Vell of Chile did not say President Bo Tuck was honest.")
    assert not [e for e in found if e.cameo == "111"] and all(e.negated for e in found if e.cameo == "051")


@pytest.mark.parametrize("text", [
    "Senator Ana Vell of Chile said President Bo Tuck is to blame for the defeat.",
    'President Bo Tuck of Chile spoke on Monday. "He is to blame," Senator Ana Vell of Chile said.',
])
def test_the_one_to_blame_is_accused_and_blames_nobody(pipeline, text) -> None:
    found = affirmed(full_events(pipeline, text))
    assert [t for t in found if t[0] == "112"] and all(t[1] for t in found if t[0] == "112")


def test_nothing_to_blame_is_no_event(pipeline) -> None:
    assert "112" not in _codes("Senator Ana Vell of Chile said the weather was to blame.", pipeline)
