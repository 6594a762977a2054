"""The actors a phrase names: the subject of a verb, the actor of a noun phrase and its parts, the owners of
a listed phrase, the country of a place in a phrase, and who speaks through a cue verb."""
from __future__ import annotations

from typing import Any, Iterable

from ...knowledge.argwords import ArgumentWords
from ...records import Actor, Article, Sentence, coded_country_sector
from .. import sides
from ..event_places import names_subject
from ..syntax import (INHERIT_DEPS, TARGET_PREPS, agent_objects, conjuncts, coordinated_modifiers, governing_subjects,
                      is_passive, misattached_agents, misread_subject, objects_of, owner_preps, passive_agents,
                      prep_objects, subtree_span)


# Noun-phrase children whose words may name the actor ("U.S. officials", "Russia's army", "Kim, the leader").
_NP_PARTS = ("compound", "amod", "poss", "nmod", "appos", "flat")
# Closed-class grammar: nouns of a relation between two parties, opposition or kinship, whose owner is the
# *other* party ("her critics blame her", "Trump critics", "his wife", "Vell supporters"): the owner says who
# they stand against or belong to, never who they are, as "Russia's army" or "the ministry's spokesman" does.
# Not allies, aides or lawyers, who act for their owner.
_RELATIONS = frozenset({"opponent", "rival", "critic", "challenger", "adversary", "foe", "enemy", "detractor",
                        "accuser", "successor", "predecessor", "supporter", "follower", "wife", "husband",
                        "widow", "widower", "son", "daughter", "mother", "father", "brother", "sister", "sibling",
                        "nephew", "niece", "cousin", "grandson", "granddaughter", "family", "parent", "child",
                        # kin and the people of one's private life (w19violence: "was murdered by her neighbour")
                        "uncle", "aunt", "grandfather", "grandmother", "stepfather", "stepmother", "stepson",
                        "stepdaughter", "relative", "neighbour", "neighbor", "friend", "boyfriend", "girlfriend",
                        "fiance", "fiancee", "ex-husband", "ex-wife", "lover", "roommate", "flatmate", "landlord",
                        "tenant"})
_OWNER_PARTS = ("poss", "compound", "nmod")


def speakers(article: Article, sentence: Sentence, cue: Any) -> list[str]:
    """Who speaks through a cue verb: the speaker the quotes stage found for it, else its subject."""
    span = sentence.token_span(cue)
    subject = subject_actors(article, sentence, cue)
    for quote in article.quotes:
        if quote.cue is not None and quote.speaker is not None and quote.cue.overlaps(span):
            # "Chile and Peru said": the quote has one speaker, the clause names them all
            return subject if quote.speaker in subject else [quote.speaker]
    return subject


# Prepositions whose gerund after a predicative adjective is the subject's act ("was quick in condemning X", "was
# right in criticising Y"); not "of" or "about" ("was critical of attacking", "was sure about X attacking").
_MANNER_PREPS = frozenset({"in", "by"})


