"""The first-name table (generated from the US Social Security Administration's public-domain baby-name
counts): a name one sex bears gives that sex; a name both bear, or an unknown one, gives none."""
from __future__ import annotations

import pytest

from eventwire.errors import KnowledgeError
from eventwire.knowledge import Knowledge
from eventwire.knowledge.first_names import FirstNames, load_first_names
from eventwire.settings import Settings


def test_a_name_one_sex_bears_gives_that_sex() -> None:
    names = Knowledge().first_names
    assert names.gender("Angela") == "f" and names.gender("margaret") == "f"
    assert names.gender("Boris") == "m" and names.gender("EMMANUEL") == "m"


def test_a_name_both_sexes_bear_gives_none() -> None:
    names = Knowledge().first_names
    assert [names.gender(n) for n in ("Jordan", "Kim", "Leslie", "Robin", "Lee")] == [None] * 5
    # the sex differs by language (Italian Andrea and Simone are men), or the word leads a Korean name
    assert [names.gender(n) for n in ("Andrea", "Simone", "Jean", "Park")] == [None] * 4
    assert names.gender("Zyxwvut") is None and FirstNames().gender("Angela") is None


def test_a_bad_gender_names_the_line(tmp_path) -> None:
    (tmp_path / "first_names.tsv").write_text("# a comment\nname\tgender\nmira\tf\nolek\tx\n")
    with pytest.raises(KnowledgeError, match="first_names.tsv:4"):
        load_first_names(Knowledge(Settings(knowledge_dir=tmp_path)))
