"""Argument words: the content words that change how a clause's event is read (allegations, appeals,
consent, denial). Data: `data/argument_words.tsv` (its header explains the kinds)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .columns import lower, read_rows

if TYPE_CHECKING:
    from . import Knowledge

KINDS = ("allegation", "appeal", "yield", "denial")


@dataclass(frozen=True, slots=True)
class ArgumentWords:
    allegation: frozenset[str] = frozenset()
    appeal: frozenset[str] = frozenset()
    yield_: frozenset[str] = frozenset()
    denial: frozenset[str] = frozenset()  # "denied that it attacked": the act inside is denied, not reported


def load_argument_words(knowledge: "Knowledge") -> ArgumentWords:
    path = knowledge.path("argument_words.tsv")
    found: dict[str, set[str]] = {kind: set() for kind in KINDS}
    for row in read_rows(path, {"word": lower, "kind": lower}):
        word, kind = row["word"], row["kind"]
        if kind not in found:
            raise row.error(f"unknown kind {kind!r}; known: {', '.join(KINDS)}")
        if not word:
            raise row.error("the word cell is empty")
        found[kind].add(word)
    return ArgumentWords(frozenset(found["allegation"]), frozenset(found["appeal"]), frozenset(found["yield"]),
                         frozenset(found["denial"]))
