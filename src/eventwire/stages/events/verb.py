"""A verb: its lemma and the most specific pattern that fits its frame, its source (subject, "by" agent,
"from" origin), its targets (an actor where the pattern says, else the country of a place), the legal source,
an act held abroad, and several parties of one act."""
from __future__ import annotations

import dataclasses
from typing import Any

from ...knowledge.cameo import Codebook
from ...knowledge.evaluative import EvaluativeWords
from ...knowledge.legal import LegalActs
from ...knowledge.verbs import Phrase, VerbPattern, VerbPatterns
from ...records import Article, Sentence, coded_country_sector
from .. import sides
from ..syntax import (SUBJECT_DEPS, conjuncts, controlled_subject, for_clause, governing_subjects, is_passive,
                      locative_objects,
                      object_relative_subject, objects_of, passive_participle_clause, prep_objects, reduced_relative,
                      shared_objects, undergoer_holder)
from .drafts import EventDraft
from .frames import frame, is_infinitive_complement, phrase_of, that_clauses
from .parties import (actor_of_token, losers, named_pair, np_part_actor, pair_phrase, phrase_actors,
                      phrase_place_country, subject_actors, takes_from)
from .record import actor_code
from .verdicts import is_court


def verb_lemma(token: Any, verbs: VerbPatterns) -> str | None:
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


# Prepositions that give the reason for an act of words ("came under fire over his remarks", "for saying"), on the
# verb or its object: an idiom that also tells force (role reason) is words only with one.
_REASONS = frozenset({"for", "over"})
# Prepositions whose gerund gives the issue an act of words is about ("attacked X on raising taxes", "hit him over
# dodging the debate"): one strikes no one "on" an act, so the gerund is a reason, as "for"/"over" are (w20speech).
_ISSUES = frozenset({"on", "about", "over", "for"})


def _gerund_reason(token: Any) -> bool:
    """Does a preposition of the verb take a gerund ("attacked the governor on raising taxes")? A place or time
    ("on the border", "on Monday") is a noun, never a gerund."""
    return any(c.dep_ == "prep" and c.lower_ in _ISSUES and any(
        o.dep_ in ("pcomp", "pobj") and o.tag_ == "VBG" for o in c.children) for c in token.children)


def match(article: Article, sentence: Sentence, token: Any, verbs: VerbPatterns, lemma: str) -> VerbPattern | None:
    """The most specific row that fits the verb's frame and, for a row with the "party" role, whose act has
    a party where its target is ("received the delegation" is hosting a visit, CAMEO 043; "received 3
    percent of the vote", "hosted a programme", "continued touring" have no visitor, host or place)."""
    found = frame(token, lemma)
    told = _told_by_object(token, verbs)
    if told:
        # "announced the lifting of the curfew": the object noun says what became of its "of" noun (an act
        # undone), so the verb's object is the lifting, not the curfew as in "700 kg of medicine"
        found = dataclasses.replace(found, slots={**found.slots, "dobj": tuple(
            p for p in found.slots.get("dobj", ()) if p not in told)})
    return verbs.match(found, accept=lambda pattern: ("party" not in pattern.roles
                                                      or _has_party(article, sentence, token, pattern, verbs))
                       and ("feeling" not in pattern.roles or is_passive(token))
                       and ("reason" not in pattern.roles or bool((found.preps | found.slots.keys()) & _REASONS)
                                                          or _gerund_reason(token)))


def _told_by_object(token: Any, verbs: VerbPatterns) -> set[Phrase]:
    """The "of" nouns of the verb's objects whose event-noun row names them ("the dropping of charges", the
    lifting of sanctions": nominal_events.tsv rows with "of" and an object), as the frame reads them."""
    told: set[Phrase] = set()
    for child in token.children:
        if child.dep_ != "dobj" or child.lemma_.lower() not in verbs.by_noun:
            continue
        pattern = verbs.match_noun(frame(child, child.lemma_.lower()))
        if pattern is not None and pattern.code is not None and pattern.prep == "of" and pattern.objects:
            told.update(phrase_of(o) for o in objects_of(child, ("of",)))
    return told


# Personal pronouns that stand for a party ("received him", "hosted them").
_PERSONAL = frozenset({"him", "her", "them", "us", "me", "you", "himself", "herself", "themselves"})
# Their subject forms, a party as the subject of a passive ("he was released", "they were received").
_PERSONAL_SUBJECT = frozenset({"he", "she", "they", "we", "i", "you"})
# Named-entity types of a party or a place, as spaCy's English models label them.
_PARTY_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


