"""Pass 3, the other entities: countries by name or demonym, organisations (`organisations.tsv`), and seats
of government or capitals used for the government ("the Kremlin said", "between Moscow and Pyongyang"),
marked how="capital"; a capital used as a place ("visited Pyongyang") is left to the places stage."""
from __future__ import annotations

import dataclasses
import re
from typing import AbstractSet, Any, Iterable

from ...knowledge.agents import Agent, Organisations, load_companies
from ...knowledge.countries import Country
from ...knowledge.people import PARTICLES, surnames
from ...records import Sentence, Span
from ..syntax import LOCATIVE_PREPS, OBJECT_DEPS, SUBJECT_LIKE_DEPS, is_subject
from .mentions import Ctx, Found, named_person, role_key
from .placenames import acts, local_government, place_country
from .tokens import (FoundList, bare, country_of_words, free, inside_place, kin_head, local_body_country, no_name,
                     span_of, supported, text_span)


# The tags spaCy gives a surname met again when it does not see a person: a body, a place, a building, a product
# ("the government labeled Soleimani as a terrorist" tags Soleimani LOC).
_MISREAD_SURNAME = ("ORG", "GPE", "LOC", "FAC", "PRODUCT")


def entities(ctx: Ctx, sentence: Sentence, index: int, claimed: list[Span], *, known_only: bool,
             earlier: list[Found] = ()) -> list[Found]:
    """Countries, organisations and governments named by their seat. With `known_only`, only the
    organisations of organisations.tsv, so that role words inside their names ("Security Council")
    are not taken for roles."""
    out: list[Found] = []
    countries = ctx.knowledge.countries
    organisations = ctx.knowledge.agents.organisations
    for ent in sentence.ents():
        if ent.label_ == "PERSON" and countries.find(ent.text) is None and organisations.find(ent.text) is None:
            continue  # a country or a known body the tagger took for a person is still one; people are pass 1's
        if ent.label_ not in ("GPE", "NORP", "ORG", "LOC", "FAC", "PERSON") or supported(ent.doc, ent.start):
            continue  # "pro-Russia rebels" are no mention of Russia as an actor
        if no_name(ent) or _inside_title(ctx, ent):
            continue
        tokens = list(ent)
        if len(tokens) > 1 and tokens[0].lower_ == "the":
            tokens = tokens[1:]  # the mention is the name: "United States", not "the United States"
        if len(tokens) > 2 and tokens[0].lower_ == "anti" and tokens[1].text in ("-", "–") \
                and countries.find(ent.doc[tokens[2].i:ent.end].text) is not None:
            # "an anti-Valdoria rally" (one entity): Valdoria, the side it is aimed at (a demonym, as in
            # "anti-American", stays a cause: see supported)
            tokens = tokens[2:]
        found = text_span(ctx, sentence, tokens)
        if found is None:
            continue
        text, span = found
        if not free(span, claimed):
            continue
        if known_only:
            org = organisations.find(text) if ent.label_ in ("ORG", "NORP", "GPE", "PERSON") else None
            if org is not None and countries.find(text) is None:
                claimed.append(span)
                out.append(Found(span, "name", ("org", org.code, org.name), "organisation", org.name, org.country,
                                 org.sector, code=org.code, sentence=index, subject=is_subject(ent.root)))
            continue
        subject = is_subject(ent.root)
        item: Found | None = None
        metonym = countries.by_metonym(text)
        if ent.label_ in ("GPE", "LOC") and countries.find(text) is None and _who_clause(ent.root):
            # "Amman, who was described as dangerous, ...": "who" is said of persons only, so a name the tagger
            # took for a place (a surname that is also a capital) is a person here; not one tagged as a body,
            # which informal English also gives "who" ("our web host Uberspace, who ...")
            item = _surname(span, bare(text), index, subject)
        elif metonym is not None and countries.find(text) is None:
            if _acts(ent, is_capital=metonym.capital.lower() == bare(text).lower(),
                     place_verbs=ctx.knowledge.gazetteer.words("place_verb"),
                     place_subjects=ctx.knowledge.gazetteer.words("place_subject")) or _staff_of(ctx, ent):
                item = Found(span, "capital", ("gov", metonym.code), "organisation", government(metonym),
                             metonym.code, "GOV", sentence=index, subject=subject)
        elif ent.label_ in ("GPE", "NORP", "LOC") or countries.find(text) is not None:
            country = countries.find(text)
            if country is not None and inside_place(ctx, ent.doc, tokens[0].i, ent.end, sentence.sent.start):
                country = None  # "Mexico" tagged alone in "New Mexico": the state's name, no country
            how = "country"
            if country is None and ent.label_ == "NORP":
                country, how = countries.by_adjective(text), "demonym"
            kin = kin_head(ent.root) if country is not None and how == "demonym" else None
            if kin is not None:
                # "his Pakistani wife": the demonym is the wife's nationality, a private person of that
                # country (CVL, as agents.tsv codes "mother" and "woman"), not the country acting (w22sides)
                span = span_of(sentence, tokens[0], kin)
                item = Found(span, "role", (), "person", " ".join(span.text(ctx.text).split()), country.code, "CVL",
                             phrase=kin.lemma_.lower(), sentence=index, subject=is_subject(kin),
                             plural=kin.tag_ == "NNS") if free(span, claimed) else None
                item = dataclasses.replace(item, key=role_key(item)) if item is not None else None
            elif country is not None:
                item = Found(span, how, ("country", country.code), "country", country.name, country.code,
                             sentence=index, subject=subject)
        if item is None and ent.label_ in _MISREAD_SURNAME and _names_a_person(text, earlier):
            # spaCy often tags a surname met again as a place or an organisation ("Adamowicz said")
            item = _surname(span, bare(text), index, subject)
        if item is None and ent.label_ in ("GPE", "LOC") and acts(ent.root, ctx):
            # "Harris County said", "Tarsk ordered an evacuation": a place that acts is its local government
            code = place_country(ctx, ent.doc[tokens[0].i:ent.end])
            item = local_government(ctx, sentence, index, tokens, code) if code is not False else None
        if item is None and ent.label_ == "NORP" and len(tokens) == 1 and tokens[0].tag_ in ("NNPS", "NNS") and (
                agent := ctx.knowledge.agents.roles.get(text.lower())) is not None and agent.kind == "group":
            # "Democrats", "Republicans": a party's members, tagged as a nationality; a group of the role table
            # (its country is the story's, `sides.story_actors`); so is a common plural the tagger took for one
            # at the head of a sentence ("Superdelegates endorsed ...")
            item = Found(span, "group", (), "group", text, None, agent.sector or None, phrase=text.lower(),
                         plural=True, sentence=index, subject=subject)
            item = dataclasses.replace(item, key=role_key(item))
        if item is None and ent.label_ in ("ORG", "NORP", "GPE"):
            org = organisations.find(text)
            if org is not None:
                item = Found(span, "name", ("org", org.code, org.name), "organisation", org.name, org.country,
                             org.sector, code=org.code, sentence=index, subject=subject)
            elif ent.label_ == "ORG":
                country = next((c for c in (country_of_words(ctx, t.text) for t in ent if t.text[:1].isupper())
                                if c is not None), None)
                name = bare(text)
                prefix, _ = stacked(ctx, ent)
                sector = org_sector(ctx, name)
                company = companies(ctx).find(text) if sector is None and country is None else None
                if company is not None:  # "Boeing": a multinational of the Phoenix list, a business
                    country, sector = ctx.knowledge.countries.get(company.country), company.sector
                code = country.code if country else local_body_country(ctx, tokens, sector)
                item = Found(span, "name", ("org", None, name.lower()), "organisation", name, code, sector,
                             prefix=prefix, sentence=index, subject=subject)
        if item is not None:
            claimed.append(span)
            out.append(item)
    if not known_only:
        out += _missed_surnames(sentence, index, claimed, earlier, out)
        out += _missed_countries(ctx, sentence, index, claimed)
    return out


