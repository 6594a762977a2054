"""Speech that judges another party's act (issue 9 item 5, w19judge): a verb of meaning in a speech verb's clause
("said Y's vote represents a betrayal", "signifies a slap in the face", "marks a victory for democracy"); figures of
speech that blame or praise an act when it is called something ("a slap in the face", "a snub", "a step backwards",
"a step forward", "a step in the right direction"); feelings of disapproval expressed at a party's act
("expressed frustration with Y's refusal", "grew impatient with Y", CAMEO 110); questioning a party's fitness or
standing (111). The target is the owner of the act judged; no event when nothing names a party, when the act is the
speaker's own ("his own government's decision"), or when the judgement hangs on a condition ("if ..., that would
be a mistake"). Every sentence and person is invented; Chile and Peru are real only because the whole pipeline
must code them."""
from __future__ import annotations

import pytest

from .test_events import affirmed, full_events


def _coded(text: str, pipeline) -> list[tuple[str, str | None, str | None]]:
    return affirmed(full_events(pipeline, text))


def _judgements(text: str, pipeline) -> list[tuple[str, str | None, str | None]]:
    return [e for e in _coded(text, pipeline) if e[0][:2] in ("05", "11")]


@pytest.mark.parametrize("text, expected", [
    ("Peruvian senator Ana Vell said the Chilean blockade represents a violation of international law.",
     ("111", "PERLEG", "CHL")),
    ("Peruvian senator Tom Brill said the Chilean decision marks a victory for democracy.", ("051", "PERLEG", "CHL")),
    ("Peruvian President Ivo Marek said the Chilean decision signifies a slap in the face for Peru.",
     ("111", "PERGOV", "CHL")),
    ("Peruvian President Ivo Marek said Chile's decision means nothing more than a gesture.",
     ("111", "PERGOV", "CHL")),
])
def test_a_verb_of_meaning_in_a_speech_clause_judges_the_act(pipeline, text, expected) -> None:
    assert expected in _coded(text, pipeline)


@pytest.mark.parametrize("text", [
    # a verb of meaning has a plain object too: its modifiers describe the one represented, they judge nothing
    "Peruvian President Ivo Marek said Chile's lawyers represent a corrupt businessman.",
    "Peruvian President Ivo Marek said the Chilean vote represents the will of the people.",
    "Peruvian President Ivo Marek said the agreement marks the end of an era.",
])
def test_a_verb_of_meaning_with_a_plain_object_judges_nothing(pipeline, text) -> None:
    assert not _judgements(text, pipeline)


@pytest.mark.parametrize("text, expected", [
    ("Peruvian President Ivo Marek called the Chilean decision a slap in the face.", ("111", "PERGOV", "CHL")),
    ("Peruvian President Ivo Marek called the Chilean vote a snub to Peru.", ("111", "PERGOV", "CHL")),
    ("Peruvian President Ivo Marek called Chile's move a step backwards.", ("111", "PERGOV", "CHL")),
    ("Peruvian President Ivo Marek called Chile's sanctions a step in the wrong direction.",
     ("111", "PERGOV", "CHL")),
    ("Peruvian President Ivo Marek called Chile's decision a step in the right direction.",
     ("051", "PERGOV", "CHL")),
    ("Peruvian President Ivo Marek called Chile's proposal a step forward.", ("051", "PERGOV", "CHL")),
    ("Peruvian President Ivo Marek called Chile's vote a victory for democracy.", ("051", "PERGOV", "CHL")),
    ("Peruvian President Ivo Marek said Chile's decision was disappointing.", ("111", "PERGOV", "CHL")),
])
def test_a_figure_of_speech_for_an_act_blames_or_praises_its_owner(pipeline, text, expected) -> None:
    assert expected in _coded(text, pipeline)


@pytest.mark.parametrize("text", [
    "Ivo Marek called the storm a disaster.",  # a thing nobody did
    "Peruvian President Ivo Marek described the storm as a step backwards.",
    "Peruvian President Ivo Marek said the weather was disappointing.",
    "Marek called the sanctions a step in the wrong direction.",  # nothing names whose sanctions they are
    "Peruvian President Ivo Marek took a step back from the podium.",  # a step taken, nothing called
    "Peruvian President Ivo Marek said Chile took a step forward.",
])
def test_a_figure_said_of_no_party_s_act_is_no_event(pipeline, text) -> None:
    assert not _judgements(text, pipeline)


@pytest.mark.parametrize("text", [
    "Peruvian President Ivo Marek called his own government's decision a mistake.",
    "Peruvian President Ivo Marek called my decision a mistake.",
])
def test_judging_the_speaker_s_own_act_is_no_event(pipeline, text) -> None:
    assert not _judgements(text, pipeline)


@pytest.mark.parametrize("text", [
    "Peruvian President Ivo Marek said that if Chile closed the border, Chile's decision would be a disaster.",
    "Peruvian President Ivo Marek said Chile's plan, if adopted, would be a disaster.",
    "Peruvian President Ivo Marek called Chile's plan a disaster if it is adopted.",
    "Peruvian President Ivo Marek said it would be a mistake for Chile to close the border.",
    "Did Peruvian President Ivo Marek call Chile's decision a mistake?",
])
def test_a_conditional_or_questioned_judgement_is_no_event(pipeline, text) -> None:
    assert not _judgements(text, pipeline)


