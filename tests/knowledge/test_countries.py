from __future__ import annotations

import pytest

from eventwire.errors import KnowledgeError
from eventwire.knowledge import Knowledge
from eventwire.knowledge.countries import load_countries
from eventwire.settings import Settings


@pytest.fixture(scope="module")
def countries():
    return load_countries(Knowledge())


def test_covers_the_world(countries):
    assert len(countries) >= 245
    codes = {c.iso3 for c in countries}
    assert {"USA", "RUS", "PRK", "KOR", "UKR", "XKX", "PSE", "TWN"} <= codes


def test_get_by_iso3_cameo_and_iso2(countries):
    assert countries.get("RUS").name == "Russia"
    assert countries.get("ru").iso3 == "RUS"
    assert countries.get("KSV").iso3 == "XKX"
    assert countries.get("XKX").code == "KSV"
    assert countries.get("ZZZ") is None
    assert countries.get(None) is None


@pytest.mark.parametrize("text, iso3", [
    ("Russia", "RUS"), ("russia", "RUS"), ("Russia's", "RUS"), ("Russia’s", "RUS"),
    ("the United States", "USA"), ("United States", "USA"), ("U.S.", "USA"), ("US", "USA"),
    ("America", "USA"), ("DPRK", "PRK"), ("Democratic People's Republic of Korea", "PRK"),
    ("North Korea", "PRK"), ("South Korea", "KOR"), ("Britain", "GBR"), ("the U.K.", "GBR"),
    ("Great Britain", "GBR"), ("the Philippines", "PHL"), ("Philippines'", "PHL"), ("Ivory Coast", "CIV"),
    ("Côte d'Ivoire", "CIV"), ("Congo", "COG"), ("DR Congo", "COD"), ("Türkiye", "TUR"), ("Burma", "MMR"),
])
def test_find_names(countries, text, iso3):
    assert countries.find(text).iso3 == iso3


def test_acronyms_are_case_sensitive(countries):
    assert countries.find("us") is None
    assert countries.find("Us") is None
    assert countries.find("uk") is None


def test_find_rejects_non_countries(countries):
    assert countries.find("Moscow") is None
    assert countries.find("") is None
    assert countries.find("Russian") is None


@pytest.mark.parametrize("text, iso3", [
    ("Russian", "RUS"), ("Russians", "RUS"), ("North Korean", "PRK"), ("North Koreans", "PRK"),
    ("British", "GBR"), ("Briton", "GBR"), ("Chinese", "CHN"), ("Ukrainian", "UKR"), ("Dominican", "DOM"),
    ("Congolese", "COD"),
])
def test_by_adjective(countries, text, iso3):
    assert countries.by_adjective(text).iso3 == iso3


@pytest.mark.parametrize("text, iso3", [
    ("the Kremlin", "RUS"), ("Kremlin", "RUS"), ("Moscow", "RUS"), ("the White House", "USA"),
    ("Washington", "USA"), ("Pyongyang", "PRK"), ("Beijing", "CHN"), ("Zhongnanhai", "CHN"),
    ("Downing Street", "GBR"), ("London", "GBR"), ("the Élysée", "FRA"), ("Paris", "FRA"), ("Seoul", "KOR"),
    ("Kyiv", "UKR"), ("Kiev", "UKR"),
])
def test_by_metonym(countries, text, iso3):
    assert countries.by_metonym(text).iso3 == iso3


def test_capital_is_always_a_metonym(countries):
    for country in countries:
        if country.capital:
            assert countries.by_metonym(country.capital) is not None, country.iso3


def test_coordinates_and_geonameid(countries):
    usa = countries.get("USA")
    assert (usa.lat, usa.lon, usa.geonameid) == (39.76, -98.5, 6252001)
    rus = countries.get("RUS")
    assert (rus.lat, rus.lon) == (60.0, 100.0)
    assert all(c.lat is not None and -90 <= c.lat <= 90 and -180 <= c.lon <= 180 for c in countries)


def test_lookup_tries_all_indexes(countries):
    assert countries.lookup("Russian").iso3 == "RUS"
    assert countries.lookup("Kremlin").iso3 == "RUS"
    assert countries.lookup("Russia").iso3 == "RUS"


def test_bad_file_names_the_line(tmp_path):
    (tmp_path / "countries.tsv").write_text(
        "iso3\tcameo\tiso2\tname\tnames\tadjectives\tcapital\tmetonyms\tlat\tlon\tgeonameid\n"
        "RUS\tRUS\tRU\tRussia\tRussia\tRussian\tMoscow\tMoscow\tsixty\t100\t2017370\n",
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError, match="countries.tsv:2"):
        load_countries(Knowledge(Settings(knowledge_dir=tmp_path)))


def test_a_joint_column_names_the_other_actors_of_one_name(tmp_path, countries):
    (tmp_path / "countries.tsv").write_text(
        "iso3\tcameo\tname\tnames\tjoint\nTWA\tTWA\tTwin Marches\tTwin Marches\tTWB\n"
        "TWB\tTWB\tTwin Marches\tTwin Marches\tTWA\n", encoding="utf-8")
    ours = load_countries(Knowledge(Settings(knowledge_dir=tmp_path)))
    first = ours.find("the Twin Marches")
    assert first.code == "TWA" and [c.code for c in ours.joint(first)] == ["TWB"]
    assert countries.joint(countries.get("RUS")) == ()  # the built-in table has no joint names
