"""Helpers over tokens that every pass uses: spans and the spans already claimed, the mentions found so far
(`FoundList`), trimming a possessive, the country some words name, and "pro-Russian" causes that are no owner."""
from __future__ import annotations

import re
from typing import Any, Iterable, Sequence

from ...knowledge.countries import Country
from ...knowledge.people import surnames
from ...records import Sentence, Span
from ...spanindex import IndexedList, SpanList, overlaps_any
from .mentions import Ctx, Found, named_person
from ..syntax import subject_place

POSSESSIVE_TAIL = re.compile(r"(?:['’]s|['’])$")


def span_of(sentence: Sentence, first: Any, last: Any) -> Span:
    return sentence.tokens_span(first, last)


# Nouns of kinship (English's closed class of family terms): a person named as the parent, child, sibling or spouse
# of another ("Tello's wife, Marta Quispe", "Mario Tello, the son of Luis Tello") shares that one's country, as a
# family does, unless the text gives the person one of their own (w19people;
# `people.kin_owner`), and a demonym on one is that person's nationality (`kin_head`). Not "fiancée" or "partner": a
# couple not yet married is as often of two countries as one.
KIN_NOUNS = frozenset({
    "father", "mother", "parent", "son", "daughter", "child", "brother", "sister", "sibling", "wife", "husband",
    "widow", "widower", "uncle", "aunt", "nephew", "niece", "cousin", "grandfather", "grandmother", "grandson",
    "granddaughter", "stepfather", "stepmother", "stepson", "stepdaughter"})


def kin_head(token: Any) -> Any | None:
    """The kin noun a demonym modifies ("his Pakistani wife", "an Afghan father of three"), or None: the demonym
    is then that person's nationality (w22sides, issue 9 kind 4)."""
    head = token.head
    if token.dep_ in ("amod", "compound", "nmod") and head.i > token.i and head.pos_ == "NOUN" \
            and head.lemma_.lower() in KIN_NOUNS:
        return head
    return None


Claimed = SpanList  # the claimed spans, also indexed by offset: `free` looked at every claim, quadratic


def free(span: Span, claimed: list[Span]) -> bool:
    return not overlaps_any(span, claimed)


class FoundList(IndexedList):
    """The mentions found so far, also indexed for the questions asked of them once per token or sentence (a
    scan of every mention each time was quadratic in the article): the last words of full names
    (`entities._names_a_person`), and the mentions by sentence (`near`, for pronouns' antecedents)."""

    def __init__(self, items: Iterable[Found] = (), sentences: Sequence[Sentence] = ()) -> None:
        super().__init__()
        self.bounds = [sentence.span for sentence in sentences]
        self.surnames: set[str] = set()
        self.by_sentence: dict[int, list[tuple[int, Found]]] = {}
        self.strays: list[tuple[int, Found]] = []  # a span outside its own sentence: near every sentence
        self.extend(items)

    def _file(self, item: Found) -> None:
        entry = (len(self) - 1, item)
        if named_person(item) and len(item.name.split()) > 1:
            self.surnames.update(surnames(item.name))  # "Riva" and "La Riva" of "Gloria La Riva"
        if 0 <= item.sentence < len(self.bounds) and self.bounds[item.sentence].contains(item.span):
            self.by_sentence.setdefault(item.sentence, []).append(entry)
        else:
            self.strays.append(entry)

    def near(self, index: int, reach: int = 2) -> list[Found]:
        """In order, every mention that can be the antecedent of a pronoun in sentence `index`: those of
        that sentence and the `reach` before it (the antecedent functions look no further back, a mention
        of a later sentence starts after the pronoun, and the noun a relative pronoun hangs on is in its
        sentence: a parse tree never leaves it), and any mention whose span leaves its own sentence."""
        entries = [*self.strays]
        for number in range(index - reach, index + 1):
            entries += self.by_sentence.get(number, ())
        entries.sort(key=lambda entry: entry[0])
        return [item for _, item in entries]


def trim(sentence: Sentence, tokens: list[Any]) -> list[Any]:
    """Tokens without a trailing possessive ("North Korea's") or punctuation."""
    while tokens and (tokens[-1].tag_ == "POS" or tokens[-1].is_punct or tokens[-1].is_space
                      or tokens[-1].lower_ in ("'s", "’s")):
        tokens = tokens[:-1]
    return tokens


