"""Missed events on real news (issue 9, round 4, w12missed): refusals whose demand the sentence does not name,
trips whose traveller is the subject of an earlier passive conjunct, nouns that undo a legal or restrictive act,
a speaker's slogan about their own country, and the miss kinds of a hand-coded sample. Each negative case has a
positive twin. The whole pipeline runs; every sentence and person is invented."""
from __future__ import annotations

import pytest

from .test_events import affirmed, full_events


def coded(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return affirmed(full_events(pipeline, text))


def codes(pipeline, text: str) -> list[str]:
    return [c[0] for c in coded(pipeline, text)]


# --- 1. refusals to do what was asked (CAMEO 12x; PETRARCH REFUSE) ---------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("The Brumian ministers refused to hand over the documents.", "1243"),
    ("Brumia refused to extradite the suspect.", "121"),  # judicial cooperation refused (063 -> 12x)
    ("The Brumian police refused to release the two students.", "124"),  # 084 refused: refuse to yield
    ("Kenya asked Brumia to extradite Ana Vell. The Brumian government refused to do so.", "120"),
    ("The Brumian governor refused to comply with the court order.", "128"),
    ("The Brumian army refused to cooperate with the inquiry.", "121"),
    ("The Brumian prime minister refused to resign.", "124"),
])
def test_refusal_to_do_what_was_asked_is_a_rejection(pipeline, text: str, code: str) -> None:
    assert code in codes(pipeline, text)


def test_refusal_of_no_act_asked_stays_no_rejection(pipeline) -> None:
    # the w11wrong row still holds for an infinitive no row names
    assert [c for c in codes(pipeline, "The president of Brumia is refusing to give up power.") if c[:2] == "12"] == []


def test_refusal_to_meet_names_its_party(pipeline) -> None:
    assert ("125", "KEN", "UGAGOV") in coded(pipeline, "Kenya refused to meet the Ugandan foreign minister.")


# --- 2. a traveller named as the subject of an earlier passive conjunct ----------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The Kenyan president was briefed on the floods, and flew to Uganda.", ("042", "KENGOV", "UGA")),
    ("The Brumian envoy was received by the Kenyan president and then travelled to Uganda.", ("042", None, "UGA")),
])
def test_active_conjunct_takes_the_passive_subject(pipeline, text: str, expected) -> None:
    found = coded(pipeline, text)
    if expected[1] is None:  # the envoy of an uncoded country: not the "by" agent of the first conjunct
        assert not any(c[0] == "042" and c[1] == "KENGOV" for c in found)
    else:
        assert expected in found


def test_passive_conjuncts_keep_no_doer(pipeline) -> None:
    assert [c for c in codes(pipeline, "The boy was rescued alive and flown to Lima for treatment.")
            if c == "042"] == []


# --- 3. nouns that undo an act (PETRARCH DROP * CHARGES 081; LIFT * SANCTIONS 085) -----------------------------

@pytest.mark.parametrize("text, code", [
    ("Kenyan prosecutors announced the dropping of charges against the protesters.", "081"),
    ("Kenya announced the lifting of sanctions on Uganda.", "085"),
    ("The Kenyan government announced the lifting of the curfew in Nairobi.", "0813"),
])
def test_undoing_noun_reverses_the_act(pipeline, text: str, code: str) -> None:
    found = codes(pipeline, text)
    assert code in found
    assert not any(c[:2] in ("16", "17") for c in found)  # the act undone is not coded beside its undoing


def test_charges_without_undoing_noun_stay_legal_action(pipeline) -> None:
    assert "173" in codes(pipeline, "Kenyan prosecutors filed charges against the protesters.")


# --- 4. a slogan about the speaker's own country -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    'The Kenyan president said "KENYA IS GREAT!"',
    "The Kenyan president said Kenya is great.",
])
def test_praise_of_own_country_is_no_event(pipeline, text: str) -> None:
    assert [c for c in codes(pipeline, text) if c[:2] in ("05", "11")] == []


def test_praise_of_another_country_stays(pipeline) -> None:
    assert ("051", "KENGOV", "UGA") in coded(pipeline, "The Kenyan president said Uganda is a great friend.")


# --- 5. acts listed as coordinated finite verbs are several measures ------------------------------------------

@pytest.mark.parametrize("text", [
    "The Kenyan government declared a state of emergency on Monday, and later banned children from public gatherings.",
    "The Kenyan government declared a state of emergency, closed all schools, and banned public gatherings.",
])
def test_listed_measures_are_each_coded(pipeline, text: str) -> None:
    found = codes(pipeline, text)
    assert "1724" in found and "1722" in found


def test_force_verbs_of_one_attack_stay_one_event(pipeline) -> None:
    found = codes(pipeline, "Kenyan troops shelled the Ugandan town of Tarsk and killed five soldiers.")
    assert len([c for c in found if c[:2] in ("18", "19", "20")]) == 1


# --- 6. a non-restrictive relative clause asserts its own act --------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Kenyan court, which rejected Uganda's appeal, met on Monday.",
    "Protesters gathered in front of the Kenyan Supreme Court, which rejected a lawsuit filed by Uganda the day before.",
])
def test_aside_relative_clause_is_coded(pipeline, text: str) -> None:
    assert ("120", "KENJUD", "UGA") in coded(pipeline, text)


def test_restrictive_relative_clause_stays_background(pipeline) -> None:
    # the clause picks out which minister; it is not told as news of its own
    found = coded(pipeline, "The Kenyan minister who criticised Uganda met the Tanzanian president on Monday.")
    assert not any(c[0][:2] == "11" for c in found)


# --- 7. miss kinds of the hand-coded sample: plain words of blame, gapping, a request told as a noun ----------

def test_plain_word_of_blame(pipeline) -> None:
    assert any(c[0] == "111" and c[2] is not None for c in coded(
        pipeline, 'The Ugandan president called the Kenyan government\'s proposed deal "lousy".'))


def test_gapped_second_partner_is_a_party_of_the_meeting(pipeline) -> None:
    found = full_events(pipeline, "The Kenyan president met with the Ugandan president, then with the Tanzanian "
                                  "president.")
    meeting = [e for e in found if e.cameo == "040"]
    assert len(meeting) == 1 and len(meeting[0].recipients) == 2


def test_single_partner_stays_one(pipeline) -> None:
    found = full_events(pipeline, "The Kenyan president met with the Ugandan president in Nairobi.")
    assert [len(e.recipients) for e in found if e.cameo == "040"] == [1]


@pytest.mark.parametrize("text", [
    "At the request of the Kenyan president, the Ugandan president dissolved parliament.",
    "The Ugandan president dissolved parliament at the request of the Kenyan president.",
])
def test_at_the_request_of_is_the_makers_request(pipeline, text: str) -> None:
    assert ("020", "KENGOV", "UGAGOV") in coded(pipeline, text)


def test_passive_agreement_between_parties(pipeline) -> None:
    found = full_events(pipeline, "In 2017, a memorandum of understanding was signed between Kenya and Uganda.")
    assert any(e.cameo == "057" and e.source in ("KEN", "UGA") for e in found)
