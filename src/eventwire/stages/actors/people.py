"""Pass 1, people: spaCy PERSON entities (and names the parse shows to be people: "Chang Min, an analyst"),
widened over their honorifics and titles ("Mr. Putin", "President Vladimir V. Putin"), with the country and
role their context gives them."""
from __future__ import annotations

from typing import Any, Iterable

from ...knowledge.agents import Agent
from ...records import Sentence, Span
from ..syntax import conjuncts, is_subject, subject_place
from .mentions import Ctx, Found
from .entities import bare, org_sector
from .roles import FORMER, HAPPENED_TO, STATE_SECTORS, modifier_country
from .tokens import (KIN_NOUNS, NAME_WORDS, POSSESSIVE_TAIL, country_of_place_name, country_of_words, free,
                     inside_place, no_name, span_of, text_span, trim)

# words that make the lowercase role after them a title before a name: "former senator X", "fellow candidate X"
_TITLE_PREMODIFIERS = frozenset({"former", "fellow", "then", "incumbent"})


def _person_entities(ctx: Ctx, sentence: Sentence) -> Iterable[Any]:
    """PERSON entities, and GPE/ORG/NORP ones followed by a person appositive ("Chang Min, an analyst"), stated
    to be of a nationality ("Marta Quispe, a Chilean national") or named as someone's kin ("Marta Quispe, the wife
    of Tello"): only people are."""
    roles = ctx.knowledge.agents.roles
    for ent in sentence.ents():
        if no_name(ent):
            continue
        if ent.label_ in ("PERSON", "GPE", "ORG", "LOC", "FAC") \
                and (name := _name_after_office_place(ctx, ent)) is not None:
            yield name
        elif ent.label_ == "PERSON":
            if _with_article(ent) and widen_over_titles(ctx, ent)[1] is None and roles.get(ent.text) is None:
                # "went to the Moon": a person's name takes no article; a lone singular name after one is none
                # (a title is a person: "the Queen"; a plural a group: "the Houthis")
                continue
            # the tagger takes some countries for people ("Sri Lanka has ..."); after a title the name is a
            # person whom a dictionary codes with the country's bare code ("Prime Minister Telemar" [DAG])
            # so does it a body the tables know ("Houthis attacked the port"): a name of organisations.tsv is the
            # body's, unless a title makes it a person's (pass 3 reads it: `entities.entities`)
            if (ctx.knowledge.countries.find(ent.text) is None and ctx.knowledge.agents.organisations.find(ent.text)
                    is None) or widen_over_titles(ctx, ent)[1] is not None:
                name = _without_headline_verb(ctx, sentence, ent)
                if name is not None:
                    yield _with_hyphenated_tail(_with_compound_names(ctx, sentence, _with_untagged_given_names(
                        ctx, sentence, name)))
        elif ent.label_ in ("GPE", "ORG", "NORP", "LOC") and (_person_appositive(ent, roles) is not None
                                                             or _stated_nationality(ctx, ent) is not None
                                                             or kin_owner(ent) is not None):
            if ctx.knowledge.countries.lookup(ent.text) is None:
                yield ent
    yield from _untagged_titled_names(ctx, sentence)


def _without_headline_verb(ctx: Ctx, sentence: Sentence, ent: Any) -> Any | None:
    """The name without the verb a title-case headline writes capitalised after it, which the tagger took in:
    "Mark Delaney Refuses to Endorse Harlan" is tagged "Mark Delaney Refuses". The name ends before the first
    word after its first that the tagger calls a verb ("Refuses" VBZ, "Lied" VBD), or, in a title-case line,
    before a capitalised "-s" word whose stem the verb table knows ("Wins", "Calls") and no name table does.
    None when nothing of the name is left."""
    doc = ent.doc
    headline = _title_case(sentence)
    for i in range(ent.start + 1, ent.end):
        token = doc[i]
        if token.tag_.startswith("VB") or (headline and _headline_verb(ctx, token)):
            return doc[ent.start:i] if i > ent.start else None
    return ent


def _title_case(sentence: Sentence) -> bool:
    """A headline written in title case: nearly every longer word capitalised."""
    words = [t for t in sentence.sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words)