def text_span(ctx: Ctx, sentence: Sentence, tokens: list[Any]) -> tuple[str, Span] | None:
    tokens = trim(sentence, tokens)
    while tokens and (tokens[0].is_space or tokens[0].text in ("(", "[", "“", '"', "‘", "'")):
        tokens = tokens[1:]
    if not tokens:
        return None
    span = span_of(sentence, tokens[0], tokens[-1])
    text = POSSESSIVE_TAIL.sub("", span.text(ctx.text))
    if text != span.text(ctx.text):
        span = Span(span.start, span.start + len(text)) if text else span
    return text, span


def country_of_words(ctx: Ctx, text: str) -> Country | None:
    countries = ctx.knowledge.countries
    return countries.find(text) or countries.by_adjective(text)


def inside_place(ctx: Ctx, doc: Any, first: int, end: int, floor: int = 0) -> bool:
    """Whether the country name at tokens `first`..`end` is only the tail of a longer place the gazetteer
    knows that is no country: "Mexico" of "New Mexico", "Jersey" of "New Jersey" (US states). A place's
    name is read whole, as the longest name the tables know, never as a country found inside it."""
    for before in (1, 2):
        start = first - before
        if start < floor or not all(t.text[:1].isupper() for t in doc[start:first]):
            break
        words = doc[start:end].text
        if ctx.knowledge.gazetteer.is_curated(words) and ctx.knowledge.countries.find(words) is None:
            return True
    return False


def supported(doc: Any, i: int) -> bool:
    """ "pro-Russian rebels": the country is a cause, no actor. "an anti-Gondor parade" is aimed at Gondor,
    which is an actor there (PETRARCH codes it as the target, "ANTI- + *"), though not the parade's owner;
    a demonym ("anti-American protesters") reads as a sentiment, a cause like "pro-"."""
    return partisan(doc, i) and not (doc[i].tag_ in ("NNP", "NNPS") and (
        (i >= 2 and doc[i - 1].text in ("-", "–") and doc[i - 2].lower_ == "anti") or
        (i >= 1 and doc[i - 1].lower_ == "anti-")))


def partisan(doc: Any, i: int) -> bool:
    """ "pro-Russian rebels", "anti-American protesters": the country is the cause, not whose they are. So is
    the backer of "Armenian-backed separatists", "a Gondor-funded militia": the phrase names the backed group,
    whose sponsor is no party to what the group does; and the birthplace of "the Canadian-born senator": where a
    person was born, not the state the person serves."""
    if i >= 2 and doc[i - 1].text in ("-", "–") and doc[i - 2].lower_ in ("pro", "anti"):
        return True
    end = i
    while end < min(i + NAME_WORDS, len(doc)) and doc[end].text[:1].isupper():
        end += 1  # past the country's name ("Saudi Arabian-backed")
    if end + 1 < len(doc) and end > i and doc[end].text in ("-", "–") and doc[end + 1].lower_ in _NOT_OWNERS:
        return True
    return i >= 1 and doc[i - 1].lower_ in ("pro-", "anti-")


# Participles that make the country before them a sponsor ("Iranian-backed militias") or a birthplace ("a
# Peruvian-born mayor of Santiago"), not an owner.
_NOT_OWNERS = frozenset({"backed", "sponsored", "funded", "supported", "financed", "armed", "trained", "born"})


NAME_WORDS = 5  # the longest country name tried, in words ("The Democratic Republic of the Congo")


# Sectors whose members are of the place they are in ("police in Kenya", "a court in Guyana", "residents
# of Gaza"); soldiers, diplomats, journalists and aid workers are often foreigners where they are.
LOCAL_SECTORS = frozenset({"CVL", "OPP", "COP", "JUD", "REB", "LAB", "EDU", "BUS", "LEG", "GOV", "AGR", "HLH",
                            "REL", "CRM", "SPY", "ELI", "PPL", "MED", "HRI"})
# Sectors of bodies seated in one place and named after it ("Tarsk Police", "Tarsk District Court", "Tarsk City
# Hospital", "the Tarsk Herald"): a subset of LOCAL_SECTORS, without groups of people that take a region's name.
_SEATED_SECTORS = frozenset({"COP", "JUD", "GOV", "LEG", "EDU", "MED", "HLH"})
# A city this big (or a curated place) is taken to be the one meant when its name alone is given.
_TOWN = 50_000


