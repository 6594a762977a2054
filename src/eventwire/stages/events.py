"""The events stage: verbs (and a few event nouns) coded with CAMEO/PLOVER, tied to the actors around them.

For each sentence, every verb is described as a `Frame` (its particles, prepositions, objects, clauses) and
matched against `verb_patterns.tsv`; nouns such as "summit" or "sanctions" are matched against
`nominal_events.tsv`. The source is the actor at the subject (the "by" agent in the passive, else its "from"
origin), the target the actor where the pattern says (object, a preposition's object, the subject of a
that-clause), or failing an actor the country of a place there. Then PETRARCH-style transformations, each
one written into `Event.pattern` ("say > bomb [195] => [112]") so every coding can be explained:

- intent: "wants to attack X" is a threat (138), "plans to help X" an intent to aid (033), both hypothetical;
  "threatened to sanction X" / "offered to help X" take their code from the act threatened or offered;
  an announced or conditional act ("will provide aid", "may halt talks if ...") likewise (03x / 13x).
- refusal: an announced refusal ("would not provide support", "failed to reach agreement") is a rejection
  (12x); any other negated act ("did not endorse") stays coded as itself, with `negated`.
- modality and arguments (`syntax.py`): conditionals ("would have to be ratified") and acts inside an
  allegation are hypothetical, or the accuser's 112; "X wants Y to <act>" is X's appeal to Y (02x);
  "agreed to lift" is the yielding (08x) itself; a force event held in another country targets it; several
  parties of a one-sided act act each, of a symmetric one act on each other;
  "called Y a hero/clown", "called Y's move criminal" is 051/111/112 (`evaluative.py`, words in
  `evaluative_words.tsv`); "called for Y to withdraw" is an appeal to Y (02x).
- claims (speech verbs are the quotes stage's cues, `quote_cues.tsv`, and the speaker its quote's speaker
  when it found one): "X said (that) Y attacked Z" is X accusing Y (112), as PETRARCH codes it; "X said Y must do Z" is
  X demanding it of Y (100); other events inside a speech verb's clause keep their coding and get
  `reported_by` (so does everything in a sentence with "according to X").
- one act, one event: what a coded verb governs ("rejected an invitation to attend", "demanded that X
  provide") is part of it; purposes, background and relative clauses are coded only when the sentence has
  no main act; the same act told twice in a sentence keeps its most informative telling.
- whose institutions: a state institution named with no country ("police", "prosecutors", "the court"),
  civilians ("protesters"), a person of a known role ("the judge") and a person named with no role are
  written with the story's one country (`event_places.story_country`) when no other participant is of
  another country: "police" in a story set in Norway is NORCOP (`_home_code`); not roles served abroad
  ("the embassy", "tourists") nor a person the story's foreign actors may account for (`_home_person`).
The codes these rules produce come from the codebook (`intent_code`, `negated_code` of each root), except
the two fixed PETRARCH outcomes 112 (accuse) and 100 (demand).
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Iterable

from ..knowledge import Knowledge
from ..knowledge.agents import Agents
from ..knowledge.argwords import ArgumentWords
from ..knowledge.cameo import CameoCode, Codebook
from ..knowledge.cues import Cues
from ..knowledge.evaluative import EvaluativeWords
from ..knowledge.legal import LegalActs
from ..knowledge.verbdict import VerbDictionary
from ..knowledge.verbs import Frame, Phrase, VerbPattern, VerbPatterns
from ..records import Actor, Article, Event, Sentence
from . import sides, verbdict
from .evaluative import evaluations
from .event_places import event_place, story_country
from .syntax import (INHERIT_DEPS, SUBJECT_DEPS, alleged_by_noun, bare_noun, complement_of, conjuncts,
                     controller_object, coordinated_modifiers, is_conditional, is_negated, is_passive, is_temporal,
                     light_verb_object, locative_objects, owner_preps, passive_participle_clause, prep_objects,
                     subtree_span, for_clause)

# Closed-class grammar, not vocabulary: the auxiliaries that make a clause hypothetical.
_MODALS = frozenset({"may", "might", "could", "would", "should", "can"})
# Noun-phrase children whose words may name the actor ("U.S. officials", "Russia's army", "Kim, the leader").
_NP_PARTS = ("compound", "amod", "poss", "nmod", "appos", "flat")
# Auxiliaries of a reported future: "said it would allow", "announced it will return" state an intent.
_FUTURE = frozenset({"will", "would", "shall", "'ll"})
# Auxiliaries of obligation: "X said Y must return it" is X demanding it of Y.
_OBLIGATION = frozenset({"must", "should"})
# Modals of what may yet happen: "warned it could strike X" speaks of a coming act, as "would" does.
_POSSIBLE = frozenset({"could", "may", "might"})
# The state's own institutions (the first block of the PLOVER manual's sector table, CAMEO's COP, GOV, JUD,
# LEG, MIL, SPY): "police", "the court", "the authorities" of a story set in one country are that country's,
# as CAMEO/ICEWS coders assign domestic institutions to their country. Not civil society, media, business,
# rebels or NGOs, which are as often foreign or transnational as local.
_STATE_SECTORS = frozenset({"COP", "GOV", "JUD", "LEG", "MIL", "SPY"})
# Dependencies climbed from an event up to the speech verb whose clause holds it.
_CLIMB = frozenset({"ccomp", "conj", "xcomp", "advcl", "parataxis", "relcl", "acl", "dobj", "pobj", "prep", "nsubj",
                    "nsubjpass"})


@dataclass(frozen=True, slots=True)
class _EventDraft:
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
class _Words:
    """The tables a sentence is read with, besides the verb patterns and the codebook."""

    argument: ArgumentWords
    cues: Cues
    evaluative: EvaluativeWords = EvaluativeWords()


def run(article: Article, knowledge: Knowledge) -> Article:
    verbs: VerbPatterns = knowledge.verbs
    codebook: Codebook = knowledge.cameo
    words = _Words(knowledge.argument_words, knowledge.cues, knowledge.evaluative_words)
    drafts: list[_EventDraft] = []
    for sentence in article.sentences():
        drafts.extend(_split_parties(_sentence_events(article, sentence, verbs, codebook, words,
                                                      knowledge.verb_dictionary)))
    drafts = [_quoted(article, d) for d in drafts]
    drafts = [_legal_source(article, d, knowledge.legal_acts) for d in drafts]
    drafts.sort(key=lambda d: (d.sentence.token_span(d.token).start, d.code, d.pattern))
    primaries = frozenset(a.sector for a in knowledge.agents.roles if a.prefix and a.sector)
    events = []
    for draft in drafts:
        event = _to_event(article, draft, codebook, f"e{len(events) + 1}", primaries, knowledge.agents.roles)
        if event is not None:
            events.append(event)
    return dataclasses.replace(article, events=tuple(events))


# --- one sentence ---------------------------------------------------------------------------------------


def _sentence_events(article: Article, sentence: Sentence, verbs: VerbPatterns,
                     codebook: Codebook, words: _Words, dictionary: VerbDictionary | None = None
                     ) -> list[_EventDraft]:
    matched: dict[int, tuple[Any, VerbPattern]] = {}
    for token in sentence.sent:
        if token.pos_ in ("VERB", "AUX") or _verbal_noun(token):
            lemma = _verb_lemma(token, verbs)
            hand = _match(article, sentence, token, verbs, lemma) if lemma is not None and token.pos_ != "AUX" \
                else None
            # a verb dictionary (generated layer or the user's) may know the verb too: the more specific wins
            roles = verbs.roles(lemma) if lemma else frozenset()
            if dictionary is not None and words.cues.verb(token.lemma_) in ("speech", "writing"):
                roles |= {"cue"}  # a speech verb attributes what it says, whichever table codes it
            pattern = verbdict.choose(token, hand, dictionary, roles, hand_knows=lemma is not None)
            if pattern is not None:
                matched[token.i] = (token, pattern)
    drafts: dict[int, _EventDraft] = {}
    absorbed: set[int] = set()
    for i, (token, pattern) in sorted(matched.items()):
        if pattern.code is None:
            continue
        if _ignores_object(article, sentence, token, pattern, words.cues, codebook):
            continue  # "released a statement", "attended law school": not the act the bare verb codes
        if pattern.code[:2] == "04" and _interview(article, sentence, token, pattern, verbs.members("&INTERVIEW")):
            continue  # "discussed his plans with the Gazette in an interview": a statement, not a consultation
        force = pattern.code[:2] in codebook.roots("force")
        if _natural_cause(article, sentence, token, verbs.members("&HAZARD"), proper_only=not force) or (
                force and _natural_cause(article, sentence, token, verbs.members("&NONAGENT"))):
            # no actor did it: "a fire killed five girls" (a hazard noun, for force codes),
            # "Hurricane Zeta slammed into the coast" (a named hazard, any code), "video captured him"
            continue
        if pattern.code[:2] == "14" and _causeless_rally(token, verbs.members("&RALLY"),
                                                         verbs.members("&PROTESTNOUN")):
            continue  # "held a campaign rally": supporters gathered, nobody protested (PLOVER PROTEST)
        draft = _captured(article, sentence, _verb_draft(article, sentence, token, pattern, verbs, codebook), pattern)
        head = token.head
        appeal = _appeal(article, sentence, token, draft, words.argument, codebook)
        if appeal is not None:
            drafts[head.i] = appeal  # "wants Peru to withdraw": the wanting is the event
            continue
        if (token.dep_ == "xcomp" or (_is_purpose(token) and "intent" in verbs.roles(head.lemma_.lower()))) and (
                head.i in matched and matched[head.i][1].code is not None):
            # "threatened to attack", "offered to help", "asked X to help": the head's event covers it
            absorbed.add(i)
            continue
        if token.dep_ == "xcomp" and "negate" in verbs.roles(head.lemma_.lower()):
            # "failed to reach agreement", "declined to meet": the act did not happen
            draft = dataclasses.replace(draft, pattern=f"{head.lemma_.lower()} > {draft.pattern}")
            drafts[i] = _negate(draft, codebook, force=True)
            continue
        if token.dep_ == "xcomp" and "intent" in verbs.roles(head.lemma_.lower()):
            # "wants to attack", "is ready to send troops": only intended
            intended = codebook.intended(draft.code)
            draft = dataclasses.replace(
                draft, hypothetical=True, code=intended or draft.code,
                pattern=f"{head.lemma_.lower()} > {draft.pattern}" + (f" => [{intended}]" if intended else ""))
        drafts[i] = draft
    # heads that absorbed an xcomp: refine their code by the act offered, threatened or refused
    for i in sorted(absorbed):
        token = matched[i][0]  # an xcomp, or an advcl the parser gave an intent verb ("have sworn to fight")
        head_draft = drafts.get(token.head.i)
        inner = _verb_draft(article, sentence, token, matched[i][1], verbs, codebook)
        if head_draft is None:
            continue
        drafts[token.head.i] = _absorb(head_draft, inner, codebook, words.argument)
    for i, draft in list(drafts.items()):
        coded_by = matched.get(i, (None, None))[1]
        if isinstance(coded_by, verbdict.DictionaryPattern) and coded_by.user:
            # the user's verb dictionary writes modality into its patterns ("said would *", "not *"): its
            # coding scheme is taken as written; flag, keep the code
            drafts[i] = _modality(article, sentence, dataclasses.replace(
                draft, hypothetical=draft.hypothetical or _has_future(draft.token) or _conditional(draft.token),
                negated=draft.negated or any(c.dep_ == "neg" for c in draft.token.children)), words.argument)
        elif not draft.negated:
            drafts[i] = _negate(_future(_modality(article, sentence, draft, words.argument), codebook), codebook)
    _gathered_to_protest(drafts)
    for i in [i for i in drafts if _subsumed(drafts[i].token, matched, verbs, words.cues)]:
        threat = _own_threat(drafts, drafts[i], codebook, words.argument)
        if threat is not None:
            drafts[threat.token.i] = threat
        del drafts[i]
    main = [d.token for d in drafts.values() if not _is_secondary(d.token)] or [
        t for t in sentence.sent if t.pos_ == "VERB" and _reports(t, words.cues) and not _is_secondary(t)
]
    if main:
        # "blocked roads to press their demands", "... one day after a jet shot down a helicopter": purposes
        # and background clauses serve the main act; they are coded only when nothing else is
        drafts = {i: d for i, d in drafts.items() if not _is_secondary(d.token)}
    for draft in _nominal_drafts(article, sentence, verbs, matched, words.cues, codebook):
        drafts.setdefault(draft.token.i, draft)
    for draft in _evaluations(article, sentence, words):
        drafts.setdefault(draft.token.i, draft)
    for inner, draft in _for_appeals(article, sentence, verbs, matched, codebook):
        drafts.pop(inner, None)  # what is appealed for is not done
        drafts[draft.token.i] = draft
    attributed = _attribute(article, sentence, drafts, matched, words.cues, codebook)
    attributed += _obligations(article, sentence, words.cues, set(matched))
    attributed += [r for d in attributed if (r := _reciprocal(d, matched)) is not None]
    # a direct question asserts no act: what it asks about is neither reported nor announced, so it is no
    # event (not even a hypothetical one, which would read as a conditional the text states)
    attributed = [d for d in attributed if not _interrogative(d.token) and not _asked_about(d.token, words.cues)]
    return _dedupe(article, attributed)


def _gathered_to_protest(drafts: dict[int, _EventDraft]) -> None:
    """ "Thousands gathered in the capital to protest the tax": a gathering (04) whose purpose is a protest
    (14) is the protest, as PLOVER defines it ("rally, gather to protest a policy"); the gathering's verb is
    its trigger, so the purpose clause does not drop as secondary. Changes `drafts` in place."""
    for i, draft in sorted(drafts.items()):
        head = drafts.get(draft.token.head.i)
        if drafts.get(i) is not draft or head is None or head is draft or not _is_purpose(draft.token) \
                or draft.code[:2] != "14" or head.code[:2] != "04":
            continue
        drafts[head.token.i] = dataclasses.replace(
            draft, token=head.token, actors=draft.actors or head.actors, symmetric=False,
            pattern=f"{head.pattern} > {draft.pattern}")
        del drafts[i]


def _reciprocal(draft: _EventDraft, matched: dict[int, tuple[Any, VerbPattern]]) -> _EventDraft | None:
    """A dictionary pattern's second code ("[032:033]": X visits Y, Y hosts X): the event the other way."""
    pattern = matched.get(draft.token.i, (None, None))[1]
    if not isinstance(pattern, verbdict.DictionaryPattern) or not pattern.reverse or draft.code != pattern.code:
        return None
    if pattern.reverse == "---" or not draft.actors or not draft.recipients:
        return None
    return dataclasses.replace(draft, code=pattern.reverse, actors=draft.recipients, recipients=draft.actors,
                               pattern=f"{draft.pattern} <=> [{pattern.reverse}]")


