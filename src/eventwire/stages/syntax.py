"""Argument structure over a spaCy parse: who does what to whom, and how sure the sentence is of it.

One module for the actors, quotes and events stages, so that they agree on what a subject, an object, a
compound actor or a locative phrase is. Every function is pure: it reads spaCy tokens (and, where words
matter, word sets handed in by the caller from the knowledge tables) and returns tokens, spans or flags.
The constructions covered, each named where it is handled:

- compound arguments joined by commas or "and", in any position (`conjuncts`), and coordinated modifiers
  that make several participants of one noun ("Chilean and Peruvian students": `coordinated_modifiers`);
- objects shared by coordinated verbs ("attacked and burned the village": `shared_objects`, and the object
  hung on the first verb: `raised_objects`);
- subjects, inherited subjects and passive agents (`subjects`, `passive_agents`, `is_passive`), and a
  subject misread as a compound of its verb (`misread_subject`);
- prepositional arguments of verbs and of event nouns ("talks with X", "sanctions on X": `prep_objects`);
- light-verb and nominal events ("held talks with", "launched an investigation into": `light_verb_object`);
- complement and control clauses ("wants Y to withdraw", "agreed to lift": `controller_object`,
  `controlled_subject`, `complement_of`); object relatives that name a thing's maker ("the plan the
  opposition proposed": `object_relative_subject`);
- modality: negation (`is_negated`), conditionals and modal necessity (`is_conditional`), clauses that are
  only alleged (`alleged_by_noun`);
- adverbial gerunds and participles, which share their clause's subject: "after rejecting X, Y expelled Z",
  "wrote to X, demanding ..." (`adverbial_gerund`), and whom a verb of contact addresses (`addressees`);
- locative phrases ("off the coast of X": `locative_objects`) for places abroad as targets of force, and a
  place that names a body's subject, not where it is ("the Benghazi committee": `subject_place`).
"""
from __future__ import annotations

from typing import Any, Iterable, Iterator

from ..records import Sentence, Span

# Dependency labels (spaCy's English scheme): closed grammatical classes, not vocabulary.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# Subjects in the wide sense, for "is this mention the one acting?" ("by X" agents and expletives too).
SUBJECT_LIKE_DEPS = SUBJECT_DEPS | {"agent", "expl"}
OBJECT_DEPS = frozenset({"dobj", "dative", "obj", "iobj", "attr", "oprd"})
# Prepositions whose object is a location whatever the verb ("in Lima", "off the coast of X").
LOCATIVE_PREPS = frozenset({"in", "at", "inside", "outside", "near", "around", "into", "within", "across",
                            "throughout", "over", "above", "outside of", "of", "beyond", "past", "via", "through",
                            "off", "along", "nearby", "onto"})
# Prepositions of location proper, without "of" and "into" (which also mark possession and targets).
WHERE_PREPS = frozenset({"in", "at", "inside", "outside", "near", "around", "within", "across", "throughout",
                         "over", "off", "along", "beyond", "nearby"})
# Prepositions that carry the target of an act, of verbs and event nouns ("talks with", "an attack on").
TARGET_PREPS = ("with", "to", "against", "on", "into", "at", "toward", "towards", "upon", "over", "of")
# Prepositions that say whose members a role noun's people are ("lawmakers in X", "envoys of X", "soldiers from X").
OWNER_PREPS = frozenset({"in", "of", "from"})
# Auxiliaries that make a clause hypothetical or conditional ("may", "would have to").
MODALS = frozenset({"may", "might", "could", "would", "should", "can", "must"})
# Subordinators of a condition: "if ... would", "unless ...".
CONDITION_MARKS = frozenset({"if", "unless", "whether"})
# Dependencies along which a clause inherits its subject from its head ("X arrived and toured Y").
INHERIT_DEPS = ("conj", "xcomp", "advcl", "acomp")
# Closed-class grammar: the first person, whoever speaks the words it is in (the quotes stage's speaker of a
# quote or an interview answer; the events stage's doer "I" or "we" inside one).
FIRST_PERSON = frozenset({"i", "me", "my", "myself", "we", "us", "our", "ourselves"})
_NEGATORS = frozenset({"not", "n't", "never", "no"})


def subtree_span(sentence: Sentence, token: Any) -> Span:
    """The character span of a token's whole subtree."""
    return sentence.tokens_span(token.left_edge, token.right_edge)


