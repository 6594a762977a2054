"""A verb as the pattern tables see it (`Frame`: particles, prepositions, objects, clauses), and the grammar
of embedded questions and infinitive complements that shapes it."""
from __future__ import annotations

from typing import Any

from ...knowledge.cues import Cues
from ...knowledge.verbs import Frame, Phrase
from ..syntax import conjuncts, is_temporal, misread_control, objects_of, prep_objects
from .clauses import has_future


# Closed-class grammar: the particles of phrasal verbs that the tagger also reads as adverbs ("hit back at X",
# "stepped down").
_PARTICLES = frozenset({"back", "away", "out", "off", "down", "up"})
# Modals of what may yet happen: "warned it could strike X" speaks of a coming act, as "would" does.
_POSSIBLE = frozenset({"could", "may", "might"})
# Closed-class grammar (w22wrong): nouns of quantity, measure, container and collection, whose "of" complement
# is what the verb acts on ("sent 700 kg of medicine", "deployed dozens of troops", "launched a wave of air
# strikes", "held a round of talks"). Any other noun is itself the object and its "of" noun only says whose or
# what it is part of ("began a new phase of his campaign" begins a phase, not a campaign).
_MEASURES = frozenset({
    "dozen", "score", "hundred", "thousand", "million", "billion", "number", "lot", "plenty", "couple", "pair",
    "handful", "amount", "quantity", "volume", "sum", "total", "majority", "minority", "bulk", "rest", "percent",
    "fraction", "half", "third", "quarter", "portion", "share", "some", "all", "most", "many", "few", "several",
    "none", "one", "two", "three", "both", "each", "any", "kind", "type", "sort", "form", "variety", "range",
    "series", "wave", "string", "spate", "round", "barrage", "volley", "salvo", "flurry", "burst", "hail",
    "torrent", "stream", "flood", "raft", "set", "package", "batch", "shipment", "consignment", "load", "cargo",
    "convoy", "supply", "delivery", "stock", "stockpile", "cache", "arsenal", "fleet", "squadron", "group", "team",
    "unit", "contingent", "detachment", "battalion", "brigade", "company", "platoon", "column", "force", "body",
    "band", "delegation", "crowd", "ton", "tonne", "kg", "kilogram", "gram", "pound", "ounce", "litre", "liter",
    "gallon", "barrel", "box", "crate", "bag", "sack", "case", "truckload", "planeload", "boatload", "shipload",
    "container", "carton", "pallet", "tranche", "installment", "instalment", "worth", "dollar", "euro", "dose",
    "vial", "bottle", "packet", "pack", "parcel", "ration", "piece", "item", "sample"})


def _measure(head: Any) -> bool:
    """Is the noun a quantity whose "of" complement says what it is ("dozens of troops", "$5 million worth
    of aid", "two of the suspects", "100,000 doses of vaccine"), not a thing of its own with an owner ("a phase of
    his campaign")? The plural's stem too, where the lemmatizer slips ("doses" read as "dos")."""
    return head.pos_ == "NUM" or any(w in _MEASURES for w in (head.lemma_.lower(), head.lower_, head.lower_[:-1]))


def phrase_of(token: Any) -> Phrase:
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


def _second_objects(dative: Any) -> list[Any]:
    """The direct object of a double-object verb that the parser hung on the first object as its apposition:
    "granted Jo Marlow a full pardon" is parsed with "pardon" in apposition to "Marlow". An apposition is set
    off by a comma; an indefinite noun phrase right after the name, with nothing between, is the verb's second
    object ("gave Peru a loan", "offered the rebels an amnesty")."""
    out = []
    for child in dative.children:
        if child.dep_ != "appos" or child.pos_ != "NOUN" or child.i < dative.i:
            continue
        first = min(t.i for t in child.subtree)
        between = dative.doc[dative.i + 1:first]
        if len(between) == 0 and any(t.dep_ == "det" and t.lower_ in ("a", "an") for t in child.lefts):
            out.extend(conjuncts(child))
    return out