def _captured(article: Article, sentence: Sentence, draft: _EventDraft, pattern: VerbPattern) -> _EventDraft:
    """A dictionary pattern that marks its source ("$") or target ("+") word says who they are."""
    if not isinstance(pattern, verbdict.DictionaryPattern):
        return draft
    doc = draft.token.doc
    if pattern.source_at is not None:
        found = _phrase_actors(article, sentence, doc[pattern.source_at])
        if found:
            draft = dataclasses.replace(draft, actors=tuple(found), source_code=None,
                                        recipients=tuple(r for r in draft.recipients if r not in found))
    if pattern.target_at is not None:
        found = _phrase_actors(article, sentence, doc[pattern.target_at])
        if found:
            draft = dataclasses.replace(draft, recipients=tuple(f for f in found if f not in draft.actors),
                                        target_code=None)
    if not draft.recipients and len(draft.actors) > 1 and pattern.reverse == pattern.code:
        # a pattern that codes the same act both ways ("[064:064]"), with several parties and no target ("X
        # and Y renewed ties"): the parties act on each other
        return dataclasses.replace(draft, symmetric=True, foreign=pattern.user)
    if not draft.recipients:
        # PETRARCH's target: the first actor in the verb phrase, however deep ("clashed over the efforts
        # of X"), when no slot of the verb holds one; an actor before a place's country
        end = max(t.i for t in draft.token.subtree)
        start, stop = sentence.token_span(draft.token).end, sentence.token_span(doc[end]).end
        inside = [a for a in article.actors if a.id not in draft.actors and any(
            start <= m.span.start and m.span.end <= stop for m in a.mentions)]
        if inside:
            first = min(inside, key=lambda a: min(m.span.start for m in a.mentions if m.span.start >= start))
            # and the parties coordinated with it ("ties between X and Y")
            listed = [a for a in _listed_with(article, sentence, first, start, stop) if a not in draft.actors]
            draft = dataclasses.replace(draft, recipients=tuple(listed) or (first.id,), target_code=None)
    return dataclasses.replace(draft, foreign=pattern.user)


def _listed_with(article: Article, sentence: Sentence, actor: Actor, start: int, stop: int) -> list[str]:
    """The actors of the coordinated phrase whose first mention inside [start, stop) is `actor`'s."""
    mention = min((m.span for m in actor.mentions if start <= m.span.start and m.span.end <= stop),
                  key=lambda span: span.start)
    heads = [t for t in sentence.sent if mention.contains(sentence.token_span(t))
             and not mention.contains(sentence.token_span(t.head))]
    return _phrase_actors(article, sentence, heads[0]) if len(heads) == 1 else []


def _dedupe(article: Article, drafts: list[_EventDraft]) -> list[_EventDraft]:
    """One act told twice in a sentence ("bombarded the city, killing eight"): keep the most informative."""
    def whose(draft: _EventDraft) -> bool:  # do the targets say whose they are (a country), not just "people"?
        return bool(draft.target_code) or any(
            (actor := article.actor(r)) is not None and _informative(actor) for r in draft.recipients)

    kept: dict[tuple[Any, ...], _EventDraft] = {}
    order: list[tuple[Any, ...]] = []
    for draft in drafts:
        if not draft.actors:
            key = (draft.code[:2], (f"@{draft.token.i}",), draft.negated)
        else:
            key = (draft.code[:2], tuple(sorted(draft.actors)), draft.negated)
        earlier = kept.get(key)
        if earlier is not None and earlier.recipients and draft.recipients and earlier.recipients != draft.recipients:
            if whose(earlier) and not whose(draft):
                continue  # "bombarded Syria's city, killing eight people": the victims are the same act's
            if whose(draft) and not whose(earlier):
                kept[key] = draft
                continue
            key = key + (f"@{draft.token.i}",)  # same act, other targets: both stay
            earlier = None
        if earlier is None:
            kept[key] = draft
            order.append(key)
        elif not (earlier.recipients or earlier.target_code) and (draft.recipients or draft.target_code):
            kept[key] = draft
    return [kept[key] for key in order]


def _verbal_noun(token: Any) -> bool:
    """A verb the tagger took for a noun ("rose to toast X"): it has a clause's dependents."""
    return token.pos_ == "NOUN" and token.dep_ in ("advcl", "xcomp", "ccomp", "relcl", "conj") and any(
        c.dep_ in ("aux", "nsubj", "neg") for c in token.children)


def _absorb(head: _EventDraft, inner: _EventDraft, codebook: Codebook, words: ArgumentWords) -> _EventDraft:
    """A coded verb with a to-infinitive: threaten/offer/refuse take their code from the act; appeals
    ("urged Y to release") become the appeal for that act; consent to yield ("agreed to lift the
    sanctions") is the yielding itself (CAMEO 08)."""
    root = head.code[:2]
    code = head.code
    if head.token.lemma_.lower() in words.yield_ and inner.code[:2] == "08":
        return dataclasses.replace(
            inner, token=head.token, actors=head.actors or inner.actors,
            recipients=inner.recipients or head.recipients, hypothetical=False, promised=True,
            pattern=f"{head.pattern} > {inner.pattern} => [{inner.code}]")
    if root == "02" and head.code == "020" and inner.code[:2] not in codebook.roots("force") | {"13"}:
        code = codebook.requested(inner.code)  # "urged Y to withdraw" (025), "asked Y to meet" (026)
    elif (root == "13" and inner.code[:2] in codebook.roots("force")) or (
            root == "03" and inner.code[:2] in codebook.roots("force") | codebook.roots("cooperative")):
        # "threatened to impose sanctions" (131), "offered to help" (033), "vowed to fight" (138)
        code = codebook.intended(inner.code) or head.code
    elif root == "12":
        code = codebook.refused(inner.code) or head.code
    recipients = head.recipients or inner.recipients
    target_code = head.target_code or (None if head.recipients else inner.target_code)
    pattern = head.pattern + f" > {inner.pattern}" + (f" => [{code}]" if code != head.code else "")
    return dataclasses.replace(head, code=code, recipients=recipients, target_code=target_code, pattern=pattern)


