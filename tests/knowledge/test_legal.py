"""The legal-acts table: the institution of each act, and errors that name the line."""
from __future__ import annotations

import pytest

from eventwire.errors import KnowledgeError
from eventwire.knowledge import Knowledge
from eventwire.knowledge.legal import LegalActs, load_legal_acts
from eventwire.settings import Settings


def test_bundled_legal_acts() -> None:
    acts = Knowledge().legal_acts
    assert acts.sector("convict") == "JUD" and acts.sector("Arrest") == "COP"
    # "was charged with murder": the prosecution's act (w11context), CAMEO's JUD
    assert acts.sector("charge") == "JUD" and acts.sector("attack") is None
    assert LegalActs().sector("convict") is None


def test_a_verb_with_two_sectors_names_the_line(tmp_path) -> None:
    (tmp_path / "legal_acts.tsv").write_text("verb\tsector\tnote\narrest\tCOP\t\narrest\tMIL\t\n")
    with pytest.raises(KnowledgeError, match="legal_acts.tsv:3"):
        load_legal_acts(Knowledge(Settings(knowledge_dir=tmp_path)))


def test_a_row_needs_a_sector(tmp_path) -> None:
    (tmp_path / "legal_acts.tsv").write_text("verb\tsector\tnote\nconvict\t\t\n")
    with pytest.raises(KnowledgeError, match="legal_acts.tsv:2"):
        load_legal_acts(Knowledge(Settings(knowledge_dir=tmp_path)))
