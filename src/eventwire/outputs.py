"""Safe output files for extract and export: checked before anything is written, written atomically.

An output is refused when it resolves to an input, the store or the store's WAL, or lies inside an input
folder (a rerun would read it back as input), and when it would overwrite an existing file that is not an
earlier output of the same kind (unless `force`). It is written to a hidden temporary file in the same
folder and moved over the target with `os.replace` only once complete, so a run that fails leaves the old
file as it was. Devices and pipes (/dev/null, /dev/stdout, a FIFO) are written directly. Every failure is
an OutputError naming the path.
"""
from __future__ import annotations

import json
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterable, Iterator, Mapping, TextIO

from .errors import OutputError

_SNIFF_BYTES = 65536  # enough for the first line of any earlier output


def _is_json_record(line: str, keys: Iterable[str]) -> bool:
    try:
        row = json.loads(line)
    except ValueError:
        return False
    return isinstance(row, dict) and any(key in row for key in keys)


def _is_tsv_row(line: str) -> bool:
    return line.count("\t") >= 50  # GDELT's 61 columns (or its header)


# How to recognise the first line of an earlier output of each kind (an empty file is always fine).
KINDS: Mapping[str, Callable[[str], bool]] = {
    "extract": lambda first: _is_json_record(first, ("actors", "error")) and '"id"' in first,
    "jsonl": lambda first: _is_json_record(first, ("actors", "error")) and '"id"' in first,
    "plover": lambda first: _is_json_record(first, ("event",)) and '"actor"' in first,
    "gdelt": _is_tsv_row,
}
_NAMES = {"extract": "extract output", "jsonl": "jsonl export", "plover": "plover export",
          "gdelt": "gdelt export"}


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def check_output(path: str | Path, kind: str, *, inputs: Iterable[str] = (), store: str | Path | None = None,
                 force: bool = False) -> None:
    """Raise OutputError when writing `kind` output to `path` could destroy data; see the module docstring."""
    target = Path(path)
    shown = str(path)
    if store is not None and str(store) != ":memory:":
        if _same(target, Path(store)):
            raise OutputError("is the store itself; give another output file", record=shown)
        if _same(target, Path(f"{store}.wal")):
            raise OutputError("is the store's WAL file; give another output file", record=shown)
    if target.name.endswith(".duckdb.wal") or target.suffix == ".wal":
        raise OutputError("looks like a DuckDB WAL file; give another output file", record=shown)
    for source in inputs:
        if source == "-":
            continue
        given = Path(source)
        if _same(target, given):
            raise OutputError(f"is also an input ({source}); give another output file", record=shown)
        if given.is_dir() and _inside(target, given):
            raise OutputError(f"is inside the input folder {source}, which a rerun would read back; "
                              "give an output outside it", record=shown)
    if target.is_dir():
        raise OutputError("is a folder; give a file", record=shown)
    if force or not target.is_file():
        return
    first = _first_line(target)
    if first is None:
        return
    if _looks_like_store(target) or not KINDS[kind](first):
        raise OutputError(f"exists and is not an earlier {_NAMES[kind]}; pass --force to overwrite it",
                          record=shown)


def check_store_path(db: str | Path) -> None:
    """Raise OutputError when the store an ingest would write is a WAL file (DuckDB would make it a store)."""
    target = Path(db)
    if str(db) == ":memory:":
        return
    if target.suffix == ".wal":
        raise OutputError("is a DuckDB WAL file, not a store; give the .duckdb file beside it", record=str(db))
    # An input named as the store is refused by open_store: no input is a DuckDB file (its magic is checked).


def _inside(target: Path, folder: Path) -> bool:
    try:
        target.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def _looks_like_store(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(12)[8:12] == b"DUCK"
    except OSError:
        return False


def _first_line(path: Path) -> str | None:
    """The first non-blank line of an existing file, '' for a binary one, None for an empty one."""
    try:
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except OSError as error:
        raise OutputError(f"cannot read the existing file: {error.strerror or error}", record=str(path)) from None
    if not head.strip():
        return None
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as error:
        text = head[:error.start].decode("utf-8") if error.start > 0 else ""
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[0] if lines and "\x00" not in text else ""


@contextmanager
def atomic_output(path: str | Path, kind: str) -> Iterator[TextIO]:
    """A text stream that becomes `path` when the block ends without an error; the old file stays otherwise.

    `kind` names the output in messages. Raises OutputError for every failure to create or write it."""
    target = Path(path)
    shown = str(path)

    def failed(error: OSError) -> OutputError:
        return OutputError(f"cannot write the {kind} output: {error.strerror or error}", record=shown)

    if target.exists() and not target.is_file() and not target.is_dir():
        # A device or a pipe: nothing to keep, nothing to rename; errors surface at write or close.
        try:
            with open(target, "w", encoding="utf-8", newline="\n") as out:
                yield out
        except OSError as error:
            raise failed(error) from None
        return
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, partial = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    except OSError as error:
        raise failed(error) from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        if target.exists():
            os.chmod(partial, target.stat().st_mode & 0o7777)
        else:
            os.chmod(partial, 0o666 & ~_umask())
        os.replace(partial, target)
    except OSError as error:
        _remove(partial)
        raise failed(error) from None
    except BaseException:
        _remove(partial)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


__all__ = ["KINDS", "atomic_output", "check_output", "check_store_path"]
