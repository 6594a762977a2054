"""Criticism, praise and accusation told by idioms, light verbs and predicates (issue 9 item 5, w18speech): "leveled
criticism at X", "came under fire from X over ...", "expressed praise for X", "singled out X for criticism",
"launched a verbal attack on X", "attacked X on taxes", "made critical remarks about X", "spoke out against X",
a participle after the object's phrase ("posted a message on Twitter blaming X"), a gerund of a predicative
adjective ("was quick in blaming X"), and the names of a wrong said of an act ("a violation of our sovereignty").
Every sentence and person is invented; Chile and Peru are real only because the whole pipeline must code them."""
from __future__ import annotations

import pytest

from .test_events import affirmed, full_events


def _coded(text: str, pipeline) -> list[tuple[str, str | None, str | None]]:
    return affirmed(full_events(pipeline, text))


@pytest.mark.parametrize("text, expected", [
    ("Senator Ana Vell of Chile leveled criticism at the Peruvian government.", ("111", "CHLLEG", "PERGOV")),
    ("Chilean President Bo Tuck directed harsh criticism at the Peruvian government.", ("111", "CHLGOV", "PERGOV")),
    ("Chilean President Bo Tuck voiced criticism of the Peruvian government.", ("111", "CHLGOV", "PERGOV")),
    ("Chilean President Bo Tuck issued a rebuke to the Peruvian government.", ("111", "CHLGOV", "PERGOV")),
    ("Chilean President Bo Tuck delivered a stinging rebuke of Peru's policy.", ("111", "CHLGOV", "PER")),
    ("Chilean President Bo Tuck expressed praise for the Peruvian president.", ("051", "CHLGOV", "PERGOV")),
    ("Chilean President Bo Tuck offered praise for Peru's response.", ("051", "CHLGOV", "PER")),
    ("Chilean President Bo Tuck singled out Peru for praise.", ("051", "CHLGOV", "PER")),
    ("Chilean President Bo Tuck singled out Peru for criticism.", ("111", "CHLGOV", "PER")),
    ("Chilean President Bo Tuck made accusations against the Peruvian president.", ("112", "CHLGOV", "PERGOV")),
])
def test_a_light_verb_with_a_noun_of_criticism_or_praise_gives_it(pipeline, text, expected) -> None:
    assert expected in _coded(text, pipeline)


@pytest.mark.parametrize("text, expected", [
    ("Peru's president came under criticism from Chile.", ("111", "CHL", "PERGOV")),
    ("The Peruvian government came under fire from Chilean lawmakers over the border closure.",
     ("111", "CHLLEG", "PERGOV")),
])
def test_coming_under_criticism_is_the_from_party_criticising_the_subject(pipeline, text, expected) -> None:
    assert expected in _coded(text, pipeline)


def test_coming_under_fire_with_no_reason_is_no_criticism(pipeline) -> None:
    # "under fire" is shooting as often: words only with a reason ("over", "for")
    text = "The Peruvian convoy came under fire from Chilean troops near the border."
    assert not [e for e in _coded(text, pipeline) if e[0] == "111"]


@pytest.mark.parametrize("text, expected", [
    ("Chilean President Bo Tuck launched a verbal attack on the Peruvian president.", ("111", "CHLGOV", "PERGOV")),
    ("Chilean President Bo Tuck launched a scathing attack on the Peruvian government.",
     ("111", "CHLGOV", "PERGOV")),
    ("Senator Ana Vell of Chile attacked President Bo Tuck of Peru on his taxes.", ("111", "CHLLEG", "PERGOV")),
    ("Senator Ana Vell of Chile attacked President Bo Tuck of Peru on his record.", ("111", "CHLLEG", "PERGOV")),
])
def test_an_attack_of_words_is_criticism(pipeline, text, expected) -> None:
    found = _coded(text, pipeline)
    assert expected in found
    assert not [e for e in found if e[0].startswith("19")]


@pytest.mark.parametrize("text", [
    "Chilean troops launched an attack on the Peruvian border post.",
    "Chilean troops attacked Peruvian soldiers on the border.",
])
def test_an_attack_of_force_stays_force(pipeline, text) -> None:
    assert [e for e in _coded(text, pipeline) if e[0] == "190"]


@pytest.mark.parametrize("text, expected", [
    ("Chilean President Bo Tuck made critical remarks about the Peruvian president.", ("111", "CHLGOV", "PERGOV")),
    ("Chilean President Bo Tuck spoke out against Peru's decision.", ("111", "CHLGOV", "PER")),
])
def test_remarks_of_a_kind_and_speaking_out_criticise(pipeline, text, expected) -> None:
    assert expected in _coded(text, pipeline)


@pytest.mark.parametrize("text, expected", [
    # the parser hangs the participle on the medium, not on the message
    ("Chilean Foreign Minister Ana Vell posted a message on Twitter blaming Peru for the attacks.",
     ("112", "CHLGOV", "PER")),
    ("Chile's foreign ministry issued a statement on Monday condemning the Peruvian raid.", ("111", "CHLGOV", "PER")),
    # the gerund of a predicative adjective is the subject's act
    ("Chile was more forceful in blaming Peru for the attack.", ("112", "CHL", "PER")),
])
def test_a_participle_or_gerund_of_blame_is_the_subjects(pipeline, text, expected) -> None:
    assert expected in _coded(text, pipeline)


