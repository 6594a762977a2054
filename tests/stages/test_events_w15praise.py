"""Evaluative speech missed on obituaries and reactions (issue 9 item 5, w15praise): quoted attributive words
("an 'iconic' leader", "a 'gentleman politician'"), a tribute's pronoun that stands for the person whose death the
article reports, and condolences, which are CAMEO 018 (a public statement, root 01: no event in eventwire).
Every sentence and person is invented; Chile is real only because the whole pipeline must code it."""
from __future__ import annotations

import pytest

from eventwire.stages.evaluative import evaluations

from .test_events import affirmed, full_events

DEATH = "Former Chilean president Bo Tuck died on Monday. "
# a quote with no person in it between the report of the death and the tribute
GRIEF = 'Senator Ana Vell of Chile said, "Chile grieves today. Condolences to his family." '


def _coded(text: str, pipeline) -> list[tuple[str, str | None, str | None]]:
    return affirmed(full_events(pipeline, text))


def _judged(text: str, pipeline) -> list[tuple[str, str | None, str | None]]:
    return [t for t in _coded(text, pipeline) if t[0] in ("051", "111", "112")]


@pytest.mark.parametrize("text", [
    'Senator Ana Vell of Chile said President Bo Tuck had been an "iconic" leader.',
    'Senator Ana Vell of Chile said President Bo Tuck was a "gentleman politician".',
    'Senator Ana Vell of Chile called President Bo Tuck "a gifted and humane leader".',
])
def test_a_quoted_attributive_word_praises_the_one_it_is_said_of(pipeline, text) -> None:
    assert ("051", "CHLLEG", "CHLGOV") in _coded(text, pipeline)


def test_a_tributes_pronoun_stands_for_the_deceased(pipeline) -> None:
    # "He" has no antecedent in its sentence or the one before (a quote naming nobody): the article reports
    # one death, and the tribute is to that person
    text = DEATH + GRIEF + 'Prime Minister Hal Ruse of Chile said, "He was an excellent politician."'
    assert ("051", "CHLGOV", "CHLELI") in _coded(text, pipeline)


def test_two_deaths_leave_the_pronoun_to_nobody(pipeline) -> None:
    text = ('Bo Tuck and Lia Moro died in a crash on Monday. ' + GRIEF
            + 'Prime Minister Hal Ruse of Chile said, "He was an excellent politician."')
    assert not _judged(text, pipeline)


@pytest.mark.parametrize("text", [
    DEATH + GRIEF + 'Prime Minister Hal Ruse of Chile said, "He was born in Valparaiso and was a lawyer."',
    DEATH + GRIEF + 'Prime Minister Hal Ruse of Chile said, "He was a member of the party for forty years."',
    DEATH + 'Prime Minister Hal Ruse of Chile said of him, "He was a lawyer and a farmer."',
    "Senator Ana Vell of Chile said the weather in Santiago was gentle and the festival was iconic.",
])
def test_a_neutral_quote_about_a_person_is_no_praise(pipeline, text) -> None:
    assert not _judged(text, pipeline)


@pytest.mark.parametrize("text", [
    DEATH + "Senator Ana Vell of Chile sent condolences to his family.",
    DEATH + "Argentina sent a message of condolence to Chile.",
    DEATH + "Argentina's president Lia Moro expressed condolences over his death.",
])
def test_condolences_are_an_empathetic_statement_not_praise(pipeline, text) -> None:
    # CAMEO 018 "make empathetic comment" (PETRARCH-2: EXPRESS / EXTEND / OFFER * CONDOLENCES [018]) is root 01,
    # which has no PLOVER type: eventwire emits no event for it, and it is not praise of the dead (051)
    assert not _coded(text, pipeline)


def test_the_word_of_an_as_phrase_is_its_noun_not_a_quotation_mark(pipeline) -> None:
    doc = pipeline.nlp('He was described by the minister as "a tireless servant of the people".')
    found = evaluations(doc, pipeline.knowledge.cues, pipeline.knowledge.evaluative_words)
    assert [(f.verdict, f.word) for f in found] == [("praise", "servant")]


def test_a_death_told_by_name_counts_before_one_told_by_a_pronoun(pipeline) -> None:
    # "He died at ..." may be resolved to the son named just before; the death told by name says who died
    text = ("On Monday, Bo Tuck, a former president of Chile, died. His death was announced by his son Cai Tuck "
            "on television. He died at a hospital in Santiago. The government of Chile declared three days of "
            "mourning.")
    assert ("051", "CHLGOV", "CHLELI") in _coded(text, pipeline)


@pytest.mark.parametrize("text, expected", [
    # the parser takes the clause's subject for the hearer: "told [Radio Andes Tuck] 'was a great man'"
    ('Senator Ana Vell told Radio Andes Tuck "was a great man".', [("told", "Tuck", "praise")]),
    # a common noun after "told" is the hearer it mostly is
    ('Senator Ana Vell told reporters "was a great man".', []),
])
def test_a_subjectless_clause_after_a_named_object_is_about_that_name(pipeline, text, expected) -> None:
    found = evaluations(pipeline.nlp(text), pipeline.knowledge.cues, pipeline.knowledge.evaluative_words)
    assert [(f.verb.text, f.called.text, f.verdict) for f in found] == expected


@pytest.mark.parametrize("text", [
    # the owner of a death is never the speaker: "his death was a great loss" praises the one who died
    "President Bo Tuck of Chile died on Monday. Senator Ana Vell of Chile said his death was a great loss.",
    # a naming verb's pronoun left unresolved: the person named before
    "President Bo Tuck of Chile died on Monday. Senator Ana Vell of Chile remembered him as an iconic leader.",
])
def test_a_pronoun_for_the_person_judged(pipeline, text) -> None:
    assert ("051", "CHLLEG", "CHLGOV") in _coded(text, pipeline)


def test_what_else_a_possessive_owns_may_be_the_speakers_own(pipeline) -> None:
    text = "President Bo Tuck of Chile died on Monday. Senator Hal Ruse of Chile said his plan was a great success."
    assert not _judged(text, pipeline)


def test_words_of_tributes_praise_and_words_of_taste_say_nothing(pipeline) -> None:
    words = pipeline.knowledge.evaluative_words
    assert words.verdict("leader", {"iconic"}) == "praise"
    assert words.verdict("politician", {"gentleman"}) == "praise"
    assert words.verdict("soul", {"gentle"}) == "praise"
    assert words.verdict("politician", {"talented", "corrupt"}) is None  # words that disagree say nothing
    assert all(words.word(w) is None for w in ("kind", "warm", "good", "best"))
