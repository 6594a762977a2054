"""The wrong-sense filters: a pattern's verb used in another sense (an object it ignores, natural causes and
hazards, a talk that is an interview, a rally with no cause) is no event."""
from __future__ import annotations

import re
from typing import Any

from ...knowledge.cameo import Codebook
from ...knowledge.cues import Cues
from ...knowledge.verbs import OBJECTS_OF, PARTY, VerbPattern, VerbPatterns
from ...records import Article, Sentence
from ..syntax import bare_noun, conjuncts, governing_subjects, is_passive, objects_of, prep_objects, undergoer_holder
from .drafts import EventDraft
from .frames import WH_TAGS
from .parties import actor_of_token, informative, names_person, phrase_actors, subject_actors
from .verb import party_noun


def ignores_object(article: Article, sentence: Sentence, token: Any, pattern: VerbPattern, cues: Cues,
                   codebook: Codebook) -> bool:
    """A row with no object condition codes the verb's usual sense, which its direct object can rule out:
    a speech product (a quote cue noun) as the object of a material act ("released a statement" is no
    release, CAMEO quad classes 2 and 4; "rejected the claim" stays a rejection), or as what it is taken up "on"
    ("seized on a remark": no seizure), or
    a bare singular noun that names an institution, not a participant ("attended law school")."""
    if pattern.objects or "dobj" not in pattern.targets[:1]:
        return False
    entry = codebook.get(pattern.code)
    material = entry is not None and entry.quad_class in (2, 4)
    preps = prep_objects(token)
    if material and not any(c.dep_ == "dobj" for c in token.children) and any(
            o.lemma_.lower() in cues.nouns for o in preps.get("on", []) + preps.get("upon", [])):
        return True  # "seized on a remark", "pounced upon his statement": took it up, no seizure nor attack
    for obj in token.children:
        if obj.dep_ != "dobj":
            continue
        if obj.lemma_.lower() in cues.nouns and material:
            return True
        if bare_noun(obj) and not any(c.dep_ == "prep" for c in obj.children):
            # only a bare noun the actors stage took for an institution: "condemned violence", "urged
            # restraint" name what is condemned or urged and keep their coding
            actor = actor_of_token(article, sentence, obj)
            return actor is not None and not informative(actor)
    return False


# Closed-class grammar: the subordinators of a clause that tells when or why something happened ("were killed
# when the bus overturned", "died after the roof collapsed").
_WHEN = frozenset({"when", "after", "as", "while", "because"})


