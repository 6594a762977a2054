"""Pass 2, role nouns: words of `agents.tsv` at the head of a noun phrase, with the country the phrase gives
them ("U.S. officials", "Russia's defense minister", "the North Korean leader", "state media"); groups and
names no table knows when they speak; names that stand for several actors at once."""
from __future__ import annotations

import dataclasses
from typing import Any

from ...knowledge.agents import Agent
from ...knowledge.countries import Country
from ...records import Sentence, Span
from ..syntax import conjuncts, coordinated_modifiers, is_subject, owner_preps, possessor_phrases
from .entities import bare, org_sector, stacked
from .mentions import Ctx, Found, role_key
from .placenames import place_noun, where
from .tokens import (LOCAL_SECTORS, POSSESSIVE_TAIL, country_of_place_name, country_of_words, free, inside_place,
                     local_body_country, partisan, span_of, text_span)

_NOT_ROLES = frozenset({"PERSON", "GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "CARDINAL", "EVENT", "LAW",
                        "WORK_OF_ART", "PRODUCT", "MONEY", "QUANTITY", "PERCENT", "ORDINAL", "LANGUAGE"})
# Words that put a title in the past ("the former president", "formerly the minister").
FORMER = frozenset({"former", "formerly", "onetime", "erstwhile"})
# Closed-class: adjectives that put a title ahead of its holder ("the next president", "the future king"); not
# "incoming" or "designate", whose holder is chosen and acts in the role's name.
NOT_YET = frozenset({"next", "future", "would-be", "prospective", "potential", "possible", "hypothetical"})
# Sectors of the state (PLOVER's first block of the sector table; CAMEO COP, GOV, JUD, LEG, MIL, SPY): a title
# "of" a body of one of these is an office of the state ("president of the council").
STATE_SECTORS = ("COP", "GOV", "JUD", "LEG", "MIL", "SPY")
# Bodies no role table gives a sector, governed by no state: closed-class words of civil life that head the
# "of"-phrase of a title ("the president of the club", "chairman of the association"), as a company or a
# university (BUS, EDU in agents.tsv) do.
_PRIVATE_BODIES = frozenset({"club", "association", "federation", "league", "team", "society", "foundation",
                             "firm", "charity"})


