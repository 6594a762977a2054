"""Pass 4, pronouns: he/she/they/its (and who/whom/whose) resolved to a recent compatible actor."""
from __future__ import annotations

import dataclasses
from typing import Any, Sequence

from ...records import Sentence, Span
from ..syntax import OBJECT_DEPS, SUBJECT_LIKE_DEPS, is_subject
from .gender import genders_of, learn, pronoun_fits
from .mentions import Ctx, Found, named_person
from .tokens import FoundList, free

_PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her"})
_GROUP_PRONOUNS = frozenset({"they", "them", "their"})
_RELATIVE = frozenset({"who", "whom", "whose"})
# "Her Majesty", "His Excellency": a form of address, not a pronoun to resolve
_ADDRESS = frozenset({"majesty", "excellency", "highness", "holiness", "eminence"})


def pronouns(ctx: Ctx, sentence: Sentence, index: int, claimed: list[Span], found: list[Found],
             genders: dict[tuple[Any, ...], str] | None = None, quoted: Sequence[Span] = ()) -> list[Found]:
    """The pronoun mentions of one sentence, linked to their antecedents. `genders` (`gender.genders_of`)
    gains the sex of each person a gendered pronoun is linked to (`gender.learn`), for the sentences after.
    `quoted`: the article's quoted stretches (`quotes.marks.find_regions`), for `_quoted_others`."""
    out: list[Found] = []
    genders = genders_of(ctx, found) if genders is None else genders
    quotes_here = [q for q in quoted if q.overlaps(sentence.span)]
    for token in sentence.tokens():
        word = token.lower_
        if token.pos_ != "PRON" and token.tag_ not in ("PRP", "PRP$", "WP", "WP$"):
            continue
        span = sentence.token_span(token)
        if not free(span, claimed):
            continue
        known = (found.near(index) if isinstance(found, FoundList) else found) + out
        target: Found | None = None
        if token.head.lower_ in _ADDRESS:
            continue
        if word in _PERSON_PRONOUNS and token.dep_ in (*SUBJECT_LIKE_DEPS, "poss", *OBJECT_DEPS, "pobj"):
            excluded = _coarguments(sentence, token) if token.dep_ in (*OBJECT_DEPS, "pobj") else ()
            # the subject's other mentions too: the "who" resolved to it, its earlier name
            barred = {f.key for f in known if _covers(f, excluded)}
            others = _quoted_others(token, span, known, quotes_here)
            target = _person_antecedent([f for f in known if f.key not in barred and f not in others], span,
                                        index, word, genders)
        elif word in _RELATIVE and token.head.dep_ == "relcl":
            target = _relative_antecedent(sentence, token, known)
        elif word in _GROUP_PRONOUNS and token.dep_ in (*SUBJECT_LIKE_DEPS, "poss"):
            target = _antecedent(known, span, index, lambda f: f.plural and f.subject, reach=1)
        elif word == "its" and token.dep_ == "poss":
            target = _antecedent(known, span, index, lambda f: f.kind in ("country", "organisation"), reach=0)
        if target is None:
            continue
        if word in _PERSON_PRONOUNS:
            learn(genders, target.key, word)
        claimed.append(span)
        out.append(dataclasses.replace(target, span=span, how="pronoun", sentence=index,
                                       subject=is_subject(token)))
    return out


def _quoted_others(token: Any, span: Span, known: list[Found], quotes_here: Sequence[Span]) -> list[Found]:
    """The mentions a subject "he"/"she" outside quotation marks cannot stand for: people named inside a quote of
    its own sentence (`quotes_here`, also one opened in a sentence before). "“I met Senator Pratt,” she said":
    the speaker says "I" of herself, so a person she names in the third person is someone else, and the pronoun
    of the attribution refers past the quote, to the narration ("Attorney General Dalton ... she said")."""
    if not quotes_here or token.dep_ not in SUBJECT_LIKE_DEPS or any(q.contains(span) for q in quotes_here):
        return []
    return [f for f in known if any(q.contains(f.span) for q in quotes_here)]


def _coarguments(sentence: Sentence, token: Any) -> list[int]:
    """The offsets of the subject of the clause an object pronoun is in: "him" cannot be that clause's own subject
    (a reflexive would be: "Vale accused himself"), so "Harlan said Vale had accused him" is Harlan, not Vale.
    The subject of a relative clause is the noun it hangs on ("Vale, who accused him": not Vale); a clause with
    no subject of its own ("after accusing him", "refused to meet him") takes the subject of the clause above."""
    verb = token.head
    while verb.dep_ in ("prep", "agent", "dative") and verb.head.i != verb.i:  # "spoke to him", "by him"
        verb = verb.head
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return [sentence.offset + (verb.head.idx if c.lower_ in ("who", "that", "which") and verb.dep_ == "relcl"
                                       else c.idx) for c in subjects]
        if verb.dep_ == "acl":  # "the man accusing him": the noun is the subject
            return [sentence.offset + verb.head.idx]
        if verb.dep_ not in ("xcomp", "advcl", "pcomp", "conj") or verb.head.i == verb.i:
            break
        verb = verb.head
        while verb.pos_ == "ADP" and verb.head.i != verb.i:  # "after accusing him": up over "after"
            verb = verb.head
    return []


def _covers(item: Found, offsets: Any) -> bool:
    return any(item.span.start <= offset < item.span.end for offset in offsets)


def _person_antecedent(found: list[Found], span: Span, index: int, word: str,
                       genders: dict[tuple[Any, ...], str]) -> Found | None:
    """he/she/his/her: a named person, preferring a subject earlier in the same sentence, then anyone
    earlier in it, then the subject of the sentence before, then the nearest person before that. A
    person whose gender (`gender.genders_of`: an honorific, a gendered title or role noun, people.tsv, a
    first name) says otherwise ("Ms. Pelosi", "Angela Ruiz" for "he") is skipped."""
    before = [f for f in found if named_person(f) and f.span.start < span.start and index - f.sentence <= 2
              and pronoun_fits(word, genders.get(f.key))]
    before.sort(key=lambda f: f.span.start)
    same = [f for f in before if f.sentence == index]
    previous = [f for f in before if f.sentence == index - 1]
    for pool in ([f for f in same if f.subject], same, [f for f in previous if f.subject][:1]):
        if pool:
            return pool[-1]
    return before[-1] if before else None


def _relative_antecedent(sentence: Sentence, token: Any, found: list[Found]) -> Found | None:
    """who/whom/whose: the person the relative clause hangs on ("Ivanova, director of …, who said")."""
    noun = token.head.head
    for _ in range(5):  # "Ivanova, director of the Institute, who": up through the appositive to the name
        offset = sentence.offset + noun.idx
        for item in found:
            if named_person(item) and item.span.start <= offset < item.span.end:
                return item
        if noun.dep_ not in ("appos", "pobj", "prep") or noun.head.i == noun.i:
            break
        noun = noun.head
    return None


def _antecedent(found: list[Found], span: Span, index: int, fits: Any, *, reach: int) -> Found | None:
    """The nearest preceding mention that fits, in this sentence or up to `reach` sentences before."""
    best: Found | None = None
    for item in found:
        if item.span.start >= span.start or index - item.sentence > reach or not fits(item):
            continue
        if best is None or item.span.start > best.span.start:
            best = item
    return best
