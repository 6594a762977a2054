"""Event nouns: nouns such as "summit" or "sanctions" matched against `nominal_events.tsv`, with the
source and target their phrase names."""
from __future__ import annotations

import dataclasses
from typing import Any

from ...knowledge.argwords import ArgumentWords
from ...knowledge.cameo import Codebook
from ...knowledge.cues import Cues
from ...knowledge.verbs import Frame, VerbPattern, VerbPatterns
from ...records import Actor, Article, Sentence
from ..syntax import conjuncts, has_no, is_negated, is_passive, light_verb_object, passive_agents, prep_objects
from . import frames
from .clauses import subsumed
from .drafts import EventDraft
from .parties import actor_of_token, phrase_actors, subject_actors
from .senses import spoken_force, spoken_force_object
from .verb import STANCE_ROOTS, abroad, relative_makers, targets
from .verdicts import found_by_verdict

# Prepositions of acting on someone's request: "at the request of X", "per request of X", "upon the request of X".
_AT_REQUEST = frozenset({"at", "per", "upon", "on"})
# Stretches of time that measure an event noun ("three days of mourning", "a week of talks", "a minute of silence").
STRETCHES = frozenset({"minute", "moment", "hour", "day", "week", "month", "year", "period"})


def nominal_drafts(article: Article, sentence: Sentence, verbs: VerbPatterns,
                   matched: dict[int, tuple[Any, VerbPattern]], cues: Cues, codebook: Codebook,
                   argument: ArgumentWords = ArgumentWords()) -> list[EventDraft]:
    findings = argument.finding
    drafts = []
    for token in sentence.tokens():
        if token.pos_ != "NOUN" or token.dep_ == "compound" or token.lemma_.lower() not in verbs.by_noun:
            continue  # a noun no row of nominal_events.tsv names matches none, whatever its frame
        governor = token.head.head if token.dep_ == "pobj" else token.head
        governing = matched[governor.i][1] if governor.i in matched else None
        found = found_by_verdict(token, findings)  # "convicted of the murder of X": an act of its own (verdicts.py)
        # "a verbal assault on X", "a charm offensive": words or persuasion, not force (w21force)
        spoken = spoken_force(token, verbs)
        # the light verb's force row gave way to the noun (`senses.outside_class`): "launched a verbal assault on X"
        light_spoken = spoken is not None and governing is not None and spoken_force_object(governor, governing, verbs)
        if (governing is not None and governing.code is not None and governing.code[:2] != "01"
                and token.dep_ in ("dobj", "nsubjpass", "pobj", "attr")) and not found and not \
                own_suit(article, sentence, token, verbs) and not light_spoken:
            # "held talks", "imposed sanctions", "called for sanctions": the verb's event says it ("dismissed a suit
            # filed by X": a suit its plaintiff is named for is its plaintiff's own act, `own_suit`)
            continue
        if subsumed(token, matched, verbs, cues, through_noun=True) and not (
                found or own_suit(article, sentence, token, verbs) or _undergoes(token, matched) or light_spoken):
            continue  # "investigated for rioting during a summit": background to the coded act
        if _undone(token, verbs):
            continue  # "the dropping of charges": the undoing noun's event says what became of the act
        frame = frames.noun_frame(token)
        pattern = verbs.match_noun(frame)
        light = light_verb_object(token)
        filed = _filing(token, verbs)
        if token.dep_ != "dobj" or light is None:
            light = filed  # "a suit filed by Peru against Chile": the participle holds the suit's phrases
        if light is not None and (token.dep_ == "dobj" or light is filed) and (pattern is None or not pattern.prep):
            # "filed a lawsuit against X": the parser hangs the noun's preposition on the light verb; the row that
            # names it is the narrower one
            outer = frames.frame(light, light.lemma_.lower())
            merged = verbs.match_noun(Frame(frame.lemma, frame.preps | outer.preps, frame.clauses,
                                            {**outer.slots, **frame.slots}))
            if merged is not None and (pattern is None or merged.specificity > pattern.specificity):
                pattern = merged
        if pattern is None or pattern.code is None:
            continue
        if spoken is not None and pattern.code[:2] in codebook.roots("claimed"):
            if not spoken:
                continue  # "a charm offensive": no conflict
            # "launched an ad hominem attack against X", "her gun control offensive against X": criticism of X
            pattern = dataclasses.replace(pattern, code=spoken, verb=f"{pattern.verb} (in words)")
        preps = prep_objects(token)
        actors: list[str] = []
        for child in token.children:
            if child.dep_ == "poss" and actor_of_token(article, sentence, child) is None:
                # "the Senate committee's inquiry": the possessor's whole phrase names whose act it is, as a
                # subject's would (`phrase_actors`: the actor named inside a head no table knows)
                actors.extend(a for a in phrase_actors(article, sentence, child) if a not in actors)
            elif child.dep_ in ("poss", "compound", "amod", "nmod"):
                actor = actor_of_token(article, sentence, child) or _named_alone(article, sentence, child)
                if actor is not None and actor.id not in actors:
                    actors.append(actor.id)
        for prep in ("by", "from", "between", "among"):
            for obj in preps.get(prep, []):
                for actor_id in phrase_actors(article, sentence, obj):
                    if actor_id not in actors:
                        actors.append(actor_id)
        if filed is not None:
            # "a suit filed by Peru": the participle's agent brought it
            actors.extend(a for obj in passive_agents(filed) for a in phrase_actors(article, sentence, obj)
                          if a not in actors)
        asked: list[str] = []
        if pattern.prep == "of" and pattern.code[:2] == "02":
            # "the request of X": the "of" phrase makes the request
            actors = [a for o in preps.get("of", []) for a in phrase_actors(article, sentence, o) if a not in actors]
            if not actors:
                continue
        if pattern.code[:2] == "02" and actors and token.dep_ == "pobj" and token.head.lower_ in _AT_REQUEST \
                and token.head.head.pos_ in ("VERB", "AUX"):
            # after "at", "per", "upon" the clause's subject is the one who was asked and did it ("at the request
            # of X, Y dissolved parliament", "Y returned at X's request")
            asked = subject_actors(article, sentence, token.head.head)
        answering = answering_verb(token, verbs)
        if answering is not None and not actors:
            continue  # "she denied the allegations": whose they are is not said, and she makes none
        verb = light_verb_object(token) or stretch_verb(token)
        if not actors and verb is not None and is_passive(verb) and "partake" in verbs.roles(verb.lemma_.lower()):
            # "X was involved in the shelling of Y": the one involved takes part in the act, whoever involved it
            actors = [a for c in verb.children if c.dep_ == "nsubjpass" for a in phrase_actors(article, sentence, c)]
        if not actors and verb is not None and verb.lemma_.lower() not in argument.topic:
            # light verbs: "Italy announced a suspension of air links", "X held talks with Y": the subject does it;
            # not one who only talks of it ("failed to mention the attack", "discussed the bombing")
            actors = subject_actors(article, sentence, verb)
        recipients, target_code = targets(article, sentence, token, pattern.targets, False)
        holder = verb if verb is not None and token.dep_ == "dobj" else filed
        if not recipients and not target_code and holder is not None:
            # "filed a lawsuit against X", "a suit filed against X": the noun's preposition hung on the verb
            slots = tuple(t for t in pattern.targets if t not in ("dobj", "iobj", "ccomp", "xobj"))
            recipients, target_code = targets(article, sentence, holder, slots, False)
        if not recipients and not target_code and verb is not None and token.dep_ == "pobj":
            # "engaged Turkish troops in a firefight": the verb's object is the other party
            for obj in verb.children:
                if obj.dep_ == "dobj":
                    recipients = phrase_actors(article, sentence, obj)
            if not recipients and not pattern.prep:
                continue  # "represented a client in a negotiation": a circumstance, not an act with parties
        if not recipients and not target_code and pattern.code[:2] in STANCE_ROOTS:
            # "a lawsuit against the decree the president signed"; the phrase may hang on the light verb
            held = [preps] + ([prep_objects(verb)] if verb is not None and token.dep_ == "dobj" else [])
            recipients = relative_makers(article, sentence, [o for found in held for slot in pattern.targets
                                                             for o in found.get(slot, [])])
        if not recipients and not target_code and token.lemma_.lower() in verbs.members("&LAWSUIT"):
            # "a lawsuit challenging Peru's ban", "a suit accusing X of fraud": the suit's participle clause names
            # what, and so whom, it is brought against
            recipients = [a for clause in token.children if clause.dep_ == "acl" and clause.tag_ == "VBG"
                          for obj in _charged(clause) for a in phrase_actors(article, sentence, obj)]
        if not recipients and not target_code and filed is not None and "against" in pattern.targets:
            # w22missed: "a lawsuit filed by a former aide against X": the parser may hang "against" on the
            # agent; a person is brought no "against" phrase, the suit is
            recipients = [a for agent in passive_agents(filed) for obj in prep_objects(agent).get("against", [])
                          for a in phrase_actors(article, sentence, obj)]
        if not recipients and not target_code and answering is not None:
            recipients = subject_actors(article, sentence, answering)  # "she denied allegations from X": X accuses her
        recipients = [r for r in recipients or asked if r not in actors]
        if "party" in pattern.roles and not recipients and not target_code:
            continue  # "the case against intervention", "a petition against the mine": no party it is brought against
        if not recipients and not target_code and pattern.code[:2] in codebook.roots("force") | {"15"}:
            recipients, target_code = abroad(article, sentence, token, actors)
        drafts.append(EventDraft(token, sentence, pattern.code, pattern.text, tuple(actors), tuple(recipients),
                             target_code, negated=verb is not None and (
                                 is_negated(verb) or _declined(verb, verbs, argument)) or has_no(token),
                             symmetric="symmetric" in pattern.roles))
    return drafts


