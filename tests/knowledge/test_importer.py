"""Converting PETRARCH/TABARI dictionaries into knowledge-dir tables, with a report of what failed."""
from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import KnowledgeError
from eventwire.knowledge import read_tsv
from eventwire.knowledge.importer import import_dictionary

ACTORS = """\
<!-- our own test actors -->
VALDORIA_  [VLD]
+VALDORIAN
+THE_MARSH_REPUBLIC
KESTREL_ISLES [KST]
MIRA_OSTEN  # dated roles
\t[VLD < 950601]
\t[VLDGOV 19950601 - 19990815]
\t[VLDREB > 990816]
NOBODY_IN_PARTICULAR [---]
TWIN_CITIES [TWA/TWB]
BACKWARD_ROLE [VLDGOV 20100101-20050101]
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def rows(text: str, tmp_path: Path) -> list[dict[str, str]]:
    table = write(tmp_path, "table.tsv", text)
    return [row for _, row in read_tsv(table)]


def test_bare_codes_become_country_actors_with_their_synonyms(tmp_path: Path) -> None:
    imported = import_dictionary(write(tmp_path, "a.actors.txt", ACTORS), "actors", merge=False)
    countries = rows(imported.files["countries.tsv"], tmp_path)
    valdoria = next(r for r in countries if r["cameo"] == "VLD")
    assert valdoria["name"] == "Valdoria" and "The Marsh Republic" in valdoria["names"]
    assert valdoria["adjectives"] == "Valdorian"
    assert {r["cameo"] for r in countries} == {"VLD", "KST", "TWA", "TWB"}


def test_a_name_with_several_codes_stands_for_several_actors(tmp_path: Path) -> None:
    # "[TWA/TWB]": PETRARCH codes an event for each; one row per code, each naming the others as joint
    imported = import_dictionary(write(tmp_path, "a.actors.txt", ACTORS), "actors", merge=False)
    twins = [(r["cameo"], r["name"], r["joint"]) for r in rows(imported.files["countries.tsv"], tmp_path)
             if r["cameo"] in ("TWA", "TWB")]
    assert twins == [("TWA", "Twin Cities", "TWB"), ("TWB", "Twin Cities", "TWA")]


def test_dated_codes_become_dated_roles(tmp_path: Path) -> None:
    imported = import_dictionary(write(tmp_path, "a.actors.txt", ACTORS), "actors", merge=False)
    people = rows(imported.files["people.tsv"], tmp_path)
    mira = [(r["country"], r["sector"], r["start"], r["end"]) for r in people if r["name"] == "Mira Osten"]
    # a range includes its last day; people.tsv's end is the first day out of office
    assert mira == [("VLD", "", "", "1995-06-01"), ("VLD", "GOV", "1995-06-01", "1999-08-16"),
                    ("VLD", "REB", "1999-08-16", "")]


def test_an_undated_code_is_the_fallback_of_dated_ones(tmp_path: Path) -> None:
    from datetime import date

    from eventwire.knowledge import Knowledge
    from eventwire.settings import Settings

    source = write(tmp_path, "a.actors.txt", "IDA_KORR [VLD]\n\t[VLDGOV 20100101-20111231]\n")
    (tmp_path / "people.tsv").write_text(import_dictionary(source, "actors").files["people.tsv"], encoding="utf-8")
    people = Knowledge(Settings(knowledge_dir=tmp_path)).people
    assert people.lookup("Ida Korr", date(2011, 12, 31)).code == "VLDGOV"  # the last day is in the range
    assert people.lookup("Ida Korr", date(2012, 1, 1)).code == "VLD"  # outside it, the undated code


def test_nothing_is_dropped_silently(tmp_path: Path) -> None:
    report = import_dictionary(write(tmp_path, "a.actors.txt", ACTORS), "actors", merge=False).report
    reasons = "\n".join(report.lines())
    assert "no actor code" in reasons and "several actors at once" in reasons and "ends before it starts" in reasons
    assert report.total_converted == 3 + 3  # two bare-code actors, one with two codes, three dated roles


def test_merge_keeps_the_built_in_rows_after_the_imported_ones(tmp_path: Path) -> None:
    imported = import_dictionary(write(tmp_path, "a.actors.txt", ACTORS), "actors", merge=True)
    countries = rows(imported.files["countries.tsv"], tmp_path)
    assert countries[0]["cameo"] == "VLD" and any(r["iso3"] == "FRA" for r in countries)


def test_verbs_without_merge_empty_the_hand_written_tables(tmp_path: Path) -> None:
    source = write(tmp_path, "v.verbs.txt", "--- PAINT [050] ---\nPAINT\n- * FENCE [062]\n")
    imported = import_dictionary(source, "verbs", merge=False)
    assert set(imported.files) == {"verb_dictionary.tsv", "verb_patterns.tsv", "nominal_events.tsv"}
    assert rows(imported.files["verb_patterns.tsv"], tmp_path) == []
    assert set(import_dictionary(source, "verbs", merge=True).files) == {"verb_dictionary.tsv"}


def test_prefix_agents_are_converted_with_their_tilde(tmp_path: Path) -> None:
    source = write(tmp_path, "g.agents.txt", "DRUMMER [~MIL]\nRELIEF_BODY [NGO~]\nAID_MONITOR [ IGO~]\n")
    imported = import_dictionary(source, "agents", merge=False)
    text = imported.files["agents.tsv"]
    assert "drummer\tMIL\t" in text
    assert "relief body\tNGO~\t" in text and "relief bodies\tNGO~\tgroup" in text
    assert "aid monitor\tIGO~\t" in text
    assert not imported.report.failed


def test_unknown_kind() -> None:
    with pytest.raises(KnowledgeError, match="kind"):
        import_dictionary(Path("x"), "issues")


def test_a_second_entry_with_a_countrys_code_is_one_of_its_people(tmp_path: Path) -> None:
    source = write(tmp_path, "a.actors.txt", "VALDORIA_ [VLD]\nOSRIC_HALE [VLD]\n")
    imported = import_dictionary(source, "actors", merge=False)
    assert [r["cameo"] for r in rows(imported.files["countries.tsv"], tmp_path)] == ["VLD"]
    (osric,) = rows(imported.files["people.tsv"], tmp_path)
    assert (osric["name"], osric["country"], osric["sector"]) == ("Osric Hale", "VLD", "")


def test_agents_titles_and_spaced_codes(tmp_path: Path) -> None:
    source = write(tmp_path, "g.agents.txt", "PRIME_MINISTER [~GOV]\nCONSTABULARY {} [ ~COP]\n")
    table = rows(import_dictionary(source, "agents", merge=False).files["agents.tsv"], tmp_path)
    kinds = {r["phrase"]: (r["sector"], r["kind"]) for r in table}
    assert kinds["prime minister"] == ("GOV", "title")  # a title before a name, as in eventwire's own table
    assert kinds["constabulary"][0] == "COP"