def natural_cause(article: Article, sentence: Sentence, token: Any, hazards: frozenset[str],
                  proper_only: bool = False, mishaps: frozenset[str] = frozenset()) -> bool:
    """Is the doer a natural force, an animal, a vehicle or an accident ("a fire killed five", "were killed by
    the storm", "mauled by a lion")? CAMEO codes acts of actors; a blaze or a crash is none, whatever it did
    (a hazard noun an actor names, as in "Fire Brigade", is an actor and is not meant). A passive with no
    agent has its cause in an "in" phrase ("were killed in a crash") or in a clause of an accident, a
    `mishaps` verb whose subject is no actor ("were killed when the bus overturned")."""
    doers = [c for c in token.children if c.dep_ == "nsubj"]
    if is_passive(token):
        doers = [o for c in token.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        if not doers and not proper_only:
            doers = list(prep_objects(token).get("in", []))
            if any(_mishap(article, sentence, clause, mishaps) for clause in token.children):
                return True
    # the doer of a relative clause is the noun it modifies ("Typhoon Zeta, which killed 60"), and that of a
    # participle with no subject of its own, the subject of the clause it hangs on ("Hurricane Zeta made
    # landfall, killing 20")
    if token.dep_ == "relcl" and all(d.tag_ in WH_TAGS for d in doers):
        doers = [token.head]
    elif not doers and token.dep_ == "advcl" and token.tag_ == "VBG":
        doers = [c for c in token.head.children if c.dep_ == "nsubj"]
    # `proper_only`: only a named hazard ("Hurricane Zeta"), which no verb of any code has as its doer
    return any(not proper_only and d.pos_ == "NOUN" and d.lemma_.lower() in hazards
               and actor_of_token(article, sentence, d) is None
               or d.pos_ == "PROPN" and _hazard_name(article, sentence, d, hazards)
               for doer in doers for d in conjuncts(doer))


def interview(article: Article, sentence: Sentence, token: Any, pattern: VerbPattern, interview: frozenset[str]
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
               for a in phrase_actors(article, sentence, o)]
    parties += [article.actor(a) for c in token.children if c.dep_ == "dobj" for a in phrase_actors(article, sentence, c)]
    return bool(parties) and all(a is not None and a.sector == "MED" for a in parties)


# Named-entity types of a party, as spaCy's English models label them: a named subject is someone who can travel.
_PARTY_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def thing_travels(article: Article, sentence: Sentence, token: Any) -> bool:
    """Is what goes to a person a thing, not a party ("the bronze medal went to Ana Vell", "the award went to
    her")? CAMEO 042 is a visit made by an actor to a place or a host; a prize going to its winner is none.
    The subject is a thing when it is no actor, named entity or pronoun; the destination a person when it is
    a person's name or a personal pronoun ("officers travelled to Chile" keeps its visit)."""
    subjects = [s for c in token.children if c.dep_ == "nsubj" for s in conjuncts(c)]
    if not subjects or any(s.pos_ in ("PRON", "PROPN") or s.ent_type_ in _PARTY_ENTITIES
                           or phrase_actors(article, sentence, s) for s in subjects):
        return False
    to = prep_objects(token).get("to", [])
    return bool(to) and all(names_person(article, sentence, o) for o in to)


def instrument_doer(token: Any, instruments: frozenset[str]) -> bool:
    """Is the doer a rule, a text or a state of affairs ("the law has condemned many women to poverty", "the
    policy punished the poor", "were punished by the system")? argument_words.tsv's instrument kind: CAMEO
    codes acts of actors, and a law is none. The subject of the verb, of a passive its agent, of a relative
    clause the noun it modifies."""
    doers = [c for c in token.children if c.dep_ == "nsubj"]
    if is_passive(token):
        doers = [o for c in token.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    if token.dep_ == "relcl" and all(d.tag_ in WH_TAGS for d in doers):
        doers = [token.head]
    # a law by its name is one too ("the United States Constitution, which banned ...")
    return bool(doers) and all(d.pos_ in ("NOUN", "PROPN") and d.lemma_.lower() in instruments for d in doers)


def carried(token: Any) -> bool:
    """Is the traveller carried, not travelling: a verb of motion in the passive with a destination ("was flown
    to a hospital", "was taken to Lima")? The one carried is a passenger or a patient; PLOVER's CONSULT "visit"
    mode is travel made to meet another actor, and CAMEO 042 a visit its maker makes. "Lima was visited by X"
    (no destination) keeps its visit."""
    return is_passive(token) and bool(prep_objects(token).get("to"))


# CAMEO's health sector: hospitals and clinics, as the actors stage codes them, and the words of such a place
# when the stage made no actor of it ("a hospital in Lima").
_HEALTH = "HLH"
_CARE_PLACES = frozenset({"hospital", "clinic", "infirmary"})


def carried_to_care(article: Article, sentence: Sentence, token: Any) -> bool:
    """Is the one evacuated or flown a patient: carried (`carried`) to a hospital or clinic (an actor of the health
    sector: "was evacuated to a hospital in Lima", "were airlifted to the Santa Ana clinic")? PLOVER AID is
    humanitarian aid an actor provides, CAMEO 073 aid to a population in need; moving a patient to treatment,
    with nobody named who does it, is care of one person (w18wrong). "Refugees were evacuated to Chile" keeps
    its rescue, and so does an evacuation by a named actor."""
    if not carried(token) or any(c.dep_ == "agent" for c in token.children):
        return False  # "were evacuated to a hospital by the army": the army's rescue
    places = [o for place in prep_objects(token).get("to", []) for o in conjuncts(place)]
    return any(o.lemma_.lower() in _CARE_PLACES or (actor := actor_of_token(article, sentence, o)) is not None
               and actor.sector == _HEALTH for o in places)


# Closed-class grammar: the prepositions that say what a warning is of ("warned of flooding", "warned residents
# about the storm").
_WARNED_OF = frozenset({"of", "about"})


def hazard_warning(token: Any, hazards: frozenset[str]) -> bool:
    """Is the verb a warning of a natural hazard ("the weather office warned of flash floods", "warned of a storm
    surge")? CAMEO 13x is a threat: the source says it will do something harmful to the target. A storm or a
    flood is no act of the one who warns of it (argument_words.tsv's hazard kind, as `natural_cause`); "warned
    of consequences", "warned of retaliation" keep their threat."""
    objects = [o for prep, found in prep_objects(token).items() if prep in _WARNED_OF for o in found]
    return bool(objects) and all(
        any(t.lemma_.lower() in hazards for t in [o, *(c for c in o.children if c.dep_ in ("compound", "amod"))])
        for obj in objects for o in conjuncts(obj))


def person_traded(article: Article, sentence: Sentence, token: Any) -> bool:
    """Is what is traded a person ("the Hornets traded him to the Lakers", "traded Ana Vell to Brumia FC")? CAMEO
    061 is economic cooperation, trade in goods between parties; a player traded by a club is a transfer."""
    return any(names_person(article, sentence, o) and o.lower_ not in ("it", "them")
               for c in token.children if c.dep_ == "dobj" for o in conjuncts(c))


# Named-entity types of a name a verb form may start or sit in ("Occupied Palestinian Territories", "United
# Nations"), as spaCy's English models label them.
_NAME_ENTITIES = frozenset({"GPE", "LOC", "ORG", "FAC", "NORP", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT"})


def in_name(token: Any) -> bool:
    """Is the verb form a word of a proper name: a capitalised modifier inside a named entity ("the Occupied
    Palestinian Territories", "the Reformed Church")? A name is no act; "occupied Palestinian land" is one."""
    return (token.dep_ in ("amod", "compound") and token.ent_type_ in _NAME_ENTITIES and token.text[:1].isupper()
            and token.head.pos_ == "PROPN")


# Closed-class grammar: the prepositions that say what a gathering is against ("a rally against the tax",
# "rallied over the closure").
_CAUSE_PREPS = frozenset({"against", "over"})


def causeless_rally(token: Any, rallies: frozenset[str], protests: frozenset[str]) -> bool:
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


def _mishap(article: Article, sentence: Sentence, clause: Any, mishaps: frozenset[str]) -> bool:
    """Is `clause` a "when"/"after" clause of an accident whose subject no actor names ("when the bus
    overturned"; not "when rebels sank the ferry")?"""
    if clause.dep_ != "advcl" or clause.lemma_.lower() not in mishaps:
        return False
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in _WHEN for c in clause.children):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass") and phrase_actors(article, sentence, c) for c in clause.children)


def _determined(name: Any) -> bool:
    return any(c.dep_ == "det" for c in name.children)


def _hazard_name(article: Article, sentence: Sentence, name: Any, hazards: frozenset[str]) -> bool:
    """A proper name of a hazard, by the kind it names (argument_words.tsv's hazards): a kind word leading the name
    ("Hurricane Dorian", "Storm Ciara"; not an organisation's name, "Fire Department"), a hyphenated name that
    starts with a kind ("SARS-CoV-2", "COVID-19"), or an apposition that says it ("Zeta, the storm"). Named
    actors with a country or code of their own are not meant."""
    parts = sorted([c for c in name.children if c.dep_ == "compound"] + [name], key=lambda t: t.i)
    written = "".join(t.text_with_ws for t in parts).strip()
    # the recogniser calls some storms organisations ("Typhoon Halong"); an institution named for a hazard
    # takes an article ("the Fire Department"), a storm's name never does
    kind = (parts[0].lemma_.lower() in hazards and (name.ent_type_ != "ORG" or not _determined(name))
            or "-" in written and written.split("-")[0].lower() in hazards
            or any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in hazards for c in name.children))
    if not kind:
        return False
    actor = actor_of_token(article, sentence, name)
    return actor is None or not informative(actor)


# Closed-class grammar: auxiliaries that put a that-clause's act ahead or make it owed ("agreed that talks would
# resume", "agreed that they should trade"); "may"/"might" do so unless followed by "have" ("may have contained"
# looks back).
_AHEAD = frozenset({"will", "would", "shall", "should", "must", "can", "could", "'ll", "wo"})
_POSSIBLE = frozenset({"may", "might"})


def agrees_with_argument(article: Article, sentence: Sentence, token: Any) -> bool:
    """Is the agreement one with a statement of fact ("the judge agreed (that) the book may have contained secrets",
    "agreed that the law was unfair") or with a view (`_assents`)? CAMEO 03x is intent to cooperate: agreeing that
    something will or should be done is one, agreeing that something is so is a view shared, no event."""
    clauses = [c for c in token.children if c.dep_ == "ccomp"]
    if any(c.dep_ in ("xcomp", "dobj") or c.dep_ == "prep" and c.lower_ in ("to", "on", "upon")
           for c in token.children):
        return False
    if not clauses:
        return _assents(article, sentence, token)
    for clause in clauses:
        auxes = [c.lower_ for c in clause.children if c.dep_ == "aux"]
        if _AHEAD & set(auxes) or _POSSIBLE & set(auxes) and "have" not in auxes:
            return False
    return True


def _assents(article: Article, sentence: Sentence, token: Any) -> bool:
    """An agreement with nothing agreed to, on or about, by one party with no party to agree with: "the
    governor agreed, saying ...", "Vell agreed with the nationalisation of the bank" (a debate's assent to a view
    or a policy). PLOVER AGREE is to "agree to, offer, promise, or otherwise indicate willingness or commitment
    to cooperate" and CAMEO 030 expresses intent to cooperate: with nothing to do and nobody to do it with, no
    intent is told (PETRARCH's AGREE block codes its "(WITH)" partner).
    A plural or compound subject agrees among itself ("the two sides agreed"), and "agreed with Peru" has a
    partner: both stay."""
    partners = prep_objects(token).get("with", [])
    if any(party_noun(article, sentence, o, own=True) for o in partners):
        return False
    subjects = governing_subjects(token, ("nsubj",), ("xcomp", "conj", "advcl"))
    return bool(subjects) and not any(s.tag_ in ("NNS", "NNPS") or s.lower_ in ("they", "we")
                                      or any(c.dep_ == "conj" for c in s.children) for s in subjects)


def thanks_following(token: Any, following: frozenset[str]) -> bool:
    """Is the one thanked or praised the doer's own following ("thanked his supporters", "used Instagram to
    thank fans", "thanked the public")? argument_words.tsv's following kind: CAMEO 051 is support for another
    party's policy, action or actor, and a courtesy to one's backers is none. Every object of the verb must be
    one; "thanked Chile for its help" keeps its praise."""
    objects = [o for c in token.children if c.dep_ == "dobj" for o in conjuncts(c)]
    return bool(objects) and all(o.lemma_.lower() in following for o in objects)


# Closed-class grammar: the prepositions that name what a force verb with no direct object is against.
_AGAINST = frozenset({"against"})


def abstract_target(token: Any, abstract: frozenset[str]) -> bool:
    """Are all the objects of a verb of force abstract common nouns ("fighting corruption and dishonesty", "fight
    against the new rules", "attacked the inquiry")? argument_words.tsv's abstract and instrument kinds: CAMEO
    18-20 strike people and property. Its direct objects, else the objects of "against" (of an event noun, of
    "on" too: "his attacks on mail-in voting"); a name, a pronoun or an actor's word keeps the force. An adverb of
    the kind says the act itself is of words ("verbally attacked X", w21force)."""
    if any(c.dep_ == "advmod" and c.lemma_.lower() in abstract for c in token.children):
        return True  # "verbally attacked X": the manner says the act is one of words (w21force)
    against = _AGAINST | {"on"} if token.pos_ == "NOUN" else _AGAINST
    objects = [o for c in token.children if c.dep_ == "dobj" for o in conjuncts(c)] or [
        o for prep, found in prep_objects(token).items() if prep in against for obj in found for o in conjuncts(obj)]
    return bool(objects) and all(o.pos_ == "NOUN" and o.lemma_.lower() in abstract for o in objects)


def outside_class(article: Article, sentence: Sentence, token: Any, pattern: VerbPattern, verbs: VerbPatterns
                  ) -> bool:
    """Is the verb's direct object (a passive's subject) outside the objects its code takes ("&OBJECTS:<code>"
    classes of verb_patterns.tsv: CAMEO 15 deploys forces, police and weapons, so "the hospital deployed all
    the necessary preparations" is no event)? Only for a row that names no object of its own; a word of the
    object's phrase may fit ("a missile defence system"), and so does a party where the class says &PARTY."""
    if pattern.code is not None and spoken_force_object(token, pattern, verbs):
        return True  # "launched a verbal assault on X": the noun's own event says it (events/nouns.py)
    if pattern.objects or pattern.code is None:
        return False
    if _figure_object(article, sentence, token, pattern.code, verbs):
        return True  # "seized the floor", "traded the lead", "seized on the gaffe" (w21force)
    members = next((found for n in range(len(pattern.code), 1, -1)
                    if (found := verbs.members(OBJECTS_OF + pattern.code[:n]))), frozenset())
    if not members:
        return False
    passive = is_passive(token)
    dep = "nsubjpass" if passive else "dobj"
    # a participle sharing a passive ("were seized and deployed") takes the passive's subject
    holder = undergoer_holder(token) if passive else token
    objects = [o for c in holder.children if c.dep_ == dep for o in conjuncts(c)]
    if not objects and token.dep_ == "acl" and token.tag_ == "VBN":
        objects = conjuncts(token.head)  # a reduced passive relative: "the signal received from Lima"
    return bool(objects) and not any(_fits(article, sentence, o, members) for o in objects)


def _fits(article: Article, sentence: Sentence, noun: Any, members: frozenset[str]) -> bool:
    words = [t for t in noun.subtree if t.i <= noun.i]  # the head and its modifiers: "missile defence system"
    # a party is the object itself: "received benefits from the government" receives a thing, whoever gives it
    return any(w.lemma_.lower() in members or w.lower_ in members for w in words) or (
        PARTY in members and party_noun(article, sentence, noun, own=True))


# Sectors whose people command forces that withdraw: the military, rebels, insurgents, unidentified armed men.
_ARMED = frozenset({"MIL", "REB", "INS", "UAF"})


def lone_withdrawal(article: Article, sentence: Sentence, token: Any) -> bool:
    """Is a withdrawal with no object and no "from" made by one person of no armed sector ("the senator withdrew
    before the primaries")? CAMEO 087 is the de-escalation of a military engagement, an act of forces or of a
    state; one person withdrawing, with nothing named that is withdrawn, leaves a race, a post or a contest,
    which PETRARCH-2 codes as no event (WITHDRAW (FROM RACE) [---]). "Chile withdrew", "the troops withdrew"
    and "withdrew its troops" keep theirs."""
    if any(c.dep_ in ("dobj", "nsubjpass") for c in token.children) or "from" in prep_objects(token):
        return False
    doers = [article.actor(a) for a in subject_actors(article, sentence, token)]
    return bool(doers) and all(a is not None and a.kind == "person" and (a.sector or "")[:3] not in _ARMED
                               for a in doers)



# The noun of a row of power taken ("seized control of X"): what is controlled is its "of"/"over" noun.
_CONTROL = "control"


def control_of_ground(article: Article, sentence: Sentence, token: Any, pattern: VerbPattern, ground: frozenset[str]
                      ) -> bool:
    """Is the control a row of CAMEO 192 ("occupy territory") takes control of ground: a noun of ground held by
    force (verb_patterns.tsv's &GROUND: "took control of the town") or a place the places stage found ("seized
    control of Kessa")? PETRARCH-2 codes SEIZE * CONTROL [192] but TAKE * CONTROL (OF {THE HOUSE}) [---]: control
    of a chamber, a company, a party or the ball is no territory. So for ground that falls to a party ("the town
    fell to the rebels"; not "the task fell to him"). True for a row that is neither."""
    if "undergo" in pattern.roles:
        # "the town fell to the rebels": the ground is the subject
        held = [o for c in token.children if c.dep_ == "nsubj" for o in conjuncts(c)]
    elif any(_CONTROL in words for words in pattern.objects):
        held = [o for c in token.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() == _CONTROL
                for found in objects_of(c, ("of", "over")) for o in conjuncts(found)]
    else:
        return True
    return any(o.lemma_.lower() in ground or _named_place(article, sentence, o) for o in held)


def _named_place(article: Article, sentence: Sentence, noun: Any) -> bool:
    """Is the noun a place the places stage found or a name the recogniser takes for one (GPE, LOC, FAC: "Kidal"),
    and no actor but a country ("the House", "the company" are none)?"""
    span = sentence.token_span(noun)
    if not (noun.ent_type_ in _PLACE_ENTITIES or any(p.span.overlaps(span) for p in article.overlapping("places", span))):
        return False
    actor = actor_of_token(article, sentence, noun)
    return actor is None or actor.kind == "country"


# Named-entity types of a place, as spaCy's English models label them.
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


# CAMEO's code of intergovernmental organisations, at the start of an actor code (IGOWSTNAT: NATO).
_IGO = "IGO"
# CAMEO's government sector: a state acts through it.
_GOVERNMENT = "GOV"


def joins_body(article: Article, sentence: Sentence, token: Any, bodies: frozenset[str]) -> bool:
    """Is the joining a state's joining an organisation of states ("Montenegro joined NATO", "Chile became a
    member of the alliance", "acceded to the World Trade Organization")? PETRARCH-2 codes JOIN * COALITION [050]
    (CAMEO 050 "engage in diplomatic cooperation"); a person joining a party, an army or a protest, or a state
    joining talks, is no such act. The doer is a country or its government; what is joined an intergovernmental
    organisation (an IGO actor) or a noun of `bodies` (verb_patterns.tsv's &ALLIANCE), the object, the "to" noun, or
    the "of" noun of "member". Of an event noun ("Peru's accession to the WTO"; not "the king's accession to the
    throne") the doer is its possessor."""
    doers = [article.actor(a) for a in subject_actors(article, sentence, token)] if token.pos_ != "NOUN" else [
        article.actor(a) for c in token.children if c.dep_ == "poss" for a in phrase_actors(article, sentence, c)]
    if not doers or not all(a is not None and (a.kind == "country" or a.sector == _GOVERNMENT) for a in doers):
        return False
    joined = [o for c in token.children if c.dep_ in ("dobj", "attr") for o in conjuncts(c)]
    joined += [o for found in prep_objects(token).get("to", []) for o in conjuncts(found)]
    joined += [o for c in list(joined) if c.lemma_.lower() == "member" for o in objects_of(c, ("of",))]
    return any(o.lemma_.lower() in bodies or (actor := actor_of_token(article, sentence, o)) is not None
               and (actor.code or "").startswith(_IGO) for o in joined)


# A score of a game, as the tokenizer splits it ("2-1": "2", "-", "1"; "4–0"; "3-nil").
_SCORE_DASHES = frozenset({"-", "\u2013", "\u2014"})
_SCORE_NUMBER = re.compile(r"^(\d+|nil)$")
# Closed-class grammar: the prepositions of the contest an act happens in ("in the final", "at the Olympics").
_IN_CONTEST = frozenset({"in", "at", "during"})


def contest(token: Any, contests: frozenset[str], elections: frozenset[str] = frozenset(),
            tallies: frozenset[str] = frozenset(), counted: frozenset[str] = frozenset(),
            surveys: frozenset[str] = frozenset()) -> bool:
    """Is a verb of force or protest said of a contest of sport or a vote: happening in one ("beat Chile in the
    final", "struck out in the semifinal against Peru", "knocked him out in the third round of the bout", "beat
    her rival in the primary"), with a score ("Peru beat Chile 2-1") or a tally of votes ("would beat him 46 to
    40 percent", "by ten points")? verb_patterns.tsv's &CONTEST, &ELECTION and &TALLY: a win is no force (CAMEO
    18-20) and a strike-out no labour strike (14). A vote counts only as what the act is "in" ("killed during
    the election", "attacked at the polls" are violence). w20campaign: a numbered count of what a vote is won in
    as the object (`counted`, verb_patterns.tsv's &COUNTED: "had captured 1,944 delegates", "took 40 seats"), and
    an act that a poll or survey shows or finds (`surveys`, &SURVEY: "polls show X beating Y")."""
    if _counted(token, counted) or _surveyed(token, surveys):
        return True
    found = prep_objects(token)
    places = [o for prep, objects in found.items() if prep in _IN_CONTEST for o in objects]
    places += [p for o in list(places) for p in objects_of(o, ("of",))]
    if any(o.lemma_.lower() in contests or " ".join(t.lemma_.lower() for t in o.subtree if t.dep_ == "compound"
                                                    or t.i == o.i) in contests for o in places):
        return True
    if any(o.lemma_.lower() in elections for o in found.get("in", [])):
        return True
    objects = [c for c in token.children if c.dep_ == "dobj"]
    measures = [c for c in [*token.children, *(c for o in objects for c in o.children)]
                if c.dep_ in ("npadvmod", "appos")] + list(found.get("by", []))
    if any(m.lemma_.lower() in tallies for m in measures):
        return True  # the tally, on the verb or (as the parser may hang it) on its object, or after "by"
    near = sorted({t.i for c in token.children if c.dep_ in ("dobj", "npadvmod", "advmod", "nummod")
                   for t in c.subtree})
    doc = token.doc
    return any(doc[i].text in _SCORE_DASHES and i - 1 in near and i + 1 < len(doc)
               and _SCORE_NUMBER.match(doc[i - 1].text) and _SCORE_NUMBER.match(doc[i + 1].text) for i in near)


# --- w20campaign (issue 9: contests in campaign news) ------------------------------------------------------------
# Closed-class grammar: the dependencies from an act up to the verb of the clause it is the content of ("polls show
# X beating Y": ccomp; "show X to be beating Y": xcomp; "show X beating Y" parsed as the object's participle: acl).
_SHOWN = frozenset({"ccomp", "xcomp", "acl", "conj"})


def _counted(token: Any, counted: frozenset[str]) -> bool:
    """Is the verb's object a numbered count of what a vote is won in ("captured 1,944 delegates", "seized 40
    seats")? A count of votes won, no force against a party (CAMEO 19x)."""
    return any(o.lemma_.lower() in counted and any(c.dep_ == "nummod" for c in o.children)
               for o in token.children if o.dep_ == "dobj")


def _surveyed(token: Any, surveys: frozenset[str]) -> bool:
    """Is the act what a poll or survey shows, finds or has ("polls show Vell beating Marsh", "a survey found
    Vell crushing his rival")? A poll measures voters' intentions: the act is a standing in a race, not done."""
    current = token
    for _ in range(3):
        if current.dep_ not in _SHOWN or current.head.i == current.i:
            return False
        current = current.head
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in surveys for c in current.children):
            return True
    return False


# --- w21force (issue 9: figurative force and contests are not violence) -------------------------------------------
# The class prefix of the direct objects a code never takes (verb_patterns.tsv's w21force block: "&NOTOBJECTS:17").
_NOT_OBJECTS_OF = "&NOTOBJECTS:"
# Closed-class grammar: the prepositions of what one seizes or pounces "on" ("seized on a remark").
_TAKEN_UP_ON = frozenset({"on", "upon"})
# Closed-class grammar: the dependencies of a purpose infinitive on its verb ("seized on the gaffe to attack X").
_PURPOSE_DEPS = frozenset({"advcl", "xcomp"})
# Closed-class grammar: the dependencies of the words that say what kind of thing a noun is ("a verbal attack",
# "a Twitter attack", "gun control offensive": amod, compound; "the campaign's offensive": its owner's head noun).
_KIND_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
# Closed-class grammar: the prepositions of where words are said ("in a speech", "on Twitter").
_SAID_IN = frozenset({"in"})
_SAID_ON = frozenset({"on"})
# CAMEO 111 "criticize or denounce": an attack in words.
_CRITICISE = "111"


def _figure_object(article: Article, sentence: Sentence, token: Any, code: str, verbs: VerbPatterns) -> bool:
    """Is the verb's direct object (a passive's subject) a standing in a contest or in public attention
    (verb_patterns.tsv's &NOTOBJECTS:<code>: "seized the floor", "traded the lead", "recaptured her momentum",
    "hijacked the debate"), or, with no direct object, is what it takes up "on" or "upon" a remark, an issue or a
    mistake ("seized on the gaffe", "pounced upon the report": &SEIZEDON)? So is an act done in words (`_said`:
    "fired back at X on Twitter"), for a stake ("fought X for the nomination"), or as the purpose of seizing on a
    gaffe ("seized on the gaffe to attack X"). CAMEO 17x seizes persons or property, 18-20 strike them, 061 trades
    goods: a race is led, a debate taken over, a gaffe used, by nobody's force."""
    figures = next((found for n in range(len(code), 1, -1)
                    if (found := verbs.members(_NOT_OBJECTS_OF + code[:n]))), frozenset())
    if not figures:
        return False
    if token.dep_ in _PURPOSE_DEPS and _taken_up(token.head, verbs):
        return True  # "seized on the gaffe to attack X": the attack is made with the gaffe, in words
    preps = prep_objects(token)
    if _said(preps, verbs) and not is_passive(token):
        # "fired back at X on Twitter", "hit X in a speech": words, not force ("was shot on television" is told of
        # the one struck, where it was seen)
        return True
    contested = preps.get("for", [])
    if contested and all(o.lemma_.lower() in figures for o in contested):
        return True  # "fought X for the nomination", "battled for the lead": a contest
    if not is_passive(token) and _stake_purpose(token, figures):
        return True  # "is having to fight harder than she planned to seal the nomination": a contest (w22wrong)
    holder = undergoer_holder(token) if is_passive(token) else token
    dep = "nsubjpass" if is_passive(token) else "dobj"
    objects = [o for c in holder.children if c.dep_ == dep for o in conjuncts(c)]
    if objects and _won_in_vote(article, sentence, token, objects):
        return True  # "the Republicans captured the Senate", "Senator Vell captured Ohio": a vote won
    if objects:
        # "not only her momentum but also the family magic": a figure, and nothing else that is a party or ground
        # (the head itself an actor or a place: "the Clinton family magic" names none, "the town" is ground)
        return any(o.lemma_.lower() in figures for o in objects) and not any(
            o.lemma_.lower() in verbs.members("&GROUND") or o.pos_ in ("PROPN", "PRON")
            or actor_of_token(article, sentence, o) is not None or _named_place(article, sentence, o)
            for o in objects if o.lemma_.lower() not in figures)
    return _taken_up(token, verbs)


def _stake_purpose(token: Any, figures: frozenset[str]) -> bool:
    """Does a to-infinitive under the verb, its purpose or the plan it is measured against, name a stake as what
    it wins ("fought hard to win the primary", "is having to fight harder than she planned to seal the
    nomination", "battled to secure the votes")? A contest for a standing is fought with votes, not force
    (CAMEO 19x fights armed foes; PLOVER ASSAULT/FIGHT needs violence), as "fought X for the nomination" is.
    Three levels down: the purpose clause, or the infinitive of a verb of planning in a comparison, which the
    parser may hang on the comparative adverb ("longer than she had planned to ...")."""
    level = [token]
    for _ in range(3):
        level = [c for t in level for c in t.children if c.dep_ in _PURPOSE_DEPS | {"advmod"}]
        for clause in level:
            if any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children) and any(
                    o.lemma_.lower() in figures for c in clause.children if c.dep_ == "dobj" for o in conjuncts(c)):
                return True
    return False