def _own_threat(drafts: dict[int, _EventDraft], inner: _EventDraft, codebook: Codebook, words: ArgumentWords
                ) -> _EventDraft | None:
    """ "X warned it could strike Y": a threat (13x) whose that-clause is the speaker's own force: the code
    and the target are those of the act threatened (as "threatened to strike Y"). The clause's doer must be
    the speaker or no other actor ("it", "they"); "warned that Y would attack" stays a warning about Y."""
    token = inner.token
    if token.dep_ != "ccomp" or token.head.i not in drafts or inner.code[:2] not in codebook.roots("force") | {"13"}:
        return None  # (an act told with "would" or "if" is already coded as intended, 13x)
    head = drafts[token.head.i]
    if head.code[:2] != "13" or (inner.actors and not set(inner.actors) <= set(head.actors)):
        return None
    own = dataclasses.replace(head, recipients=tuple(r for r in head.recipients if r not in head.actors),
                              target_code=None)
    if inner.code[:2] == "13":
        return dataclasses.replace(own, code=inner.code, recipients=own.recipients or inner.recipients,
                                   target_code=None if own.recipients else inner.target_code,
                                   pattern=f"{head.pattern} > {inner.pattern}")
    return _absorb(own, inner, codebook, words)


def _future(draft: _EventDraft, codebook: Codebook) -> _EventDraft:
    """An announced or conditional act ("will provide aid", "would blockade", "may halt talks if") is a statement
    of intent: 03x for cooperation, 13x (a threat) for force."""
    if not _has_future(draft.token) and not _conditional(draft.token):
        return draft
    intended = codebook.intended(draft.code)
    if not intended or is_negated(draft.token):
        return dataclasses.replace(draft, hypothetical=True)
    return dataclasses.replace(draft, code=intended, hypothetical=True, pattern=f"will {draft.pattern} => [{intended}]")


def _conditional(token: Any) -> bool:
    """ "may halt talks if ...", "will attack unless ...": a conditional act is a promise or a threat."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
               for c in token.children)


def _subsumed(token: Any, matched: dict[int, tuple[Any, VerbPattern]], verbs: VerbPatterns, cues: Cues,
              through_noun: bool = False) -> bool:
    """An act inside the object of another coded act ("rejected an invitation to attend") is part of it; so
    is the content of a coded verb's that-clause ("demanded that X provide", "agreed that they should
    cooperate"), but not of a speech verb's ("warned that X was shipping arms")."""
    current = token
    for _ in range(8):
        if current.head is current:
            return False
        if current.dep_ == "ccomp":
            if "intent" in verbs.roles(current.head.lemma_.lower()):
                return True  # "hoped they would be indicted": a wish, not an act
            head = matched.get(current.head.i)
            if _reports(current.head, cues) and (not _irrealis(current) or _postposed(current)):
                # "warned that X was shipping arms": a fact reported, coded on its own; and "X will do Y,
                # an official said": a reporting clause after its content only attributes it
                return False
            return head is not None and head[1].code is not None and head[1].code[:2] != "01"
        current = current.head
        if current.pos_ in ("NOUN", "PROPN", "PRON", "ADP"):
            through_noun = True  # inside an argument: "an invitation to attend", "jailed for helping"
        elif through_noun and current.i in matched:
            pattern = matched[current.i][1]
            if pattern.code is not None and pattern.code[:2] != "01":
                return True
        elif through_noun and current.pos_ == "VERB" and "intent" in verbs.roles(current.lemma_.lower()):
            return True  # "proposed an amendment to allow X": what a proposal or plan would do is not done
    return False


def _irrealis(clause: Any) -> bool:
    """A clause of what should or will be, not of what is: a subjunctive ("demanded that X provide") or a
    modal ("agreed that they should cooperate", "promised it would help")."""
    if any(c.dep_ == "aux" and c.lower_ in _MODALS | _FUTURE | _OBLIGATION for c in clause.children):
        return True
    if any(c.dep_ in ("aux", "auxpass") for c in clause.children):
        return False  # "was shipping", "has sent", "were killed": told as fact
    # the subjunctive has the base form, which the tagger gives as VB or, after a plural subject, VBP
    return clause.tag_ in ("VB", "VBP")


def _is_purpose(token: Any) -> bool:
    """A to-infinitive of purpose ("... to help them", "in order to press")."""
    return token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _is_secondary(token: Any) -> bool:
    """A purpose, a background or condition clause ("after X attacked Y", "if ...") or a relative clause."""
    current = token
    for _ in range(6):
        if _is_purpose(current) or current.dep_ in ("relcl", "acl"):
            return True
        if current.dep_ == "advcl" and any(c.dep_ == "mark" for c in current.children):
            return True  # "after X attacked Y", and conditions: "unless the president agrees to step down"
        if current.dep_ not in ("conj", "xcomp") or current.head is current:
            return False
        current = current.head
    return False


def _modality(article: Article, sentence: Sentence, draft: _EventDraft, words: ArgumentWords) -> _EventDraft:
    """Conditionals ("would have to be ratified", "if ... would") are hypothetical; so is an act inside an
    allegation ("an allegation that he assaulted her"), which is the accuser's accusation (112) when the
    allegation says whose it is ("Chile's allegation that ...", "Chile made allegations that ...")."""
    token = draft.token
    denier = complement_of(token, words.denial)
    if denier is not None:  # "X denied that it attacked Y", "denied attacking Y": the act is denied, not done
        return dataclasses.replace(draft, negated=True, pattern=f"{denier.lemma_.lower()} > {draft.pattern}")
    noun = alleged_by_noun(token, words.allegation)
    if noun is not None:
        accusers = _accusers(article, sentence, noun)
        if accusers:
            accused = tuple(a for a in (draft.actors or draft.recipients) if a not in accusers)
            return dataclasses.replace(draft, token=noun, code="112", actors=tuple(accusers), recipients=accused,
                                       target_code=None if accused else draft.target_code,
                                       pattern=f"{noun.lemma_.lower()} > {draft.pattern} => [112]")
        return dataclasses.replace(draft, hypothetical=True, pattern=f"{noun.lemma_.lower()} > {draft.pattern}")
    if is_conditional(token):
        return dataclasses.replace(draft, hypothetical=True)
    return draft


def _accusers(article: Article, sentence: Sentence, noun: Any) -> list[str]:
    """Whose an allegation is: its possessor, its "by"/"from" phrase, or the subject of the verb it is the
    object of ("Chile made allegations that ...")."""
    for child in noun.children:
        if child.dep_ == "poss":
            found = _phrase_actors(article, sentence, child)
            if found:
                return found
    for prep in ("by", "from"):
        for obj in prep_objects(noun).get(prep, []):
            found = _phrase_actors(article, sentence, obj)
            if found:
                return found
    verb = light_verb_object(noun)
    return _subject_actors(article, sentence, verb) if verb is not None else []


def _negate(draft: _EventDraft, codebook: Codebook, force: bool = False) -> _EventDraft:
    """A negated act is coded as itself with `negated` ("did not endorse" is no REJECT); only a verb that
    says the act was refused or failed ("declined to meet", `force`) turns it into the refusal (12x)."""
    if not force:
        if not is_negated(draft.token):
            return draft
        if not _has_future(draft.token) and not any(c.dep_ == "aux" and c.lower_ in _MODALS
                                                    for c in draft.token.children):
            return dataclasses.replace(draft, negated=True)
        # "will not provide support", "would not allow": a refusal announced, which CAMEO codes as the
        # refusal (12x "Refuse to ...") that did happen; a negated fact ("did not endorse") only is negated
    refused = codebook.refused(draft.code)
    if refused:
        # "would not provide support" is a refusal that did happen: a REJECT, not a negated AID
        return dataclasses.replace(draft, code=refused, hypothetical=False,
                                   pattern=f"not {draft.pattern} => [{refused}]")
    return dataclasses.replace(draft, negated=True)


def _attribute(article: Article, sentence: Sentence, drafts: dict[int, _EventDraft],
               matched: dict[int, tuple[Any, VerbPattern]], cues: Cues, codebook: Codebook) -> list[_EventDraft]:
    """reported_by from speech verbs and "according to"; claims of violence become accusations."""
    according = _according_to(article, sentence)
    result: list[_EventDraft] = []
    for i, draft in sorted(drafts.items()):
        cue = _cue_above(draft.token, cues)
        if _attribution_only(draft, cues):
            continue  # a coded speech verb with nobody addressed is a quote attribution ("warned that ...")
        if cue is None:
            if according and draft.reported_by is None:
                draft = dataclasses.replace(draft, reported_by=according)
            result.append(draft)
            continue
        speakers = _speakers(article, sentence, cue)
        reporter = speakers[0] if speakers else according
        if speakers and not draft.actors and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for c in draft.token.children):
            # "Iraq said it would allow ...": an unresolved pronoun in the speaker's clause is the speaker
            draft = dataclasses.replace(draft, actors=tuple(speakers),
                                        recipients=tuple(r for r in draft.recipients if r not in speakers))
        cue_pattern = matched.get(cue.i, (None, None))[1]
        if speakers and any(c.dep_ == "aux" and c.lower_ in _OBLIGATION for c in draft.token.children) and (
                draft.actors and not set(draft.actors) & set(speakers)):
            # "Russia said Sudan must return the helicopter": a demand made of Sudan
            result.append(dataclasses.replace(
                draft, token=cue, code="100", actors=tuple(speakers), recipients=draft.actors, target_code=None,
                reported_by=None, negated=False, hypothetical=False,
                pattern=f"{cue.lemma_.lower()} > must {draft.pattern} => [100]"))
            continue
        claim = ((cue_pattern is None or cue_pattern.code is None or cue_pattern.code[:2] == "01")
                 and draft.code[:2] in codebook.roots("claimed") and cue.i < draft.token.i and speakers
                 and not draft.negated  # "denied that its troops fired", "said they never fired": no accusation
                 and not (draft.actors and set(draft.actors) <= set(speakers))
                 # an accusation needs someone accused: "police reported the attacker went on stabbing
                 # others", with nobody named, reports the violence and accuses no one
                 and bool(draft.actors or draft.recipients or draft.source_code or draft.target_code))
        # "the army said it had killed 20 militants": a speaker telling its own act reports it, accuses nobody
        claim = claim and _accuses(article, speakers, draft)
        if claim:
            # PETRARCH's SAY transformation: the speaker accuses the one said to have attacked, and only
            # failing any trace of the attacker, the side attacked
            accused = draft.actors or (() if draft.source_code else draft.recipients)
            result.append(dataclasses.replace(
                draft, token=cue, code="112", actors=tuple(speakers),
                recipients=tuple(a for a in accused if a not in speakers), source_code=None,
                target_code=None if accused else draft.source_code or draft.target_code, reported_by=None,
                negated=False,
                pattern=f"{cue.lemma_.lower()} > {draft.pattern} => [112]"))
            continue
        result.append(dataclasses.replace(draft, reported_by=reporter))
    return result