def conjuncts(token: Any) -> list[Any]:
    """The heads of a coordinated phrase, first the token itself: "Colombia, Ecuador and Peru" gives three.

    A name the parser split ("Barack" as a preposition, "Obama" its object) keeps its conjuncts on its
    other word, so they are collected from there too.
    """
    found = [token]
    if token.dep_ == "pobj" and token.head.lower_ in OWNER_PREPS:
        # "lawmakers in Fornost and Gondor": the name the parser coordinated with the role noun
        found.extend(c for c in token.head.head.children if misattached_conjunct(c) and c.i > token.i)
    for child in token.children:
        if misattached_conjunct(child):
            continue  # a member of the owner list, not of this phrase
        if child.dep_ == "conj" or (child.dep_ == "appos" and listed_apposition(child)) or listed_modifier(child):
            found.extend(c for c in conjuncts(child) if c not in found)
        elif token.ent_type_ and child.ent_iob_ == "I" and child.ent_type_ == token.ent_type_:
            found.extend(c for c in conjuncts(child)[1:] if c not in found)
        else:
            found.extend(c for obj in comitative_objects(child) for c in conjuncts(obj) if c not in found)
    return found


# Dependencies inside a noun phrase, from a word up to the phrase's head ("the evil Gondor": "evil" -> "Gondor").
NP_LINKS = frozenset({"compound", "amod", "det", "poss", "nmod", "flat", "nummod", "case"})


def coordination(token: Any) -> Any:
    """The first conjunct of the coordinated noun phrase a word is in ("Osgiliath" of "Arnor and Osgiliath"
    gives "Arnor"), or the word's phrase head when it is in no coordination."""
    head = token
    while head.dep_ in NP_LINKS and head.head.i != head.i:
        head = head.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head


def owner_preps(noun: Any) -> list[Any]:
    """The of/in/from phrases that say whose a noun's members are: its own, or, for the second of coordinated
    nouns with none of its own, the one after it that the parser hung on the first but which covers both
    ("lawmakers and officials in X", "Valdoria's farmers and fishermen of Tessaly")."""
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in OWNER_PREPS]
    if noun.dep_ == "conj" and not preps:
        preps = [c for c in noun.head.children if c.dep_ == "prep" and c.lower_ in OWNER_PREPS and c.i > noun.i]
    return preps


def possessor_phrases(chunks: Iterable[Any]) -> list[Any]:
    """The possessors inside noun chunks, each as a phrase of its own ("the governor" of "the governor's
    handling of the flood", "the Peruvian government" of "the Peruvian government's plan"). spaCy's chunks end at
    the possessed noun, so a role noun that owns a thing or an act is no chunk's root: the actors stage reads
    these too, and the one whose act it is is then an actor, whom a stance on the act is taken towards (CAMEO
    codes a rejection of a proposal as done to the proposer). Pronouns ("his") are no phrase of their own, nor is
    a capitalised possessive that owns a capitalised noun: one name ("the Maricopa County Sheriff's Office", "the
    Attorney General's Office"), whose parts name no one apart."""
    return [chunk.doc[token.left_edge.i:token.i + 1] for chunk in chunks for token in chunk
            if token.dep_ == "poss" and token.pos_ in ("NOUN", "PROPN") and chunk.start <= token.head.i < chunk.end
            and not (token.text[:1].isupper() and token.head.text[:1].isupper())]


def misattached_agents(noun: Any) -> list[Any]:
    """The "by" phrase the parser hung on the verb whose direct object ends with the noun's phrase ("rejected
    the proposal by Peru", "welcomed the decision by Chile to withdraw", "opened an inquiry into misconduct by
    Peru"). An active verb has no "by" agent of its own, so a "by" phrase right after its object is the object's:
    the doer of the act noun it follows. Not after a passive, whose "by" phrase is the verb's own agent, nor one
    set apart from the object ("rejected the proposal on Monday by a vote")."""
    top = noun
    while top.dep_ == "pobj" and top.head.dep_ == "prep" and top.head.head.i != top.head.i:
        top = top.head.head  # "an inquiry into misconduct": the object the phrase hangs in
    verb = top.head
    if top.dep_ != "dobj" or noun.pos_ != "NOUN" or top.right_edge.i != noun.right_edge.i or is_passive(verb):
        return []
    return [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "by" and p.i == noun.right_edge.i + 1]