def _headline_verb(ctx: Ctx, token: Any) -> bool:
    """A capitalised present-tense verb of a headline: "Wins", "Calls", "Pushes" (a stem the verb table knows,
    and no given name: "Williams", "Hughes" stay names)."""
    word = token.text
    if not (word[:1].isupper() and word.endswith("s") and word[1:].islower()) or len(word) < 4:
        return False
    if ctx.knowledge.first_names.gender(word) is not None:
        return False
    lower = word.lower()
    stems = {lower[:-1]} | ({lower[:-2]} if lower.endswith("es") else set())
    return any(stem in ctx.knowledge.verbs for stem in stems)


def _with_hyphenated_tail(ent: Any) -> Any:
    """The name with the rest of a hyphenated given name the tokenizer split off it and the tagger left out:
    "Moon Jae-in" is tagged "Moon Jae", then "-" and "in" written close up."""
    doc, end = ent.doc, ent.end
    if doc[end - 1].text == "-" and end < len(doc):  # tagged "Park Jae-", the hyphen in and its tail out
        end -= 1
    if end + 1 < len(doc) and not doc[end - 1].whitespace_ and doc[end].text == "-" and not doc[end].whitespace_ \
            and doc[end + 1].is_alpha and (end + 1 < ent.end or not doc[end + 1].ent_type_):
        return doc[ent.start:end + 2]
    return ent


def _with_compound_names(ctx: Ctx, sentence: Sentence, ent: Any) -> Any:
    """The name with the words of the same name the tagger left out at either end, where the parse joins them
    in one compound chain: "Judge Amy Berman Jackson" tagged "Amy Berman" (Jackson is the head the tagged words
    modify), "Judge Ana Maria Castillo Ruiz" tagged "Maria Castillo Ruiz" (Ana modifies Ruiz). Without them the
    person is a different, shorter name, and the title before it stays unread. Only capitalised proper nouns no
    table knows (`_bare_name_word`), so no title ("Judge"), place, organisation or place word ("Tower",
    "Street") is taken in; at most two words before, from a known given name, and one after."""
    doc = ent.doc
    start, end = ent.start, ent.end
    after = doc[end] if end < sentence.sent.end else None
    if after is not None and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == after.i \
            and after.tag_ == "NNP" and _bare_name_word(ctx, after) \
            and ctx.knowledge.gazetteer.place_word(after.text) is None \
            and not (after.dep_ == "compound" and after.head.pos_ == "PROPN"):
        end += 1
    while start > sentence.sent.start and ent.start - start < 2:
        before = doc[start - 1]
        if not (before.dep_ == "compound" and start <= before.head.i < end and _bare_name_word(ctx, before)):
            break
        start -= 1
    # before the name, only from a given name the first-name table knows: capitalised words there are as often
    # titles and trades no table lists ("Moderator", "Immunologist", "Tropical Storm")
    while start < ent.start and ctx.knowledge.first_names.gender(doc[start].text) is None:
        start += 1
    return ent if (start, end) == (ent.start, ent.end) else doc[start:end]


def _with_article(ent: Any) -> bool:
    """A one-word singular name right after a definite article that determines it ("the Moon", "the Senate")."""
    if len(ent) != 1 or ent.start == 0 or ent.root.tag_ != "NNP" or ent.text.endswith("s"):
        return False  # the tagger calls "the Houthis" NNP too: a plural is a group
    before = ent.doc[ent.start - 1]
    return before.lower_ == "the" and before.dep_ == "det" and before.head.i == ent.root.i


def _with_untagged_given_names(ctx: Ctx, sentence: Sentence, ent: Any) -> Any:
    """A PERSON entity with the given names the tagger left out between an office's place and it ("Mayor of
    London Sadiq Khan" is tagged "London" and "Khan"): one or two capitalised proper nouns outside any entity
    that no table knows as a role, country or organisation. Without them the lone surname would be taken for
    another, better-known bearer of it."""
    doc = ent.doc
    first = ent.start
    while first > sentence.sent.start + 1 and ent.start - first < 2 and _bare_name_word(ctx, doc[first - 1]):
        first -= 1
    if first == ent.start or not doc[first - 1].ent_type_ in ("GPE", "LOC"):
        return ent
    # only after an office's place ("Mayor of London Sadiq Khan"): elsewhere an untagged capitalised word
    # before a name is as often a title no table lists ("Chief Executive", "Minority Whip")
    place = next((e for e in sentence.ents() if e.end == first), None)
    if place is None or place.start < 2 or doc[place.start - 1].lower_ not in ("of", "from") \
            or _office_place_country(ctx, place) is None:
        return ent
    return doc[first:ent.end]


