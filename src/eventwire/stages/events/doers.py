"""The doer of an act named outside its clause (issue 9, w13doer: PLOVER codes no event with no actor).

1. A claim of responsibility (issue 9: "A militant group claimed responsibility for the bombing of a market"
coded the bombing with no source).

CAMEO 015 "acknowledge or claim responsibility" is the claimant's statement that the act was its own: news
tells who bombed, kidnapped or killed this way far more often than in the clause of the act itself ("A bomb
went off in the market, killing ten. The Tarsk Front claimed responsibility."). The claimant is then the
act's source, as a coder reading the story codes it. The construction, closed-class grammar:

- a claim: "responsibility" (or "credit") the object of claim/accept/admit/take/acknowledge/assume ("claimed
  responsibility", "took responsibility"), or the subject of the passive ("responsibility was claimed by X");
  never a negated one ("has not claimed", "no group claimed": nobody is named) nor a denial (016);
- or an act the object of "claim" itself ("the Tarsk Front claimed the attack on the market");
- the act claimed: the object of its "for" ("responsibility for the bombing, which killed ten") when the act's
  trigger lies in that phrase, in the claim's own sentence; an act told before when the claim names no act or
  names it by a noun that refers back ("claimed responsibility.", "for the attack", "for all three attacks",
  "for it"; not "for an attack on a bank"): the nearest such claim after the act, however far, as a story's
  claim of "the attack" often comes paragraphs after the lead that tells it.

Only an act of force with no doer in its clause (CAMEO roots 18-20, the codebook's "claimed" class:
unconventional violence, fighting, mass violence; not arrests or sanctions, whose doer is the state) takes the
claimant. "Blamed on X" is another's
accusation (112), not the doer's claim, and stays as it is.

2. An intent told as a noun in a report ("the Kremlin said the talks included an offer to launch a Chilean
astronaut"): CAMEO 03x "express intent to ..." is itself a verbal act, and one reported with no maker of its
own ("an offer", "a pledge"; no possessor, no "by" or "from") is expressed in the reporter's statement, as
PETRARCH gives an embedded event with no source the source of the clause that reports it. Only intents: an
attack or an arrest a speaker reports ("police said four people were killed") is not the speaker's act.
"""
from __future__ import annotations

import dataclasses
from typing import Any

from ...knowledge.cameo import Codebook
from ...records import Article, Sentence
from ..syntax import is_negated, objects_of
from .drafts import EventDraft
from .parties import subject_actors

# Closed-class grammar: the nouns of a claim and the verbs that make one.
_CLAIM_NOUNS = frozenset({"responsibility", "credit"})
_CLAIM_VERBS = frozenset({"claim", "accept", "admit", "take", "acknowledge", "assume"})
# Determiners of a noun that tells an act not told before ("an attack on a bank", "another bombing").
_INDEFINITE = frozenset({"a", "an", "another", "some"})
# Closed-class grammar: quantifiers that name nobody ("no group", "none of the groups").
_NOBODY = frozenset({"no", "none", "nobody", "neither"})


@dataclasses.dataclass(frozen=True, slots=True)
class _Claim:
    claimants: tuple[str, ...]
    acts: tuple[Any, ...]  # the "for" objects: the acts claimed, as noun phrases
    refers_back: bool  # names no act, or one by no indefinite noun: an act told before


# CAMEO 03: express intent to cooperate (`reported_intent`).
_INTENT_ROOT = "03"


def outside_doers(article: Article, drafts: list[EventDraft], codebook: Codebook) -> list[EventDraft]:
    """`claimed_sources`, then `reported_intent` (module docstring)."""
    return [reported_intent(d) for d in claimed_sources(article, drafts, codebook.roots("claimed"))]


def reported_intent(draft: EventDraft) -> EventDraft:
    """A nominal intent with no maker, reported by a speaker: the speaker's (module docstring, 2)."""
    if (draft.actors or draft.source_code is not None or draft.reported_by is None or draft.token.pos_ != "NOUN"
            or draft.code[:2] != _INTENT_ROOT or draft.reported_by in draft.recipients):
        return draft
    return dataclasses.replace(draft, actors=(draft.reported_by,))


