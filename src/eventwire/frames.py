"""Query results that convert to DataFrames in one call: `store.events(...).to_pandas()`.

Every `Store` query returns a `Rows`: a plain list of its frozen row records (so existing code that
iterates, indexes or compares lists keeps working) that also knows its row type, and so can build a typed
Arrow table even when it is empty. The columns take their types from the row class:

- dates are dates (Arrow date32; pandas datetime64, polars Date), never strings;
- participants are lists: `actors` and `recipients` ("Kim Jong-un; Vladimir Putin" in the CLI) and
  `article_ids` become list<string> columns, as does any tuple field (a quote's event ids);
- codes that take few values (event type, mode, CAMEO code, kind, precision, …) are dictionary-encoded
  (pandas `category`, polars `Categorical`), which is how analysts group by them.

pyarrow is a dependency of eventwire; pandas and polars are the optional extra `eventwire[frames]`.
"""
from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Generic, Iterable, TypeVar

from .errors import SettingsError

if TYPE_CHECKING:
    import pandas
    import polars
    import pyarrow

Row = TypeVar("Row")

# Names joined with "; " in the row records, split back into lists in frames.
LIST_SEPARATOR = "; "
LIST_FIELDS = frozenset({"actors", "recipients", "article_ids"})
# Columns of codes (few distinct values): dictionary-encoded. Not a dyad's `source` and `target`: analysts
# compare them with each other (`df.source != df.target`), which pandas refuses for two categoricals with
# different categories.
CATEGORY_FIELDS = frozenset({
    "event", "mode", "cameo", "kind", "code", "speaker_code", "country", "sector", "date_precision", "modality",
})


class Rows(list, Generic[Row]):  # type: ignore[type-arg]
    """A list of row records of one type, with `to_arrow()`, `to_pandas()` and `to_polars()`."""

    def __init__(self, row_type: type, rows: Iterable[Row] = ()) -> None:
        super().__init__(rows)
        self.row_type = row_type

    def fields(self) -> tuple[str, ...]:
        """The column names, in order: the row type's fields (also for an empty result)."""
        return tuple(f.name for f in dataclasses.fields(self.row_type))

    def __getitem__(self, index: Any) -> Any:  # a slice stays Rows: `rows[:10].to_pandas()`
        result = super().__getitem__(index)
        return Rows(self.row_type, result) if isinstance(index, slice) else result

    def to_arrow(self) -> "pyarrow.Table":
        import pyarrow as pa

        hints = typing.get_type_hints(self.row_type)
        columns, schema = {}, []
        for name in self.fields():
            kind = _arrow_type(name, hints[name])
            values = [_cell(name, getattr(row, name)) for row in self]
            array = pa.array(values, type=kind)
            if name in CATEGORY_FIELDS and pa.types.is_string(kind):
                array = array.dictionary_encode()
            columns[name] = array
            schema.append(pa.field(name, array.type))
        return pa.table(columns, schema=pa.schema(schema))

    def to_pandas(self) -> "pandas.DataFrame":
        """A pandas DataFrame: dates as datetime64, codes as `category`, lists as Python lists."""
        _need("pandas")
        frame = self.to_arrow().to_pandas(date_as_object=False)
        for name in self.fields():
            if name in LIST_FIELDS or _is_list(name, typing.get_type_hints(self.row_type)[name]):
                frame[name] = frame[name].map(lambda cell: [] if cell is None else list(cell))
        return frame

    def to_polars(self) -> "polars.DataFrame":
        """A polars DataFrame: dates as Date, codes as Categorical, participants as List(String)."""
        _need("polars")
        import polars as pl

        return pl.from_arrow(self.to_arrow())  # type: ignore[return-value]


def _need(package: str) -> None:
    try:
        __import__(package)
    except ImportError:
        raise SettingsError(f"{package} is not installed; install eventwire[frames] "
                            f"(pip install 'eventwire[frames]')") from None


def _bare(hint: Any) -> Any:
    """The type inside `X | None`."""
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return args[0] if len(args) == 1 else hint
    return hint


def _is_list(name: str, hint: Any) -> bool:
    return typing.get_origin(_bare(hint)) in (tuple, list)


def _arrow_type(name: str, hint: Any) -> "pyarrow.DataType":
    import pyarrow as pa

    bare = _bare(hint)
    if name in LIST_FIELDS or _is_list(name, hint):
        return pa.list_(pa.string())
    if bare is bool:
        return pa.bool_()
    if bare is int:
        return pa.int64()
    if bare is float:
        return pa.float64()
    if bare is datetime:
        return pa.timestamp("us")
    if bare is date:
        return pa.date32()
    return pa.string()


def _cell(name: str, value: Any) -> Any:
    if name in LIST_FIELDS and isinstance(value, str):
        return [part for part in value.split(LIST_SEPARATOR) if part] if value else []
    if isinstance(value, tuple):
        return [str(v) for v in value]
    return value
