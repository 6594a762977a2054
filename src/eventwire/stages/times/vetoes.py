"""Vetoes: names and numbers that only look like times, judged from spaCy's tags and entities.

A rule of the grammar (grammar.py) lists the vetoes that apply to its matches; `vetoed` adds the one that
applies to every rule, a match wholly inside a name.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Callable

from ...knowledge.text import key as _key

if TYPE_CHECKING:
    from .grammar import TimexCandidate, Grammar

Veto = Callable[["TimexCandidate", Any, str, "Grammar"], bool]  # (candidate, its tokens, the article text, grammar)

# Entity labels of spaCy that mark a name, not a time: a span wholly inside one is no timex.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT"})


def vetoed(cand: "TimexCandidate", tokens: Any, text: str, grammar: "Grammar") -> bool:
    """Whether a match is no time: inside a name (as its rule allows), or by one of its rule's vetoes."""
    return inside_name(cand, tokens) or any(veto(cand, tokens, text, grammar) for veto in cand.rule.vetoes)


def inside_name(cand: "TimexCandidate", tokens: Any) -> bool:
    if cand.rule.in_names == "keep" or not all(t.ent_type_ in NAME_LABELS for t in tokens):
        return False
    # A year or a day inside an event or law name is still a date: "the 2000 Olympics", "the 1990 Act",
    # "the Aug. 7 embassy bombings".
    return not (cand.rule.in_names == "event" and all(t.ent_type_ in ("EVENT", "LAW") for t in tokens))


def age(cand: "TimexCandidate", tokens: Any, text: str, grammar: "Grammar") -> bool:
    return bool(re.match(r"[\s-]+old\b", text[cand.end:cand.end + 6]))  # an age: "the 6-year-old boy"


def bare_month(cand: "TimexCandidate", tokens: Any, text: str, grammar: "Grammar") -> bool:
    g = cand.groups
    if g.get("shift") or g.get("mod"):
        return False
    first = tokens[0]
    word = g["m"] or ""
    # A bare month must be written as a name: "may", "march" in lower case are a verb and a noun.
    if not word[:1].isupper() or first.tag_ == "MD" or first.pos_ in ("VERB", "AUX"):
        return True
    if first.ent_type_ in NAME_LABELS or (first.i > first.sent.start and first.nbor(-1).ent_type_ == "PERSON"):
        return True
    if first.ent_type_ != "DATE":
        # Not recognised as a date: a surname ("Theresa May", "Mrs. May") or a name in subject or
        # object position is a person, not a month.
        if any(c.dep_ == "compound" and c.tag_ == "NNP" for c in first.children):
            return True
        if first.dep_ in ("nsubj", "nsubjpass", "dobj", "poss", "appos"):
            return True
    return False


def lower_case_name(cand: "TimexCandidate", tokens: Any, text: str, grammar: "Grammar") -> bool:
    g = cand.groups
    return not (g.get("wd") or g.get("hol") or "")[:1].isupper()


def weekday_in_name(cand: "TimexCandidate", tokens: Any, text: str, grammar: "Grammar") -> bool:
    return bool(tokens[0].ent_type_ in ("PERSON", "ORG", "WORK_OF_ART"))


def bare_season(cand: "TimexCandidate", tokens: Any, text: str, grammar: "Grammar") -> bool:
    g = cand.groups
    if g.get("the") or g.get("mod") or g.get("y"):
        return False
    before = text[max(0, cand.start - 4):cand.start].lower()
    return not before.endswith(("in ", "of "))


def season_word(cand: "TimexCandidate", tokens: Any, text: str, grammar: "Grammar") -> bool:
    g = cand.groups
    if not g.get("season"):
        return False
    season_token = tokens[-1] if not g.get("y") else None
    if season_token is not None and season_token.pos_ not in ("NOUN", "PROPN"):
        return True
    return bool(re.match(r"\s+of\s+(?!\d)", text[cand.end:cand.end + 6]))  # "the fall of the Berlin Wall"


def year(cand: "TimexCandidate", tokens: Any, text: str, grammar: "Grammar") -> bool:
    g = cand.groups
    if g.get("fiscal") or g.get("mod") or g.get("later"):
        return False
    before = text[max(0, cand.start - 12):cand.start]
    after = text[cand.end:cand.end + 12]
    if re.search(r"(?:No\.|#|\$|US\$|€|£|number|page|route|flight|model|about|some|nearly|over|than)\s*$", before, re.I):
        return True
    if grammar.counted.match(after):  # "2000 troops", "1500 km": a number of things (time_words.tsv count_noun)
        return True
    year_token = next((t for t in tokens if t.like_num), None)
    if (year_token is not None and year_token.dep_ == "nummod" and year_token.head.tag_ in ("NNS", "NNPS")
            and year_token.head.i == year_token.i + 1):
        number = int(g["y"])
        # "1500 protesters", "2000 troops": a round number or one far from the present counts things;
        # "1989 results" is a year.
        if number % 100 == 0 or not 1950 <= number <= 2030:
            return True
    return False


def ref(cand: "TimexCandidate", tokens: Any, text: str, grammar: "Grammar") -> bool:
    word = _key(cand.groups.get("word") or "")
    last = tokens[-1]
    if word in ("current", "recent", "future") and last.pos_ != "ADJ":
        return True
    if word == "current" and last.head.lemma_ in ("account", "affair", "event", "member", "owner", "shareholder"):
        return True
    if word in ("the past", "the present", "the future") and last.pos_ not in ("NOUN", "PROPN"):
        return True
    if word == "once" and (last.pos_ != "ADV" or last.dep_ == "mark"):
        return True
    return False


def duration(cand: "TimexCandidate", tokens: Any, text: str, grammar: "Grammar") -> bool:
    g = cand.groups
    unit = _key(g.get("unit") or "")
    num = _key(g.get("num") or "")
    if unit.startswith("second") and not unit.endswith("s") and not num[:1].isdigit():
        return True  # "a second term"
    if unit.startswith("quarter") and re.match(r"\s+of\b", text[cand.end:cand.end + 4]):
        return True  # "three quarters of the vote"
    return unit in ("night", "nights") and num in ("a", "an", "one")


def rate(cand: "TimexCandidate", tokens: Any, text: str, grammar: "Grammar") -> bool:
    g = cand.groups
    every = _key(g.get("every") or "")
    if every in ("a", "an"):
        before = text[max(0, cand.start - 24):cand.start]
        # "a year" is a rate only after an amount: "$5 a year", "twice a day", "20% a month".
        if not re.search(r"(?:\d|%|percent|times|twice|thrice|once|cents?|dollars?|million|billion)\s*$", before, re.I):
            return True
    return bool(g.get("pod")) and every in ("a", "an", "per")


def vague_duration(cand: "TimexCandidate", tokens: Any, text: str, grammar: "Grammar") -> bool:
    if not cand.groups.get("recent") and not re.search(
            r"\b(?:for|in|over|within|after|than|take|takes|took|taken|lasted|last)\s+$",
            text[max(0, cand.start - 9):cand.start], re.I):
        return True
    return bool(re.match(r"\s+(?:of|ago|old)\b", text[cand.end:cand.end + 6]))