def that_clauses(token: Any) -> list[Any]:
    """The that-clauses of a verb, and those of its predicate adjective ("was angry that the senator voted
    against it": the parser hangs the clause on the feeling, which says what it is about)."""
    return [c for c in token.children if c.dep_ == "ccomp"] + [
        g for c in token.children if c.dep_ == "acomp" and c.pos_ == "ADJ" for g in c.children if g.dep_ == "ccomp"]


def frame(token: Any, lemma: str) -> Frame:
    slots: dict[str, list[Phrase]] = {}
    preps: set[str] = set()
    clauses: set[str] = set()
    for child in token.children:
        dep = child.dep_
        if dep == "prt" or (dep == "advmod" and (child.pos_ == "ADP" or child.lower_ in _PARTICLES)
                            and not any(child.children)):
            # a particle the parser left as an adverb ("swore her in", "hit back at X") is still the verb's particle
            preps.add(child.lemma_.lower())
        elif dep in ("prep", "agent", "dative") and child.pos_ == "ADP" and not is_temporal(child):
            preps.add(child.lemma_.lower())
        elif dep in ("dobj", "nsubjpass", "attr", "oprd") or (dep in ("acomp", "ccomp") and child.pos_ == "ADJ"):
            # an adjective complement or small clause names what the verb says of its object ("pleaded
            # guilty", "a jury found the senator guilty"): rows may ask for it as their object
            slot = slots.setdefault("nsubjpass" if dep == "nsubjpass" else "dobj", [])
            for head in conjuncts(child):
                slot.append(phrase_of(head))
                # "found the senator guilty" parsed with "guilty" on the noun: an adjective after its noun is
                # the small clause's predicate (English puts attributive adjectives before the noun)
                slot.extend(phrase_of(a) for a in head.children if dep == "dobj" and a.dep_ == "amod"
                            and a.pos_ == "ADJ" and a.i > head.i)
                # "700 kg of medicine", "dozens of troops": the "of" complement says what it is
                slot.extend(phrase_of(o) for o in objects_of(head, ("of",)) if _measure(head))
        elif dep == "dative":
            slots.setdefault("iobj", []).append(phrase_of(child))
            slots.setdefault("dobj", []).extend(phrase_of(t) for t in _second_objects(child))
        elif is_infinitive_complement(token, child):
            clauses.add("xcomp")
            slots.setdefault("xcomp", []).append(phrase_of(child))
            for grandchild in child.children:
                if grandchild.dep_ == "dobj":
                    slots["xcomp"].append(phrase_of(grandchild))
        elif dep == "ccomp":
            clauses.add("ccomp")
            if embedded_question(child):
                clauses.add("ccomp:question")  # "asked X whether it would withdraw": a question, no request
            if has_future(child) or (any(c.dep_ == "aux" and c.lower_ in _POSSIBLE for c in child.children)
                                     and not any(c.dep_ == "aux" and c.lower_ == "have" for c in child.children)):
                # "may have contained" looks back, not ahead
                clauses.add("ccomp:future")  # "warned it would/could strike": what is yet to come
        if dep == "advcl" and embedded_question(child) and any(c.dep_ == "dobj" for c in token.children):
            clauses.add("ccomp:question")  # the parser hangs "asked her if she would run" as a condition
    if any(c.head is not token for c in that_clauses(token)):
        clauses.add("ccomp")  # "was ashamed that X would endorse him": the feeling's clause (w20speech)
    if time_limit(token) is not None:
        clauses.add("deadline")  # "gave the rebels until Friday to surrender": an ultimatum (CAMEO 139)
    for prep, objects in prep_objects(token).items():
        slots.setdefault(prep, []).extend(phrase_of(o) for o in objects)
    return Frame(lemma, frozenset(preps), frozenset(clauses), {k: tuple(v) for k, v in slots.items()})