# CAMEO's sectors of electoral politics: legislators, parties, elites (candidates and former officials).
_ELECTORAL = frozenset({"LEG", "PTY", "ELI"})
_LEGISLATURE = "LEG"


def _won_in_vote(article: Article, sentence: Sentence, token: Any, objects: list[Any]) -> bool:
    """Is what is captured or seized a legislature taken by no armed doer ("the Republicans captured the Senate",
    "seized the House"), or a place taken by persons all of electoral politics ("Senator Vell captured Ohio and
    Michigan")? A chamber is won in a vote and a candidate takes a state by its votes: no force (CAMEO 18-20),
    as `contest` reads "beat her rival in the primary". Troops, rebels and police taking either keep their force."""
    doers = [article.actor(a) for a in subject_actors(article, sentence, token)]
    if not doers or any(a is None or (a.sector or "")[:3] in _ARMED for a in doers):
        return False
    taken = [actor_of_token(article, sentence, o) for o in objects]
    if all(a is not None and a.kind != "person" and (a.sector or "")[:3] == _LEGISLATURE for a in taken):
        return True
    # persons only: a party may have an armed wing ("Fatah seized Jenin"), a senator or a candidate has none
    return all(a.kind == "person" and (a.sector or "")[:3] in _ELECTORAL for a in doers) and all(
        (a is not None and a.kind == "country") or _named_place(article, sentence, o) for a, o in zip(taken, objects))


