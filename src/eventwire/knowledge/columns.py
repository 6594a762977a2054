"""One reader for the knowledge tables' rows: each loader declares its columns and how each cell is read,
instead of repeating the strip/upper/split/convert-and-name-the-line scaffold.

A `Cell` turns one stripped cell into a value or raises `CellError` saying what is wrong with it;
`read_rows` adds the file and line ("people.tsv:12: start '2020-13-01' is not a YYYY-MM-DD date"). What a
row means as a whole (a name needed, an end after the start) stays with the loader, which raises
`row.error(...)` to name the same line.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping, TypeVar

from ..errors import KnowledgeError
from . import list_cell, read_tsv

T = TypeVar("T")
Cell = Callable[[str], Any]  # a stripped cell → its value; raises CellError


class CellError(ValueError):
    """A cell that its column cannot read; `read_rows` names the file, line and column."""


def text(value: str) -> str:
    return value


def upper(value: str) -> str:
    return value.upper()


def lower(value: str) -> str:
    return value.lower()


items = list_cell  # several values separated by "|"


def comma_items(value: str) -> tuple[str, ...]:
    """Several values separated by ",", stripped, empty items dropped."""
    return tuple(item.strip() for item in value.split(",") if item.strip())


def flag(value: str) -> bool:
    """A yes/no column: "yes" or empty."""
    if value not in ("", "yes"):
        raise CellError(f"{value!r} is neither 'yes' nor empty")
    return value == "yes"


def choice(*values: str) -> Cell:
    """A column that holds one of a few fixed words ("verb", "phrase", "noun"), written as they are."""
    allowed = frozenset(values)
    listed = ", ".join(values)

    def read(value: str) -> str:
        if value not in allowed:
            raise CellError(f"{value!r} is not one of {listed}")
        return value
    return read


def optional(cell: Callable[[str], T]) -> Callable[[str], T | None]:
    """An empty cell is None; any other is read by `cell`."""
    def read(value: str) -> T | None:
        return cell(value) if value else None
    return read


def iso_date(value: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CellError(f"{value!r} is not a YYYY-MM-DD date") from None


def number(value: str) -> float | None:
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        raise CellError(f"{value!r} is not a number") from None


def whole_number(value: str) -> int | None:
    if not value:
        return None
    if not value.isdigit():
        raise CellError(f"{value!r} is not a number")
    return int(value)


class Row(dict[str, Any]):
    """One data row: column → value, each cell read by its column's `Cell`; knows its file and line."""

    __slots__ = ("file", "line")
    file: str
    line: int

    @property
    def where(self) -> str:
        """The file and line ("people.tsv:12"), for messages."""
        return f"{self.file}:{self.line}"

    def error(self, message: str) -> KnowledgeError:
        return KnowledgeError(f"{self.where}: {message}")


def read_rows(path: Path, columns: Mapping[str, Cell]) -> Iterator[Row]:
    """The rows of a TSV table with each declared column read by its cell reader (a column the file lacks
    reads as empty); raises KnowledgeError naming the line and column of a cell that cannot be read."""
    plain = tuple(column for column, cell in columns.items() if cell is text)  # kept as they are, no call
    read = tuple((column, cell) for column, cell in columns.items() if cell is not text)
    name = path.name
    for number, raw in read_tsv(path):
        get = raw.get
        row = Row((column, get(column, "").strip()) for column in plain)
        row.file, row.line = name, number
        column = ""
        try:
            for column, cell in read:
                row[column] = cell(get(column, "").strip())
        except CellError as error:
            raise KnowledgeError(f"{row.where}: {column} {error}") from None
        yield row


def read_word_classes(path: Path, column: str, classes: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """A word list with one class per word (`word` and `column` columns): class → its words. Raises
    KnowledgeError naming the line of an unknown class or an empty word."""
    found: dict[str, set[str]] = {name: set() for name in classes}
    for row in read_rows(path, {"word": lower, column: lower}):
        word, name = row["word"], row[column]
        if name not in found:
            raise row.error(f"unknown {column} {name!r}; known: {', '.join(classes)}")
        if not word:
            raise row.error("the word cell is empty")
        found[name].add(word)
    return {name: frozenset(words) for name, words in found.items()}