def _bare_name_word(ctx: Ctx, token: Any) -> bool:
    """A capitalised proper noun outside any entity that no table knows: a given name's shape."""
    return not token.ent_type_ and token.pos_ == "PROPN" and token.text[:1].isupper() and token.text.isalpha() \
        and ctx.knowledge.agents.roles.get(token.text) is None and ctx.knowledge.countries.find(token.text) is None \
        and ctx.knowledge.agents.organisations.find(token.text) is None


def _name_after_office_place(ctx: Ctx, ent: Any) -> Any | None:
    """The person's name inside an entity the tagger ran over the place of an office and the name after it:
    "Senator from Vermont Bernie Sanders" tagged "Vermont Bernie Sanders" (ORG; PERSON or FAC as often). After a capitalised title and
    "of"/"from", a place the tables locate (`country_of_place_name`) followed by two or three capitalised
    words no table knows is the office's place and its holder's name."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].lower_ not in ("of", "from") or not doc[ent.start - 2].text[:1].isupper():
        return None
    if ctx.knowledge.agents.roles.get(doc[ent.start - 2].text) is None:
        return None
    for length in (1, 2, 3):
        rest = doc[ent.start + length:ent.end]
        if not 2 <= len(rest) <= 3:
            continue
        if country_of_place_name(ctx, doc[ent.start:ent.start + length]) is not None \
                and all(_bare_name_word(ctx, t) or t.ent_type_ for t in rest) \
                and all(t.text[:1].isupper() and ctx.knowledge.agents.roles.get(t.text) is None for t in rest):
            return rest
    return None


def _untagged_titled_names(ctx: Ctx, sentence: Sentence) -> Iterable[Any]:
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
                and widen_over_titles(ctx, name)[1] is not None:
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


def widen_over_titles(ctx: Ctx, ent: Any, of_country: bool = True) -> tuple[int, str | None]:
    """Index of the first token of the name with its honorifics and titles, and the title phrase; with
    `of_country`, also over a title's "of"-country ("President of France Emmanuel Macron")."""
    doc = ent.doc
    roles = ctx.knowledge.agents.roles
    start = ent.start
    title: str | None = None
    owned = _title_of_country(ctx, doc, start, ent.sent.start) if of_country else None
    if owned is not None:
        # "President of France Emmanuel Macron": the title with its country before the name, one mention
        return owned
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


def _title_of_country(ctx: Ctx, doc: Any, start: int, floor: int) -> tuple[int, str] | None:
    """ "President of France Emmanuel Macron", "Prime Minister of the Slovak Republic Jan Novak": a
    capitalised title and its "of"-country written before a name; the first token and the title phrase. The
    office may be a state's or a city's ("Governor of Texas Greg Abbott", "Senator from Vermont Bernie
    Sanders", "Mayor of London Sadiq Khan"): the place's country is the holder's."""
    roles = ctx.knowledge.agents.roles
    for length in range(NAME_WORDS, 0, -1):
        country_start = start - length
        if country_start - 2 < floor:
            continue
        words = doc[country_start:start]
        if not words[-1].text[:1].isupper() or _office_place_country(ctx, words) is None:
            continue
        of = country_start - 1
        if doc[of].lower_ not in ("of", "from"):
            continue
        for title_length in (3, 2, 1):
            first = of - title_length
            if first < floor or not doc[first].text[:1].isupper():
                continue
            agent = roles.get(doc[first:of].text)
            if agent is not None and agent.kind in ("title", "person"):
                return first, agent.phrase
        return None
    return None


def _country_before(ctx: Ctx, doc: Any, start: int, floor: int) -> int | None:
    """The first token of a capitalised country name or demonym ending right before `start`, if any."""
    for length in (3, 2, 1):
        first = start - length
        if first >= floor and doc[first].text[:1].isupper() \
                and country_of_words(ctx, doc[first:start].text) is not None \
                and not inside_place(ctx, doc, first, start, floor):  # "New Mexico Governor X": a US state's
            return first
    return None