def roles(ctx: Ctx, sentence: Sentence, index: int, claimed: list[Span]) -> list[Found]:
    out: list[Found] = []
    roles = ctx.knowledge.agents.roles
    for chunk in (*sentence.noun_chunks(), *possessor_phrases(sentence.noun_chunks())):
        root = chunk.root
        if root.pos_ not in ("NOUN", "PROPN") or root.ent_type_ in _NOT_ROLES and not _title_of(ctx, root):
            continue  # "the United Kingdom" is a country, not a kingdom of the role table
        if _name_complement(root):
            continue  # "the Libyan House of Representatives": the entity pass reads the whole name
        if _judgement(ctx, root):
            continue  # "Ana Vale is a dictator", "called him a tyrant": what someone is called, no actor
        if where(root, ctx) and place_noun(ctx, root):
            continue  # "in the village", "fled to the hospital": where someone is, no actor (the places stage's)
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
        if _named_organ(ctx, chunk, first, agent):
            continue  # "the Lagos State Government", "Tarsk City Council": the entity pass reads the whole name
        if agent.kind == "title" and root.text[:1].isupper() and root.i + 1 < len(chunk.doc) \
                and chunk.doc[root.i + 1].ent_type_ == "PERSON":
            continue  # a title glued to a name: pass 1 took it
        country, start_token, link = _role_country(ctx, sentence, chunk, first)
        prefix, modifiers = stacked(ctx, chunk.doc[chunk.start:first], head=agent)
        sector = (modifiers or "") + (agent.sector or "") if not agent.prefix else modifiers
        delegate = _delegate_sector(ctx, root, country)
        if delegate is not None:
            # "representatives from Iran": the country's delegates, not its legislature; "delegates at the party
            # convention", "party delegates": the party's (a party word among the modifiers says no more)
            agent = dataclasses.replace(agent, sector=delegate, kind="person")
            sector = delegate if delegate == "PTY" else (modifiers or "") + delegate
        body = _private_body(ctx, root) if agent.kind == "title" and country is None else None
        if body is not None:
            # "the president of the football club": the club's officer, not the state's; never the holder of
            # the country's office nor the one introduced with that title
            officer = _body_officer(ctx, sentence, index, claimed, chunk.doc[first], root, body, link)
            out += [officer] if officer is not None else []
            continue
        if agent.prefix:
            prefix = (prefix or "") + (agent.sector or "")
        if agent.kind in ("person", "title") and root.tag_ in ("NN", "NNP") and country is None and link is None \
                and not any(c.dep_ in ("det", "poss", "nummod", "amod") for c in root.children):
            continue  # a bare singular title names the office, not a person: "the office of Speaker"
        if agent.kind in ("person", "title") and any(
                c.dep_ == "amod" and c.lower_ in NOT_YET for c in root.children):
            continue  # "the next president", "a would-be mayor": an office not held, which gives no one a sector
        found = text_span(ctx, sentence, list(chunk.doc[min(first, start_token):root.i + 1]))
        if found is None:
            continue
        _, span = found
        if not free(span, claimed):
            continue
        claimed.append(span)
        phrase = " ".join(t.lower_ for t in chunk.doc[first:root.i + 1])
        if any(c.dep_ in ("amod", "advmod") and c.lower_ in FORMER for c in root.children):
            # "the former president", "formerly the president": someone who no longer holds the title, so
            # never its holder of the day nor the one introduced with it (a title of its own, as "vice
            # president" is: only "the former president" again joins it)
            phrase = "former " + phrase
        plural = root.tag_ in ("NNS", "NNPS") or agent.kind == "group"
        kind = "person" if agent.kind in ("person", "title") and not plural else "group"
        if agent.kind == "organisation":
            kind = "organisation"
        item = Found(
            span=span, how="title" if kind == "person" else "role" if kind != "group" else "group", key=(),
            kind=kind, name=" ".join(span.text(ctx.text).split()), country=country, sector=sector or None,
            prefix=prefix or None, phrase=phrase, plural=plural,
            sentence=index, subject=is_subject(root), link=link,
        )
        parties = _coordinated_parties(ctx, sentence, root, item) or _listed_owner_parties(ctx, sentence, root, item,
                                                                                           claimed)
        out.extend(parties or [dataclasses.replace(item, key=role_key(item))])
    return out


def _named_organ(ctx: Ctx, chunk: Any, first: int, agent: Agent) -> bool:
    """Whether a government organ's word ends an organisation's name led by a place or a name that is no
    country's: "the Lagos State Government", "Tarsk City Council", "the Melbourne City Council" (ORG). The name is
    the body's, which the entity pass reads whole, with the organ's sector (`entities.org_sector`) and the
    country of the place it serves (`tokens.local_body_country`), where the role pass would keep the organ's
    word alone and no place. "The Peruvian Health Ministry", led by a country's word, is the role with its
    country (CAMEO codes a ministry as its government; `_proper_name_start`). (w17people)"""
    if agent.kind != "organisation" or agent.primary != "GOV":
        return False
    root = chunk.root
    ent = next((e for e in root.sent.ents if e.label_ == "ORG" and e.start <= root.i < e.end), None)
    lead = [t for t in chunk.doc[ent.start:first] if t.lower_ != "the"] if ent is not None else []
    return bool(lead) and all(t.text[:1].isupper() for t in lead) \
        and not any(country_of_words(ctx, t.text) is not None for t in lead) \
        and country_of_words(ctx, " ".join(t.text for t in lead)) is None


