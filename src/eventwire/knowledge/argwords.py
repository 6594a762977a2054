"""Argument words: the content words that change how a clause's event is read (allegations, appeals,
consent, denial). Data: `data/argument_words.tsv` (its header explains the kinds)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .columns import read_word_classes

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
    found = read_word_classes(knowledge.path("argument_words.tsv"), "kind", KINDS)
    return ArgumentWords(found["allegation"], found["appeal"], found["yield"], found["denial"])