def _taken_up(token: Any, verbs: VerbPatterns) -> bool:
    """Does the verb, with no direct object, take up a remark, an issue or a mistake "on" or "upon" it ("seized on
    the gaffe", "pounced upon the report": &SEIZEDON)?"""
    if any(c.dep_ == "dobj" for c in token.children):
        return False
    # read off the verb itself: the tagger may call "upon" a subordinator, which `prep_objects` skips
    taken_up = [o for c in token.children if c.dep_ == "prep" and c.lower_ in _TAKEN_UP_ON
                for pobj in c.children if pobj.dep_ == "pobj" for o in conjuncts(pobj)]
    return bool(taken_up) and all(o.lemma_.lower() in verbs.members("&SEIZEDON") for o in taken_up)


def spoken_force(noun: Any, verbs: VerbPatterns) -> str | None:
    """Is a noun of force (&ATTACKNOUN: attack, offensive, assault ...) one of words or of persuasion? "111" when a
    modifier names speech, a medium, a campaign or a policy (&SPOKEN: "a verbal assault", "an ad hominem attack",
    "a Twitter attack", "her gun control offensive", "the campaign's offensive") or when it is said in words ("his
    attack on X in a television ad", "on Twitter": `_said`): criticism (CAMEO 111) of whom it is against;
    "" for a campaign to win others over (&PERSUASION: "a charm offensive"), no conflict at all; None when nothing
    says so and the noun keeps its force. CAMEO 18-20 are physical force."""
    if noun.lemma_.lower() not in verbs.members("&ATTACKNOUN"):
        return None
    kinds = {c.lemma_.lower() for c in noun.children if c.dep_ in _KIND_DEPS}
    if kinds & verbs.members("&PERSUASION"):
        return ""
    if kinds & verbs.members("&SPOKEN"):
        return _CRITICISE
    preps = prep_objects(noun)
    if _said(preps, verbs):
        return _CRITICISE
    judged = [o for prep in _AGAINST | _SAID_ON for o in preps.get(prep, [])]
    if judged and all(o.lemma_.lower() in verbs.members("&GROUNDS") | verbs.members("&ISSUE") for o in judged):
        return _CRITICISE  # "her attacks on his record", "an offensive against the tax plan": words about them
    return None


