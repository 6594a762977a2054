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


# Kind 4: a demonym on a kin noun is that person's nationality, a private person, not the country acting.
@pytest.mark.parametrize("text, name, code", [
    ("A French man and his Algerian wife attacked a police station in Lyon.", "Algerian wife", "DZACVL"),
    ("His Kenyan husband attacked a police officer in Lyon.", "Kenyan husband", "KENCVL"),
])
def test_a_demonym_on_a_kin_noun_is_a_persons_nationality(pipeline, text: str, name: str, code: str) -> None:
    codes = _codes(pipeline, text)
    assert codes.get(name) == code
    assert "Algeria" not in codes and "Kenya" not in codes


def test_a_kin_nouns_demonym_is_no_country_source(pipeline) -> None:
    found = affirmed(full_events(pipeline, "A French man and his Algerian wife attacked a police station in Lyon."))
    assert found and all(source != "DZA" for _, source, _ in found)


def test_a_demonym_on_a_government_is_still_the_country(pipeline) -> None:
    assert _codes(pipeline, "The Algerian government criticized France.").get("Algerian government") == "DZAGOV"


# Kind 2: the officer of a body named by a proper name that no table knows keeps no government code.
def test_the_leader_of_an_unknown_named_body_is_no_government(pipeline) -> None:
    text = ("JERUSALEM (AP) — Israeli Prime Minister Ruth Avner rejected the remarks on Thursday. The leader of "
            "the Anti-Defamation League, Martin Fell, warned that such a ban would be unacceptable.")
    assert not (_codes(pipeline, text).get("Martin Fell") or "").endswith("GOV")


def test_a_bare_minister_still_takes_the_government(pipeline) -> None:
    text = ("JERUSALEM (AP) — Israeli Prime Minister Ruth Avner rejected the remarks on Thursday. The minister, "
            "Martin Fell, criticized the plan.")
    assert _codes(pipeline, text).get("Martin Fell") == "ISRGOV"


# Kind 5: the filer of a suit that is slammed is the target, also when named as a staffer.
@pytest.mark.parametrize("text", [
    "Congressman Dale Marsh's office slammed a lawsuit filed by a fired staffer.",
    "Congressman Dale Marsh's office slammed a lawsuit filed by Brad Kessler.",
])
def test_the_filer_of_a_slammed_suit_is_the_target(pipeline, text: str) -> None:
    found = full_events(pipeline, text)
    names = {a.id: a.name for a in _article(pipeline, text).actors}
    assert any(e.cameo == "111" and e.recipients and names[e.recipients[0]] in ("staffer", "Brad Kessler")
               for e in found)


def test_an_official_of_an_unknown_named_office_keeps_the_government(pipeline) -> None:
    text = "Senator Ruth Kellerman was pressured by an Executive Branch official, Tom Varga, on Monday."
    assert (_codes(pipeline, text).get("Tom Varga") or "").endswith("GOV")
