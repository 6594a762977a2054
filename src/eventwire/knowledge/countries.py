"""Countries and territories: names, adjectives and demonyms, capitals and seats of government.

Loaded from `data/countries.tsv` (one row per ISO 3166-1 country or territory). Lookups are
case-insensitive, ignore a leading "the" and a trailing possessive ("Russia's"), except for short
all-capital acronyms ("US", "UK"), which only match as written so that "us" never means the USA.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator

from .columns import items, number, read_rows, text, upper, whole_number
from .text import name_key

if TYPE_CHECKING:
    from . import Knowledge

FILE = "countries.tsv"


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    cameo: str
    iso2: str
    name: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...]
    capital: str
    metonyms: tuple[str, ...]
    lat: float | None
    lon: float | None
    geonameid: int | None
    joint: tuple[str, ...] = ()  # codes of the actors its name also stands for ("[ELR/GAL]" in PETRARCH)

    @property
    def code(self) -> str:
        """The code eventwire puts in `country` fields: CAMEO's where it differs from ISO."""
        return self.cameo


def _is_acronym(text: str) -> bool:
    letters = text.replace(".", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 4


class _Index:
    """Name → country, with acronyms kept case-sensitive; the first row to claim a name keeps it."""

    def __init__(self) -> None:
        self.folded: dict[str, Country] = {}
        self.exact: dict[str, Country] = {}

    def add(self, name: str, country: Country) -> None:
        if _is_acronym(name_key(name, keep_case=True)):
            self.exact.setdefault(name_key(name, keep_case=True), country)
        else:
            self.folded.setdefault(name_key(name), country)

    def get(self, text: str) -> Country | None:
        if not text or not text.strip():
            return None
        exact = name_key(text, keep_case=True)
        if exact in self.exact:
            return self.exact[exact]
        if _is_acronym(exact):
            return None
        return self.folded.get(name_key(text))


class Countries:
    """All countries, indexed by code, name, adjective/demonym and seat of government."""

    def __init__(self, countries: list[Country]) -> None:
        self._all = tuple(countries)
        self._codes: dict[str, Country] = {}
        self._names = _Index()
        self._adjectives = _Index()
        self._metonyms = _Index()
        for country in self._all:
            for code in (country.iso3, country.cameo, country.iso2):
                self._codes.setdefault(code.upper(), country)
        # Names are indexed in two passes so a country's own primary name beats another's alias.
        for country in self._all:
            self._names.add(country.name, country)
        for country in self._all:
            for name in country.names:
                self._names.add(name, country)
            for adjective in country.adjectives:
                self._adjectives.add(adjective, country)
            for metonym in country.metonyms:
                self._metonyms.add(metonym, country)

    def __iter__(self) -> Iterator[Country]:
        return iter(self._all)

    def __len__(self) -> int:
        return len(self._all)

    def get(self, code: str | None) -> Country | None:
        """By ISO alpha-3, CAMEO code or ISO alpha-2."""
        return self._codes.get(code.strip().upper()) if code else None

    def joint(self, country: Country) -> tuple[Country, ...]:
        """The other actors a country's name stands for at once (an optional `joint` column of codes)."""
        return tuple(other for other in (self.get(code) for code in country.joint) if other is not None)

    def find(self, text: str) -> Country | None:
        """By name or alias: "Russia", "the United States", "U.S.", "North Korea's"."""
        return self._names.get(text)

    def by_adjective(self, text: str) -> Country | None:
        """By adjective or demonym: "Russian", "North Koreans", "British"."""
        return self._adjectives.get(text)

    def by_metonym(self, text: str) -> Country | None:
        """By seat of government or capital used for the government: "the Kremlin", "Pyongyang"."""
        return self._metonyms.get(text)

    def lookup(self, text: str) -> Country | None:
        """Any of name, adjective or seat of government, in that order."""
        return self.find(text) or self.by_adjective(text) or self.by_metonym(text)


_COLUMNS = {"iso3": upper, "cameo": upper, "iso2": upper, "name": text, "names": items, "adjectives": items,
            "capital": text, "metonyms": items, "lat": number, "lon": number, "geonameid": whole_number,
            "joint": items}


def load_countries(knowledge: "Knowledge") -> Countries:
    """Read `countries.tsv` into a `Countries` index; raises KnowledgeError naming a bad line."""
    countries: list[Country] = []
    for row in read_rows(knowledge.path(FILE), _COLUMNS):
        iso3, name = row["iso3"], row["name"]
        if len(iso3) != 3:
            raise row.error(f"iso3 {iso3!r} is not a three-letter code")
        if not name:
            raise row.error(f"the country {iso3} has no name")
        countries.append(Country(
            iso3=iso3, cameo=row["cameo"] or iso3, iso2=row["iso2"], name=name, names=row["names"] or (name,),
            adjectives=row["adjectives"], capital=row["capital"], metonyms=row["metonyms"], lat=row["lat"],
            lon=row["lon"], geonameid=row["geonameid"], joint=row["joint"],
        ))
    return Countries(countries)