def _said(preps: dict[str, list[Any]], verbs: VerbPatterns) -> bool:
    """Is the act told as done in words: "in" a speech, an ad, an interview (&SAIDIN), "on" or "in" a medium
    ("on Twitter", "on television": &SAIDON)? Narrower than &REMARKS and &MEDIUM, whose "post", "column" and
    "platform" are also places where force is done ("attacked soldiers in a border post")."""
    said = {o.lemma_.lower() for prep in _SAID_IN for o in preps.get(prep, [])}
    media = {o.lemma_.lower() for prep in _SAID_ON for o in preps.get(prep, [])}
    return bool(said & verbs.members("&SAIDIN") or (media | said) & verbs.members("&SAIDON"))


def spoken_force_object(token: Any, pattern: VerbPattern, verbs: VerbPatterns) -> bool:
    """Is the verb a light verb of force whose object is a noun of words or persuasion (`spoken_force`: "launched a
    verbal assault on X", "mounted a charm offensive")? Its row (PETRARCH LAUNCH * ATTACK [190]) codes the noun's
    force; the noun's own event (events/nouns.py) codes what the words are, or nothing. A row that names its
    object itself ("launched a personal attack": 111) keeps it, and so does a row not about the noun ("supported
    her gun control offensive")."""
    if pattern.code is None or pattern.code.startswith("11"):
        return False
    # only a row about the noun ("launch &ATTACKNOUN"): "supported her gun control offensive" keeps its support
    return any(spoken_force(o, verbs) is not None and any(o.lemma_.lower() in words for words in pattern.objects)
               for c in token.children if c.dep_ == "dobj" for o in conjuncts(c))