# Who reports rather than accuses, by CAMEO actor type: police, the media, civilians (witnesses, residents),
# health workers, scientists and the courts say what happened in the cases they handle or saw.
_REPORTERS = frozenset({"COP", "MED", "CVL", "PPL", "HLH", "EDU", "JUD"})


def _accuses(article: Article, speakers: list[str], draft: _EventDraft) -> bool:
    """Is "X said (that) Y attacked Z" X accusing Y (PETRARCH's SAY transformation, CAMEO 112), or X reporting
    the attack (coded as itself, reported_by X)? CAMEO 112 is to "accuse, allege": a charge against an
    adversary. The test:
    - someone must be accused: the act's own agent (Y). With none named ("soldiers were killed"), the
      speaker reports a toll and charges nobody; the side attacked is never the one accused;
    - the speaker is Y's adversary when their countries differ ("Freedonia said Ruritania shelled ...": a
      charge between states) or, in one country or none known, when the speaker is a political actor, not a
      reporter (above), and not the executive speaking of its own forces (`_same_side`): a government blaming
      rebels, an opposition leader blaming the government, a senator blaming members of Congress. Police, the
      media, witnesses, or a ministry telling what its troops did, report it."""
    accused = [article.actor(a) for a in draft.actors if a not in speakers]
    if not any(accused):
        # "Sylvania said a rocket was fired at it from the Zenda valley": the place the attack came from names
        # the country accused
        return bool(draft.source_code) and any(
            _country_of(s) not in (None, draft.source_code) for s in map(article.actor, speakers) if s is not None)
    for speaker in (article.actor(s) for s in speakers):
        if speaker is None:
            continue
        for other in accused:
            if other is None:
                continue
            countries = {_country_of(speaker), _country_of(other)}
            if None not in countries and len(countries) == 2:
                return True
            if _sector_of(speaker) not in _REPORTERS and _sector_of(speaker) is not None \
                    and not _same_side(speaker, other):
                return True
    return False


def _country_of(actor: Actor) -> str | None:
    country = actor.country or (actor.code[:3] if actor.code else None)
    return None if country in (None, "---") else country


def _sector_of(actor: Actor) -> str | None:
    if actor.sector:
        return actor.sector
    return actor.code[3:6] if actor.code and len(actor.code) >= 6 else None


# The executive's own agencies: one of them telling what another did ("the defence ministry said its troops
# killed ...") speaks for one side. Legislators and courts are not the executive's side.
_STATE = frozenset({"GOV", "MIL", "COP", "SPY"})


def _same_side(speaker: Actor, other: Actor) -> bool:
    return _sector_of(speaker) in _STATE and _sector_of(other) in _STATE


def _has_future(token: Any) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in token.children)


def _obligations(article: Article, sentence: Sentence, cues: Cues, done: set[int]) -> list[_EventDraft]:
    """ "X said Y must/should do Z", whatever Z is: X demands it of Y (100), when Y is not X."""
    drafts = []
    for token in sentence.sent:
        if token.dep_ != "ccomp" or token.i in done or not _reports(token.head, cues):
            continue
        if not any(c.dep_ == "aux" and c.lower_ in _OBLIGATION for c in token.children):
            continue
        speakers = _speakers(article, sentence, token.head)
        obliged = _subject_actors(article, sentence, token)
        if speakers and obliged and not set(speakers) & set(obliged):
            pattern = f"{token.head.lemma_.lower()} > must {token.lemma_.lower()} [100]"
            drafts.append(_EventDraft(token.head, sentence, "100", pattern, tuple(speakers), tuple(obliged)))
    return drafts


def _attribution_only(draft: _EventDraft, cues: Cues) -> bool:
    """A coded speech verb with nobody addressed that only attributes what follows: a question ("“Will you
    help?” X asked") or a fact reported in its clause ("X warned that Y was shipping arms"). What it says
    should or will be ("agreed that they should trade") is its own act."""
    token = draft.token
    if draft.recipients or draft.target_code or not _reports(token, cues):
        return False
    if cues.verb(token.lemma_.lower()) == "question":
        # "asked for aid" (023), "asked to meet" (026): a request for a named kind of act or aid is an appeal
        # with nobody named; a bare "asked" with nobody addressed ("when asked to clarify, X said no", "asking
        # for places to eat") attributes a question
        return (draft.code == "020" and not _asked_to_act(token)) or is_passive(token)
    clauses = [c for c in token.children if c.dep_ in ("ccomp", "parataxis")]
    return bool(clauses) and (any(_postposed(c) for c in clauses) or not any(_irrealis(c) for c in clauses))


def _asked_to_act(token: Any) -> bool:
    """ "asked all parties not to intervene", "asked for any party not to intervene": someone asked, and a
    to-infinitive says what for (an appeal,
    CAMEO 020, even when whoever is asked is no actor); not a question."""
    return for_clause(token) is not None or any(
        c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "for") for c in token.children) and any(
        _is_infinitive_complement(token, c) for c in token.children)


def _postposed(clause: Any) -> bool:
    """The reported content comes before its reporting verb ("X will leave, an official said"): the verb is
    a parenthetical attribution, not an act of its own (the clause is what happened or was announced)."""
    return clause.i < clause.head.i


def _reports(token: Any, cues: Cues) -> bool:
    """Whether a verb attributes speech, writing, belief or a report: the quotes stage's cue list (one list
    for both stages); wants and plans (intention cues) are not reports."""
    particle = next((c.lower_ for c in token.children if c.dep_ == "prt"), None)
    sense = cues.verb(token.lemma_.lower(), particle)
    return sense is not None and sense != "intention"


def _speakers(article: Article, sentence: Sentence, cue: Any) -> list[str]:
    """Who speaks through a cue verb: the speaker the quotes stage found for it, else its subject."""
    span = sentence.token_span(cue)
    subject = _subject_actors(article, sentence, cue)
    for quote in article.quotes:
        if quote.cue is not None and quote.speaker is not None and quote.cue.overlaps(span):
            # "Chile and Peru said": the quote has one speaker, the clause names them all
            return subject if quote.speaker in subject else [quote.speaker]
    return subject


def _quoted(article: Article, draft: _EventDraft) -> _EventDraft:
    """An event inside a quote with a known speaker is reported by that speaker (the quotes stage ran first)."""
    if draft.reported_by is not None:
        return draft
    trigger = draft.sentence.token_span(draft.token)
    for quote in article.overlapping("quotes", trigger):  # those with a part holding the trigger, in order
        if quote.speaker is not None and quote.speaker not in draft.actors and any(
                part.contains(trigger) for part in quote.content):
            return dataclasses.replace(draft, reported_by=quote.speaker)
    return draft


def _cue_above(token: Any, cues: Cues) -> Any | None:
    """The speech verb whose that-clause holds `token`, if any (a few levels up)."""
    current = token
    for _ in range(6):
        if current.dep_ in ("ccomp", "parataxis") and _reports(current.head, cues):
            return current.head
        if current.head is current or current.dep_ not in _CLIMB:
            return None
        current = current.head
    return None


def _according_to(article: Article, sentence: Sentence) -> str | None:
    for token in sentence.sent:
        if token.lower_ == "according":
            for to in token.children:
                if to.lower_ == "to":
                    for obj in to.children:
                        if obj.dep_ == "pobj":
                            found = _phrase_actors(article, sentence, obj)
                            if found:
                                return found[0]
    return None


# --- a verb ---------------------------------------------------------------------------------------------


def _verb_lemma(token: Any, verbs: VerbPatterns) -> str | None:
    lemma = token.lemma_.lower()
    doc = token.doc
    # "test-fired": spaCy splits the compound; the joined form is the dictionary entry
    if token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 2].whitespace_:
        joined = f"{doc[token.i - 2].lower_}-{lemma}"
        if joined in verbs:
            return joined
    if lemma in verbs:
        return lemma
    # the lemmatizer's slips ("staged" -> "stag"): the regular English inflections undone
    word = token.lower_
    for suffix, base in (("ed", "e"), ("ed", ""), ("es", ""), ("s", ""), ("ing", "e"), ("ing", "")):
        if word.endswith(suffix) and word[:-len(suffix)] + base in verbs and token.tag_.startswith("VB"):
            return word[:-len(suffix)] + base
    return None


def _match(article: Article, sentence: Sentence, token: Any, verbs: VerbPatterns, lemma: str) -> VerbPattern | None:
    """The most specific row that fits the verb's frame and, for a row with the "party" role, whose act has
    a party where its target is ("received the delegation" is hosting a visit, CAMEO 043; "received 3
    percent of the vote", "hosted a programme", "continued touring" have no visitor, host or place)."""
    return verbs.match(_frame(token, lemma), accept=lambda pattern: "party" not in pattern.roles
                       or _has_party(article, sentence, token, pattern))


# Personal pronouns that stand for a party ("received him", "hosted them").
_PERSONAL = frozenset({"him", "her", "them", "us", "me", "you", "himself", "herself", "themselves"})
# Their subject forms, a party as the subject of a passive ("he was released", "they were received").
_PERSONAL_SUBJECT = frozenset({"he", "she", "they", "we", "i", "you"})
# Named-entity types of a party or a place, as spaCy's English models label them.
_PARTY_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


def _has_party(article: Article, sentence: Sentence, token: Any, pattern: VerbPattern) -> bool:
    """Does the first of the row's target slots that holds anything hold a party: an actor, a named person,
    group or place, a personal pronoun, or a place the places stage found?"""
    preps = prep_objects(token)
    for slot in pattern.targets:
        if slot in ("dobj", "iobj"):
            dep = "dobj" if slot == "dobj" else "dative"
            if slot == "dobj" and is_passive(token):
                dep = "nsubjpass"  # "the envoy was received by X": the passive subject is the object's party
            nouns = [n for c in token.children if c.dep_ == dep for n in conjuncts(c)]
            if slot == "dobj" and not nouns and token.dep_ == "acl" and token.tag_ == "VBN":
                # a reduced passive relative ("the prisoners released by X", "data released by the navy"):
                # the noun the participle modifies is its object
                nouns = conjuncts(token.head)
        elif slot == "ccomp":  # "proposed that Ruritania withdraw": the clause's subject is the one appealed to
            nouns = [n for clause in token.children if clause.dep_ == "ccomp"
                     for c in clause.children if c.dep_ in SUBJECT_DEPS for n in conjuncts(c)]
        else:
            nouns = list(preps.get(slot, []))
        if not nouns:
            continue
        # the place must be the noun itself ("toured Ruritania"), not one named in its phrase ("received a call
        # about the attack at the Hall in Zenda")
        return any(_phrase_actors(article, sentence, n) or n.ent_type_ in _PARTY_ENTITIES
                   or n.lower_ in _PERSONAL or (n.dep_ == "nsubjpass" and n.lower_ in _PERSONAL_SUBJECT)
                   or _names_place(article, sentence, n) for n in nouns)
    return False


