"""Wrong events, round three (issue 9, w18wrong): visits to no party, promises to nobody, a pronoun that cannot
stand for the speakers. The whole pipeline runs; every sentence and name is invented for these tests."""
from __future__ import annotations

import pytest

from .test_events import affirmed, full_events


def coded(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return affirmed(full_events(pipeline, text))


# --- 1. a visit needs a host party or a place abroad (CAMEO 042/043, PLOVER CONSULT "visit") ----------------

@pytest.mark.parametrize("text", [
    "The Peruvian president went to the scene of the fire.",  # a spot, nobody met
    "The Peruvian minister arrived at the rally at 8 pm.",
    "The Chilean president visited the hospital in Santiago where the victims were treated.",  # own country
    "The Peruvian president's visit to Walter Hale Hospital drew crowds.",  # a building of no country
])
def test_a_trip_to_no_party_is_no_visit(pipeline, text: str) -> None:
    assert not any(cameo in ("042", "043") for cameo, _, _ in coded(pipeline, text))


@pytest.mark.parametrize("text, expected", [
    ("The Chilean minister travelled to Lima on Monday.", ("042", "CHLGOV", "PER")),  # abroad
    ("The Chilean minister went to the scene of the crash in Lima.", ("042", "CHLGOV", "PER")),
    ("The Chilean president visited Peruvian troops.", ("042", "CHLGOV", "PERMIL")),  # a host
    ("The Chilean president visited a school in Lima.", ("042", "CHLGOV", "PEREDU")),  # abroad
    ("The Chilean president received the Peruvian envoy.", ("043", "CHLGOV", "PERGOV")),  # a visitor
])
def test_a_visit_abroad_or_to_a_host_stays(pipeline, text: str, expected) -> None:
    assert expected in coded(pipeline, text)


def test_a_summit_attended_stays(pipeline) -> None:
    # its participants are the partners, named or not
    assert any(cameo == "042" for cameo, _, _ in coded(pipeline, "The Chilean president attended the summit."))


# --- 2. a promise of one's own act to nobody (PLOVER AGREE: commitment to cooperate) ------------------------

@pytest.mark.parametrize("text", [
    "The Peruvian president pledged to rebuild the bridge.",
    "The Chilean president vowed to issue an executive order on statues.",
    "The Chilean senator committed to holding a trial in January.",
    "The Peruvian president offered to kiss members of the crowd.",
    "The Peruvian president pledged to build a new hospital.",  # the hospital to be built is no party
])
def test_a_promise_to_nobody_is_no_event(pipeline, text: str) -> None:
    assert not any(cameo[:2] == "03" for cameo, _, _ in coded(pipeline, text))


@pytest.mark.parametrize("text, expected", [
    ("The Chilean president promised to help Peru.", ("033", "CHLGOV", "PER")),  # a party helped
    ("Chile offered military assistance after the ship vanished.", ("030", "CHL", None)),  # a thing offered
])
def test_a_promise_to_a_party_or_of_a_thing_stays(pipeline, text: str, expected) -> None:
    assert expected in coded(pipeline, text)


def test_a_plural_pledge_stays(pipeline) -> None:
    # the parties undertake it to each other
    assert any(cameo == "030" for cameo, _, _ in coded(pipeline, "The two parties pledged to work together."))


# --- 3. "it" is not the officials who speak -----------------------------------------------------------------

def test_it_does_not_stand_for_plural_speakers(pipeline) -> None:
    found = coded(pipeline, "Chilean officials said it killed nine people and injured 50 more.")
    assert not any(source is not None and source.startswith("CHL") for cameo, source, _ in found
                   if cameo[:2] == "19")


def test_it_stands_for_a_speaking_country(pipeline) -> None:
    found = coded(pipeline, "Chile said it would allow Peruvian ships into its ports.")
    assert any(source == "CHL" for _, source, _ in found)


def test_a_victim_confirmed_killed_is_accused_of_nothing(pipeline) -> None:
    # a bare participle under a passive ("confirmed killed", "reported abducted") is itself passive: its
    # subject underwent it, and the speaker reports a toll
    for text in ("The Chilean prime minister said twenty people have been confirmed killed.",
                 "The Peruvian minister said two Chilean soldiers were reported abducted near the border."):
        assert not any(cameo == "112" for cameo, _, _ in coded(pipeline, text)), text


# --- 4. a rule told in the present-simple passive of a bare plural ------------------------------------------

@pytest.mark.parametrize("text", [
    "The Ruritanian constitution specifies that officials are removed from office after being impeached for, "
    "and convicted of, treason.",
    "Red notices are issued to ask local authorities across the globe to find and arrest a person wanted by a "
    "tribunal.",
])
def test_a_rule_in_the_generic_passive_is_no_event(pipeline, text: str) -> None:
    assert coded(pipeline, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Peruvian soldiers were arrested by Chilean police.", ("173", "CHLCOP", "PERMIL")),  # past
    ("Chilean protesters are arrested on Friday in Santiago.", ("173", "CHLCOP", "CHLCVL")),  # dated
])
def test_a_reported_or_dated_passive_stays(pipeline, text: str, expected) -> None:
    assert expected in coded(pipeline, text)


