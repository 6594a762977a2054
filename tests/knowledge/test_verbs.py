"""Verb patterns: the most specific row wins; noun classes, particles and clause conditions."""
from __future__ import annotations

from pathlib import Path

import pytest

from eventwire import KnowledgeError, Settings
from eventwire.knowledge import Knowledge
from eventwire.knowledge.verbs import Frame, Phrase


@pytest.fixture(scope="module")
def verbs():
    return Knowledge().verbs


def phrase(head: str, *more: str) -> Phrase:
    return Phrase(head, frozenset((head,) + more))


def test_bare_verbs_cover_every_cameo_root(verbs) -> None:
    roots = {p.code[:2] for ps in verbs.by_verb.values() for p in ps if p.code}
    assert {f"{n:02d}" for n in range(1, 21)} <= roots


def test_object_class_beats_the_bare_verb(verbs) -> None:
    missiles = Frame("launch", slots={"dobj": (phrase("missile", "ballistic"),)})
    assert verbs.match(missiles).code == "150"
    assert verbs.match(missiles).text == "launch &MISSILE [150]"
    assert verbs.match(Frame("launch")) is None  # "launched a campaign" is no event
    attack = Frame("launch", slots={"dobj": (phrase("attack"),)})
    assert verbs.match(attack).code == "190"


def test_particles_and_prepositions(verbs) -> None:
    assert verbs.match(Frame("call", preps=frozenset({"on"}))).code == "020"
    assert verbs.match(Frame("call")) is None  # "called it just": naming, not phoning
    assert verbs.match(Frame("come", preps=frozenset({"to"}), slots={"to": (phrase("consensus"),)})).code == "030"
    assert verbs.match(Frame("come", preps=frozenset({"to"}))) is None


def test_clause_conditions_and_roles(verbs) -> None:
    assert verbs.match(Frame("warn", clauses=frozenset({"ccomp"}))).code == "112"
    assert verbs.match(Frame("warn")).code == "130"
    assert "intent" in verbs.roles("want") and "say" not in verbs  # speech verbs: quote_cues.tsv
    assert verbs.match(Frame("want", clauses=frozenset({"xcomp"}))).code is None


def test_multiword_objects_need_every_word(verbs) -> None:
    assert verbs.match(Frame("share", slots={"dobj": (phrase("intelligence"),)})).code == "064"
    assert verbs.match(Frame("share", slots={"dobj": (phrase("view"),)})) is None


def test_among_equal_rows_the_one_naming_more_of_the_object_wins(verbs) -> None:
    # "launched a nationwide strike" is a labour strike (143); "launched strikes" stays an attack (190)
    general = Frame("launch", slots={"dobj": (phrase("strike", "nationwide"),)})
    assert verbs.match(general).code == "143"
    assert verbs.match(Frame("launch", slots={"dobj": (phrase("strike", "air"),)})).code == "190"
    # a more specific row (object and preposition) still beats a longer object alone
    assert verbs.match(Frame("go", preps=frozenset({"on"}), slots={"on": (phrase("strike", "hunger"),)})).code == "142"
    assert verbs.match(Frame("go", preps=frozenset({"on"}), slots={"on": (phrase("strike"),)})).code == "143"


def test_event_nouns(verbs) -> None:
    assert verbs.match_noun(Frame("summit")).code == "040"
    assert verbs.match_noun(Frame("sanction", preps=frozenset({"on"}))).code == "163"
    assert verbs.match_noun(Frame("sanction")) is None  # "sanctions" alone are a state, not an act


def write(tmp_path: Path, rows: str) -> Knowledge:
    header = "verb\tprep\tobject\tcode\ttarget\trole\tnote\n"
    (tmp_path / "verb_patterns.tsv").write_text(header + rows, encoding="utf-8")
    (tmp_path / "nominal_events.tsv").write_text(header, encoding="utf-8")
    return Knowledge(Settings(knowledge_dir=tmp_path))


def test_unknown_code_class_or_role_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match="verb_patterns.tsv:2: '999'"):
        write(tmp_path, "meet\t\t\t999\t\t\t\n").verbs
    with pytest.raises(KnowledgeError, match="unknown noun class &NOPE"):
        write(tmp_path, "meet\t\t&NOPE\t040\t\t\t\n").verbs
    with pytest.raises(KnowledgeError, match="unknown role"):
        write(tmp_path, "meet\t\t\t040\t\tloud\t\n").verbs


def test_bad_rows_of_either_table_name_their_file_and_line(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match=r"^verb_patterns.tsv:3: the verb cell is empty$"):
        write(tmp_path, "meet\t\t\t040\t\t\t\n\t\tsummit\t040\t\t\t\n").verbs
    with pytest.raises(KnowledgeError, match=r"^verb_patterns.tsv:2: noun class &gifts has no members$"):
        write(tmp_path, "&gifts\t\t | \t\t\t\t\n").verbs
    knowledge = write(tmp_path, "&gifts\t\tflower|cake\t\t\t\t\n")
    nouns = "verb\tprep\tobject\tcode\ttarget\trole\tnote\nparley\t\t\t040\t\t\t\nbanquet\t\t&GIFTS\t\t\t\t\n"
    (tmp_path / "nominal_events.tsv").write_text(nouns, encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"^nominal_events.tsv:3: a row without a code must have a role"):
        knowledge.verbs


def test_targets_and_roles_are_comma_lists_in_any_case(tmp_path: Path) -> None:
    verbs = write(tmp_path, "hail\t\t\t051\t Dobj , Pobj \tCue,\t\n").verbs
    (pattern,) = verbs.by_verb["hail"]
    assert pattern.targets == ("dobj", "pobj") and pattern.roles == frozenset({"cue"})


def test_a_class_may_name_a_class_above_it_or_any_party(tmp_path: Path) -> None:
    verbs = write(tmp_path, "&arms\t\tsabre|pike\t\t\t\t\n&objects:15\t\t&ARMS|&party|lancer\t\t\t\t\n").verbs
    assert verbs.members("&OBJECTS:15") == frozenset({"sabre", "pike", "lancer", "&PARTY"})
    with pytest.raises(KnowledgeError, match="unknown noun class &LATER"):
        write(tmp_path, "&objects:15\t\t&LATER\t\t\t\t\n&later\t\tpike\t\t\t\t\n").verbs


def test_the_force_posture_codes_name_the_objects_they_take(verbs) -> None:
    members = verbs.members("&OBJECTS:15")
    assert {"troop", "police", "missile", "&PARTY"} <= members
    assert "preparation" not in members


def test_a_noun_class_defined_twice_is_an_error(tmp_path: Path) -> None:
    # the second definition would silently replace the first and change every row written for it (s14own)
    with pytest.raises(KnowledgeError, match=r"^verb_patterns.tsv:3: noun class &arms is defined twice"):
        write(tmp_path, "&arms\t\tsabre|pike\t\t\t\t\n&arms\t\tlance\t\t\t\t\n").verbs
    knowledge = write(tmp_path, "&arms\t\tsabre|pike\t\t\t\t\n")
    nouns = "verb\tprep\tobject\tcode\ttarget\trole\tnote\n&ARMS\t\tlance\t\t\t\t\n"
    (tmp_path / "nominal_events.tsv").write_text(nouns, encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"^nominal_events.tsv:2: noun class &arms is defined twice"):
        knowledge.verbs