def claimed_sources(article: Article, drafts: list[EventDraft], claimable: frozenset[str]) -> list[EventDraft]:
    """The drafts of acts of violence (`claimable`: the codebook's "claimed" roots, 18-20) with no doer given
    the claimant of a claim of responsibility for them (module docstring); every other draft as it is."""
    if not any(_claimable(d, claimable) for d in drafts):
        return drafts
    sentences = list(article.sentences())
    claims = [_claims(article, s) for s in sentences]
    if not any(claims):
        return drafts
    at = {s.span: i for i, s in enumerate(sentences)}
    triggers: dict[int, list[Any]] = {}
    for draft in drafts:
        triggers.setdefault(at.get(draft.sentence.span, -1), []).append(draft.token)
    # a claim of an act it tells itself ("for the bombing of a market") is of that act, not of one told before
    back = [[c for c in found if c.refers_back and not any(
        t in act.subtree for t in triggers.get(j, ()) for act in c.acts)] for j, found in enumerate(claims)]
    out = []
    for draft in drafts:
        i = at.get(draft.sentence.span)
        if _claimable(draft, claimable) and i is not None:
            # the nearest claim after the act that refers back to it: a story's claim of "the attack" may come
            # paragraphs after the lead that tells the attack
            after = next((found for found in back[i + 1:] if found), [])
            claimants = _claimants_of(draft, claims[i], after)
            if claimants:
                draft = dataclasses.replace(draft, actors=claimants)
        out.append(draft)
    return out


def _claimable(draft: EventDraft, roots: frozenset[str]) -> bool:
    return not draft.actors and draft.source_code is None and draft.code[:2] in roots


def _claimants_of(draft: EventDraft, here: list[_Claim], after: list[_Claim]) -> tuple[str, ...]:
    for claim in here:
        if any(draft.token in act.subtree for act in claim.acts):
            return _others(claim.claimants, draft)
    for claim in after:
        return _others(claim.claimants, draft)
    return ()


def _others(claimants: tuple[str, ...], draft: EventDraft) -> tuple[str, ...]:
    """The claimants that are not the act's own victims."""
    return tuple(c for c in claimants if c not in draft.recipients)


def _claims(article: Article, sentence: Sentence) -> list[_Claim]:
    found = []
    for noun in sentence.sent:
        if noun.lemma_.lower() not in _CLAIM_NOUNS or noun.dep_ not in ("dobj", "nsubjpass"):
            continue
        verb = noun.head
        if verb.lemma_.lower() not in _CLAIM_VERBS or _denied(verb):
            continue
        claimants = subject_actors(article, sentence, verb)
        if not claimants:
            continue
        # "responsibility for the bombing": the parser hangs "for" on the noun or on the verb
        acts = objects_of(noun, ("for",)) + objects_of(verb, ("for",))
        refers_back = not acts or not any(_indefinite(a) for a in acts)
        found.append(_Claim(tuple(claimants), tuple(acts), refers_back))
    for verb in sentence.sent:
        # "Tarsk Front claimed the attack": the act the object of "claim" itself (only an act of force in it
        # takes the claimant: "claimed victory" claims no act)
        acts = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() not in _CLAIM_NOUNS]
        if verb.lemma_.lower() == "claim" and verb.pos_ == "VERB" and acts and not _denied(verb):
            claimants = subject_actors(article, sentence, verb)
            if claimants:
                found.append(_Claim(tuple(claimants), tuple(acts), False))
    return found


def _denied(verb: Any) -> bool:
    """A claim not made: negated ("has not claimed", "never claimed"), or made by nobody ("no group claimed")."""
    if is_negated(verb):
        return True
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.lower_ in _NOBODY or any(d.dep_ == "det" and d.lower_ in _NOBODY for d in s.children)
               for s in subjects)


def _indefinite(act: Any) -> bool:
    """A noun that tells a new act ("for an attack on a bank"), not one told before ("the attack", "all three
    attacks", "it")."""
    return any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in act.children)
