from __future__ import annotations

from datetime import date

import pytest

from eventwire.errors import KnowledgeError
from eventwire.knowledge.columns import (
    items, iso_date, lower, number, optional, read_rows, text, upper, whole_number,
)

_COLUMNS = {"name": text, "code": optional(upper), "kind": lower, "names": items, "start": iso_date,
            "lat": number, "id": whole_number}


def _table(tmp_path, *rows: str):
    path = tmp_path / "towns.tsv"
    path.write_text("# towns of Ruritania\nname\tcode\tkind\tnames\tstart\tlat\tid\n" + "\n".join(rows) + "\n",
                    encoding="utf-8")
    return path


def test_cells_are_stripped_and_read_by_their_column(tmp_path):
    path = _table(tmp_path, " Strelsau \trur\tCAPITAL\tStrelsau | Strelzau|\t1894-02-01\t50.5\t42",
                  "Zenda\t\ttown\t\t\t\t")
    first, second = read_rows(path, _COLUMNS)
    assert first.where == "towns.tsv:3"
    assert first == {"name": "Strelsau", "code": "RUR", "kind": "capital", "names": ("Strelsau", "Strelzau"),
                           "start": date(1894, 2, 1), "lat": 50.5, "id": 42}
    assert second == {"name": "Zenda", "code": None, "kind": "town", "names": (), "start": None,
                            "lat": None, "id": None}


def test_a_column_the_file_lacks_reads_as_empty(tmp_path):
    path = _table(tmp_path, "Zenda\t\ttown\t\t\t\t")
    (row,) = read_rows(path, {"name": text, "country": optional(upper)})
    assert row == {"name": "Zenda", "country": None}


@pytest.mark.parametrize("cells, message", [
    ("Zenda\t\ttown\t\t1894-13-01\t\t", "towns.tsv:3: start '1894-13-01' is not a YYYY-MM-DD date"),
    ("Zenda\t\ttown\t\t\tnorth\t", "towns.tsv:3: lat 'north' is not a number"),
    ("Zenda\t\ttown\t\t\t\t4.5", "towns.tsv:3: id '4.5' is not a number"),
])
def test_an_unreadable_cell_names_its_line_and_column(tmp_path, cells, message):
    with pytest.raises(KnowledgeError, match=f"^{message}$"):
        list(read_rows(_table(tmp_path, cells), _COLUMNS))


def test_row_error_names_the_line(tmp_path):
    (row,) = read_rows(_table(tmp_path, "\t\ttown\t\t\t\t"), _COLUMNS)
    assert str(row.error("a town needs a name")) == "towns.tsv:3: a town needs a name"


def test_a_choice_column_names_the_words_it_allows(tmp_path):
    from eventwire.knowledge.columns import choice

    columns = {"name": text, "kind": choice("capital", "town")}
    (row,) = read_rows(_table(tmp_path, "Zenda\t\ttown\t\t\t\t"), columns)
    assert row["kind"] == "town"
    with pytest.raises(KnowledgeError, match=r"^towns.tsv:3: kind 'village' is not one of capital, town$"):
        list(read_rows(_table(tmp_path, "Zenda\t\tvillage\t\t\t\t"), columns))
