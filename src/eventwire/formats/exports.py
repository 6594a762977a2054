"""`eventwire export`: the store in the field's formats.

    gdelt    GDELT 2.0 event table, one row per event deduplicated across articles (formats/gdelt.py)
    plover   PLOVER JSON lines, one per event report, with its cross-article group (formats/plover.py)
    parquet  one Parquet file per table of the store, in a folder (formats/parquet.py)
    jsonl    the contract records, one per article, as `eventwire extract` wrote them
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ..errors import SettingsError

if TYPE_CHECKING:
    from ..knowledge import Knowledge
    from ..store import Store

FORMATS: tuple[str, ...] = ("gdelt", "plover", "parquet", "jsonl")
STREAMS = frozenset({"gdelt", "plover", "jsonl"})  # the formats written to one file or stream


@dataclass(frozen=True, slots=True)
class ExportReport:
    format: str
    rows: tuple[tuple[str, int], ...]  # (what, how many): ("events", 12) or one entry per Parquet table


def write_jsonl(store: "Store", out: TextIO) -> int:
    """The stored contract record of every article, by id, one per line, with the analysts' corrections
    applied (corrections.py); returns the number written."""
    from ..corrections import corrected_records

    count = 0
    for record in corrected_records(store):
        out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
        count += 1
    return count


def export(store: "Store", fmt: str, target: TextIO | str | Path, knowledge: "Knowledge | None" = None,
           include_all: bool = False, header: bool = False) -> ExportReport:
    """Write the store as `fmt` to `target`: a text stream for gdelt/plover/jsonl, a folder for parquet.

    `include_all` puts negated and hypothetical events in the GDELT table too; `header` gives it a header
    line (GDELT's own files have none).
    """
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise SettingsError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if not isinstance(target, (str, Path)):
            raise SettingsError("the parquet export writes a folder of files: give a folder, not a stream")
        from .parquet import write_parquet

        return ExportReport(fmt, tuple(write_parquet(store, target).items()))
    if isinstance(target, (str, Path)):
        try:
            with open(target, "w", encoding="utf-8", newline="\n") as out:
                return export(store, fmt, out, knowledge, include_all, header)
        except OSError as error:
            raise SettingsError(f"cannot write {str(target)!r}: {error.strerror or error}") from error
    if fmt == "jsonl":
        return ExportReport(fmt, (("articles", write_jsonl(store, target)),))
    if fmt == "plover":
        from .plover import write_plover

        return ExportReport(fmt, (("events", write_plover(store.event_mentions(), target)),))
    from ..knowledge import Knowledge
    from .gdelt import write_gdelt

    count = write_gdelt(store.event_mentions(), target, knowledge or Knowledge(), header, include_all)
    return ExportReport(fmt, (("events", count),))