# --- w22wrong (issue 9: campaign money is no aid) -----------------------------------------------------------------
# The verbs of giving money that PETRARCH-2 lists under DONATE [070] (CAMEO.2.0.txt: DONATE, CONTRIBUTE, GIVE).
_DONATING = frozenset({"donate", "contribute", "give"})
# What a donation to a race is made to, named as the recipient's head ("donated to her campaign", "gave $500 to his
# PAC", "contributed to the party's committee").
_CAMPAIGN_FUNDS = frozenset({"campaign", "pac", "superpac", "committee", "candidacy", "bid", "candidate",
                             "fundraiser", "reelection", "re-election"})


def campaign_money(article: Article, draft: EventDraft) -> bool:
    """Is a donation made to a race: to a person or party of electoral politics ("bankers donated to her", "gave
    $2,700 to Senator Vell"), or to a campaign, a PAC or a committee ("donated to his campaign")? CAMEO 07
    "provide aid" is aid one party gives another (loans, grants, relief); money given to win an election is
    support within a contest, told every day of every race, and no aid between political actors."""
    token = draft.token
    if token.lemma_.lower() not in _DONATING or draft.code[:2] != "07":
        return False
    recipients = [article.actor(a) for a in draft.recipients]
    if recipients and all(a is not None and (a.sector or "")[:3] in _ELECTORAL for a in recipients):
        return True
    given_to = [o for c in prep_objects(token).get("to", []) for o in conjuncts(c)]
    return bool(given_to) and all(o.lemma_.lower() in _CAMPAIGN_FUNDS or o.lower_ in _CAMPAIGN_FUNDS
                                  for o in given_to)
