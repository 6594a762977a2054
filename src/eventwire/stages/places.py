"""The places stage: find toponym mentions and resolve them to coordinates.

Recognition has two sources, merged by span:
- spaCy's GPE, LOC and FAC entities;
- a gazetteer sweep over runs of capitalised tokens, which finds curated names spaCy labels ORG or splits
  ("Vostochny Cosmodrome", "Strait of Hormuz") and large cities the small model misses.

The sweep also takes smaller towns (GeoNames ≥ 1,000 people) when the grammar shows a place: the object of
a locative preposition ("in Douma", "from Dewsbury"), "to" after a verb of movement or a noun ("moved to
Cirencester", "the trip to Paris"), a "City, State" qualifier after it, a dateline, "X's suburbs"; and
names the article uses as places elsewhere. spaCy's ORG names that end in a street or landform word
("Royal Street", "Glenrock Lagoon") count as place entities.

Not places: capitals the actors stage marked as governments (`Mention.how == "capital"`) unless the grammar
above says otherwise (a dateline, "flights between Madrid and Lisbon"), organisations the codebooks know,
names of people (a PERSON entity or a person actor's mention; a bare name with no fuller form in the
article yields to place grammar or to a curated name such as "Tamil Nadu"), acronyms, demonyms and
adjectives ("Russian"), and bodies off the Earth ("the moon"). Resolution uses the article's own evidence:
"City, State/Country" qualifiers, then the countries and states the article names (and its actors'
countries), then population; an unknown local feature ("Atlantic Avenue") sits at the article's focus.
"""
from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Any, Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from ..knowledge import Knowledge
from ..knowledge.gazetteer import PlaceCandidate, PlaceContext, Gazetteer
from ..knowledge.text import place_key
from ..records import Article, Place, Span
from ..spanindex import SpanList, overlaps_any

_ENTITY_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Place words that head a local feature's name ("Royal Street", "Glenrock Lagoon"): see place_words.tsv.
_LOCAL_KINDS = ("local", "way")
# Features of local words that organisations do not end in: spaCy's ORG "Royal Street" or "Glenrock Lagoon"
# is still a place, its ORG "Carnegie Library" may be the institution.
_NOT_ORGANISATION = frozenset({"water", "region", "other"})
_NUMERIC_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
# Words that may sit inside a multi-word place name between capitalised words: "Strait of Hormuz",
# "Komsomolsk-on-Amur", "Rio de Janeiro", "Bab el-Mandeb".
_CONNECTORS = frozenset({"of", "on", "upon", "de", "del", "da", "do", "dos", "la", "le", "el", "al", "-", "the",
                         "and", "am", "an", "der", "sur", "en", "y"})
_MAX_RUN = 7  # tokens in the longest name the sweep tries
# Cities the sweep may add without spaCy's help: big enough that a capitalised word naming one is usually it.
_SWEEP_MIN_POPULATION = 200_000
# Smaller places the sweep may add when the grammar says a place is meant ("moved to Dewsbury", "in Douma"),
# even where spaCy said PERSON or ORG: a GeoNames town of this size bearing the name.
_LITERAL_MIN_POPULATION = 1_000
# Prepositions whose object is where something is or happens: a closed grammatical class.
_LOCATIVE = frozenset({"in", "at", "near", "inside", "outside", "into", "within", "throughout", "across",
                       "around", "via", "through", "toward", "towards", "onto", "beyond", "nearby"})
LOCATIVE = _LOCATIVE  # for the events stage's placing of events (event_places.py)
# "to" marks a place after a verb of movement or a noun ("the trip to Y"), not after "according to",
# "said to"; "from" nearly always marks an origin.
_DIRECTIONAL = frozenset({"to", "from"})
_DATELINE = re.compile(r"\s*(?:,[^\n,(–—:-]{1,40})?\s*(?:\(|[–—:]|-{1,2}\s)")
# A dateline opens the article: "ALEXANDRIA, Va. (Agency) —", "Kyiv —", "BASRA, Iraq -- ": a place name, an
# optional state or country after a comma, an optional agency in brackets, then a dash.
_DATELINE_OPENING = re.compile(
    r"\s*(?P<name>[A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,3})"
    r"(?:,\s*(?P<qualifier>[A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,2}))?"
    r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:—|–|--|-)\s")
# A numbered road: "Highway 200", "State Route 9", "Interstate 95", "U.S. Highway 1A".
_NUMBERED_WAY = re.compile(r"\b(?:(?:State|U\.S\.|US|County|National|Federal)\s+)?"
                           r"(Highway|Route|Interstate|Freeway|Expressway|Motorway)\s+\d{1,4}[A-Z]?\b")
