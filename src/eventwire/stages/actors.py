"""The actors stage: who is in the article, with every mention of each, and their CAMEO codes.

Mentions are found in four passes over each sentence, each pass claiming its spans so that a later,
looser pass cannot take them again:

1. people: spaCy PERSON entities (and names the parse shows to be people: "Chang Min, an analyst"),
   widened over their honorifics and titles ("Mr. Putin", "President Vladimir V. Putin");
2. role nouns from `agents.tsv` at the head of a noun phrase, with the country the phrase gives them
   ("U.S. officials", "Russia's defense minister", "the North Korean leader", "state media");
3. the other entities: countries by name or demonym, organisations (`organisations.tsv`), and seats of
   government or capitals used for the government ("the Kremlin said", "between Moscow and
   Pyongyang"), marked how="capital"; a capital used as a place ("visited Pyongyang") is left to the
   places stage;
4. pronouns (he/she/they/its) resolved to a recent compatible actor.

Mentions are then grouped into actors: people by name chains ("Vladimir V. Putin" = "Mr. Putin" =
"Putin") and `people.tsv` (dated roles give country and sector on the publication date; a person with
no role that day but a past one is coded ELI, CAMEO's elites, as PETRARCH does for former officials),
titles to the person holding that title in that country ("the Russian president"), and everything else
by country and sector. Ids follow the order of first mention.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date
from typing import AbstractSet, Any, Iterable, Sequence

from ..knowledge import Knowledge
from ..knowledge.agents import Agent
from ..knowledge.countries import Country
from ..knowledge.people import FAMILY_NAME_FIRST, Role, surnames
from ..records import Actor, Article, Mention, Sentence, Span
from ..spanindex import IndexedList, SpanList, overlaps_any
from .syntax import (LOCATIVE_PREPS, OBJECT_DEPS, SUBJECT_LIKE_DEPS, conjuncts, coordinated_modifiers, is_subject,
                     owner_preps)
from .credits import drop_credits

_PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her"})
_GROUP_PRONOUNS = frozenset({"they", "them", "their"})
_RELATIVE = frozenset({"who", "whom", "whose"})
_NOT_ROLES = frozenset({"PERSON", "GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "CARDINAL", "EVENT", "LAW",
                        "WORK_OF_ART", "PRODUCT", "MONEY", "QUANTITY", "PERCENT", "ORDINAL", "LANGUAGE"})
# "Her Majesty", "His Excellency": a form of address, not a pronoun to resolve
_ADDRESS = frozenset({"majesty", "excellency", "highness", "holiness", "eminence"})
# words that make the lowercase role after them a title before a name: "former senator X", "fellow candidate X"
_TITLE_PREMODIFIERS = frozenset({"former", "fellow", "then", "incumbent"})
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
_POSSESSIVE_TAIL = re.compile(r"(?:['’]s|['’])$")
# Sectors whose members are of the place they are in ("police in Kenya", "a court in Guyana", "residents
# of Gaza"); soldiers, diplomats, journalists and aid workers are often foreigners where they are.
_LOCAL_SECTORS = frozenset({"CVL", "OPP", "COP", "JUD", "REB", "LAB", "EDU", "BUS", "LEG", "GOV", "AGR", "HLH",
                            "REL", "CRM", "SPY", "ELI", "PPL", "MED", "HRI"})
# A city this big (or a curated place) is taken to be the one meant when its name alone is given.
_TOWN = 50_000


@dataclass(frozen=True, slots=True)
class _Found:
    """A mention before actors exist: its span, how it was found, and the key of the actor it joins."""

    span: Span
    how: str
    key: tuple[Any, ...]
    kind: str
    name: str
    country: str | None = None
    sector: str | None = None  # CAMEO agent code, possibly stacked ("GOVMED")
    prefix: str | None = None  # primary agent codes written before the country ("NGO" of "MSF Arnor": NGOARN)
    code: str | None = None  # a fixed code (organisations)
    phrase: str | None = None  # the role phrase of a title or role mention
    plural: bool = False
    sentence: int = 0
    subject: bool = False
    link: tuple[str, int] | None = None  # ("person", offset): apposed name; ("possessor", offset): owner
    gender: str | None = None  # "m" or "f" when an honorific or title says so ("Mr.", "Ms.", "Queen")


@dataclass(frozen=True, slots=True)
class _Ctx:
    """What the passes share for one article."""

    knowledge: Knowledge
    text: str
    on: date | None


def run(article: Article, knowledge: Knowledge) -> Article:
    ctx = _Ctx(knowledge, article.text, article.published)
    claimed: list[Span] = _Claimed()
    sentences = list(article.sentences())
    found: list[_Found] = _FoundList(sentences=sentences)
    for index, sentence in enumerate(sentences):
        found += _people(ctx, sentence, index, claimed)
        found += _entities(ctx, sentence, index, claimed, known_only=True)
        found += _known_names(ctx, sentence, index, claimed, people_only=True)
        found += _roles(ctx, sentence, index, claimed)
        found += _speaking_groups(ctx, sentence, index, claimed)
        found += _known_names(ctx, sentence, index, claimed, people_only=False)
        found += _entities(ctx, sentence, index, claimed, known_only=False, earlier=found)
        found += _speaking_names(ctx, sentence, index, claimed)
    found = _resolve_people(ctx, found)
    found = _resolve_titles(ctx, found)
    found = _organisation_titles(sentences, found)
    found = _FoundList(_joint_actors(ctx, _parenthetical_aliases(ctx, found)), sentences)
    genders = _genders(ctx, found)  # once: the pronouns added below are no new named people
    for index, sentence in enumerate(sentences):
        found += _pronouns(ctx, sentence, index, claimed, found, genders)
    return dataclasses.replace(article, actors=drop_credits(_build(ctx, found), article.text))


# --- helpers over tokens ---------------------------------------------------------------------------

def _span(sentence: Sentence, first: Any, last: Any) -> Span:
    return sentence.tokens_span(first, last)


_Claimed = SpanList  # the claimed spans, also indexed by offset: `_free` looked at every claim, quadratic


def _free(span: Span, claimed: list[Span]) -> bool:
    return not overlaps_any(span, claimed)


class _FoundList(IndexedList):
    """The mentions found so far, also indexed for the questions asked of them once per token or sentence (a
    scan of every mention each time was quadratic in the article): the last words of full names
    (`_names_a_person`), and the mentions by sentence (`near`, for pronouns' antecedents)."""

    def __init__(self, items: Iterable[_Found] = (), sentences: Sequence[Sentence] = ()) -> None:
        super().__init__()
        self.bounds = [sentence.span for sentence in sentences]
        self.surnames: set[str] = set()
        self.by_sentence: dict[int, list[tuple[int, _Found]]] = {}
        self.strays: list[tuple[int, _Found]] = []  # a span outside its own sentence: near every sentence
        self.extend(items)

    def _file(self, item: _Found) -> None:
        entry = (len(self) - 1, item)
        if _named_person(item) and len(item.name.split()) > 1:
            self.surnames.add(item.name.split()[-1])
        if 0 <= item.sentence < len(self.bounds) and self.bounds[item.sentence].contains(item.span):
            self.by_sentence.setdefault(item.sentence, []).append(entry)
        else:
            self.strays.append(entry)

    def near(self, index: int, reach: int = 2) -> list[_Found]:
        """In order, every mention that can be the antecedent of a pronoun in sentence `index`: those of
        that sentence and the `reach` before it (the antecedent functions look no further back, a mention
        of a later sentence starts after the pronoun, and the noun a relative pronoun hangs on is in its
        sentence: a parse tree never leaves it), and any mention whose span leaves its own sentence."""
        entries = [*self.strays]
        for number in range(index - reach, index + 1):
            entries += self.by_sentence.get(number, ())
        entries.sort(key=lambda entry: entry[0])
        return [item for _, item in entries]


def _trim(sentence: Sentence, tokens: list[Any]) -> list[Any]:
    """Tokens without a trailing possessive ("North Korea's") or punctuation."""
    while tokens and (tokens[-1].tag_ == "POS" or tokens[-1].is_punct or tokens[-1].is_space
                      or tokens[-1].lower_ in ("'s", "’s")):
        tokens = tokens[:-1]
    return tokens


def _text_span(ctx: _Ctx, sentence: Sentence, tokens: list[Any]) -> tuple[str, Span] | None:
    tokens = _trim(sentence, tokens)
    while tokens and (tokens[0].is_space or tokens[0].text in ("(", "[", "“", '"', "‘", "'")):
        tokens = tokens[1:]
    if not tokens:
        return None
    span = _span(sentence, tokens[0], tokens[-1])
    text = _POSSESSIVE_TAIL.sub("", span.text(ctx.text))
    if text != span.text(ctx.text):
        span = Span(span.start, span.start + len(text)) if text else span
    return text, span


def _country_of_words(ctx: _Ctx, text: str) -> Country | None:
    countries = ctx.knowledge.countries
    return countries.find(text) or countries.by_adjective(text)


# --- pass 1: people ---------------------------------------------------------------------------------

def _person_entities(ctx: _Ctx, sentence: Sentence) -> Iterable[Any]:
    """PERSON entities, and GPE/ORG/NORP ones followed by a person appositive ("Chang Min, an analyst")."""
    roles = ctx.knowledge.agents.roles
    for ent in sentence.sent.ents:
        if ent.label_ == "PERSON":
            # the tagger takes some countries for people ("Sri Lanka has ..."); after a title the name is a
            # person whom a dictionary codes with the country's bare code ("Prime Minister Telemar" [DAG])
            if ctx.knowledge.countries.find(ent.text) is None or _widen_over_titles(ctx, ent)[1] is not None:
                yield ent
        elif ent.label_ in ("GPE", "ORG", "NORP", "LOC") and _person_appositive(ent, roles) is not None:
            if ctx.knowledge.countries.lookup(ent.text) is None:
                yield ent
    yield from _untagged_titled_names(ctx, sentence)


def _untagged_titled_names(ctx: _Ctx, sentence: Sentence) -> Iterable[Any]:
    """Names the tagger left untagged right after a title ("Judge Ana Ruiz", "Argentine judge Ana Ruiz"):
    a run of two or three capitalised proper nouns outside any entity, after the title words it starts
    with, is a person when a title stands right before it (a given name and a surname; one capitalised
    word is as often a common noun: "Prime Minister Office"). Words the tables know as countries,
    organisations or roles are never such a name."""
    roles = ctx.knowledge.agents.roles
    countries = ctx.knowledge.countries
    doc = sentence.sent.doc
    i = sentence.sent.start
    while i < sentence.sent.end:
        if doc[i].ent_type_ or doc[i].pos_ != "PROPN" or not doc[i].text[:1].isupper():
            i += 1
            continue
        end = i
        while end < sentence.sent.end and not doc[end].ent_type_ and doc[end].pos_ == "PROPN" \
                and doc[end].text[:1].isupper():
            end += 1
        start = i
        while start < end and (match := roles.match([t.text for t in doc[start:end]])) is not None:
            start += match[1]  # "Judge" of "Judge Ana Ruiz" is the title, not the name
        name = doc[start:end]
        if 2 <= len(name) <= 3 and not any(roles.get(t.text) is not None or countries.find(t.text) is not None
                                          for t in name) \
                and countries.find(name.text) is None and ctx.knowledge.agents.organisations.find(name.text) is None \
                and _widen_over_titles(ctx, name)[1] is not None:
            yield name
        i = end


def _person_appositive(ent: Any, roles: Any) -> Agent | None:
    """The role noun of ", a/an/the <role> …" right after an entity, if it names a person."""
    doc = ent.doc
    i = ent.end
    if i >= len(doc) or doc[i].text != ",":
        return None
    words: list[str] = []
    for token in doc[i + 1:min(i + 6, len(doc))]:
        if token.is_punct:
            return None
        if token.pos_ == "NOUN":
            # the longest role phrase ending here: "a former presidential candidate" (PTY), not "candidate"
            agent = next((a for a in (roles.get(" ".join([*words[k:], token.text])) for k in range(len(words) + 1))
                          if a is not None), None)
            if agent is not None and agent.kind in ("person", "title"):
                return agent
            if token.dep_ not in ("compound", "amod"):
                return None
        if token.pos_ != "DET":
            words.append(token.text)
    return None


def _widen_over_titles(ctx: _Ctx, ent: Any) -> tuple[int, str | None]:
    """Index of the first token of the name with its honorifics and titles, and the title phrase."""
    doc = ent.doc
    roles = ctx.knowledge.agents.roles
    start = ent.start
    title: str | None = None
    while start > ent.sent.start:
        for length in (3, 2, 1):
            first = start - length
            if first < ent.sent.start:
                continue
            words = [t.text for t in doc[first:start]]
            agent = roles.get(" ".join(words))
            if agent is None:
                continue
            if words[0][:1].isupper():
                # "President X", "Mr. X", and a role written as a title right before the name ("Attorney X")
                fits = agent.kind in ("title", "honorific") or (agent.kind == "person" and start == ent.start)
            else:
                # "Brazilian foreign secretary Ana Souza": a lowercase role right before the name is its title
                # when a country word says whose it is
                # ("former presidential candidate X", "fellow senator X": a time or peer word before the role
                # makes the phrase a title, as "former president X")
                fits = agent.kind in ("title", "person") and start == ent.start \
                    and (_country_before(ctx, doc, first, ent.sent.start) is not None
                         or first > ent.sent.start and doc[first - 1].lower_ in _TITLE_PREMODIFIERS)
            if fits:
                if agent.kind in ("title", "person") and title is None:
                    title = agent.phrase
                start = first
                break
        else:
            break
    if title is not None:
        # "Russian President Vladimir Putin", "US Ambassador Richard Grenell": the country goes with the name
        first = _country_before(ctx, doc, start, ent.sent.start)
        if first is not None:
            return first, title
    return start, title


def _country_before(ctx: _Ctx, doc: Any, start: int, floor: int) -> int | None:
    """The first token of a capitalised country name or demonym ending right before `start`, if any."""
    for length in (3, 2, 1):
        first = start - length
        if first >= floor and doc[first].text[:1].isupper() \
                and _country_of_words(ctx, doc[first:start].text) is not None:
            return first
    return None


def _people(ctx: _Ctx, sentence: Sentence, index: int, claimed: list[Span]) -> list[_Found]:
    out: list[_Found] = []
    people = ctx.knowledge.people
    for ent in _person_entities(ctx, sentence):
        start, title = _widen_over_titles(ctx, ent)
        found = _text_span(ctx, sentence, list(ent.doc[start:ent.end]))
        if found is None:
            continue
        _, span = found
        name_tokens = _trim(sentence, list(ent))
        written = _span(sentence, name_tokens[0], name_tokens[-1]).text(ctx.text) if name_tokens else ""
        name = _display(written, people.strip_titles(written)) if written else ""
        if not name or not _free(span, claimed):
            continue
        claimed.append(span)
        country, sector = _person_context(ctx, sentence, ent)
        if start < ent.start:
            prefix = _title_country(ctx, ent.doc[start:ent.start])
            named = ctx.knowledge.countries.find(name) if title else None
            country = country or prefix or (named.code if named is not None else None)
            if country is None and title and not any(ctx.knowledge.agents.roles.abroad(w) for w in title.split()):
                # not "Syria envoy X": an envoy's or ambassador's place is where they serve
                country = _country_before_title(ctx, ent.doc, start, sentence.sent.start)
            sector = sector or (ctx.knowledge.agents.roles.get(title).sector if title else None)
        if country is None:
            country = _bracketed_place_country(ctx, ent)
        out.append(_Found(
            span=span, how="name" if len(name.split()) > 1 or title else "surname", key=("person", name),
            kind="person", name=name, country=country, sector=sector, phrase=title.lower() if title else None,
            sentence=index, subject=is_subject(ent.root),
            gender=ctx.knowledge.agents.roles.gender(ent.doc[start:ent.end].text),
        ))
    return out


def _country_before_title(ctx: _Ctx, doc: Any, start: int, floor: int) -> str | None:
    """The country of the name right before a person's title: a state or city ("Ohio Senator X", "Texas
    Governor X": offices of that place) or a body whose name carries a country word ("US Supreme Court
    Justice X")."""
    if start <= floor or not doc[start - 1].ent_type_:
        return None
    ent = next((e for e in doc[start - 1].sent.ents if e.end == start), None)
    if ent is None or ent.start < floor:
        return None
    if ent.label_ in ("GPE", "LOC"):
        return _country_of_place_name(ctx, ent)
    if ent.label_ == "ORG":
        found = next((c for c in (_country_of_words(ctx, t.text) for t in ent if t.text[:1].isupper())
                      if c is not None), None)
        return found.code if found is not None else None
    return None


def _bracketed_place_country(ctx: _Ctx, ent: Any) -> str | None:
    """ "Senator Ruth Vance (D-Ohio)": the party-and-state tag in brackets after a name places the person."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].text != "(":
        return None
    close = next((t.i for t in doc[ent.end:min(ent.end + 8, len(doc))] if t.text == ")"), None)
    if close is None:
        return None
    for token in doc[ent.end + 1:close]:
        if token.text[:1].isupper() and len(token.text) > 2:
            code = _country_of_place_name(ctx, doc[token.i:close])
            if code is not None:
                return code
    return None


def _title_country(ctx: _Ctx, tokens: Any) -> str | None:
    for length in (3, 2, 1):
        if len(tokens) >= length:
            country = _country_of_words(ctx, tokens[:length].text)
            if country is not None:
                return country.code
    return None


def _display(raw: str, stripped: str) -> str:
    """The name as written, without the honorifics `strip_titles` removed (it lowercases)."""
    words = raw.split()
    keep = len(stripped.split())
    return " ".join(words[len(words) - keep:]) if keep else ""


def _person_context(ctx: _Ctx, sentence: Sentence, ent: Any) -> tuple[str | None, str | None]:
    """Country and sector a sentence gives a person: "X of Russia", "X, an analyst at … in Seoul"."""
    doc = ent.doc
    countries = ctx.knowledge.countries
    # "President Vladimir V. Putin of Russia"
    if ent.end + 1 < len(doc) and doc[ent.end].lower_ in ("of", "from"):
        # a country the tagger left untagged ("Judge Marta Quispe of Bolivia"): its proper nouns
        first = ent.end + 2 if doc[ent.end + 1].lower_ == "the" else ent.end + 1
        last = first
        while last < sentence.sent.end and last - first < _NAME_WORDS and doc[last].pos_ == "PROPN" \
                and not doc[last].ent_type_:
            last += 1
        country = countries.find(doc[first:last].text) if last > first else None
        if country is not None:
            return country.code, None
        # "Governor Tomas Arce of Arequipa": an untagged city or state the gazetteer places in one country
        code = _country_of_place_name(ctx, doc[first:last]) if last > first else None
        if code is not None:
            return code, None
        for other in sentence.sent.ents:
            if other.start == ent.end + 1 or (other.start == ent.end + 2 and doc[ent.end + 1].lower_ == "the"):
                country = countries.find(other.text)
                if country is not None:
                    return country.code, None
                # "Senator Ruth Vance of Ohio": a state or city the gazetteer places in one country
                code = _country_of_place_name(ctx, other) if other.label_ in ("GPE", "LOC") else None
                if code is not None:
                    return code, None
    agent = _person_appositive(ent, ctx.knowledge.agents.roles)
    if agent is None:
        return None, None
    # The appositive runs to the next comma or the end of the sentence.
    end = ent.end + 1
    while end < sentence.sent.end and doc[end].text not in (",", ";", ".", "—", "(", ")"):
        end += 1
    country_code: str | None = None
    for other in sentence.sent.ents:
        if other.start <= ent.end or other.end > end:
            continue
        preposition = doc[other.start - 1].lower_ if other.start > 0 else ""
        if other.label_ == "GPE" and preposition in ("in", "of", "from", "at", "based"):
            country = countries.find(other.text)
            if country is None:
                metonym = countries.by_metonym(other.text)
                country = metonym if metonym is not None and metonym.capital.lower() == other.text.lower() else None
            if country is None and preposition == "of":
                # "the mayor of Cusco": an office of a city or state is in that place's country
                code = _country_of_place_name(ctx, other)
                country = ctx.knowledge.countries.get(code) if code is not None else None
            if country is not None:
                country_code = country.code
                break
        if other.label_ == "ORG" and country_code is None:
            for token in other:
                country = _country_of_words(ctx, token.text)
                if country is not None and token.text[:1].isupper():
                    country_code = country.code
    if country_code is None:
        # "Luis Tello, Peru's interior minister", "X, a Peruvian judge": the role noun's own country word
        role = next((t for t in doc[ent.end + 1:end] if t.pos_ == "NOUN"
                     and t.lower_ == agent.phrase.split()[-1].lower()), None)  # the head of "interior minister"
        owner = _modifier_country(ctx, role) if role is not None else None
        country_code = owner.code if owner is not None else None
    body_country, body_sector = _body_of(ctx, doc, ent.end + 1, end)
    # "a spokesman for the Peruvian army": the body the person speaks or works for gives country and sector
    return country_code or body_country, body_sector or agent.sector


def _body_of(ctx: _Ctx, doc: Any, start: int, end: int) -> tuple[str | None, str | None]:
    """Country and sector of the body an appositive ties a person to ("for the Peruvian army", "of the
    Ruritanian foreign ministry"): the first organisation role noun after for/of/at/with/in, with the
    country its modifiers name."""
    roles = ctx.knowledge.agents.roles
    for token in doc[start:end]:
        if token.dep_ != "pobj" or token.head.lower_ not in ("for", "of", "at", "with", "in"):
            continue
        for head in conjuncts(token)[:1]:
            agent = roles.get(head.text)
            if agent is None or agent.kind not in ("organisation", "group"):
                continue
            country = None
            for modifier in head.children:
                if modifier.dep_ in ("amod", "compound", "poss", "nmod") and modifier.text[:1].isupper():
                    found = _country_of_words(ctx, _POSSESSIVE_TAIL.sub("", modifier.text))
                    if found is not None:
                        country = found.code
                        break
            return country, agent.sector
    return None, None


# --- pass 2: role nouns -----------------------------------------------------------------------------

def _roles(ctx: _Ctx, sentence: Sentence, index: int, claimed: list[Span]) -> list[_Found]:
    out: list[_Found] = []
    roles = ctx.knowledge.agents.roles
    for chunk in sentence.noun_chunks():
        root = chunk.root
        if root.pos_ not in ("NOUN", "PROPN") or root.ent_type_ in _NOT_ROLES:
            continue  # "the United Kingdom" is a country, not a kingdom of the role table
        words = [t.text for t in chunk]
        best: tuple[Agent, int] | None = None
        for first in range(chunk.start, root.i + 1):
            if chunk.doc[first].pos_ in ("DET", "NUM", "PRON", "PUNCT"):
                continue
            agent = roles.get(" ".join(words[first - chunk.start:root.i - chunk.start + 1]))
            if agent is not None and agent.kind != "honorific":
                best = (agent, first)
                break
        if best is None:
            continue
        agent, first = best
        name_start = _proper_name_start(ctx, chunk, first, agent)
        if name_start is not None:
            out += _named_body(ctx, sentence, index, claimed, chunk, first, name_start, agent)
            continue
        if agent.kind == "head":
            continue  # "a party", "the news": the word alone is no actor
        if agent.kind == "title" and root.text[:1].isupper() and root.i + 1 < len(chunk.doc) \
                and chunk.doc[root.i + 1].ent_type_ == "PERSON":
            continue  # a title glued to a name: pass 1 took it
        country, start_token, link = _role_country(ctx, sentence, chunk, first)
        prefix, modifiers = _stacked(ctx, chunk.doc[chunk.start:first], head=agent)
        sector = (modifiers or "") + (agent.sector or "") if not agent.prefix else modifiers
        if agent.prefix:
            prefix = (prefix or "") + (agent.sector or "")
        if agent.kind in ("person", "title") and root.tag_ in ("NN", "NNP") and country is None and link is None \
                and not any(c.dep_ in ("det", "poss", "nummod", "amod") for c in root.children):
            continue  # a bare singular title names the office, not a person: "the office of Speaker"
        found = _text_span(ctx, sentence, list(chunk.doc[min(first, start_token):root.i + 1]))
        if found is None:
            continue
        _, span = found
        if not _free(span, claimed):
            continue
        claimed.append(span)
        phrase = " ".join(t.lower_ for t in chunk.doc[first:root.i + 1])
        plural = root.tag_ in ("NNS", "NNPS") or agent.kind == "group"
        kind = "person" if agent.kind in ("person", "title") and not plural else "group"
        if agent.kind == "organisation":
            kind = "organisation"
        item = _Found(
            span=span, how="title" if kind == "person" else "role" if kind != "group" else "group", key=(),
            kind=kind, name=" ".join(span.text(ctx.text).split()), country=country, sector=sector or None,
            prefix=prefix or None, phrase=phrase, plural=plural,
            sentence=index, subject=is_subject(root), link=link,
        )
        parties = _coordinated_parties(ctx, sentence, root, item) or _listed_owner_parties(ctx, sentence, root, item,
                                                                                           claimed)
        out.extend(parties or [dataclasses.replace(item, key=_role_key(item))])
    return out


def _proper_name_start(ctx: _Ctx, chunk: Any, first: int, agent: Agent) -> int | None:
    """The first token of a proper name whose head is the role word at `first`: "the Blue Lantern Party",
    "the Northern Liberation Front", "Thailand's Thai Raksa Chart Party". Every word from there to the head is
    capitalised, and one of the words before the role is neither a country word nor a role word (else it is
    a role with its country: "the Peruvian Army"). Only bodies (organisation, head rows): "Senator" before a
    name is pass 1's, "Republican Senators" a group; and not a government's own organs ("the Peruvian Health
    Ministry" is the Peruvian government, as CAMEO codes a ministry). A name that runs on past its head
    ("Commission on International Religious Freedom") is left whole to the entity pass (`_org_sector`). A
    head row ("Herald") only in a name the tagger took for an organisation: an unknown name that only
    reports is no actor (see `_speaking_names`)."""
    doc = chunk.doc
    root = chunk.root
    if agent.kind not in ("organisation", "head") or agent.kind == "organisation" and agent.primary == "GOV" \
            or agent.kind == "head" and root.ent_type_ != "ORG" or not all(
            t.text[:1].isupper() for t in doc[first:root.i + 1]):
        return None
    if root.ent_type_ and any(e.start <= root.i < e.end - 1 for e in root.sent.ents):
        return None  # the name runs on past the head ("Commission on Religious Freedom"): pass 3's
    roles = ctx.knowledge.agents.roles
    start = first
    while start > chunk.start and doc[start - 1].text[:1].isupper() \
            and doc[start - 1].pos_ in ("PROPN", "ADJ", "NOUN") and doc[start - 1].tag_ != "POS":
        start -= 1
    rest = start
    for length in (3, 2, 1):  # a country word leading the name ("United States", "Thai") is no name word
        if rest + length <= first and _country_of_words(ctx, doc[rest:rest + length].text) is not None:
            rest += length
            break
    named = any(_country_of_words(ctx, t.text) is None and roles.get(t.text) is None for t in doc[rest:first])
    return start if start < first and named else None


def _named_body(ctx: _Ctx, sentence: Sentence, index: int, claimed: list[Span], chunk: Any, first: int,
                start: int, agent: Agent) -> list[_Found]:
    """An organisation named by a proper name ending in a role word, with the whole name as its mention and
    name (one actor with the entity pass's reading of the same name) and the role's sector; the country is a
    country word of the phrase (`_role_country`: "Thailand's", "Thai")."""
    root = chunk.root
    found = _claim(ctx, sentence, list(chunk.doc[start:root.i + 1]), claimed)
    if found is None:
        return []
    text, span = found
    country, _, _ = _role_country(ctx, sentence, chunk, first)
    if country is None:
        named = next((c for c in (_country_of_words(ctx, t.text) for t in chunk.doc[start:first]) if c is not None),
                     None)
        country = named.code if named is not None else None
    name = _bare(text)
    prefix = agent.sector if agent.prefix else None
    return [_Found(span, "name", ("org", None, name.lower()), "organisation", name, country,
                   None if agent.prefix else agent.sector, prefix=prefix, phrase=agent.phrase.lower(),
                   sentence=index, subject=is_subject(root))]


def _claim(ctx: _Ctx, sentence: Sentence, tokens: list[Any], claimed: list[Span]) -> tuple[str, Span] | None:
    """The text and span of a mention made of `tokens`, claimed for it; None if another mention has it."""
    found = _text_span(ctx, sentence, tokens)
    if found is None or not _free(found[1], claimed):
        return None
    claimed.append(found[1])
    return found


def _speaking_groups(ctx: _Ctx, sentence: Sentence, index: int, claimed: list[Span]) -> list[_Found]:
    """Plural nouns that no table knows, as group actors when they are the subject of a verb that only
    someone speaking can be the subject of (the cue table's `subject` column): "Investigators have said …",
    "Critics argued …", "Democrats vowed …". The noun names people by what they do or belong to; "the
    results suggest" names no one, and "suggest" is no such verb. The sector is the role table's for the
    singular ("astronomer"), when it has one; the country is the one the phrase names ("Chilean
    investigators"). Documents ("reports said": their author speaks), closed-class words ("others") and
    questions (a fronted "which critics" is parsed as a subject; a question reports nothing) are left out."""
    cues = ctx.knowledge.cues
    roles = ctx.knowledge.agents.roles
    out: list[_Found] = []
    if sentence.sent.text.rstrip(" \"”'’)").endswith("?"):
        return out
    for chunk in sentence.noun_chunks():
        root = chunk.root
        if root.tag_ not in ("NNS", "NNPS") or root.is_stop or not root.is_alpha or root.dep_ != "nsubj":
            continue
        if root.ent_type_ in _NOT_ROLES and root.ent_type_ != "NORP":
            continue
        head = root.head
        if head.pos_ not in ("VERB", "AUX") or not cues.speaks(head.lemma_):
            continue
        lemma = root.lemma_.lower()
        if lemma in cues.documents:
            continue
        # The noun with the nouns compounded onto it ("Twitter users", "aid agencies"); a country word before
        # it is the group's country ("U.S. investigators"), found by `_role_country` as for any role.
        first = root.i
        while first > chunk.start and chunk.doc[first - 1].dep_ == "compound" \
                and chunk.doc[first - 1].ent_type_ not in ("GPE", "NORP"):
            first -= 1
        country, start_token, link = _role_country(ctx, sentence, chunk, first)
        found = _claim(ctx, sentence, list(chunk.doc[min(first, start_token):root.i + 1]), claimed)
        if found is None:
            continue
        name, span = found
        agent = roles.get(lemma)
        sector = agent.sector if agent is not None and agent.kind != "honorific" and not agent.prefix else None
        item = _Found(span=span, how="group", key=(), kind="group", name=" ".join(name.split()), country=country,
                      sector=sector or None, phrase=root.lower_, plural=True, sentence=index, subject=True,
                      link=link)
        out.append(dataclasses.replace(item, key=_role_key(item)))
    return out


def _speaking_names(ctx: _Ctx, sentence: Sentence, index: int, claimed: list[Span]) -> list[_Found]:
    """Names that no other pass made an actor, when they speak: the subject of a verb that only someone
    speaking can head ("Rudaw reported …" is no such verb, "Rudaw said …" is) or the object of "according to"
    ("according to The Verge"). Whoever is quoted is an actor of the article. spaCy's entity type gives the
    kind (a PERSON is a person, else an organisation); places and nationalities are left to their passes."""
    cues = ctx.knowledge.cues
    roles = ctx.knowledge.agents.roles
    out: list[_Found] = []
    for token in sentence.sent:
        if token.pos_ != "PROPN" or token.dep_ not in ("nsubj", "pobj") or not token.is_alpha \
                or not token.text[:1].isupper():
            continue
        if roles.get(token.text) is not None and roles.get(token.text).kind != "head":
            continue  # "First Minister … said": a title the role table knows, not a name ("Herald" ends one)
        if token.ent_type_ and token.ent_type_ not in ("PERSON", "ORG"):
            continue
        head = token.head
        if token.dep_ == "nsubj":
            if head.pos_ not in ("VERB", "AUX") or not cues.speaks(head.lemma_):
                continue
        elif not (head.lower_ == "to" and head.i > 0 and token.doc[head.i - 1].lower_ == "according"):
            continue
        first = token.i
        while first > sentence.sent.start and token.doc[first - 1].dep_ in ("compound", "flat") \
                and token.doc[first - 1].pos_ == "PROPN" and token.doc[first - 1].head.i == token.i:
            first -= 1
        found = _claim(ctx, sentence, list(token.doc[first:token.i + 1]), claimed)
        if found is None:
            continue
        name, span = found
        kind = "person" if token.ent_type_ == "PERSON" else "organisation"
        name = " ".join(name.split())
        out.append(_Found(span=span, how="name", key=(kind, name), kind=kind, name=name, sentence=index,
                          subject=token.dep_ == "nsubj",
                          sector=_org_sector(ctx, name) if kind == "organisation" else None))
    return out


def _coordinated_parties(ctx: _Ctx, sentence: Sentence, root: Any, item: _Found) -> list[_Found]:
    """ "Chilean and Peruvian students": one group per country word, each with its own span (the first
    modifier alone, the last with the noun), so that events see two parties, not one merged actor."""
    modifiers = coordinated_modifiers(root)
    countries = [_country_of_words(ctx, m.text) if m.text[:1].isupper() else None for m in modifiers]
    if len(modifiers) < 2 or any(c is None for c in countries):
        return []
    parties = []
    for number, (modifier, country) in enumerate(zip(modifiers, countries)):
        last = number == len(modifiers) - 1
        span = _span(sentence, modifier, root if last else modifier)
        party = dataclasses.replace(item, span=span, country=country.code, link=None,
                                    name=f"{modifier.text} {root.text}")
        parties.append(dataclasses.replace(party, key=_role_key(party)))
    return parties


def _listed_owner_parties(ctx: _Ctx, sentence: Sentence, root: Any, item: _Found, claimed: list[Span]
                          ) -> list[_Found]:
    """ "The ambassadors of X, Y and Z", "lawmakers in X and Y": one group per listed country, so that events
    see each country's members as a party. The first party keeps the role noun and takes the first owner's
    name too; each other party has its owner's name as its mention (as "Chilean and Peruvian students")."""
    if item.country is None or item.link is not None or not (item.plural or item.kind != "person"):
        return []
    for prep in owner_preps(root):
        shared = prep.head.i != root.i  # "lawmakers and officials in X and Y": the officials are of both too
        for obj in prep.children:
            owners = conjuncts(obj) if obj.dep_ == "pobj" else []
            if len(owners) < 2:
                continue
            # each owner's whole name ("North Korea", "the United States"), its head the conjunct
            names = [root.doc[next(t.i for t in o.subtree if t.pos_ != "DET" or t is o):o.i + 1] for o in owners]
            countries = [_country_of_words(ctx, _bare(n.text)) if o.text[:1].isupper() else None
                         for o, n in zip(owners, names)]
            if any(c is None for c in countries) or countries[0].code != item.country:
                return []
            if shared:
                # the owner names are the first head's mentions: each party is named by this head alone
                return [dataclasses.replace(party, key=_role_key(party)) for party in (
                    dataclasses.replace(item, country=country.code,
                                        name=item.name if number == 0 else f"{item.name} of {names[number].text}")
                    for number, country in enumerate(countries))]
            spans = [_span(sentence, n[0], o) for o, n in zip(owners, names)]
            if not all(_free(span, claimed) for span in spans):
                return []
            claimed.extend(spans)
            parties = [dataclasses.replace(item, key=_role_key(item))]
            for number, (span, country) in enumerate(zip(spans, countries)):
                party = dataclasses.replace(item, span=span, country=country.code,
                                            name=item.name if number == 0 else f"{item.name} of {names[number].text}")
                parties.append(dataclasses.replace(party, key=_role_key(party)))
            return parties
    return []


def _joint_actors(ctx: _Ctx, found: list[_Found]) -> list[_Found]:
    """A name that stands for several actors at once ("the Alliance" coded as each of its members): a
    mention of each on the same words, so that events see every one of them as a party."""
    out = list(found)
    countries = ctx.knowledge.countries
    for item in found:
        country = countries.get(item.country) if item.key[:1] == ("country",) else None
        for other in countries.joint(country) if country is not None else ():
            out.append(dataclasses.replace(item, key=("country", other.code), name=other.name, country=other.code))
    return out


def _role_key(item: _Found) -> tuple[Any, ...]:
    """Governments of one country are one actor; other roles group by country, sector and words; a
    person's title stays its own actor unless it is joined to a person."""
    if item.kind == "organisation" and item.sector == "GOV" and item.country:
        return ("gov", item.country)
    if item.kind == "person":
        # "the Russian president" twice is one person; "the official" twice may be two
        return ("title", item.country, item.sector, item.phrase, item.prefix) + (
            () if item.country else (item.span.start,))
    return ("group", item.country, item.sector, item.phrase, item.prefix)


def _role_country(ctx: _Ctx, sentence: Sentence, chunk: Any, first: int
                  ) -> tuple[str | None, int, tuple[str, int] | None]:
    """The country a role phrase names, the first token of the phrase's span, and a pending link.

    The link, resolved once all mentions are known, is ("person", offset) for "the North Korean leader,
    Kim Jong-un", ("possessor", offset) for "Mr. Putin's army" (the army of that person's country) or
    ("country", offset) for "the country's state media" (the country named last before).
    """
    doc = chunk.doc
    root = chunk.root
    # A modifier inside the phrase: "U.S. officials", "Russian troops", "the North Korean leader".
    for ent in sentence.sent.ents:
        if ent.start >= chunk.start and ent.end <= first and ent.label_ in ("GPE", "NORP", "ORG") \
                and not _partisan(doc, ent.start):
            country = _country_of_words(ctx, ent.text)
            if country is not None:
                return country.code, ent.start, _apposed_person(chunk, sentence)
    # The parser may run the country into the name of the body: "the US State Department" (ORG "US State").
    for start in range(chunk.start, first):
        token = doc[start]
        if not token.text[:1].isupper() or token.dep_ not in ("compound", "amod", "nmod") or _partisan(doc, start):
            continue
        for end in range(min(first, start + 3), start, -1):
            country = _country_of_words(ctx, doc[start:end].text)
            if country is not None:
                return country.code, start, _apposed_person(chunk, sentence)
    # A possessor: "Russia's defense minister", "the country's state media", "Mr. Putin's army".
    for child in root.children:
        if child.dep_ != "poss":
            continue
        phrase = doc[child.left_edge.i:child.i + 1]
        country = _country_of_words(ctx, _POSSESSIVE_TAIL.sub("", phrase.text))
        if country is not None:
            return country.code, child.left_edge.i, _apposed_person(chunk, sentence)
        if child.lower_ in ("country", "nation", "its"):
            # "the country's state media": the country last named before, once all mentions are known
            return None, child.left_edge.i, ("country", sentence.offset + child.idx)
        if child.ent_type_ == "PERSON":
            return None, first, ("possessor", sentence.offset + child.idx)
    # "the president of Russia"; "the mayor of Nablus", "a court in Guyana", "demonstrators in Baghdad"
    local = _LOCAL_SECTORS.intersection(_sectors(ctx, chunk, first, root)) and not any(
        ctx.knowledge.agents.roles.get(t.text) is not None and ctx.knowledge.agents.roles.abroad(t.text)
        for t in chunk)
    preps = owner_preps(root)
    # "a newspaper based in Beirut"
    preps += [p for c in root.children if c.dep_ in ("acl", "amod") and c.lower_ == "based"
              for p in c.children if p.dep_ == "prep" and p.lower_ == "in"]
    for child in preps:
        for obj in child.children:
            if obj.dep_ != "pobj":
                continue
            words = doc[obj.left_edge.i:obj.i + 1].text
            if child.lower_ in ("of", "from"):
                # "the president of Russia"; "leaders of Egypt's opposition", "officers of the Kenyan army";
                # "soldiers from Chile", "a delegation from Peru": where people come from is their country
                country = _country_of_words(ctx, words) or _modifier_country(ctx, obj)
                if country is not None:
                    return country.code, first, _apposed_person(chunk, sentence)
            named = ctx.knowledge.countries.find(_bare(words)) if local and _bare(words) else None
            if named is not None:
                # "activists in Chile": a country the tables know, whatever the parser's entity label
                return named.code, first, _apposed_person(chunk, sentence)
            if local and obj.ent_type_ in ("GPE", "LOC"):
                code = _country_of_place_name(ctx, doc[obj.left_edge.i:obj.i + 1])
                if code is not None:
                    return code, first, _apposed_person(chunk, sentence)
    if root.dep_ == "conj" and root.head.i < root.i and root.head.pos_ == "NOUN" and not any(
            c.dep_ in ("det", "poss", "amod", "compound", "nmod", "nummod") for c in root.children):
        # "Danish media and government": the first noun's modifier is shared by a bare noun joined to it
        country = _modifier_country(ctx, root.head)
        if country is not None:
            return country.code, first, None
    return None, first, _apposed_person(chunk, sentence)


def _modifier_country(ctx: _Ctx, noun: Any) -> Country | None:
    """The country a noun's possessor or capitalised modifier names ("Egypt's opposition", "the Kenyan
    army"); "pro-Russian" and similar causes are no owner."""
    for child in noun.children:
        if child.dep_ in ("poss", "amod", "compound", "nmod") and child.text[:1].isupper() \
                and not _partisan(noun.doc, child.left_edge.i):
            phrase = noun.doc[child.left_edge.i:child.i + 1].text
            country = _country_of_words(ctx, _POSSESSIVE_TAIL.sub("", phrase))
            if country is not None:
                return country
    return None


def _sectors(ctx: _Ctx, chunk: Any, first: int, root: Any) -> set[str]:
    agent = ctx.knowledge.agents.roles.get(" ".join(t.text for t in chunk.doc[first:root.i + 1]))
    sector = (agent.sector or "") if agent is not None else ""
    return {sector[i:i + 3] for i in range(0, len(sector), 3)}


def _country_of_place_name(ctx: _Ctx, tokens: Any) -> str | None:
    """The country of a named place: a country, a capital, or a city of the gazetteer big enough not to
    be a namesake ("Baghdad", "Nablus")."""
    text = _bare(tokens.text)
    country = ctx.knowledge.countries.find(text) or ctx.knowledge.countries.by_metonym(text)
    if country is not None:
        return country.code
    place = ctx.knowledge.gazetteer.resolve(text)
    if place is None or not place.country or not (place.curated or place.population >= _TOWN):
        return None
    country = ctx.knowledge.countries.get(place.country)
    return country.code if country is not None else None


def _supported(doc: Any, i: int) -> bool:
    """ "pro-Russian rebels": the country is a cause, no actor. "an anti-Gondor parade" is aimed at Gondor,
    which is an actor there (PETRARCH codes it as the target, "ANTI- + *"), though not the parade's owner;
    a demonym ("anti-American protesters") reads as a sentiment, a cause like "pro-"."""
    return _partisan(doc, i) and not (doc[i].tag_ in ("NNP", "NNPS") and (
        (i >= 2 and doc[i - 1].text in ("-", "–") and doc[i - 2].lower_ == "anti") or
        (i >= 1 and doc[i - 1].lower_ == "anti-")))


def _partisan(doc: Any, i: int) -> bool:
    """ "pro-Russian rebels", "anti-American protesters": the country is the cause, not whose they are."""
    if i >= 2 and doc[i - 1].text in ("-", "–") and doc[i - 2].lower_ in ("pro", "anti"):
        return True
    return i >= 1 and doc[i - 1].lower_ in ("pro-", "anti-")


def _apposed_person(chunk: Any, sentence: Sentence) -> tuple[str, int] | None:
    """("person", offset) of a name in apposition: "Russia's defense minister, Sergei K. Shoigu"."""
    doc = chunk.doc
    i = chunk.end
    if i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].ent_type_ == "PERSON":
        return ("person", sentence.offset + doc[i + 1].idx)
    for child in chunk.root.children:
        if child.dep_ == "appos" and child.ent_type_ == "PERSON":
            return ("person", sentence.offset + child.idx)
    return None


# --- pass 3: countries, organisations, capitals -----------------------------------------------------

def _entities(ctx: _Ctx, sentence: Sentence, index: int, claimed: list[Span], *, known_only: bool,
              earlier: list[_Found] = ()) -> list[_Found]:
    """Countries, organisations and governments named by their seat. With `known_only`, only the
    organisations of organisations.tsv, so that role words inside their names ("Security Council")
    are not taken for roles."""
    out: list[_Found] = []
    countries = ctx.knowledge.countries
    organisations = ctx.knowledge.agents.organisations
    for ent in sentence.sent.ents:
        if ent.label_ == "PERSON" and countries.find(ent.text) is None:
            continue  # a country the tagger took for a person is still a country; other people are pass 1's
        if ent.label_ not in ("GPE", "NORP", "ORG", "LOC", "FAC", "PERSON") or _supported(ent.doc, ent.start):
            continue  # "pro-Russia rebels" are no mention of Russia as an actor
        tokens = list(ent)
        if len(tokens) > 1 and tokens[0].lower_ == "the":
            tokens = tokens[1:]  # the mention is the name: "United States", not "the United States"
        if len(tokens) > 2 and tokens[0].lower_ == "anti" and tokens[1].text in ("-", "–") \
                and countries.find(ent.doc[tokens[2].i:ent.end].text) is not None:
            # "an anti-Valdoria rally" (one entity): Valdoria, the side it is aimed at (a demonym, as in
            # "anti-American", stays a cause: see _supported)
            tokens = tokens[2:]
        found = _text_span(ctx, sentence, tokens)
        if found is None:
            continue
        text, span = found
        if not _free(span, claimed):
            continue
        if known_only:
            org = organisations.find(text) if ent.label_ in ("ORG", "NORP", "GPE") else None
            if org is not None and countries.find(text) is None:
                claimed.append(span)
                out.append(_Found(span, "name", ("org", org.code, org.name), "organisation", org.name, org.country,
                                  org.sector, code=org.code, sentence=index, subject=is_subject(ent.root)))
            continue
        subject = is_subject(ent.root)
        item: _Found | None = None
        metonym = countries.by_metonym(text)
        if metonym is not None and countries.find(text) is None:
            if _acts(ent, is_capital=metonym.capital.lower() == _bare(text).lower(),
                     place_verbs=ctx.knowledge.gazetteer.words("place_verb")):
                item = _Found(span, "capital", ("gov", metonym.code), "organisation", _government(metonym),
                              metonym.code, "GOV", sentence=index, subject=subject)
        elif ent.label_ in ("GPE", "NORP", "LOC") or countries.find(text) is not None:
            country = countries.find(text)
            how = "country"
            if country is None and ent.label_ == "NORP":
                country, how = countries.by_adjective(text), "demonym"
            if country is not None:
                item = _Found(span, how, ("country", country.code), "country", country.name, country.code,
                              sentence=index, subject=subject)
        if item is None and ent.label_ in ("ORG", "GPE") and _names_a_person(text, earlier):
            # spaCy often tags a surname met again as a place or an organisation ("Adamowicz said")
            item = _Found(span, "surname", ("person", _bare(text)), "person", _bare(text), sentence=index,
                          subject=subject)
        if item is None and ent.label_ in ("ORG", "NORP", "GPE"):
            org = organisations.find(text)
            if org is not None:
                item = _Found(span, "name", ("org", org.code, org.name), "organisation", org.name, org.country,
                              org.sector, code=org.code, sentence=index, subject=subject)
            elif ent.label_ == "ORG":
                country = next((c for c in (_country_of_words(ctx, t.text) for t in ent if t.text[:1].isupper())
                                if c is not None), None)
                name = _bare(text)
                prefix, _ = _stacked(ctx, ent)
                item = _Found(span, "name", ("org", None, name.lower()), "organisation", name,
                              country.code if country else None, _org_sector(ctx, name), prefix=prefix,
                              sentence=index, subject=subject)
        if item is not None:
            claimed.append(span)
            out.append(item)
    if not known_only:
        out += _missed_surnames(sentence, index, claimed, earlier, out)
        out += _missed_countries(ctx, sentence, index, claimed)
    return out


def _missed_countries(ctx: _Ctx, sentence: Sentence, index: int, claimed: list[Span]) -> list[_Found]:
    """Country names the tagger left without an entity ("Uruguay accused Argentina ..."): a run of proper
    nouns outside any entity that is exactly a country's name. Names that are also people's ("Jordan",
    "Georgia") are safe: the tagger gives those a PERSON entity, which this pass never looks at."""
    out: list[_Found] = []
    tokens = list(sentence.sent)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.pos_ != "PROPN" or token.ent_type_ or _supported(token.doc, token.i):
            i += 1
            continue
        for length in (3, 2, 1):
            run = tokens[i:i + length]
            if len(run) < length or any(t.pos_ != "PROPN" or t.ent_type_ for t in run):
                continue
            span = _span(sentence, run[0], run[-1])
            country = ctx.knowledge.countries.find(span.text(ctx.text))
            if country is not None and _free(span, claimed):
                claimed.append(span)
                out.append(_Found(span, "country", ("country", country.code), "country", country.name,
                                  country.code, sentence=index, subject=is_subject(run[-1])))
                i += length - 1
                break
        i += 1
    return out


def _missed_surnames(sentence: Sentence, index: int, claimed: list[Span], *earlier: Iterable[_Found]) -> list[_Found]:
    """Proper nouns spaCy left untagged that repeat the surname of a person named in full before."""
    out: list[_Found] = []
    for token in sentence.sent:
        if token.pos_ != "PROPN" or token.ent_type_ not in ("", "ORG", "GPE"):
            continue
        span = sentence.token_span(token)
        if _free(span, claimed) and _names_a_person(token.text, *earlier):
            claimed.append(span)
            out.append(_Found(span, "surname", ("person", token.text), "person", token.text, sentence=index,
                              subject=is_subject(token)))
    return out


def _stacked(ctx: _Ctx, tokens: Any, head: Agent | None = None) -> tuple[str | None, str | None]:
    """The agent codes of the role words among `tokens` (the words before a role's head noun, or an
    organisation's name), in the order written: (primary codes that go before the country, codes that
    go after it). PETRARCH stacks them so: "Gondorian rebel police" is GON+REB+COP, "MSF Arnor" NGO+ARN.
    Country words and capitalised words that are no agent (names) are skipped; a code repeated next to
    itself counts once ("government security officials": GOV, not GOVGOV). Before a `head` that names one
    person or a group of people, a word for one person is a rank, no affiliation ("deputy foreign
    minister", "civilian officials"): only a body's word stacks there ("government", "army"); before a
    body, a person's word says whose it is ("rebel police", "Islamist media")."""
    roles = ctx.knowledge.agents.roles
    words = [t.text for t in tokens]
    prefix: list[str] = []
    suffix: list[str] = []
    i = 0
    while i < len(words):
        match = roles.match(words, i)
        rank = match is not None and head is not None and head.kind != "organisation" \
            and match[0].kind in ("person", "title")
        if match is None or match[0].kind == "honorific" or not match[0].sector or rank \
                or _country_of_words(ctx, " ".join(words[i:i + match[1]])) is not None:
            i += 1
            continue
        agent, length = match
        codes = prefix if agent.prefix else suffix
        if not codes or codes[-1] != agent.sector:
            codes.append(agent.sector)
        i += length
    return "".join(prefix) or None, "".join(suffix) or None


def _org_sector(ctx: _Ctx, name: str) -> str | None:
    """The sector an organisation's name ends in: "Israel Defense Forces" → MIL, "Foreign Ministry" → GOV; or,
    in a name with a complement, its head before the preposition: "Commission on Electoral Fairness" → GOV."""
    words = name.split()
    roles = ctx.knowledge.agents.roles
    heads = [len(words)] + [i for i, w in enumerate(words) if w in _NAME_PREPS and i > 0][:1]
    for end in heads:
        for first in range(end):
            agent = roles.get(" ".join(words[first:end]))
            if agent is not None and agent.kind != "honorific":
                return agent.sector
    return None


# the prepositions that start a name's complement ("Commission on …", "Ministry of …", "Party for …")
_NAME_PREPS = frozenset({"of", "on", "for"})


def _names_a_person(text: str, *pools: Iterable[_Found]) -> bool:
    """Whether a one-word name is the surname of a person named in full before ("Adamowicz")."""
    word = _bare(text)
    if " " in word:
        return False
    return any(word in pool.surnames if isinstance(pool, _FoundList) else
               any(_named_person(f) and len(f.name.split()) > 1 and f.name.split()[-1] == word for f in pool)
               for pool in pools)


def _bare(text: str) -> str:
    return re.sub(r"^(?:the|The)\s+", "", text.strip())


def _government(country: Country) -> str:
    adjective = next((a for a in country.adjectives if not a.endswith("s")), None)
    return f"{adjective} government" if adjective else f"government of {country.name}"


def _acts(ent: Any, *, is_capital: bool, place_verbs: AbstractSet[str]) -> bool:
    """Whether a seat of government or capital stands for the government here, not for a place."""
    token = ent.root
    while token.dep_ == "conj" and token.head is not token:
        token = token.head  # "between Moscow and Pyongyang": the first conjunct's role counts
    if any(child.tag_ == "POS" or child.dep_ == "case" for child in ent.root.children) or token.dep_ == "poss":
        return True  # "Beijing's influence"
    if token.dep_ in SUBJECT_LIKE_DEPS:
        return True  # "the Kremlin said", "Moscow appeared wary"
    if token.dep_ in OBJECT_DEPS:
        return token.head.lemma_ not in place_verbs  # "pushing Moscow", not "visited Pyongyang"
    if token.dep_ == "pobj":
        preposition = token.head
        word = preposition.lower_
        if word in LOCATIVE_PREPS:
            return False
        if word in ("to", "toward", "towards", "from"):
            return preposition.head.lemma_ not in place_verbs  # "a message to Washington", not "flew to Moscow"
        return True  # "between", "with", "against", "on", "for", "by"
    # Seats other than capitals ("the White House") name the government unless used as a location.
    return not is_capital and token.dep_ not in ("compound", "appos")


# --- people and titles: grouping ----------------------------------------------------------------------

def _parenthetical_aliases(ctx: _Ctx, found: list[_Found]) -> list[_Found]:
    """ "the European Union (EU)": an acronym in brackets right after a mention is that actor's short name,
    here and wherever the article uses it again, whatever another table codes the short name as."""
    by_start = {f.span.start: f for f in found}
    aliases: dict[str, _Found] = {}
    for item in sorted(found, key=lambda f: f.span.start):
        before = ctx.text[:item.span.start].rstrip()
        after = ctx.text[item.span.end:].lstrip()
        if not (before.endswith("(") and after.startswith(")")):
            continue
        head = before[:-1].rstrip()
        owner = next((f for f in by_start.values() if f.span.end == len(head) and f is not item), None)
        acronym = item.name.replace(".", "").isalpha() and item.name.isupper() and len(item.name) <= 6
        if owner is not None and owner.how != "pronoun" and item.how == "name" and acronym:
            aliases.setdefault(item.name, owner)
    if not aliases:
        return found
    return [dataclasses.replace(f, key=aliases[f.name].key, kind=aliases[f.name].kind)
            if f.name in aliases and f.how == "name" and f is not aliases[f.name] else f for f in found]


def _resolve_people(ctx: _Ctx, found: list[_Found]) -> list[_Found]:
    """Give every person mention the key of the person it names: the canonical name in people.tsv, or
    the fullest name in the article that contains it ("Mr. Kim" → "Kim Jong-un")."""
    people = ctx.knowledge.people
    full: list[tuple[int, str, str]] = _FullNames()  # (order, name as written, canonical)
    for order, item in enumerate(found):
        if item.kind == "person" and item.key[0] == "person" and len(item.name.split()) > 1:
            roles = people.roles_of(item.name)
            full.append((order, item.name, roles[0].name if roles else item.name))
    out: list[_Found] = []
    placed: dict[str, str] = {}  # a lone name the text gave a country ("Chilean President Mendes"): its person
    for order, item in enumerate(found):
        if item.kind != "person" or item.key[0] != "person":
            out.append(item)
            continue
        name = item.name
        if len(name.split()) > 1:
            roles = people.roles_of(name)
            canonical = roles[0].name if roles else name
        else:
            canonical = _chain(name, order, full) or placed.get(name) or _known(
                ctx, name, titled=item.how == "name", country=item.country) or name
            if item.country:
                placed.setdefault(name, canonical)  # "Mendes said" later is the same Chilean
        out.append(dataclasses.replace(item, key=("person", canonical)))
    return out


def _chain(word: str, order: int, full: list[tuple[int, str, str]]) -> str | None:
    """The canonical name of the nearest full name (earlier first) that a lone name belongs to."""
    def matches(written: str, canonical: str) -> bool:
        words = {w.lower() for w in written.split()} | {w.lower() for w in canonical.split()}
        forms = {s.lower() for s in surnames(written)} | {s.lower() for s in surnames(canonical)}
        first = {written.split()[0].lower(), canonical.split()[0].lower()}
        return word.lower() in forms or word.lower() in first or (word.lower() in words and len(word) > 3)
    candidates = full.having(word) if isinstance(full, _FullNames) else full
    earlier = [c for o, w, c in candidates if o < order and matches(w, c)]
    family = list(dict.fromkeys(c for o, w, c in candidates if o < order and word.lower() in {
        s.lower() for s in (*surnames(w), *surnames(c))}))
    if len(family) > 1:
        # two people of one surname ("Joe Biden ... his son Hunter Biden"): news style names the second by his
        # full or given name, so the bare surname stays with the one the story introduced first
        return family[0]
    if earlier:
        return earlier[-1]
    later = [c for o, w, c in candidates if o > order and matches(w, c)]
    return later[0] if later else None


class _FullNames(list):  # type: ignore[type-arg]
    """The (order, written, canonical) full names of `_resolve_people`, with each word and surname form they
    hold: `_chain` looks only at the names holding its word, not at every name (quadratic in the article)."""

    def having(self, word: str) -> list[tuple[int, str, str]]:
        if getattr(self, "_words", None) is None or self._size != len(self):
            words: dict[str, list[tuple[int, str, str]]] = {}
            for entry in self:
                _, written, canonical = entry
                keys = {w.lower() for name in (written, canonical) for w in (*name.split(), *surnames(name))}
                for key in keys:
                    words.setdefault(key, []).append(entry)
            self._words, self._size = words, len(self)
        return self._words.get(word.lower(), [])


def _known(ctx: _Ctx, word: str, titled: bool = False, country: str | None = None) -> str | None:
    """The known person a lone name means. A given name alone ("a daughter called Elizabeth") never means a
    famous person: the word must be the person's surname, or come with a title ("Queen Elizabeth"). A
    country the text gives ("Chilean President Mendes") must be one of the person's."""
    people = ctx.knowledge.people
    role = people.lookup(word, ctx.on, country)
    name = role.name if role is not None else people.only_person(word, country)
    # nobody of that name in office that day: still the person, if the name can mean only one
    if name is None or titled:
        return name
    country = next((r.country for r in people.roles_of(name) if r.country), "") or ""
    return name if _is_surname(word, name, country) else None


def _is_surname(word: str, name: str, country: str = "") -> bool:
    """Whether a lone word is the surname of a full name, not its given name ("Putin", not "Vladimir";
    a regnal name, "Elizabeth II", has no surname; "Kim" is Kim Jong-un's family name, written first)."""
    forms = {f.lower() for f in surnames(name, country)}
    given = name.split()[0].lower() if country not in FAMILY_NAME_FIRST else ""
    return word.lower() in forms and word.lower() != given


def _role_of(ctx: _Ctx, name: str) -> Role | None:
    people = ctx.knowledge.people
    if not people.roles_of(name):
        return None
    return people.lookup(name, ctx.on)


def _resolve_titles(ctx: _Ctx, found: list[_Found]) -> list[_Found]:
    """Join titles to people: an apposed name, else the one person in the article who holds that title in
    that country on the date ("the Russian president" → Putin). A role possessed by a person takes that
    person's country ("Mr. Putin's army")."""
    people = [item for item in found if item.kind == "person" and item.key[:1] == ("person",)]
    roles: dict[str, Role | None] = {}
    for item in people:
        roles.setdefault(item.key[1], _role_of(ctx, item.key[1]))
    countries = sorted((f for f in found if f.kind == "country" and f.country), key=lambda f: f.span.start)
    out: list[_Found] = []
    for item in found:
        if item.link is not None and item.link[0] == "country":
            before = [c for c in countries if c.span.start < item.link[1]]
            if before:
                item = dataclasses.replace(item, country=before[-1].country)
                item = dataclasses.replace(item, key=_role_key(item))
        elif item.link is not None:
            target = next((p for p in people if p.span.start <= item.link[1] < p.span.end), None)
            if target is not None and item.link[0] == "person" and item.kind == "person":
                out.append(dataclasses.replace(item, key=target.key))
                continue
            if target is not None and item.link[0] == "possessor" and not item.country:
                role = roles.get(target.key[1])
                country = role.country if role is not None and not role.is_igo else target.country
                if country:
                    item = dataclasses.replace(item, country=country)
                    item = dataclasses.replace(item, key=_role_key(item))
        if item.key[:1] == ("title",) and item.country:
            holder = _holder(roles, item.country, item.phrase or "")
            if holder is not None:
                item = dataclasses.replace(item, key=("person", holder))
        out.append(item)
    return out


def _organisation_titles(sentences: Sequence[Sentence], found: list[_Found]) -> list[_Found]:
    """ "Greenpeace director Maria Lopes", "Maria Lopes, a Greenpeace director", "Maria Lopes, director of
    Greenpeace": a person of no known code whose title noun an organisation's name modifies acts for that
    organisation, and takes its code (CAMEO codes a person by the organisation they speak or act for, as
    PETRARCH codes "Amnesty official X" AMN...). Only a person nothing else codes: a dated role wins."""
    organisations = [f for f in found if f.key[:1] == ("org",) and (f.code or f.sector or f.prefix)]
    if not organisations:
        return found
    out: list[_Found] = []
    for item in found:
        if (item.kind == "person" and item.key[:1] == ("person",) and item.how == "name"
                and not (item.country or item.sector or item.code)):
            organisation = _title_organisation(sentences[item.sentence], item.span, organisations)
            if organisation is not None:
                sector = (organisation.prefix or "") + (organisation.sector or "")
                item = dataclasses.replace(item, country=organisation.country, sector=sector or None,
                                           code=organisation.code)
        out.append(item)
    return out


def _title_organisation(sentence: Sentence, name: Span, organisations: list[_Found]) -> _Found | None:
    """The organisation that the title noun of the person named at `name` belongs to, if any."""
    tokens = [t for t in sentence.sent if name.start <= sentence.offset + t.idx < name.end]
    head = next((t for t in tokens if t.head.i == t.i or t.head not in tokens), None)
    if head is None:
        return None
    titles = [c for c in head.children if c.dep_ in ("compound", "appos") and c.pos_ == "NOUN" and c not in tokens]
    for title in titles:
        owners = [c for c in title.children if c.dep_ in ("compound", "poss", "nmod", "amod")]
        owners += [o for c in title.children if c.dep_ == "prep" and c.lower_ in ("of", "at")
                   for o in c.children if o.dep_ == "pobj"]
        for owner in owners:
            span = sentence.tokens_span(*_edges(owner))
            match = next((o for o in organisations if o.span.overlaps(span)), None)
            if match is not None:
                return match
    return None


def _edges(token: Any) -> tuple[Any, Any]:
    subtree = list(token.subtree)
    return subtree[0], subtree[-1]


def _holder(roles: dict[str, Role | None], country: str, phrase: str) -> str | None:
    """The one person of the article whose role that day matches a title in a country."""
    phrase = phrase.replace("defense", "defence")
    words = phrase.split()
    generic = bool(words) and words[-1] in ("leader", "head")
    holders = []
    for name, role in roles.items():
        if role is None or role.country != country:
            continue
        title = role.role.lower().replace("defense", "defence")
        if title == phrase or (title.endswith(" " + phrase) and not title.startswith("vice")) \
                or (generic and role.rank <= 1):
            holders.append(name)
    return holders[0] if len(holders) == 1 else None


# --- pass 4: pronouns --------------------------------------------------------------------------------

def _pronouns(ctx: _Ctx, sentence: Sentence, index: int, claimed: list[Span], found: list[_Found],
              genders: dict[tuple[Any, ...], str] | None = None) -> list[_Found]:
    out: list[_Found] = []
    genders = _genders(ctx, found) if genders is None else genders
    for token in sentence.sent:
        word = token.lower_
        if token.pos_ != "PRON" and token.tag_ not in ("PRP", "PRP$", "WP", "WP$"):
            continue
        span = sentence.token_span(token)
        if not _free(span, claimed):
            continue
        known = (found.near(index) if isinstance(found, _FoundList) else found) + out
        target: _Found | None = None
        if token.head.lower_ in _ADDRESS:
            continue
        if word in _PERSON_PRONOUNS and token.dep_ in (*SUBJECT_LIKE_DEPS, "poss", *OBJECT_DEPS, "pobj"):
            target = _person_antecedent(known, span, index, _PRONOUN_GENDER[word], genders)
        elif word in _RELATIVE and token.head.dep_ == "relcl":
            target = _relative_antecedent(sentence, token, known)
        elif word in _GROUP_PRONOUNS and token.dep_ in (*SUBJECT_LIKE_DEPS, "poss"):
            target = _antecedent(known, span, index, lambda f: f.plural and f.subject, reach=1)
        elif word == "its" and token.dep_ == "poss":
            target = _antecedent(known, span, index, lambda f: f.kind in ("country", "organisation"), reach=0)
        if target is None:
            continue
        claimed.append(span)
        out.append(dataclasses.replace(target, span=span, how="pronoun", sentence=index,
                                       subject=is_subject(token)))
    return out


def _named_person(item: _Found) -> bool:
    return item.kind == "person" and item.key[:1] == ("person",)


def _genders(ctx: _Ctx, found: list[_Found]) -> dict[tuple[Any, ...], str]:
    """The sex of each named person: from honorifics and titles in the text ("Ms.", "Queen"), else from
    the `gender` column of people.tsv."""
    genders: dict[tuple[Any, ...], str] = {}
    for item in found:
        if item.gender and _named_person(item):
            genders.setdefault(item.key, item.gender)
    people = ctx.knowledge.people
    for item in found:
        if _named_person(item) and item.key not in genders:
            known = next((r.gender for r in people.roles_of(item.key[1]) if r.gender), None)
            if known:
                genders[item.key] = known
    return genders


def _person_antecedent(found: list[_Found], span: Span, index: int, gender: str,
                       genders: dict[tuple[Any, ...], str]) -> _Found | None:
    """he/she/his/her: a named person, preferring a subject earlier in the same sentence, then anyone
    earlier in it, then the subject of the sentence before, then the nearest person before that. A
    person whose honorifics or people.tsv row say otherwise ("Ms. Pelosi" for "he") is skipped."""
    before = [f for f in found if _named_person(f) and f.span.start < span.start and index - f.sentence <= 2
              and genders.get(f.key, gender) == gender]
    before.sort(key=lambda f: f.span.start)
    same = [f for f in before if f.sentence == index]
    previous = [f for f in before if f.sentence == index - 1]
    for pool in ([f for f in same if f.subject], same, [f for f in previous if f.subject][:1]):
        if pool:
            return pool[-1]
    return before[-1] if before else None


def _relative_antecedent(sentence: Sentence, token: Any, found: list[_Found]) -> _Found | None:
    """who/whom/whose: the person the relative clause hangs on ("Ivanova, director of …, who said")."""
    noun = token.head.head
    for _ in range(5):  # "Ivanova, director of the Institute, who": up through the appositive to the name
        offset = sentence.offset + noun.idx
        for item in found:
            if _named_person(item) and item.span.start <= offset < item.span.end:
                return item
        if noun.dep_ not in ("appos", "pobj", "prep") or noun.head is noun:
            break
        noun = noun.head
    return None


def _antecedent(found: list[_Found], span: Span, index: int, fits: Any, *, reach: int) -> _Found | None:
    """The nearest preceding mention that fits, in this sentence or up to `reach` sentences before."""
    best: _Found | None = None
    for item in found:
        if item.span.start >= span.start or index - item.sentence > reach or not fits(item):
            continue
        if best is None or item.span.start > best.span.start:
            best = item
    return best


# --- building the actors -----------------------------------------------------------------------------

def _build(ctx: _Ctx, found: list[_Found]) -> tuple[Actor, ...]:
    groups: dict[tuple[Any, ...], list[_Found]] = {}
    for item in sorted(found, key=lambda f: (f.span.start, f.span.end)):
        groups.setdefault(item.key, []).append(item)
    actors: list[Actor] = []
    for key, items in groups.items():
        actors.append(_actor(ctx, f"a{len(actors) + 1}", key, items))
    return tuple(actors)


def _actor(ctx: _Ctx, actor_id: str, key: tuple[Any, ...], items: list[_Found]) -> Actor:
    mentions = tuple(Mention(i.span, i.how) for i in items)
    named = [i for i in items if i.how != "pronoun"] or items
    if key[0] == "person":
        return _person_actor(ctx, actor_id, key[1], named, mentions)
    first = named[0]
    country, sector, code = first.country, first.sector, first.code
    if code is None:
        code = _cameo_code(country, sector, first.prefix)
    if first.prefix:
        sector = first.prefix + (sector or "")  # the primary agent is the actor's sector: NGOARN is an NGO
    name = max((i.name for i in named), key=len) if first.kind != "organisation" else first.name
    if key[0] == "gov":
        name = first.name if first.how != "role" else _government(ctx.knowledge.countries.get(country))
    return Actor(actor_id, name, first.kind, country, sector[:3] if sector else None, code, mentions)


def _person_actor(ctx: _Ctx, actor_id: str, canonical: str, items: list[_Found],
                  mentions: tuple[Mention, ...]) -> Actor:
    people = ctx.knowledge.people
    role = _role_of(ctx, canonical) if people.roles_of(canonical) else None
    names = [i.name for i in items if i.key[0] == "person" and i.how in ("name", "surname")]
    name = canonical if people.roles_of(canonical) else max(names or [canonical], key=len)
    if role is not None:
        if role.is_igo:
            return Actor(actor_id, name, "person", None, "IGO", role.code, mentions)
        if not role.sector:
            # a role that gives only the country (a dictionary's bare code): the title the text gives
            # says the sector ("Bree President Romendacil")
            sector = next((i.sector for i in items if i.sector), None)
            return Actor(actor_id, name, "person", role.country, sector[:3] if sector else None,
                         _cameo_code(role.country, sector), mentions)
        return Actor(actor_id, name, "person", role.country, role.sector[:3], role.code, mentions)
    if ctx.on is not None and people.roles_of(canonical):
        former = people.former(canonical, ctx.on)
        if former is not None and not former.is_igo:
            return Actor(actor_id, name, "person", former.country, "ELI", former.country + "ELI", mentions)
    country = next((i.country for i in items if i.country), None)
    sector = next((i.sector for i in items if i.sector), None)
    fixed = next((i.code for i in items if i.code), None)  # the organisation's, from its title (_organisation_titles)
    if fixed is not None:
        return Actor(actor_id, name, "person", country, sector[:3] if sector else None, fixed, mentions)
    if country is None:
        # a known person before any of their roles (or an article with no usable date): the country
        # of their roles still holds, whatever the office ("President Bush" on a placeholder date)
        known = {r.country for r in people.roles_of(canonical) if not r.is_igo}
        if len(known) == 1:
            country = known.pop()
    return Actor(actor_id, name, "person", country, sector[:3] if sector else None, _cameo_code(country, sector),
                 mentions)


def _cameo_code(country: str | None, sector: str | None, prefix: str | None = None) -> str | None:
    """CAMEO actor code: country + sectors; a sector with no known country is "---REB", as CAMEO and PETRARCH
    write it, so the first three letters always stand for the country (or its absence). A primary agent
    (`prefix`: IGO, NGO) stands in the first three letters itself: NGOARN, NGOARNGOV, or NGO alone."""
    if prefix:
        return prefix + (country or "") + (sector or "")
    if country:
        return country + (sector or "")
    return "---" + sector if sector else None


# --- names the tagger missed ---------------------------------------------------------------------------

_NAME_WORDS = 5  # the longest country name tried, in words ("The Democratic Republic of the Congo")
# spaCy labels of things that are no actor: a table's name inside such a span is still that actor
_NOT_ACTOR_LABELS = frozenset({"FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "LANGUAGE"})


def _known_names(ctx: _Ctx, sentence: Sentence, index: int, claimed: list[Span], *, people_only: bool
                 ) -> list[_Found]:
    """Names the tables know, whatever spaCy tagged them as (or if it tagged them at all: names it has never
    seen, such as a user's own actors): the longest run of capitalised words that is a name of
    countries.tsv (or a demonym used as a noun: "an Eriadorian"), organisations.tsv, or a full name or
    alias of people.tsv ("the White House" as a dictionary's USAGOV). With `people_only` (before the role
    pass, so that role words inside such names are not taken for roles: "the Grey Chancery"), only those;
    countries come after it, so that "Valdorian envoy" stays one role mention with its country."""
    out: list[_Found] = []
    countries = ctx.knowledge.countries
    organisations = ctx.knowledge.agents.organisations
    people = ctx.knowledge.people
    tokens = list(sentence.sent)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if not token.text[:1].isupper() or _supported(token.doc, token.i):
            i += 1
            continue
        item = None
        for length in range(min(_NAME_WORDS, len(tokens) - i), 0, -1):
            words = tokens[i:i + length]
            if not words[-1].text[:1].isupper():
                continue
            found = _text_span(ctx, sentence, words)
            if found is None or not _free(found[1], claimed):
                continue
            text, span = found
            subject = is_subject(words[-1])
            # a tagged entity is pass 3's (countries, organisations, capitals as governments), unless it is
            # a name of people.tsv that spaCy took for a place or an organisation ("the White House")
            # (labels that never name an actor, such as FAC in "Eid at Osgiliath with Gondor", do not count)
            tagged = people_only or any(w.ent_type_ and w.ent_type_ not in _NOT_ACTOR_LABELS for w in words)
            country = None if tagged else countries.find(text) or (
                countries.by_adjective(text) if length == 1 else None)
            if country is not None:
                item = _Found(span, "country", ("country", country.code), "country", country.name, country.code,
                              sentence=index, subject=subject)
            elif not tagged and (org := organisations.find(text)) is not None:
                item = _Found(span, "name", ("org", org.code, org.name), "organisation", org.name, org.country,
                              org.sector, code=org.code, sentence=index, subject=subject)
            elif people_only and (roles := people.roles_of(text)):
                # with its titles, as pass 1 reads a person: "Bree Prime Minister Romendacil"
                start, title = _widen_over_titles(ctx, words[0].doc[words[0].i:words[-1].i + 1])
                prefix = _title_country(ctx, words[0].doc[start:words[0].i]) if start < words[0].i else None
                sector = ctx.knowledge.agents.roles.get(title).sector if title else None
                item = _Found(_span(sentence, words[0].doc[start], words[-1]) if title else span, "name",
                              ("person", roles[0].name), "person", roles[0].name, country=prefix, sector=sector,
                              phrase=title.lower() if title else None, sentence=index, subject=subject)
            if item is not None:
                claimed.append(span)
                out.append(item)
                i += length
                break
        else:
            i += 1
    return out
