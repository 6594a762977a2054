"""The argument-words table: kinds, and errors that name the line."""
from __future__ import annotations

import pytest

from eventwire.errors import KnowledgeError
from eventwire.knowledge import Knowledge
from eventwire.knowledge.argwords import ArgumentWords, load_argument_words
from eventwire.settings import Settings


def test_bundled_table_has_every_kind() -> None:
    words = Knowledge().argument_words
    assert "allegation" in words.allegation and "want" in words.appeal and "agree" in words.yield_
    assert "deny" in words.denial and "deny" not in words.allegation
    assert ArgumentWords().allegation == frozenset()


def test_unknown_kind_names_the_line(tmp_path) -> None:
    (tmp_path / "argument_words.tsv").write_text("word\tkind\tnote\nwant\tappeal\t\nfoe\tenemy\t\n")
    with pytest.raises(KnowledgeError, match="argument_words.tsv:3"):
        load_argument_words(Knowledge(Settings(knowledge_dir=tmp_path)))


def test_requested_parallels_the_intents() -> None:
    cameo = Knowledge().cameo
    assert cameo.requested("087") == "025"  # withdraw -> appeal to yield
    assert cameo.requested("042") == "026"  # visit -> appeal to meet
    assert cameo.requested("190") == "020"  # no cooperative intent: a plain appeal
