"""How names and words become lookup keys: one folding rule for every table, so that a phrase found in
one codebook is found the same way in another. `key` is the common one; `name_key` (country names) and
`place_key` (the gazetteer's place names) are its named variants, each for the names it says."""
from __future__ import annotations

import re
import unicodedata

# Typographic variants that news text uses interchangeably with the ASCII ones.
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2010": "-", "\u2011": "-", "_": " "})


def fold(text: str) -> str:
    """Single spaces, curly apostrophes and Unicode hyphens as ASCII, case kept."""
    # Every table lookup folds its words: ASCII text needs only its underscores replaced, and `split`
    # breaks at the whitespace `\s` matches, so the join is the substitution of runs, faster.
    text = text.replace("_", " ") if text.isascii() else text.translate(_FOLD)
    return " ".join(text.split())


def key(text: str) -> str:
    """The lookup key of a word or phrase: `fold` in lower case."""
    return fold(text).lower()


# Names that differ only by a leading "the" or a trailing possessive are one name: "the Sudan", "Russia's".
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")
_THE = re.compile(r"^the\s+", re.IGNORECASE)


def name_key(text: str, *, keep_case: bool = False) -> str:
    """The key of a country's name: `fold`, without a leading 'the' or a trailing "'s", in lower case
    unless `keep_case` (acronyms such as "US" match only as written)."""
    name = _THE.sub("", _POSSESSIVE.sub("", fold(text))).strip()
    return name if keep_case else name.lower()


# Place names are written with and without apostrophes ("Komsomol'sk"), and with hyphens, dots or commas
# where others write spaces ("Komsomolsk-on-Amur", "St. Louis").
_PLACE_DROP = str.maketrans({"'": "", "’": "", "‘": "", "`": "", "ʼ": "", "ʻ": ""})
_PLACE_BLANK = str.maketrans({"-": " ", "‐": " ", "–": " ", ".": " ", ",": " ", "_": " "})


def place_key(name: str) -> str:
    """The gazetteer's key of a place name: case- and accent-insensitive, punctuation-light, without a
    leading "the"."""
    if name.isascii():  # most names: skip the costly Unicode decomposition
        folded = name
    else:
        folded = unicodedata.normalize("NFKD", name)
        folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = folded.translate(_PLACE_DROP).translate(_PLACE_BLANK).lower()
    folded = " ".join(folded.split())
    if folded.startswith("the "):
        folded = folded[4:]
    return folded
