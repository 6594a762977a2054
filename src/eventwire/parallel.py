"""Multi-process extraction on one machine: a stream of articles in, the same stream processed out, in order.

    from eventwire.parallel import pipe_parallel
    for item in pipe_parallel(read_sources(["big.jsonl"]), Settings(), workers=2):
        ...  # Article (without its spaCy parse) or Failure, in input order

Why processes: spaCy's parse and the stages are pure Python/Cython under the GIL, so threads do not help.
Why this shape: the input is read lazily in chunks and at most `window` chunks are in flight (sent, being
processed, or done but waiting for an earlier one), so memory stays flat however long the stream is; the
caller (one JSONL writer, or the one DuckDB writer: DuckDB allows one writing process) consumes results in
input order.

How the workers get their pipeline (the spaCy model ~1 s, the gazetteer ~6 s and ~400 MB to load):
- "fork" (the default where the OS has it): the parent loads the pipeline once, touches every knowledge table,
  then forks; the workers start at once and share the loaded tables copy-on-write (`gc.freeze` keeps the
  collector from dirtying those pages). Nothing of the parent's is touched by a child but the pipeline.
- "forkserver" / "spawn": each worker loads its own pipeline from the settings, in parallel; safer where the
  parent holds threads that a fork could copy mid-lock, at the price of one load (and its memory) per worker.
"""
from __future__ import annotations

import dataclasses
import gc
import multiprocessing
import queue
import os
import signal
import sys
from itertools import islice
from typing import Any, Iterable, Iterator

from .errors import EventwireError, SettingsError
from .records import Article, Failure
from .settings import Settings

START_METHODS = ("fork", "forkserver", "spawn")
_POLL_SECONDS = 0.5  # how often a waiting parent checks that its workers are still alive
_PR_SET_PDEATHSIG = 1  # from <sys/prctl.h>


def default_start_method() -> str:
    """fork where the platform has it (one load, shared tables), else spawn (Windows, and macOS's default)."""
    return "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


def portable(item: Article | Failure) -> Article | Failure:
    """The result without its spaCy parse: everything the writers need, cheap to send between processes."""
    return dataclasses.replace(item, paragraphs=()) if isinstance(item, Article) and item.paragraphs else item


def warm(pipeline: Any) -> None:
    """Load every lazily loaded knowledge table now, so that forked workers share them instead of each
    loading its own copy on first use."""
    pipeline.knowledge.load_all()


