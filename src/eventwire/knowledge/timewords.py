"""Loader for `time_words.tsv`: the vocabulary of temporal expressions (months, units, numbers, REF words…).

The recogniser in `stages/times/` builds its patterns from these words, so adding a word to the file
(an abbreviation, a holiday, a frequency adverb) extends the grammar without touching code.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Mapping

from ..errors import KnowledgeError
from . import read_tsv
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


def parse_timewords(rows: Any, source: str = FILE) -> TimeWords:
    """Build the table from (line number, row) pairs as `read_tsv` yields them; checks kinds and values."""
    table: dict[str, dict[str, str]] = {}
    for number, row in rows:
        kind, word, value = (row.get(key, "").strip() for key in ("kind", "word", "value"))
        if kind not in KINDS:
            raise KnowledgeError(f"{source}:{number}: unknown kind {kind!r} (one of {', '.join(sorted(KINDS))})")
        if not word:
            raise KnowledgeError(f"{source}:{number}: the word is empty")
        if kind in ("month", "month_abbr", "weekday", "weekday_abbr", "ordinal", "shift") and not _is_int(value):
            raise KnowledgeError(f"{source}:{number}: {kind} {word!r} needs a whole number, not {value!r}")
        if kind == "number" and not _is_number(value):
            raise KnowledgeError(f"{source}:{number}: number {word!r} needs a numeric value, not {value!r}")
        table.setdefault(kind, {})[key(word)] = value
    return TimeWords(MappingProxyType({k: MappingProxyType(v) for k, v in table.items()}))


def load_timewords(knowledge: Any) -> TimeWords:
    """Read `time_words.tsv` through the Knowledge object (so a user's override folder is honoured)."""
    path = knowledge.path(FILE)
    return parse_timewords(read_tsv(path), path.name)


def _is_int(value: str) -> bool:
    return bool(re.fullmatch(r"-?\d+", value))


def _is_number(value: str) -> bool:
    return bool(re.fullmatch(r"-?\d+(?:\.\d+)?", value))