def country_of_place_name(ctx: Ctx, tokens: Any) -> str | None:
    """The country of a named place: a country, a capital, or a city of the gazetteer big enough not to
    be a namesake ("Baghdad", "Nablus")."""
    text = bare(tokens.text)
    country = _country_named(ctx, text)
    if country is not None:
        return country.code
    place = ctx.knowledge.gazetteer.resolve(text)
    if place is None or not place.country or not (place.curated or place.population >= _TOWN):
        return None
    country = ctx.knowledge.countries.get(place.country)
    return country.code if country is not None else None


def local_body_country(ctx: Ctx, tokens: list[Any], sector: str | None) -> str | None:
    """The country of a local body of the state named after its place: "Norfolk Police", "Tarsk District
    Court", "Leeds City Council" (police, courts and councils are of the place they serve, as "police in
    Kenya" is), as are its hospitals, schools and newspapers (`_SEATED_SECTORS`); not a movement named after a
    people or a region ("Moro Islamic Liberation Front"). The place is the longest run of leading words the
    gazetteer knows as a country, a curated place or a city too big to be a namesake (`country_of_place_name`)."""
    if not sector or not _SEATED_SECTORS.intersection(sector[i:i + 3] for i in range(0, len(sector), 3)):
        return None
    words = [t for t in tokens if not t.is_punct]
    for length in range(min(3, len(words) - 1), 0, -1):
        if not all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in words[:length]):
            continue
        place = words[0].doc[words[0].i:words[length - 1].i + 1]
        code = country_of_place_name(ctx, place)
        if code is not None and _town_name(ctx, place) and ctx.story() not in (None, code):
            # "Siena College" in a story whose places are all in the United States: a town of another
            # country in a body's name is a namesake (a saint's town, a founder's home), not its seat
            return None
        if code is not None:
            return code
    return None


def _town_name(ctx: Ctx, tokens: Any) -> bool:
    """Whether a place name is a town's or a capital's, not a country's (which is no namesake: "Kenya Police" is
    of Kenya wherever the story is). A capital may be: "Victoria Election Authority" in a story set in Australia
    is the state of Victoria's, not the Seychelles' (w17people)."""
    return ctx.knowledge.countries.find(bare(tokens.text)) is None


def _country_named(ctx: Ctx, text: str) -> Any | None:
    """The country a name is, or whose capital it is ("Kenya", "Nairobi")."""
    return ctx.knowledge.countries.find(text) or ctx.knowledge.countries.by_metonym(text)


def place_country_votes(ctx: Ctx, sentences: Sequence[Sentence]) -> list[str]:
    """The country of each place name of the article the tagger marks (GPE) and `country_of_place_name`
    knows, one vote a mention: the story's country before the places stage has placed anything."""
    return [code for sentence in sentences for ent in sentence.ents() if ent.label_ == "GPE"
            and not subject_place(ent.root)  # "the Benghazi committee" says nothing of where the story is
            for code in (country_of_place_name(ctx, ent),) if code is not None]


def no_name(ent: Any) -> bool:
    """An entity the tagger marked that names nobody: text in another script than the Latin (the English
    tagger's labels on it are noise: a transcript's Hindi answer), a person's name with a digit in it (a code,
    a virus: "COVID-19"; no person's name has one), a hashtag, or a make followed by its model number ("a Boeing
    707": the aircraft, not the firm)."""
    if not any(ch.isascii() and ch.isalpha() for ch in ent.text):
        return True
    if ent.label_ == "PERSON" and any(ch.isdigit() for ch in ent.text):
        return True
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].text == "#" and not doc[ent.start - 1].whitespace_:
        return True  # a hashtag ("#FreeTarsk"): a slogan, no actor
    # "a Boeing 707 cargo plane": the model number is the make's, or both modify the plane; not a year after an
    # owner ("the party's 2012 nomination")
    return ent.label_ == "ORG" and ent.end < len(doc) and doc[ent.end].tag_ == "CD" \
        and doc[ent.end].ent_type_ != "DATE" and ent.root.dep_ != "poss" \
        and doc[ent.end].head.i in (ent.root.i, ent.root.head.i)


def bare(text: str) -> str:
    return re.sub(r"^(?:the|The)\s+", "", text.strip())
