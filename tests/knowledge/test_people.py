from __future__ import annotations

from datetime import date

import pytest

from eventwire.errors import KnowledgeError
from eventwire.knowledge import Knowledge
from eventwire.knowledge.people import People, Role, load_people, surnames
from eventwire.settings import Settings


@pytest.fixture(scope="module")
def people():
    return load_people(Knowledge())


@pytest.mark.parametrize("name, on, expected", [
    ("Vladimir Putin", date(2023, 9, 13), "RUSGOV"),
    ("Putin", date(2023, 9, 13), "RUSGOV"),
    ("Mr. Putin", date(2023, 9, 13), "RUSGOV"),
    ("President Vladimir V. Putin", date(2023, 9, 13), "RUSGOV"),
    ("Mr. Kim", date(2023, 9, 13), "PRKGOV"),
    ("Kim Jong Un", date(2019, 2, 27), "PRKGOV"),
    ("Sergei K. Shoigu", date(2023, 9, 13), "RUSGOV"),
    ("Xi", date(2024, 1, 1), "CHNGOV"),
    ("Obama", date(2015, 6, 1), "USAGOV"),
    ("Antonio Guterres", date(2020, 1, 1), "IGOUNO"),
    ("Jens Stoltenberg", date(2020, 1, 1), "IGOWSTNAT"),
    ("Assad", date(2020, 1, 1), "SYRGOV"),
    ("von der Leyen", date(2022, 1, 1), "IGOEUREEC"),
    ("von der Leyen", date(2016, 1, 1), "DEUGOV"),
])
def test_lookup_on_a_date(people, name, on, expected):
    assert people.lookup(name, on).code == expected


def test_roles_end(people):
    assert people.lookup("Obama", date(2018, 1, 1)) is None
    assert people.lookup("Barack Obama", date(2017, 1, 19)).role == "president"
    assert people.former("Obama", date(2018, 1, 1)).code == "USAGOV"
    assert people.former("Putin", date(2023, 1, 1)) is None


def test_successive_roles_of_one_person(people):
    assert people.lookup("Shoigu", date(2023, 9, 13)).role == "defence minister"
    assert people.lookup("Shoigu", date(2024, 9, 1)).role == "secretary of the Security Council"
    assert people.lookup("Trump", date(2019, 1, 1)).code == "USAGOV"
    assert people.lookup("Trump", date(2023, 1, 1)) is None
    assert people.lookup("Trump", date(2025, 6, 1)).code == "USAGOV"


def test_no_date_gives_the_latest_role(people):
    assert people.lookup("Shoigu").role == "secretary of the Security Council"
    assert people.lookup("Kim").name == "Kim Jong-un"


def test_shared_surname_picks_the_higher_office_or_nothing():
    roles = [
        Role("Ann Smith", (), "GBR", "GOV", "prime minister", date(2020, 1, 1), None, rank=1),
        Role("Bob Smith", (), "GBR", "GOV", "foreign secretary", date(2020, 1, 1), None),
        Role("Cy Smith", (), "GBR", "GOV", "defence secretary", date(2020, 1, 1), None),
    ]
    people = People(roles, honorifics=["Mr.", "Ms."])
    assert people.lookup("Ms. Smith", date(2021, 1, 1)).name == "Ann Smith"
    assert people.lookup("Bob Smith", date(2021, 1, 1)).name == "Bob Smith"
    tie = People(roles[1:])
    assert tie.lookup("Smith", date(2021, 1, 1)) is None


def test_unknown_names(people):
    assert people.lookup("Mary K. Jones", date(2023, 1, 1)) is None
    assert people.lookup("", date(2023, 1, 1)) is None
    assert people.lookup("Mr.", date(2023, 1, 1)) is None


@pytest.mark.parametrize("name, country, expected", [
    ("Vladimir Putin", "RUS", ["Putin"]),
    ("Kim Jong-un", "PRK", ["Kim", "Jong-un"]),
    ("Ursula von der Leyen", "DEU", ["von der Leyen", "Leyen"]),
    ("Bashar al-Assad", "SYR", ["al-Assad", "Assad"]),
    ("Ferdinand Marcos Jr.", "PHL", ["Marcos"]),
    ("Naruhito", "JPN", ["Naruhito"]),
])
def test_surnames(name, country, expected):
    assert surnames(name, country) == expected


def test_required_people_are_there(people):
    names = {r.name for r in people}
    assert {"Kim Jong-un", "Vladimir Putin", "Xi Jinping", "Volodymyr Zelensky", "Antonio Guterres"} <= names


