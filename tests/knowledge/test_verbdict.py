"""The PETRARCH/TABARI verb dictionary reader, eventwire's verb_dictionary.tsv and its word matcher."""
from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import KnowledgeError
from eventwire.knowledge.verbdict import Word, convert_petrarch_verbs, load_verb_dictionary, tsv_text

# A dictionary of our own, in the original format.
SNIPPET = """\
<!-- a test dictionary -->
&HUE
+RED
+PALE_BLUE
+&SHADE

&SHADE
+OCHRE
+DEEP UMBER

--- PAINT  [050]  ---
PAINT {PAINTED PAINTING}
+TOUCH_UP {+TOUCHED_UP}
REPAINT [051]
- * &HUE_WALLS [061]     # a set glued to a word
- * FENCE [062]
- * FENCE WITH_CARE [063]
- NEVER_* [---]
- + * FOR $ [064:065]
- * BARN [xyz]

--- SKETCH [---] ---
SKETCH
- * PORTRAIT [071]
- * &NOSUCHSET [072]
"""


def words(text: str, start: int = 0) -> list[Word]:
    return [Word(w, w, start + i, nominal=w not in ("the", "a")) for i, w in enumerate(text.split())]


@pytest.fixture()
def dictionary(tmp_path: Path):
    source = tmp_path / "paint.verbs.txt"
    source.write_text(SNIPPET, encoding="utf-8")
    rows, report = convert_petrarch_verbs(source)
    table = tmp_path / "verb_dictionary.tsv"
    table.write_text(tsv_text(rows, source.name), encoding="utf-8")
    return load_verb_dictionary(table), report


def code(dictionary, left: str, verb: str, right: str, lemma: str | None = None) -> str | None:
    found = dictionary.match(words(left), Word(verb, lemma or verb, 100), words(right, 101))
    return None if found is None else found.code


def test_report_counts_and_reasons(dictionary) -> None:
    _, report = dictionary
    assert report.converted["synonym sets"] == 2 and report.converted["verb blocks"] == 2
    assert report.converted["patterns"] == 6  # of 8: one with a bad code, one naming an unknown set
    reasons = " ".join(report.failed)
    assert "not an event code" in reasons and "unknown synonym set" in reasons
    assert report.total_failed == 2 and any("xyz" in line for line in report.lines())


def test_block_default_own_code_and_forms(dictionary) -> None:
    verbs, _ = dictionary
    assert code(verbs, "the guild", "painted", "a mural", lemma="paint") == "050"
    assert code(verbs, "the guild", "painting", "a mural") == "050"  # an irregular form as written
    assert code(verbs, "the guild", "repaint", "a mural") == "051"  # the verb's own default
    assert code(verbs, "the guild", "sketched", "a tree", lemma="sketch") is None  # [---]: no event by itself
    assert code(verbs, "the guild", "sang", "a song") is None  # not in the dictionary


def test_longest_pattern_wins_and_words_may_have_gaps(dictionary) -> None:
    verbs, _ = dictionary
    assert code(verbs, "they", "paint", "the old fence") == "062"
    assert code(verbs, "they", "paint", "the old fence slowly with care") == "063"
    assert code(verbs, "they", "paint", "the fence care with") == "062"  # "with_care": adjacent and in order


def test_synonym_sets_nested_and_multiword(dictionary) -> None:
    verbs, _ = dictionary
    assert code(verbs, "they", "paint", "the red walls") == "061"
    assert code(verbs, "they", "paint", "the pale blue walls") == "061"
    assert code(verbs, "they", "paint", "the deep umber walls") == "061"  # a set inside a set
    assert code(verbs, "they", "paint", "the green walls") == "050"


def test_adjacent_left_word_and_no_event_pattern(dictionary) -> None:
    verbs, _ = dictionary
    assert code(verbs, "they never", "paint", "houses") is None
    assert code(verbs, "they never really", "paint", "houses") == "050"  # "never_*" must touch the verb


def test_phrase_verbs_need_their_particle(dictionary) -> None:
    verbs, _ = dictionary
    assert code(verbs, "they", "touched", "up the fence", lemma="touch") == "062"
    assert code(verbs, "they", "touched", "the fence", lemma="touch") is None


def test_source_and_target_markers_and_reciprocal_code(dictionary) -> None:
    verbs, _ = dictionary
    found = verbs.match(words("the mayor"), Word("paints", "paint", 100), words("for the council", 101))
    assert found is not None and (found.code, found.reverse) == ("064", "065")
    assert found.target == 1 and found.source == 103  # "mayor" before the verb, "council" after "for"


def test_stems_and_exact_words(tmp_path: Path) -> None:
    table = tmp_path / "verb_dictionary.tsv"
    table.write_text(tsv_text([("plant", "", "", "", "040", "", ""), ("plant", "plant", "", "", "", "", ""),
                               ("plant", "", "", "* orchard", "041", "", ""),
                               ("plant", "", "", "* tree_", "042", "", "")], "x"), encoding="utf-8")
    verbs = load_verb_dictionary(table)
    assert code(verbs, "", "plant", "new orchards") == "041"  # a longer word is also a stem
    assert code(verbs, "", "plant", "treetops") == "040"  # "tree_": only the word itself
    assert code(verbs, "", "plant", "a tree") == "042"


def test_a_malformed_table_names_its_line(tmp_path: Path) -> None:
    table = tmp_path / "verb_dictionary.tsv"
    table.write_text(tsv_text([("plant", "", "", "orchard", "041", "", "")], "x"), encoding="utf-8")
    with pytest.raises(KnowledgeError, match="verb_dictionary.tsv"):
        load_verb_dictionary(table)


@pytest.mark.parametrize("row, message", [
    (("plant", "", "", "* orchard", "4x4", "", ""), r"^verb_dictionary.tsv:\d+: '4x4' is not an event code$"),
    (("plant", "", "", "* orchard", "", "", ""), r"^verb_dictionary.tsv:\d+: a pattern needs a code$"),
    (("", "sow", "", "", "041", "", ""), r"^verb_dictionary.tsv:\d+: the block cell is empty$"),
])
def test_a_bad_row_names_its_file_and_line(tmp_path: Path, row, message) -> None:
    table = tmp_path / "verb_dictionary.tsv"
    table.write_text(tsv_text([("plant", "plant", "", "", "040", "", ""), row], "x"), encoding="utf-8")
    with pytest.raises(KnowledgeError, match=message) as error:
        load_verb_dictionary(table)
    # the bad row is the last line of the file
    lines = table.read_text(encoding="utf-8").splitlines()
    assert str(error.value).startswith(f"verb_dictionary.tsv:{len(lines)}:")