def noun_frame(token: Any) -> Frame:
    """An event noun's frame. Its prepositions include those the parser hung on its complement's object
    ("allegations of fraud against the mayor", "a lawsuit over the ban against the state": "against" belongs to
    "allegations", not to "fraud"), which its slots already hold (`prep_objects`)."""
    found = frame(token, token.lemma_.lower())
    return Frame(found.lemma, found.preps | frozenset(prep_objects(token)), found.clauses, found.slots)


# Closed-class grammar: the subordinators and wh-words that open an embedded question ("whether it would",
# "if she would run", "how she would pay").
_QUESTION_MARKS = frozenset({"whether", "if"})
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def embedded_question(clause: Any) -> bool:
    """A clause that asks ("whether ...", "if ...", "how/why/what ..."), led by its subordinator or wh-word."""
    first = next(iter(clause.subtree))
    return any(c.dep_ == "mark" and c.lower_ in _QUESTION_MARKS for c in clause.children) or (
        first.tag_ in WH_TAGS and first.i < clause.i)


def interrogative(token: Any) -> bool:
    """Is the verb in a direct question ("Why should voters support X?", "Did Y attack Z?", "Do you think Y
    attacked Z?")? A question asserts no act; its own clause, or a clause above it, ends in "?"."""
    current = token
    for _ in range(8):
        if any(c.dep_ == "punct" and c.text == "?" for c in current.children):
            return True
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def asked_about(token: Any, cues: Cues) -> bool:
    """Is the verb what an embedded question asks ("asked X whether it would withdraw", "wondered if Y had
    attacked", "asked how they would pay")? A yes/no question asserts neither answer; a wh-question under a
    verb of asking asks, where under a verb of telling ("explained how the rebels attacked") it reports."""
    current = token
    for _ in range(4):
        if current.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ in _QUESTION_MARKS
                                           for c in current.children):
            return True
        if current.dep_ in ("ccomp", "advcl") and embedded_question(current) and (
                cues.verb(current.head.lemma_.lower()) == "question"):
            return True
        if current.dep_ not in ("conj", "xcomp"):
            return False
        current = current.head
    return False


def is_infinitive_complement(token: Any, child: Any) -> bool:
    """An xcomp ("agreed to help", and one the parser misread as a purpose: `syntax.misread_control`), or a noun's
    to-infinitive ("an offer to launch"); not a wh-infinitive, an embedded question ("told us what to do", "asked
    how to vote": nobody is asked to do a named act)."""
    if child.dep_ in ("xcomp", "advcl") and next(iter(child.subtree)).tag_ in WH_TAGS and next(
            iter(child.subtree)).i < child.i:
        return False
    if child.dep_ == "xcomp" or misread_control(child):
        return True
    return (child.dep_ in ("acl", "relcl") and token.pos_ in ("NOUN", "PROPN") and child.pos_ == "VERB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children))


# Closed-class grammar: units of time, whose number on a verb of giving is a time limit ("gave them 48 hours to
# leave"), and the prepositions of a limit ("until Friday", "by the end of the month").
_TIME_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year", "fortnight"})
_LIMIT_PREPS = frozenset({"until", "till", "by"})


def time_limit(token: Any) -> Any | None:
    """The to-infinitive a verb sets a time limit on ("has given the rebels until Friday to surrender their weapons",
    "gave the guerrillas 48 hours to release the hostages"), or None: a span of time counted out ("48 hours", "two
    weeks") or a limit ("until Friday") on the verb, and a to-infinitive of the verb or of that span. What is to
    be done by then is asked of someone, not done (an ultimatum, CAMEO 139, whose act is not yet real)."""
    spans = [c for c in token.children if c.dep_ in ("npadvmod", "dobj", "attr") and c.lemma_.lower() in _TIME_UNITS
             and any(n.dep_ == "nummod" or n.lower_ in ("a", "an", "one") for n in c.children)]
    limits = [c for c in token.children if c.dep_ == "prep" and c.lower_ in _LIMIT_PREPS and any(
        o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in c.children)]
    if not spans and not limits:
        return None
    holders = [token, *spans]
    return next((c for h in holders for c in h.children if c.dep_ in ("xcomp", "advcl", "acl") and c.pos_ == "VERB"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