def _title_of(ctx: Ctx, root: Any) -> bool:
    """Whether a noun the tagger took for a place or a name alone is a title with its "of"-phrase: "the Sultan
    of Oman", "the Emir of Qatar" (the tagger marks the lone "Sultan" GPE; a title "of" a place names its holder,
    `_role_country`'s "the president of Russia"). The word alone must be the entity and a title of the role
    table: "the United Kingdom" is one entity of two words."""
    ent = next((e for e in root.sent.ents if e.start <= root.i < e.end), None)
    agent = ctx.knowledge.agents.roles.get(root.text)
    return ent is not None and len(ent) == 1 and agent is not None and agent.kind == "title" \
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children)


def _judgement(ctx: Ctx, root: Any) -> bool:
    """Whether a role noun is a predicate that judges ("X is a dictator", "called Y a tyrant", "branded them
    terrorists"): a word of evaluative_words.tsv as the complement of "be" or of a naming verb. It says what the
    speaker thinks of someone already named, not who else takes part (the evaluative stage codes the calling)."""
    if root.dep_ not in ("attr", "oprd"):
        return False
    return ctx.knowledge.evaluative_words.word(root.lemma_.lower()) is not None


def _private_body(ctx: Ctx, root: Any) -> str | None:
    """The sector ("" for none) of the body of civil life a title is "of" ("the president of the club",
    "chairman of the company": a determined common noun that `_PRIVATE_BODIES` lists or that agents.tsv gives a
    sector of no state body); None when the title has no such "of"-phrase."""
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or obj.pos_ != "NOUN" or not any(c.dep_ in ("det", "poss") for c in obj.children):
                continue
            lemma = obj.lemma_.lower()
            agent = ctx.knowledge.agents.roles.get(lemma)
            sector = agent.sector if agent is not None and agent.kind in ("organisation", "head") else None
            if sector and not any(s in sector for s in STATE_SECTORS):
                return sector
            if lemma in _PRIVATE_BODIES and agent is None:
                return ""
    return None


def _body_officer(ctx: Ctx, sentence: Sentence, index: int, claimed: list[Span], first: Any, root: Any,
                  sector: str, link: tuple[str, int] | None) -> Found | None:
    """The officer of a body of civil life (`_private_body`): a person of that body's sector with no title
    phrase, so no title join, but the name apposed to it (`link`: "Tom Gale, the president of the club");
    None when the words are taken."""
    span = span_of(sentence, first, root)
    if not free(span, claimed):
        return None
    claimed.append(span)
    item = Found(span=span, how="role", key=(), kind="person", name=" ".join(span.text(ctx.text).split()),
                 sector=sector or None, sentence=index, subject=is_subject(root), link=link)
    return dataclasses.replace(item, key=role_key(item))


def _name_complement(root: Any) -> bool:
    """Whether a noun is the "of"-complement of a capitalised head inside one organisation's name ("House of
    Representatives", "Chamber of Deputies"): a word of the name, not a role of its own. The name's modifiers
    ("Libyan", "United States") are its country, which the role alone would lose."""
    preposition = root.head
    if root.dep_ != "pobj" or preposition.lower_ != "of" or not root.ent_type_ == "ORG":
        return False
    head = preposition.head
    return head.i < root.i and head.ent_type_ == "ORG" and head.text[:1].isupper() and not any(
        e.start <= head.i < e.end and not e.start <= root.i < e.end for e in root.sent.ents)


def _proper_name_start(ctx: Ctx, chunk: Any, first: int, agent: Agent) -> int | None:
    """The first token of a proper name whose head is the role word at `first`: "the Blue Lantern Party",
    "the Northern Liberation Front", "Thailand's Thai Raksa Chart Party". Every word from there to the head is
    capitalised, and one of the words before the role is neither a country word nor a role word (else it is
    a role with its country: "the Peruvian Army"). Only bodies (organisation, head rows): "Senator" before a
    name is pass 1's, "Republican Senators" a group; and not a government's own organs ("the Peruvian Health
    Ministry" is the Peruvian government, as CAMEO codes a ministry). A name that runs on past its head
    ("Commission on International Religious Freedom") is left whole to the entity pass (`org_sector`). A
    head row ("Herald") only in a name the tagger took for an organisation: an unknown name that only
    reports is no actor (see `speaking_names`)."""
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
        if rest + length <= first and country_of_words(ctx, doc[rest:rest + length].text) is not None:
            rest += length
            break
    named = any(country_of_words(ctx, t.text) is None and roles.get(t.text) is None for t in doc[rest:first])
    return start if start < first and named else None


