"""The evaluative-words table: polarities, the head word first, hedges, and errors that name the line."""
from __future__ import annotations

import pytest

from eventwire.errors import KnowledgeError
from eventwire.knowledge import Knowledge
from eventwire.knowledge.evaluative import EvaluativeWords, load_evaluative_words
from eventwire.settings import Settings


def test_bundled_table_has_every_polarity() -> None:
    words = Knowledge().evaluative_words
    assert words.verdict("man", {"a", "great", "man"}) == "praise"
    assert words.verdict("traitor", {"traitor"}) == "criticism"
    assert words.verdict("clown", {"a", "clown"}) == "criticism"
    assert words.verdict("illegal", {"illegal"}) == "crime"
    assert words.verdict(None, {"dull", "day"}) is None


def test_the_head_word_decides_over_its_modifiers() -> None:
    words = Knowledge().evaluative_words
    assert words.verdict("embarrassment", {"a", "great", "embarrassment"}) == "criticism"
    assert words.verdict("statesman", {"a", "brave", "statesman"}) == "praise"
    assert words.verdict("move", {"a", "great", "stupid", "move"}) is None  # the modifiers disagree


def test_a_hedged_charge_is_blame() -> None:
    words = Knowledge().evaluative_words
    assert words.verdict("criminal", {"almost", "criminal"}) == "criticism"
    assert words.verdict("criminal", {"plainly", "criminal"}) == "crime"
    assert EvaluativeWords().verdict("hero", {"hero"}) is None


def test_unknown_polarity_names_the_line(tmp_path) -> None:
    (tmp_path / "evaluative_words.tsv").write_text("word\tpolarity\tnote\nhero\tpraise\t\nfoe\tenemy\t\n")
    with pytest.raises(KnowledgeError, match="evaluative_words.tsv:3"):
        load_evaluative_words(Knowledge(Settings(knowledge_dir=tmp_path)))


def test_epithets_are_words_of_blame_only() -> None:
    # w18speech: an epithet in a quote blames the party it is said of; each also blames as a predicate
    words = Knowledge().evaluative_words
    assert {"corrupt", "incompetent", "illegitimate"} <= words.epithet
    assert not words.epithet & (words.praise | {"authoritarian", "illegal", "weak"})
    assert all(words.word(w) in ("criticism", "crime") for w in words.epithet if words.word(w) is not None)
