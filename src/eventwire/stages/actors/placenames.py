"""Names of places the tagger took for people or organisations (issue 9, item 6, w15actors): "Jefferson Parish"
as a person, "Ghazni" as an organisation in "an assault in Ghazni", "from Mysore to Bangalore". A place is no
actor where it is a place, and is its local government where it acts or speaks ("Harris County said", "Tarsk
District ordered an evacuation"), as PETRARCH codes a city named as an actor by its country's government
(CAMEO: a city's or a province's authorities are GOV of their country; the country stays the place's).

What is a place is knowledge, not a list of names: a name headed by a word of place_words.tsv that makes an
administrative division or a town ("Harris County", "County Mayo", "Ozark Township": its `local` rows of feature
`admin` or `city`), or a name the gazetteer knows as a curated place or a town too big to be a namesake
(`tokens.country_of_place_name`). A person's name wins: a surname or a first name of someone the article names in
full, or a name of people.tsv, is never taken for a place ("Jackson", "Elizabeth"), and a town's name is a place
only where the grammar says so (the object of a preposition of place or direction): elsewhere it may name a club,
a firm or a person after the town ("Chelsea won"). A place the tagger marks as one (GPE) is an actor only where it
acts (`entities`), and never where its clause tells a game ("Tarsk beat Bree 2-1", "won the cup": `game`), whose
teams are clubs named after towns, by the grammar of the clause and a closed class of sports words, not a list
of clubs."""
from __future__ import annotations

import re
from typing import Any, Sequence

from ...records import Sentence
from ..syntax import LOCATIVE_PREPS, is_subject
from .mentions import Ctx, Found, named_person
from .tokens import bare, country_of_place_name, text_span

# Features of place_words.tsv's `local` rows whose head word makes a name a place that has a government of its
# own (a county, a parish, a district, a village); not streets, rivers or buildings.
_GOVERNED = frozenset({"admin", "city"})
# Prepositions of direction, besides LOCATIVE_PREPS' of location: "from Mysore to Bangalore", "towards Tarsk".
_DIRECTION_PREPS = frozenset({"to", "from", "toward", "towards", "between"})


def division(ctx: Ctx, name: str) -> bool:
    """Whether a name is an administrative division or a town by its head word ("Harris County", "County
    Mayo"): a capitalised name of two words or more, first or last of which is such a word of place_words.tsv."""
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    gazetteer = ctx.knowledge.gazetteer
    return any((found := gazetteer.place_word(w)) is not None and found[0] == "local" and found[1] in _GOVERNED
               for w in (words[0], words[-1]))


def place_country(ctx: Ctx, tokens: Any) -> str | None | bool:
    """The country of a name that is a place (`division` or `country_of_place_name`): its code, or True for a
    division of no known country; False when the name is no place."""
    text = bare(tokens.text)
    if ctx.knowledge.countries.find(text) is not None or ctx.knowledge.people.roles_of(text):
        return False  # countries are the entity pass's; a known person is a person
    code = country_of_place_name(ctx, tokens)
    if code is not None:
        return code
    if not division(ctx, text):
        return False
    place = ctx.knowledge.gazetteer.resolve(text)
    return place.country if place is not None and place.country else True


def acts(token: Any, ctx: Ctx) -> bool:
    """Whether a place name at `token` (its head) is a doer or a speaker: the subject of an active verb that is
    not "be" nor a verb whose subject is where something happens ("Tarsk saw fighting": place_words.tsv's
    place_subject), or the object of "according to"."""
    head = token.head
    if head.lower_ == "to" and head.i > 0 and token.doc[head.i - 1].lower_ == "according":
        return token.dep_ == "pobj"
    if not is_subject(token) or token.dep_ in ("nsubjpass", "csubjpass"):
        return False
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    verb = token.head
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i != token.i for c in verb.children):
        # a verb with two subjects is a parse that took the tail of a place list for one ("the shooting in
        # Kenosha, Wisconsin led to protests"): the place is where, not who
        return False
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_ != "be" \
        and verb.lemma_.lower() not in ctx.knowledge.gazetteer.words("place_subject") and not game(ctx, token, verb)


# A score: two small numbers joined by a dash ("2-1", "3–0"), one token or three.
_SCORE = re.compile(r"^\d{1,3}[-–]\d{1,3}$")