def _named_body(ctx: Ctx, sentence: Sentence, index: int, claimed: list[Span], chunk: Any, first: int,
                start: int, agent: Agent) -> list[Found]:
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
        named = next((c for c in (country_of_words(ctx, t.text) for t in chunk.doc[start:first]) if c is not None),
                     None)
        country = named.code if named is not None else local_body_country(ctx, list(chunk.doc[start:root.i + 1]),
                                                                           agent.sector)
    name = bare(text)
    prefix = agent.sector if agent.prefix else None
    return [Found(span, "name", ("org", None, name.lower()), "organisation", name, country,
                  None if agent.prefix else agent.sector, prefix=prefix, phrase=agent.phrase.lower(),
                  sentence=index, subject=is_subject(root))]


def _claim(ctx: Ctx, sentence: Sentence, tokens: list[Any], claimed: list[Span]) -> tuple[str, Span] | None:
    """The text and span of a mention made of `tokens`, claimed for it; None if another mention has it."""
    found = text_span(ctx, sentence, tokens)
    if found is None or not free(found[1], claimed):
        return None
    claimed.append(found[1])
    return found


def speaking_groups(ctx: Ctx, sentence: Sentence, index: int, claimed: list[Span]) -> list[Found]:
    """Plural nouns that no table knows, as group actors when they are the subject of a verb that only
    someone speaking can be the subject of (the cue table's `subject` column): "Investigators have said …",
    "Critics argued …", "Democrats vowed …". The noun names people by what they do or belong to; "the
    results suggest" names no one, and "suggest" is no such verb. The sector is the role table's for the
    singular ("astronomer"), when it has one; the country is the one the phrase names ("Chilean
    investigators"). Documents ("reports said": their author speaks), closed-class words ("others") and
    questions (a fronted "which critics" is parsed as a subject; a question reports nothing) are left out."""
    cues = ctx.knowledge.cues
    roles = ctx.knowledge.agents.roles
    out: list[Found] = []
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
        item = Found(span=span, how="group", key=(), kind="group", name=" ".join(name.split()), country=country,
                     sector=sector or None, phrase=root.lower_, plural=True, sentence=index, subject=True,
                     link=link)
        out.append(dataclasses.replace(item, key=role_key(item)))
    return out


def speaking_names(ctx: Ctx, sentence: Sentence, index: int, claimed: list[Span]) -> list[Found]:
    """Names that no other pass made an actor, when they speak: the subject of a verb that only someone
    speaking can head ("Rudaw reported …" is no such verb, "Rudaw said …" is) or the object of "according to"
    ("according to The Verge"). Whoever is quoted is an actor of the article. spaCy's entity type gives the
    kind (a PERSON is a person, else an organisation); places and nationalities are left to their passes."""
    cues = ctx.knowledge.cues
    roles = ctx.knowledge.agents.roles
    out: list[Found] = []
    for token in sentence.tokens():
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
        out.append(Found(span=span, how="name", key=(kind, name), kind=kind, name=name, sentence=index,
                         subject=token.dep_ == "nsubj",
                         sector=org_sector(ctx, name) if kind == "organisation" else None))
    return out


def _coordinated_parties(ctx: Ctx, sentence: Sentence, root: Any, item: Found) -> list[Found]:
    """ "Chilean and Peruvian students": one group per country word, each with its own span (the first
    modifier alone, the last with the noun), so that events see two parties, not one merged actor."""
    modifiers = coordinated_modifiers(root)
    countries = [country_of_words(ctx, m.text) if m.text[:1].isupper() else None for m in modifiers]
    if len(modifiers) < 2 or any(c is None for c in countries):
        return []
    parties = []
    for number, (modifier, country) in enumerate(zip(modifiers, countries)):
        last = number == len(modifiers) - 1
        span = span_of(sentence, modifier, root if last else modifier)
        party = dataclasses.replace(item, span=span, country=country.code, link=None,
                                    name=f"{modifier.text} {root.text}")
        parties.append(dataclasses.replace(party, key=role_key(party)))
    return parties


