"""The records passed between the passes of the actors stage: a mention before actors exist (`Found`), and
what the passes share for one article (`Ctx`)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Callable

from ...knowledge import Knowledge
from ...records import Span


@dataclass(frozen=True, slots=True)
class Found:
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


def _no_story() -> str | None:
    return None


@dataclass(frozen=True, slots=True)
class Ctx:
    """What the passes share for one article."""

    knowledge: Knowledge
    text: str
    on: date | None
    # the story's country by its place names alone (`tokens.place_country_votes`), before the places stage: a
    # body named after a town of another country is named after a namesake (`tokens.local_body_country`). A
    # function, counted on its first call: few articles name a body after a town, and the count costs a
    # gazetteer lookup per place name
    story: Callable[[], str | None] = _no_story


def named_person(item: Found) -> bool:
    return item.kind == "person" and item.key[:1] == ("person",)


def role_key(item: Found) -> tuple[Any, ...]:
    """Governments of one country are one actor; other roles group by country, sector and words; a
    person's title stays its own actor unless it is joined to a person."""
    if item.kind == "organisation" and item.sector == "GOV" and item.country:
        return ("gov", item.country)
    if item.kind == "person":
        # "the Russian president" twice is one person; "the official" twice may be two
        return ("title", item.country, item.sector, item.phrase, item.prefix) + (
            () if item.country else (item.span.start,))
    return ("group", item.country, item.sector, item.phrase, item.prefix)