def misattached_conjunct(token: Any) -> bool:
    """A bare name the parser coordinated with a common noun whose owner phrase ends in a name just before
    it: in "lawmakers in Fornost and Gondor" the parser makes Gondor a second subject beside "lawmakers", but
    like coordinates with like: a name joins the name before it ("in Fornost and Gondor"), and the
    lawmakers are those of both. A phrase with its own determiner or modifiers ("and the army") or a
    person's name stays a conjunct of the noun."""
    head = token.head
    if token.dep_ != "conj" or token.pos_ != "PROPN" or head.pos_ != "NOUN" or token.ent_type_ == "PERSON":
        return False
    if any(c.dep_ not in ("compound", "cc", "conj", "punct") for c in token.children) or \
            any(t.dep_ == "cc" or t.is_punct for t in token.subtree if t.i < token.i and t.head.i == token.i):
        return False
    owners = [o for p in head.children if p.dep_ == "prep" and p.lower_ in OWNER_PREPS and p.i < token.i
              for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
    return any(o.right_edge.i + 2 >= token.left_edge.i for o in owners)


def comitative_objects(child: Any) -> list[Any]:
    """ "X, along with Y" / "X, together with Y": the "with" phrase of a comitative adds parties to the
    phrase it is set off in. A bare "with" is not one ("a man with a gun", "talks with Y")."""
    if child.dep_ != "prep":
        return []
    if child.lower_ in ("along", "together"):
        withs = [c for c in child.children if c.dep_ == "prep" and c.lower_ == "with"]
    elif child.lower_ == "with" and any(c.dep_ == "advmod" and c.lower_ in ("along", "together")
                                        for c in child.children):
        withs = [child]
    else:
        return []
    return [o for w in withs for o in w.children if o.dep_ == "pobj"]


def listed_apposition(token: Any) -> bool:
    """An "appos" that is a member of a comma list the parser misread: "Mordor, the Shire, Fornost and
    Bree" (the apposed phrase goes on with conjuncts of its own) or "A, the B, and C" (its head's list goes
    on after it). A true apposition ("Gondor, the old foe, said") is neither coordinated nor followed by one."""
    if token.dep_ != "appos":
        return False
    if any(c.dep_ == "conj" for c in token.children):
        return True
    return any(c.dep_ == "conj" and c.i > token.i for c in token.head.children)


def listed_modifier(token: Any) -> bool:
    """A name the parser hung as a modifier on the last name of a list: in "Fornost and the old Gondor" or
    "Arnor, Calenardhon and the Gondor" the first names become an nmod of "Gondor", with the coordinator
    inside their phrase. A name does not modify another name across "and"."""
    head = token.head
    return (token.dep_ in ("nmod", "compound") and token.pos_ in ("PROPN", "NOUN") and head.pos_ == "PROPN"
            and token.i < head.i and any(t.dep_ == "cc" for t in token.subtree))


def coordinated_modifiers(noun: Any) -> list[Any]:
    """The coordinated modifiers of a noun that each make a participant: "Chilean and Peruvian students"
    gives [Chilean, Peruvian]; a single modifier gives []."""
    for child in noun.children:
        if child.dep_ in ("amod", "compound", "nmod") and child.i < noun.i:
            group = [c for c in conjuncts(child) if c.i < noun.i]
            if len(group) > 1:
                return group
    return _dashed_pair(noun)


# Closed-class punctuation: the hyphen and dashes that join two names into one modifier ("US-China talks").
_DASHES = frozenset({"-", "–", "—"})


def _dashed_pair(noun: Any) -> list[Any]:
    """ "the Turkish-Libyan agreement", "US-China talks", "the Peru–Bolivia border": two capitalised words
    joined by a dash with no space, modifying one noun, name a pair of parties as "Turkish and Libyan" does (the
    thing is between them). The parser hangs the first on the second or both on the noun."""
    doc = noun.doc
    for child in noun.children:
        if child.dep_ not in ("amod", "compound", "nmod") or not 2 <= child.i < noun.i:
            continue
        first, dash = doc[child.i - 2], doc[child.i - 1]
        if dash.text in _DASHES and not first.whitespace_ and not dash.whitespace_ \
                and first.text[:1].isupper() and child.text[:1].isupper() and first.head.i in (child.i, noun.i):
            return [first, child]
    return []


def is_passive(token: Any) -> bool:
    """A passive clause ("was attacked by"), a participle modifying a noun ("troops sent by X"), a
    participial clause with its agent ("Rebuked by X, Y withdrew": Y is the one rebuked), or a participle
    joined to a passive that shares its auxiliary (`passive_conjunct`)."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children) or (
        reduced_relative(token) is not None) or passive_participle_clause(token) or passive_conjunct(token)


# A verb with any of these has a clause of its own, so it does not share the voice of the verb it is joined to.
_OWN_CLAUSE = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass"})


def reduced_relative(token: Any) -> Any | None:
    """The noun a reduced passive relative modifies ("the prisoners released by X", "a nurse kidnapped in 1996"):
    the one the participle's act is done to, as a passive's subject is; None for any other verb."""
    return token.head if token.dep_ == "acl" and token.tag_ == "VBN" else None


def passive_conjunct(token: Any) -> bool:
    """ "was shot and killed", "was rescued and flown to Moscow": a past participle joined to a passive verb,
    with no subject or auxiliary of its own, shares the passive auxiliary, so its surface subject is the one
    acted upon. A finite verb joined to a passive is active ("was briefed, and flew to Lima")."""
    return token.dep_ == "conj" and token.tag_ == "VBN" and not any(
        c.dep_ in _OWN_CLAUSE for c in token.children) and is_passive(token.head)


def agentless_passive(token: Any) -> bool:
    """A passive with no "by" agent ("was convicted of fraud", "could be jailed if convicted"): the clause names
    who undergoes the act, not who does it (the legal acts' institution, `sides.legal_sector`; a condition on
    it is no one's threat or promise, `events.sentence`)."""
    return is_passive(token) and not any(c.dep_ == "agent" for c in agent_holder(token).children)


def agent_holder(token: Any) -> Any:
    """The verb whose "by" phrase names who does `token`: itself, or for a participle sharing a passive
    ("was seized by the police and taken away") the passive it is joined to, when it has no "by" of its own."""
    while passive_conjunct(token) and not any(c.dep_ == "agent" for c in token.children):
        token = token.head
    return token


def undergoer_holder(token: Any) -> Any:
    """The verb whose passive subject undergoes `token`: itself, or the passive a participle shares ("a guard
    was shot and killed": the guard was killed)."""
    while passive_conjunct(token):
        token = token.head
    return token


def passive_participle_clause(token: Any) -> bool:
    """ "Rebuked by X, Y ...", "Y appeared in court, charged with murder": a past-participle adverbial clause with
    a "by" agent, or with no subject, auxiliary or object of its own (w18court), whose undergoer is the subject of
    the clause it modifies."""
    return token.dep_ == "advcl" and token.tag_ == "VBN" and (any(c.dep_ == "agent" for c in token.children) or not any(
        c.dep_ in _OWN_CLAUSE or c.dep_ == "dobj" for c in token.children))


def agent_objects(token: Any) -> list[Any]:
    """The objects of a passive's "by" phrases, as written ("was attacked by rebels and bandits": "rebels"), of
    the verb that holds them (`agent_holder`)."""
    return [obj for child in agent_holder(token).children if child.dep_ == "agent"
            for obj in child.children if obj.dep_ == "pobj"]


def passive_agents(token: Any) -> list[Any]:
    """The "by" agents of a passive ("was attacked by rebels and bandits"), each conjunct."""
    return [head for obj in agent_objects(token) for head in conjuncts(obj)]


def subjects(token: Any) -> list[Any]:
    """The subject heads of a clause, each conjunct ("Chile and Peru said" gives Chile, Peru)."""
    found: list[Any] = []
    for child in token.children:
        if child.dep_ in SUBJECT_DEPS:
            found.extend(conjuncts(child))
    return found


def governing_subjects(token: Any, deps: Iterable[str], through: Iterable[str]) -> list[Any]:
    """The children of `deps` that are the subject of `token`, else of the clause it hangs on by one of the
    `through` relations, climbing while none is found ("I wanted to help": "help" takes "I" through xcomp;
    "arrived and met": "met" through conj). The subject heads only, not their conjuncts."""
    deps, through = frozenset(deps), frozenset(through)
    while not any(c.dep_ in deps for c in token.children) and token.dep_ in through and token.head.i != token.i:
        token = token.head
    return [c for c in token.children if c.dep_ in deps]


def misread_subject(token: Any) -> Any | None:
    """The subject the parser hung on a finite verb as a noun compound: when the verb's form disagrees with
    its subject ("Valdoria act on ...", "Tessaly depart ..."), en_core_web_sm reads the pair as a noun phrase
    and the name as a "compound" of the verb. A verb has no compounds of its own; a noun before it with no
    subject beside it is the subject."""
    if not token.tag_.startswith("VB") or any(c.dep_ in SUBJECT_LIKE_DEPS for c in token.children):
        return None
    return next((c for c in token.lefts if c.dep_ == "compound" and c.pos_ in ("PROPN", "NOUN", "PRON")), None)


def is_subject(token: Any) -> bool:
    """Whether a token is (a conjunct of) a subject or agent of its clause."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ in SUBJECT_LIKE_DEPS


def is_temporal(prep: Any) -> bool:
    """ "on Wednesday", "in July": a time, not a participant or a place."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children)


def objects_of(token: Any, preps: Iterable[str]) -> list[Any]:
    """The objects of the token's own prepositions among `preps`, in order ("the lifting of sanctions", "a
    statement from X"); unlike `prep_objects`, no conjuncts and nothing hung on its object."""
    return [o for p in token.children if p.dep_ == "prep" and p.lower_ in preps for o in p.children
            if o.dep_ == "pobj"]


def prep_objects(token: Any) -> dict[str, list[Any]]:
    """Objects of the prepositions governed by a verb or event noun, by its direct object ("imposed
    sanctions on X") and by its predicate adjective ("is grateful to X"), each conjunct, keyed by the
    preposition's lemma."""
    found: dict[str, list[Any]] = {}
    holders = [token] + [c for c in token.children if c.dep_ in ("dobj", "prt", "nsubjpass", "acomp")]
    # "came to a consensus with X": the second preposition hangs on the first one's object
    holders += [o for c in token.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    for holder in holders:
        for child in holder.children:
            if child.dep_ in ("prep", "agent", "dative") and child.pos_ == "ADP" and not is_temporal(child):
                for obj in child.children:
                    if obj.dep_ in ("pobj", "pcomp"):
                        found.setdefault(child.lemma_.lower(), []).extend(conjuncts(obj))
                    elif obj.dep_ == "prep":  # "out of", "away from"
                        for inner in obj.children:
                            if inner.dep_ == "pobj":
                                found.setdefault(obj.lemma_.lower(), []).extend(conjuncts(inner))
    return found


def shared_objects(token: Any) -> list[Any]:
    """The direct objects a verb shares with the verb coordinated after it ("attacked and burned the
    village": right-node raising, the object hangs on the last verb). A verb with an object of its own, or a
    conjunct with its own subject ("Chile attacked and Peru burned the village"), shares none."""
    if any(c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp") for c in token.children):
        return []
    for child in token.children:
        if child.dep_ == "conj" and child.pos_ == "VERB" and not any(c.dep_ in SUBJECT_DEPS for c in child.children):
            objects = [o for o in child.children if o.dep_ == "dobj"]
            return objects or shared_objects(child)
    return raised_objects(token)


def raised_objects(token: Any) -> list[Any]:
    """The direct objects a verb coordinated after another shares with it when the parser hung them on the
    first verb ("surrounded and threatened the senator": the object after both verbs is both verbs'). Only a
    conjunct with no subject, object or clause of its own, and only objects that come after it."""
    if token.dep_ != "conj" or token.head.pos_ not in ("VERB", "AUX") or any(
            c.dep_ in SUBJECT_DEPS or c.dep_ in ("dobj", "ccomp", "xcomp") for c in token.children):
        return []
    return [o for o in token.head.children if o.dep_ == "dobj" and o.i > token.i]


def locative_objects(token: Any) -> list[Any]:
    """Nouns naming where an act happens, nearest first: the objects of locative prepositions of the verb
    or its object, and the "of" complements inside them ("off the coast of Peru" gives coast, Peru)."""
    found: list[Any] = []
    holders = [token] + [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in WHERE_PREPS and not is_temporal(child):
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        found.extend(_of_chain(obj))
    return found


def _of_chain(noun: Any) -> Iterator[Any]:
    for head in conjuncts(noun):
        yield head
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        yield from _of_chain(obj)


def is_negated(token: Any) -> bool:
    """A negated predicate: "did not endorse", "never attacked", "no longer allows", an object quantified by "no"
    ("offered no support", "had no praise for X", "made no concessions": none was given), and the negation on the
    auxiliary or the head verb of a control construction ("did not agree to lift")."""
    if any((c.dep_ == "neg" and not focus_not(c)) or (c.dep_ == "advmod" and c.lower_ == "never")
           for c in token.children):
        return True
    if any(c.dep_ == "dobj" and has_no(c) for c in token.children):
        return True
    # "will no longer allow": the tagger hangs the "no" on "longer" (w17wrong)
    return any(c.dep_ == "advmod" and c.lower_ == "longer" and any(n.dep_ == "neg" for n in c.children)
               for c in token.children)


# "not only / not just / not merely": the negation denies that the act was all, not that it happened
# ("he is not only a racist but a danger", "did not just criticise X, he sued her").
_FOCUS_ADVERBS = frozenset({"only", "just", "merely", "simply", "solely"})


def focus_not(neg: Any) -> bool:
    """Is this "not" the first half of "not only/just/merely ..." (an emphatic addition, no negation)."""
    following = neg.doc[neg.i + 1] if neg.i + 1 < len(neg.doc) else None
    return following is not None and following.lower_ in _FOCUS_ADVERBS


def has_no(noun: Any) -> bool:
    """Is the noun quantified by "no" ("no support", "no such praise", "no talks"): none of it."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def modal_chain(token: Any) -> Iterator[Any]:
    """The token and the heads it is a to-infinitive of ("would have to be ratified": ratified, have), through an
    adjective's copula ("would have been able to kill": kill, able, been)."""
    current = token
    for _ in range(4):
        yield current
        if current.dep_ != "xcomp" or current.head.i == current.i:
            return
        current = current.head
        if current.dep_ == "acomp" and current.pos_ == "ADJ" and current.head.i != current.i:
            # "would be able to attack", "could be likely to strike": the adjective's copula bears the modal
            yield current
            current = current.head


def is_conditional(token: Any) -> bool:
    """A clause stated as possible or required, not as done: a modal on it or on the verb it completes
    ("would have to be ratified", "could attack"), an "if"/"unless" clause on it ("will attack if ..."), or
    the clause itself a condition ("if they attacked")."""
    for verb in modal_chain(token):
        for child in verb.children:
            if child.dep_ in ("aux", "auxpass") and child.lower_ in MODALS:
                return True
            if child.dep_ == "mark" and child.lower_ in CONDITION_MARKS:
                return True
            if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                             for m in child.children):
                return True
    return False


def has_aux(token: Any, words: Iterable[str]) -> bool:
    """Whether one of the given auxiliaries (e.g. "will", "must") governs the verb."""
    wanted = frozenset(words)
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in wanted for c in token.children)


def alleged_by_noun(token: Any, nouns: frozenset[str]) -> Any | None:
    """The noun of allegation whose clause holds the verb ("an allegation that he assaulted her",
    "claims that troops fired"), or None: such a clause is only alleged, not reported as done."""
    current = token
    for _ in range(4):
        if current.head.i == current.i:
            return None
        if current.dep_ in ("acl", "ccomp", "relcl", "appos") and current.head.pos_ in ("NOUN", "PROPN") \
                and current.head.lemma_.lower() in nouns and _has_that(current):
            return current.head
        if current.dep_ not in ("conj", "xcomp", "ccomp", "acl"):
            return None
        current = current.head
    return None


def _has_that(clause: Any) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in ("that", "of") for c in clause.children) or clause.tag_ in (
        "VBD", "VBN", "VBZ", "VBP", "VB", "VBG")


def controller_object(token: Any) -> Any | None:
    """The object of an object-control verb that the to-infinitive `token` is said of: "wants Peru to
    withdraw" gives Peru (the one asked), "asked X to help" gives X; None when the infinitive has no
    object controller ("agreed to lift")."""
    if token.dep_ not in ("xcomp", "ccomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return None
    for child in token.children:
        if child.dep_ == "nsubj" and child.i < token.i:
            return child  # spaCy's ccomp reading: "wants [Peru to withdraw]"
    for sibling in token.head.children:
        if sibling.dep_ == "dobj" and sibling.i < token.i:
            return sibling
    return None


def controlled_subject(token: Any) -> Any | None:
    """The one a verb's to-infinitive clause is said of when the parser made that one the clause's subject
    ("allowed [Peru to open a consulate]", "forced [the army to withdraw]"): in English object control the noun
    between the verb and "to" is the verb's own object (`controller_object` read from the verb above)."""
    for clause in token.children:
        if clause.dep_ in ("ccomp", "xcomp") and clause.i > token.i:
            controlled = controller_object(clause)
            if controlled is not None and controlled.dep_ == "nsubj" and controlled.i > token.i:
                return controlled
    return None


def object_relative_subject(noun: Any) -> Any | None:
    """The subject of an object relative clause on a noun, the one who made or holds the thing: "the plan (that)
    the opposition proposed", "the views the senators espouse". Not a subject relative ("the plan that
    failed", "the group which attacked"), whose subject is the relative pronoun itself."""
    for clause in noun.children:
        if clause.dep_ != "relcl" or clause.i < noun.i or is_passive(clause):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.tag_ in ("WDT", "WP", "WP$") or subject.i < noun.i:
            continue
        if any(c.dep_ == "dobj" and c.tag_ not in ("WDT", "WP") for c in clause.children):
            continue  # "the plan under which the army seized the port": the clause has its own object
        return subject
    return None


def complement_of(token: Any, heads: frozenset[str]) -> Any | None:
    """The governing verb when `token` is its to-infinitive or clausal complement and its lemma is one of
    `heads` ("agreed to lift" with heads {"agree"} gives agreed)."""
    if token.dep_ in ("xcomp", "ccomp") and token.head.i != token.i and token.head.lemma_.lower() in heads:
        return token.head
    return None


def light_verb_object(token: Any) -> Any | None:
    """For an event noun, the verb it is the object of ("launched an investigation", "held talks",
    "staged a protest") or that it completes with "in" ("engaged X in a firefight", "took part in
    exercises"): the verb's subject is the noun event's source."""
    if token.dep_ == "dobj" and token.head.pos_ in ("VERB", "AUX"):
        return token.head
    if token.dep_ == "pobj" and token.head.lower_ == "in" and token.head.dep_ == "prep" \
            and token.head.head.pos_ == "VERB":
        return token.head.head
    return None


def bare_noun(token: Any) -> bool:
    """A singular common noun with no determiner, possessor or number: an activity or institution
    ("attended law school", "went to church"), not a participant one acts upon."""
    return token.tag_ == "NN" and not token.ent_type_ and not any(
        c.dep_ in ("det", "poss", "nummod", "predet") for c in token.children)


def for_clause(token: Any) -> tuple[Any, Any] | None:
    """The clause of "called for Y to withdraw", "asked for X not to intervene": (its verb, its subject Y), the
    "for" read as the clause's subordinator."""
    for clause in token.children:
        if clause.dep_ in ("advcl", "ccomp", "xcomp") and clause.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "mark" and c.lower_ == "for" for c in clause.children):
            subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None:
                return clause, subject
    return None


def for_object_clause(token: Any) -> tuple[Any, Any] | None:
    """ "called for the government of X to resign" read by the parser as "called for [the government of X]" and a
    to-infinitive of the verb: the infinitive right after the "for" object, with no subject of its own, is that
    object's clause. (its verb, the "for" object); the caller must check that the object is a party, as
    "appealed for help to rebuild the city" has none."""
    for obj in objects_of(token, ("for",)):
        for clause in token.children:
            if clause.dep_ in ("advcl", "xcomp") and clause.left_edge.i == obj.right_edge.i + 1 and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) and not any(
                    c.dep_ in SUBJECT_LIKE_DEPS for c in clause.children):
                return clause, obj
    return None


def adverbial_gerund(token: Any) -> tuple[Any, str] | None:
    """The verb whose clause an adverbial gerund or participle modifies, and the word that introduces it: the
    preposition or subordinator ("After rejecting a court order, Chile expelled ..." gives (expelled, "after"),
    "seized the boats without warning Peru" (seized, "without"), "while visiting Bogota" (…, "while")), or ""
    for a bare participle set off by a comma ("wrote to X, demanding that ..."). None for any other verb. Such a
    gerund has no subject of its own: it is its clause's subject's act (subject control)."""
    if token.tag_ != "VBG" or token.head.i == token.i or any(c.dep_ in SUBJECT_LIKE_DEPS for c in token.children):
        return None
    prep = token.head
    if token.dep_ == "pcomp" and prep.dep_ == "prep" and prep.head.i != prep.i and prep.head.pos_ in ("VERB", "AUX"):
        return prep.head, prep.lower_
    if token.dep_ != "advcl" or token.head.pos_ not in ("VERB", "AUX"):
        return None
    mark = next((c.lower_ for c in token.children if c.dep_ == "mark"), None)
    if mark is not None:
        return token.head, mark
    doc = token.doc
    if token.i > token.head.i:  # "wrote to X, demanding ...": the comma before it
        comma = token.left_edge.i > 0 and doc[token.left_edge.i - 1].text == ","
    else:  # "Speaking to reporters, X accused Y": the comma after it
        comma = token.right_edge.i + 1 < len(doc) and doc[token.right_edge.i + 1].text == ","
    return (token.head, "") if comma else None


def addressees(verb: Any) -> list[Any]:
    """Whom a verb of speech or contact may be addressed to: its object or indirect object ("telephoned his
    counterpart", "told the envoy") and the object of its "to" ("wrote to the president", "sent a letter to the
    president"), each conjunct; the caller keeps those that name a party (not "a letter")."""
    found = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.pos_ != "ADP"]
    found += [o for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
              for o in c.children if o.dep_ == "pobj"]
    return [head for noun in found for head in conjuncts(noun)]


