"""Loader for `time_words.tsv`: the vocabulary of temporal expressions (months, units, numbers, REF words…).

The recogniser in `stages/times/` builds its patterns from these words, so adding a word to the file
(an abbreviation, a holiday, a frequency adverb) extends the grammar without touching code.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping

from .columns import choice, read_rows, text
from .text import key

FILE = "time_words.tsv"

KINDS = frozenset({
    "month", "month_abbr", "weekday", "weekday_abbr", "number", "ordinal", "unit", "vague", "season",
    "part_of_day", "deictic", "ref", "set", "shift", "mod", "quantifier_mod", "holiday", "future_verb", "decade",
    "deferral_verb", "count_noun",
})


@dataclass(frozen=True, slots=True)
class TimeWords:
    """Words by kind: `words["month"]["sept"] == "9"`. Every mapping is read-only."""

    words: Mapping[str, Mapping[str, str]]

    def kind(self, kind: str) -> Mapping[str, str]:
        return self.words.get(kind, MappingProxyType({}))

    def get(self, kind: str, word: str) -> str | None:
        return self.kind(kind).get(key(word))

    def alternation(self, *kinds: str) -> str:
        """A regex alternation of the words of some kinds, longest first, spaces matching any whitespace."""
        entries = sorted({w for k in kinds for w in self.kind(k)}, key=lambda w: (-len(w), w))
        return "|".join(r"\s+".join(re.escape(part) for part in w.split(" ")) for w in entries)


_COLUMNS = {"kind": choice(*sorted(KINDS)), "word": text, "value": text}


def read_timewords(path: Path) -> TimeWords:
    """Build the table from a `time_words.tsv`; checks kinds and values, naming the line of a bad row."""
    table: dict[str, dict[str, str]] = {}
    for row in read_rows(path, _COLUMNS):
        kind, word, value = row["kind"], row["word"], row["value"]
        if not word:
            raise row.error("the word is empty")
        if kind in ("month", "month_abbr", "weekday", "weekday_abbr", "ordinal", "shift") and not _is_int(value):
            raise row.error(f"{kind} {word!r} needs a whole number, not {value!r}")
        if kind == "number" and not _is_number(value):
            raise row.error(f"number {word!r} needs a numeric value, not {value!r}")
        table.setdefault(kind, {})[key(word)] = value
    return TimeWords(MappingProxyType({k: MappingProxyType(v) for k, v in table.items()}))


def load_timewords(knowledge: Any) -> TimeWords:
    """Read `time_words.tsv` through the Knowledge object (so a user's override folder is honoured)."""
    return read_timewords(knowledge.path(FILE))


def _is_int(value: str) -> bool:
    return bool(re.fullmatch(r"-?\d+", value))


def _is_number(value: str) -> bool:
    return bool(re.fullmatch(r"-?\d+(?:\.\d+)?", value))
