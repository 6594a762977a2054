from __future__ import annotations

from datetime import date

import pytest

from eventwire.errors import KnowledgeError
from eventwire.knowledge import Knowledge
from eventwire.knowledge.agents import import_petrarch_agents, load_agents
from eventwire.knowledge.importer import import_dictionary
from eventwire.knowledge.people import load_people
from eventwire.settings import Settings


@pytest.fixture(scope="module")
def tables():
    return load_agents(Knowledge())


@pytest.mark.parametrize("phrase, sector, primary", [
    ("officials", "GOV", "GOV"), ("official", "GOV", "GOV"), ("troops", "MIL", "MIL"),
    ("soldiers", "MIL", "MIL"), ("police", "COP", "COP"), ("rebels", "REB", "REB"),
    ("insurgents", "REB", "REB"), ("opposition", "OPP", "OPP"), ("state media", "GOVMED", "GOV"),
    ("state news media", "GOVMED", "GOV"), ("journalist", "MED", "MED"), ("reporter", "MED", "MED"),
    ("protesters", "CVL", "CVL"), ("defense minister", "GOVMIL", "GOV"), ("Officials", "GOV", "GOV"),
])
def test_role_sectors(tables, phrase, sector, primary):
    agent = tables.roles.get(phrase)
    assert agent.sector == sector
    assert agent.primary == primary


def test_analysts_have_no_sector(tables):
    assert tables.roles.get("analysts").sector is None
    assert tables.roles.get("analysts").kind == "group"


def test_match_is_longest_first(tables):
    agent, length = tables.roles.match(["state", "news", "media", "said"])
    assert (agent.phrase, length) == ("state news media", 3)
    assert tables.roles.match(["blue", "sky"]) is None


def test_honorifics_and_titles(tables):
    assert "Mr." in tables.honorifics
    assert any(t.phrase == "President" for t in tables.roles.titles)


@pytest.mark.parametrize("text, code", [
    ("NATO", "IGOWSTNAT"), ("the United Nations", "IGOUNO"), ("U.N.", "IGOUNO"),
    ("United Nations Security Council", "IGOUNO"), ("European Union", "IGOEUREEC"), ("EU", "IGOEUREEC"),
    ("IAEA", "IGOUNOIAE"), ("WHO", "IGOUNOHLHWHO"), ("Amnesty International", "NGOHRIAMN"),
    ("Hamas", "PSEREBHMS"), ("NATO's", "IGOWSTNAT"),
])
def test_organisations(tables, text, code):
    assert tables.organisations.find(text).code == code


def test_acronyms_match_only_as_written(tables):
    assert tables.organisations.find("who") is None
    assert tables.organisations.find("is") is None


def test_national_groups_have_a_country(tables):
    hamas = tables.organisations.find("Hamas")
    assert (hamas.country, hamas.sector) == ("PSE", "REB")
    assert tables.organisations.find("NATO").country is None


def test_import_petrarch_agents(tmp_path):
    path = tmp_path / "agents.txt"
    path.write_text(
        "# a comment\n!PERSON! = MAN, WOMAN\nPOLICE {} [~COP]\nFARMER [~AGR]\n"
        "CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]\nSPOKES!PERSON! [~GOV]\nSTATE_MEDIA [~GOVMED]\n"
        "ARMY [~MIL]\n",
        encoding="utf-8")
    agents = {(a.phrase, a.sector, a.kind) for a in import_petrarch_agents(path)}
    assert ("police", "COP", "organisation") in agents
    assert ("farmer", "AGR", "person") in agents
    assert not any(a[0] == "polices" for a in agents)
    assert ("farmers", "AGR", "group") in agents
    assert ("chambers of commerce", "BUS", "group") in agents
    assert ("spokesman", "GOV", "person") in agents and ("spokeswomen", "GOV", "group") in agents
    assert ("state media", "GOVMED", "organisation") in agents
    assert ("armies", "MIL", "group") in agents


