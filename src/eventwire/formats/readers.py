"""Sources → a stream of Article (or Failure, naming the record and the reason).

Supported: JSONL in the contract's input format, .txt, .html/.htm (main text via trafilatura), folders of
these (sorted, so runs are deterministic), and '-' for JSONL on stdin. A bad record never stops the stream.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import IO, Iterable, Iterator

from ..errors import EventwireError, InputError
from ..pipeline import make_article
from ..records import Article, Failure

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
META_FIELDS = ("title", "url", "source", "licence", "license")


def _decode(data: bytes, record: str) -> str:
    if b"\x00" in data[:4096]:
        raise InputError("binary data (NUL bytes), not text", record=record)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"not valid UTF-8 (byte {error.start}); convert the file to UTF-8", record=record) from None


def read_jsonl_lines(lines: Iterable[str], name: str) -> Iterator[Article | Failure]:
    """One article per line; a malformed line becomes a Failure named `name:LINE` (or its id)."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            yield Failure(where, f"not valid JSON ({error.msg} at column {error.colno})")
            continue
        if not isinstance(row, dict):
            yield Failure(where, "a line must be a JSON object with 'id' and 'text'")
            continue
        record_id = row.get("id")
        if not isinstance(record_id, str) or not record_id.strip():
            record_id = where if record_id is None else str(record_id)
        text = row.get("text")
        if not isinstance(text, str):
            yield Failure(record_id, "'text' is missing or not a string")
            continue
        meta = {k: str(row[k]) for k in META_FIELDS if row.get(k) is not None}
        try:
            yield make_article(record_id, text, row.get("published"), meta)
        except EventwireError as error:
            yield Failure(record_id, error.reason)


def read_jsonl(path: Path) -> Iterator[Article | Failure]:
    try:
        data = path.read_bytes()
        text = _decode(data, str(path))
    except OSError as error:
        yield Failure(str(path), f"cannot read the file: {error.strerror or error}")
        return
    except InputError as error:
        yield Failure(str(path), error.reason)
        return
    yield from read_jsonl_lines(text.splitlines(), str(path))


def read_document(path: Path) -> Article | Failure:
    """A .txt or .html file as one article; its id is the file name without the suffix."""
    record = str(path)
    try:
        text = _decode(path.read_bytes(), record)
        if path.suffix.lower() in HTML_SUFFIXES:
            text = html_to_text(text, record)
        return make_article(path.stem, text, None, {"source": str(path)})
    except OSError as error:
        return Failure(record, f"cannot read the file: {error.strerror or error}")
    except EventwireError as error:
        return Failure(record, error.reason)


def html_to_text(html: str, record: str) -> str:
    import trafilatura  # heavy: imported only when HTML is read

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        raise InputError("no article text found in the HTML", record=record)
    return text


def read_folder(folder: Path) -> Iterator[Article | Failure]:
    try:
        entries = sorted(p for p in folder.rglob("*") if p.is_file())
    except OSError as error:
        yield Failure(str(folder), f"cannot list the folder: {error.strerror or error}")
        return
    for path in entries:
        suffix = path.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            yield from read_jsonl(path)
        elif suffix in TEXT_SUFFIXES | HTML_SUFFIXES:
            yield read_document(path)


def read_source(source: str, stdin: IO[str] | None = None) -> Iterator[Article | Failure]:
    """Everything in one source argument: '-', a file or a folder."""
    if source == "-":
        yield from read_jsonl_lines(stdin if stdin is not None else sys.stdin, "<stdin>")
        return
    path = Path(source)
    if path.is_dir():
        yield from read_folder(path)
    elif not path.exists():
        yield Failure(source, "no such file or folder")
    elif path.suffix.lower() in JSONL_SUFFIXES:
        yield from read_jsonl(path)
    elif path.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES:
        yield read_document(path)
    else:
        yield Failure(source, f"unknown kind of file {path.suffix!r}: use .jsonl, .txt, .html or a folder")


def read_sources(sources: Iterable[str], stdin: IO[str] | None = None) -> Iterator[Article | Failure]:
    for source in sources:
        yield from read_source(source, stdin)
