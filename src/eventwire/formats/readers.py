"""Sources → a stream of Article (or Failure, naming the record and the reason).

Supported: JSONL in the contract's input format, .txt, .html/.htm (main text via trafilatura), folders of
these (sorted, so runs are deterministic), and '-' for JSONL on stdin. A bad record never stops the stream:
a malformed or badly encoded JSONL line fails alone and the lines after it are read.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import IO, Iterable, Iterator

from ..cleantext import clean_label
from ..errors import EventwireError, InputError
from ..articles import make_article
from ..records import Article, Failure


TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
READABLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
META_FIELDS = ("title", "url", "source", "licence", "license")
_SNIFF_BYTES = 4096  # NUL bytes this early mean a binary file, not text with one stray byte


def _decode(data: bytes, record: str) -> str:
    if b"\x00" in data[:_SNIFF_BYTES]:
        raise InputError("binary data (NUL bytes), not text", record=record)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"not valid UTF-8 (byte {error.start}); convert the file to UTF-8", record=record) from None


def _parse_line(line: str | bytes, where: str) -> Article | Failure | None:
    """One JSONL line → Article, Failure, or None for a blank line."""
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8-sig")  # -sig: a BOM may start the first line
        except UnicodeDecodeError as error:
            return Failure(where, f"not valid UTF-8 (byte {error.start} of the line); convert the file to UTF-8")
    if not line.strip():
        return None
    line = line.rstrip("\r\n")  # the line's own end: an error past it is "ended too early", not "line 2"
    try:
        row = json.loads(line)
    except json.JSONDecodeError as error:
        if error.pos >= len(line.rstrip()):
            return Failure(where, f"not valid JSON: the line ends before the JSON value is complete ({error.msg})")
        return Failure(where, f"not valid JSON ({error.msg} at character {error.pos + 1})")
    if not isinstance(row, dict):
        return Failure(where, "a line must be a JSON object with 'id' and 'text'")
    record_id = row.get("id")
    if record_id is None:
        record_id = where
    elif isinstance(record_id, int) and not isinstance(record_id, bool):
        record_id = str(record_id)
    elif not isinstance(record_id, str):
        return Failure(where, f"'id' must be a string (or a whole number), not {_json_type(record_id)}")
    record_id = clean_label(record_id)
    if not record_id.strip():
        return Failure(where, "'id' is empty; give every record a name, or leave 'id' out to be named by line")
    text = row.get("text")
    if not isinstance(text, str):
        return Failure(record_id, "'text' is missing or not a string")
    published = row.get("published")
    if published is not None and not isinstance(published, str):
        return Failure(record_id, f"'published' must be a YYYY-MM-DD string, not {_json_type(published)}")
    meta = {k: str(row[k]) for k in META_FIELDS if row.get(k) is not None}
    try:
        return make_article(record_id, text, row.get("published"), meta)
    except EventwireError as error:
        return Failure(record_id, error.reason)


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "an array", bool: "true/false", float: "a number", int: "a number",
             str: "a string"}
    return names.get(type(value), type(value).__name__)


def read_jsonl_lines(lines: Iterable[str | bytes], name: str, first_line: int = 1) -> Iterator[Article | Failure]:
    """One article per line; a malformed line becomes a Failure named `name:LINE` (or its id).

    `first_line` numbers the first of `lines` (a Dask task reads a file from the middle)."""
    for number, line in enumerate(lines, first_line):
        item = _parse_line(line, f"{name}:{number}")
        if item is not None:
            yield item


def read_jsonl(path: Path) -> Iterator[Article | Failure]:
    """A JSONL file, streamed line by line (split on b'\\n' only: U+2028 inside a JSON string is no break)."""
    try:
        with path.open("rb") as handle:
            if b"\x00" in handle.peek(_SNIFF_BYTES)[:_SNIFF_BYTES]:
                yield Failure(str(path), "binary data (NUL bytes), not JSONL")
                return
            yield from read_jsonl_lines(handle, str(path))
    except OSError as error:
        yield Failure(str(path), f"cannot read the file: {error.strerror or error}")


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


def folder_files(folder: Path) -> tuple[list[Path], list[Failure]]:
    """The readable files under `folder`, sorted, and a Failure for each folder that cannot be listed.

    Hidden files and folders (.git, .DS_Store) are skipped; so are files of other kinds, on purpose: a
    corpus folder often holds a README or a licence beside the articles.
    """
    failures: list[Failure] = []

    def unreadable(error: OSError) -> None:
        where = error.filename if error.filename is not None else folder
        failures.append(Failure(str(where), f"cannot list the folder: {error.strerror or error}"))

    files: list[Path] = []
    for root, dirs, names in os.walk(folder, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        files.extend(
            Path(root, n) for n in names if not n.startswith(".") and Path(n).suffix.lower() in READABLE_SUFFIXES
        )
    return sorted(files), failures


def read_folder(folder: Path) -> Iterator[Article | Failure]:
    files, failures = folder_files(folder)
    yield from failures
    if not files and not failures:
        yield Failure(str(folder), "no .jsonl, .txt or .html files in the folder")
    for path in files:
        if path.suffix.lower() in JSONL_SUFFIXES:
            yield from read_jsonl(path)
        else:
            yield read_document(path)


def read_source(source: str, stdin: IO[str] | IO[bytes] | None = None) -> Iterator[Article | Failure]:
    """Everything in one source argument: '-', a file or a folder."""
    if source == "-":
        # Bytes from sys.stdin.buffer, so a badly encoded line fails alone instead of ending the stream.
        stream = stdin if stdin is not None else getattr(sys.stdin, "buffer", sys.stdin)
        yield from read_jsonl_lines(stream, "<stdin>")
        return
    from .fetch import is_url, is_warc, read_feed_file, read_url, read_warc, FEED_SUFFIXES

    if is_url(source):  # a web page or a feed, fetched (formats/fetch.py)
        yield from read_url(source)
        return
    path = Path(source)
    if path.is_file() and (is_warc(path) or path.suffix.lower() in FEED_SUFFIXES):
        yield from (read_warc(path) if is_warc(path) else read_feed_file(path))
    elif path.is_dir():
        yield from read_folder(path)
    elif not path.exists():
        yield Failure(source, "no such file or folder")
    elif not path.is_file():
        yield Failure(source, "not a regular file")
    elif path.suffix.lower() in JSONL_SUFFIXES:
        yield from read_jsonl(path)
    elif path.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES:
        yield read_document(path)
    else:
        yield Failure(source, f"unknown kind of file {path.suffix!r}: use .jsonl, .txt, .html or a folder")


def read_sources(sources: Iterable[str], stdin: IO[str] | IO[bytes] | None = None) -> Iterator[Article | Failure]:
    for source in sources:
        yield from read_source(source, stdin)


def count_records(sources: Iterable[str]) -> int | None:
    """About how many records `read_sources` will yield (for a progress bar); None when it cannot tell.

    Counts lines of JSONL files and one per document; cheap (no JSON parsing), never raises.
    """
    total = 0
    for source in sources:
        if source == "-":
            return None
        path = Path(source)
        try:
            paths = folder_files(path)[0] if path.is_dir() else [path]
            for file in paths:
                if file.suffix.lower() in JSONL_SUFFIXES:
                    with file.open("rb") as handle:
                        total += sum(1 for line in handle if line.strip())
                else:
                    total += 1
        except OSError:
            total += 1  # the reader will report it as one failure
    return total