def _has_party(article: Article, sentence: Sentence, token: Any, pattern: VerbPattern, verbs: VerbPatterns
               ) -> bool:
    """Does the first of the row's target slots that holds anything hold a party: an actor, a named person,
    group or place, a personal pronoun, or a place the places stage found? For a visit or its hosting (CAMEO
    04, consult), an act noun that is no actor itself ("welcomed the US withdrawal", "welcomed the
    Israeli-Palestinian talks") names an act, not a visitor or a host, whoever its phrase says it is of."""
    preps = prep_objects(token)
    reduced = False  # the object is the noun a reduced passive relative modifies
    for slot in pattern.targets:
        if slot in ("dobj", "iobj"):
            dep = "dobj" if slot == "dobj" else "dative"
            if slot == "dobj" and is_passive(token):
                dep = "nsubjpass"  # "the envoy was received by X": the passive subject is the object's party
            nouns = [n for c in token.children if c.dep_ == dep for n in conjuncts(c)]
            if slot == "dobj" and not nouns and reduced_relative(token) is not None:
                # a reduced passive relative ("the prisoners released by X", "data released by the navy"):
                # the noun the participle modifies is its object; the "by" agent its phrase holds is the
                # doer, never the party acted on ("a statement released by the court" releases no one)
                nouns, reduced = conjuncts(reduced_relative(token)), True
        elif slot == "ccomp":  # "proposed that Ruritania withdraw": the clause's subject is the one appealed to
            nouns = [n for clause in that_clauses(token)
                     for c in clause.children if c.dep_ in SUBJECT_DEPS for n in conjuncts(c)]
        elif slot == "xobj":  # "refused to meet Peru": the objects of the to-infinitive, as `targets` reads them
            nouns = [n for clause in token.children if is_infinitive_complement(token, clause)
                     for c in clause.children if c.dep_ == "dobj" for n in conjuncts(c)]
            nouns += [o for clause in token.children if is_infinitive_complement(token, clause)
                      for objects in prep_objects(clause).values() for o in objects]
        else:
            nouns = list(preps.get(slot, []))
        if not nouns:
            continue
        return any(party_noun(article, sentence, n, own=reduced)
                   and not (pattern.code[:2] == _CONSULT and _act_noun(article, sentence, n, verbs))
                   or pattern.code[:2] in _STANCES and _whose(article, sentence, n)
                   or pattern.code == APOLOGY and bool(wronged(article, sentence, [n])) for n in nouns)
    return False


# CAMEO root 04, consult: visits, their hosting, meetings.
_CONSULT = "04"


def _act_noun(article: Article, sentence: Sentence, noun: Any, verbs: VerbPatterns) -> bool:
    """An event noun that names no actor itself ("the withdrawal", "the talks"; not "the delegation"), nor a
    visit, whose phrase names the visitor ("received a visit from X")."""
    rows = verbs.by_noun.get(noun.lemma_.lower(), ())
    return bool(rows) and actor_of_token(article, sentence, noun) is None and not any(
        p.code is not None and p.code.startswith(_CONSULT) and "symmetric" not in p.roles for p in rows)


def party_noun(article: Article, sentence: Sentence, noun: Any, own: bool = False) -> bool:
    """Is the noun a party: an actor, a named person, group or place, a personal pronoun, or a place the places
    stage found? The place must be the noun itself ("toured Ruritania"), not one named in its phrase ("received
    a call about the attack at the Hall in Zenda"). `own`: the noun or a word before it is the actor ("the
    Peruvian hostages"), not a thing whose phrase names one after it ("benefits from their government", "a notice
    from the ministry", "a statement released by the court": whose it is)."""
    named = any(actor_of_token(article, sentence, t) is not None for t in (noun, *noun.lefts)) if own \
        else bool(phrase_actors(article, sentence, noun))
    return named or noun.ent_type_ in _PARTY_ENTITIES \
        or noun.lower_ in _PERSONAL or (noun.dep_ == "nsubjpass" and noun.lower_ in _PERSONAL_SUBJECT) \
        or _names_place(article, sentence, noun)


# CAMEO 05 (support, praise, defend) and 12 (reject, oppose): a stance on a party or on a party's own act or
# policy ("opposed talks with Ruritania", "backed the plan of the Freedonian government"); PETRARCH's SUPPORT and
# OPPOSE blocks code the actor the thing is of.
_STANCES = frozenset({"05", "12"})
# Closed-class grammar: prepositions that say whose an act or a policy is, or with whom it is held.
_WHOSE = frozenset({"of", "with", "by", "between"})


def _whose(article: Article, sentence: Sentence, noun: Any) -> bool:
    """Does a prepositional phrase of the noun name an actor ("talks with Ruritania", "the plan of Peru")?"""
    return any(phrase_actors(article, sentence, o) for o in objects_of(noun, _WHOSE))


# CAMEO 055 "apologize": made to the one wronged, whom what the apology is for names ("sorry for the raid on X",
# "apologised for the harm its troops caused to X"): the object of such a preposition anywhere in that phrase.
APOLOGY = "055"
_WRONGED = frozenset({"on", "against", "to"})