def test_a_judgement_of_a_real_plan_told_with_would_stands(pipeline) -> None:
    # the plan is there to be blamed; only its effects are to come
    text = "Peruvian President Ivo Marek said Chile's plan would be a disaster."
    assert ("111", "PERGOV", "CHL") in _coded(text, pipeline)


@pytest.mark.parametrize("text, expected", [
    ("Peruvian Foreign Minister Ana Vasko expressed impatience at Chile's failure to enforce the agreement.",
     ("110", "PERGOV", "CHL")),
    ("Peruvian Foreign Minister Ana Vasko expressed frustration over the Chilean government's refusal to negotiate.",
     ("110", "PERGOV", "CHLGOV")),
    ("Peruvian Foreign Minister Ana Vasko grew impatient with the Chilean government.", ("110", "PERGOV", "CHLGOV")),
])
def test_a_feeling_of_disapproval_at_a_party_s_act_is_disapproval(pipeline, text, expected) -> None:
    assert expected in _coded(text, pipeline)


def test_a_feeling_of_disapproval_at_no_party_is_no_event(pipeline) -> None:
    for text in ("Peruvian Foreign Minister Ana Vasko expressed frustration at the rain.",
                 "Peruvian Foreign Minister Ana Vasko expressed frustration with the slow pace of the talks."):
        assert not _judgements(text, pipeline)


@pytest.mark.parametrize("text, expected", [
    ("Peruvian senator Tom Brill questioned Governor Lisa Dunn's fitness for office.", ("111", "PERLEG", "---GOV")),
    ("Peruvian senator Tom Brill questioned the legitimacy of the Chilean government.", ("111", "PERLEG", "CHLGOV")),
])
def test_questioning_a_party_s_fitness_is_criticism(pipeline, text, expected) -> None:
    assert expected in _coded(text, pipeline)


def test_questioning_a_suspect_is_no_criticism(pipeline) -> None:
    assert not _judgements("Peruvian police questioned the suspect for six hours.", pipeline)


@pytest.mark.parametrize("text, expected", [
    ("Peruvian President Ivo Marek lamented Chile's refusal to negotiate.", ("110", "PERGOV", "CHL")),
    ("Peruvian President Ivo Marek disapproved of Chile's decision.", ("110", "PERGOV", "CHL")),
    ("Peruvian President Ivo Marek railed against Chile's decision.", ("111", "PERGOV", "CHL")),
    ("Peruvian President Ivo Marek assailed the Chilean minister's remarks.", ("111", "PERGOV", "CHLGOV")),
])
def test_verbs_of_disapproval_of_a_party_s_act(pipeline, text, expected) -> None:
    assert expected in _coded(text, pipeline)


@pytest.mark.parametrize("text", [
    "Peruvian President Ivo Marek lamented the loss of the match.",  # a feeling, nobody's act
    "Peruvian President Ivo Marek regretted his decision to resign.",  # the speaker's own act
])
def test_lament_or_regret_of_no_other_party_s_act_is_no_disapproval(pipeline, text) -> None:
    assert not _judgements(text, pipeline)


@pytest.mark.parametrize("text", [
    "Chilean troops shelled the Peruvian town of Zorba on Monday, killing four people. "
    "The Peruvian government condemned the attack.",
    "Chilean troops shelled the Peruvian town of Zorba on Monday, killing four people. "
    "The attack was condemned by the Peruvian government.",
])
def test_the_attack_condemned_is_the_act_the_story_told_first(pipeline, text) -> None:
    # a definite noun of violence with no party of its own refers back to the story's act: its doer is blamed
    assert ("111", "PERGOV", "CHLMIL") in _coded(text, pipeline)


@pytest.mark.parametrize("text, expected", [
    # the noun names its own party: that one, not the story's
    ("Chilean troops shelled the Peruvian town of Zorba on Monday. "
     "Peruvian President Ivo Marek condemned the Bolivian attack.", ("111", "PERGOV", "BOL")),
    ("Chilean troops shelled the Peruvian town of Zorba on Monday. "
     "Peruvian President Ivo Marek condemned an attack on a Bolivian convoy.", ("111", "PERGOV", "BOL")),
])
def test_an_attack_that_names_its_party_is_not_the_story_s(pipeline, text, expected) -> None:
    found = _coded(text, pipeline)
    assert expected in found
    assert ("111", "PERGOV", "CHLMIL") not in found


@pytest.mark.parametrize("text", [
    "A storm hit the Peruvian town of Zorba on Monday. Peruvian President Ivo Marek condemned the attack.",
    # told before the act: "the attack" is one the reader already knows of, not the one told after
    "Peruvian President Ivo Marek condemned the attack. Chilean troops shelled the Peruvian town of Zorba on Monday.",
])
def test_no_act_of_violence_told_before_leaves_the_attack_with_no_target(pipeline, text) -> None:
    assert ("111", "PERGOV", None) in _coded(text, pipeline)