def _names_place(article: Article, sentence: Sentence, token: Any) -> bool:
    return bool(article.overlapping("places", sentence.token_span(token)))


def _phrase(token: Any) -> Phrase:
    """Head lemma and the lemmas of its modifiers, including an "of" complement ("state of emergency")."""
    lemmas = {token.lemma_.lower()}
    for left in token.lefts:
        lemmas.update(t.lemma_.lower() for t in left.subtree)
    for right in token.rights:
        if right.dep_ == "prep" and right.lower_ == "of":
            lemmas.add("of")
            for obj in right.children:
                if obj.dep_ == "pobj":
                    lemmas.add(obj.lemma_.lower())
                    lemmas.update(t.lemma_.lower() for left in obj.lefts for t in left.subtree)
    return Phrase(token.lemma_.lower(), frozenset(lemmas))


def _frame(token: Any, lemma: str) -> Frame:
    slots: dict[str, list[Phrase]] = {}
    preps: set[str] = set()
    clauses: set[str] = set()
    for child in token.children:
        dep = child.dep_
        if dep == "prt" or (dep == "advmod" and child.pos_ == "ADP" and not any(child.children)):
            # a particle the parser left as an adverb ("swore her in") is still the verb's particle
            preps.add(child.lemma_.lower())
        elif dep in ("prep", "agent", "dative") and child.pos_ == "ADP" and not is_temporal(child):
            preps.add(child.lemma_.lower())
        elif dep in ("dobj", "nsubjpass", "attr", "oprd") or (dep in ("acomp", "ccomp") and child.pos_ == "ADJ"):
            # an adjective complement or small clause names what the verb says of its object ("pleaded
            # guilty", "a jury found the senator guilty"): rows may ask for it as their object
            slot = slots.setdefault("nsubjpass" if dep == "nsubjpass" else "dobj", [])
            for head in conjuncts(child):
                slot.append(_phrase(head))
                # "700 kg of medicine", "dozens of troops": the "of" complement says what it is
                slot.extend(_phrase(o) for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                            for o in p.children if o.dep_ == "pobj")
        elif dep == "dative":
            slots.setdefault("iobj", []).append(_phrase(child))
        elif _is_infinitive_complement(token, child):
            clauses.add("xcomp")
            slots.setdefault("xcomp", []).append(_phrase(child))
            for grandchild in child.children:
                if grandchild.dep_ == "dobj":
                    slots["xcomp"].append(_phrase(grandchild))
        elif dep == "ccomp":
            clauses.add("ccomp")
            if _embedded_question(child):
                clauses.add("ccomp:question")  # "asked X whether it would withdraw": a question, no request
            if _has_future(child) or (any(c.dep_ == "aux" and c.lower_ in _POSSIBLE for c in child.children)
                                      and not any(c.dep_ == "aux" and c.lower_ == "have" for c in child.children)):
                # "may have contained" looks back, not ahead
                clauses.add("ccomp:future")  # "warned it would/could strike": what is yet to come
        if dep == "advcl" and _embedded_question(child) and any(c.dep_ == "dobj" for c in token.children):
            clauses.add("ccomp:question")  # the parser hangs "asked her if she would run" as a condition
    for prep, objects in prep_objects(token).items():
        slots.setdefault(prep, []).extend(_phrase(o) for o in objects)
    return Frame(lemma, frozenset(preps), frozenset(clauses), {k: tuple(v) for k, v in slots.items()})


# Closed-class grammar: the subordinators and wh-words that open an embedded question ("whether it would",
# "if she would run", "how she would pay").
_QUESTION_MARKS = frozenset({"whether", "if"})
_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def _embedded_question(clause: Any) -> bool:
    """A clause that asks ("whether ...", "if ...", "how/why/what ..."), led by its subordinator or wh-word."""
    first = next(iter(clause.subtree))
    return any(c.dep_ == "mark" and c.lower_ in _QUESTION_MARKS for c in clause.children) or (
        first.tag_ in _WH_TAGS and first.i < clause.i)


def _interrogative(token: Any) -> bool:
    """Is the verb in a direct question ("Why should voters support X?", "Did Y attack Z?", "Do you think Y
    attacked Z?")? A question asserts no act; its own clause, or a clause above it, ends in "?"."""
    current = token
    for _ in range(8):
        if any(c.dep_ == "punct" and c.text == "?" for c in current.children):
            return True
        if current.head is current:
            return False
        current = current.head
    return False


def _asked_about(token: Any, cues: Cues) -> bool:
    """Is the verb what an embedded question asks ("asked X whether it would withdraw", "wondered if Y had
    attacked", "asked how they would pay")? A yes/no question asserts neither answer; a wh-question under a
    verb of asking asks, where under a verb of telling ("explained how the rebels attacked") it reports."""
    current = token
    for _ in range(4):
        if current.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ in _QUESTION_MARKS
                                           for c in current.children):
            return True
        if current.dep_ in ("ccomp", "advcl") and _embedded_question(current) and (
                cues.verb(current.head.lemma_.lower()) == "question"):
            return True
        if current.dep_ not in ("conj", "xcomp"):
            return False
        current = current.head
    return False