def wronged(article: Article, sentence: Sentence, nouns: list[Any]) -> list[str]:
    """The actors wronged by the acts the nouns name: the objects of "on", "against", "to" in their phrases."""
    found = [a for noun in nouns for prep in noun.subtree if prep.dep_ == "prep" and prep.lower_ in _WRONGED
             for o in prep.children if o.dep_ == "pobj" for a in phrase_actors(article, sentence, o)]
    return list(dict.fromkeys(found))


def _names_place(article: Article, sentence: Sentence, token: Any) -> bool:
    return bool(article.overlapping("places", sentence.token_span(token)))


# Closed-class grammar: the prepositions of the place an act happens at ("met in Lima", "talks at the Hall").
_LOCATIVE = frozenset({"in", "at"})


def targets(article: Article, sentence: Sentence, token: Any, slots: tuple[str, ...],
            passive: bool) -> tuple[list[str], str | None]:
    """Recipient actor ids, or failing that a place's country, from the slots a pattern names, in order."""
    preps = prep_objects(token)
    uncoded: list[str] = []
    for position, slot in enumerate(slots):
        heads = _slot_heads(token, slot, passive, preps)
        if slot not in _CORE_SLOTS:
            gapped = _gapped_objects(article, sentence, token, slot)
            if gapped:
                return gapped, None
        for head in heads:
            found = phrase_actors(article, sentence, _apposed(article, sentence, head))
            if position and slot in _LOCATIVE and _adjective_only(article, sentence, head, found):
                # "met them at an Irish pub": a place slot after the party slots ("with,dobj,in,at") names where
                # the act was, and a place that is no party names no one met by its adjective; a first slot is
                # the target itself ("returned fire at Ruritanian positions")
                continue
            if found and any(actor_code(article.actor(a)) for a in found):
                return found, None
            # an actor with no code at all ("the leader of the Douzu community") says nothing of whom: a
            # later slot that names a coded one is the better target ("appealed for peace in X in a message
            # to ..."); failing one, it stays the target
            uncoded = uncoded or found
        country = phrase_place_country(article, sentence, heads)
        if country:
            return [], country
    return uncoded, None


# The target slots that are no preposition's object (verb_patterns.tsv's "target" column).
_CORE_SLOTS = frozenset({"dobj", "iobj", "ccomp", "xobj", "xsubj"})


def _slot_heads(token: Any, slot: str, passive: bool, preps: dict[str, list[Any]]) -> list[Any]:
    """The nouns in one target slot of a pattern (`targets`): the object (a passive's subject), the indirect
    object, the subject of the that-clause, the objects of the to-infinitive, or a preposition's objects."""
    heads: list[Any] = []
    if slot == "dobj":
        deps = ("nsubjpass",) if passive else ("dobj",)
        heads = [c for c in token.children if c.dep_ in deps] or ([] if passive else shared_objects(token)) or (
            # the predicate noun the frame reads as the object ("became a member of NATO": the member's body)
            [] if passive else [c for c in token.children if c.dep_ == "attr" and c.pos_ == "NOUN"])
    elif slot == "iobj":
        heads = [c for c in token.children if c.dep_ == "dative" and c.pos_ != "ADP"]
    elif slot == "ccomp":
        for clause in that_clauses(token):
            heads = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
    elif slot == "xsubj":  # "set a deadline for the miners to leave": whom the for-clause is said of
        clause = for_clause(token)
        heads = conjuncts(clause[1]) if clause is not None else []
    elif slot == "xobj":
        for clause in token.children:
            if is_infinitive_complement(token, clause):
                heads = [c for c in clause.children if c.dep_ == "dobj"]
                for objects in prep_objects(clause).values():
                    heads.extend(objects)
    else:
        heads = preps.get(slot, [])
    return heads


def _adjective_only(article: Article, sentence: Sentence, head: Any, found: list[str]) -> bool:
    """Are the only actors of a common noun those its adjectives name ("an Irish pub", "a Chinese hotel")?"""
    if not found or head.pos_ != "NOUN" or actor_of_token(article, sentence, head) is not None:
        return False
    named = {actor.id for c in head.children if c.dep_ == "amod"
             for actor in [actor_of_token(article, sentence, c)] if actor is not None}
    return set(found) <= named


def _gapped_objects(article: Article, sentence: Sentence, token: Any, prep: str) -> list[str]:
    """ "met with the IMF, then with President Trump": the verb governs the same preposition twice, a
    coordination with the verb left out the second time (gapping); each phrase names a party of the one act.
    Empty unless there are two such phrases and one names a coded actor."""
    repeated = [c for c in token.children if c.dep_ == "prep" and c.lemma_.lower() == prep]
    if len(repeated) < 2:
        return []
    found: list[str] = []
    for child in repeated:
        for obj in child.children:
            if obj.dep_ == "pobj":
                found.extend(a for a in phrase_actors(article, sentence, _apposed(article, sentence, obj))
                             if a not in found)
    return found if any(actor_code(article.actor(a)) for a in found) else []