def _listed_owner_parties(ctx: Ctx, sentence: Sentence, root: Any, item: Found, claimed: list[Span]
                          ) -> list[Found]:
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
            names = [root.doc[next(t.i for t in o.subtree if t.pos_ != "DET" or t.i == o.i):o.i + 1] for o in owners]
            countries = [country_of_words(ctx, bare(n.text)) if o.text[:1].isupper() else None
                         for o, n in zip(owners, names)]
            if any(c is None for c in countries) or countries[0].code != item.country:
                return []
            if shared:
                # the owner names are the first head's mentions: each party is named by this head alone
                return [dataclasses.replace(party, key=role_key(party)) for party in (
                    dataclasses.replace(item, country=country.code,
                                        name=item.name if number == 0 else f"{item.name} of {names[number].text}")
                    for number, country in enumerate(countries))]
            spans = [span_of(sentence, n[0], o) for o, n in zip(owners, names)]
            if not all(free(span, claimed) for span in spans):
                return []
            claimed.extend(spans)
            parties = [dataclasses.replace(item, key=role_key(item))]
            for number, (span, country) in enumerate(zip(spans, countries)):
                party = dataclasses.replace(item, span=span, country=country.code,
                                            name=item.name if number == 0 else f"{item.name} of {names[number].text}")
                parties.append(dataclasses.replace(party, key=role_key(party)))
            return parties
    return []


def joint_actors(ctx: Ctx, found: list[Found]) -> list[Found]:
    """A name that stands for several actors at once ("the Alliance" coded as each of its members): a
    mention of each on the same words, so that events see every one of them as a party."""
    out = list(found)
    countries = ctx.knowledge.countries
    for item in found:
        country = countries.get(item.country) if item.key[:1] == ("country",) else None
        for other in countries.joint(country) if country is not None else ():
            out.append(dataclasses.replace(item, key=("country", other.code), name=other.name, country=other.code))
    return out