def people(ctx: Ctx, sentence: Sentence, index: int, claimed: list[Span]) -> list[Found]:
    out: list[Found] = []
    people = ctx.knowledge.people
    for ent in _person_entities(ctx, sentence):
        start, title = widen_over_titles(ctx, ent)
        found = text_span(ctx, sentence, list(ent.doc[start:ent.end]))
        if found is None:
            continue
        _, span = found
        name_tokens = trim(sentence, list(ent))
        written = span_of(sentence, name_tokens[0], name_tokens[-1]).text(ctx.text) if name_tokens else ""
        name = _display(written, people.strip_titles(written)) if written else ""
        if not name or not free(span, claimed):
            continue
        claimed.append(span)
        country, sector = _person_context(ctx, sentence, ent)
        if start < ent.start:
            prefix = title_country(ctx, ent.doc[start:ent.start])
            named = ctx.knowledge.countries.find(name) if title else None
            country = country or prefix or (named.code if named is not None else None)
            if country is None and title and not any(ctx.knowledge.agents.roles.abroad(w) for w in title.split()) \
                    and title.split()[-1].lower().rstrip("s") not in HAPPENED_TO:
                # not "Syria envoy X": an envoy's or ambassador's place is where they serve; not "Benghazi victim
                # X": the place where it happened to them (roles.HAPPENED_TO)
                country = _country_before_title(ctx, ent.doc, start, sentence.sent.start)
            sector = sector or (ctx.knowledge.agents.roles.get(title).sector if title else None)
            if title and sector and _former(ent.doc, start, ent.start, sentence.sent.start) \
                    and any(s in sector for s in STATE_SECTORS):
                # "former Chilean president Ana Rojas": an office no longer held. CAMEO codes former government
                # officials as elites (ELI), as build does for a known person's past role; the phrase keeps
                # the name from joining "the president" of the day. A trade is no office ("former lawyer
                # Ana Rojas" practised law: agents.tsv's professions keep their sector)
                title = "former " + title
                if not any(ctx.knowledge.agents.roles.profession(w) for w in title.split()):
                    sector = "ELI"
        if country is None:
            country = _bracketed_place_country(ctx, ent)
        if country is None:
            stated = _stated_nationality(ctx, ent)
            if stated is not None:
                country, demonym = stated
                # "a Chilean national" says whose the person is: no mention of Chile acting of its own
                claimed.append(sentence.tokens_span(demonym[0], demonym[-1]))
        owner = kin_owner(ent) if country is None else None
        out.append(Found(
            span=span, how="name" if len(name.split()) > 1 or title else "surname", key=("person", name),
            kind="person", name=name, country=country, sector=sector, phrase=title.lower() if title else None,
            sentence=index, subject=is_subject(ent.root),
            link=("possessor", sentence.offset + owner.idx) if owner is not None else None,
            gender=ctx.knowledge.agents.roles.gender(ent.doc[start:ent.end].text),
        ))
    return out