def _is_infinitive_complement(token: Any, child: Any) -> bool:
    """An xcomp ("agreed to help"), or a noun's to-infinitive ("an offer to launch")."""
    if child.dep_ == "xcomp":
        return True
    return (child.dep_ in ("acl", "relcl") and token.pos_ in ("NOUN", "PROPN") and child.pos_ == "VERB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children))


def _subject_actors(article: Article, sentence: Sentence, token: Any, depth: int = 0) -> list[str]:
    """The actors doing `token`: its subject, else the subject it inherits from the clause above."""
    if is_passive(token):
        for child in token.children:
            if child.dep_ == "agent":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        found = _phrase_actors(article, sentence, obj)
                        if not found:
                            # "by a missile fired by rebels": the weapon's user is the one acting
                            for inner in obj.subtree:
                                if inner.dep_ == "agent" and inner is not child:
                                    for user in inner.children:
                                        if user.dep_ == "pobj" and not found:
                                            found = _phrase_actors(article, sentence, user)
                        return found
        return []
    subject = [c for c in token.children if c.dep_ in ("nsubj", "csubj", "expl")]
    for child in subject:
        if child.tag_ in ("WDT", "WP") and token.dep_ == "relcl":
            return _phrase_actors(article, sentence, token.head)
        found = _phrase_actors(article, sentence, child)
        if found or child is subject[-1]:
            # "Old foes X and Y renewed ...": the parser may give an apposed name a subject of its own
            return found
    if depth < 4 and token.head is not token:
        if token.dep_ == "xcomp" and is_passive(token.head):
            # raising: "Obama is scheduled to attend" -> Obama attends
            for sibling in token.head.children:
                if sibling.dep_ == "nsubjpass":
                    return _phrase_actors(article, sentence, sibling)
        if token.dep_ == "xcomp":
            # object control: "asked Obama to help" -> Obama helps
            for sibling in token.head.children:
                if sibling.dep_ == "dobj":
                    found = _phrase_actors(article, sentence, sibling)
                    if found:
                        return found
            return _subject_actors(article, sentence, token.head, depth + 1)
        if token.dep_ in INHERIT_DEPS:
            return _subject_actors(article, sentence, token.head, depth + 1)
        if sides.subject_controlled_gerund(token):  # "angered Peru by expelling its envoy": Chile expelled
            return _subject_actors(article, sentence, token.head.head, depth + 1)
        if token.dep_ in ("relcl", "acl"):
            found = _phrase_actors(article, sentence, token.head)
            if not found and token.head.dep_ == "dobj":
                # "issued a declaration demanding ...": whoever issued it demands
                found = _subject_actors(article, sentence, token.head.head, depth + 1)
            return found
    return []


def _actor_of_token(article: Article, sentence: Sentence, token: Any) -> Actor | None:
    return article.actor_at(sentence.token_span(token))


def _phrase_actors(article: Article, sentence: Sentence, token: Any) -> list[str]:
    """Actor ids named by the noun phrase headed by `token`, one per conjunct ("X and Y")."""
    found: list[str] = []
    for head in conjuncts(token):
        for modifier in coordinated_modifiers(head):
            # "Chilean and Peruvian students": each modifier names one party (the actors stage made two)
            actor = _actor_of_token(article, sentence, modifier)
            if actor is not None and actor.id not in found and (
                    actor.kind != "country" or _actor_of_token(article, sentence, head) is None):
                # a country too when the noun is no actor of its own ("Arnorian and Gondorian leaders")
                found.append(actor.id)
        actor = _actor_of_token(article, sentence, head)
        if actor is None or not _informative(actor):
            # "ministers from the Georgian government", "UN troops": a head with no country takes the actor
            # named inside its phrase, which says whose it is
            part = _np_part_actor(article, sentence, head)
            if part is not None and part is not actor and (actor is None or _informative(part)):
                actor = part
        if actor is not None and actor.id not in found:
            found.append(actor.id)
        if actor is not None and actor is _actor_of_token(article, sentence, head):
            # "lawmakers and officials in X and Y": "officials" names the officials of X and those of Y
            found.extend(a.id for a in article.actors_at(sentence.token_span(head))[1:] if a.id not in found)
        listed = _listed_owners(article, sentence, head)
        if actor is not None and actor.id not in listed:
            # "lawmakers in X and Y": a list of places names owners only when the actors stage split the group
            placed = _listed_owners(article, sentence, head, ("in",))
            listed = placed if actor.id in placed else listed
        if actor is None or actor is not _actor_of_token(article, sentence, head) or actor.id in listed:
            # "the ambassadors of X, Y and Z": whose they are is a list, each one a party (the actors stage
            # made one group per owner when the head is a role noun, the first of them the head's own)
            found.extend(a for a in listed if a not in found)
    return found


def _listed_owners(article: Article, sentence: Sentence, head: Any, preps: tuple[str, ...] = ("of", "from")
                   ) -> list[str]:
    """The actors of a coordinated "of"/"from" complement of a noun ("the envoys of X and Y")."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            for obj in child.children:
                if obj.dep_ == "pobj" and len(conjuncts(obj)) > 1:
                    return _phrase_actors(article, sentence, obj)
    return []


def _informative(actor: Actor) -> bool:
    """Does the actor say whose it is (a country, or an organisation's own code), not just a sector?"""
    return actor.country is not None or (
        actor.code is not None and not actor.code.startswith("---") and actor.code != actor.sector)


def _np_part_actor(article: Article, sentence: Sentence, head: Any) -> Actor | None:
    own = _actor_of_token(article, sentence, head)  # "Human rights activists": one actor, not its own part
    for child in head.children:
        if child.dep_ in _NP_PARTS:
            for part in child.subtree:
                actor = _actor_of_token(article, sentence, part)
                if actor is not None and actor is not own:
                    return actor
    fallback: Actor | None = None
    # "the leader of Russia", "hundreds of UN troops"; first the agent of an event noun ("an attack by X in
    # Y"): condemning the attack condemns X, not the place
    # "Valdoria's farmers and fishermen of Tessaly": the second noun's owner phrase, hung on the first
    shared = [p for p in owner_preps(head) if p.head.i != head.i]
    for child in sorted([*head.children, *shared], key=lambda c: not _noun_agent(c)):
        if child.dep_ == "prep" and child.lower_ in ("of", "in", "from") or _noun_agent(child):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    actor = _actor_of_token(article, sentence, obj)
                    if actor is None or not _informative(actor):
                        # "hundreds of UN troops": the troops say only the sector; "UN" says whose they are
                        part = _np_part_actor(article, sentence, obj)
                        actor = part if part is not None and (actor is None or _informative(part)) else actor
                    if actor is not None and _informative(actor):
                        return actor
                    fallback = fallback or actor
    return fallback


def _noun_agent(prep: Any) -> bool:
    """The "by" phrase of a common noun: its agent ("an attack by X", "a statement by X")."""
    return prep.dep_ == "prep" and prep.lower_ == "by" and prep.head.pos_ == "NOUN"


def _phrase_place_country(article: Article, sentence: Sentence, tokens: Iterable[Any]) -> str | None:
    """The country of a place named in the phrase ("a target southwest of Baghdad" -> IRQ)."""
    for token in tokens:
        span = subtree_span(sentence, token)
        for place in sorted(article.overlapping("places", span), key=lambda p: p.span):
            if place.span.overlaps(span) and place.country:
                return place.country
    return None


def _targets(article: Article, sentence: Sentence, token: Any, slots: tuple[str, ...],
             passive: bool) -> tuple[list[str], str | None]:
    """Recipient actor ids, or failing that a place's country, from the slots a pattern names, in order."""
    preps = prep_objects(token)
    uncoded: list[str] = []
    for slot in slots:
        heads: list[Any] = []
        if slot == "dobj":
            deps = ("nsubjpass",) if passive else ("dobj",)
            heads = [c for c in token.children if c.dep_ in deps]
        elif slot == "iobj":
            heads = [c for c in token.children if c.dep_ == "dative" and c.pos_ != "ADP"]
        elif slot == "ccomp":
            for clause in token.children:
                if clause.dep_ == "ccomp":
                    heads = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
        elif slot == "xobj":
            for clause in token.children:
                if _is_infinitive_complement(token, clause):
                    heads = [c for c in clause.children if c.dep_ == "dobj"]
                    for objects in prep_objects(clause).values():
                        heads.extend(objects)
        else:
            heads = preps.get(slot, [])
        for head in heads:
            found = _phrase_actors(article, sentence, head)
            if found and any(_actor_code(article.actor(a)) for a in found):
                return found, None
            # an actor with no code at all ("the leader of the Douzu community") says nothing of whom: a
            # later slot that names a coded one is the better target ("appealed for peace in X in a message
            # to ..."); failing one, it stays the target
            uncoded = uncoded or found
        country = _phrase_place_country(article, sentence, heads)
        if country:
            return [], country
    return uncoded, None


def _passive_source(article: Article, sentence: Sentence, token: Any, verbs: VerbPatterns
                    ) -> tuple[list[str], str | None]:
    """A passive without "by": "fired at Israel from Gaza" (the origin: an actor, else the country of the
    place), "killed in Israeli shelling", "killed in a strike by government forces" (the one whose attack
    it was)."""
    preps = prep_objects(token)
    for obj in preps.get("from", []):
        found = _phrase_actors(article, sentence, obj)
        if found:
            return found, None
    for prep in ("in", "during"):
        for obj in preps.get(prep, []):
            for by in obj.children:
                if by.dep_ == "prep" and by.lower_ == "by":
                    for agent in by.children:
                        found = _phrase_actors(article, sentence, agent) if agent.dep_ == "pobj" else []
                        if found:
                            return found, None
            if obj.lemma_.lower() in verbs.by_noun or _misread_compound_event(obj, verbs):
                for child in obj.children:
                    if child.dep_ in ("poss", "compound", "amod", "nmod"):
                        actor = _actor_of_token(article, sentence, child) or _np_part_actor(article, sentence, child)
                        if actor is not None:
                            return [actor.id], None
    return [], _phrase_place_country(article, sentence, preps.get("from", []))


def _misread_compound_event(noun: Any, verbs: VerbPatterns) -> bool:
    """ "killed in Israeli tank shelling": en_core_web_sm reads the event noun after a noun as a verb
    ("shelling" a VBG clause), leaving "tank" the object; the event noun right after it says it is an attack."""
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return (following is not None and following.tag_ == "VBG" and following.dep_ in ("advcl", "acl")
            and following.lower_ in verbs.by_noun)


def _verb_draft(article: Article, sentence: Sentence, token: Any, pattern: VerbPattern,
                verbs: VerbPatterns, codebook: Codebook) -> _EventDraft:
    passive = is_passive(token)
    actors = _subject_actors(article, sentence, token)
    source_code: str | None = None
    if passive and not actors:
        actors, source_code = _passive_source(article, sentence, token, verbs)
    recipients, target_code = _targets(article, sentence, token, pattern.targets, passive)
    if passive and not actors and not source_code and (recipients or target_code) and not any(
            c.dep_ == "nsubjpass" and _phrase_actors(article, sentence, c) == recipients for c in token.children):
        # adjectival passive: "Israel is opposed to the plan", "X is committed to Y": the subject acts
        for child in token.children:
            if child.dep_ == "nsubjpass":
                actors = _phrase_actors(article, sentence, child)
    if passive and not recipients and not target_code:
        # "the building was demolished": the passive subject is the one acted upon whatever the slot
        for child in token.children:
            if child.dep_ == "nsubjpass":
                recipients = _phrase_actors(article, sentence, child)
        if not recipients and passive_participle_clause(token):
            recipients = _subject_actors(article, sentence, token.head)  # "Rebuked by X, Y withdrew"
    if not recipients and not target_code and not passive:
        # "An attack by X on Y killed ten": an event noun as the subject says whom its act was on
        recipients = _noun_subject_targets(article, sentence, token)
    recipients = [r for r in recipients if r not in actors]
    assert pattern.code is not None
    if not recipients and not target_code and pattern.code[:2] in codebook.roots("force") | {"15"}:
        recipients, target_code = _abroad(article, sentence, token, actors)
    return _EventDraft(token, sentence, pattern.code, pattern.text, tuple(actors), tuple(recipients), target_code,
                  source_code=None if actors else source_code, symmetric="symmetric" in pattern.roles)


def _legal_source(article: Article, draft: _EventDraft, acts: LegalActs) -> _EventDraft:
    """A passive legal act with no source ("Ana Vale was convicted"): the state's court or police
    (`sides.legal_source`)."""
    if draft.actors or draft.source_code:
        return draft
    where = locative_objects(draft.token)  # "in Ruritania": a country named, else a place's country
    named = [a for a in (_actor_of_token(article, draft.sentence, n) for n in where) if a is not None]
    body = next((a for a in named if a.kind != "country" and a.kind != "person" and a.code), None)
    if body is not None and sides.legal_sector(draft.token, acts):
        return dataclasses.replace(draft, actors=(body.id,))  # "acquitted in the Senate": the body named acts
    named = [a for a in named if a.kind == "country"]
    place = named[0].country if named else _phrase_place_country(article, draft.sentence, where)
    code = sides.legal_source(article, draft.token, [article.actor(r) for r in draft.recipients], place, acts)
    return dataclasses.replace(draft, source_code=code) if code else draft


def _noun_subject_targets(article: Article, sentence: Sentence, token: Any) -> list[str]:
    """The "on"/"against" object of a common-noun subject of the verb ("an attack by X on Y killed ten")."""
    for subject in token.children:
        if subject.dep_ == "nsubj" and subject.pos_ == "NOUN" and _actor_of_token(article, sentence, subject) is None:
            preps = prep_objects(subject)
            for prep in ("on", "against"):
                for obj in preps.get(prep, []):
                    found = _phrase_actors(article, sentence, obj)
                    if found:
                        return found
    return []


def _abroad(article: Article, sentence: Sentence, token: Any, actors: list[str]) -> tuple[list[str], str | None]:
    """A force event held in another country targets that country ("held naval exercises off the coast of
    Ruritania", "shelled villages in Sylvania"): the first place named where it happens whose country is not
    the source's. With no country for the source, nothing is abroad."""
    home = {a.country for a in (article.actor(i) for i in actors) if a is not None and a.country}
    if not home:
        return [], None
    for noun in locative_objects(token):
        actor = _actor_of_token(article, sentence, noun)
        if actor is not None and actor.kind == "country" and actor.country not in home:
            return [actor.id], None
        country = _phrase_place_country(article, sentence, [noun])
        if country and country not in home and not any(a.country == country for a in article.actors
                                                          if a.id in actors):
            return [], country
    return [], None


def _split_parties(drafts: list[_EventDraft]) -> list[_EventDraft]:
    """Several actors with no target: a symmetric act ("X and Y met") is among them all; any other act
    ("X and Y said they will attack the camps") is each one's own, never one party acting on the other."""
    out: list[_EventDraft] = []
    for draft in drafts:
        if len(draft.actors) > 1 and not draft.recipients and not draft.symmetric:
            out.extend(dataclasses.replace(draft, actors=(actor,)) for actor in draft.actors)
        else:
            out.append(draft)
    return out


def _ignores_object(article: Article, sentence: Sentence, token: Any, pattern: VerbPattern, cues: Cues,
                    codebook: Codebook) -> bool:
    """A row with no object condition codes the verb's usual sense, which its direct object can rule out:
    a speech product (a quote cue noun) as the object of a material act ("released a statement" is no
    release, CAMEO quad classes 2 and 4; "rejected the claim" stays a rejection), or
    a bare singular noun that names an institution, not a participant ("attended law school")."""
    if pattern.objects or "dobj" not in pattern.targets[:1]:
        return False
    for obj in token.children:
        if obj.dep_ != "dobj":
            continue
        entry = codebook.get(pattern.code)
        if obj.lemma_.lower() in cues.nouns and entry is not None and entry.quad_class in (2, 4):
            return True
        if bare_noun(obj) and not any(c.dep_ == "prep" for c in obj.children):
            # only a bare noun the actors stage took for an institution: "condemned violence", "urged
            # restraint" name what is condemned or urged and keep their coding
            actor = _actor_of_token(article, sentence, obj)
            return actor is not None and not _informative(actor)
    return False


def _natural_cause(article: Article, sentence: Sentence, token: Any, hazards: frozenset[str],
                   proper_only: bool = False) -> bool:
    """Is the doer a natural force or an accident ("a fire killed five", "were killed by the storm")? CAMEO
    codes acts of actors; a blaze or a crash is none, whatever it did (a hazard noun an actor names, as in
    "Fire Brigade", is an actor and is not meant)."""
    doers = [c for c in token.children if c.dep_ == "nsubj"]
    if is_passive(token):
        doers = [o for c in token.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    # the doer of a relative clause is the noun it modifies ("Typhoon Zeta, which killed 60"), and that of a
    # participle with no subject of its own, the subject of the clause it hangs on ("Hurricane Zeta made
    # landfall, killing 20")
    if token.dep_ == "relcl" and all(d.tag_ in _WH_TAGS for d in doers):
        doers = [token.head]
    elif not doers and token.dep_ == "advcl" and token.tag_ == "VBG":
        doers = [c for c in token.head.children if c.dep_ == "nsubj"]
    # `proper_only`: only a named hazard ("Hurricane Zeta"), which no verb of any code has as its doer
    return any(not proper_only and d.pos_ == "NOUN" and d.lemma_.lower() in hazards
               and _actor_of_token(article, sentence, d) is None
               or d.pos_ == "PROPN" and _hazard_name(article, sentence, d, hazards)
               for doer in doers for d in conjuncts(doer))


def _interview(article: Article, sentence: Sentence, token: Any, pattern: VerbPattern, interview: frozenset[str]
               ) -> bool:
    """A consultation verb said of an interview: the talk happens "in an interview" (&INTERVIEW), or the only
    parties it is held with are news media ("discussed the case with the Daily Courier"). CAMEO's 04x is
    consultation between political actors; telling the press is a public statement (01x)."""
    def said_in(noun: Any) -> bool:  # "interview", "press conference"
        words = [t.lemma_.lower() for t in noun.lefts if t.dep_ == "compound"] + [noun.lemma_.lower()]
        return noun.lemma_.lower() in interview or " ".join(words) in interview

    if any(said_in(o) for prep, objects in prep_objects(token).items() if prep in ("in", "during", "at")
           for o in objects):
        return True
    if any(c.dep_ == "dobj" and said_in(c) for c in token.children):
        return True  # "held a press conference": talking to the press
    if "symmetric" not in pattern.roles or not any(s in ("with", "to", "dobj") for s in pattern.targets):
        return False
    parties = [article.actor(a) for slot in ("with", "to") for o in prep_objects(token).get(slot, [])
               for a in _phrase_actors(article, sentence, o)]
    parties += [article.actor(a) for c in token.children if c.dep_ == "dobj" for a in _phrase_actors(article, sentence, c)]
    return bool(parties) and all(a is not None and a.sector == "MED" for a in parties)


# Closed-class grammar: the prepositions that say what a gathering is against ("a rally against the tax",
# "rallied over the closure").
_CAUSE_PREPS = frozenset({"against", "over"})


def _causeless_rally(token: Any, rallies: frozenset[str], protests: frozenset[str]) -> bool:
    """Is the verb's object a rally held for no stated cause ("held a rally in Ohio", "staged campaign
    rallies")? PLOVER PROTEST is to "rally, gather to protest a policy, action, or actor(s)": a rally is one
    when it is against something, in protest, or named a protest ("a protest rally", "an anti-war rally")."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objects or any(o.lemma_.lower() not in rallies for o in objects):
        return False
    preps = prep_objects(token)
    if _CAUSE_PREPS & set(preps) or any(o.lemma_.lower() in protests - rallies for o in preps.get("in", [])):
        return False  # "a rally against the tax", "held a rally in protest at the closure"
    named = {t.lemma_.lower() for o in objects for left in o.lefts for t in left.subtree}
    return not (named & (protests - rallies) or "anti" in named or any(w.startswith("anti-") for w in named))


def _hazard_name(article: Article, sentence: Sentence, name: Any, hazards: frozenset[str]) -> bool:
    """A proper name of a hazard, by the kind it names (the &HAZARD class): a kind word leading the name
    ("Hurricane Dorian", "Storm Ciara"; not an organisation's name, "Fire Department"), a hyphenated name that
    starts with a kind ("SARS-CoV-2", "COVID-19"), or an apposition that says it ("Zeta, the storm"). Named
    actors with a country or code of their own are not meant."""
    parts = sorted([c for c in name.children if c.dep_ == "compound"] + [name], key=lambda t: t.i)
    written = "".join(t.text_with_ws for t in parts).strip()
    kind = (parts[0].lemma_.lower() in hazards and name.ent_type_ != "ORG"
            or "-" in written and written.split("-")[0].lower() in hazards
            or any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in hazards for c in name.children))
    if not kind:
        return False
    actor = _actor_of_token(article, sentence, name)
    return actor is None or not _informative(actor)


def _appeal(article: Article, sentence: Sentence, token: Any, draft: _EventDraft, words: ArgumentWords,
            codebook: Codebook) -> _EventDraft | None:
    """ "X wants Y to <act>": X appeals to Y for the act (CAMEO 02x, numbered like the intents 03x)."""
    head = token.head
    if head is token or head.lemma_.lower() not in words.appeal:
        return None
    controller = controller_object(token)
    if controller is None:
        return None
    asked = _phrase_actors(article, sentence, controller)
    askers = _subject_actors(article, sentence, head)
    if not asked or not askers:
        return None
    code = codebook.requested(draft.code)
    return dataclasses.replace(draft, token=head, code=code, actors=tuple(askers),
                               recipients=tuple(a for a in asked if a not in askers), target_code=None,
                               source_code=None, hypothetical=False, symmetric=False,
                               pattern=f"{head.lemma_.lower()} Y > {draft.pattern} => [{code}]")


def _for_appeals(article: Article, sentence: Sentence, verbs: VerbPatterns,
                 matched: dict[int, tuple[Any, VerbPattern]], codebook: Codebook) -> list[tuple[int, _EventDraft]]:
    """ "X called for Y to withdraw", "asked for any party not to intervene": an appeal (02x) to Y, for the act
    the clause names when a row codes it (as "urged Y to withdraw" is 025), when the verb with "for" is an
    appeal in the verb table ("call for", "ask for", "appeal for")."""
    found = []
    for token in sentence.sent:
        clause = for_clause(token) if token.pos_ == "VERB" else None
        if clause is None:
            continue
        if not any(row.prep == "for" and row.code is not None and row.code[:2] == "02"
                   for row in verbs.by_verb.get(token.lemma_.lower(), ())):
            continue
        inner, subject = clause
        inner_pattern = matched.get(inner.i, (None, None))[1]
        code = "020"
        if inner_pattern is not None and inner_pattern.code is not None and not is_negated(inner):
            code = codebook.requested(inner_pattern.code)
        actors = _subject_actors(article, sentence, token)
        asked = [a for a in _phrase_actors(article, sentence, subject) if a not in actors]
        text = f"{token.lemma_.lower()} for Y to {inner.lemma_.lower()}" + (
            f" > {inner_pattern.text}" if inner_pattern is not None else "")
        found.append((inner.i, _EventDraft(token, sentence, code, f"{text} => [{code}]", tuple(actors), tuple(asked),
                                           negated=is_negated(token))))
    return found


def _evaluations(article: Article, sentence: Sentence, words: _Words) -> list[_EventDraft]:
    """Evaluative speech (`evaluative.py`): "X called Y a great man" is praise (051), "called Y a clown"
    criticism (111), "called Y's move criminal" an accusation (112). The caller is the speaker the quotes
    stage found for the verb, else its subject; the target is who is called, or the owner of what is."""
    drafts = []
    for found in evaluations(sentence.sent, words.cues, words.evaluative):
        actors = _speakers(article, sentence, found.verb) if found.caller is None else _phrase_actors(
            article, sentence, found.caller)
        recipients = [a for a in _phrase_actors(article, sentence, found.called) if a not in actors]
        if not recipients and not found.standing():
            continue  # "described the weather as terrible": no party is blamed
        drafts.append(_EventDraft(found.verb, sentence, found.code, found.pattern, tuple(actors), tuple(recipients),
                                  negated=found.negated))
    return drafts


# --- event nouns ----------------------------------------------------------------------------------------


def _nominal_drafts(article: Article, sentence: Sentence, verbs: VerbPatterns,
                    matched: dict[int, tuple[Any, VerbPattern]], cues: Cues, codebook: Codebook) -> list[_EventDraft]:
    drafts = []
    for token in sentence.sent:
        if token.pos_ != "NOUN" or token.dep_ == "compound":
            continue
        governor = token.head.head if token.dep_ == "pobj" else token.head
        governing = matched[governor.i][1] if governor.i in matched else None
        if (governing is not None and governing.code is not None and governing.code[:2] != "01"
                and token.dep_ in ("dobj", "nsubjpass", "pobj", "attr")):
            continue  # "held talks", "imposed sanctions", "called for sanctions": the verb's event says it
        if _subsumed(token, matched, verbs, cues, through_noun=True):
            continue  # "investigated for rioting during a summit": background to the coded act
        frame = _frame(token, token.lemma_.lower())
        pattern = verbs.match_noun(frame)
        light = light_verb_object(token)
        if pattern is None and light is not None and token.dep_ == "dobj":
            # "filed a lawsuit against X": the parser hangs the noun's preposition on the light verb
            outer = _frame(light, light.lemma_.lower())
            pattern = verbs.match_noun(Frame(frame.lemma, frame.preps | outer.preps, frame.clauses,
                                             {**outer.slots, **frame.slots}))
        if pattern is None or pattern.code is None:
            continue
        preps = prep_objects(token)
        actors: list[str] = []
        for child in token.children:
            if child.dep_ in ("poss", "compound", "amod", "nmod"):
                actor = _actor_of_token(article, sentence, child)
                if actor is not None and actor.id not in actors:
                    actors.append(actor.id)
        for prep in ("by", "from", "between", "among"):
            for obj in preps.get(prep, []):
                for actor_id in _phrase_actors(article, sentence, obj):
                    if actor_id not in actors:
                        actors.append(actor_id)
        verb = light_verb_object(token)
        if not actors and verb is not None:
            # light verbs: "Italy announced a suspension of air links", "X held talks with Y": the subject does it
            actors = _subject_actors(article, sentence, verb)
        recipients, target_code = _targets(article, sentence, token, pattern.targets, False)
        if not recipients and not target_code and verb is not None and token.dep_ == "dobj":
            # "filed a lawsuit against X": the noun's preposition hung on the light verb
            slots = tuple(t for t in pattern.targets if t not in ("dobj", "iobj", "ccomp", "xobj"))
            recipients, target_code = _targets(article, sentence, verb, slots, False)
        if not recipients and not target_code and verb is not None and token.dep_ == "pobj":
            # "engaged Turkish troops in a firefight": the verb's object is the other party
            for obj in verb.children:
                if obj.dep_ == "dobj":
                    recipients = _phrase_actors(article, sentence, obj)
            if not recipients and not pattern.prep:
                continue  # "represented a client in a negotiation": a circumstance, not an act with parties
        recipients = [r for r in recipients if r not in actors]
        if not recipients and not target_code and pattern.code[:2] in codebook.roots("force") | {"15"}:
            recipients, target_code = _abroad(article, sentence, token, actors)
        drafts.append(_EventDraft(token, sentence, pattern.code, pattern.text, tuple(actors), tuple(recipients),
                             target_code, negated=verb is not None and is_negated(verb),
                             symmetric="symmetric" in pattern.roles))
    return drafts


# --- the record -----------------------------------------------------------------------------------------


def _actor_code(actor: Actor | None, primaries: frozenset[str] = frozenset()) -> str | None:
    """The actor's CAMEO code as events write it. `primaries` are the primary agent codes (`NGO~`), which
    stand in the country's place and so are written alone ("NGO", as the actors stage and PETRARCH do)."""
    if actor is None:
        return None
    if actor.country is None and actor.code and actor.code == actor.sector and actor.code not in primaries:
        # a sector with no known country ("rebels": REB) is "---REB" in CAMEO/PETRARCH codings (the actors
        # stage writes it so; this covers actors made elsewhere)
        return f"---{actor.code}"
    return actor.code or actor.country


def _home(article: Article, participants: list[Actor | None]) -> str | None:
    """The country an event's state institutions of no stated country belong to: the story's one country
    (`story_country`, the rule that also places such an event there), when no participant is known to be
    of another. "A Ruritanian group accused government forces …" in a story that names only a London
    office says nothing of whose forces they are."""
    home = story_country(article)
    if home is None or any(a is not None and a.country not in (None, home) for a in participants):
        return None
    return home


def _home_code(actor: Actor | None, primaries: frozenset[str], home: str | None, article: Article,
               roles: Agents) -> str | None:
    """`_actor_code`, with the story's country (`_home`) for an actor named without one: "police" in a
    story set in Norway is NORCOP. Groups and institutions when of the state ("police", "prosecutors",
    "the court") or civilians, whom PLOVER's sector table defines as domestic (CVL: "unarmed domestic
    entities"); media, business, rebels and NGOs are as often foreign or transnational. One person when a
    role gives the sector ("the judge", "Senator Ana Vale") or a name alone (`_home_person`). Never a role
    served abroad ("the embassy", "tourists": `abroad` in agents.tsv)."""
    code = _actor_code(actor, primaries)
    if home is None or actor is None or actor.country is not None or code is None and actor.kind != "person":
        return code
    if any(roles.abroad(word) for word in actor.name.split()):
        return code
    if actor.kind == "person":
        return _home_person(article, actor, code, home)
    if actor.kind not in ("group", "organisation") or code is None or not code.startswith("---"):
        return code
    if actor.sector in _STATE_SECTORS or actor.sector == "CVL":
        return home + code[3:]
    return code


def _home_person(article: Article, actor: Actor, code: str | None, home: str) -> str | None:
    """A person of no stated country in a one-country story (`_home`) is of that country: PLOVER codes
    every actor with a country (manual, "Country Names and Sector Codes", rule 1) and a sector only for
    the role the text gives, so "the judge" is home + JUD, and a private person named with no role
    ("Usman Ruiz stabbed …") the country alone, as PETRARCH writes a bare country code. Not a person who
    may be a visitor: when the story also has an actor of another country in the person's sector ("the
    minister" after "the Chilean minister arrived"), or, for a person with no sector, any foreign person;
    and a person with no role only when once named in full."""
    if code is not None and not code.startswith("---"):
        return code  # a primary agent written alone ("NGO"): no national actor
    foreign = [a for a in article.actors if a.country not in (None, home) and a.kind != "country"]
    if actor.sector is not None:
        return code if any(a.sector == actor.sector for a in foreign) else home + (code[3:] if code else actor.sector)
    if any(a.kind == "person" for a in foreign) or not any(m.how == "name" for m in actor.mentions):
        return code  # a lone capitalised word ("Twitter" as a subject) may be no person at all
    return home


def _private(actor: Actor | None) -> bool:
    """A person no table knows and no role places: a private individual (`_home_person` may give the story's
    country, never a sector)."""
    return actor is not None and actor.kind == "person" and actor.country is None and actor.sector is None


def _date(article: Article, sentence: Sentence, token: Any) -> str | None:
    times = [t for t in article.times_in(sentence.span)
             if t.type == "DATE" and t.value and t.value[:4].isdigit()]
    if times:
        scope = subtree_span(sentence, token)
        inside = [t for t in times if scope.contains(t.span)]
        if inside:
            trigger = sentence.token_span(token)
            return min(inside, key=lambda t: abs(t.span.start - trigger.start)).value
    return article.published.isoformat() if article.published else None


# Administrative restrictions and their easing: CAMEO 172x "impose administrative sanctions" (curfew 1723, state
# of emergency or martial law 1724) and 0813/0814 (ease them) are acts of a government restricting the people of
# its own territory. An international or non-governmental body (CAMEO actor types IGO, NGO, NGM, MNC, at the
# start of the code) holds no territory: "the WHO declared a public health emergency of international concern"
# is a declaration, no emergency rule.
_RESTRICTIONS = ("172", "0813", "0814")
_NO_TERRITORY = frozenset({"IGO", "NGO", "NGM", "MNC"})


def _restricts_without_territory(cameo: str, source: str | None) -> bool:
    return cameo.startswith(_RESTRICTIONS) and source is not None and source[:3] in _NO_TERRITORY


def _to_event(article: Article, draft: _EventDraft, codebook: Codebook, event_id: str,
              primaries: frozenset[str], roles: Agents) -> Event | None:
    entry = codebook.get(draft.code)
    if draft.foreign and (entry is None or entry.code != draft.code or entry.plover_event is None):
        # the user's own dictionary codes (WEIS-like "903", "174K", "1717"): the code is kept as written; a
        # CAMEO code refines its parent, so the PLOVER type, Goldstein score and QuadClass are those of the
        # longest CAMEO prefix the codebook knows ("1717" -> 171, "095" -> 09); with none ("345", "987"),
        # or a public statement's (01x), `event` is null (README, "Your own dictionaries")
        entry = dataclasses.replace(entry, code=draft.code, description=f"under {entry.code}: {entry.description}") \
            if entry is not None else CameoCode(
            draft.code, "", None, None, None, None, ())  # type: ignore[arg-type]
    elif entry is None or entry.plover_event is None:
        return None  # public statements (01) are not events
    if not draft.actors and not draft.recipients and not draft.target_code and not draft.source_code:
        return None  # no actor on either side: nothing to code (PETRARCH needs a source; we take either)
    actors = [article.actor(a) for a in draft.actors]
    recipients = [article.actor(a) for a in draft.recipients]
    home = _home(article, actors + recipients)
    source = _home_code(actors[0], primaries, home, article, roles) if actors else draft.source_code
    if recipients:
        target = _home_code(recipients[0], primaries, home, article, roles)
    elif draft.target_code:
        target = draft.target_code
    elif len(actors) > 1 and draft.symmetric:
        target = _home_code(actors[1], primaries, home, article, roles)  # "X and Y met": the pair itself
    else:
        target = None
    if _restricts_without_territory(entry.code, source):
        return None
    if source is None and target is None and all(a is not None and a.kind == "person" for a in actors + recipients):
        # only people no table knows and no role word places ("Maria Lopes met Jo Reyes"): private
        # individuals, whom CAMEO codes only through a role or a sector; with no coded side the record
        # says nothing of who did what to whom (PETRARCH drops it). An uncoded group ("the union") is kept:
        # its country or sector is known to PLOVER coders by the text, if not yet to us
        return None
    if _private(actors[0] if actors else None) and _private(
            recipients[0] if recipients else actors[1] if len(actors) > 1 and draft.symmetric else None):
        # two private people acting on each other ("Maria Lopes met Jo Reyes" in a story set in one country):
        # the story's country says where they are, not that the act is a political one; an act done to one
        # private person by the state ("Lopes was convicted", "police shot him") is kept
        return None
    sentence = draft.sentence
    place, place_source = event_place(article, sentence, draft.token, [a for a in actors + recipients if a],
                                      acting=[a for a in actors if a],
                                      force=entry.plover_event if entry.code[:2] in codebook.roots("force") else None)
    if draft.promised and entry.plover_event == "RETREAT":
        # CAMEO codes the consented yielding as the act (085 "agreed to lift the sanctions", issue 9); the PLOVER
        # manual files "the promise of future concessions such as easing of ... restrictions" and announced
        # withdrawals under CONCEDE, which has no modes
        entry = dataclasses.replace(entry, plover_event="CONCEDE", plover_mode=None)
    return Event(
        id=event_id, event=entry.plover_event, mode=entry.plover_mode, contexts=entry.plover_contexts,
        cameo=entry.code, goldstein=entry.goldstein, quad_class=entry.quad_class,
        actors=draft.actors, recipients=draft.recipients, source=source, target=target,
        date=_date(article, sentence, draft.token), place=place, place_source=place_source,
        sentence=sentence.span, trigger=sentence.token_span(draft.token), reported_by=draft.reported_by,
        negated=draft.negated, hypothetical=draft.hypothetical, pattern=draft.pattern,
    )