def test_bad_date_names_the_line(tmp_path):
    (tmp_path / "people.tsv").write_text(
        "name\taliases\tcountry\tsector\trole\tstart\tend\nA B\t\tRUS\tGOV\tpresident\t2020-13-01\t\n",
        encoding="utf-8")
    with pytest.raises(KnowledgeError, match="people.tsv:2"):
        load_people(Knowledge(Settings(knowledge_dir=tmp_path)))


def test_role_ending_before_it_starts_is_rejected(tmp_path):
    (tmp_path / "people.tsv").write_text(
        "name\taliases\tcountry\tsector\trole\tstart\tend\nA B\t\tRUS\tGOV\tpresident\t2020-01-01\t2019-01-01\n",
        encoding="utf-8")
    with pytest.raises(KnowledgeError, match="ends before"):
        load_people(Knowledge(Settings(knowledge_dir=tmp_path)))


def test_gender_column(people, tmp_path):
    assert {r.gender for r in people.roles_of("Angela Merkel")} == {"f"}
    assert {r.gender for r in people.roles_of("Vladimir Putin")} == {"m"}
    (tmp_path / "people.tsv").write_text(
        "name\taliases\tcountry\tsector\trole\tstart\tend\tgender\nAnn Smith\t\tGBR\tGOV\tminister\t\t\tx\n",
        encoding="utf-8")
    with pytest.raises(KnowledgeError, match="people.tsv:2: gender"):
        load_people(Knowledge(Settings(knowledge_dir=tmp_path)))


def test_office_ranks_come_from_their_table(tmp_path):
    from eventwire.knowledge.people import load_office_ranks

    ranks = load_office_ranks(Knowledge())
    assert [ranks.rank(r) for r in ("President", "supreme leader", "UN secretary-general", "secretary-general",
                                    "prime minister", "Crown Prince", "foreign minister", "vice president")] == [
        0, 0, 0, 0, 1, 1, 2, 2]
    (tmp_path / "office_ranks.tsv").write_text("office\trank\nmargrave\t0\n*regent\t1\n", encoding="utf-8")
    own = load_office_ranks(Knowledge(Settings(knowledge_dir=tmp_path)))
    assert (own.rank("Margrave"), own.rank("prince regent"), own.rank("president")) == (0, 1, 2)


def test_loaded_roles_carry_their_rank(tmp_path):
    (tmp_path / "people.tsv").write_text(
        "name\taliases\tcountry\tsector\trole\tstart\tend\n"
        "Ann Vance\t\tRUR\tGOV\tpresident\t2020-01-01\t\n"
        "Bob Vance\t\tRUR\tGOV\tprime minister\t2020-01-01\t\n"
        "Cy Vance\t\tRUR\tGOV\tminister of culture\t2020-01-01\t\n", encoding="utf-8")
    people = load_people(Knowledge(Settings(knowledge_dir=tmp_path)))
    assert [r.rank for r in people] == [0, 1, 2]
    assert people.lookup("Vance", date(2021, 1, 1)).name == "Ann Vance"


def test_a_country_the_text_gives_narrows_a_shared_surname():
    # "Valdorian President Orsk": a surname shared across borders means the person of that country, or nobody
    roles = [
        Role("Ivo Orsk", (), "QLM", "GOV", "president", date(2020, 1, 1), None, rank=0),
        Role("Mara Orsk", (), "VLD", "LEG", "senator", date(2020, 1, 1), None),
        Role("Tem Orsk", (), "IGO", "UNO", "envoy", date(2020, 1, 1), None),
    ]
    people = People(roles)
    on = date(2021, 1, 1)
    assert people.lookup("Orsk", on).name == "Ivo Orsk"  # no country: the higher office
    assert people.lookup("Orsk", on, country="VLD").name == "Mara Orsk"
    assert people.lookup("Orsk", on, country="QLM").name == "Ivo Orsk"
    assert People(roles[:2]).lookup("Orsk", on, country="SYL") is None
    assert People(roles[:1]).only_person("Orsk", country="SYL") is None
    assert People(roles[:1]).only_person("Orsk") == "Ivo Orsk"
    # a person known only by international roles may be of any country
    assert People(roles[2:]).lookup("Orsk", on, country="SYL").name == "Tem Orsk"
    # a full name is no surname: the text's country does not overrule it
    assert People(roles[:1]).lookup("Ivo Orsk", on, country="SYL").name == "Ivo Orsk"
