"""The time-word vocabulary: the bundled file loads, and malformed rows are named by line."""
from __future__ import annotations

import pytest

from eventwire.errors import KnowledgeError
from eventwire.knowledge import Knowledge
from eventwire.knowledge.timewords import TimeWords, load_timewords, read_timewords


@pytest.fixture(scope="module")
def words() -> TimeWords:
    return load_timewords(Knowledge())


def test_bundled_file_has_every_month_and_weekday(words):
    assert sorted(int(v) for v in words.kind("month").values()) == list(range(1, 13))
    assert sorted(int(v) for v in words.kind("weekday").values()) == list(range(1, 8))


def test_lookups_fold_case_spaces_and_apostrophes(words):
    assert words.get("month_abbr", "Sept") == "9"
    assert words.get("ref", "At  the   moment") == "PRESENT_REF"
    assert words.get("holiday", "New Year\u2019s Day") == "01-01"
    assert words.get("ref", "  Right\tNow ") == "PRESENT_REF"


def test_units_and_sets(words):
    assert words.get("unit", "hour") == "TH"
    assert words.get("unit", "decade") == "DE"
    assert words.get("set", "daily") == "P1D"


def test_alternation_puts_longer_phrases_first(words):
    pattern = words.alternation("ref")
    assert pattern.index(r"the\s+near\s+future") < pattern.index(r"the\s+future")


def test_tables_are_read_only(words):
    with pytest.raises(TypeError):
        words.kind("month")["smarch"] = "13"  # type: ignore[index]


def _read(tmp_path, body: str) -> TimeWords:
    """A table of a comment, the header, "brumaire" on line 3 and then `body`."""
    (tmp_path / "x.tsv").write_text(f"# a comment\nkind\tword\tvalue\nmonth\tbrumaire\t11\n{body}", encoding="utf-8")
    return read_timewords(tmp_path / "x.tsv")


def test_unknown_kind_is_reported_with_its_line(tmp_path):
    with pytest.raises(KnowledgeError, match=r"^x.tsv:4: kind 'monthh' is not one of count_noun, decade, "):
        _read(tmp_path, "monthh\tmay\t5\n")


def test_month_needs_a_number(tmp_path):
    with pytest.raises(KnowledgeError, match=r"^x.tsv:4: month 'may' needs a whole number, not 'five'$"):
        _read(tmp_path, "month\tmay\tfive\n")


def test_an_empty_word_is_reported_with_its_line(tmp_path):
    with pytest.raises(KnowledgeError, match=r"^x.tsv:5: the word is empty$"):
        _read(tmp_path, "month\tmay\t5\nweekday\t\t2\n")


def test_override_folder_is_honoured(tmp_path):
    from eventwire.settings import Settings

    (tmp_path / "time_words.tsv").write_text("kind\tword\tvalue\nmonth\tbrumaire\t11\n", encoding="utf-8")
    words = load_timewords(Knowledge(Settings(knowledge_dir=tmp_path)))
    assert words.get("month", "Brumaire") == "11"
    assert words.get("month", "may") is None


def test_decades_and_future_verbs(words):
    assert words.get("decade", "Nineties") == "199"
    assert words.get("future_verb", "set") == "aux"
    assert words.get("future_verb", "plan") == "1"
    assert words.get("deferral_verb", "postpone") == "1"