# --- 5. a promise withheld from nobody is no rejection (CAMEO 12x rejects what another party asks or offers) --

def test_a_commitment_not_given_is_negated_not_rejected(pipeline) -> None:
    found = full_events(pipeline, "The Chilean president would not commit to a peaceful transfer of power.")
    assert not any(e.cameo[:2] == "12" for e in found)
    assert all(e.negated for e in found)


@pytest.mark.parametrize("text, root", [
    ("Chile would not commit to the Peruvian proposal.", "12"),  # another party's proposal
    ("Chile will not provide support to the Peruvian rebels.", "12"),  # aid refused to a party
    ("Chile would not agree to the Peruvian proposal.", "12"),  # an agreement withheld
])
def test_a_refusal_to_a_party_stays(pipeline, text: str, root: str) -> None:
    assert any(cameo[:2] == root for cameo, _, _ in coded(pipeline, text))


# --- 6. an act only feared or risked ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "We were scared of the Chilean police beating us.",
    "There are fears of Chile attacking the Peruvian border town.",
    "Peruvian journalists face the risk of being arrested by Chilean police.",
])
def test_a_feared_act_is_no_event(pipeline, text: str) -> None:
    assert coded(pipeline, text) == []


def test_an_act_a_verdict_names_stays(pipeline) -> None:
    found = coded(pipeline, "The Chilean soldier was found guilty of attacking a Peruvian farmer.")
    assert any(cameo[:2] == "19" for cameo, _, _ in found)


# --- 7. a habit in the present simple, with an adverb of frequency ------------------------------------------

@pytest.mark.parametrize("text", [
    "These seats are often occupied by the Chilean Labour Party.",
    "Chilean police regularly arrest Peruvian migrants at the border.",
])
def test_a_frequent_act_in_the_present_is_no_event(pipeline, text: str) -> None:
    assert coded(pipeline, text) == []


def test_a_dated_act_stays(pipeline) -> None:
    found = coded(pipeline, "Chilean police arrested Peruvian migrants at the border on Monday.")
    assert any(cameo == "173" for cameo, _, _ in found)


# --- 8. a patient carried to hospital is no humanitarian aid -----------------------------------------------

def test_a_patient_evacuated_to_hospital_is_no_aid(pipeline) -> None:
    text = ("Vell, who had been Chile's prime minister since 2014, was evacuated on Wednesday from Santiago to a "
            "hospital in Lima, Peru, with pneumonia.")
    assert not any(cameo[:2] == "07" for cameo, _, _ in coded(pipeline, text))


def test_refugees_evacuated_by_a_navy_stay(pipeline) -> None:
    found = coded(pipeline, "Two hundred refugees were evacuated to Chile by the Peruvian navy.")
    assert any(cameo == "073" and source == "PERMIL" for cameo, source, _ in found)