def subject_actors(article: Article, sentence: Sentence, token: Any, depth: int = 0) -> list[str]:
    """The actors doing `token`: its subject, else the subject it inherits from the clause above."""
    if is_passive(token):
        for obj in agent_objects(token):
            found = phrase_actors(article, sentence, obj)
            if not found:
                # "by a missile fired by rebels": the weapon's user is the one acting
                users = (user for inner in obj.subtree if inner.dep_ == "agent" for user in inner.children
                         if user.dep_ == "pobj")
                found = next((f for f in (phrase_actors(article, sentence, u) for u in users) if f), [])
            return found
        return []
    subject = [c for c in token.children if c.dep_ in ("nsubj", "csubj", "expl")] or [
        c for c in (misread_subject(token),) if c is not None]
    for child in subject:
        if child.tag_ in ("WDT", "WP") and token.dep_ == "relcl":
            found = phrase_actors(article, sentence, token.head)
            if not found and token.head.dep_ == "appos":
                # w20campaign: "the Ohio Nurses Guild, a union that endorsed X": the apposition's noun names no
                # one of its own; the name it is apposed to does the act
                found = phrase_actors(article, sentence, token.head.head)
            return found
        found = phrase_actors(article, sentence, child)
        if found or child is subject[-1]:
            # "Old foes X and Y renewed ...": the parser may give an apposed name a subject of its own
            return found
    if depth < 4 and token.head.i != token.i:
        if token.dep_ == "xcomp" and is_passive(token.head):
            if token.tag_ == "VBN" and not any(c.dep_ == "aux" for c in token.children):
                # "twenty people were confirmed killed", "two were reported abducted": a bare participle is a
                # passive of its own, whose raised subject underwent it (w18wrong); nobody is said to act
                return []
            # raising: "Obama is scheduled to attend" -> Obama attends
            for sibling in token.head.children:
                if sibling.dep_ == "nsubjpass":
                    return phrase_actors(article, sentence, sibling)
        if token.dep_ == "xcomp":
            # object control: "asked Obama to help" -> Obama helps
            for sibling in token.head.children:
                if sibling.dep_ == "dobj":
                    found = phrase_actors(article, sentence, sibling)
                    if found:
                        return found
            return subject_actors(article, sentence, token.head, depth + 1)
        if token.dep_ == "conj" and is_passive(token.head):
            # coordinated verb phrases share their surface subject: in "the president was briefed, and flew to
            # Lima" the one briefed is the one who flew, not the passive's "by" agent
            for sibling in token.head.children:
                if sibling.dep_ == "nsubjpass":
                    return phrase_actors(article, sentence, sibling)
        if token.dep_ in INHERIT_DEPS:
            return subject_actors(article, sentence, token.head, depth + 1)
        if sides.subject_controlled_gerund(token):  # "angered Peru by expelling its envoy": Chile expelled
            return subject_actors(article, sentence, token.head.head, depth + 1)
        if token.dep_ == "pcomp" and token.tag_ == "VBG" and token.head.lower_ in _MANNER_PREPS \
                and token.head.head.dep_ == "acomp":
            # "Chile was forceful in blaming Peru": the gerund of an adjective that describes the subject's
            # manner is the subject's act (the adjective takes its clause's subject)
            return subject_actors(article, sentence, token.head.head, depth + 1)
        if token.dep_ in ("relcl", "acl"):
            carrier = carrying_object(token)
            # "a message on Twitter blaming X": a participle after an object's phrase is the object's, not the
            # phrase's ("a letter to the president demanding ..."); spaCy makes a new Token on each access, so
            # tokens are compared by index, never by identity
            found = phrase_actors(article, sentence, token.head) if carrier is None or carrier.i == token.head.i else []
            if not found and carrier is not None:
                # "issued a declaration demanding ...": whoever issued it demands
                found = subject_actors(article, sentence, carrier.head, depth + 1)
            return found
    return []


def carrying_object(participle: Any) -> Any | None:
    """The object that carries a participle's words ("issued a declaration demanding ...", "posted a message on
    Twitter blaming X"): the noun it hangs on when that is a verb's object, or, for a gerund-participle the parser
    hung on the noun of a prepositional phrase after the object, that object; None otherwise."""
    noun = participle.head
    if noun.dep_ == "pobj" and participle.tag_ == "VBG" and noun.head.dep_ == "prep":
        noun = noun.head.head  # "a message on Twitter blaming X": the message blames, not Twitter
    return noun if noun.dep_ == "dobj" else None


def actor_of_token(article: Article, sentence: Sentence, token: Any) -> Actor | None:
    return article.actor_at(sentence.token_span(token))


