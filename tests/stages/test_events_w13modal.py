"""Wrong events on real news, round 4 (issue 9, item 4, w13modal): abstract doers of material acts, acts that a
right, a power or a standing policy names, stances towards a generic class of acts, thanks to one's own
following, and conditional passives and charges that name no doer of a threat. Each negative case has a
positive twin: the political act is still coded. The whole pipeline runs; every sentence and person is invented."""
from __future__ import annotations

import pytest

from .test_events import affirmed, full_events, make_article


def codes(pipeline, text: str) -> list[str]:
    return [c[0] for c in affirmed(full_events(pipeline, text))]


# --- 1. abstract doers of material acts (CAMEO 14-20 need a person, group, organisation or state) -----------

@pytest.mark.parametrize("text", [
    "Her politics have clashed with the stances of the Green Union of Brumia.",
    "His views on trade have collided with the interests of the farmers of Tarsk.",
    "Their ideology attacked the very idea of a Brumian republic, said Senator Ilse Marr.",
])
def test_abstract_doer_of_a_material_act_is_no_event(pipeline, text: str) -> None:
    assert [c for c in codes(pipeline, text) if c[:2] in {"14", "15", "16", "17", "18", "19", "20"}] == []


def test_clash_of_people_stays(pipeline) -> None:
    assert any(c.startswith("19") for c in codes(
        pipeline, "Brumian soldiers clashed with Tarskan rebels near the border on Monday."))


# --- 2. a right, a power, a standing policy: what may be done is not done -----------------------------------

@pytest.mark.parametrize("text", [
    "Brumia has the right to strike back at Tarsk, the minister said.",
    "The Brumian government has the power to expel Tarskan diplomats.",
    "Brumia maintains a policy of not negotiating with the rebels of Tarsk.",
    "The Brumian police were given the authority to arrest protesters in Tarsk.",
])
def test_act_of_a_right_or_standing_policy_is_no_event(pipeline, text: str) -> None:
    assert [c for c in codes(pipeline, text) if c[:2] in {"04", "16", "17", "18", "19"}] == []
    assert [e for e in full_events(pipeline, text) if e.cameo[:2] in {"04", "16", "17", "18", "19"}] == []


def test_act_done_under_its_own_verb_stays(pipeline) -> None:
    assert "166" in codes(pipeline, "The Brumian government expelled Tarskan diplomats on Monday.")


# --- 3. stances towards a generic class of acts (CAMEO 05, 11, 12 between parties) ---------------------------

@pytest.mark.parametrize("text", [
    "The Brumian government has always condemned any form of violence against Tarsk.",
    "Brumia has always rejected all kinds of terrorism, the minister said.",
    "President Ilse Marr of Brumia condemns violence in all its forms.",
    "The Tarskan government rejects any foreign interference, the minister said.",
])
def test_stance_towards_a_generic_object_is_no_event(pipeline, text: str) -> None:
    assert [c for c in codes(pipeline, text) if c[:2] in {"05", "11", "12"}] == []


@pytest.mark.parametrize("text, root", [
    ("Brumia condemned the attack on the Tarskan embassy on Monday.", "11"),
    ("The Tarskan government rejected the proposal of Brumia.", "12"),
])
def test_stance_towards_a_dated_act_stays(pipeline, text: str, root: str) -> None:
    assert any(c.startswith(root) for c in codes(pipeline, text))


# --- 4. thanks to one's own following ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ilse Marr used Instagram to thank her supporters in Tarsk.",
    "Senator Ilse Marr of Brumia thanked her voters and volunteers after the vote.",
    "The Brumian president thanked the public for its patience.",
])
def test_thanks_to_ones_own_following_is_no_event(pipeline, text: str) -> None:
    assert [c for c in codes(pipeline, text) if c.startswith("05")] == []


def test_thanks_to_another_party_stays(pipeline) -> None:
    assert "051" in codes(pipeline, "The government of Brumia thanked Tarsk for its support.")


# --- 5. conditional passives and charges name no doer of a threat -------------------------------------------

