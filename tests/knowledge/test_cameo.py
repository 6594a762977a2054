"""The CAMEO codebook: every code has a PLOVER type (but statements), Goldstein and QuadClass."""
from __future__ import annotations

from pathlib import Path

import pytest

from eventwire import KnowledgeError, Settings
from eventwire.knowledge import Knowledge
from eventwire.knowledge.cameo import PLOVER_TYPES


@pytest.fixture(scope="module")
def codebook():
    return Knowledge().cameo


def test_every_code_but_statements_has_a_plover_type(codebook) -> None:
    for code, entry in codebook.codes.items():
        if code.startswith("01"):
            assert entry.plover_event is None, code
        else:
            assert entry.plover_event in PLOVER_TYPES, code


def test_roots_and_quad_classes(codebook) -> None:
    assert len(codebook) > 300
    roots = {code for code in codebook.codes if len(code) == 2}
    assert roots == {f"{n:02d}" for n in range(1, 21)}
    assert codebook.get("042").plover_event == "CONSULT" and codebook.get("042").plover_mode == "visit"
    assert codebook.get("190").quad_class == 4 and codebook.get("190").goldstein == -10.0
    assert codebook.get("051").quad_class == 1


def test_decisions_for_appeals_missile_tests_and_agreements(codebook) -> None:
    assert codebook.get("020").plover_event == "REQUEST"  # appeals: PLOVER has no APPEAL
    assert codebook.get("150").plover_event == "MOBILIZE"  # force posture, e.g. missile tests
    assert codebook.get("057").plover_event == "AGREE"


def test_unknown_codes_fall_back_to_their_parent(codebook) -> None:
    assert codebook.get("0429").code == "042"
    assert codebook.get("99") is None
    assert codebook.get(None) is None


def test_intended_and_refused_codes(codebook) -> None:
    assert codebook.intended("190") == "138"  # wants to attack: a threat of force
    assert codebook.intended("070") == "033"
    assert codebook.intended("112") is None
    assert codebook.refused("072") == "122"
    assert codebook.refused("190") is None


def test_a_bad_row_names_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "cameo_codes.tsv").write_text(
        "cameo_code\tlevel\tdescription\tgoldstein\tquad_class\tplover_event\tplover_mode\tplover_contexts\n"
        "04\t1\tCONSULT\t1.0\t1\tCONSULT\t\t\n"
        "042\t2\tMake a visit\t1.9\t1\tVISIT\t\t\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"cameo_codes.tsv:3: 'VISIT' is not a PLOVER"):
        Knowledge(Settings(knowledge_dir=tmp_path)).cameo


def test_query_types_take_plover_names_and_code_prefixes_of_user_dictionaries() -> None:
    from eventwire.knowledge.cameo import check_event_type

    for ok in ("assault", "ASSAULT", "04", "0311", "174K", "9"):
        assert check_event_type(ok) is None, ok
    for bad in ("PARTY", "K174", "04111", "", "0 4"):
        assert "no event type" in (check_event_type(bad) or ""), bad


def test_root_classes(codebook) -> None:
    assert codebook.roots("force") == frozenset({"14", "15", "16", "17", "18", "19", "20"})
    assert codebook.roots("cooperative") == frozenset({"03", "04", "05", "06", "07", "08"})
    assert codebook.roots("claimed") == frozenset({"18", "19", "20"})
    assert codebook.roots("no such class") == frozenset()
    assert codebook.get("190").root_classes == ()  # only the root rows carry them
    assert codebook.get("19").root_classes == ("force", "claimed")


def test_root_classes_only_on_roots(tmp_path: Path) -> None:
    (tmp_path / "cameo_codes.tsv").write_text(
        "cameo_code\tlevel\tdescription\tgoldstein\tquad_class\tplover_event\tplover_mode\tplover_contexts\t"
        "intent_code\tnegated_code\troot_classes\n"
        "04\t1\tCONSULT\t1.0\t1\tCONSULT\t\t\t\t\tcooperative\n"
        "042\t2\tMake a visit\t1.9\t1\tCONSULT\t\t\t\t\tcooperative\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"cameo_codes.tsv:3: root_classes are for roots"):
        Knowledge(Settings(knowledge_dir=tmp_path)).cameo