@pytest.mark.parametrize("text, code", [
    ("Chile's foreign ministry characterized the Peruvian strike as \"a serious violation of Chilean sovereignty\".",
     "111"),
    ("Chilean President Bo Tuck called the Peruvian incursion an act of aggression.", "111"),
    ("Chilean President Bo Tuck said that Peru's refusal to pay was a scandal.", "111"),
])
def test_the_name_of_a_wrong_said_of_an_act_blames_its_doer(pipeline, text, code) -> None:
    assert (code, "CHLGOV", "PER") in _coded(text, pipeline)


@pytest.mark.parametrize("text, expected", [
    ('"We will defeat the corrupt Commission," said Senator Ana Vell of Chile.', ("111", "CHLLEG", None)),
    ('Senator Ana Vell of Chile said: "The incompetent Peruvian government has failed us."',
     ("111", "CHLLEG", "PERGOV")),
])
def test_an_epithet_before_a_named_party_in_a_quote_criticises_it(pipeline, text, expected) -> None:
    code, source, target = expected
    found = [e for e in _coded(text, pipeline) if e[:2] == (code, source)]
    assert found and (target is None or found[0][2] == target)


@pytest.mark.parametrize("text", [
    '"Corrupt officials will be punished," Chilean President Bo Tuck said.',  # a kind, no party named
    "The corrupt Peruvian government resigned on Monday.",  # the narrator's word, no one's quote
    '"Our brave Chilean soldiers deserve better," Chilean President Bo Tuck said.',  # not an epithet of blame
])
def test_an_epithet_blames_only_a_named_party_in_a_quote(pipeline, text) -> None:
    assert not [e for e in _coded(text, pipeline) if e[0] == "111"]


def test_an_epithet_of_a_party_whose_act_the_quote_tells_is_no_second_event(pipeline) -> None:
    text = '"The corrupt Peruvian government must resign," Chilean President Bo Tuck said.'
    assert [e for e in _coded(text, pipeline) if e[2] == "PERGOV"] == [("100", "CHLGOV", "PERGOV")]


@pytest.mark.parametrize("text, expected", [
    ("Chilean President Bo Tuck reprimanded the Peruvian ambassador.", ("111", "CHLGOV", "PERGOV")),
    ("Chilean President Bo Tuck censured the Peruvian government.", ("111", "CHLGOV", "PERGOV")),
    ("Chilean President Bo Tuck scoffed at the Peruvian proposal.", ("111", "CHLGOV", "PER")),
    ("Chilean President Bo Tuck faulted the Peruvian government for the delay.", ("112", "CHLGOV", "PERGOV")),
    ("Chilean President Bo Tuck extolled the Peruvian president.", ("051", "CHLGOV", "PERGOV")),
    ("Chilean President Bo Tuck complimented the Peruvian president.", ("051", "CHLGOV", "PERGOV")),
])
def test_petrarchs_verbs_of_blame_and_praise(pipeline, text, expected) -> None:
    assert expected in _coded(text, pipeline)


def test_honouring_an_agreement_is_no_praise(pipeline) -> None:
    assert not [e for e in _coded("Peru will honor the agreement with Chile.", pipeline) if e[0][:2] in ("05", "03")]


@pytest.mark.parametrize("text, expected", [
    ('Chilean President Bo Tuck called the Peruvian Congress\'s investigation a "witch-hunt".',
     ("111", "CHLGOV", "PERLEG")),
    ("Chilean President Bo Tuck labeled Peru's allegations as disinformation.", ("111", "CHLGOV", "PER")),
])
def test_an_inquiry_or_claim_called_false_blames_its_maker(pipeline, text, expected) -> None:
    assert expected in _coded(text, pipeline)


@pytest.mark.parametrize("text, expected", [
    ("Chile's criticism over Peru's decision grew on Monday.", ("111", "CHL", "PER")),
    ("There was criticism from Chile over Peru's decision to close the border.", ("111", "CHL", "PER")),
    ("Chile's praise for the Peruvian president surprised observers.", ("051", "CHL", "PERGOV")),
])
def test_criticism_and_praise_told_as_nouns_judge_the_party_named(pipeline, text, expected) -> None:
    assert expected in _coded(text, pipeline)


def test_criticism_of_no_party_is_no_event(pipeline) -> None:
    assert not _coded("Criticism of the weather was widespread.", pipeline)


def test_the_censure_a_vetoed_resolution_proposed_is_no_act(pipeline) -> None:
    # the parser reads "resolution censuring" as a gerund object with a compound noun: the noun is the head, and
    # the participle's act is the content of a resolution that was not adopted
    text = ("Peru on Wednesday vetoed a Security Council resolution censuring as a violation of law its raid on the "
            "Chilean embassy.")
    assert not [e for e in _coded(text, pipeline) if e[0] == "111"]


@pytest.mark.parametrize("text, expected", [
    ("Chilean President Bo Tuck said the Peruvian government's decision amounted to theft.",
     ("112", "CHLGOV", "PERGOV")),
    ("Chilean President Bo Tuck said the Peruvian strike constituted a war crime.", ("112", "CHLGOV", "PER")),
    ("Chilean President Bo Tuck called Peru's decision a grave mistake.", ("111", "CHLGOV", "PER")),
    ("Chilean President Bo Tuck said Peru's vote was wrong.", ("111", "CHLGOV", "PER")),
])
def test_what_a_speaker_says_an_act_is_or_amounts_to_judges_its_owner(pipeline, text, expected) -> None:
    assert expected in _coded(text, pipeline)


@pytest.mark.parametrize("text", [
    "Chilean President Bo Tuck said the cost amounted to $5 million.",
    "Chilean President Bo Tuck said he was wrong about the weather.",
])
def test_an_amount_or_the_speakers_own_error_judges_no_one(pipeline, text) -> None:
    assert not [e for e in _coded(text, pipeline) if e[0] in ("111", "112")]