def _role_country(ctx: Ctx, sentence: Sentence, chunk: Any, first: int
                  ) -> tuple[str | None, int, tuple[str, int] | None]:
    """The country a role phrase names, the first token of the phrase's span, and a pending link.

    The link, resolved once all mentions are known, is ("person", offset) for "the North Korean leader,
    Kim Jong-un", ("possessor", offset) for "Mr. Putin's army" (the army of that person's country) or
    ("country", offset) for "the country's state media" (the country named last before).
    """
    doc = chunk.doc
    root = chunk.root
    # Members of a local sector are of the place they are in or of: "police in Baghdad", "Baghdad police"
    local = LOCAL_SECTORS.intersection(_sectors(ctx, chunk, first, root)) and not any(
        ctx.knowledge.agents.roles.get(t.text) is not None and ctx.knowledge.agents.roles.abroad(t.text)
        for t in chunk) and root.lemma_.lower() not in HAPPENED_TO
    # A modifier inside the phrase: "U.S. officials", "Russian troops", "the North Korean leader".
    for ent in sentence.ents():
        if ent.start >= chunk.start and ent.end <= first and ent.label_ in ("GPE", "NORP", "ORG") \
                and not partisan(doc, ent.start):
            country = country_of_words(ctx, ent.text)
            if country is not None:
                return country.code, ent.start, _apposed_person(chunk, sentence)
            if ent.label_ in ("GPE", "LOC") and local:
                # "the New Mexico governor", "Baghdad police": a local office of a place in one country, as
                # "police in Baghdad" below; the place stays out of the mention, a place for the places stage
                code = country_of_place_name(ctx, ent)
                if code is not None:
                    return code, first, _apposed_person(chunk, sentence)
    # The parser may run the country into the name of the body: "the US State Department" (ORG "US State").
    for start in range(chunk.start, first):
        token = doc[start]
        if not token.text[:1].isupper() or token.dep_ not in ("compound", "amod", "nmod") or partisan(doc, start):
            continue
        for end in range(min(first, start + 3), start, -1):
            country = country_of_words(ctx, doc[start:end].text)
            if country is not None and not inside_place(ctx, doc, start, end, chunk.start):
                return country.code, start, _apposed_person(chunk, sentence)
    # A possessor: "Russia's defense minister", "the country's state media", "Mr. Putin's army".
    for child in root.children:
        if child.dep_ != "poss":
            continue
        phrase = doc[child.left_edge.i:child.i + 1]
        country = country_of_words(ctx, POSSESSIVE_TAIL.sub("", phrase.text))
        if country is not None:
            return country.code, child.left_edge.i, _apposed_person(chunk, sentence)
        if child.lower_ in ("country", "nation", "its"):
            # "the country's state media": the country last named before, once all mentions are known
            return None, child.left_edge.i, ("country", sentence.offset + child.idx)
        if child.ent_type_ == "PERSON":
            return None, first, ("possessor", sentence.offset + child.idx)
        if child.lower_ in _TOWN_NOUNS and local:
            # "the city's mayor", "the town's police": the country of the town named last before in the paragraph
            code = _town_before(ctx, doc, child.left_edge.i)
            if code is not None:
                return code, child.left_edge.i, _apposed_person(chunk, sentence)
    # "the president of Russia"; "the mayor of Nablus", "a court in Guyana", "demonstrators in Baghdad"
    preps = owner_preps(root)
    # "a newspaper based in Beirut"
    preps += [p for c in root.children if c.dep_ in ("acl", "amod") and c.lower_ == "based"
              for p in c.children if p.dep_ == "prep" and p.lower_ == "in"]
    for child in preps:
        for obj in child.children:
            if obj.dep_ != "pobj":
                continue
            words = doc[obj.left_edge.i:obj.i + 1].text
            pronoun = next((c for c in obj.children if c.dep_ == "poss" and c.lower_ in ("his", "her", "their")),
                           None)
            if pronoun is not None and obj.lemma_.lower() in ("country", "nation") and child.lower_ in ("of", "from"):
                # "the people of his country": the country of the person the pronoun names, once pronouns
                # are resolved (context.pronoun_countries)
                return None, first, ("possessor", sentence.offset + pronoun.idx)
            if child.lower_ in ("of", "from"):
                # "the president of Russia"; "leaders of Egypt's opposition", "officers of the Kenyan army";
                # "soldiers from Chile", "a delegation from Peru": where people come from is their country
                country = country_of_words(ctx, words) or modifier_country(ctx, obj)
                if country is not None:
                    return country.code, first, _apposed_person(chunk, sentence)
            named = ctx.knowledge.countries.find(bare(words)) if local and bare(words) else None
            if named is not None:
                # "activists in Chile": a country the tables know, whatever the parser's entity label
                return named.code, first, _apposed_person(chunk, sentence)
            if local and obj.ent_type_ in ("GPE", "LOC"):
                code = country_of_place_name(ctx, doc[obj.left_edge.i:obj.i + 1])
                if code is not None:
                    return code, first, _apposed_person(chunk, sentence)
    sent = _sender_country(ctx, root)
    if sent is not None:
        return sent.code, first, None
    if root.dep_ == "conj" and root.head.i < root.i and root.head.pos_ == "NOUN" and not any(
            c.dep_ in ("det", "poss", "amod", "compound", "nmod", "nummod") for c in root.children):
        # "Danish media and government": the first noun's modifier is shared by a bare noun joined to it
        country = modifier_country(ctx, root.head)
        if country is not None:
            return country.code, first, None
    return None, first, _apposed_person(chunk, sentence)


# Nouns that stand for a town or a city named before ("the city's mayor"): its local offices are of its country.
_TOWN_NOUNS = frozenset({"city", "town", "village", "municipality"})


