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
from typing import TYPE_CHECKING, Any, TextIO

from ..errors import SettingsError

if TYPE_CHECKING:
    from ..knowledge import Knowledge
    from ..store import Store

FORMATS: tuple[str, ...] = ("gdelt", "gdelt-mentions", "plover", "polecat", "parquet", "jsonl")
STREAMS = frozenset({"gdelt", "gdelt-mentions", "plover", "polecat", "jsonl"})  # written to one file or stream


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
           include_all: bool = False, header: bool = False, **filters: Any) -> ExportReport:
    """Write the store as `fmt` to `target`: a text stream for gdelt/plover/jsonl, a folder for parquet.

    `include_all` puts negated and hypothetical events in the GDELT table too; `header` gives it a header
    line (GDELT's own files have none). `filters` are those of `Store.events` (actor, recipient, type,
    since, until, near, km): they choose the events of gdelt, gdelt-mentions, plover and polecat.
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
        from ..outputs import atomic_output

        # Atomic: a failed export leaves an earlier file as it was (check_output guards what may be replaced).
        with atomic_output(target, f"{fmt} export") as out:
            return export(store, fmt, out, knowledge, include_all, header, **filters)
    if fmt == "jsonl":
        return ExportReport(fmt, (("articles", write_jsonl(store, target)),))
    from ..knowledge import Knowledge

    knowledge = knowledge or Knowledge()
    mentions = store.event_mentions(**filters)
    if fmt == "plover":
        from .plover import write_plover

        return ExportReport(fmt, (("events", write_plover(mentions, target, knowledge)),))
    if fmt == "polecat":
        from .polecat import write_polecat

        return ExportReport(fmt, (("events", write_polecat(mentions, target, knowledge)),))
    if fmt == "gdelt-mentions":
        from .gdelt import write_mentions

        lengths = {key: int(n) for key, n in store._query("SELECT key, length(text) FROM articles")}
        starts: dict[tuple[str, str], list[int]] = {}
        for key, actor_id, start in store._query(
                "SELECT article_key, actor_id, start_char FROM mentions WHERE how IS DISTINCT FROM 'pronoun'"):
            starts.setdefault((key, actor_id), []).append(int(start))
        count = write_mentions(mentions, target, lengths, header, include_all, starts)
        return ExportReport(fmt, (("mentions", count),))
    from .gdelt import write_gdelt

    count = write_gdelt(mentions, target, knowledge, header, include_all)
    return ExportReport(fmt, (("events", count),))