# A named street or district: capitalised words, then a word of place_words.tsv of kind "way", or a
# division word ("District", "Township"): "Augusta St.", "Royal Street", "the Western District".
_NAMED_LOCAL = re.compile(r"\b((?:[A-Z][\w'’-]*\.?\s+){1,3})([A-Z][a-z]+)(\.?)")
# Local features found by their form (the kinds of place_words.tsv that are roads and divisions). Neither
# is placed by the town in its name ("Moscow Street" is seldom in Moscow); a road lies in the town the story
# is about when it names one, a district has no coordinates of its own.
_LOCAL_FORMS = ("way", "division")
_LEADING = re.compile(r"^(?:the|The|THE)\s+")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_QUALIFIER = re.compile(r"\s*,\s*((?:[A-Z][\w.’']*\.?)(?:\s+[A-Z][\w.’']*\.?){0,3})")


@dataclass(frozen=True, slots=True)
class _Mention:
    span: Span
    text: str
    source: str  # "entity" | "sweep" | "qualifier"


def _clean(text: str, start: int) -> tuple[str, int] | None:
    """Strip a leading article and a trailing possessive; the new text and its start offset."""
    match = _LEADING.match(text)
    if match:
        start += match.end()
        text = text[match.end():]
    text = _POSSESSIVE.sub("", text).rstrip()
    return (text, start) if text else None


def _literal_use(span: Any, gazetteer: Gazetteer, strict: bool = False) -> bool:
    """Whether the grammar around a name (a spaCy Span) says it is used as a place, whatever spaCy's label:
    after a locative preposition ("in Douma"), after "to"/"from" with a verb of movement or a noun ("moved
    to Dewsbury", "the trip from Amsterdam"), before a "City, State" qualifier, in a dateline
    ("MANILA, Philippines –", "Hanoi (VNA) –"), or owning a part of a place ("Cairo's suburbs").

    `strict` is for capitals, which name their government as often as their city: "to" and "from" count
    only after a word of movement ("flew to", "the flight from") or in a "from X to Y" route, so that "a
    warning from Moscow" stays the government's."""
    doc = span.doc
    after = _text_after(span, 48)
    match = _QUALIFIER.match(after)
    if match and gazetteer.qualifier(match.group(1).split(",")[0].strip()) is not None:
        return True
    if span.start == 0 or doc[span.start - 1].is_space:
        # The first words of a paragraph, then a dash, a colon or a bracketed agency: a dateline.
        if _DATELINE.match(after):
            return True
    token = span.root
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "from London and Amsterdam": the first conjunct's role counts
    if token.dep_ == "pobj":
        preposition = token.head
        word = preposition.lower_
        if word in _LOCATIVE:
            return True
        if word == "from" and not strict:
            return True  # where someone or something comes from: "a man from Dewsbury", "reported from Baku"
        if word in _DIRECTIONAL:
            head = preposition.head
            while head.dep_ in ("prep", "conj") and head.head.i != head.i and head.lower_ in _DIRECTIONAL:
                head = head.head  # "trips to and from Amsterdam", "from X to Y"
            if (not strict and head.pos_ not in ("VERB", "AUX", "ADJ")
                    and head.ent_type_ not in ("PERSON", "ORG", "NORP")):
                return True  # "the trip to Dewsbury", "Gloucester to Cirencester"
            if any(child.dep_ == "prep" and child.lower_ in _DIRECTIONAL and child.i != preposition.i
                   for child in head.children):
                return True  # "doubling the distance from the roundabout to Cirencester"
            kind = gazetteer.place_word(head.lemma_.lower())
            return kind is not None and kind[0] == "motion"
        if word == "between":
            # "flights between London and Amsterdam", not "relations between London and Harare"
            kind = gazetteer.place_word(preposition.head.lemma_.lower())
            return kind is not None and kind[0] == "motion"
        if word == "of":
            # "the town of Kasba Bonli", "the city of Salisbury": "of" after a word for a place.
            kind = gazetteer.place_word(preposition.head.lemma_.lower())
            return kind is not None and kind[0] in ("area", "local", "way")
        return False
    if token.dep_ == "poss" or any(child.tag_ == "POS" for child in span.root.children):
        owned = token.head if token.dep_ == "poss" else span.root.head
        if owned.ent_type_ in ("FAC", "LOC", "GPE"):
            return True  # "London's Heathrow"
        kind = gazetteer.place_word(owned.lemma_.lower())
        return kind is not None and kind[0] == "area"
    return False


def _doc_span(article: Article, span: Span) -> Any:
    """The spaCy Span of the article's characters `span`, or None across paragraphs."""
    # Paragraphs are in text order and apart: only the last one starting at or before the span can hold it
    # (a Doc's text is built token by token, so asking every paragraph was quadratic in the article).
    at = bisect_right(article.paragraphs, span.start, key=lambda para: para.start) - 1
    for para in article.paragraphs[max(at, 0):at + 1]:
        if para.start <= span.start and span.end <= para.start + _text_length(para.doc):
            return para.doc.char_span(span.start - para.start, span.end - para.start, alignment_mode="expand")
    return None


# A place that leads an organisation's name and is itself well known: a country, a first-level division or a
# city of this size ("Seoul Central District Court", "Abu Dhabi Media"), not a small town sharing a word.
_LEADING_PLACE_POPULATION = 100_000
_LEADING_WORDS = re.compile(r"\S+")


