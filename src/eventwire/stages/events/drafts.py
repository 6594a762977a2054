"""The records passed between the modules of the events stage: an event before ids are given, and the tables
a sentence is read with."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ...knowledge.argwords import ArgumentWords
from ...knowledge.cues import Cues
from ...knowledge.evaluative import EvaluativeWords
from ...knowledge.legal import LegalActs
from ...records import Sentence


@dataclass(frozen=True, slots=True)
class EventDraft:
    """An event before ids are given; `token` is the trigger."""

    token: Any
    sentence: Sentence
    code: str
    pattern: str
    actors: tuple[str, ...]
    recipients: tuple[str, ...]
    target_code: str | None = None  # a place's country when the target is a place, not an actor
    source_code: str | None = None  # likewise for the source: "fired at X from the Gaza Strip"
    negated: bool = False
    hypothetical: bool = False
    reported_by: str | None = None
    foreign: bool = False  # coded by the user's verb dictionary: its code may lie outside the codebook
    symmetric: bool = False  # "X and Y met": the parties act on each other
    promised: bool = False  # "agreed to lift the sanctions": a yielding consented to (PLOVER CONCEDE)


@dataclass(frozen=True, slots=True)
class Words:
    """The tables a sentence is read with, besides the verb patterns and the codebook."""

    argument: ArgumentWords
    cues: Cues
    evaluative: EvaluativeWords = EvaluativeWords()
    legal: LegalActs = LegalActs()