def kin_owner(ent: Any) -> Any | None:
    """The token of the name (or pronoun) whose kin a named person is said to be, or None: a kin noun in
    apposition to the name, either way round ("Tello's wife, Marta Quispe"; "Marta Quispe, the wife of Tello") or
    written as a title before it ("Tello's son Mario Tello", "her husband Siarhei"), owned by a possessor ("Tello's",
    "her") or an "of" object. The owner is a proper noun or a personal pronoun: "the boy's father" says nothing of
    a country."""
    root = ent.root
    nouns = [c for c in root.children if c.dep_ in ("appos", "compound") and c.lemma_.lower() in KIN_NOUNS
             and c.i not in range(ent.start, ent.end)]
    if root.dep_ == "appos" and root.head.lemma_.lower() in KIN_NOUNS:
        nouns.append(root.head)
    for noun in nouns:
        for child in noun.children:
            if child.dep_ == "poss" and (child.pos_ == "PROPN" or child.tag_ == "PRP$"):
                return child
            if child.dep_ == "prep" and child.lower_ == "of":
                return next((o for o in child.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
    return None


# Nouns that state a person's nationality and nothing else: "a Chilean national", "a Peruvian citizen", "a
# native of Chile" is `_person_context`'s "of"/"from" (w19people).
_NATIONALITY_NOUNS = frozenset({"national", "citizen"})


def _stated_nationality(ctx: Ctx, ent: Any) -> tuple[str, Any] | None:
    """The country a person's nationality is stated as, and the words of its demonym: in apposition to the name
    ("Marta Quispe, a Chilean national, said"), before it as a title ("Chilean national Marta Quispe") or as the
    predicate of a clause on it ("Marta Quispe is a Peruvian citizen"): a noun of nationality with a country's
    demonym or name ("a North Korean national", "a U.S. citizen"). A nationality is what a coder codes a private
    person by (PLOVER codes every actor with a country)."""
    doc = ent.doc
    if ent.start >= 2 and doc[ent.start - 1].lower_ in _NATIONALITY_NOUNS:
        # written as a title before the name: "Libyan national Khairi Saadallah"
        first = _country_before(ctx, doc, ent.start - 1, ent.sent.start)
        found = country_of_words(ctx, doc[first:ent.start - 1].text) if first is not None else None
        if found is not None:
            return found.code, doc[first:ent.start - 1]
    root = ent.root
    nouns = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ == "be":
        nouns += [c for c in root.head.children if c.dep_ == "attr"]
    for noun in nouns:
        if noun.lemma_.lower() not in _NATIONALITY_NOUNS:
            continue
        for modifier in noun.children:
            if modifier.dep_ in ("amod", "compound", "nmod") and modifier.text[:1].isupper():
                words = ent.doc[modifier.left_edge.i:modifier.i + 1]  # "a North Korean national"
                country = country_of_words(ctx, POSSESSIVE_TAIL.sub("", words.text))
                if country is not None:
                    return country.code, words
    return None


def _former(doc: Any, start: int, end: int, floor: int) -> bool:
    """Whether a word that puts a title in the past ("former", "onetime") stands right before a name's title
    words (`start`..`end`) or among them: "Former Chilean president X", "Chilean former president X"."""
    return (start > floor and doc[start - 1].lower_ in FORMER) or any(t.lower_ in FORMER for t in doc[start:end])


def _country_before_title(ctx: Ctx, doc: Any, start: int, floor: int) -> str | None:
    """The country of the name right before a person's title: a state or city ("Ohio Senator X", "Texas
    Governor X": offices of that place) or a body whose name carries a country word ("US Supreme Court
    Justice X")."""
    if start <= floor or not doc[start - 1].ent_type_:
        return None
    ent = next((e for e in doc[start - 1].sent.ents if e.end == start), None)
    if ent is None or ent.start < floor:
        return None
    if ent.label_ in ("GPE", "LOC"):
        return country_of_place_name(ctx, ent)
    if ent.label_ == "ORG":
        found = next((c for c in (country_of_words(ctx, t.text) for t in ent if t.text[:1].isupper())
                      if c is not None), None)
        return found.code if found is not None else None
    return None


def _bracketed_place_country(ctx: Ctx, ent: Any) -> str | None:
    """ "Senator Ruth Vance (D-Ohio)": the party-and-state tag in brackets after a name places the person."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].text != "(":
        return None
    close = next((t.i for t in doc[ent.end:min(ent.end + 8, len(doc))] if t.text == ")"), None)
    if close is None:
        return None
    for token in doc[ent.end + 1:close]:
        if token.text[:1].isupper() and len(token.text) > 2:
            code = country_of_place_name(ctx, doc[token.i:close])
            if code is not None:
                return code
    return None


def title_country(ctx: Ctx, tokens: Any) -> str | None:
    """The country a person's title names: before it ("Russian President") or after "of" within it
    ("President of France", see `_title_of_country`)."""
    for length in (3, 2, 1):
        if len(tokens) >= length:
            country = country_of_words(ctx, tokens[:length].text)
            if country is not None:
                return country.code
    of = next((t.i - tokens.start for t in tokens if t.lower_ in ("of", "from")), None)
    if of is not None and of + 1 < len(tokens):
        return _office_place_country(ctx, tokens[of + 1:])
    return None


def _office_place_country(ctx: Ctx, words: Any) -> str | None:
    """The country of the place an office is of or from: a country ("of France", "of the Slovak Republic")
    or a state or city the tables place in one ("from Vermont", "of London")."""
    country = ctx.knowledge.countries.find(words.text)
    if country is not None:
        return country.code
    if not all(t.text[:1].isupper() or t.lower_ == "the" for t in words):
        return None
    return country_of_place_name(ctx, words)


def _display(raw: str, stripped: str) -> str:
    """The name as written, without the honorifics `strip_titles` removed (it lowercases)."""
    words = raw.split()
    keep = len(stripped.split())
    return " ".join(words[len(words) - keep:]) if keep else ""


def _person_context(ctx: Ctx, sentence: Sentence, ent: Any) -> tuple[str | None, str | None]:
    """Country and sector a sentence gives a person: "X of Russia", "X, an analyst at … in Seoul"."""
    doc = ent.doc
    countries = ctx.knowledge.countries
    # "President Vladimir V. Putin of Russia"
    if ent.end + 1 < len(doc) and doc[ent.end].lower_ in ("of", "from"):
        # a country the tagger left untagged ("Judge Marta Quispe of Bolivia"): its proper nouns
        first = ent.end + 2 if doc[ent.end + 1].lower_ == "the" else ent.end + 1
        last = first
        while last < sentence.sent.end and last - first < NAME_WORDS and doc[last].pos_ == "PROPN" \
                and not doc[last].ent_type_:
            last += 1
        country = countries.find(doc[first:last].text) if last > first else None
        if country is not None:
            return country.code, None
        # "Governor Tomas Arce of Arequipa": an untagged city or state the gazetteer places in one country
        code = country_of_place_name(ctx, doc[first:last]) if last > first else None
        if code is not None:
            return code, None
        for other in sentence.ents():
            if subject_place(other.root):
                continue  # "Rep. Dale Marsh of the Benghazi committee": the committee's subject, not his country
            if other.start == ent.end + 1 or (other.start == ent.end + 2 and doc[ent.end + 1].lower_ == "the"):
                country = countries.find(other.text)
                if country is not None:
                    return country.code, None
                # "Senator Ruth Vance of Ohio": a state or city the gazetteer places in one country
                code = country_of_place_name(ctx, other) if other.label_ in ("GPE", "LOC") else None
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
    for other in sentence.ents():
        if other.start <= ent.end or other.end > end:
            continue
        preposition = doc[other.start - 1].lower_ if other.start > 0 else ""
        # the place itself, not a word of a longer noun after the preposition ("mother of Benghazi victim X":
        # the place names the attack, and the "of" phrase is the son)
        if other.label_ == "GPE" and preposition in ("in", "of", "from", "at", "based") \
                and other.root.dep_ not in ("compound", "amod", "nmod"):
            country = countries.find(other.text)
            if country is None:
                metonym = countries.by_metonym(other.text)
                country = metonym if metonym is not None and metonym.capital.lower() == other.text.lower() else None
            if country is None and preposition == "of":
                # "the mayor of Cusco": an office of a city or state is in that place's country
                code = country_of_place_name(ctx, other)
                country = ctx.knowledge.countries.get(code) if code is not None else None
            if country is not None:
                country_code = country.code
                break
        if other.label_ == "ORG" and country_code is None:
            for token in other:
                country = country_of_words(ctx, token.text)
                if country is not None and token.text[:1].isupper():
                    country_code = country.code
    if country_code is None:
        # "Luis Tello, Peru's interior minister", "X, a Peruvian judge": the role noun's own country word
        role = next((t for t in doc[ent.end + 1:end] if t.pos_ == "NOUN"
                     and t.lower_ == agent.phrase.split()[-1].lower()), None)  # the head of "interior minister"
        owner = modifier_country(ctx, role) if role is not None else None
        country_code = owner.code if owner is not None else None
    body_country, body_sector = _body_of(ctx, doc, ent.end + 1, end)
    # "a spokesman for the Peruvian army": the body the person speaks or works for gives country and sector
    return country_code or body_country, body_sector or agent.sector


def _named_body_sector(ctx: Ctx, token: Any) -> str | None:
    """The sector the name of an organisation gives by its last word ("Vantor Inc." BUS, "the Tarsk Times" MED:
    `entities.org_sector`), for the named organisation `token` heads; None for any other word."""
    if token.ent_type_ != "ORG":
        return None
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end and e.label_ == "ORG"), None)
    return org_sector(ctx, bare(ent.text)) if ent is not None else None


def _body_of(ctx: Ctx, doc: Any, start: int, end: int) -> tuple[str | None, str | None]:
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
                sector = _named_body_sector(ctx, head)
                if sector is not None:
                    return None, sector  # "a spokeswoman for Vantor Inc.": the name's head word (BUS)
                continue
            country = None
            for modifier in head.children:
                if modifier.dep_ in ("amod", "compound", "poss", "nmod") and modifier.text[:1].isupper():
                    found = country_of_words(ctx, POSSESSIVE_TAIL.sub("", modifier.text))
                    if found is not None:
                        country = found.code
                        break
            return country, agent.sector
    return None, None
