"""A participle joined to a passive ("was shot and killed", "was seized and expelled") is passive too: its
surface subject is the one acted upon and the "by" phrase, on either verb, names the doer. Read as active, the
victim became the doer ("two soldiers were captured and killed by rebels" coded the soldiers as killers), and a
name modifying the victim ("a Tomas Vell supporter was shot and killed") became the killer. The whole pipeline
runs; every sentence and person is invented."""
from __future__ import annotations

from .test_events import affirmed, full_events


def coded(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return affirmed(full_events(pipeline, text))


def test_victims_of_a_shared_passive_are_not_its_doers(pipeline) -> None:
    found = coded(pipeline, "Two Chilean soldiers were captured and killed by Peruvian rebels on Monday.")
    assert all(source != "CHLMIL" for _, source, _ in found)
    assert any(code.startswith("19") or code.startswith("18") for code, _, _ in found)
    assert all(target == "CHLMIL" for code, _, target in found)


def test_the_agent_of_the_first_verb_does_the_second(pipeline) -> None:
    found = coded(pipeline, "A Chilean diplomat was seized by Peruvian police and expelled on Monday.")
    assert ("166", "PERCOP", "CHLGOV") in found


def test_a_name_modifying_the_victim_is_no_doer(pipeline) -> None:
    text = "President Tomas Vell of Chile spoke on Monday. In Valparaiso, a Vell supporter was shot and killed."
    assert not any(source == "CHLGOV" for _, source, _ in coded(pipeline, text))


def test_an_active_verb_after_a_passive_keeps_its_subject(pipeline) -> None:
    found = coded(pipeline, "The Chilean foreign minister was briefed by aides and then visited Peru on Friday.")
    assert ("042", "CHLGOV", "PER") in found


def test_the_shared_subject_is_what_a_passive_conjunct_acts_on(pipeline) -> None:
    # "deployed" takes forces, police or weapons (&OBJECTS:15); the supplies are the passive's subject, which
    # the participle joined to it shares, so no deployment is coded
    found = coded(pipeline, "New medical supplies were bought and deployed by the Chilean hospital on Monday.")
    assert not any(code.startswith("15") for code, _, _ in found), found
