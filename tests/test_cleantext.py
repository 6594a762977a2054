"""Text that is not Unicode or not visible is refused per record; record names are shown safely."""
from __future__ import annotations

import json

import pytest

from eventwire.cleantext import check_text, clean_label, parse_text, shown
from eventwire.errors import InputError
from eventwire.formats.readers import read_jsonl_lines
from eventwire.records import Article, Failure


def test_a_lone_surrogate_is_refused_with_its_place() -> None:
    with pytest.raises(InputError, match=r"lone surrogate U\+DC00 at character 4"):
        check_text("Bad \udc00 text.", "r1")
    assert check_text("Fine 😀 text.", "r1") == "Fine 😀 text."


@pytest.mark.parametrize("text", ["\u200b\u200d\u2060", "\ufeff \u200b\n\u202e", "\x07\x1b"])
def test_a_text_with_nothing_visible_is_refused(text: str) -> None:
    with pytest.raises(InputError, match="no visible characters"):
        check_text(text, "r1")


def test_labels_lose_their_surrogates_and_messages_escape_controls() -> None:
    assert clean_label("a\udc00b") == "a\ufffdb"
    assert shown("a\nerror: forged\x1b[31m\u202e") == "a\\nerror: forged\\x1b[31m\\u202e"
    assert shown("Zoë 😀 ok") == "Zoë 😀 ok"


def test_readers_fail_the_bad_record_alone() -> None:
    lines = [json.dumps({"id": "good", "text": "The minister spoke."}),
             json.dumps({"id": "bad", "text": "Bad \udc00 text."}),
             json.dumps({"id": "odd\udc01id", "text": "The envoy left.", "title": "T\ud800"}),
             json.dumps({"id": "blank", "text": "\u200b\u200b"})]
    items = list(read_jsonl_lines(lines, "in.jsonl"))
    assert isinstance(items[0], Article)
    assert isinstance(items[1], Failure) and items[1].id == "bad" and "lone surrogate" in items[1].reason
    assert isinstance(items[2], Article) and items[2].id == "odd\ufffdid" and items[2].meta["title"] == "T\ufffd"
    assert isinstance(items[3], Failure) and "no visible characters" in items[3].reason


@pytest.mark.parametrize("line, where, reason", [
    ('{"id": "", "text": "The minister spoke."}', "in.jsonl:1", "'id' is empty"),
    ('{"id": {"a": 1}, "text": "The minister spoke."}', "in.jsonl:1", "'id' must be a string (or a whole number), "
                                                                       "not an object"),
    ('{"id": "r", "text": "The minister spoke.", "published": 20230913}', "r",
     "'published' must be a YYYY-MM-DD string, not a number"),
    ('{"id": "r", "text": "The minister spoke."\n', "in.jsonl:1", "the line ends before the JSON value is complete"),
    ('{"id": "r", "text": "The minister spoke." x}\n', "in.jsonl:1", "at character 43"),
])
def test_malformed_records_are_clear_errors(line: str, where: str, reason: str) -> None:
    (item,) = read_jsonl_lines([line], "in.jsonl")
    assert isinstance(item, Failure) and item.id == where and reason in item.reason, item


def test_a_numeric_id_is_its_digits() -> None:
    (item,) = read_jsonl_lines(['{"id": 17, "text": "The minister spoke."}'], "in.jsonl")
    assert isinstance(item, Article) and item.id == "17"


@pytest.mark.parametrize("text, parsed", [
    ('"Thank you [Ana Vell] for this," she wrote.', '"Thank you  Ana Vell  for this," she wrote.'),
    ("[Chilean President Ana] Vell announced a curfew.", " Chilean President Ana  Vell announced a curfew."),
    # the editor's own words stay bracketed, and so do brackets that complete a word: "[i]t", "shocking[ly]"
    ("He said [...] it was over.", "He said [...] it was over."),
    ("the girls [who] were there", "the girls [who] were there"),
    ('"[I]t is over," he said.', '"[I]t is over," he said.'),
    ("It was shocking[ly] fast.", "It was shocking[ly] fast."),
])
def test_the_parser_reads_editorial_insertions_without_their_brackets(text: str, parsed: str) -> None:
    assert parse_text(text) == parsed and len(parse_text(text)) == len(text)
