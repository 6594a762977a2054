"""The records that flow through the pipeline: frozen, slotted, each tied to the text by spans.

An `Article` enters with only its text and metadata; every stage returns a new `Article` with one more
kind of record filled in (`dataclasses.replace`). Offsets are Python `str` indices into `Article.text`,
half-open `[start, end)`, exactly as the output contract wants them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable, Iterator, Mapping

from .errors import InputError


@dataclass(frozen=True, slots=True, order=True)
class Span:
    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"not a span: [{self.start}, {self.end})")

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end

    def text(self, text: str) -> str:
        return text[self.start:self.end]

    def as_list(self) -> list[int]:
        return [self.start, self.end]


@dataclass(frozen=True, slots=True)
class Mention:
    """One place in the text that refers to an actor, and how it was recognised."""

    span: Span
    how: str  # "name", "surname", "title", "pronoun", "country", "demonym", "capital", "role", "group"


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name: str
    kind: str  # person | organisation | country | group
    country: str | None
    sector: str | None
    code: str | None
    mentions: tuple[Mention, ...]
    # a person's sex, "m" or "f", when the article or the knowledge says it (stages/actors/gender.py); None
    # when nothing does, and for every actor that is no person. He/she resolve only to a person it fits.
    gender: str | None = None

    def spans(self) -> tuple[Span, ...]:
        return tuple(m.span for m in self.mentions)


def coded_country_sector(country: str | None, sector: str | None, code: str | None
                         ) -> tuple[str | None, str | None]:
    """An actor's country and sector, each from its own field, else read from its CAMEO code ("USAGOV": USA,
    GOV; "---REB": no country, REB). Serves the events stage and the PLOVER export (actors and store rows
    carry the same three fields)."""
    code = code or ""
    country = country or (code[:3] if len(code) >= 3 else None)
    return (None if country == "---" else country), sector or code[3:6] or None


@dataclass(frozen=True, slots=True)
class TimeExpr:
    span: Span
    type: str  # DATE | TIME | DURATION | SET
    value: str | None
    mod: str | None = None


@dataclass(frozen=True, slots=True)
class Place:
    id: str
    span: Span
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    feature: str | None  # country | admin | city | facility | region | water | other


@dataclass(frozen=True, slots=True)
class Quote:
    id: str
    kind: str  # direct | indirect | mixed
    content: tuple[Span, ...]
    cue: Span | None
    speaker: str | None  # actor id
    speaker_span: Span | None


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    event: str  # PLOVER type
    mode: str | None
    contexts: tuple[str, ...]
    cameo: str | None
    goldstein: float | None
    quad_class: int | None
    actors: tuple[str, ...]
    recipients: tuple[str, ...]
    source: str | None
    target: str | None
    date: str | None
    place: str | None
    sentence: Span
    trigger: Span | None
    reported_by: str | None = None
    negated: bool = False
    hypothetical: bool = False
    pattern: str | None = None  # the dictionary entry that produced the coding: the explanation
    place_source: str | None = None  # how `place` was found: clause | sentence | dateline (event_places.py)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the parse with the absolute offset of its paragraph, so token offsets can be mapped."""

    span: Span
    sent: Any  # spacy.tokens.Span
    offset: int  # absolute offset of the spaCy Doc's first character
    # The paragraph the sentence is of, whose parse lists its noun chunks and entities once for all its sentences.
    paragraph: "Paragraph | None" = field(default=None, repr=False, compare=False)
    # The sentence's noun chunks, listed on first use: spaCy walks the parse again on each `sent.noun_chunks`.
    _chunks: Any = field(default=None, init=False, repr=False, compare=False)

    def noun_chunks(self) -> tuple[Any, ...]:
        """`sent.noun_chunks` as a tuple, computed once per Sentence (two passes of the actors stage read it).
        spaCy's `Span.noun_chunks` walks the whole Doc's chunks for each sentence (quadratic in a paragraph's
        length): they are taken from the paragraph's, listed once."""
        if self._chunks is None:
            sent = self.sent
            chunks = self.paragraph.noun_chunks() if self.paragraph is not None else sent.doc.noun_chunks
            object.__setattr__(self, "_chunks", tuple(c for c in chunks if c.start >= sent.start and c.end <= sent.end))
        return self._chunks  # type: ignore[no-any-return]

    def tokens(self) -> list[Any]:
        """`list(sent)`, from the paragraph's tokens listed once: spaCy makes a new Token object on each
        `doc[i]`, and the stages walk every sentence many times."""
        if self.paragraph is None:
            return list(self.sent)
        return list(self.paragraph.tokens()[self.sent.start:self.sent.end])

    def ents(self) -> tuple[Any, ...]:
        """`sent.ents` from the paragraph's entities, listed once (spaCy builds every entity of the Doc on each
        `sent.ents`), with the filter of spaCy's `Span.ents`: wholly inside the sentence."""
        if self.paragraph is None:
            return tuple(self.sent.ents)
        sent = self.sent
        return tuple(e for e in self.paragraph.ents() if e.start >= sent.start and e.end <= sent.end)

    def token_span(self, token: Any) -> Span:
        start = self.offset + token.idx
        return Span(start, start + len(token.text))

    def tokens_span(self, first: Any, last: Any) -> Span:
        return Span(self.offset + first.idx, self.offset + last.idx + len(last.text))


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    doc: Any  # spacy.tokens.Doc of text[start:start + len(doc.text)]
    # The Doc's noun chunks, listed on first use: spaCy runs its chunker over the whole Doc on each call.
    _chunks: Any = field(default=None, init=False, repr=False, compare=False)
    # The Doc's entities and text, read on first use: spaCy builds them anew on each `doc.ents`, `doc.text`.
    _ents: Any = field(default=None, init=False, repr=False, compare=False)
    _text: Any = field(default=None, init=False, repr=False, compare=False)
    _tokens: Any = field(default=None, init=False, repr=False, compare=False)

    def noun_chunks(self) -> tuple[Any, ...]:
        if self._chunks is None:
            object.__setattr__(self, "_chunks", tuple(self.doc.noun_chunks))
        return self._chunks  # type: ignore[no-any-return]

    def ents(self) -> tuple[Any, ...]:
        if self._ents is None:
            object.__setattr__(self, "_ents", tuple(self.doc.ents))
        return self._ents  # type: ignore[no-any-return]

    def tokens(self) -> tuple[Any, ...]:
        if self._tokens is None:
            object.__setattr__(self, "_tokens", tuple(self.doc))
        return self._tokens  # type: ignore[no-any-return]

    def text(self) -> str:
        if self._text is None:
            object.__setattr__(self, "_text", self.doc.text)
        return self._text  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    text: str
    published: date | None = None
    meta: Mapping[str, str] = field(default_factory=dict)
    paragraphs: tuple[Paragraph, ...] = ()
    actors: tuple[Actor, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    places: tuple[Place, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    # The actors' mentions by offset, built on the first actor_at (not an init field: replace() drops it).
    _mentions: Any = field(default=None, init=False, repr=False, compare=False)
    # The times, places and quotes by offset, and the actors by id, each built on first use (see `overlapping`).
    _indexes: Any = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.id, str) or not self.id.strip():
            raise InputError("article has no id", record=repr(self.id))
        if not isinstance(self.text, str) or not self.text.strip():
            raise InputError("the text is empty", record=self.id)

    def sentences(self) -> Iterator[Sentence]:
        for para in self.paragraphs:
            for sent in para.doc.sents:
                start = para.start + sent.start_char
                end = para.start + sent.end_char
                if end > start:
                    yield Sentence(Span(start, end), sent, para.start, para)

    def actor_at(self, span: Span) -> Actor | None:
        """The actor with a mention overlapping `span`; the tightest mention wins."""
        found = self.actors_at(span)
        return found[0] if found else None

    def actors_at(self, span: Span) -> list[Actor]:
        """Every actor with the tightest mention overlapping `span`, in actor order: one word may name several
        groups ("officials" in "lawmakers and officials in X and Y" are those of X and those of Y)."""
        if self._mentions is None:  # indexed once: a scan per call was quadratic in the article's length
            from .spanindex import SpanIndex

            index: Any = SpanIndex()
            for actor in self.actors:
                for mention in actor.mentions:
                    index.add(mention.span, (mention.span.end - mention.span.start, actor))
            object.__setattr__(self, "_mentions", index)
        best: list[Actor] = []
        best_size = 0
        for size, actor in self._mentions.overlapping(span):  # in actor order: the first of equal sizes wins
            if not best or size < best_size:
                best, best_size = [actor], size
            elif size == best_size and actor not in best:
                best.append(actor)
        return best

    def actor(self, actor_id: str | None) -> Actor | None:
        by_id = self._index("actors")
        return by_id.get(actor_id) if isinstance(actor_id, str) else None

    def times_in(self, span: Span) -> list[TimeExpr]:
        return [t for t in self.overlapping("times", span) if span.contains(t.span)]

    def places_in(self, span: Span) -> list[Place]:
        return [p for p in self.overlapping("places", span) if span.contains(p.span)]

    def overlapping(self, kind: str, span: Span) -> list[Any]:
        """The times, places or quotes (`kind`) whose span overlaps `span` (a quote's: a part of its content),
        in their order in the article. Indexed on first use: the stages ask once per sentence or event,
        and a scan each time was quadratic in the article's length."""
        seen: set[int] = set()  # a quote is filed once per part of its content
        return [item for item in self._index(kind).overlapping(span) if not (id(item) in seen or seen.add(id(item)))]

    def memo(self, key: str, build: Callable[["Article"], Any]) -> Any:
        """`build(self)`, computed once for this version of the article (the same key gives the same value):
        for an index of its records that a stage asks of many times."""
        if self._indexes is None:
            object.__setattr__(self, "_indexes", {})
        if key not in self._indexes:
            self._indexes[key] = build(self)
        return self._indexes[key]

    def _index(self, kind: str) -> Any:
        return self.memo(kind, lambda article: article._build_index(kind))

    def _build_index(self, kind: str) -> Any:
        from .spanindex import SpanIndex

        if kind == "actors":
            by_id: dict[str, Actor] = {}
            for actor in self.actors:
                by_id.setdefault(actor.id, actor)  # the first of an id, as a scan finds it
            return by_id
        index: SpanIndex[Any] = SpanIndex()
        for item in getattr(self, kind):
            for span in (item.content if kind == "quotes" else (item.span,)):
                index.add(span, item)
        return index


@dataclass(frozen=True, slots=True)
class Failure:
    """A record that could not be read or processed: its id (or position) and the reason, for the report."""

    id: str
    reason: str
