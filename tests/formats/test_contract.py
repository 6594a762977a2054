"""The extract output follows the contract: checked by our own invariants and by the shared validator."""
from __future__ import annotations

import importlib.util
import json

import pytest

from eventwire import make_article
from eventwire.formats.contract import article_from_contract, dumps, to_contract
from eventwire.records import Article, Failure

TEXTS = [
    ("t1", "2023-09-13",
     "President Vladimir Putin of Russia met the North Korean leader, Kim Jong-un, on Wednesday in Vladivostok.\n"
     "“We will cooperate,” Mr. Putin said. Mr. Kim said his country would stand with Moscow.\n"
     "U.S. officials warned last week that North Korea was shipping artillery shells to Russia."),
    ("t2", "2020-01-05",
     "Protesters rallied in Baghdad on Friday, two days after Iran fired missiles at a base in Iraq.\n"
     "The Pentagon said it would send 3,000 troops to the region. Iraq's parliament voted to expel U.S. forces."),
    ("t3", None, "Talks between China and Japan resumed in Tokyo. Beijing accused Tokyo of provocations."),
]


@pytest.fixture(scope="module")
def results(pipeline):
    return list(pipeline.pipe([make_article(i, t, p) for i, p, t in TEXTS]))


def test_every_span_is_inside_the_text_and_every_id_resolves(results):
    for article in results:
        doc = to_contract(article)
        n = len(article.text)
        spans = [m for a in doc["actors"] for m in a["mentions"]] + [t["span"] for t in doc["times"]]
        spans += [p["span"] for p in doc["places"]] + [s for q in doc["quotes"] for s in q["content"]]
        spans += [e["sentence"] for e in doc["events"]]
        assert all(0 <= s < e <= n for s, e in spans)
        actor_ids = {a["id"] for a in doc["actors"]}
        place_ids = {p["id"] for p in doc["places"]}
        assert len(actor_ids) == len(doc["actors"]) and len(place_ids) == len(doc["places"])
        for event in doc["events"]:
            assert set(event["actors"]) | set(event["recipients"]) <= actor_ids
            assert event["place"] is None or event["place"] in place_ids
        for quote in doc["quotes"]:
            assert quote["speaker"] is None or quote["speaker"] in actor_ids


def test_output_is_deterministic(pipeline, results):
    again = list(pipeline.pipe([make_article(i, t, p) for i, p, t in TEXTS]))
    assert [dumps(a) for a in again] == [dumps(a) for a in results]


def test_failure_lines_keep_their_place():
    record = json.loads(dumps(Failure("doc-7", "the text is empty")))
    assert record["id"] == "doc-7" and record["error"] == "the text is empty" and record["events"] == []


def test_shared_validator_accepts_the_output(results, shared_eval, tmp_path):
    spec = importlib.util.spec_from_file_location("validate_contract", shared_eval / "validate_contract.py")
    validator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(validator)
    checker = validator.Checker()
    for article in results:
        checker.document(json.loads(dumps(article)), article.text)
    assert checker.problems == []


def test_article_from_contract_is_the_inverse_of_to_contract(pipeline):
    for item in pipeline.pipe([make_article(i, t, p) for i, p, t in TEXTS]):
        assert isinstance(item, Article)
        record = to_contract(item)
        assert to_contract(article_from_contract(record, item.text)) == record
