"""Verb-dictionary patterns applied to spaCy tokens, and the choice between them and the hand-written rows.

`knowledge.verbdict.VerbDictionary.match` works on plain words; this module says what a verb's context is:
the words of the sentence before the verb (so "said it would *" reaches the speech verb), and the words of
the verb's own subtree after it (its objects and prepositional phrases), punctuation left out. Then
`choose` settles which coding a verb gets when both the hand-written `verb_patterns.tsv` and a verb
dictionary know it. The layers are generated (built-in dictionary) → hand-written → the user's knowledge
dir:

- the generated layer (CAMEO.2.0, when `Settings.generated_verbs` turns it on) codes only verbs of the main
  clause that the hand-written table does not know, and only by its patterns, never by a block default;
- between the hand-written table and a user's dictionary, the more specific coding wins, then the later
  layer: a hand row with object and preposition (3) or object (2) against a dictionary pattern (2, it
  names words around the verb), a preposition only (1), or the bare verb (0) against a block default (0).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..knowledge.verbdict import Match, VerbDictionary, Word
from ..knowledge.verbs import VerbPattern
from .syntax import coordination

# Where a dictionary-coded event looks for its target when no "+" says: PETRARCH takes the first actor in
# the verb phrase: its object, then the objects of its prepositions.
TARGETS = ("dobj", "iobj", "with", "to", "against", "on", "at", "into", "in", "for", "from", "over", "toward",
           "towards", "about", "of", "between", "xobj")
# Words that may fill a "$", "+" or "^" slot: the words of a noun phrase, not its determiner (the slot's
# word is where the actor is looked up).
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "ADJ", "NUM", "X"})
_LAYER = {"built-in": 1, "hand": 2, "user": 3}


@dataclass(frozen=True, slots=True)
class DictionaryPattern(VerbPattern):
    """A verb-dictionary coding of one verb in one sentence: the pattern, with the words it captured."""

    reverse: str | None = None  # code of the reciprocal event, target -> source
    source_at: int | None = None  # token index of the "$" word
    target_at: int | None = None  # of the "+" word
    compound_at: int | None = None  # of the "%" word: a compound actor whose parties act on each other
    user: bool = False  # from the user's knowledge dir: its codes may lie outside cameo_codes.tsv

    @property
    def text(self) -> str:
        return self.object_label or self.verb


def _word(token: Any) -> Word:
    return Word(token.lower_, token.lemma_.lower(), token.i, token.pos_ in _NOMINAL, _in_compound(token))


def _in_compound(token: Any) -> bool:
    """Is the token part of a coordinated noun phrase ("Arnor and Gondor", "the Arnorian and Gondorian ...")?"""
    return any(c.dep_ == "conj" for c in coordination(token).children)


def context(token: Any) -> tuple[list[Word], list[Word]]:
    """The words before the verb in its sentence, and those of its subtree after it; no punctuation."""
    sent = token.sent
    left = [_word(t) for t in sent if t.i < token.i and not t.is_punct]
    end = max(t.i for t in token.subtree)
    right = [_word(t) for t in sent if token.i < t.i <= end and not t.is_punct]
    return left, right


def match(token: Any, dictionary: VerbDictionary | None) -> Match | None:
    if dictionary is None:
        return None
    left, right = context(token)
    return dictionary.match(left, _word(token), right)


def _main_clause(token: Any) -> bool:
    """The sentence's own verb, or one coordinated with it ("X met Y and signed Z"): the generated layer's
    patterns were written for the verb that carries the sentence's event, as PETRARCH coded it; embedded
    verbs (purposes, complements, relative clauses) are left to the hand-written table and its rules."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ == "ROOT"


def choose(token: Any, hand: VerbPattern | None, dictionary: VerbDictionary | None,
           roles: frozenset[str] = frozenset(), hand_knows: bool = False) -> VerbPattern | None:
    """The coding of `token`: the hand-written row, or the dictionary's match as a `DictionaryPattern`.

    `hand_knows`: the hand-written table has rows for this verb. Then the generated layer stays out: the
    hand rows were written over it, and cover the verb's senses they mean to code (a verb they leave
    uncoded in some frame is left uncoded on purpose). A user's dictionary competes by specificity.
    """
    if dictionary is not None and dictionary.origin == "built-in" and (hand_knows or not _main_clause(token)):
        return hand
    found = match(token, dictionary)
    if found is None or (dictionary.origin == "built-in" and not found.length):
        # the generated layer's block defaults stay out: CAMEO.2.0's blocks gather verbs of many senses
        # ("join", "leave", "make") under one code; its patterns, which name the words around the verb, apply
        return hand
    assert dictionary is not None
    layer = _LAYER[dictionary.origin]
    rank = (2 if found.length else 0, layer)
    if hand is not None and (hand.specificity, _LAYER["hand"]) >= rank:
        return hand
    if found.code is None and not roles:
        # the dictionary says "no event" here: a hand row of the same verb does not bring it back
        return None
    return DictionaryPattern(
        verb=token.lemma_.lower(), prep=None, object_label=found.text, objects=(), code=found.code,
        targets=TARGETS, roles=roles, line=0, reverse=found.reverse, source_at=found.source,
        target_at=found.target, compound_at=found.compound, user=dictionary.origin == "user")
