"""The times grammar: each rule declared once, compiled once per Knowledge, its count nouns from the data."""
from __future__ import annotations

import ast
from importlib import resources
from pathlib import Path

from eventwire import make_article
from eventwire.knowledge import Knowledge
from eventwire.settings import Settings
from eventwire.stages.times import grammar_for, run
from eventwire.stages.times.grammar import RULES


def test_every_rule_is_declared_once_with_its_handler_and_vetoes() -> None:
    names = [spec.name for spec in RULES]
    assert len(names) == len(set(names))
    grammar = grammar_for(Knowledge())
    assert [rule.name for rule in grammar.rules] == names
    assert [rule.priority for rule in grammar.rules] == list(range(len(names)))
    assert all(callable(rule.handler) for rule in grammar.rules)
    by_name = {rule.name: rule for rule in grammar.rules}
    assert by_name["year"].in_names == "event" and by_name["holiday"].in_names == "keep"
    assert {name for name, rule in by_name.items() if rule.anaphoric} == {"ago", "year_ago", "that_unit"}


def test_the_grammar_is_compiled_once_per_knowledge() -> None:
    knowledge = Knowledge()
    assert grammar_for(knowledge) is grammar_for(knowledge)
    assert grammar_for(Knowledge()) is not grammar_for(knowledge)


def test_knowledge_imports_no_stage() -> None:
    """The cache lives on Knowledge without knowledge/ importing a stage (no knowledge → stages cycle)."""
    folder = Path(str(resources.files("eventwire.knowledge")))
    for source in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                assert "stages" not in (node.module or ""), source.name


def years(pipeline, text: str, knowledge: Knowledge) -> list[str]:
    article = pipeline.parse([make_article("t", text, "2023-09-13")])[0]
    return [t.span.text(text) for t in run(article, knowledge).times]


def test_count_nouns_come_from_time_words(pipeline, tmp_path: Path) -> None:
    text = "The port handled 1987 freighters, and the harbour opened in 1987 after a storm."
    assert years(pipeline, text, Knowledge()) == ["1987", "1987"]
    bundled = Path(str(resources.files("eventwire.knowledge") / "data" / "time_words.tsv"))
    (tmp_path / "time_words.tsv").write_text(bundled.read_text(encoding="utf-8") + "count_noun\tfreighters\t1\n",
                                             encoding="utf-8")
    assert years(pipeline, text, Knowledge(Settings(knowledge_dir=tmp_path))) == ["1987"]
    assert years(pipeline, "Police counted 1987 troops near the border.", Knowledge()) == []


def test_the_lookahead_of_first_characters_leaves_every_match_as_it_was() -> None:
    """Each rule is compiled behind a lookahead of the characters its matches can start with: the matches of
    every rule over our own sentences are those of its bare pattern, and a pattern that can match empty or
    start with any character gets no lookahead."""
    import re

    from eventwire.stages.times.grammar import _first_characters, _pieces

    knowledge = Knowledge()
    pieces = _pieces(knowledge.timewords)
    text = ("On Tuesday, March 3, 2021 the Wendrian council met at 9:30 a.m. for the third time in two weeks; "
            "a year earlier, in the 1990s, its mayor had said that every other Friday until mid-2019 or the "
            "second quarter of fiscal 2020 was too soon. Five days ago, 12/04/2020, Christmas Eve, last "
            "spring, this morning, the weekend before, yesterday evening, 2020-11-03, the 21st century.")
    grammar = grammar_for(knowledge)
    matched = 0
    for spec, rule in zip(RULES, grammar.rules):
        bare = re.compile(spec.pattern.format_map(pieces), re.IGNORECASE)
        found = [(m.span(), m.groupdict()) for m in bare.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in rule.pattern.finditer(text)] == found, spec.name
        assert rule.pattern.pattern.startswith("(?=["), spec.name
        matched += bool(found)
    assert matched > 20
    assert _first_characters(r"(?<!\w)(?:the\s+)?(?P<n>\d+|two)\s+days") == {"t", r"\d"}
    assert _first_characters(r"(?:the)?") is None  # may match empty
    assert _first_characters(r"[^a]bc") is None  # a negated class: any character
    assert _first_characters(r"(?-i:May)\s+\d") is None  # flags of its own: not read
