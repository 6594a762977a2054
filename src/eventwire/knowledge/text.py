"""How names and words become lookup keys: one folding rule for every table, so that a phrase found in
one codebook is found the same way in another."""
from __future__ import annotations

import re

_SPACES = re.compile(r"\s+")
# Typographic variants that news text uses interchangeably with the ASCII ones.
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2010": "-", "\u2011": "-"})


def fold(text: str) -> str:
    """Single spaces, curly apostrophes and Unicode hyphens as ASCII, case kept."""
    return _SPACES.sub(" ", text.translate(_FOLD).strip())


def key(text: str) -> str:
    """The lookup key of a word or phrase: `fold` in lower case."""
    return fold(text).lower()