def phrase_actors(article: Article, sentence: Sentence, token: Any) -> list[str]:
    """Actor ids named by the noun phrase headed by `token`, one per conjunct ("X and Y")."""
    found: list[str] = []
    for head in conjuncts(token):
        for modifier in coordinated_modifiers(head):
            # "Chilean and Peruvian students": each modifier names one party (the actors stage made two)
            actor = actor_of_token(article, sentence, modifier)
            if actor is not None and actor.id not in found and (
                    actor.kind != "country" or actor_of_token(article, sentence, head) is None):
                # a country too when the noun is no actor of its own ("Arnorian and Gondorian leaders")
                found.append(actor.id)
        actor = actor_of_token(article, sentence, head)
        if actor is None or not informative(actor):
            # "ministers from the Georgian government", "UN troops": a head with no country takes the actor
            # named inside its phrase, which says whose it is
            part = np_part_actor(article, sentence, head)
            if part is not None and part is not actor and (actor is None or informative(part)):
                actor = part
        if actor is None:
            actor = _holder(article, sentence, head)
        if actor is not None and actor.id not in found:
            found.append(actor.id)
        if actor is not None and actor is actor_of_token(article, sentence, head):
            # "lawmakers and officials in X and Y": "officials" names the officials of X and those of Y
            found.extend(a.id for a in article.actors_at(sentence.token_span(head))[1:] if a.id not in found)
        listed = _listed_owners(article, sentence, head)
        if actor is not None and actor.id not in listed:
            # "lawmakers in X and Y": a list of places names owners only when the actors stage split the group
            placed = _listed_owners(article, sentence, head, ("in",))
            listed = placed if actor.id in placed else listed
        if actor is None or actor is not actor_of_token(article, sentence, head) or actor.id in listed:
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
                    return phrase_actors(article, sentence, obj)
    return []


def _holder(article: Article, sentence: Sentence, head: Any) -> Actor | None:
    """The agent of a reduced passive relative on a noun that names no actor ("positions held by the
    rebels", "a ship operated by X"): the phrase stands for whoever holds or runs the thing. A noun that is an
    actor of its own keeps it ("troops sent by X", "rebels backed by X" are not X)."""
    for child in head.children:
        if child.dep_ == "acl" and child.tag_ == "VBN":
            for agent in child.children:
                if agent.dep_ == "agent":
                    for obj in agent.children:
                        actor = actor_of_token(article, sentence, obj) if obj.dep_ == "pobj" else None
                        if actor is not None:
                            return actor
    return None


def informative(actor: Actor) -> bool:
    """Does the actor say whose it is (a country, or an organisation's own code), not just a sector?"""
    return actor.country is not None or (
        actor.code is not None and not actor.code.startswith("---") and actor.code != actor.sector)


def political(actor: Actor | None, argument: ArgumentWords) -> bool:
    """A party of politics: an actor with a country ("U.S. citizens", "Peruvian voters": a country's people are
    one) or with a sector that is not one of private life (argument_words.tsv's sector kind): police,
    prosecutors, rebels, a ministry."""
    if actor is None:
        return False
    country, sector = coded_country_sector(actor.country, actor.sector, actor.code)
    return country is not None or (sector is not None and sector.lower() not in argument.sector)


def np_part_actor(article: Article, sentence: Sentence, head: Any) -> Actor | None:
    own = actor_of_token(article, sentence, head)  # "Human rights activists": one actor, not its own part
    named = _apposed_actor(article, sentence, head, own)
    if named is not None:
        return named
    other = head.lemma_.lower() in _RELATIONS
    for child in head.children:
        if child.dep_ in _NP_PARTS and not (other and child.dep_ in _OWNER_PARTS):
            # the part's own head first: in "the Peruvian government's order" the owner is the government, not
            # the country that names it; but as for a head (`phrase_actors`), a name before a part that does
            # not say whose it is says so: in "the Trump administration's handling" the administration is Trump's
            for part in sorted(child.subtree, key=lambda t: t.i != child.i):
                actor = actor_of_token(article, sentence, part)
                if actor is not None and actor is not own:
                    return actor if informative(actor) else next(
                        (a for a in _named_before(article, sentence, child) if informative(a)), actor)
    fallback: Actor | None = None
    # "the leader of Russia", "hundreds of UN troops"; first the agent of an event noun ("an attack by X in
    # Y"): condemning the attack condemns X, not the place
    # "Valdoria's farmers and fishermen of Tessaly": the second noun's owner phrase, hung on the first
    shared = [p for p in owner_preps(head) if p.head.i != head.i]
    # "rejected the proposal by Peru": the parser hangs the object noun's "by" agent on the verb
    agents = [*(c for c in head.children if _noun_agent(c)), *misattached_agents(head)]
    if other:
        # "her boyfriend in Cusco", "the son of the president": a relation is someone else than whom or where
        # its phrase names (w19violence)
        return None
    for child in [*agents, *(c for c in [*head.children, *shared] if c not in agents)]:
        if child.dep_ == "prep" and child.lower_ in ("of", "in", "from") or child in agents:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    actor = actor_of_token(article, sentence, obj)
                    if actor is None or not informative(actor):
                        # "hundreds of UN troops": the troops say only the sector; "UN" says whose they are
                        part = np_part_actor(article, sentence, obj)
                        actor = part if part is not None and (actor is None or informative(part)) else actor
                    if actor is not None and informative(actor):
                        return actor
                    fallback = fallback or actor
    return fallback