def _object_noun_partners(article: Article, sentence: Sentence, token: Any, verbs: VerbPatterns) -> list[str]:
    """ "attended a summit with President of France Emmanuel Macron": a verb whose object is an event noun
    (nominal_events.tsv) and names no target of its own takes the actors of the noun's own target phrases
    ("a summit with X"), not the country of a place inside a name there ("of France"). Actors only: a place
    after the noun ("a summit in Lima") says where, not with whom."""
    for child in token.children:
        if child.dep_ != "dobj" or child.lemma_.lower() not in verbs.by_noun:
            continue
        slots = tuple(dict.fromkeys(slot for pattern in verbs.by_noun[child.lemma_.lower()] for slot in pattern.targets
                                    if slot not in ("dobj", "iobj", "ccomp", "xobj")))
        found, _ = targets(article, sentence, child, slots, False)
        if found:
            return found
    return []


def _apposed(article: Article, sentence: Sentence, head: Any) -> Any:
    """ "endorsed his former rival, Joe Biden": a common noun that is no actor and names a relation to its
    possessor ("his rival", "the party's candidate"), with an apposition that names an actor, stands for that
    one, not for the possessor. Without a possessor the noun's own phrase says more ("a Saudi teenager")."""
    if head.pos_ != "NOUN" or not any(c.dep_ == "poss" for c in head.children) or actor_of_token(
            article, sentence, head) is not None:
        return head
    return next((c for c in head.children if c.dep_ == "appos" and actor_of_token(article, sentence, c) is not None),
                head)


def _passive_source(article: Article, sentence: Sentence, token: Any, verbs: VerbPatterns
                    ) -> tuple[list[str], str | None]:
    """A passive without "by": "fired at Israel from Gaza" (the origin: an actor, else the country of the
    place), "killed in Israeli shelling", "killed in a strike by government forces" (the one whose attack
    it was)."""
    preps = prep_objects(token)
    origins = [] if takes_from(token) else preps.get("from", [])  # "seized from X": X lost it (`parties.losers`)
    for obj in origins:
        found = phrase_actors(article, sentence, obj)
        if found:
            return found, None
    for prep in ("in", "during"):
        for obj in preps.get(prep, []):
            for by in obj.children:
                if by.dep_ == "prep" and by.lower_ == "by":
                    for agent in by.children:
                        found = phrase_actors(article, sentence, agent) if agent.dep_ == "pobj" else []
                        if found:
                            return found, None
            if verbs.act_noun(obj.lemma_.lower()) or _misread_compound_event(obj, verbs):
                for child in obj.children:
                    if child.dep_ in ("poss", "compound", "amod", "nmod"):
                        actor = actor_of_token(article, sentence, child) or np_part_actor(article, sentence, child)
                        if actor is not None:
                            return [actor.id], None
    return [], phrase_place_country(article, sentence, origins)


def _misread_compound_event(noun: Any, verbs: VerbPatterns) -> bool:
    """ "killed in Israeli tank shelling": en_core_web_sm reads the event noun after a noun as a verb
    ("shelling" a VBG clause), leaving "tank" the object; the event noun right after it says it is an attack."""
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return (following is not None and following.tag_ == "VBG" and following.dep_ in ("advcl", "acl")
            and verbs.act_noun(following.lower_))