def misread_control(clause: Any) -> bool:
    """An object-control to-infinitive the parser hung as an adverbial clause of purpose ("did not order the army to
    attack the rebels", parsed with "attack" an advcl of "order"): it begins with its "to" right after the verb's
    direct object and has no subject or subordinator of its own ("in order to" has one), as "ordered the army to
    attack" (an xcomp) has none."""
    if clause.dep_ != "advcl" or clause.left_edge.lower_ != "to" or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False
    if any(c.dep_ in SUBJECT_LIKE_DEPS or c.dep_ == "mark" for c in clause.children):
        return False
    return any(c.dep_ == "dobj" and c.right_edge.i + 1 == clause.left_edge.i for c in clause.head.children)


# Prepositions by which a body's or an inquiry's noun names its subject ("the Committee on Benghazi", "an
# inquiry into Kabul", "the task force for Haiti").
_SUBJECT_PREPS = frozenset({"on", "into", "over", "for", "about"})


# Nouns of a body, an inquiry or an accord whose modifier or "on"/"into" object names its subject, not where it
# sits nor whose its members are (`subject_place`): a closed class of the words a legislature or government names
# its own committees and probes by. Not "office", "embassy", "talks" or "summit": those are where they are ("the
# Kabul office", "the Geneva talks"). Held here, not in a table, because the story's country (`sides`) is
# counted from the article alone.
SUBJECT_NOUNS = frozenset({"committee", "subcommittee", "commission", "panel", "probe", "inquiry",
                           "investigation", "hearing", "taskforce", "caucus", "accord"})


def subject_place(token: Any, subject_nouns: Iterable[str] = SUBJECT_NOUNS) -> bool:
    """Whether a place name (its root token) names the subject of a body or an inquiry rather than where
    anyone is: a modifier of such a noun ("his Benghazi committee", "the Kabul embassy inquiry", "the Paris
    climate accord"), or its "on"/"into" object ("the Committee on Benghazi"). `subject_nouns` are the lemmas
    of those nouns (`SUBJECT_NOUNS`). Its members are a legislature's or a government's
    own, not the place's, and the committee sits where its parliament does (w22sides, issue 9)."""
    nouns = frozenset(subject_nouns)
    current = token
    # climb a chain of noun modifiers: "Paris" -> "accord" -> "office" in "the Paris climate accord office"
    for _ in range(4):
        if current.dep_ not in ("compound", "amod", "nmod") or current.head.i == current.i \
                or current.head.i < current.i or current.head.pos_ not in ("NOUN", "PROPN"):
            break
        current = current.head
        if current.lemma_.lower() in nouns:
            return True
    if token.dep_ == "pobj" and token.head.lower_ in _SUBJECT_PREPS:
        return token.head.head.lemma_.lower() in nouns
    return False