def _die_with_parent(parent: int | None) -> None:
    """Ask Linux to kill this process when its parent dies (prctl PR_SET_PDEATHSIG): a parent killed by the
    out-of-memory killer must not leave its workers blocked forever on the inbox, holding their memory."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # no prctl: the parent's own shutdown still stops the workers
        return
    if parent is not None and os.getppid() != parent:  # it died before the request was made
        os._exit(1)


def _worker(settings: Settings, pipeline: Any, inbox: Any, outbox: Any, parent: int | None = None) -> None:
    """A worker's life: build (or inherit) a pipeline, then process chunks until the None sentinel.

    Results go back as (sequence number, list of items); (-1, reason) means the worker could not start.
    """
    _die_with_parent(parent)
    # Ctrl-C reaches the whole process group: the parent stops the workers itself (and says so once);
    # workers that took the signal too would each print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        if pipeline is None:
            from .pipeline import Pipeline

            pipeline = Pipeline(settings)
            warm(pipeline)
    except EventwireError as error:
        outbox.put((-1, error.reason))
        return
    except Exception as error:  # a broken install, say: the parent reports it instead of waiting forever
        outbox.put((-1, f"{type(error).__name__}: {error}"))
        return
    for seq, chunk in iter(inbox.get, None):
        try:
            results = [portable(item) for item in pipeline.pipe(chunk, batch_articles=max(1, len(chunk)))]
        except Exception as error:  # the parse itself failed (stages are guarded in Pipeline): fail the chunk
            reason = f"internal error in a worker: {type(error).__name__}: {error}"
            results = [item if isinstance(item, Failure) else Failure(item.id, reason) for item in chunk]
        outbox.put((seq, results))


def pipe_parallel(items: Iterable[Article | Failure], settings: Settings | None = None, workers: int = 2, *,
                  chunk_articles: int = 16, window: int | None = None, start_method: str | None = None,
                  pipeline: Any = None) -> Iterator[Article | Failure]:
    """Process `items` in `workers` processes; yields the results in input order, as they complete.

    `chunk_articles` articles go to a worker at a time (one `nlp.pipe` batch there); at most `window` chunks
    (default 2 per worker) are in flight, which bounds memory. `pipeline` (fork only) is the already loaded
    pipeline to share; without it one is built from `settings`. Results carry no spaCy parse
    (`Article.paragraphs` is empty). Raises SettingsError when a worker cannot load its pipeline and
    EventwireError when a worker dies; closing the generator early stops the workers.
    """
    settings = settings or Settings()
    method = start_method or default_start_method()
    if method not in START_METHODS:
        raise SettingsError(f"unknown start method {method!r}; use one of {', '.join(START_METHODS)}")
    if workers < 1:
        raise SettingsError(f"workers must be at least 1, not {workers}")
    if chunk_articles < 1:
        raise SettingsError(f"chunk_articles must be at least 1, not {chunk_articles}")
    limit = window or 2 * workers
    context = multiprocessing.get_context(method)
    if method == "fork":
        if pipeline is None:
            from .pipeline import Pipeline

            pipeline = Pipeline(settings)
        warm(pipeline)
        # Objects that exist now move to a generation the collector never scans: a child's collections then
        # do not write to (and so privately copy) the pages holding the shared tables.
        gc.freeze()
    inherited = pipeline if method == "fork" else None  # only a fork can hand a live object to a child
    inbox, outbox = context.Queue(), context.Queue()
    processes = [context.Process(target=_worker, args=(settings, inherited, inbox, outbox, os.getpid()), daemon=True,
                                 name=f"eventwire-worker-{n}") for n in range(workers)]
    for process in processes:
        process.start()
    if method == "fork":
        gc.unfreeze()
    finished = False
    try:
        yield from _ordered(iter(items), chunk_articles, limit, inbox, outbox, processes)
        finished = True
    finally:
        _stop(processes, inbox, graceful=finished)


def _ordered(items: Iterator[Article | Failure], size: int, limit: int, inbox: Any, outbox: Any,
             processes: list[Any]) -> Iterator[Article | Failure]:
    pending: dict[int, list[Article | Failure]] = {}
    sent = done = 0
    exhausted = False
    while True:
        while not exhausted and sent - done < limit:
            chunk = list(islice(items, size))
            if not chunk:
                exhausted = True
                break
            inbox.put((sent, chunk))
            sent += 1
        if exhausted and done == sent:
            return
        while done not in pending:
            seq, payload = _receive(outbox, processes)
            if seq < 0:
                raise SettingsError(f"a worker could not load the pipeline: {payload}")
            pending[seq] = payload
        yield from pending.pop(done)
        done += 1


def _receive(outbox: Any, processes: list[Any]) -> tuple[int, Any]:
    while True:
        try:
            return outbox.get(timeout=_POLL_SECONDS)
        except queue.Empty:
            dead = [p for p in processes if not p.is_alive()]
            if dead:
                # A worker never exits on its own before the sentinel: it was killed (out of memory, most often).
                codes = ", ".join(str(p.exitcode) for p in dead)
                raise EventwireError(f"{len(dead)} worker process(es) died (exit code {codes}); out of memory? "
                                     "try fewer --workers") from None


def _stop(processes: list[Any], inbox: Any, graceful: bool) -> None:
    if graceful:
        for _ in processes:
            inbox.put(None)
        for process in processes:
            process.join(timeout=10)
    for process in processes:  # early close, an error, or a worker that would not stop
        if process.is_alive():
            process.terminate()
            process.join(timeout=5)
    inbox.close()
    inbox.join_thread() if graceful else inbox.cancel_join_thread()


__all__ = ["START_METHODS", "default_start_method", "pipe_parallel", "portable", "warm"]