def _inside_title(ctx: Ctx, ent: Any) -> bool:
    """Whether an entity is the tail of a title the role table knows ("State" of "Secretary of State", "Staff" of
    "Chief of Staff"): a word of the title, no body of its own (the title is the role pass's or the person's)."""
    doc = ent.doc
    for start in range(max(ent.start - 3, ent.sent.start), ent.start):
        agent = ctx.knowledge.agents.roles.get(doc[start:ent.end].text) if doc[start].text[:1].isupper() else None
        if agent is not None and agent.kind in ("title", "person"):
            return True
    return False


def _missed_countries(ctx: Ctx, sentence: Sentence, index: int, claimed: list[Span]) -> list[Found]:
    """Country names the tagger left without an entity ("Uruguay accused Argentina ..."): a run of proper
    nouns outside any entity that is exactly a country's name. Names that are also people's ("Jordan",
    "Georgia") are safe: the tagger gives those a PERSON entity, which this pass never looks at."""
    out: list[Found] = []
    tokens = sentence.tokens()
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.pos_ != "PROPN" or token.ent_type_ or supported(token.doc, token.i):
            i += 1
            continue
        for length in (3, 2, 1):
            run = tokens[i:i + length]
            if len(run) < length or any(t.pos_ != "PROPN" or t.ent_type_ for t in run):
                continue
            span = span_of(sentence, run[0], run[-1])
            country = ctx.knowledge.countries.find(span.text(ctx.text))
            if country is not None and free(span, claimed) \
                    and not inside_place(ctx, token.doc, run[0].i, run[-1].i + 1, sentence.sent.start):
                claimed.append(span)
                out.append(Found(span, "country", ("country", country.code), "country", country.name,
                                 country.code, sentence=index, subject=is_subject(run[-1])))
                i += length - 1
                break
        i += 1
    return out


