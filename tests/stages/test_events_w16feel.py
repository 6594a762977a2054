"""Evaluative speech in shapes the verb table did not reach (issue 9 item 5, w16feel): feelings told as a
predicate adjective ("we are grateful to X", "she was disappointed in X", "I am sorry for the harm done to X"),
idioms of criticism and praise ("hit out at X", "took aim at X", "heaped praise on X", "offered an apology to X")
and naming with the predicate read as a second object or belittled ("branded X a liar", "called it just another
apology"). Every sentence and person is invented; Chile and Peru are real only because the whole pipeline must
code them."""
from __future__ import annotations

import pytest

from .test_events import affirmed, full_events


def _coded(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return affirmed(full_events(pipeline, text))


def _judged(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return [t for t in _coded(pipeline, text) if t[0][:2] in ("05", "11")]


@pytest.mark.parametrize("text, expected", [
    ('"We are grateful to Peru for its help," said Chilean President Ana Vell.', ("051", "CHLGOV", "PER")),
    ("Chile is grateful to Peru for its help, the Chilean foreign minister said.", ("051", "CHL", "PER")),
    ("The Chilean foreign minister said she was disappointed in the Peruvian government.",
     ("111", "CHLGOV", "PERGOV")),
    ('"I am deeply disappointed with the Peruvian government," said Chilean President Ana Vell.',
     ("111", "CHLGOV", "PERGOV")),
    ("Chilean President Ana Vell said she was proud of the Peruvian army.", ("051", "CHLGOV", "PERMIL")),
    ('"I am sorry for the harm we caused to Peru," said Chilean President Ana Vell.', ("055", "CHLGOV", "PER")),
])
def test_a_feeling_told_as_a_predicate_about_a_party(pipeline, text, expected) -> None:
    assert expected in _coded(pipeline, text)


@pytest.mark.parametrize("text", [
    '"I am sorry for your loss," Chilean President Ana Vell told the widow.',
    "Chilean President Ana Vell said she was grateful for the rain.",
    "Chilean President Ana Vell said she was angry about the weather.",
    "Chilean President Ana Vell said she was proud of her achievements.",
    "Chilean fans were disappointed with the result.",
])
def test_a_feeling_about_no_other_party_is_no_event(pipeline, text) -> None:
    assert not _judged(pipeline, text)


@pytest.mark.parametrize("text, expected", [
    ("Chilean President Ana Vell hit out at the Peruvian government.", ("111", "CHLGOV", "PERGOV")),
    ("Chilean President Ana Vell lashed out at Peruvian President Hal Ruse.", ("111", "CHLGOV", "PERGOV")),
    ("Chilean President Ana Vell took aim at the Peruvian government over the tariffs.",
     ("111", "CHLGOV", "PERGOV")),
    ("Chilean President Ana Vell took a swipe at Peruvian President Hal Ruse.", ("111", "CHLGOV", "PERGOV")),
    ("Chilean President Ana Vell heaped praise on Peruvian President Hal Ruse.", ("051", "CHLGOV", "PERGOV")),
    ("Chilean President Ana Vell offered an apology to Peru.", ("055", "CHLGOV", "PER")),
    ("Chilean President Ana Vell apologized for the raid on Peru.", ("055", "CHLGOV", "PER")),
])
def test_idioms_of_criticism_praise_and_apology(pipeline, text, expected) -> None:
    assert expected in _coded(pipeline, text)


@pytest.mark.parametrize("text", [
    "The storm hit Chile on Monday.",
    "Chilean President Ana Vell took aim at the target.",
])
def test_the_idioms_need_their_particle_or_a_party(pipeline, text) -> None:
    assert not _judged(pipeline, text)


def test_an_offered_apology_is_no_offer_to_cooperate(pipeline) -> None:
    assert not [t for t in _coded(pipeline, "Chilean President Ana Vell offered an apology to Peru.")
                if t[0][:2] == "03"]


@pytest.mark.parametrize("text, expected", [
    ("Chilean President Ana Vell branded Peruvian President Hal Ruse a liar.", ("111", "CHLGOV", "PERGOV")),
    ("Chilean President Ana Vell called the Peruvian plan a mere formality.", ("111", "CHLGOV", "PER")),
    ("Chilean President Ana Vell said the Peruvian plan was just another gesture.", ("111", "CHLGOV", "PER")),
])
def test_a_second_object_or_a_belittling_word_is_what_one_is_called(pipeline, text, expected) -> None:
    assert expected in _coded(pipeline, text)


def test_just_another_belittles_a_word_of_no_polarity(pipeline) -> None:
    assert ("111", "CHLGOV", None) in _coded(pipeline, "Chilean President Ana Vell called it just another apology.")


@pytest.mark.parametrize("text, expected", [
    ("Chile was angered by the Peruvian decision to close the border.", ("111", "CHL", "PER")),
    ("Chilean President Ana Vell was highly critical of the Peruvian government.", ("111", "CHLGOV", "PERGOV")),
    ("Chilean President Ana Vell said she was supportive of the Peruvian government.",
     ("051", "CHLGOV", "PERGOV")),
    ("Chilean President Ana Vell reserved her harshest criticism for the Peruvian government.",
     ("111", "CHLGOV", "PERGOV")),
    ("Chilean President Ana Vell had kind words for Peruvian President Hal Ruse.", ("051", "CHLGOV", "PERGOV")),
])
def test_a_stance_told_as_a_feeling_or_as_words_kept_for_a_party(pipeline, text, expected) -> None:
    assert expected in _coded(pipeline, text)


def test_the_active_of_a_feeling_is_no_blame_by_its_subject(pipeline) -> None:
    # the object is the one who feels: Peru does not blame Chile
    assert ("111", "PER", "CHL") not in _coded(pipeline, "Peru angered Chile with its decision to close the border.")


@pytest.mark.parametrize("text", [
    "Chilean President Ana Vell has long been critical of the Peruvian government.",  # a lasting stance
    "Chilean President Ana Vell said the bridge was critical to Peru.",
])
def test_a_lasting_state_or_another_sense_is_no_blame(pipeline, text) -> None:
    assert not [t for t in _coded(pipeline, text) if t[0] == "111"]


@pytest.mark.parametrize("text", [
    "Chile was upset by Peru in the quarter-final.",  # a defeat in a game
    "Chile was frustrated by Peru's defence in the second half.",
])
def test_a_side_beaten_or_held_in_a_game_blames_nobody(pipeline, text) -> None:
    assert not _judged(pipeline, text)


def test_a_particle_the_tagger_reads_as_an_adverb(pipeline) -> None:
    # "back" tagged an adverb is still the particle of "hit back at X" (PETRARCH HIT * BACK (AT) [111])
    text = "Chilean President Ana Vell hit back at Peruvian President Hal Ruse on Tuesday."
    assert ("111", "CHLGOV", "PERGOV") in _coded(pipeline, text)


@pytest.mark.parametrize("text, expected", [
    ("The Peruvian decision drew sharp criticism from Chile.", ("111", "CHL", "PER")),
    ("Peruvian President Hal Ruse faced criticism from the Chilean government over the tariffs.",
     ("111", "CHLGOV", "PERGOV")),
    ("Peruvian President Hal Ruse won praise from Chilean President Ana Vell for his handling of the crisis.",
     ("051", "CHLGOV", "PERGOV")),
])
def test_criticism_or_praise_undergone_is_done_by_the_one_it_is_from(pipeline, text, expected) -> None:
    assert expected in _coded(pipeline, text)


def test_praise_from_no_party_is_no_event(pipeline) -> None:
    assert not _judged(pipeline, "The Chilean film drew praise from critics.")