def _past_leading_place(article: Article, span: Span, gazetteer: Gazetteer) -> Span:
    """The part of an organisation's name after the well-known place that starts it: the actors stage makes
    "Seoul Central District Court" one organisation, and "Seoul" in it still says where the court is."""
    words = list(_LEADING_WORDS.finditer(span.text(article.text)))
    for size in range(min(3, len(words) - 1), 0, -1):
        name = " ".join(w.group() for w in words[:size])
        if not name[:1].isupper():
            continue
        if any(c.feature in ("country", "admin") or (c.feature == "city" and c.population >= _LEADING_PLACE_POPULATION)
               for c in gazetteer.lookup(name, limit=5)):
            return Span(span.start + words[size].start(), span.end)
    return span


def _blocked_spans(article: Article, gazetteer: Gazetteer) -> tuple[list[Span], list[Span]]:
    """Spans that cannot hold a literal place: governments named by their capital, and people. The second
    list holds the person spans that are only a lone name ("Cirencester" tagged PERSON, with no fuller name
    in the article): the grammar may still show them to be places."""
    blocked = []
    for actor in article.actors:
        for mention in actor.mentions:
            if mention.how != "capital":
                continue
            # The actors stage reads a capital as its government unless a verb of movement or a locative
            # preposition governs it; a qualifier, a dateline or a noun ("the trip to Paris") also mean
            # the city.
            doc_span = _doc_span(article, mention.span)
            if doc_span is None or not _literal_use(doc_span, gazetteer, strict=True):
                blocked.append(mention.span)
    # An organisation the codebooks know ("Congress", "Amazon") keeps its name even where a town shares it.
    # Also one the actors stage knows by a one-word role name ("Democrats in Congress"): an institution, not
    # a town. A longer role ("the U.S. federal government") may hold a country's name, which is a place.
    blocked += [_past_leading_place(article, m.span, gazetteer) for a in article.actors
                if a.kind == "organisation" and a.code for m in a.mentions
                if m.how == "name" or (m.how == "role" and " " not in m.span.text(article.text).strip())]
    people: list[Span] = SpanList()
    lone: list[Span] = []
    for actor in article.actors:
        if actor.kind != "person":
            continue
        spans = [m.span for m in actor.mentions if m.how != "pronoun"]
        # One name, never a fuller one nor a title ("Mr. Kent"): maybe a place spaCy took for a person.
        if len({place_key(span.text(article.text)) for span in spans}) == 1:
            lone.extend(spans)
        else:
            people.extend(spans)
    for para in article.paragraphs:
        for ent in para.ents():
            if ent.label_ == "PERSON" and ent.end_char > ent.start_char:
                span = Span(para.start + ent.start_char, para.start + ent.end_char)
                (people if overlaps_any(span, people) else lone).append(span)
    return blocked + people, lone


def _entity_mentions(article: Article, gazetteer: Gazetteer) -> Iterator[_Mention]:
    for para in article.paragraphs:
        for ent in para.ents():
            if ent.label_ not in _ENTITY_LABELS and not (ent.label_ == "ORG" and _street_or_nature(ent, gazetteer)):
                continue
            cleaned = _clean(ent.text, para.start + ent.start_char)
            if cleaned is None:
                continue
            text, start = cleaned
            # "Washington, D.C.", "Paris, Texas" or "Thruxton, Hampshire" as one entity: the head is the place,
            # the tail its qualifier or its region, and both are toponyms.
            head, comma, tail = text.partition(",")
            if comma and head.strip() and (gazetteer.qualifier(tail.strip()) or gazetteer.is_curated(tail.strip())):
                yield _Mention(Span(start, start + len(head.rstrip())), head.rstrip(), "entity")
                tail_start = start + len(head) + 1 + (len(tail) - len(tail.lstrip()))
                tail_text = tail.strip()
                yield _Mention(Span(tail_start, tail_start + len(tail_text)), tail_text, "qualifier")
                continue
            yield _Mention(Span(start, start + len(text)), text, "entity")


def _street_or_nature(ent: Any, gazetteer: Gazetteer) -> bool:
    """An ORG entity that names a street, a body of water or a landform by its last word."""
    word = gazetteer.place_word(ent[-1].text)
    return word is not None and (word[0] == "way" or (word[0] == "local" and word[1] in _NOT_ORGANISATION))


def _text_after(span: Any, size: int) -> str:
    """`span.doc.text[span.end_char:span.end_char + size]` from the tokens after the span alone: `Doc.text`
    joins every token of the paragraph on each call, which made the sweep quadratic in its length."""
    if not len(span):
        return span.doc.text[span.end_char:span.end_char + size]
    doc = span.doc
    # Every token has at least one character, so `size` tokens after the span cover `size` characters.
    return (doc[span.end - 1].whitespace_ + "".join(t.text_with_ws for t in doc[span.end:span.end + size]))[:size]


def _text_length(doc: Any) -> int:
    """`len(doc.text)` from its last token, without joining every token."""
    return doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0


def _capitalised(token: Any) -> bool:
    text = token.text
    return bool(text) and (text[0].isupper() or text[0].isdigit()) and token.pos_ != "PUNCT"


