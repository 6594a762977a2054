"""Owners the article's context gives: a count of countries ("the two countries", "both governments", "the
leaders of the two countries") stands for the countries just named, one party each; a pronoun's country
("his country", "the people of her country") is the country of the person the pronoun names. Run once the
mentions are grouped (counted owners) and once the pronouns are resolved (a pronoun's country)."""
from __future__ import annotations

import dataclasses
from typing import Any, Sequence

from ...records import Sentence, Span
from ..syntax import is_subject
from .grouping import role_of
from .mentions import Ctx, Found, role_key
from .tokens import free, span_of

# Words that count the parties of a plural noun ("the two countries", "both governments"): English's
# number words and the dual determiner. "all" and "several" give no count and are left out.
_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4}
# Nouns that name a country as a whole ("the two nations"); "states" is left out: in the US it names states.
_COUNTRY_NOUNS = frozenset({"country", "nation"})
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their"})


def counted_owners(ctx: Ctx, sentences: Sequence[Sentence], found: list[Found], claimed: list[Span]
                   ) -> list[Found]:
    """ "Turkey and Greece agreed … The leaders of the two countries will meet": a role mention counted by
    "two"/"both" ("both governments"), or owned by counted countries ("leaders of the two countries"),
    becomes one party per country when exactly that many countries were named in its sentence before it or,
    failing that, in the sentence before; "the two countries" alone becomes a mention of each country. A
    count that does not match the countries named keeps the mention as it was: it is not clear whom it
    means."""
    out: list[Found] = []
    for item in found:
        if item.kind not in ("group", "person", "organisation") or item.country or item.key[:1] == ("person",) \
                or item.how not in ("role", "group", "title"):
            out.append(item)
            continue
        root = _root(sentences[item.sentence], item.span)
        count = _count(root) if root is not None else None
        if count is None and root is not None:
            owner = next((o for p in root.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
                          for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in _COUNTRY_NOUNS), None)
            count = _count(owner) if owner is not None else None
        codes = _named_countries(found, item, count) if count else []
        if not codes:
            out.append(item)
            continue
        for code in codes:
            party = dataclasses.replace(item, country=code)
            out.append(dataclasses.replace(party, key=role_key(party)))
    for index, sentence in enumerate(sentences):
        out += _counted_countries(ctx, sentence, index, out, claimed)
    return out


def _counted_countries(ctx: Ctx, sentence: Sentence, index: int, found: list[Found], claimed: list[Span]
                       ) -> list[Found]:
    """ "the two countries", "both nations" with no role noun: a mention of each country counted."""
    out: list[Found] = []
    for chunk in sentence.noun_chunks():
        root = chunk.root
        if root.lemma_.lower() not in _COUNTRY_NOUNS or root.tag_ != "NNS":
            continue
        count = _count(root)
        span = span_of(sentence, chunk[0], root)
        if count is None or not free(span, claimed):
            continue
        probe = Found(span, "country", (), "country", "", sentence=index)
        codes = _named_countries(found, probe, count)
        if not codes:
            continue
        claimed.append(span)
        for code in codes:
            country = ctx.knowledge.countries.get(code)
            name = country.name if country is not None else code
            out.append(Found(span, "country", ("country", code), "country", name, code, sentence=index,
                             subject=is_subject(root), plural=True))
    return out


def _count(noun: Any) -> int | None:
    """The number a plural noun's determiner or numeral gives it ("the two", "both")."""
    if noun.tag_ not in ("NNS", "NNPS"):
        return None
    for child in noun.children:
        if child.dep_ in ("nummod", "det", "predet", "preconj", "quantmod") and child.lower_ in _COUNTS:
            return _COUNTS[child.lower_]
    return None


def _named_countries(found: list[Found], item: Found, count: int) -> list[str]:
    """The codes of the `count` countries named before `item` in its sentence, else in the sentence before
    (by any mention that has one: "officials from Kenya and Uganda" name two); none when the number named
    differs."""
    for sentence, before in ((item.sentence, True), (item.sentence - 1, False)):
        codes = list(dict.fromkeys(
            f.country for f in sorted(found, key=lambda f: f.span.start)
            if f.sentence == sentence and f.country and f.how != "pronoun" and f.key != item.key
            and (not before or f.span.end <= item.span.start)))
        if len(codes) == count:
            return codes
        if codes:
            return []
    return []


def _root(sentence: Sentence, span: Span) -> Any | None:
    tokens = [t for t in sentence.tokens() if span.start <= sentence.offset + t.idx < span.end]
    return next((t for t in tokens if t.head not in tokens or t.head.i == t.i), None)


def pronoun_countries(ctx: Ctx, sentences: Sequence[Sentence], found: list[Found], claimed: list[Span]
                      ) -> list[Found]:
    """ "President Ivo Horvat said his country would help": "his country" is the country of the person "his"
    names; "the people of his country" are that country's people; "her husband Siarhei" is of her country. Only
    when the pronoun was resolved to an actor with a country."""
    by_start = {f.span.start: f for f in found if f.how == "pronoun"}
    countries = _actor_countries(ctx, found)
    out = list(found)
    for index, sentence in enumerate(sentences):
        for token in sentence.tokens():
            if token.lemma_.lower() not in _COUNTRY_NOUNS or token.tag_ != "NN":
                continue
            owner = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in _POSSESSIVE_PRONOUNS),
                         None)
            pronoun = by_start.get(sentence.offset + owner.idx) if owner is not None else None
            code = countries.get(pronoun.key) if pronoun is not None else None
            if code is None:
                continue
            span = sentence.token_span(token)  # "country": "his" stays the person's mention
            country = ctx.knowledge.countries.get(code)
            if free(span, claimed) and country is not None:
                claimed.append(span)
                out.append(Found(span, "pronoun", ("country", country.code), "country", country.name, country.code,
                                 sentence=index, subject=is_subject(token)))
            # "the people of his country": a role owned by it takes the country
            for i, item in enumerate(out):
                if item.link == ("possessor", sentence.offset + owner.idx) and not item.country:
                    item = dataclasses.replace(item, country=code, link=None)
                    out[i] = dataclasses.replace(item, key=role_key(item))
    # "her husband Siarhei", "His son, Mario Tello": a named person who is kin of the one a pronoun names
    # (`people.kin_owner`) shares that one's country, and keeps the own key
    for i, item in enumerate(out):
        if item.link is not None and item.link[0] == "possessor" and item.key[:1] == ("person",) \
                and not item.country:
            pronoun = by_start.get(item.link[1])
            code = countries.get(pronoun.key) if pronoun is not None else None
            if code is not None:
                out[i] = dataclasses.replace(item, country=code, link=None)
    return out


def _actor_countries(ctx: Ctx, found: list[Found]) -> dict[tuple[Any, ...], str]:
    """The country of each actor's key: a person's dated role that day, else the first country a mention
    gives it."""
    countries: dict[tuple[Any, ...], str] = {}
    for item in found:
        if item.key in countries:
            continue
        if item.key[:1] == ("person",):
            role = role_of(ctx, item.key[1])
            if role is not None and not role.is_igo and role.country:
                countries[item.key] = role.country
                continue
        if item.country:
            countries[item.key] = item.country
    return countries