def test_bad_kind_names_the_line(tmp_path):
    (tmp_path / "agents.tsv").write_text("phrase\tsector\tkind\ntroops\tMIL\tsoldiery\n", encoding="utf-8")
    (tmp_path / "organisations.tsv").write_text("name\taliases\tcode\tcountry\tsector\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="agents.tsv:2"):
        load_agents(Knowledge(Settings(knowledge_dir=tmp_path)))


ACTORS = ("GEORGE_W._BUSH_  # CountryInfo.txt\n+PRESIDENT_BUSH_\n\t[USAELI 460706-010120]\n\t[USAGOV 010120-090120]\n"
          "\t[USAELI]\nJANE_ROE_\n\t[FRAGOV >150101]\n\t[FRAGOV 20121207-20120802]\nRUSSIA_ [RUS]\n"
          "UNITED_NATIONS_ [IGOUNO]\n")


def test_petrarch_actors_become_a_people_table(tmp_path):
    source = tmp_path / "my.actors.txt"
    source.write_text(ACTORS, encoding="utf-8")
    imported = import_dictionary(source, "actors")
    # the backward-dated role is left out, the undated fallback of a dated entry follows its dated rows;
    # the bare country is an actor of countries.tsv
    assert imported.report.converted == {"dated or sector codes (people.tsv)": 5,
                                         "actors with a bare code (countries.tsv)": 1}
    assert imported.report.total_failed == 1
    (tmp_path / "people.tsv").write_text(imported.files["people.tsv"], encoding="utf-8")
    people = load_people(Knowledge(Settings(knowledge_dir=tmp_path)))
    assert people.lookup("Bush", date(2008, 8, 6)).code == "USAGOV"
    assert people.lookup("President Bush", date(1995, 1, 1)).code == "USAELI"
    assert people.lookup("Jane Roe", date(2016, 1, 1)).code == "FRAGOV"
    assert people.lookup("Jane Roe", date(2014, 1, 1)) is None
    assert people.lookup("United Nations").is_igo


def test_petrarch_agents_merge_over_the_bundled_table(tmp_path):
    source = tmp_path / "my.agents.txt"
    source.write_text("TROOPER [~COP]\nTROOPS {} [~REB]\n", encoding="utf-8")
    imported = import_dictionary(source, "agents")
    (tmp_path / "agents.tsv").write_text(imported.files["agents.tsv"], encoding="utf-8")
    (tmp_path / "organisations.tsv").write_text("name\taliases\tcode\tcountry\tsector\n", encoding="utf-8")
    roles = load_agents(Knowledge(Settings(knowledge_dir=tmp_path))).roles
    assert imported.report.total_converted == 3  # trooper, troopers, troops
    assert roles.get("troops").sector == "REB"  # the imported row wins
    assert roles.get("soldier").sector == "MIL"  # the bundled rows stay
    assert roles.get("troopers").kind == "group"


def test_unknown_dictionary_kind(tmp_path):
    source = tmp_path / "x.txt"
    source.write_text("", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="unknown dictionary kind"):
        import_dictionary(source, "issues")


def test_a_primary_agent_is_written_with_a_trailing_tilde(tmp_path):
    (tmp_path / "agents.tsv").write_text("phrase\tsector\tkind\nrelief corps\tNGO~\torganisation\n"
                                         "medics\tHLH\tgroup\n", encoding="utf-8")
    roles = load_agents(Knowledge(Settings(knowledge_dir=tmp_path))).roles
    assert roles.get("relief corps").sector == "NGO" and roles.get("relief corps").prefix
    assert roles.get("medics").sector == "HLH" and not roles.get("medics").prefix


def test_a_users_actor_shadows_a_built_in_organisation_of_the_same_name(tmp_path):
    # the bundled organisations table knows the International Criminal Court (alias ICC); our people.tsv
    # codes the name otherwise, and our code must win; the alias the user did not name stays built in
    built_in = load_agents(Knowledge()).organisations
    assert built_in.find("International Criminal Court") is not None
    (tmp_path / "people.tsv").write_text("name\taliases\tcountry\tsector\trole\tstart\tend\tgender\n"
                                         "International Criminal Court\t\tQLM\tJUD\t\t\t\t\n", encoding="utf-8")
    shadowed = load_agents(Knowledge(Settings(knowledge_dir=tmp_path))).organisations
    assert shadowed.find("International Criminal Court") is None
    assert shadowed.find("ICC").code == built_in.find("ICC").code == "IGOJUDICC"


def test_rows_an_import_merged_from_the_bundled_table_shadow_nothing(tmp_path):
    from eventwire.knowledge.agents import user_names

    source = tmp_path / "our.actors.txt"
    source.write_text("OSRIC_HALE [QLMGOV]\n", encoding="utf-8")
    for name, text in import_dictionary(source, "actors", merge=True).files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert user_names(Knowledge(Settings(knowledge_dir=tmp_path))) == {"osric hale"}


@pytest.mark.parametrize("name, gender", [
    ("Mrs. Vance", "f"), ("Mrs Vance", "f"), ("Ms. Vance", "f"), ("Queen Flavia", "f"), ("Mr. Rassendyll", "m"),
    ("King Rudolf", "m"), ("Congressman Sapt", "m"), ("Dr. Vance", None), ("President Vance", None),
    ("Mrsa Vance", None), ("mrs. Vance", None), ("Vance", None), ("", None),
])
def test_gender_comes_from_the_first_word_as_written(tables, name, gender):
    assert tables.roles.gender(name) == gender


@pytest.mark.parametrize("word, abroad", [
    ("ambassador", True), ("Ambassadors", True), ("embassy", True), ("correspondent", True),
    ("envoy", True), ("minister", False), ("police", False), ("delegate", False),
])
def test_abroad_roles(tables, word, abroad):
    assert tables.roles.abroad(word) is abroad


def test_a_users_agents_table_keeps_the_bundled_genders_and_abroad_words(tmp_path):
    (tmp_path / "agents.tsv").write_text("phrase\tsector\tkind\tgender\tabroad\nlegate\tGOV\tperson\t\tyes\n"
                                         "Margravine\tGOV\ttitle\tf\n", encoding="utf-8")
    roles = load_agents(Knowledge(Settings(knowledge_dir=tmp_path))).roles
    assert roles.get("ambassador") is None  # the user's table replaces the bundled roles
    assert roles.abroad("legate") and roles.abroad("ambassador")
    assert roles.gender("Margravine Flavia") == "f" and roles.gender("Mrs. Flavia") == "f"


@pytest.mark.parametrize("row, message", [
    ("Countess\tGOV\ttitle\tx\n", "agents.tsv:2: gender is m, f or empty, not 'x'"),
    ("legate\tGOV\tperson\t\ty\n", "agents.tsv:2: abroad 'y' is neither 'yes' nor empty"),
])
def test_bad_gender_or_abroad_names_the_line(tmp_path, row, message):
    (tmp_path / "agents.tsv").write_text("phrase\tsector\tkind\tgender\tabroad\n" + row, encoding="utf-8")
    with pytest.raises(KnowledgeError, match=message):
        load_agents(Knowledge(Settings(knowledge_dir=tmp_path)))


def test_rows_without_the_trailing_columns_stay_valid(tmp_path):
    (tmp_path / "agents.tsv").write_text("phrase\tsector\tkind\tgender\tabroad\nlegate\tGOV\tperson\n",
                                         encoding="utf-8")
    agent = load_agents(Knowledge(Settings(knowledge_dir=tmp_path))).roles.get("legate")
    assert (agent.sector, agent.gender, agent.abroad) == ("GOV", None, False)