def _missed_surnames(sentence: Sentence, index: int, claimed: list[Span], *earlier: Iterable[Found]) -> list[Found]:
    """Proper nouns spaCy left untagged that repeat the surname of a person named in full before."""
    out: list[Found] = []
    for token in sentence.tokens():
        if token.pos_ != "PROPN" or token.ent_type_ not in ("", *_MISREAD_SURNAME):
            continue
        if token.ent_type_ and _in_longer_entity(token):
            continue  # "Trump Tower", "the Marigny Canal": the word names the building, not the person
        span = sentence.token_span(token)
        if free(span, claimed) and _names_a_person(token.text, *earlier):
            claimed.append(span)
            out.append(_surname(span, token.text, index, is_subject(token)))
    return out


def _surname(span: Span, name: str, index: int, subject: bool) -> Found:
    """A person's mention by a word the text takes as a surname: the person's key is the name alone, which the
    grouping joins to the person named in full before (`grouping.resolve_people`)."""
    return Found(span, "surname", ("person", name), "person", name, sentence=index, subject=subject)


def _in_longer_entity(token: Any) -> bool:
    """Is the token one word of a tagged name of several?"""
    doc = token.doc
    return token.ent_iob_ == "I" or token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I"


def stacked(ctx: Ctx, tokens: Any, head: Agent | None = None) -> tuple[str | None, str | None]:
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
                or country_of_words(ctx, " ".join(words[i:i + match[1]])) is not None:
            i += 1
            continue
        agent, length = match
        codes = prefix if agent.prefix else suffix
        if not codes or codes[-1] != agent.sector:
            codes.append(agent.sector)
        i += length
    return "".join(prefix) or None, "".join(suffix) or None


def companies(ctx: Ctx) -> Organisations:
    """The companies a name the tables do not know may be (`agents.load_companies`), read once per Knowledge."""
    return ctx.knowledge.derived("companies", lambda: load_companies(ctx.knowledge))