def verb_draft(article: Article, sentence: Sentence, token: Any, pattern: VerbPattern,
               verbs: VerbPatterns, codebook: Codebook) -> EventDraft:
    passive = is_passive(token)
    if passive and "feeling" in pattern.roles:
        # "Chile was angered by X": the passive subject feels; the "by" agent is what the feeling is about, a
        # target slot of the row
        actors = [a for c in token.children if c.dep_ == "nsubjpass" for a in phrase_actors(article, sentence, c)]
    else:
        actors = subject_actors(article, sentence, token)
    source_code: str | None = None
    if passive and not actors:
        actors, source_code = _passive_source(article, sentence, token, verbs)
    if passive and not actors and not source_code and "symmetric" in pattern.roles:
        # "talks between X and Y were held in Quito", "a treaty was signed between X and Y": the act's noun or
        # the verb names its parties, who act on each other (`prep_objects` reads both)
        actors = list(dict.fromkeys(a for prep in ("between", "among") for obj in prep_objects(token).get(prep, [])
                                    for a in phrase_actors(article, sentence, obj)))
    recipients, target_code = targets(article, sentence, token, pattern.targets, passive)
    if "undergo" in pattern.roles and not passive:
        # "X drew criticism from Y": the subject undergoes the act; the target slot's party does it
        actors, recipients, source_code, target_code = recipients, actors, target_code, None
    if not recipients and not passive:
        recipients = _object_noun_partners(article, sentence, token, verbs) or recipients
        target_code = None if recipients else target_code
    if not recipients and not target_code and pattern.code == APOLOGY:
        recipients = wronged(article, sentence, prep_objects(token).get("for", []))  # "sorry for the raid on X"
    if not recipients and not target_code and "intent" in pattern.roles and "xobj" not in pattern.targets:
        # "vowed to retaliate against Peru": what is intended is the infinitive's act, and so is whom it is on
        recipients, target_code = targets(article, sentence, token, ("xobj",), passive)
    if passive and not actors and not source_code and (recipients or target_code) and not any(
            c.dep_ == "nsubjpass" and phrase_actors(article, sentence, c) == recipients for c in token.children):
        # adjectival passive: "Israel is opposed to the plan", "X is committed to Y": the subject acts
        for child in token.children:
            if child.dep_ == "nsubjpass":
                actors = phrase_actors(article, sentence, child)
    if passive and not recipients and not target_code:
        # "the building was demolished": the passive subject is the one acted upon whatever the slot
        for child in undergoer_holder(token).children:
            if child.dep_ == "nsubjpass":
                recipients = phrase_actors(article, sentence, child)
        noun = reduced_relative(token)
        if not recipients and noun is not None:
            # "Vell, a nurse kidnapped by rebels in 1996": the noun a reduced relative modifies undergoes the act;
            # an apposition's noun stands for the name it is apposed to. Only a noun that names an actor itself:
            # "her town hall, hosted by X" is a thing, its owner no undergoer
            if noun.dep_ == "appos" and not actor_of_token(article, sentence, noun):
                noun = noun.head
            recipients = phrase_actors(article, sentence, noun) if actor_of_token(article, sentence, noun) else []
        if not recipients and passive_participle_clause(token):
            recipients = subject_actors(article, sentence, token.head)  # "Rebuked by X, Y withdrew"
        if not recipients and actors and token.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in token.children):
            # "Peru is under sanctions and was condemned by Chile": a passive conjunct with no subject of its own
            # shares the first verb's, which is the one acted upon
            recipients = [a for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")
                          for a in phrase_actors(article, sentence, c)]
    if not recipients and not target_code and not passive:
        # "An attack by X on Y killed ten": an event noun as the subject says whom its act was on
        recipients = _noun_subject_targets(article, sentence, token)
    controlled = controlled_subject(token) if actors and not (recipients or target_code or passive) and (
        "dobj" in pattern.targets) and not any(c.dep_ == "dobj" for c in token.children) else None
    if controlled is not None:
        # "allowed Peru to open a consulate", read as a clause with its own subject: the one allowed is the
        # object. Only for a doer the text names: "the rules allow passengers to ..." is no act of anyone's
        recipients = phrase_actors(article, sentence, controlled)
    assert pattern.code is not None
    if not recipients and not target_code and not passive and pattern.code[:2] in STANCE_ROOTS:
        recipients = relative_makers(article, sentence, [c for c in token.children if c.dep_ == "dobj"]
                                     or shared_objects(token))
    if not recipients and (not target_code or len(target_code) == 3) and (
            pattern.code[:2] in STANCE_ROOTS | codebook.roots("force")):
        # "condemned the protests (in Lima)": those who take part, of the place the phrase names
        target_code = protest_participants(article, sentence, token, pattern, verbs, passive) or target_code
    if not recipients and not target_code and pattern.code[:2] == _APPEAL:
        recipients = _whose_act(article, sentence, token)
    if not recipients and not target_code:
        recipients = losers(article, sentence, token)  # "recaptured the town from the rebels"
    recipients = [r for r in recipients if r not in actors]
    if not recipients and not target_code and pattern.code[:2] == _YIELD:
        # "withdrew the nominee in response to a statement from the king": a concession is made to whoever
        # demanded it (PLOVER CONCEDE, CAMEO 08 "yield"), when the act names nobody it is done to
        recipients = [r for r in _responded_to(article, sentence, token) if r not in actors]
    if not recipients and not target_code and pattern.code[:2] in codebook.roots("force") | {"15"}:
        recipients, target_code = abroad(article, sentence, token, actors)
    return EventDraft(token, sentence, pattern.code, pattern.text, tuple(actors), tuple(recipients), target_code,
                  source_code=None if actors else source_code, symmetric="symmetric" in pattern.roles)


# CAMEO's verbal stances, 05 (support, praise), 11 (disapprove) and 12 (reject): a stance on a thing is a stance on
# whoever made or holds it, as for its owner ("rejected the opposition's plan", `_STANCES`); and a stance towards a
# class or told as an attitude is no act (`sentence._stance`).
STANCE_ROOTS = frozenset({"05", "11", "12"})


