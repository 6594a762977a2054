"""The places stage: find toponym mentions and resolve them to coordinates.

Recognition has two sources, merged by span:
- spaCy's GPE, LOC and FAC entities;
- a gazetteer sweep over runs of capitalised tokens, which finds curated names spaCy labels ORG or splits
  ("Vostochny Cosmodrome", "Strait of Hormuz") and large cities the small model misses.

Not places: capitals the actors stage marked as governments (`Mention.how == "capital"`), names inside a
PERSON entity or a person actor's mention, demonyms and adjectives ("Russian"), and bodies off the Earth
("the moon"). Resolution uses the article's own evidence: "City, State/Country" qualifiers, then the
countries and states the article names (and its actors' countries), then population.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any, Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from ..knowledge import Knowledge
from ..knowledge.gazetteer import Candidate, Context, Gazetteer
from ..records import Article, Place, Span

_ENTITY_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Words that may sit inside a multi-word place name between capitalised words: "Strait of Hormuz",
# "Komsomolsk-on-Amur", "Rio de Janeiro", "Bab el-Mandeb".
_CONNECTORS = frozenset({"of", "on", "upon", "de", "del", "da", "do", "dos", "la", "le", "el", "al", "-", "the",
                         "and", "am", "an", "der", "sur", "en", "y"})
_MAX_RUN = 7  # tokens in the longest name the sweep tries
# Cities the sweep may add without spaCy's help: big enough that a capitalised word naming one is usually it.
_SWEEP_MIN_POPULATION = 200_000
_KEEP_UNRESOLVED = False
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


def _blocked_spans(article: Article) -> list[Span]:
    """Spans that cannot hold a literal place: governments named by their capital, people."""
    blocked = [m.span for a in article.actors for m in a.mentions if m.how == "capital"]
    blocked += [m.span for a in article.actors if a.kind == "person" for m in a.mentions if m.how != "pronoun"]
    for para in article.paragraphs:
        for ent in para.doc.ents:
            if ent.label_ == "PERSON" and ent.end_char > ent.start_char:
                blocked.append(Span(para.start + ent.start_char, para.start + ent.end_char))
    return blocked


def _entity_mentions(article: Article, gazetteer: Gazetteer) -> Iterator[_Mention]:
    for para in article.paragraphs:
        for ent in para.doc.ents:
            if ent.label_ not in _ENTITY_LABELS:
                continue
            cleaned = _clean(ent.text, para.start + ent.start_char)
            if cleaned is None:
                continue
            text, start = cleaned
            # "Washington, D.C." or "Paris, Texas" as one entity: the head is the place, the tail its qualifier,
            # and both are toponyms.
            head, comma, tail = text.partition(",")
            if comma and head.strip() and gazetteer.qualifier(tail.strip()):
                yield _Mention(Span(start, start + len(head.rstrip())), head.rstrip(), "entity")
                tail_start = start + len(head) + 1 + (len(tail) - len(tail.lstrip()))
                tail_text = tail.strip()
                yield _Mention(Span(tail_start, tail_start + len(tail_text)), tail_text, "qualifier")
                continue
            yield _Mention(Span(start, start + len(text)), text, "entity")


def _capitalised(token: Any) -> bool:
    text = token.text
    return bool(text) and (text[0].isupper() or text[0].isdigit()) and token.pos_ != "PUNCT"


def _sweep_mentions(article: Article, gazetteer: Gazetteer) -> Iterator[_Mention]:
    """Longest gazetteer names over runs of capitalised tokens (connectors allowed inside)."""
    for para in article.paragraphs:
        doc = para.doc
        # Token index → (start, end) of a non-place entity, so that a city inside an organisation's name
        # ("Moscow State University") is left alone while a name spaCy cut short ("Komsomolsk" ORG in
        # "Komsomolsk-on-Amur") can still be matched whole.
        other: dict[int, tuple[int, int]] = {}
        for ent in doc.ents:
            if ent.label_ not in _ENTITY_LABELS:
                for k in range(ent.start, ent.end):
                    other[k] = (ent.start, ent.end)
        i = 0
        n = len(doc)
        while i < n:
            if not _capitalised(doc[i]):
                i += 1
                continue
            found = None
            for j in range(min(n, i + _MAX_RUN), i, -1):
                last = doc[j - 1]
                if not _capitalised(last):
                    continue
                inner = doc[i:j]
                if any(not _capitalised(t) and t.lower_ not in _CONNECTORS for t in inner):
                    continue
                text = doc.text[doc[i].idx:last.idx + len(last.text)]
                # Not a part of another entity: "California" in "California State University" is an ORG.
                inside = all(i <= other[k][0] and other[k][1] <= j for k in range(i, j) if k in other)
                if not inside:
                    continue
                if gazetteer.is_curated(text):
                    found = (j, text)
                    break
                words = sum(1 for t in inner if _capitalised(t))
                if words <= 3 and gazetteer.largest_population(text) >= _SWEEP_MIN_POPULATION:
                    # A big city, but not as a sentence's first word, where capitals say nothing, unless it
                    # is in capitals as in a dateline ("WASHINGTON —").
                    if not doc[i].is_sent_start or (text.isupper() and len(text) > 3):
                        found = (j, text)
                        break
            if found is not None and found[0] < n:
                word = gazetteer.place_word(doc[found[0]].text)
                if word is not None and word[0] == "local":
                    found = None  # "Michigan" in "Michigan Avenue": the street, not the state
            if found is None:
                i += 1
                continue
            j, text = found
            start = para.start + doc[i].idx
            cleaned = _clean(text, start)
            if cleaned is not None:
                yield _Mention(Span(cleaned[1], cleaned[1] + len(cleaned[0])), cleaned[0], "sweep")
            i = j


def _merge(mentions: list[_Mention]) -> list[_Mention]:
    """One mention per stretch of text: the longest wins, entities before sweep matches at equal length."""
    order = {"qualifier": 0, "entity": 1, "sweep": 2}
    ranked = sorted(mentions, key=lambda m: (-(m.span.end - m.span.start), order[m.source], m.span.start))
    kept: list[_Mention] = []
    for mention in ranked:
        if not any(mention.span.overlaps(k.span) for k in kept):
            kept.append(mention)
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


def _context(article: Article, mentions: list[_Mention], gazetteer: Gazetteer) -> Context:
    """Countries and states the article is about: named countries and states, clear cities, actors."""
    countries: dict[str, float] = {}
    admins: dict[tuple[str, str], float] = {}
    for mention in mentions:
        candidates = gazetteer.lookup(mention.text, limit=2)
        if not candidates:
            continue
        first = candidates[0]
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
    for actor in article.actors:
        if actor.country:
            countries[actor.country] = countries.get(actor.country, 0.0) + 0.5
    if countries:
        top = max(countries.values())
        countries = {k: v / top for k, v in countries.items()}
    if admins:
        top = max(admins.values())
        admins = {k: v / top for k, v in admins.items()}
    return Context(countries=countries, admins=admins)


def _usable(mention: _Mention, blocked: list[Span], gazetteer: Gazetteer) -> bool:
    if any(mention.span.overlaps(span) for span in blocked):
        return False
    if gazetteer.is_not_place(mention.text) or gazetteer.is_demonym(mention.text):
        return False
    if mention.text.lower() in STOP_WORDS and not mention.text.isupper():
        return False  # the small model tags "We" or "Here" as GPE now and then; "US" is a place
    return any(ch.isalpha() for ch in mention.text) and mention.text[0].isupper()


_LOCAL_REMAINDER_MIN_POPULATION = 100_000


def _resolve(mention: _Mention, context: Context, gazetteer: Gazetteer, focus: Place | None) -> tuple[Candidate | None, str | None]:
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
        if word is None or word[0] != "local":
            continue
        candidate = gazetteer.resolve(" ".join(rest), context)
        # Only a city: "Pennsylvania Avenue" is not in Pennsylvania at large, "Manila Cathedral" is in Manila.
        if candidate is not None and candidate.feature == "city" and candidate.population >= _LOCAL_REMAINDER_MIN_POPULATION:
            return candidate, word[1]
        if focus is not None and focus.lat is not None and focus.lon is not None:
            return Candidate(name=text, country=focus.country, lat=focus.lat, lon=focus.lon, geonameid=None,
                             feature=word[1] or "other"), word[1]
    return None, None


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
    blocked = _blocked_spans(article)
    raw = list(_entity_mentions(article, gazetteer)) + list(_sweep_mentions(article, gazetteer))
    mentions = [m for m in _merge(raw) if _usable(m, blocked, gazetteer)]
    qualified = _qualifiers(article, mentions, gazetteer)
    mentions = sorted(mentions, key=lambda m: (m.span.start, m.span.end))
    context = _context(article, mentions, gazetteer)

    places: list[Place] = []
    for mention in mentions:
        within = qualified.get(mention.span)
        local = context
        if within is not None:
            local = dataclasses.replace(context, within_country=within[0], within_admin=within[1])
        candidate, feature = _resolve(mention, local, gazetteer, _focus(places))
        if candidate is None and not _KEEP_UNRESOLVED:
            continue
        places.append(
            Place(
                id=f"p{len(places) + 1}", span=mention.span,
                name=candidate.name if candidate else mention.text,
                country=candidate.country if candidate else None,
                lat=round(candidate.lat, 5) if candidate else None,
                lon=round(candidate.lon, 5) if candidate else None,
                geonameid=candidate.geonameid if candidate and feature is None else None,
                feature=(feature or candidate.feature) if candidate else None,
            )
        )
    return dataclasses.replace(article, places=tuple(places))