def _sweep_mentions(article: Article, gazetteer: Gazetteer, known: frozenset[str]) -> Iterator[_Mention]:
    """Longest gazetteer names over runs of capitalised tokens (connectors allowed inside): curated names,
    big cities, towns the grammar shows to be places, and names (`known`) the article uses as places
    elsewhere. The last two are "literal" mentions, which may override spaCy's PERSON."""
    for para in article.paragraphs:
        doc = para.doc
        doc_text = para.text()  # once: Doc.text joins every token on each call
        # Token index → (start, end) of a non-place entity, so that a city inside an organisation's name
        # ("Moscow State University") is left alone while a name spaCy cut short ("Komsomolsk" ORG in
        # "Komsomolsk-on-Amur") can still be matched whole.
        other: dict[int, tuple[int, int]] = {}
        for ent in para.ents():
            if ent.label_ not in _ENTITY_LABELS:
                # A leading article is no part of the name: "the Holy See" as ORG still holds "Holy See".
                first = ent.start + 1 if ent[0].lower_ == "the" and len(ent) > 1 else ent.start
                for k in range(first, ent.end):
                    other[k] = (first, ent.end)
        i = 0
        n = len(doc)
        # The tokens and which are capitalised, listed once: the windows below ask again of each token.
        tokens = para.tokens()
        capitals = [_capitalised(t) for t in tokens]
        while i < n:
            if not capitals[i]:
                i += 1
                continue
            found = None
            for j in range(min(n, i + _MAX_RUN), i, -1):
                last = tokens[j - 1]
                if not capitals[j - 1]:
                    continue
                if any(not capitals[k] and tokens[k].lower_ not in _CONNECTORS for k in range(i, j)):
                    continue
                inner = doc[i:j]
                text = doc_text[tokens[i].idx:last.idx + len(last.text)]
                # Not a part of another entity: "California" in "California State University" is an ORG.
                inside = all(i <= other[k][0] and other[k][1] <= j for k in range(i, j) if k in other)
                if not inside:
                    continue
                if gazetteer.is_curated(text):
                    found = (j, text, "curated")
                    break
                words = sum(capitals[i:j])
                if words > 3:
                    continue
                population = gazetteer.largest_population(text)
                if population and _whole_name(doc, i, j, gazetteer):
                    if population >= _LITERAL_MIN_POPULATION and _literal_use(inner, gazetteer):
                        found = (j, text, "literal")
                        break
                    if place_key(text) in known:
                        found = (j, text, "known")
                        break
                # A big city, but not as a sentence's first word, where capitals say nothing, unless it
                # is in capitals as in a dateline ("WASHINGTON —").
                if population >= _SWEEP_MIN_POPULATION and (
                        not doc[i].is_sent_start or (text.isupper() and len(text) > 3)):
                    found = (j, text, "sweep")
                    break
            if found is not None and found[0] < n:
                word = gazetteer.place_word(doc[found[0]].text)
                if word is not None and word[0] in _LOCAL_KINDS:
                    found = None  # "Michigan" in "Michigan Avenue": the street, not the state
            if found is None:
                i += 1
                continue
            j, text, source = found
            start = para.start + doc[i].idx
            cleaned = _clean(text, start)
            if cleaned is not None:
                yield _Mention(Span(cleaned[1], cleaned[1] + len(cleaned[0])), cleaned[0], source)
            i = j


def _whole_name(doc: Any, i: int, j: int, gazetteer: Gazetteer) -> bool:
    """Whether tokens i..j can be a town's name on the grammar's word alone: a whole capitalised run, not
    its tail ("Eva's Village", "Detention Centre") nor a head word of a facility ("Centre", "Court"), not
    an acronym ("EU", "NGO" are towns somewhere too), nor a date ("August")."""
    text = doc[i:j].text
    if text.replace(".", "").isupper() and len(text.replace(".", "")) <= 4:
        return False
    if any(t.ent_type_ in _NUMERIC_LABELS for t in doc[i:j]):
        return False
    last = gazetteer.place_word(doc[j - 1].text)
    if last is not None and last[0] in _LOCAL_KINDS:
        return False
    if i > 0:
        before = doc[i - 1]
        if before.lower_ == "the":
            return False  # "the Duma", "the Centre": institutions and features take an article, towns do not
        if before.tag_ == "POS" or (before.pos_ == "PROPN" and _capitalised(before) and not doc[i].is_sent_start):
            return False
    return j >= len(doc) or doc[j].pos_ != "PROPN" or not _capitalised(doc[j]) or doc[j].is_sent_start


def _dateline_mentions(article: Article, gazetteer: Gazetteer) -> list[_Mention]:
    """The place of the article's dateline ("ALEXANDRIA, Va. (Agency) —"), and its qualifier when the
    gazetteer knows it: a place whatever spaCy made of the name (a person, an organisation)."""
    match = _DATELINE_OPENING.match(article.text)
    if match is None or match.group("name").split()[0].lower() in STOP_WORDS \
            or not gazetteer.lookup(match.group("name"), limit=1):
        return []
    found = [_Mention(Span(match.start("name"), match.end("name")), match.group("name"), "dateline")]
    qualifier = match.group("qualifier")
    if qualifier and gazetteer.qualifier(qualifier.rstrip(".")) is not None:
        found.append(_Mention(Span(match.start("qualifier"), match.end("qualifier")), qualifier, "qualifier"))
    return found


def _local_mentions(article: Article, gazetteer: Gazetteer) -> list[_Mention]:
    """Streets, roads and districts by their form: a numbered road ("Highway 200"), or capitalised words
    before a street or division word ("Augusta St.", "the Western District"). spaCy seldom tags them."""
    found = [_Mention(Span(m.start(), m.end()), m.group(0), "local") for m in _NUMBERED_WAY.finditer(article.text)]
    # Names spaCy tagged are left to the entity path ("Syrian Arab Red Crescent" is an organisation).
    tagged = [Span(p.start + e.start_char, p.start + e.end_char) for p in article.paragraphs for e in p.ents()
              if e.end_char > e.start_char]
    for match in _NAMED_LOCAL.finditer(article.text):
        word = gazetteer.place_word(match.group(2))
        if word is None or _local_kind(word) not in _LOCAL_FORMS:
            continue
        words = match.group(1).split()
        while words and words[0].lower() in STOP_WORDS:
            words.pop(0)  # "The Western District", "In Augusta St."
        owner = max((k for k, w in enumerate(words) if _POSSESSIVE.search(w)), default=-1)
        words = words[owner + 1:]  # "Harare's Third Street": the street is "Third Street"
        if not words or any(gazetteer.is_curated(" ".join(words[k:] + [match.group(2)])) for k in range(len(words))):
            continue  # "Republican Orange County": the county the gazetteer knows is found by the sweep
        start = match.start(1) + match.group(1).index(words[0])
        end = match.end(3) if match.group(2) in ("St", "Ave", "Rd", "Blvd") else match.end(2)
        span = Span(start, end)
        if not any(span.overlaps(t) for t in tagged):
            found.append(_Mention(span, article.text[start:end], "local"))
    return found


def _local_kind(word: tuple[str, str | None]) -> str | None:
    """"way" for streets and roads, "division" for districts, counties, townships; else None."""
    if word[0] == "way":
        return "way"
    if word[0] == "local" and word[1] == "admin":
        return "division"
    return None


def dateline_place(article: Article) -> Place | None:
    """The place the article's dateline names ("KYIV, Ukraine (Agency) —"), which the places stage found: the
    article's default location."""
    match = _DATELINE_OPENING.match(article.text)
    if match is None:
        return None
    name = Span(match.start("name"), match.end("name"))
    return next((p for p in article.places if p.span == name), None)


def _merge(mentions: list[_Mention]) -> list[_Mention]:
    """One mention per stretch of text: a dateline first, then the longest wins, entities before sweep
    matches at equal length."""
    order = {"dateline": -1, "qualifier": 0, "entity": 1, "curated": 2, "sweep": 2, "literal": 3, "known": 4,
             "local": 5}
    ranked = sorted(mentions, key=lambda m: (m.source != "dateline", -(m.span.end - m.span.start), order[m.source],
                                             m.span.start))
    kept: list[_Mention] = []
    taken: list[Span] = SpanList()  # the kept spans, indexed: a scan of them per mention was quadratic
    for mention in ranked:
        if not overlaps_any(mention.span, taken):
            kept.append(mention)
            taken.append(mention.span)
    return sorted(kept, key=lambda m: (m.span.start, m.span.end))


def _qualifiers(article: Article, mentions: list[_Mention], gazetteer: Gazetteer) -> dict[Span, tuple[str, str | None]]:
    """For "Springfield, Ill." and "Paris, Texas": the (country, admin) that restricts the first name.

    Abbreviations that no mention covers ("Ill.") become mentions of their own, as they are toponyms too.
    """
    found: dict[Span, tuple[str, str | None]] = {}
    extra: list[_Mention] = []
    for mention in mentions:
        match = _QUALIFIER.match(article.text, mention.span.end)
        if not match:
            continue
        words = match.group(1).split()
        for size in range(len(words), 0, -1):
            phrase = " ".join(words[:size])
            qualifier = gazetteer.qualifier(phrase)
            if qualifier is None and phrase.endswith("."):
                qualifier = gazetteer.qualifier(phrase.rstrip("."))
            if qualifier is None:
                continue
            start = match.start(1)
            span = Span(start, start + len(phrase))
            if article.text[span.start:span.end] != phrase:  # words joined by other whitespace
                break
            found[mention.span] = qualifier
            if not any(span.overlaps(m.span) for m in mentions):
                extra.append(_Mention(span, phrase, "qualifier"))
            break
    mentions.extend(extra)
    return found


def _context(article: Article, mentions: list[_Mention], gazetteer: Gazetteer) -> PlaceContext:
    """Countries and states the article is about: named countries and states, clear cities, actors."""
    countries: dict[str, float] = {}
    admins: dict[tuple[str, str], float] = {}
    for mention in mentions:
        candidates = gazetteer.lookup(mention.text, limit=2)
        if not candidates or gazetteer.shared_by_country_and_division(mention.text):
            continue  # "Georgia" says nothing of which country the story is in: the other names decide
        first = candidates[0]
        if first.curated and sum(1 for c in candidates if c.curated) > 1:
            continue  # "Morris County" is in three states: the name alone says nothing of which
        if first.curated:
            weight = 1.0
        elif len(candidates) == 1 or candidates[1].population * 10 < first.population:
            weight = 0.5  # an unambiguous city: a hint, not proof
        else:
            continue
        if first.country:
            countries[first.country] = countries.get(first.country, 0.0) + weight
        if first.country and first.admin and first.feature in ("admin", "city"):
            admins[(first.country, first.admin)] = admins.get((first.country, first.admin), 0.0) + weight
    # The actors stage reads "Georgia" as the country too ("Senator Jo Wu of Georgia" becomes Georgian):
    # evidence for a country that a shared name may be is circular, so only the other names count for it.
    shared = {c.country for m in mentions if gazetteer.shared_by_country_and_division(m.text)
              for c in gazetteer.lookup(m.text, limit=1) if c.feature == "country"}
    for actor in article.actors:
        if actor.country and actor.country not in shared:
            countries[actor.country] = countries.get(actor.country, 0.0) + 0.5
    if countries:
        top = max(countries.values())
        countries = {k: v / top for k, v in countries.items()}
    if admins:
        top = max(admins.values())
        admins = {k: v / top for k, v in admins.items()}
    return PlaceContext(countries=countries, admins=admins)


def _usable(mention: _Mention, blocked: list[Span], lone: list[Span], gazetteer: Gazetteer) -> bool:
    if mention.source == "dateline":
        return True  # a dateline is a place whatever the parse made of it ("ALEXANDRIA" as a person)
    if overlaps_any(mention.span, blocked):
        return False
    # A lone name spaCy took for a person is a place when the grammar says so, or when it names a country,
    # a state or another curated place ("Tamil Nadu", "Azerbaijan").
    if mention.source not in ("literal", "curated") and overlaps_any(mention.span, lone):
        return False
    if gazetteer.is_not_place(mention.text) or gazetteer.is_demonym(mention.text):
        return False
    if mention.text.lower() in STOP_WORDS and not mention.text.isupper():
        return False  # the small model tags "We" or "Here" as GPE now and then; "US" is a place
    return any(ch.isalpha() for ch in mention.text) and mention.text[0].isupper()


def _named_otherwise(article: Article, mention: _Mention, gazetteer: Gazetteer) -> bool:
    """Whether the grammar shows a name the gazetteer knows to name an institution here: a name after "at"
    that hangs from a person ("Dr. Lena Marsh at Saint Anselm said") is where the person works, a hospital
    or a university; people are "in" towns."""
    if mention.source == "dateline":
        return False
    doc_span = _doc_span(article, mention.span)
    if doc_span is None:
        return False
    token = doc_span.root
    if token.dep_ == "pobj" and token.head.lower_ == "at" and not gazetteer.is_curated(mention.text):
        owner = token.head.head
        return owner.ent_type_ == "PERSON" and owner.pos_ == "PROPN"
    return False


_LOCAL_REMAINDER_MIN_POPULATION = 100_000


def _resolve(mention: _Mention, context: PlaceContext, gazetteer: Gazetteer, focus: Place | None) -> tuple[PlaceCandidate | None, str | None]:
    """The candidate for a mention, and the feature to report when a fallback changed it."""
    text = mention.text
    if mention.source == "qualifier" or "." in text or (text.isupper() and len(text) <= 3):
        abbreviated = gazetteer.abbreviation(text)
        if abbreviated is not None:
            return abbreviated, None
    candidate = gazetteer.resolve(text, context)
    if candidate is not None:
        return candidate, None
    words = text.split()
    if len(words) < 2:
        return None, None
    # "West Wales", "South Venezuela": a direction narrows a known place; the place is near enough.
    first, last = gazetteer.place_word(words[0]), gazetteer.place_word(words[-1])
    if first and first[0] == "direction":
        candidate = gazetteer.resolve(" ".join(words[1:]), context)
        if candidate is not None:
            return candidate, None
    # "Oaxaca State", "Sindh province": a generic suffix.
    if last and last[0] == "suffix":
        candidate = gazetteer.resolve(" ".join(words[:-1]), context)
        if candidate is not None:
            return candidate, None
    # "Manila Cathedral", "Royal Street", "Lake Manassas": a local feature of a known city, or of the place
    # the article is about at that point.
    for word, rest in ((last, words[:-1]), (first, words[1:])):
        if word is None or word[0] not in _LOCAL_KINDS:
            continue
        if _local_kind(word) == "division" and _generic(rest, gazetteer):
            return None, None  # "the Western District" is in no town: no coordinates of its own (`_unplaced`)
        if word != _local_word(text, gazetteer) and _local_kind(word) == "way":
            continue  # "St George's Chapel": "St" before a name is a saint, not a street
        if _local_kind(word) == "way":
            # "Moscow Street" is seldom in Moscow: a road lies in the town the story is about, if any.
            if focus is not None and focus.lat is not None and focus.lon is not None:
                return PlaceCandidate(name=text, country=focus.country, lat=focus.lat, lon=focus.lon, geonameid=None,
                                 feature=word[1] or "facility"), word[1]
            return None, None
        candidate = gazetteer.resolve(" ".join(rest), context)
        # Only a city: "Pennsylvania Avenue" is not in Pennsylvania at large, "Manila Cathedral" is in Manila.
        if candidate is not None and candidate.feature == "city" and candidate.population >= _LOCAL_REMAINDER_MIN_POPULATION:
            return candidate, word[1]
        if focus is not None and focus.lat is not None and focus.lon is not None:
            return PlaceCandidate(name=text, country=focus.country, lat=focus.lat, lon=focus.lon, geonameid=None,
                             feature=word[1] or "other"), word[1]
    return None, None