def _apposed_actor(article: Article, sentence: Sentence, head: Any, own: Actor | None) -> Actor | None:
    """The actor an apposition names when someone owns the head ("His rival, Dario Vell, accused ...", "her main
    rival Dario Vell called ...", "Ruritania's president, Lena Marsh"): an apposition says who the head *is*, a
    possessive only whose it is, and a person's rival, wife or employer is someone else. A body's role named by
    someone no table codes ("the ministry's spokesman, Ana Ruiz") keeps its owner, which then says more: for whom
    the role speaks (`np_part_actor`)."""
    owner = next((actor for child in head.children if child.dep_ == "poss"
                  for actor in (actor_of_token(article, sentence, child),) if actor is not None), None)
    if owner is None:
        return None
    for child in head.children:
        if child.dep_ == "appos":
            actor = actor_of_token(article, sentence, child)
            if actor is not None and actor is not own and actor is not owner and (
                    owner.kind == "person" or informative(actor)):
                return actor
    return None


def _named_before(article: Article, sentence: Sentence, noun: Any) -> list[Actor]:
    """The actors named by the words of a noun's phrase before it, pronouns aside ("the Trump administration":
    Trump; "their government": none, the possessor is no name)."""
    words = noun.doc[noun.left_edge.i:noun.i]
    return [a for t in words if t.pos_ != "PRON" for a in (actor_of_token(article, sentence, t),) if a is not None]


def _noun_agent(prep: Any) -> bool:
    """The "by" phrase of a common noun: its agent ("an attack by X", "a statement by X")."""
    return prep.dep_ == "prep" and prep.lower_ == "by" and prep.head.pos_ == "NOUN"


def phrase_place_country(article: Article, sentence: Sentence, tokens: Iterable[Any]) -> str | None:
    """The country of a place named in the phrase ("a target southwest of Baghdad" -> IRQ); not a place that
    names a body's subject ("slammed the Benghazi committee": the committee, not Libya; `names_subject`)."""
    for token in tokens:
        span = subtree_span(sentence, token)
        for place in sorted(article.overlapping("places", span), key=lambda p: p.span):
            if place.span.overlaps(span) and place.country and not names_subject(sentence, place):
                return place.country
    return None


# Verbs of taking and removing (w21actors, issue 9): what is taken is taken FROM its holder, so "from X" after them
# names the one who loses it, never the doer: "the army recaptured the town from the rebels", "the airport was
# seized from the rebels", "hostages freed from their kidnappers". With any other verb a "from" phrase can be
# the origin of the act ("rockets were fired at Israel from Gaza": who fired). CAMEO codes the loser as the
# target of the act (19x "seize or occupy territory" is done to the side that held it). "expel" is left out: "was
# expelled from Russia" is Russia's own act.
TAKING_VERBS = frozenset({"capture", "recapture", "seize", "take", "retake", "wrest", "grab", "snatch", "liberate",
                          "free", "rescue", "withdraw", "remove", "confiscate"})


def takes_from(token: Any) -> bool:
    """Is the trigger a verb of taking or removing, whose "from" phrase names the loser (`TAKING_VERBS`)?"""
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in TAKING_VERBS


def losers(article: Article, sentence: Sentence, token: Any) -> list[str]:
    """The actors named in the "from" phrase of a verb of taking ("recaptured the town from the rebels": the
    rebels), the target of the act; none after any other verb."""
    if not takes_from(token):
        return []
    return list(dict.fromkeys(a for obj in prep_objects(token).get("from", [])
                              for a in phrase_actors(article, sentence, obj)))


# Closed-class grammar: the words that count a noun as a pair ("the two countries", "both sides").
_PAIR_COUNTS = frozenset({"two", "both"})


def pair_phrase(token: Any, pair_words: frozenset[str]) -> Any | None:
    """The noun of a phrase that refers back to a pair ("the two countries", "both sides", "the leaders of the
    two nations"): a `pair_words` noun counted by "two" or "both", the phrase's head or its "of" complement.
    Not "both X and Y", which names its two itself."""
    nouns = [token, *objects_of(token, ("of",))]
    for noun in nouns:
        if noun.lemma_.lower() in pair_words and not any(c.dep_ == "conj" for c in noun.children) and any(
                c.lower_ in _PAIR_COUNTS and c.dep_ in ("nummod", "det", "predet") for c in noun.children):
            return noun
    return None


def named_pair(article: Article, sentence: Sentence, subject: Any) -> list[str]:
    """The two parties a pair phrase headed by `subject` (`pair_phrase`) refers to: the two countries the
    sentence names outside the phrase, else, when it names none, those of the sentence before. Exactly two,
    or no guess. Each country is represented by one of its actors there: one of the phrase's own sector ("the
    two leaders" after "the Chilean and Peruvian governments": their GOV), else the country itself, else the
    first."""
    own = subtree_span(sentence, subject)
    head_actor = actor_of_token(article, sentence, subject)
    sector = head_actor.sector if head_actor is not None else None
    windows = [sentence.span]
    previous = [s for s in article.sentences() if s.span.end <= sentence.span.start]
    if previous:
        windows.append(previous[-1].span)
    for window in windows:
        by_country: dict[str, list[Actor]] = {}
        for actor in article.actors:
            if actor.country is not None and any(window.contains(m.span) and not own.overlaps(m.span)
                                                 for m in actor.mentions):
                by_country.setdefault(actor.country, []).append(actor)
        if len(by_country) == 2:
            return [min(found, key=lambda a: (a.sector != sector or sector is None, a.kind != "country")).id
                    for found in by_country.values()]
        if by_country:
            return []  # one country, or three and more: which two is no guess
    return []


def names_person(article: Article, sentence: Sentence, noun: Any) -> bool:
    """A person's name or a personal pronoun: a PERSON entity, a person actor, or a proper name that names no
    place, organisation or country (the small model leaves many names untyped: "Ana Vell")."""
    if noun.pos_ == "PRON" or noun.ent_type_ == "PERSON":
        return True
    actor = actor_of_token(article, sentence, noun)
    if actor is not None:
        return actor.kind == "person"
    return noun.pos_ == "PROPN" and noun.ent_type_ not in ("GPE", "LOC", "FAC", "ORG", "NORP") and not any(
        p.span.overlaps(sentence.token_span(noun)) for p in article.overlapping("places", sentence.token_span(noun)))


def doer_phrases(token: Any) -> list[Any]:
    """The heads that name who does the trigger: its subject (or the clause's above it), a passive's "by"
    agents, an event noun's possessor."""
    if token.pos_ == "NOUN":
        return [c for c in token.children if c.dep_ == "poss"] + passive_agents(token)
    if is_passive(token):
        return passive_agents(token)
    return governing_subjects(token, ("nsubj",), ("xcomp", "conj"))


def recipient_phrases(token: Any) -> list[Any]:
    """The heads that may name whom the trigger is done to: its objects (a passive's subject), and the objects
    of its target prepositions and of those of its object ("imposed sanctions on X")."""
    deps = ("dobj", "iobj", "dative", "nsubjpass") if is_passive(token) else ("dobj", "iobj", "dative")
    heads = [c for c in token.children if c.dep_ in deps]
    for holder in [token] + heads:
        for prep in (p for p in holder.children if p.dep_ == "prep" and p.lower_ in TARGET_PREPS):
            heads += [o for o in prep.children if o.dep_ == "pobj"] or _dangling_object(prep)
    return heads


def _dangling_object(prep: Any) -> list[Any]:
    """The object of a preposition the parser left with none because a reduced relative follows it: in
    "granted asylum to five officers holed up in the embassy" it reads "officers" as the subject of "holed"."""
    for word in prep.doc[prep.i + 1:prep.i + 8]:
        if word.dep_ in ("nsubj", "nsubjpass") and word.head.i > word.i:
            return [word]
        if word.pos_ in ("VERB", "AUX") or word.is_punct:
            break
    return []
