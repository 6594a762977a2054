from __future__ import annotations

import pytest

from eventwire.errors import KnowledgeError
from eventwire.knowledge import Knowledge, data_file, read_tsv
from eventwire.settings import Settings


def test_read_tsv_skips_comments_and_pads(tmp_path):
    path = tmp_path / "t.tsv"
    path.write_text("# a comment\nname\tcode\tnote\n\nRussia\tRUS\n# another\nChina\tCHN\tx\n", encoding="utf-8")
    rows = list(read_tsv(path))
    assert rows == [(4, {"name": "Russia", "code": "RUS", "note": ""}), (6, {"name": "China", "code": "CHN", "note": "x"})]


def test_read_tsv_names_the_bad_line(tmp_path):
    path = tmp_path / "bad.tsv"
    path.write_text("a\tb\n1\t2\t3\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="bad.tsv:2"):
        list(read_tsv(path))


def test_override_folder_wins(tmp_path):
    (tmp_path / "custom.tsv").write_text("x\n1\n", encoding="utf-8")
    settings = Settings(knowledge_dir=tmp_path)
    assert data_file("custom.tsv", settings) == tmp_path / "custom.tsv"
    assert Knowledge(settings).path("custom.tsv") == tmp_path / "custom.tsv"


def test_missing_data_file_is_a_clear_error():
    with pytest.raises(KnowledgeError, match="no-such.tsv"):
        data_file("no-such.tsv")


def test_load_all_fills_every_table():
    knowledge = Knowledge()
    knowledge.load_all()
    assert {"countries", "people", "agents", "cameo", "verbs", "gazetteer", "cues", "timewords"} <= set(vars(knowledge))


def test_tables_load_once_and_keep_their_attribute_names():
    knowledge = Knowledge()
    assert set(Knowledge.table_names()) == {"countries", "people", "agents", "cameo", "verbs", "verb_dictionary",
                                            "gazetteer", "argument_words", "evaluative_words", "legal_acts", "cues",
                                            "timewords", "first_names"}
    assert "countries" not in vars(knowledge)
    countries = knowledge.countries
    assert vars(knowledge)["countries"] is countries is knowledge.countries
    assert countries.find("Russia").iso3 == "RUS"