def _charged(clause: Any) -> list[Any]:
    """Whom a suit's participle clause charges: its object ("a suit accusing X of fraud", "challenging Peru's ban")
    or, w22missed, the subject of the that-clause it alleges ("a lawsuit alleging that the senator violated the
    law": CAMEO 115 against the one said to have broken it)."""
    found = [c for c in clause.children if c.dep_ == "dobj"]
    return found or [s for c in clause.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"]


def _filing(token: Any, verbs: VerbPatterns) -> Any | None:
    """The participle after a legal action (&LAWSUIT) that tells who brought it and against whom ("a suit filed by
    Peru against Chile", "the complaint lodged against X"): its "by" agent is the plaintiff and its preposition
    names the party, as a light verb's do ("Peru filed a suit against Chile"); None for other nouns."""
    if token.lemma_.lower() not in verbs.members("&LAWSUIT"):
        return None
    return next((c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)


def own_suit(article: Article, sentence: Sentence, token: Any, verbs: VerbPatterns) -> bool:
    """A legal action (&LAWSUIT) whose possessor, "by" phrase or participle's agent names who brought it ("ruled in
    favour of the Senate's lawsuit against X", "dismissed a suit filed by X against Y"): the suit is its plaintiff's
    act (CAMEO 115), not part of the act of the court that rules on it."""
    if token.lemma_.lower() not in verbs.members("&LAWSUIT"):
        return False
    filed = _filing(token, verbs)  # "rejected a suit filed by X", "a lawsuit by X was dismissed" (w18court)
    return any(c.dep_ == "poss" and phrase_actors(article, sentence, c) for c in token.children) or any(
        phrase_actors(article, sentence, a) for a in prep_objects(token).get("by", []) + (
            passive_agents(filed) if filed is not None else []))


def _named_alone(article: Article, sentence: Sentence, noun: Any) -> Actor | None:
    """A bare group noun compounded onto an event noun ("the police shooting of X", "an army raid"), which is no
    actor there, is the group the article names by that noun alone elsewhere ("police said ..."): one story's
    bare "police" is one force. The nearest such mention before it, else the first after; none, no one."""
    if noun.dep_ != "compound" or noun.pos_ != "NOUN" or any(noun.children):
        return None
    at = sentence.token_span(noun).start
    before: tuple[int, Actor] | None = None
    after: tuple[int, Actor] | None = None
    for actor in article.actors:
        for mention in actor.mentions:
            words = article.text[mention.span.start:mention.span.end].lower().split()
            if words[-1:] != [noun.lower_] or len(words) > 2 or (len(words) == 2 and words[0] != "the"):
                continue
            start = mention.span.start
            if start < at and (before is None or start > before[0]):
                before = (start, actor)
            elif start > at and (after is None or start < after[0]):
                after = (start, actor)
    found = before or after
    return found[1] if found is not None else None


def _undergoes(token: Any, matched: dict[int, tuple[Any, VerbPattern]]) -> bool:
    """Is the noun the subject of a verb by which it undergoes another's act ("Peru's invasion of Bolivia drew
    condemnation from Chile", role undergo)? Then its own act is no part of that act, but what it answers."""
    return token.dep_ == "nsubj" and token.head.i in matched and "undergo" in matched[token.head.i][1].roles


def answering_verb(token: Any, verbs: VerbPatterns) -> Any | None:
    """The verb by which its subject answers the allegation `token` ("denied allegations from X", "responded to
    X's accusations"): a row of role undergo and no code of its own says the subject is the one accused."""
    if token.dep_ not in ("dobj", "pobj"):
        return None
    verb = token.head.head if token.dep_ == "pobj" else token.head
    if verb.pos_ != "VERB":
        return None
    pattern = verbs.match(frames.frame(verb, verb.lemma_.lower()))
    return verb if pattern is not None and pattern.code is None and "undergo" in pattern.roles else None


def _undone(token: Any, verbs: VerbPatterns) -> bool:
    """Is the noun the "of" object of an event noun whose row names it ("the dropping of charges", "the lifting
    of sanctions"): an act undone or told by another noun, not done?"""
    if token.dep_ != "pobj" or token.head.lower_ != "of" or token.head.head.pos_ != "NOUN":
        return False
    outer = token.head.head
    pattern = verbs.match_noun(frames.frame(outer, outer.lemma_.lower()))
    return pattern is not None and pattern.code is not None and pattern.prep == "of" and bool(pattern.objects)


def stretch_verb(token: Any) -> Any | None:
    """ "declared three days of mourning for X": the verb whose object is a stretch of the event noun does it,
    as a light verb does its object's act."""
    measure = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    if measure is None or measure.lemma_.lower() not in STRETCHES:
        return None
    return light_verb_object(measure)


def deceased(article: Article, sentence: Sentence, act: Any, argument: ArgumentWords) -> str | None:
    """The one person whose death the article reports before `act` (in its sentence or an earlier one): the
    subject of "died" / "passed away" / "was killed" (the object of "killed X"), or the owner of "the death of X" / "X's demise". Mourning
    with no one named honours that person (CAMEO 051); two deaths, or none, name nobody. A death told by a name or
    a noun counts before one told by a pronoun ("His death was announced by his son Abhijit. He died at ..."): the
    pronoun's resolution may err, so pronouns decide only when no death is told otherwise."""
    found: set[str] = set()
    by_pronoun: set[str] = set()
    for earlier in article.sentences():
        if earlier.span.start > sentence.span.start:
            break
        for token in earlier.tokens():
            if earlier.span.start == sentence.span.start and token.i >= act.i:
                break
            for name in _dead(article, earlier, token, argument):
                actor = actor_of_token(article, earlier, name)
                if actor is not None and actor.kind == "person":
                    (by_pronoun if name.pos_ == "PRON" else found).add(actor.id)
                elif actor is None and name.pos_ == "PROPN":
                    found.add(f"?{earlier.span.start}:{name.i}")  # a name no table knows: a death all the same
    found = found or by_pronoun
    return next(iter(found)) if len(found) == 1 and not next(iter(found)).startswith("?") else None


def _dead(article: Article, sentence: Sentence, token: Any, argument: ArgumentWords) -> list[Any]:
    """The noun phrases `token` says died, one per conjunct: its subject for a verb of dying ("X died", "X passed
    away", with the particle), its passive subject or object for a verb of killing ("X was killed", "troops
    killed X"), its owner for a noun of death."""
    lemma = token.lemma_.lower()
    named: list[Any] = []
    if token.pos_ == "VERB" and not is_negated(token):
        phrasal = {lemma} | {f"{lemma} {c.lower_}" for c in token.children if c.dep_ in ("prt", "advmod")}
        if phrasal & argument.died:
            named = [c for c in token.children if c.dep_ == "nsubj"]
        elif lemma in argument.killed:
            # "X was killed", "troops killed X"
            named = [c for c in token.children if c.dep_ == ("nsubjpass" if is_passive(token) else "dobj")]
    elif token.pos_ == "NOUN" and lemma in argument.death:
        named = [c for c in token.children if c.dep_ == "poss"] + prep_objects(token).get("of", [])
    return [c for n in named for c in conjuncts(n)]



def _declined(verb: Any, verbs: VerbPatterns, argument: ArgumentWords) -> bool:
    """Is the light verb of an event noun the to-infinitive of a word that says it was not done: a verb row with
    the "negate" role ("declined to affirm his support for X") or a word of refusal (argument_words.tsv's
    "refusal": "refused to", "his unwillingness to affirm his support")? The noun's act was not done either."""
    head = verb.head
    if verb.dep_ not in ("xcomp", "acl") or head.i == verb.i:
        return False
    lemma = head.lemma_.lower()
    return "negate" in verbs.roles(lemma) or lemma in argument.refusal