def _county_of_town(mention: _Mention, candidate: PlaceCandidate | None, gazetteer: Gazetteer,
                    town: PlaceCandidate | None) -> PlaceCandidate | None:
    """A county named in a story about a town is the county of that name in the town's state ("Morris
    County" in a story about Parsippany is New Jersey's); one placed only at its state's point lies near that
    town rather than at the state's middle."""
    if candidate is None or town is None or candidate.feature != "admin" or candidate.geonameid is not None \
            or not town.admin or candidate.country != town.country:
        return candidate
    same = [c for c in gazetteer.lookup(mention.text) if c.feature == "admin" and c.geonameid is None
            and c.country == town.country and c.admin == town.admin]
    if not same:
        return candidate
    county = same[0]
    state = gazetteer.curated_divisions(town.country or "").get(town.admin)
    if state is not None and (county.lat, county.lon) == (state.lat, state.lon):
        county = dataclasses.replace(county, lat=town.lat, lon=town.lon)
    return county


def _unplaced(text: str, gazetteer: Gazetteer, focus: Place | None) -> str | None:
    """The feature of a road or district nothing places ("the Western District", "Congressional District",
    "Highway 200" in a story that names no town): a local place with no coordinates, no city and no country
    of its own. A road in a story about a town lies there (the caller's focus). None for other names."""
    word = _local_word(text, gazetteer)
    kind = _local_kind(word) if word is not None else None
    if kind == "division" and _generic(text.split()[:-1], gazetteer):
        return word[1] or "admin"
    if kind in _LOCAL_FORMS and (focus is None or focus.lat is None):
        return word[1] or "facility"
    return None


def _local_word(text: str, gazetteer: Gazetteer) -> tuple[str, str | None] | None:
    """The road or division word that heads a local name: its last word ("Royal Street", "Western
    District"), or a road word before a number ("Highway 200"; "St George's Chapel" is no street)."""
    words = text.split()
    last = gazetteer.place_word(words[-1])
    if last is not None and _local_kind(last) in _LOCAL_FORMS:
        return last
    first = gazetteer.place_word(words[0])
    if first is not None and _local_kind(first) == "way" and len(words) == 2 and words[1][:1].isdigit():
        return first
    return None


_ADJECTIVE = re.compile(r"^[A-Z][a-z]+(?:al|ern|ary|ic)$|^\d+(?:st|nd|rd|th)?$")


def _generic(words: list[str], gazetteer: Gazetteer) -> bool:
    """Whether the words before a division word name no place, only which one ("Western", "Congressional",
    "5th"): such a district is a part of something the name does not say."""
    return all(_ADJECTIVE.match(w) or (gazetteer.place_word(w) or ("",))[0] == "direction" for w in words)


def _focus(places: list[Place]) -> Place | None:
    """The city named most often so far (the latest on a tie), else the latest division: where a local
    feature most likely is. Frequency, not recency, so one passing mention does not move the story."""
    for feature in ("city", "admin"):
        counts: dict[int | None, int] = {}
        for place in places:
            if place.feature == feature and place.lat is not None and place.geonameid is not None:
                counts[place.geonameid] = counts.get(place.geonameid, 0) + 1
        if counts:
            best = max(counts.values())
            for place in reversed(places):
                if place.feature == feature and counts.get(place.geonameid) == best:
                    return place
    return None


