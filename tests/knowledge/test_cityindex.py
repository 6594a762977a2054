"""The compact GeoNames city index, its disk format and its cache. Names and places are our own."""
from __future__ import annotations

import json

from eventwire.knowledge import cityindex as cityindex_module
from eventwire.knowledge import gazetteer as gazetteer_module
from eventwire.knowledge.cityindex import CityIndex, CityIndexBuilder, cache_dir, city_index
from eventwire.knowledge.text import place_key
from eventwire.settings import Settings


def _small_index():
    builder = CityIndexBuilder()
    builder.add_city("Springfield", ["Springfeld"], "USA", 39.8, -89.64, 4250542, 116_000, "IL")
    builder.add_city("Springfield", [], "USA", 37.2, -93.29, 4409896, 166_000, "MO")
    builder.add_city("São Tomé", ["Sao Tome"], "STP", 0.34, 6.73, 2410763, 53_000, None)
    return builder.build()


def test_the_city_index_finds_names_and_orders_by_population():
    index = _small_index()
    assert len(index) == 3
    found = index.candidates(place_key("Springfield"), 10)
    assert [c.admin for c in found] == ["MO", "IL"]  # most populous first
    assert found[0].geonameid == 4409896 and found[0].feature == "city"
    assert index.candidates("springfeld", 10)[0].admin == "IL"  # an alternate name
    assert index.candidates(place_key("Sao Tome"), 10)[0].name == "São Tomé"
    assert index.find("nowhere") == -1 and index.largest_population("nowhere") == 0
    assert index.largest_population("springfield") == 166_000


def test_the_city_index_round_trips_through_its_file(tmp_path):
    index = _small_index()
    path = tmp_path / "cities.bin"
    index.save(path, "stamp-1")
    loaded = CityIndex.load(path, "stamp-1")
    assert loaded is not None and len(loaded) == 3
    assert loaded.candidates("springfield", 10) == index.candidates("springfield", 10)
    assert CityIndex.load(path, "stamp-2") is None  # stale: other data or other code
    path.write_bytes(path.read_bytes()[:-5])
    assert CityIndex.load(path, "stamp-1") is None  # damaged
    assert CityIndex.load(tmp_path / "missing.bin", "stamp-1") is None
    assert not list(tmp_path.glob("*.tmp"))  # the temporary file was renamed, not left behind


def _fake_geonames(folder):
    folder.mkdir()
    (folder / "countries.json").write_text(json.dumps({"FR": {"iso3": "FRA"}}), encoding="utf-8")
    cities = {"1": {"geonameid": 1, "name": "Lyon", "alternatenames": [], "countrycode": "FR",
                    "latitude": "45.75", "longitude": "4.85", "population": 500000, "admin1code": "84"}}
    (folder / "cities500.json").write_text(json.dumps(cities), encoding="utf-8")


def test_the_cache_is_reused_and_rebuilt_when_the_data_changes(tmp_path, monkeypatch):
    data, cache = tmp_path / "geonames", tmp_path / "cache"
    _fake_geonames(data)
    first = city_index(data, cache)
    assert first.candidates("lyon", 5)[0].country == "FRA"
    assert (cache / "geonames-cities.bin").exists()

    def no_build(folder):
        raise AssertionError("the cached index should have been used")

    monkeypatch.setattr(cityindex_module, "_build_cities", no_build)
    assert city_index(data, cache).candidates("lyon", 5)[0].lat == 45.75
    monkeypatch.undo()

    cities = json.loads((data / "cities500.json").read_text(encoding="utf-8"))
    cities["2"] = dict(cities["1"], geonameid=2, name="Lille", latitude="50.63", longitude="3.06")
    (data / "cities500.json").write_text(json.dumps(cities), encoding="utf-8")
    assert city_index(data, cache).candidates("lille", 5)  # stale cache: rebuilt


def test_an_unwritable_cache_costs_time_not_correctness(tmp_path):
    data = tmp_path / "geonames"
    _fake_geonames(data)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    assert city_index(data, blocker).candidates("lyon", 5)


def test_the_cache_folder_follows_settings_then_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", str(tmp_path / "env"))
    assert cache_dir(Settings()) == tmp_path / "env"
    monkeypatch.delenv("EVENTWIRE_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir(None) == tmp_path / "xdg" / "eventwire"


def test_the_gazetteer_still_offers_the_index_names():
    # Callers import these from knowledge.gazetteer; the split must not break them.
    for name in ("CityIndex", "CityIndexBuilder", "PlaceCandidate", "cache_dir", "city_index"):
        assert getattr(gazetteer_module, name) is getattr(cityindex_module, name)