def game(ctx: Ctx, subject: Any, verb: Any) -> bool:
    """Whether a clause tells a game between teams, so that a town as its subject is a club or a team named after
    it, not the town's government ("Tarsk beat Bree 2-1", "Tarsk won the cup", "Tarsk defeated Bree in the
    final"): a score, or a noun of place_words.tsv's contest words, in the clause outside its subject; or a
    contest verb whose object is a name ("Tarsk beat Bree"). A government neither scores nor wins cups; "Tarsk
    won a grant" and "Tarsk lost its appeal" stay the town's."""
    words = ctx.knowledge.gazetteer.words("contest")
    clause = [t for t in verb.subtree if not subject.left_edge.i <= t.i <= subject.right_edge.i]
    for t in clause:
        if _SCORE.match(t.text) or t.like_num and t.i + 2 < len(t.doc) and t.nbor(1).text in ("-", "–") \
                and t.nbor(2).like_num:
            return True
        if t.pos_ == "NOUN" and t.lemma_.lower() in words:
            return True
    return verb.lemma_.lower() in words and any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in verb.children)


def where(token: Any, ctx: Ctx | None = None) -> bool:
    """Whether a name at `token` is where something is or goes: the object of a preposition of place ("an
    assault in Ghazni") or of direction ("from Mysore to Bangalore"), or a conjunct of such an object. With `ctx`,
    for a common noun that may also be a recipient ("donated blood to the hospital"), a preposition of direction
    counts only after a verb or noun of movement (place_words.tsv's motion words: "fled to the village")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ != "pobj":
        return False
    preposition = token.head
    if preposition.lower_ in LOCATIVE_PREPS:
        return True
    if preposition.lower_ not in _DIRECTION_PREPS:
        return False
    if ctx is None:
        return True
    kind = ctx.knowledge.gazetteer.place_word(preposition.head.lemma_.lower())
    return kind is not None and kind[0] == "motion"


def place_noun(ctx: Ctx, token: Any) -> bool:
    """Whether a common noun names a kind of place (place_words.tsv's `local` and `area` words: "village",
    "neighborhood", "hospital", "prison"), whatever the role table also makes of it (Phoenix's VILLAGE ~CVL,
    PRISON ~COP code the people of a place that acts or is acted on, not the place one is in)."""
    gazetteer = ctx.knowledge.gazetteer
    return any((found := gazetteer.place_word(word)) is not None and found[0] in ("local", "area")
               for word in (token.lemma_.lower(), token.lemma_.capitalize()))


def local_government(ctx: Ctx, sentence: Sentence, index: int, tokens: list[Any], code: str | None | bool
                     ) -> Found | None:
    """The mention of a place's local government ("Harris County said"): an organisation named as the place is,
    of the place's country, sector GOV, one actor per place."""
    found = text_span(ctx, sentence, tokens)
    if found is None:
        return None
    text, span = found
    name = " ".join(bare(text).split())
    country = code if isinstance(code, str) else None
    return Found(span, "name", ("local", name.lower()), "organisation", name, country, "GOV", sentence=index,
                 subject=True)


def places_named(ctx: Ctx, sentences: Sequence[Sentence], found: list[Found]) -> list[Found]:
    """The mentions without the places the tagger took for people or organisations (module docstring): a division
    ("Jefferson Parish") is made its local government where it acts or speaks and dropped elsewhere; a town's
    name is dropped where the grammar makes it a place (`where`) and kept elsewhere. Only names no table codes (an organisation of organisations.tsv, a known person) and that
    name no person of the article."""
    given = {part for f in found if named_person(f) and len(f.name.split()) > 1 and f.how != "surname"
             for part in f.name.split()}
    out: list[Found] = []
    for item in found:
        if item.how not in ("name", "surname") or item.kind not in ("person", "organisation") or item.code \
                or item.country or item.sector or item.name in given or item.key[:1] in (("local",), ("gov",)):
            out.append(item)
            continue
        sentence = sentences[item.sentence]
        tokens = [t for t in sentence.tokens() if item.span.start <= sentence.offset + t.idx < item.span.end]
        root = next((t for t in tokens if t.head not in tokens or t.head.i == t.i), None)
        code = place_country(ctx, root.doc[tokens[0].i:tokens[-1].i + 1]) if root is not None else False
        if code is False:
            out.append(item)
            continue
        if division(ctx, item.name):
            # a county, a parish, a district: its local government where it acts, else the place
            local = local_government(ctx, sentence, item.sentence, tokens, code) if acts(root, ctx) else None
            out.extend([local] if local is not None else [])
        elif not where(root):
            out.append(item)  # a town's name elsewhere may name a club, a firm or a person after it ("Chelsea won")
    return out