def run(article: Article, knowledge: Knowledge) -> Article:
    gazetteer: Gazetteer = knowledge.gazetteer
    blocked, lone = (SpanList(spans) for spans in _blocked_spans(article, gazetteer))  # indexed: asked per mention
    entities = [m for m in _entity_mentions(article, gazetteer) if _usable(m, blocked, lone, gazetteer)]
    # Names the article itself uses as places: other mentions of them are places too, whatever spaCy's
    # label there ("Immokalee" is GPE once and ORG twice in one story).
    # Not a name the article also gives a person: one GPE tag on "Noma" must not turn her into a town.
    persons = {place_key(span.text(article.text)) for span in blocked + lone}
    known = frozenset(place_key(m.text) for m in entities
                      if len(m.text) > 3 and place_key(m.text) not in persons and gazetteer.lookup(m.text, limit=1))
    raw = entities + list(_sweep_mentions(article, gazetteer, known)) + _dateline_mentions(article, gazetteer) \
        + [m for m in _local_mentions(article, gazetteer) if _usable(m, blocked, lone, gazetteer)]
    mentions = [m for m in _merge(raw) if _usable(m, blocked, lone, gazetteer)
                and not _named_otherwise(article, m, gazetteer)]
    qualified = _qualifiers(article, mentions, gazetteer)
    mentions = sorted(mentions, key=lambda m: (m.span.start, m.span.end))
    context = _context(article, mentions, gazetteer)

    resolved: list[tuple[_Mention, PlaceCandidate | None, str | None]] = []
    interim: list[Place] = []
    for mention in mentions:
        within = qualified.get(mention.span)
        local = context
        if within is not None:
            local = dataclasses.replace(context, within_country=within[0], within_admin=within[1])
        # Only a city so far places a local feature here; a division alone waits for the article's focus.
        focus = _focus(interim)
        candidate, feature = _resolve(mention, local, gazetteer, focus if focus and focus.feature == "city" else None)
        resolved.append((mention, candidate, feature))
        if candidate is not None:
            interim.append(_place(mention, candidate, feature, len(interim)))
    contained = _contained(article.text, resolved, gazetteer)
    if contained != resolved:  # the focus below is of the places as placed now
        resolved = contained
        interim = [_place(m, c, f, i) for i, (m, c, f) in enumerate([r for r in resolved if r[1] is not None])]
    # A local feature named before any town ("Morris County" in a story's first line) sits at the town the
    # story turns out to be about.
    focus = _focus(interim)
    town = next((c for _, c, f in resolved if focus is not None and c is not None and f is None
                 and c.geonameid == focus.geonameid), None)
    places: list[Place] = []
    for mention, candidate, feature in resolved:
        word = _feature_word(mention.text, gazetteer)
        candidate = _county_of_town(mention, candidate, gazetteer, town)
        if candidate is None:
            unplaced = _unplaced(mention.text, gazetteer, focus)
            if unplaced is not None:
                places.append(Place(id=f"p{len(places) + 1}", span=mention.span, name=mention.text, country=None,
                                    lat=None, lon=None, geonameid=None, feature=unplaced))
                continue
        if candidate is None and focus is not None and word is not None and word[0] in _LOCAL_KINDS and word[1]:
            feature = word[1]
            candidate = PlaceCandidate(name=mention.text, country=focus.country, lat=focus.lat or 0.0,
                                  lon=focus.lon or 0.0, geonameid=None, feature=feature)
        if candidate is None:  # a name the gazetteer cannot place is not a record
            continue
        places.append(_place(mention, candidate, feature, len(places)))
    return dataclasses.replace(article, places=tuple(places))


def _feature_word(text: str, gazetteer: Gazetteer) -> tuple[str, str | None] | None:
    """The place word of a local feature's name, last word first ("Blenheim Palace", "Lake Manassas"): its
    (kind, feature) when the kind is a local one."""
    words = text.split()
    return next((w for w in (gazetteer.place_word(words[-1]), gazetteer.place_word(words[0]))
                 if w is not None and w[0] in _LOCAL_KINDS), None)


# "X in Y": the words between a place and the place it lies in.
_IN = re.compile(r"\s+in\s+(?:the\s+)?")


def _contained(text: str, resolved: list[tuple[_Mention, PlaceCandidate | None, str | None]], gazetteer: Gazetteer
               ) -> list[tuple[_Mention, PlaceCandidate | None, str | None]]:
    """A local feature the text says lies in a place ("Blenheim Palace in Oxfordshire, England", "Royal Street in
    Tarsk") is in that place: a candidate of another country is a namesake (the palace is not in Blenheim, New
    Zealand), and a feature with none is put there rather than at the story's focus."""
    out = list(resolved)
    for index, (mention, candidate, feature) in enumerate(resolved[:-1]):
        word = _feature_word(mention.text, gazetteer)
        following = next(((m, c) for m, c, _ in resolved[index + 1:] if m.span.start > mention.span.end), None)
        if word is None or following is None or following[1] is None or not following[1].country \
                or _IN.fullmatch(text, mention.span.end, following[0].span.start) is None:
            continue
        container = following[1]
        if candidate is None and container.feature not in ("city", "admin"):
            continue  # "in the United States": a country's middle says less than the story's focus
        if candidate is None or candidate.country != container.country:
            out[index] = (mention, PlaceCandidate(name=mention.text, country=container.country, lat=container.lat,
                                                  lon=container.lon, geonameid=None, feature=word[1] or "facility"),
                          word[1])
    return out


def _place(mention: _Mention, candidate: PlaceCandidate, feature: str | None, index: int) -> Place:
    return Place(
        id=f"p{index + 1}", span=mention.span, name=candidate.name, country=candidate.country,
        lat=round(candidate.lat, 5), lon=round(candidate.lon, 5),
        geonameid=candidate.geonameid if feature is None else None,
        feature=feature or candidate.feature,
    )
