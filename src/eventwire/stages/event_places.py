"""Where an event happened: the place of its own clause, else a place its sentence puts it in, else the
article's default location (its dateline, or the place its lead or the whole story names) for an event
among one country's actors.

Called by the events stage for each event it codes, with the sentence and the trigger token:

1. **clause**: a place inside the trigger's clause (its dependency subtree), nearest the trigger. A place
   that only names who acted (in the subject, not after a locative preposition: "Baghdad said …") is no
   location; one after a locative preposition ("in", "near", "at" …) comes first.
2. **sentence**: failing that, a place anywhere in the sentence after a locative preposition ("After the
   vote in Lagos, the senator resigned").
3. For an event whose participants are local to one country (none is known to be of another country),
   only then: **sentence** again, a place of the participants' country its sentence names even as an actor
   ("Iran has banned …"); else **dateline**, the article's dateline ("KYIV, Ukraine (Agency) —") when it is
   in that country: it says where the reporter was, which is where a local event happened, not where a
   foreign one did; else, for a story with no dateline, **article**: its default location, the first place
   its lead puts something in ("An apartment building collapsed on Monday in Magnitogorsk"), else the place
   it names most, of the participants' country when theirs is known.

A force event (an attack, a strike) against a target abroad is placed by the place named with it ("an air
strike near Mosul"), never by the attacker: the clause rule skips places that only name the actor, and the
dateline rule does not apply to participants of two countries.
"""
from __future__ import annotations

from typing import Any, Iterable, Sequence

from ..records import Actor, Article, Place, Sentence, Span
from .places import LOCATIVE, dateline_place

SOURCES = ("clause", "sentence", "dateline", "article")


def event_place(article: Article, sentence: Sentence, token: Any,
                participants: Sequence[Actor] = ()) -> tuple[str | None, str | None]:
    """(place id, how it was found: "clause" | "sentence" | "dateline" | "article"), or (None, None)."""
    dateline = dateline_place(article)
    # The dateline is where the reporter filed from, never a place of the clause the parser hung it on.
    places = [p for p in article.places_in(sentence.span) if p != dateline]
    trigger = sentence.token_span(token)
    if places:
        scope = _clause_tokens(token)
        subject = _subject_spans(sentence, token)
        inside = [p for p in places if _covered(sentence, p, scope)]
        located = [p for p in inside if _locative(sentence, p)]
        naming = [p for p in inside if p not in located and not any(s.contains(p.span) for s in subject)]
        for group in (located, naming):
            if group:
                return _nearest(group, trigger).id, "clause"
        located = [p for p in places if _locative(sentence, p)]
        if located:
            return _nearest(located, trigger).id, "sentence"
    countries = {a.country for a in participants if a.country}
    if len(countries) > 1:
        return None, None  # participants of two countries: a strike abroad has no default place
    country = next(iter(countries), None)
    if places and country is not None:
        # "Iran has banned …": an event among one country's own actors happens in the country its sentence
        # names, even as the actor.
        own = [p for p in places if p.country == country and p.feature in ("country", "admin", "city")]
        if own:
            return _nearest(own, trigger).id, "sentence"
    # The article's default location, for participants none of whom is known to be of another country.
    if dateline is not None and dateline.country and country in (None, dateline.country):
        return dateline.id, "dateline"
    if dateline is None:
        default = default_place(article, country)
        if default is not None:
            return default.id, "article"
    return None, None


def default_place(article: Article, country: str | None = None) -> Place | None:
    """Where a story without a dateline is: the place its lead puts something in, else the place it names
    most (a story about Magnitogorsk names Magnitogorsk again and again). With `country`, only a place of
    that country: an event among Ruritanians in a story that names Ruritania happened there."""
    lead = lead_place(article)
    if lead is not None and lead.country and country in (None, lead.country):
        return lead
    counts: dict[tuple[str, str | None], list[Place]] = {}
    for place in article.places:
        if place.lat is None or not place.country or (country is not None and place.country != country):
            continue
        counts.setdefault((place.name, place.country), []).append(place)
    if not counts:
        return None
    best = max(counts.values(), key=lambda group: (len(group), -group[0].span.start))
    # One passing mention is no focus unless the participants' own country is named.
    return best[0] if len(best) >= 2 or country is not None else None


def lead_place(article: Article) -> Place | None:
    """Where a story without a dateline says it happened: the first place its first two sentences put
    something in ("An apartment building collapsed on Monday in Magnitogorsk, …"). News leads say where."""
    for number, sentence in enumerate(article.sentences()):
        if number >= 2:
            break
        located = [p for p in article.places_in(sentence.span) if p.lat is not None and _locative(sentence, p)]
        if located:
            return min(located, key=lambda p: p.span)
    return None


def _nearest(places: Iterable[Place], trigger: Span) -> Place:
    return min(places, key=lambda p: (abs(p.span.start - trigger.start), p.id))


# Dependents that are clauses of their own, with their own place: "After the rally in Lagos ended, the
# minister resigned" does not put the resignation in Lagos by the clause rule.
_OTHER_CLAUSES = ("advcl", "ccomp", "csubj", "relcl", "parataxis", "conj", "acl")


def _clause_tokens(token: Any) -> set[int]:
    """Token indexes of the trigger's own clause: its subtree without the clauses embedded in it."""
    inside: set[int] = set()
    stack = [token]
    while stack:
        current = stack.pop()
        inside.add(current.i)
        for child in current.children:
            if child.dep_ in _OTHER_CLAUSES and child.pos_ in ("VERB", "AUX") and current.i == token.i:
                continue
            stack.append(child)
    return inside


def _covered(sentence: Sentence, place: Place, tokens: set[int]) -> bool:
    words = [t.i for t in sentence.sent if place.span.start <= sentence.offset + t.idx < place.span.end]
    return bool(words) and all(i in tokens for i in words)


def _subtree_span(sentence: Sentence, token: Any) -> Span:
    tokens = list(token.subtree)
    return sentence.tokens_span(tokens[0], tokens[-1])


def _subject_spans(sentence: Sentence, token: Any) -> list[Span]:
    """The trigger's subject phrases (its own, or those of the verbs it hangs on as an infinitive or a
    conjunct): who acted, not where."""
    spans = []
    seen = 0
    while token is not None and seen < 4:
        seen += 1
        spans += [_subtree_span(sentence, c) for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "agent")]
        if token.dep_ in ("xcomp", "conj", "advcl") and token.head.i != token.i:
            token = token.head
        else:
            break
    return spans


def _locative(sentence: Sentence, place: Place) -> bool:
    """Whether a locative preposition governs the place: "in Basra", "near the Western District", "across
    northern Iraq", or the first of a coordination ("in Basra and Mosul")."""
    tokens = [t for t in sentence.sent if place.span.start <= sentence.offset + t.idx < place.span.end]
    if not tokens:
        return False
    root = next((t for t in tokens if not (place.span.start <= sentence.offset + t.head.idx < place.span.end)
                 or t.head.i == t.i), tokens[-1])
    # "in the city of Basra", "in northern Basra": climb from the name to the phrase's head noun.
    for _ in range(4):
        if root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        elif root.dep_ in ("compound", "amod", "nmod", "appos") and root.head.i != root.i:
            root = root.head
        elif root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN":
            root = root.head.head
        else:
            break
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE
