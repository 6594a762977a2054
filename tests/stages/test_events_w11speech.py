"""Kinds of act missed on real news (issue 9, w11speech): praise and blame in a quote or a speech verb's clause
about a person a pronoun stands for (051/111), mourning as praise (051), aid by what is given (071/072/073),
legal acts told as nouns (173), and the domestic target of a restriction (081x/172x). Every sentence and person
is invented; the countries are real only where the whole pipeline must code them."""
from __future__ import annotations

import pytest

from .test_events import affirmed, full_events, triples

PEOPLE = {"Ana Vell": "FREGOV", "Bo Tuck": "RURGOV", "Zenda": "RUR", "Ruritania": "RUR", "Freedonia": "FRE",
          "Freedonian prosecutors": "FREJUD"}


def _coded(text: str, pipeline) -> list[tuple[str, str | None, str | None]]:
    return affirmed(full_events(pipeline, text))


# --- evaluative speech: quotes and pronouns ------------------------------------------------------------------

def test_a_quote_about_the_person_named_by_of(pipeline) -> None:
    text = 'Opposition leader Ana Vell of Chile said of President Bo Tuck: "He is a liar and a coward."'
    assert ("111", "CHLOPP", "CHLGOV") in _coded(text, pipeline)


def test_a_quoted_sentence_with_no_speech_verb_is_its_speakers(pipeline) -> None:
    text = ('Senator Ana Vell of Chile spoke about President Bo Tuck on Monday. '
            '"He is a liar. He is a coward," she said.')
    found = full_events(pipeline, text)
    assert ("111", "CHLLEG", "CHLGOV") in affirmed(found)


def test_a_pronoun_the_resolver_gave_the_speaker_stands_for_the_person_before(pipeline) -> None:
    text = ("Former Chilean president Bo Tuck died on Monday. "
            "Prime Minister Ana Vell said he was an excellent politician.")
    # a former president is an elite, CHLELI (CAMEO; w12actors)
    assert [t for t in _coded(text, pipeline) if t[0] == "051"] == [("051", "---GOV", "CHLELI")]


def test_a_quote_before_its_cue_about_the_person_before(pipeline) -> None:
    text = 'Chilean President Bo Tuck spoke on Monday. "He was a dictator," said Senator Ana Vell of Chile.'
    assert ("111", "CHLLEG", "CHLGOV") in _coded(text, pipeline)


def test_praise_of_oneself_is_no_event(pipeline) -> None:
    assert not _coded("Prime Minister Ana Vell of Chile said he was an excellent politician.", pipeline)


@pytest.mark.parametrize("text", [
    '"He is a great player. He is a legend," said coach Bo Tuck.',  # no political side speaks
    '"It was a great game," said Chilean President Bo Tuck.',  # a game, not a party
    "The critic said the film was a great triumph.",
    "He is a liar.",  # no quote, no speaker
    'Chilean President Bo Tuck visited the stadium. "It is a disgrace," said Senator Ana Vell of Chile.',
])
def test_no_party_or_no_speaker_no_praise_or_blame(pipeline, text) -> None:
    assert not [t for t in _coded(text, pipeline) if t[0] in ("051", "111", "112")]


# --- mourning ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ana Vell mourns Bo Tuck.",
    "Ana Vell mourns the passing of Bo Tuck.",
    "Ana Vell grieves the death of Bo Tuck.",
    "Ana Vell grieved for Bo Tuck.",
    "Ana Vell mourned for Bo Tuck.",
])
def test_mourning_praises_the_dead(pipeline, text) -> None:
    assert ("051", "FREGOV", "RURGOV") in triples(pipeline, text, PEOPLE)


def test_mourning_no_party_is_no_praise(pipeline) -> None:
    assert not triples(pipeline, "Fans mourn the loss of the great game.", PEOPLE)


# --- aid by what is given --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Freedonia delivered 100,000 doses of measles vaccine to Ruritania.", "073"),
    ("Freedonia sent tents and blankets to Ruritania.", "073"),
    ("Freedonia airlifted food and medicine to Ruritania.", "073"),
    ("Freedonia provided a loan of 2 billion euros to Ruritania.", "071"),
    ("Freedonia extended a loan to Ruritania.", "071"),
    ("Freedonia delivered military equipment to Ruritania.", "072"),
    ("Freedonia sent aid to Ruritania.", "070"),  # aid unspecified stays 070
])
def test_aid_is_coded_by_what_is_given(pipeline, text, expected) -> None:
    assert (expected, "FRE", "RUR") in triples(pipeline, text, PEOPLE)


def test_food_to_a_table_is_no_aid(pipeline) -> None:
    assert not triples(pipeline, "The chef delivered the food to the table.", PEOPLE)


# --- legal acts as nouns ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Freedonian prosecutors filed charges against Bo Tuck.",
    "Freedonian prosecutors unsealed charges against Bo Tuck.",
    "Freedonian prosecutors brought an indictment against Bo Tuck.",
])
def test_charges_against_are_a_legal_act(pipeline, text) -> None:
    assert ("173", "FREJUD", "RURGOV") in triples(pipeline, text, PEOPLE)


def test_a_warrant_for_someone(pipeline) -> None:
    assert ("173", "FREJUD", "RURGOV") in triples(
        pipeline, "Freedonian prosecutors issued a warrant for Bo Tuck.", PEOPLE)


# --- restrictions on a country's own people -----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The Freedonian government voted to lift the state of emergency.", "0814"),
    ("The Freedonian government imposed a state of emergency.", "1724"),
])
def test_a_restriction_with_no_target_is_on_the_doers_people(pipeline, text, expected) -> None:
    assert (expected, "FREGOV", "FRE") in triples(pipeline, text, {"Freedonian government": "FREGOV"})


def test_mourning_declared_for_someone_honours_them(pipeline) -> None:
    # (en_core_web_sm tags a bare "mourning" here as a verb; "national mourning" is the noun)
    text = "Ana Vell declared three days of national mourning for Bo Tuck."
    assert ("051", "FREGOV", "RURGOV") in triples(pipeline, text, PEOPLE)


def test_a_stretch_of_mourning_with_no_party_is_no_praise(pipeline) -> None:
    assert not triples(pipeline, "Fans observed three days of mourning for the team.", PEOPLE)


@pytest.mark.parametrize(("text", "expected"), [
    ("Freedonian prosecutors dropped charges against Bo Tuck.", "081"),  # PETRARCH DROP * CHARGES
    ("Freedonian prosecutors withdrew the indictment against Bo Tuck.", "081"),
    ("Freedonian prosecutors pressed charges against Bo Tuck.", "173"),
])
def test_the_verb_says_what_happened_to_the_charges(pipeline, text, expected) -> None:
    found = triples(pipeline, text, PEOPLE)
    assert (expected, "FREJUD", "RURGOV") in found
    assert len(found) == 1
