"""Tense: whether a bare day or month lies before or after the publication date, from signal words and
the tense of the clause that governs it ("will meet Friday", "met Friday", "plans to hold a rally Saturday")."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .grammar import Grammar

# Auxiliaries that put a clause in the future.
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "’ll"})


def _looks_ahead(verb: Any, grammar: Grammar) -> bool:
    """A verb of planning that puts its complement ahead ("planned to leave Thursday"); the verbs marked
    "aux" in the vocabulary only with an auxiliary or a to-complement ("is set to meet Friday", "set to
    resume Monday", not "the record set on Aug. 6")."""
    kind = grammar.words.get("future_verb", verb.lemma_)
    if kind is None:
        return False
    if kind == "aux":
        return any(c.dep_ in ("aux", "auxpass", "xcomp") for c in verb.children)
    return True



# Words right before a time that put it ahead whatever the tense of the clause: "could arrive as early as
# Friday", "ahead of Sunday's vote".
FUTURE_SIGNAL = re.compile(r"\b(?:ahead\s+of|as\s+early\s+as|as\s+soon\s+as)\s+(?:the\s+|this\s+)?$", re.I)
# "until" looks ahead unless its clause is past ("was envoy until December"), and even then after a verb of
# deferral ("extended the deadline until Tuesday").
UNTIL_SIGNAL = re.compile(r"\b(?:until|till)\s+(?:the\s+|this\s+)?$", re.I)


# "since (shortly after) the Oct. 23 attack": what "since" points at is over, however near it is.
STRICT_PAST = -2
PAST_SIGNAL = re.compile(r"\bsince\s+(?:shortly\s+|just\s+)?(?:after\s+|before\s+)?(?:the\s+)?$", re.I)


def direction(tokens: Any, grammar: Grammar, before: str) -> int:
    """The direction in which a bare day or month lies from the anchor: a signal word, else the tense.
    +1 ahead, -1 past, STRICT_PAST surely before the anchor, 0 unknown."""
    if FUTURE_SIGNAL.search(before) and not _past_perfect(tokens):
        return 1  # but "Until Thursday, they had not called him a suspect" is over
    if PAST_SIGNAL.search(before):
        return STRICT_PAST
    clause = tense(tokens, grammar)
    if UNTIL_SIGNAL.search(before) and not _past_perfect(tokens):
        verb = _governing_verb(tokens)
        if clause >= 0 or (verb is not None and grammar.words.get("deferral_verb", verb.lemma_) is not None):
            return 1
    return clause


def _governing_verb(tokens: Any) -> Any:
    """The verb of the clause an expression belongs to (at most four steps up the parse), or None."""
    token = tokens.root
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX") or token.dep_ == "ROOT" or token.head.i == token.i:
            break
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") else None


def _past_perfect(tokens: Any) -> bool:
    """Whether the clause is in the past perfect, directly or through a complement ("had been due to")."""
    verb = _governing_verb(tokens)
    chain = [verb] if verb is not None else []
    while chain and chain[-1].dep_ in ("xcomp", "acomp") and chain[-1].head.i != chain[-1].i and len(chain) < 4:
        chain.append(chain[-1].head)
    return any(c.lower_ == "had" and c.dep_ in ("aux", "auxpass") for v in chain for c in v.children)


def tense(tokens: Any, grammar: Grammar) -> int:
    """+1 when the clause governing the expression looks ahead ("will meet Friday", "is expected to",
    "plans a rally Saturday", "meets Monday"), -1 when it is past, 0 otherwise."""
    # A day named as the owner of an event ("Tuesday's vote") is not governed by the tense of the clause
    # it sits in ("follows Tuesday's vote"): only an explicit future or past decides it.
    owned = tokens.root.dep_ in ("poss", "compound", "nmod")
    token = _governing_verb(tokens)
    if token is None:
        return 0
    if _past_perfect(tokens):
        return -1  # "the offer had been due to expire Friday"
    verb = token
    for _ in range(3):
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if any(c.lower_ in FUTURE_AUX for c in auxes):
            return 1
        if any(c.lower_ == "would" for c in auxes) and not any(c.lower_ == "have" for c in auxes):
            return 1  # the future of reported speech: "said he would travel Thursday"
        if _looks_ahead(verb, grammar):
            return 1
        if verb.dep_ == "xcomp" and (_looks_ahead(verb.head, grammar) or verb.head.lemma_ == "be"):
            return 1  # "is to resume trading Tuesday", "plans to hold a rally Saturday"
        if verb.tag_ == "VBG" and any(c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP") for c in auxes):
            return 1  # "is meeting Friday"
        if verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
            verb = verb.head
            continue
        break
    if token.tag_ == "VBD" or any(c.tag_ == "VBD" and c.dep_ in ("aux", "auxpass") for c in token.children):
        return -1
    if token.tag_ == "VBN" and any(c.lower_ in ("has", "have", "had", "'s", "'ve") for c in token.children):
        return -1
    if token.tag_ in ("VBZ", "VBP") and token.lemma_ not in ("be", "have", "say", "do") and not owned:
        return 1  # news present for scheduled events: "the court rules Monday"
    return 0