def _town_before(ctx: Ctx, doc: Any, before: int) -> str | None:
    """The country of the place the text named last before token `before` in its paragraph (a place name the
    tagger marks, GPE, that the gazetteer knows as a country's, a capital or a city too big to be a namesake:
    `country_of_place_name`); None when the last such name has no known country."""
    for ent in reversed([e for e in doc.ents if e.end <= before and e.label_ == "GPE"]):
        return country_of_place_name(ctx, ent)
    return None


def _delegate_sector(ctx: Ctx, root: Any, country: str | None) -> str | None:
    """The sector of delegates (agents.tsv's `delegate` words): a party's (PTY) at a party's gathering
    (`_party_gathering`: "delegates at the party convention", "party delegates", "delegates from Ohio to the
    Liberal caucus"), as CAMEO codes party members and officials; else, for "representatives of/from X",
    "delegates from X" where X is a country (the caller has found it), the country's (the `delegate` row, its
    government): an "of"/"from" phrase says whom one who acts for another acts for. A region or a state of a
    country ("delegates from Ohio") is no state that sends delegates: the word keeps its row. None for any other
    role, and for the word with no such phrase ("Iranian representatives" may be members of its parliament)."""
    sector = ctx.knowledge.agents.roles.delegate(root.text)
    if sector is None:
        return None
    if _party_gathering(ctx, root):
        return "PTY"
    if country is None:
        return None
    owners = [root.doc[o.left_edge.i:o.i + 1] for p in owner_preps(root) if p.lower_ in ("of", "from")
              for o in p.children if o.dep_ == "pobj"]
    if not any(ctx.knowledge.countries.find(bare(o.text)) is not None for o in owners):
        return None
    return sector


# Gatherings of a party's members to choose its candidates (PLOVER's and CAMEO's PTY: "political parties ...
# and their members"): a caucus or a primary is always a party's; a convention or a congress only when the name
# of a party or a word that is no country's nor a place's modifies it ("the Republican National Convention",
# not "the climate convention", "the Geneva Convention").
_PARTY_MEETINGS = frozenset({"caucus", "caucuses", "primary", "primaries"})
_NAMED_MEETINGS = frozenset({"convention", "congress", "conference"})


def _party_gathering(ctx: Ctx, root: Any) -> bool:
    """Whether a delegate noun is tied to a party: "party" among its words or its phrases' ("party delegates",
    "delegates of the Liberal Party", "delegates at the party convention"), or a party's gathering
    (`_PARTY_MEETINGS`, `_NAMED_MEETINGS`) that its phrases, or those of the verb it is the subject or object of
    ("Delegates backed Vale at the Republican convention"), name."""
    tokens = list(root.subtree)
    verb = root.head
    if root.dep_ in ("nsubj", "nsubjpass", "dobj") and verb.pos_ in ("VERB", "AUX"):
        tokens += [t for p in verb.children if p.dep_ == "prep" and p.lower_ in ("at", "to", "in", "during")
                   for t in p.subtree]
    for token in tokens:
        if token.i == root.i:
            continue
        lemma = token.lemma_.lower()
        if lemma == "party" or lemma in _PARTY_MEETINGS and token.pos_ == "NOUN":
            return True
        if lemma in _NAMED_MEETINGS and any(
                c.dep_ in ("compound", "amod", "nmod") and c.text[:1].isupper() and c.ent_type_ not in ("GPE", "LOC")
                and country_of_words(ctx, c.text) is None and c.lower_ not in ("national", "state")
                for c in token.children):
            return True
    return False


def _sender_country(ctx: Ctx, root: Any) -> Country | None:
    """ "Troops sent by Chile", "police deployed by Peru": the country named as the agent of a participle of
    sending (argument_words.tsv `sender`) owns the group it sends."""
    senders = ctx.knowledge.argument_words.sender
    for clause in root.children:
        if clause.dep_ != "acl" or clause.tag_ != "VBN" or clause.lemma_.lower() not in senders:
            continue
        for agent in clause.children:
            for obj in agent.children if agent.dep_ == "agent" else ():
                if obj.dep_ == "pobj" and obj.text[:1].isupper():
                    country = country_of_words(ctx, bare(obj.doc[obj.left_edge.i:obj.i + 1].text))
                    if country is not None:
                        return country
                if obj.dep_ == "pobj" and ctx.knowledge.agents.roles.get(obj.text) is not None:
                    country = modifier_country(ctx, obj)  # "by the Peruvian government"
                    if country is not None:
                        return country
    return None


