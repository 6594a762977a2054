"""FIPS country codes and CAMEO actor type codes for the GDELT export."""
from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import KnowledgeError
from eventwire.knowledge import Knowledge
from eventwire.knowledge.gdelt import load_gdelt
from eventwire.settings import Settings


@pytest.fixture(scope="module")
def tables():  # type: ignore[no-untyped-def]
    return load_gdelt(Knowledge())


@pytest.mark.parametrize("iso3, fips", [("DEU", "GM"), ("GBR", "UK"), ("RUS", "RS"), ("PRK", "KN"),
                                        ("USA", "US"), ("KSV", "KV"), ("XKX", "KV")])
def test_fips_codes_by_iso_or_cameo_code(tables, iso3: str, fips: str) -> None:  # type: ignore[no-untyped-def]
    assert tables.fips_of(iso3) == fips


def test_unknown_countries_have_no_fips(tables) -> None:  # type: ignore[no-untyped-def]
    assert tables.fips_of(None) is None and tables.fips_of("RUR") is None


@pytest.mark.parametrize("code, country, expected", [
    ("RUSGOV", "RUS", ("RUSGOV", "RUS", None, ("GOV",))),
    ("PRKGOVMIL", None, ("PRKGOVMIL", "PRK", None, ("GOV", "MIL"))),
    ("IGOUNO", None, ("IGOUNO", None, "UNO", ("IGO",))),
    ("NGOHRIAMN", None, ("NGOHRIAMN", None, "AMN", ("NGO", "HRI"))),
    ("IGOWSTNAT", None, ("IGOWSTNAT", None, "NAT", ("IGO",))),
    ("PSEREBHAM", "PSE", ("PSEREBHAM", "PSE", "HAM", ("REB",))),
    ("---OPP", None, ("OPP", None, None, ("OPP",))),
    ("RURMIL", "RUR", ("RURMIL", "RUR", None, ("MIL",))),  # a country the table does not know
    ("FRE", "FRE", ("FRE", "FRE", None, ())),
])
def test_actor_codes_split_as_gdelt_does(tables, code: str, country: str | None,  # type: ignore[no-untyped-def]
                                         expected: tuple[object, ...]) -> None:
    parts = tables.split_actor(code, country)
    assert (parts.code, parts.country, parts.known_group, parts.types) == expected


def test_no_code_no_parts(tables) -> None:  # type: ignore[no-untyped-def]
    assert tables.split_actor(None) is None and tables.split_actor("---") is None


def test_a_malformed_row_names_its_line(tmp_path: Path) -> None:
    (tmp_path / "fips_countries.tsv").write_text("iso3\tfips\nDEU\tGM\nRussia\tRS\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="fips_countries.tsv:3"):
        load_gdelt(Knowledge(Settings(knowledge_dir=tmp_path)))


def test_a_type_code_of_the_wrong_length_names_its_line(tmp_path: Path) -> None:
    (tmp_path / "cameo_actor_types.tsv").write_text("code\tname\nGOV\tgovernment\nMILT\tmilitary\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"^cameo_actor_types.tsv:3: 'MILT' is not a 3-letter CAMEO type code$"):
        load_gdelt(Knowledge(Settings(knowledge_dir=tmp_path)))