def org_sector(ctx: Ctx, name: str) -> str | None:
    """The sector an organisation's name ends in: "Israel Defense Forces" → MIL, "Foreign Ministry" → GOV; or,
    in a name with a complement, its head before the preposition: "Commission on Electoral Fairness" → GOV;
    failing a role word, a state body's ("National Safety Board" → GOV: `Agents.state_body`). A last word joined
    by a hyphen heads by its last part ("the Tarsk Review-Journal" → MED, as "Journal")."""
    words = name.split()
    if words and "-" in words[-1].strip("-"):
        words[-1:] = [part for part in words[-1].split("-") if part]
    roles = ctx.knowledge.agents.roles
    heads = [len(words)] + [i for i, w in enumerate(words) if w in _NAME_PREPS and i > 0][:1]
    for end in heads:
        for first in range(end):
            agent = roles.get(" ".join(words[first:end]))
            if agent is not None and agent.kind != "honorific":
                return agent.sector
    return next((s for s in (roles.state_body(words[:end]) for end in heads) if s), None)


# the prepositions that start a name's complement ("Commission on …", "Ministry of …", "Party for …")
_NAME_PREPS = frozenset({"of", "on", "for"})


def _names_a_person(text: str, *pools: Iterable[Found]) -> bool:
    """Whether a name is the surname of a person named in full before ("Adamowicz"; with its particle, "La
    Riva" of "Gloria La Riva", which the tagger often takes for an organisation)."""
    word = bare(text)
    if " " in word and word.split()[0].lower() not in PARTICLES:
        return False
    return any(word in pool.surnames if isinstance(pool, FoundList) else
               any(named_person(f) and len(f.name.split()) > 1 and word in surnames(f.name) for f in pool)
               for pool in pools)


# Relative pronouns said of persons only (closed class).
_PERSONAL_RELATIVES = frozenset({"who", "whom"})


def _who_clause(token: Any) -> bool:
    """Does a relative clause with "who"/"whom" hang on the name ("Amman, who was ...", "Lima, whom police
    named"), a name with no article (a surname takes none: "someone on the Conception, who ..." is the parser
    hanging the clause on the wrong noun)?"""
    start = min(t.i for t in token.subtree)
    if any(c.dep_ == "det" for c in token.children) or start > 0 and token.doc[start - 1].lower_ == "the":
        return False
    return any(child.dep_ == "relcl" and any(c.lower_ in _PERSONAL_RELATIVES and c.i < child.i
                                             for c in child.children)
               for child in token.children)


def government(country: Country) -> str:
    adjective = next((a for a in country.adjectives if not a.endswith("s")), None)
    return f"{adjective} government" if adjective else f"government of {country.name}"


def _staff_of(ctx: Ctx, ent: Any) -> bool:
    """A seat of government modifying a role noun of people stands for the government whose staff they are (w21actors,
    issue 9): "a White House spokesman", "Kremlin officials", "a Pentagon spokeswoman", as "the Kremlin's spokesman"
    does with its possessive; a seat modifying anything else is a place ("the White House lawn"). Only roles of
    government (GOV) or of no sector of their own."""
    root = ent.root
    if root.dep_ != "compound" or root.head.pos_ not in ("NOUN", "PROPN"):
        return False
    agent = ctx.knowledge.agents.roles.get(root.head.lower_)
    # staff of the government's own trade only: "White House doctors" keep their sector (HLH)
    return agent is not None and agent.kind in ("person", "group") and agent.sector in (None, "", "GOV")


def _acts(ent: Any, *, is_capital: bool, place_verbs: AbstractSet[str], place_subjects: AbstractSet[str]) -> bool:
    """Whether a seat of government or capital stands for the government here, not for a place."""
    token = ent.root
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "between Moscow and Pyongyang": the first conjunct's role counts
    if any(child.tag_ == "POS" or child.dep_ == "case" for child in ent.root.children) or token.dep_ == "poss":
        return True  # "Beijing's influence"
    if token.dep_ in SUBJECT_LIKE_DEPS:
        # "the Kremlin said", "Moscow appeared wary"; not where something happens: "Kabul saw heavy fighting",
        # "Kabul was rocked by explosions" (place_words.tsv: place_subject, place_verb in the passive)
        verb = token.head.lemma_.lower()
        return not (verb in place_subjects or token.dep_ == "nsubjpass" and verb in place_verbs)
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