# People named by what happened to them: a town before them names where it happened (the attack, the siege), not
# whose they are ("Benghazi victims" of an attack on a US consulate, "a Sarajevo survivor"), unlike "Baghdad
# residents" or "a Texas voter". A country word still says whose they are ("Libyan victims").
HAPPENED_TO = frozenset({"victim", "survivor", "hostage", "casualty"})


def modifier_country(ctx: Ctx, noun: Any) -> Country | None:
    """The country a noun's possessor or capitalised modifier names ("Egypt's opposition", "the Kenyan
    army"); "pro-Russian" and similar causes are no owner."""
    for child in noun.children:
        if child.dep_ in ("poss", "amod", "compound", "nmod") and child.text[:1].isupper() \
                and not partisan(noun.doc, child.left_edge.i):
            phrase = noun.doc[child.left_edge.i:child.i + 1].text
            country = country_of_words(ctx, POSSESSIVE_TAIL.sub("", phrase))
            if country is not None:
                return country
    return None


def _sectors(ctx: Ctx, chunk: Any, first: int, root: Any) -> set[str]:
    agent = ctx.knowledge.agents.roles.get(" ".join(t.text for t in chunk.doc[first:root.i + 1]))
    sector = (agent.sector or "") if agent is not None else ""
    return {sector[i:i + 3] for i in range(0, len(sector), 3)}


def _apposed_person(chunk: Any, sentence: Sentence) -> tuple[str, int] | None:
    """("person", offset) of a name in apposition: "Russia's defense minister, Sergei K. Shoigu"."""
    doc = chunk.doc
    i = chunk.end
    if i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].ent_type_ == "PERSON":
        return ("person", sentence.offset + doc[i + 1].idx)
    for child in chunk.root.children:
        if child.dep_ == "appos" and child.ent_type_ == "PERSON":
            return ("person", sentence.offset + child.idx)
    root = chunk.root
    # "Jo Wu, the president of the club, said": the title is the apposition of the name before it; "Jo Wu is
    # the president of the club": the predicate of a name. Either describes that person, never one
    # introduced earlier with the same title (`grouping._titled_before`).
    if root.dep_ == "appos" and root.head.ent_type_ == "PERSON":
        return ("person", sentence.offset + root.head.idx)
    if root.dep_ == "attr" and root.head.lemma_ == "be":
        subject = next((c for c in root.head.children if c.dep_ == "nsubj" and c.ent_type_ == "PERSON"), None)
        if subject is not None:
            return ("person", sentence.offset + subject.idx)
    verb = _predicated_on(root)
    if verb is not None:
        # "Ana Vell was sworn in as Peru's new president", "Jo Wu served as the club's chairman", "was elected
        # governor": the role is said of the verb's subject, as a predicate is (a verb with an object of its own
        # says it of that object instead: "described the plan as ...")
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.tag_ == "WP" and verb.dep_ == "relcl":
            subject = verb.head  # "Ana Vell, who was elected governor, ...": the name the clause is on
        # a name only (the one person it covers, if any, is `grouping.resolve_titles`' to find)
        if subject is not None and subject.pos_ == "PROPN" and subject.text[:1].isupper() and not any(
                c.dep_ == "dobj" for c in verb.children):
            return ("person", sentence.offset + subject.idx)
    return None


def _predicated_on(root: Any) -> Any | None:
    """The verb a role noun is predicated of its subject by: the object of its "as" ("served as president"), or
    its object predicate ("was elected governor")."""
    if root.dep_ == "pobj" and root.head.lower_ == "as" and root.head.head.pos_ in ("VERB", "AUX"):
        return root.head.head
    if root.dep_ == "oprd" and root.head.pos_ == "VERB":
        return root.head
    return None
