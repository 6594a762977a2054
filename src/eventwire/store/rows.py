"""The rows the store's queries return: frozen dataclasses, one per kind of answer."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any


@dataclass(frozen=True, slots=True)
class IngestReport:
    added: int = 0  # new article ids
    replaced: int = 0  # known ids whose content changed: their old rows were replaced
    unchanged: int = 0  # same content as stored: nothing written
    failed: tuple[tuple[str, str], ...] = ()  # (id, reason), in input order

    @property
    def ok(self) -> bool:
        return not self.failed


@dataclass(frozen=True, slots=True)
class EventRow:
    article_id: str
    event_id: str
    date: str | None  # the TIMEX3 value
    event: str | None  # None: a CAMEO code without a PLOVER type (a user dictionary's)
    mode: str | None
    cameo: str | None
    goldstein: float | None
    quad_class: int | None
    source: str | None
    target: str | None
    actors: str  # names, "; "-separated
    recipients: str
    place: str | None
    trigger: str | None
    sentence: str
    reported_by: str | None
    negated: bool
    hypothetical: bool
    # The period of `date` (else the publication day) and how precise it is (eventwire.dates).
    date_start: date | None = None
    date_end: date | None = None
    date_precision: str | None = None


@dataclass(frozen=True, slots=True)
class GroupRow:
    """One event as several articles reported it (the `event_groups` view), with its first report's evidence."""

    group_id: str
    date: str | None  # the group's day (or TIMEX3 period)
    event: str | None
    cameo: str | None
    source: str | None  # CAMEO code, or the first participant's name where the pipeline coded none
    target: str | None
    location: str | None  # the place's country code, or its name
    modality: str  # asserted | negated | hypothetical
    goldstein: float | None
    quad_class: int | None
    mentions: int  # event rows in the group (an article may report the event twice)
    sources: int  # distinct outlets (the article's source, else its URL's host)
    articles: int
    article_ids: str  # "; "-separated, sorted
    actors: str  # the first report's participants, as in EventRow
    recipients: str
    trigger: str | None
    sentence: str
    first_article: str


@dataclass(frozen=True, slots=True)
class Participant:
    actor_id: str
    name: str
    kind: str | None
    code: str | None
    country: str | None
    sector: str | None


@dataclass(frozen=True, slots=True)
class PlaceRef:
    place_id: str
    name: str | None
    text: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    feature: str | None


@dataclass(frozen=True, slots=True)
class EventMention:
    """An event row with everything an export needs: its article, participants, place and group counts."""

    article_id: str
    title: str | None
    url: str | None
    outlet: str  # the article's source, else its URL's host, else 'article:<id>'
    published: date | None
    ingested_at: datetime
    lead_end: int  # where the article's first paragraph ends: events before it are "root" events
    event_id: str
    ordinal: int
    event: str | None
    mode: str | None
    contexts: tuple[str, ...]
    cameo: str | None
    goldstein: float | None
    quad_class: int | None
    source: str | None
    target: str | None
    date: str | None  # the TIMEX3 value as extracted
    day: date | None  # the event's day: its own where the text gives one, else the publication date
    actors: tuple[Participant, ...]
    recipients: tuple[Participant, ...]
    reported_by: Participant | None
    place: PlaceRef | None
    sentence: tuple[int, int]
    sentence_text: str
    trigger: tuple[int, int] | None
    trigger_text: str | None
    negated: bool
    hypothetical: bool
    pattern: str | None
    group_id: str
    group_date: str
    modality: str
    num_mentions: int
    num_sources: int
    num_articles: int
    # `day` is the first day of the event's period (eventwire.dates); these say how far it reaches.
    date_end: date | None = None
    date_precision: str | None = None
    article_key: str = ""


@dataclass(frozen=True, slots=True)
class PeriodRow:
    period: str  # 2023-09, 2023-W36, 2023-09-13 or 2023
    event: str | None
    events: int
    goldstein: float | None  # the mean Goldstein score of those events


@dataclass(frozen=True, slots=True)
class QuoteRow:
    article_id: str
    quote_id: str
    published: date | None
    kind: str
    speaker: str | None  # the actor's name, or the attribution's text when no actor was resolved
    speaker_code: str | None
    cue: str | None
    text: str  # the quoted content; pieces of an interrupted quote are joined with " … "
    # Ids of the events reported inside the quote: their trigger (or, without one, their sentence) lies
    # within one of the quote's content spans. The quote is how the text knows of them.
    events: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ActorRow:
    name: str
    kind: str | None
    code: str | None
    country: str | None
    sector: str | None
    articles: int
    mentions: int


@dataclass(frozen=True, slots=True)
class Summary:
    articles: int
    first_published: date | None
    last_published: date | None
    actors: int  # distinct (name, code) pairs across articles
    mentions: int
    events: int
    quotes: int
    times: int
    places: int
    events_by_type: tuple[tuple[str, int], ...]
    top_dyads: tuple[tuple[str, str, int], ...]  # (source, target, events)
    top_actors: tuple[ActorRow, ...]
    sample_events: tuple[EventRow, ...]
    sample_quotes: tuple[QuoteRow, ...]


def as_dict(row: Any) -> dict[str, Any]:
    """A query row as a plain dict, for CSV/JSON writers."""
    return dataclasses.asdict(row)