def relative_makers(article: Article, sentence: Sentence, judged: list[Any]) -> list[str]:
    """ "rejected the plan the opposition proposed", "a lawsuit against the decree the president signed": a
    judged thing that names no actor takes the subject of its object relative clause, its maker."""
    for obj in judged:
        if actor_of_token(article, sentence, obj) is not None:
            continue
        maker = object_relative_subject(obj)
        if maker is not None:
            return phrase_actors(article, sentence, maker)
    return []


# The noun class of protests (verb_patterns.tsv's &PROTESTNOUN: "protest", "demonstration", "rally", "strike"
# ...), collective acts of CAMEO root 14, PROTEST: "civilian demonstrations and other collective actions carried
# out as protests" (PLOVER's PROTEST, "dissent by civilians"). Who takes part in one no one is named for:
# civilians, as agents.tsv codes protesters and demonstrators.
_PROTEST_NOUNS = "&PROTESTNOUN"
_PROTESTERS = "CVL"


def protest_participants(article: Article, sentence: Sentence, token: Any, pattern: VerbPattern,
                         verbs: VerbPatterns, passive: bool) -> str | None:
    """The target code of a stance on, or force against, a protest that names none of its parties ("condemned
    the protests", "voiced support for the strikes in Lima", "police broke up the rally"): the act is towards
    those who take part in it, as a rejection of a proposal is towards the proposer. They are civilians of the
    place the noun's phrase names, else of the story's country (`sides.home_country`, as for any side named with
    no country). None when the first slot of the pattern that holds anything holds no protest, when the phrase
    names a party ("protests by farmers": `phrase_actors` reads those), or when no country is known. Not a
    strike "on" someone, nor one a noun before it says is of weapons ("air strikes", "drone strikes"): an
    attack, whose target is the one struck."""
    preps = prep_objects(token)
    members = verbs.members(_PROTEST_NOUNS)
    for slot in pattern.targets:
        heads = _slot_heads(token, slot, passive, preps)
        if not heads:
            continue
        protests = [noun for head in heads for noun in conjuncts(head) if noun.lemma_.lower() in members]
        if not protests or any(phrase_actors(article, sentence, noun) or _attack_like(noun) for noun in protests):
            return None
        home = sides.home_country(article, [], phrase_place_country(article, sentence, protests))
        return home + _PROTESTERS if home else None
    return None


def _attack_like(noun: Any) -> bool:
    """A protest noun used of an attack: one "on" someone, or with a noun compounded before it ("air strikes")."""
    return any(c.dep_ == "compound" or c.dep_ == "prep" and c.lower_ == "on" for c in noun.children)


# CAMEO root 02 "appeal": a call for an act is made to whoever is to do it.
_APPEAL = "02"


def _whose_act(article: Article, sentence: Sentence, token: Any) -> list[str]:
    """ "called for the government's resignation", "appealed for the release of the envoy by the rebels": an
    appeal for an act that names whose act it is (its possessor, or its "by" agent) is made to that one (as
    PETRARCH CALL (FOR RESIGNATION) codes the first actor after the verb). Not an "of" object, which is as
    often the one the act is done to ("the release of the envoy") as the one doing it."""
    for act in objects_of(token, ("for",)):
        for owner in [c for c in act.children if c.dep_ == "poss"] + objects_of(act, ("by",)):
            found = phrase_actors(article, sentence, owner)
            if found:
                return found
    return []


# CAMEO root 08 "yield": concessions, made to a party's demand.
_YIELD = "08"
# "in response to", "in reply to", "in answer to": the phrase that names what an act answers.
_RESPONSE_NOUNS = frozenset({"response", "reply", "answer"})


def _responded_to(article: Article, sentence: Sentence, token: Any) -> list[str]:
    """The party whose demand, statement or call an act answers: "in response to a statement from X", "in
    response to demands by X", "in response to X's request", "in response to X"."""
    answered = [what for noun in objects_of(token, ("in",)) if noun.lemma_.lower() in _RESPONSE_NOUNS
                for what in objects_of(noun, ("to",))]
    for what in answered:
        makers = objects_of(what, ("from", "by", "of")) + [c for c in what.children if c.dep_ == "poss"]
        for maker in makers or [what]:
            found = phrase_actors(article, sentence, _apposed(article, sentence, maker))
            if found:
                return found
    return []