def test_conditional_passive_is_the_act_itself_hypothetical(pipeline) -> None:
    found = full_events(pipeline, "If found guilty, Ilse Marr could be jailed for ten years, prosecutors in "
                                  "Brumia said.")
    assert [e.cameo for e in found if e.cameo[:2] == "13"] == []
    assert all(e.hypothetical for e in found if e.cameo[:2] == "17")


def test_conditional_with_its_doer_stays_a_threat(pipeline) -> None:
    found = full_events(pipeline, "Brumia will expel the Tarskan ambassador if the border is not reopened, "
                                  "the minister said.")
    assert any(e.cameo[:2] == "13" for e in found)


def test_act_of_a_charge_is_only_alleged(pipeline) -> None:
    found = full_events(pipeline, "Ilse Marr faces charges of assaulting a police officer in Tarsk.")
    assert all(e.hypothetical for e in found if e.cameo[:2] == "18")


# --- 6. what a rule permits or provides; a permission given by no one named (CAMEO 07, 08 need a doer) --------

@pytest.mark.parametrize("text", [
    "Brumian law allowed three days for the council of Tarsk to choose a successor.",
    "The new policy provides Tarskan airlines with 45 days to leave Brumia.",
    "In Brumia, women were not allowed to play in open tournaments.",
    "The Tarsk council is allowed to grant the network a licence.",
])
def test_what_a_rule_or_no_one_permits_is_no_event(pipeline, text: str) -> None:
    assert [e.cameo for e in full_events(pipeline, text) if e.cameo[:2] in ("07", "08")] == []


@pytest.mark.parametrize("text", [
    "The Brumian government allowed Tarskan trucks to cross the border on Monday.",
    "The prisoners were allowed by the Brumian government to return to Tarsk.",
])
def test_permission_given_by_an_actor_stays(pipeline, text: str) -> None:
    assert any(e.cameo[:2] == "08" for e in full_events(pipeline, text))


# --- 7. force against a cause, a process or an idea (CAMEO 18-20 strike people and property) -----------------

@pytest.mark.parametrize("text", [
    "Organizers of the rally in Tarsk said they were fighting corruption and dishonesty.",
    "Activists in Brumia have to fight against the new rules of Tarsk.",
    "The Brumian government vowed to fight corruption in Tarsk.",      # nor an empty promise (030)
    "The Brumian president has pledged to fight the virus.",
])
def test_fight_against_an_abstract_thing_is_no_event(pipeline, text: str) -> None:
    assert [e.cameo for e in full_events(pipeline, text) if e.cameo[:2] in ("03", "13", "18", "19", "20")] == []


def test_attack_on_an_abstract_thing_is_criticism(pipeline) -> None:
    found = codes(pipeline, "Brumian senators attacked the impeachment inquiry on Monday.")
    assert "111" in found and not [c for c in found if c[:2] in ("18", "19", "20")]


@pytest.mark.parametrize("text", [
    "Brumian soldiers attacked the village of Tarsk on Monday.",
    "Tarskan rebels fought Brumian troops near the border.",
    "Brumian rebels attacked a bus in Tarsk.",
])
def test_force_against_people_and_property_stays(pipeline, text: str) -> None:
    assert any(c[:2] in ("18", "19", "20") for c in codes(pipeline, text))


# --- 8. standing attitudes; the one who uses a medium is the doer ---------------------------------------------

@pytest.mark.parametrize("text", [
    "The Brumian government has always supported the peace process with Tarsk.",
    "President Ilse Marr usually criticizes the Tarskan government on television.",
])
def test_standing_attitude_is_no_event(pipeline, text: str) -> None:
    assert [c for c in codes(pipeline, text) if c[:2] in ("05", "11", "12")] == []


def test_repeated_criticism_stays(pipeline) -> None:
    assert "111" in codes(pipeline, "The Brumian government has repeatedly criticized the Tarskan government.")


def test_the_user_of_a_medium_is_the_doer(pipeline) -> None:
    article = pipeline(make_article("t", "Senator Ilse Marr of Brumia used Twitter to criticize President Tomas "
                                         "Rojo of Tarsk.", "2024-01-10"))
    name = {a.id: a.name for a in article.actors}
    found = [e for e in article.events if e.cameo == "111"]
    assert found and all([name[a] for a in e.actors] == ["Ilse Marr"] for e in found)
