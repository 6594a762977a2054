"""The sides of events in news about one country's politics (issue 9, w21actors): sentences never end at an
abbreviated title ("including Gov. Mary Hollis and Sen. Tom Breck"); a spokesperson takes the body they speak for
(a company's legal-form name is BUS, a seat of government before a role noun is the government, the body whose act
a postposed attribution reports); labour unions are LAB and superdelegates PTY; a "he"/"she" attributing a quote
is never a person named inside it; "from X" after a verb of taking is the loser, not the doer. The whole pipeline
runs; every person, company and town is invented (countries are real so that the tables code them)."""
from __future__ import annotations

import pytest
import spacy

from eventwire.nlp import TitleBoundaries
from eventwire.pipeline import make_article

from .test_events import affirmed, full_events


def _article(pipeline, text: str):
    return pipeline(make_article("t", text, "2016-03-10"))


def _codes(pipeline, text: str) -> dict[str, str | None]:
    return {a.name: a.code for a in _article(pipeline, text).actors}


def _sentences(pipeline, text: str) -> list[str]:
    return [s.text for s in pipeline.nlp(text).sents]


@pytest.mark.parametrize("text", [
    "Support came from Lt. Gov. Ann Pike, Rep. Joe Varn and Atty. Gen. Lou Crane of Ohio.",
    "The senator was endorsed by several leaders, including Gov. Mary Hollis and Sen. Tom Breck, on Monday.",
    "He thanked Lt. Col. Ray Dunn and Sgt. Maj. Lee Orr for their service in Ohio.",
])
def test_no_sentence_ends_at_an_abbreviated_title(pipeline, text: str) -> None:
    assert len(_sentences(pipeline, text)) == 1


def test_a_sentence_still_ends_after_a_name_with_a_title(pipeline) -> None:
    assert len(_sentences(pipeline, "The bill was signed by Gov. Jack Ardent. Sen. Bo Lane opposed it.")) == 2


def test_the_title_component_reads_a_stop_split_from_its_title() -> None:
    titles = TitleBoundaries(["lt.", "gov."])
    doc = spacy.blank("en").make_doc("Then Lt. Ann Pike spoke.")  # spaCy's own exceptions split "Lt" "."
    titles(doc)
    assert doc[3].is_sent_start is False  # "Ann" after "Lt" "."


def test_an_endorsement_list_keeps_its_objects(pipeline) -> None:
    events = affirmed(full_events(
        pipeline, "Senator Tom Breck of Ohio was endorsed on Monday by Gov. Mary Hollis of Ohio and Sen. Joe Varn "
                  "of Ohio."))
    assert ("051", "USAGOV", "USALEG") in events


def test_a_company_spokesman_is_business(pipeline) -> None:
    codes = _codes(pipeline, "A spokesman for Vantor Inc. criticized the Canadian government on Monday.")
    assert codes.get("spokesman") == "---BUS"


def test_a_postposed_spokesman_speaks_for_the_body_whose_act_he_reports(pipeline) -> None:
    codes = _codes(pipeline, "Amnesty International criticized the Canadian government, a spokesman said on Monday.")
    assert codes.get("spokesman") == codes.get("Amnesty International")


def test_a_spokesman_before_what_he_says_keeps_his_own_sector(pipeline) -> None:
    codes = _codes(pipeline, "A spokesman said Amnesty International had criticized the Canadian government.")
    assert codes.get("spokesman") != codes.get("Amnesty International")


def test_a_seat_of_government_before_a_role_noun_is_the_government(pipeline) -> None:
    codes = _codes(pipeline, "A White House spokesman criticized the Canadian government on Monday.")
    assert codes.get("spokesman") == "USAGOV"


@pytest.mark.parametrize("text, name, code", [
    ("The unions criticized the Canadian government on Monday.", "unions", "---LAB"),
    ("A union spokesman condemned the Canadian government's plan.", "union spokesman", "---LAB"),
    ("The AFL-CIO endorsed Senator Mark Delaney on Monday.", "AFL-CIO", "USALAB"),
    ("Several superdelegates criticized Senator Mark Delaney of Vermont.", "superdelegates", "USAPTY"),
])
def test_groups_of_a_political_story(pipeline, text: str, name: str, code: str) -> None:
    assert _codes(pipeline, text).get(name) == code


def test_the_pronoun_of_an_attribution_is_not_a_person_named_in_the_quote(pipeline) -> None:
    events = affirmed(full_events(
        pipeline, "Senator Tom Harlan of Ohio spoke on Monday. \"I met with Governor Mark Delaney of Texas and Mayor "
                  "Bill Oster of Texas,\" he said."))
    assert ("040", "USALEG", "USAGOV") in events
    assert not any(e[0] == "040" and e[1] == "USAGOV" for e in events)


@pytest.mark.parametrize("text, expected", [
    ("The Iraqi army recaptured the town from Islamic State fighters on Monday.", ("IRQMIL", "IMGMUSREB")),
    ("The airport at Kafr Dael was seized from Syrian rebels by the army of Syria.", ("SYRMIL", "SYRREB")),
])
def test_from_after_a_verb_of_taking_is_the_loser(pipeline, text: str, expected) -> None:
    events = affirmed(full_events(pipeline, text))
    assert any((e[1], e[2]) == expected for e in events), events


def test_a_passive_taking_with_from_has_no_doer_from_it(pipeline) -> None:
    events = affirmed(full_events(pipeline, "The town of Tel Umran was recaptured from Syrian rebels on Monday."))
    assert not any(e[1] == "SYRREB" for e in events)


def test_from_after_another_verb_is_still_the_origin(pipeline) -> None:
    events = affirmed(full_events(pipeline, "Rockets were fired at Israel from Gaza on Monday."))
    assert ("190", "PSE", "ISR") in events


def test_a_spokeswoman_for_a_company_named_by_its_legal_form(pipeline) -> None:
    codes = _codes(pipeline, "Jo Wu, a spokeswoman for Vantor Inc., criticized the Canadian government on Monday.")
    assert codes.get("Jo Wu") == "---BUS"


def test_a_company_of_the_phoenix_list_is_a_business_of_its_country(pipeline) -> None:
    codes = _codes(pipeline, "A Boeing spokesman criticized the Canadian government on Monday.")
    assert codes.get("Boeing") == "USABUS" and codes.get("spokesman") == "USABUS"


def test_white_house_doctors_keep_their_trade(pipeline) -> None:
    codes = _codes(pipeline, "White House doctors said the president was healthy.")
    assert codes.get("doctors", "").endswith("HLH")


def test_a_bare_acronym_is_no_company_form(pipeline) -> None:
    codes = _codes(pipeline, "The INC criticized the Pakistani government on Monday.")
    assert not (codes.get("INC") or "").endswith("BUS")


def test_a_plural_role_noun_tagged_as_a_nationality_at_the_head_of_a_sentence(pipeline) -> None:
    events = affirmed(full_events(pipeline, "Superdelegates endorsed Senator Mark Delaney of Ohio on Monday."))
    assert ("051", "USAPTY", "USALEG") in events