def legal_source(article: Article, draft: EventDraft, acts: LegalActs) -> EventDraft:
    """A passive legal act with no source ("Ana Vale was convicted"): the state's court or police
    (`sides.legal_source`)."""
    if draft.actors or draft.source_code:
        return draft
    if not draft.recipients and sides.legal_sector(draft.token, acts):
        told_of = sides.told_in_passing(draft.token)  # "X, who was convicted of fraud": X is the one convicted
        if told_of is not None:
            draft = dataclasses.replace(draft, recipients=tuple(phrase_actors(article, draft.sentence, told_of)))
    where = locative_objects(draft.token)  # "in Ruritania": a country named, else a place's country
    if not where and passive_participle_clause(draft.token):
        where = locative_objects(draft.token.head)  # "X appeared in a Chilean court, charged with murder"
    named = [a for a in (actor_of_token(article, draft.sentence, n) for n in where) if a is not None]
    body = next((a for a in named if a.kind != "country" and a.kind != "person" and a.code), None)
    if body is not None and sides.legal_sector(draft.token, acts):
        return dataclasses.replace(draft, actors=(body.id,))  # "acquitted in the Senate": the body named acts
    named = [a for a in named if a.kind == "country"]
    place = named[0].country if named else phrase_place_country(article, draft.sentence, where) \
        or _holder_country(article, draft)
    code = sides.legal_source(article, draft.token, [article.actor(r) for r in draft.recipients], place, acts)
    return dataclasses.replace(draft, source_code=code) if code else draft


def _holder_country(article: Article, draft: EventDraft) -> str | None:
    """The country of the state that acts on one a legal act is told of in passing: "Valdoria freed the mayor,
    a Tessan activist jailed a year ago", "Chile deported Bo Tuck, arrested last week": a state that frees,
    deports or hands over someone is the one that held them, whatever the person's own country."""
    told_of = sides.told_in_passing(draft.token)
    while told_of is not None and told_of.dep_ == "appos":
        told_of = told_of.head
    if told_of is None or told_of.dep_ != "dobj" or told_of.head.pos_ != "VERB":
        return None
    doers = [article.actor(a) for a in subject_actors(article, draft.sentence, told_of.head)]
    return next((a.country for a in doers if a is not None and a.country and a.kind in ("country", "group",
                                                                                         "organisation")), None)


# The codes of blame, whose target an act of state names by its maker (`sides.judged_act`). Not praise (051):
# "supported the amendment", "backs the policy" take sides in a debate more often than they praise the maker.
_JUDGING = frozenset({"111", "112"})
# A court's finding against an act (116) or its setting one aside (120, "struck down the law", "blocked the
# decree"): the act's maker is the party ruled against, as it is the party blamed (w18court).
_RULING = frozenset({"116", "120"})


def maker_target(article: Article, draft: EventDraft, words: EvaluativeWords) -> EventDraft:
    """Blame of an act of state with no target ("slammed the bill", "criticised the law passed by the
    Senate"): its maker, the "by" agent the text gives it, else the story's own institution (`sides.py`)."""
    ruling = draft.code in _RULING and any(is_court(article.actor(a)) for a in draft.actors)
    if draft.recipients or (draft.target_code and len(draft.target_code) != 3) or (
            draft.code not in _JUDGING and not ruling):
        return draft
    found = sides.judged_act(draft.token, words)
    if found is None:
        return draft
    noun, sector = found
    for agent in sides.act_makers(noun):
        makers = [a for a in phrase_actors(article, draft.sentence, agent) if a not in draft.actors]
        if makers:
            return dataclasses.replace(draft, recipients=tuple(makers), target_code=None)
    if draft.target_code:  # "slammed the bill in Ruritania": that country's maker
        return dataclasses.replace(draft, target_code=draft.target_code + sector)
    code = sides.maker_code(article, sector)
    return dataclasses.replace(draft, target_code=code) if code else draft


# Closed-class grammar: determiners of a noun that refers back to something the text has told ("the attack").
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def story_act_target(article: Article, drafts: list[EventDraft], verbs: VerbPatterns,
                     codebook: Codebook) -> list[EventDraft]:
    """Blame or praise (CAMEO 05, 11) of a violent act the sentence names only by a definite noun, with no target
    ("the German government condemned the attack", "the bombing was condemned by X", "spoke out against the
    attack"): the noun refers back to the act the story is about, and the target is its doer, as for a phrase
    that names one ("condemned the attack by X"). The act the story is about is its first act of violence
    (CAMEO 18-20, `codebook.roots("claimed")`) with a named doer, told in an earlier sentence: a news story
    tells its main act first, and later acts of violence it tells are background or other parties' responses.
    None when the story tells no such act, or the doer is the one who judges."""
    violent = codebook.roots("claimed")
    told = sorted((d for d in drafts if d.code[:2] in violent and d.actors and not d.negated
                   and not d.hypothetical), key=lambda d: d.sentence.token_span(d.token).start)
    if not told:
        return drafts
    first = told[0]
    result = []
    for draft in drafts:
        if draft.code[:2] in _JUDGED_ROOTS and not draft.recipients and not draft.target_code \
                and first.sentence.span.end <= draft.sentence.span.start \
                and not set(first.actors) & set(draft.actors) and _told_violence(draft.token, verbs, violent):
            draft = dataclasses.replace(draft, recipients=first.actors)
        result.append(draft)
    return result


