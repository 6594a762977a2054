"""Symmetric acts among all parties, pairs named as "the two countries", and the press at work (issue 9 item 3,
w11pairs). Every sentence and person is invented; the countries of the `code` tests are fictional."""
from __future__ import annotations

import pytest

from eventwire import make_article

from .test_events import affirmed, code, full_events


def pairs(event, table) -> set[tuple[str, str]]:
    """The ordered pairs an event codes, as the contract's scorer expands several actors and no recipient."""
    actors = [table[a] for a in event.actors]
    recipients = [table[r] for r in event.recipients]
    if recipients:
        return {(a, r) for a in actors for r in recipients}
    return {(a, b) for a in actors for b in actors if a != b}


# --- 1. a symmetric act with a compound subject: every ordered pair, the place is no party --------------------

@pytest.mark.parametrize("text, cameo", [
    ("Freedonia and Ruritania held talks in the capital on Monday.", "040"),
    ("Freedonia and Ruritania spoke by phone on Monday.", "041"),
    ("Freedonia and Ruritania negotiated a new border treaty.", "046"),
    ("Freedonia and Ruritania signed an agreement on fishing rights.", "057"),
    ("Freedonia and Ruritania agreed to cooperate on fisheries.", "03"),
])
def test_compound_subject_of_a_symmetric_act_codes_both_directions(pipeline, text: str, cameo: str) -> None:
    article, table = code(pipeline, text)
    (event,) = [e for e in article.events if e.cameo.startswith(cameo)]
    assert (event.source, event.target) == ("FRE", "RUR") and not event.recipients
    assert pairs(event, table) == {("Freedonia", "Ruritania"), ("Ruritania", "Freedonia")}


def test_talks_between_two_held_in_the_passive_are_among_them(pipeline) -> None:
    article, table = code(pipeline, "Talks between Freedonia and Ruritania were held in the capital on Monday.")
    (event,) = article.events
    assert pairs(event, table) == {("Freedonia", "Ruritania"), ("Ruritania", "Freedonia")}


def test_three_parties_are_all_ordered_pairs(pipeline) -> None:
    article, table = code(pipeline, "Freedonia, Ruritania and Sylvania held talks on water rights.")
    (event,) = article.events
    assert len(pairs(event, table)) == 6


def test_one_sided_act_of_a_compound_subject_is_each_ones_own(pipeline) -> None:
    # "condemned" is no act done with someone: each party condemns the target, neither condemns the other
    article, table = code(pipeline, "Freedonia and Ruritania condemned Sylvania.")
    assert set().union(*(pairs(e, table) for e in article.events)) == {("Freedonia", "Sylvania"),
                                                                        ("Ruritania", "Sylvania")}


def test_met_with_stays_one_direction(pipeline) -> None:
    # PETRARCH and CAMEO code "X met with Y" as X's consultation of Y
    article, _ = code(pipeline, "The Freedonian envoy met with Ruritania in the capital.")
    assert affirmed(article.events) == [("040", "FRE", "RUR")]


# --- 2. "the two countries", "both sides": the two the text just named -----------------------------------

@pytest.mark.parametrize("text", [
    "Freedonia and Ruritania fought a war in 1990. The two countries signed a peace treaty on Monday.",
    "The leaders of the two countries spoke by phone, officials in Freedonia and Ruritania said.",
    "Both sides agreed to resume talks, according to Freedonia and Ruritania.",
])
def test_a_pair_phrase_is_the_two_countries_named(pipeline, text: str) -> None:
    article, table = code(pipeline, text)
    coded = [e for e in article.events if e.cameo[:2] in ("03", "04", "05")]
    assert coded and all(pairs(e, table) == {("Freedonia", "Ruritania"), ("Ruritania", "Freedonia")}
                         for e in coded)


def test_a_pair_phrase_with_three_countries_named_is_no_guess(pipeline) -> None:
    text = "Freedonia, Ruritania and Sylvania argued over water. The two countries signed an agreement."
    article, table = code(pipeline, text)
    assert not any(len(e.actors) == 2 for e in article.events if e.cameo == "057")


# --- 3. the press at work is no party ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Chilean President Ana Vell discussed the new budget with the BBC on Monday.",
    "In an interview with Reuters, Chilean Senator Jo Wu discussed the fishing quota with the agency.",
    "Chilean President Ana Vell talked to Al Jazeera about the border on Monday.",
])
def test_an_outlet_is_never_the_partner_of_a_consultation(pipeline, text: str) -> None:
    assert [e for e in full_events(pipeline, text) if e.event == "CONSULT"] == []


def test_the_story_s_own_publication_is_no_party(pipeline) -> None:
    text = ("Tomas Pérez, the mayor of Valparaiso, discussed the harbour plan with Wikinews on Monday. "
            "Wikinews visited the Chilean foreign ministry in Santiago on Tuesday.")
    article = pipeline(make_article("t", text, "2024-01-10", {"url": "https://en.wikinews.org/wiki/Harbour"}))
    assert [e for e in article.events if e.event == "CONSULT"] == []


def test_a_consultation_with_a_political_partner_is_kept(pipeline) -> None:
    found = full_events(pipeline, "Chilean President Ana Vell discussed the new budget with the Peruvian president.")
    assert [(e.cameo, e.source, e.target) for e in found] == [("040", "CHLGOV", "PERGOV")]


# --- 4. a visit nobody makes -------------------------------------------------------------------------------

def test_a_visit_in_a_participle_whose_subject_is_no_actor_is_no_event(pipeline) -> None:
    found = full_events(pipeline, "After visiting the town of Tacna, the delegation returned to Santiago on Monday.")
    assert [e for e in found if e.cameo == "042"] == []


def test_a_visit_in_a_participle_takes_the_governing_subject(pipeline) -> None:
    found = full_events(pipeline, "Visiting the town of Arica on Monday, the Peruvian minister praised the police.")
    assert ("042", "PERGOV", "CHL") in affirmed(found)
