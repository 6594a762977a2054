"""Bounds on one article's cost: a time limit, and long texts processed in paragraph chunks.

- `deadline(seconds)`: raises ArticleTimeout in the block once `seconds` have passed. In a process's main
  thread on Unix by SIGALRM; in any other thread (Dask's workers, a thread pool) a timer thread raises it
  in the block's thread asynchronously (CPython's PyThreadState_SetAsyncExc), as no signal reaches there.
  Either way the exception arrives when the thread next runs Python code: spaCy's compiled parser (or a
  sleep) is overrun by one such call, and a block whose time ran out while it was in one still ends with
  ArticleTimeout. Elsewhere (no ctypes.pythonapi: not CPython) a thread's block has no limit.
- `chunk_spans(text, size)`: [start, end) pieces of at most `size` characters, cut at paragraph breaks
  (else at a space), so that a text longer than --max-chars can be parsed piece by piece with --split.
- `merge_parts(article, parts)`: the processed pieces as one article of the whole text: spans moved by each
  piece's offset, ids renumbered, and actors of the same name, kind and code in different pieces joined.
"""
from __future__ import annotations

import ctypes
import re
import signal
import threading
from contextlib import contextmanager
from typing import Any, Iterator, Sequence

from .errors import EventwireError
from .records import Article


class ArticleTimeout(EventwireError):
    """An article took longer than the time limit."""


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Raise ArticleTimeout inside the block after `seconds` (None or 0: no limit)."""
    usable = (bool(seconds) and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        if seconds and hasattr(ctypes, "pythonapi") and threading.current_thread() is not threading.main_thread():
            with _thread_deadline(float(seconds)):
                yield
        else:
            yield
        return

    def expired(signum: int, frame: Any) -> None:
        raise ArticleTimeout(_expired_message(float(seconds)))  # type: ignore[arg-type]

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, float(seconds))  # type: ignore[arg-type]
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def _thread_deadline(seconds: float) -> Iterator[None]:
    """`deadline` off the main thread: a timer raises ArticleTimeout in this thread once, while the block
    runs; a lock keeps it from landing after the block (one pending then is cleared and raised here)."""
    message = _expired_message(seconds)
    expired = type("ArticleTimeout", (ArticleTimeout,), {"__init__": lambda self: ArticleTimeout.__init__(self, message)})
    target = ctypes.c_ulong(threading.get_ident())
    lock = threading.Lock()
    state = {"done": False, "fired": False}

    def expire() -> None:
        with lock:
            if not state["done"]:
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, ctypes.py_object(expired))

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        with lock:
            state["done"] = True
            if state["fired"]:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, None)  # one not raised yet must not land later
        if state["fired"]:
            raise ArticleTimeout(message)


def _expired_message(seconds: float) -> str:
    return f"took longer than the time limit of {seconds:g} s; raise --time-limit, or shorten the text"


def chunk_spans(text: str, size: int) -> list[tuple[int, int]]:
    """Consecutive [start, end) pieces covering `text`, each at most `size` characters, cut after a newline
    where one falls in the second half of the piece, else after a space, else anywhere."""
    spans: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > size:
        end = start + size
        cut = text.rfind("\n", start + size // 2, end)
        if cut < 0:
            cut = text.rfind(" ", start + size // 2, end)
        cut = cut + 1 if cut >= 0 else end
        spans.append((start, cut))
        start = cut
    spans.append((start, len(text)))
    return spans


_ID = re.compile(r"^([A-Za-z_]*)\d*$")
_SPAN_FIELDS = {"actors": (), "events": ("sentence", "trigger"), "quotes": ("cue", "speaker_span"),
                "times": ("span",), "places": ("span",)}


def merge_parts(article: Article, parts: Sequence[tuple[int, Article]]) -> Article:
    """One processed article of `article`'s text from processed pieces (offset into the text, piece)."""
    from .formats.contract import article_from_contract, to_contract

    merged: dict[str, Any] = {"id": article.id, "actors": [], "events": [], "quotes": [], "times": [],
                              "places": []}
    actors_by_key: dict[tuple[Any, ...], dict[str, Any]] = {}
    counters: dict[str, int] = {}

    def new_id(old: str) -> str:
        match = _ID.match(old)
        prefix = match.group(1) if match else "x"
        counters[prefix] = counters.get(prefix, 0) + 1
        return f"{prefix}{counters[prefix]}"

    def moved(span: Sequence[int] | None, offset: int) -> list[int] | None:
        return [span[0] + offset, span[1] + offset] if span else None

    for offset, part in parts:
        record = to_contract(part)
        ids: dict[str, str] = {}
        for actor in record["actors"]:
            actor["mentions"] = [moved(span, offset) for span in actor["mentions"]]
            key = (actor["name"], actor["kind"], actor["code"])
            if key in actors_by_key:  # the same actor named again in a later piece
                first = actors_by_key[key]
                first["mentions"] += actor["mentions"]
                first["mention_kinds"] = (first.get("mention_kinds") or []) + (actor.get("mention_kinds") or [])
                ids[actor["id"]] = first["id"]
                continue
            ids[actor["id"]] = actor["id"] = new_id(actor["id"])
            actors_by_key[key] = actor
            merged["actors"].append(actor)
        for place in record["places"]:
            ids[place["id"]] = new = new_id(place["id"])
            place["id"] = new
        for kind in ("events", "quotes", "times", "places"):
            for row in record[kind]:
                for name in _SPAN_FIELDS[kind]:
                    row[name] = moved(row.get(name), offset)
                if kind == "quotes":
                    row["content"] = [moved(span, offset) for span in row["content"]]
                    row["speaker"] = ids.get(row["speaker"], row["speaker"])
                if kind == "events":
                    row["actors"] = [ids.get(x, x) for x in row["actors"]]
                    row["recipients"] = [ids.get(x, x) for x in row["recipients"]]
                    row["reported_by"] = ids.get(row["reported_by"], row["reported_by"])
                    row["place"] = ids.get(row["place"], row["place"])
                if kind in ("events", "quotes"):
                    row["id"] = new_id(row["id"])
                merged[kind].append(row)
    return article_from_contract(merged, article.text, dict(article.meta), article.published)


__all__ = ["ArticleTimeout", "chunk_spans", "deadline", "merge_parts"]
