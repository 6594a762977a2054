"""make_article: an input Article from a reader's fields, without importing spaCy."""
from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from eventwire.articles import make_article
from eventwire.errors import InputError


def test_fields_and_checks() -> None:
    article = make_article("a1", "The envoy left.", "2024-02-03T10:00:00Z", {"url": "https://x.example/1"})
    assert article.published == date(2024, 2, 3) and article.meta == {"url": "https://x.example/1"}
    with pytest.raises(InputError, match="not a YYYY-MM-DD date"):
        make_article("a2", "The envoy left.", "yesterday")
    with pytest.raises(InputError, match="NUL bytes"):
        make_article("a3", "bad\x00text")


def test_reading_needs_no_spacy() -> None:
    code = ("import sys, eventwire.formats.readers, eventwire.incremental, eventwire.cli; "
            "sys.exit(1 if 'spacy' in sys.modules else 0)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