# The verbal stances whose target `story_act_target` may find: praise (05) and disapproval (11).
_JUDGED_ROOTS = frozenset({"05", "11"})


def _told_violence(token: Any, verbs: VerbPatterns, violent: frozenset[str]) -> bool:
    """Is what the verb judges a definite noun of violence that names no party of its own ("the attack", "these
    bombings"; not "an attack", "the attack by X", "Peru's attack"): the verb's object, passive subject or
    prepositional object, a noun with a row of violence in nominal_events.tsv."""
    nouns = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    nouns += [o for c in token.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return any(any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children)
               and not any(c.dep_ in _OWN_PARTS for c in noun.children)
               and any(row.code is not None and row.code[:2] in violent
                       for row in verbs.by_noun.get(noun.lemma_.lower(), ()))
               for noun in nouns)


# The parts of a noun phrase that may name whose act it is or which one: "Peru's attack", "the attack on X", "the
# Taliban attack", "the attack carried out by X".
_OWN_PARTS = frozenset({"poss", "prep", "compound", "acl"})


def _noun_subject_targets(article: Article, sentence: Sentence, token: Any) -> list[str]:
    """The "on"/"against" object of a common-noun subject of the verb ("an attack by X on Y killed ten")."""
    for subject in token.children:
        if subject.dep_ == "nsubj" and subject.pos_ == "NOUN" and actor_of_token(article, sentence, subject) is None:
            preps = prep_objects(subject)
            for prep in ("on", "against"):
                for obj in preps.get(prep, []):
                    found = phrase_actors(article, sentence, obj)
                    if found:
                        return found
    return []


def abroad(article: Article, sentence: Sentence, token: Any, actors: list[str]) -> tuple[list[str], str | None]:
    """A force event held in another country targets that country ("held naval exercises off the coast of
    Ruritania", "shelled villages in Sylvania"): the first place named where it happens whose country is not
    the source's. With no country for the source, nothing is abroad."""
    home = {a.country for a in (article.actor(i) for i in actors) if a is not None and a.country}
    if not home:
        return [], None
    for noun in locative_objects(token):
        actor = actor_of_token(article, sentence, noun)
        if actor is not None and actor.kind == "country" and actor.country not in home:
            return [actor.id], None
        country = phrase_place_country(article, sentence, [noun])
        if country and country not in home and not any(a.country == country for a in article.actors
                                                          if a.id in actors):
            return [], country
    return [], None


def pair_parties(article: Article, drafts: list[EventDraft], pair_words: frozenset[str]) -> list[EventDraft]:
    """A doer named as a pair ("the two countries met", "the leaders of both nations spoke by phone"): its
    parties are the two countries the text has just named (`parties.named_pair`); with no such two, the
    draft is left as the actors stage read it."""
    out: list[EventDraft] = []
    for draft in drafts:
        if not is_passive(draft.token):
            for subject in governing_subjects(draft.token, ("nsubj",), ("xcomp", "conj")):
                pair = named_pair(article, draft.sentence, subject) if pair_phrase(subject, pair_words) else []
                if pair:
                    draft = dataclasses.replace(draft, actors=tuple(pair), source_code=None,
                                                recipients=tuple(r for r in draft.recipients if r not in pair))
        out.append(draft)
    return out


def split_parties(drafts: list[EventDraft]) -> list[EventDraft]:
    """Several actors with no target: a symmetric act ("X and Y met") is among them all; any other act
    ("X and Y said they will attack the camps") is each one's own, never one party acting on the other."""
    out: list[EventDraft] = []
    for draft in drafts:
        if len(draft.actors) > 1 and not draft.recipients and not draft.symmetric:
            out.extend(dataclasses.replace(draft, actors=(actor,)) for actor in draft.actors)
        else:
            out.append(draft)
    return out


# Restrictions a government imposes on, or eases for, its own people (CAMEO 0811-0814 ease restrictions on political
# freedoms, a ban on parties, a curfew, a state of emergency; 1721-1724 impose them): with no one named, the
# people are the doer's country's.
_DOMESTIC = frozenset({"0811", "0812", "0813", "0814", "1721", "1722", "1723", "1724"})


def domestic_target(article: Article, draft: EventDraft) -> EventDraft:
    """ "The cabinet voted to lift the state of emergency": a restriction with no target named is on the
    people of the country whose institution (a coded sector) imposes or lifts it."""
    if draft.recipients or draft.target_code or draft.code not in _DOMESTIC:
        return draft
    # only an institution's act ("the cabinet", CHLGOV -> CHL): a country's own ("Chile lifted ...") would be
    # coded as done to itself
    country = next((country for a in draft.actors if (actor := article.actor(a)) is not None
                    for country, sector in (coded_country_sector(actor.country, actor.sector, actor.code),)
                    if country and sector), None)
    return dataclasses.replace(draft, target_code=country) if country else draft
