"""The gazetteer: indexes, lookups and the disambiguation rules. Sentences and names are our own."""
from __future__ import annotations

import shutil

import pytest

from eventwire.errors import KnowledgeError
from eventwire.knowledge import Knowledge, data_file
from eventwire.knowledge.gazetteer import Context, normalize
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
    assert gazetteer.place_word("Street") == ("local", "facility")
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
