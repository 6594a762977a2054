"""Scale-out on Dask distributed: many input files → a folder of Parquet shards, one per task.

    from eventwire.distributed import extract_dask
    from eventwire.formats.shards import read_shards
    report = extract_dask(["corpus/"], "shards/", Settings(), workers=4)            # a LocalCluster
    report = extract_dask(["corpus/"], "shards/", Settings(), scheduler="tcp://host:8786")
    store.ingest(read_shards("shards/"))          # or: eventwire ingest shards/ --db events.duckdb
    duckdb: SELECT id, events FROM 'shards/*.parquet'

The driver only lists the input files and cuts JSONL files into line ranges; the workers read their slice
themselves and write their shard themselves, so neither texts nor results pass through the driver (on a
real cluster, inputs and the output folder must be on a file system every worker sees). Each worker loads
the pipeline once (a WorkerPlugin holds it); a task runs one `Pipeline.pipe` over its slice.

A shard, `part-NNNNN.parquet`, holds one row per input record, in input order: id, published, text, the
metadata, `error` (the reason, for a record that failed), `record` (the exact `eventwire extract` JSON line)
and the counts of actors, events, quotes, times and places. Shard numbers follow the input order, so
reading the shards sorted by name gives the records in input order; a shard is written under a temporary
name and renamed, so a reader never sees half of one.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any, Iterator, Sequence

from distributed.diagnostics.plugin import WorkerPlugin

from .errors import EventwireError, InputError, SettingsError
from .records import Article, Failure
from .formats.shards import SHARD_SUFFIX, shard_files, write_shard
from .settings import Settings

PLUGIN_NAME = "eventwire-pipeline"


@dataclass(frozen=True, slots=True)
class Task:
    """One unit of work: `count` records of a JSONL file from byte `offset` (line `line`), or whole documents
    (.txt/.html). Offsets let a task seek to its slice instead of parsing the file up to it."""

    shard: int
    paths: tuple[str, ...]
    offset: int = 0  # the byte where the task's first record starts
    line: int = 1  # that record's line number, for the names of failures
    count: int | None = None  # None: every record of `paths`


@dataclass(frozen=True, slots=True)
class ShardReport:
    shard: str
    articles: int
    failed: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class DaskReport:
    shards: tuple[ShardReport, ...]

    @property
    def articles(self) -> int:
        return sum(s.articles for s in self.shards)

    @property
    def failed(self) -> tuple[tuple[str, str], ...]:
        return tuple(f for s in self.shards for f in s.failed)


# -- planning (on the driver) -----------------------------------------------------------------------------

def plan(inputs: Sequence[str], articles_per_task: int = 64) -> tuple[list[Task], list[Failure]]:
    """Cut the inputs into tasks of about `articles_per_task` records; unreadable inputs become Failures.

    Counting JSONL records reads the files once on the driver (no JSON parsing): cheap beside extraction.
    """
    from .formats.readers import HTML_SUFFIXES, JSONL_SUFFIXES, TEXT_SUFFIXES, folder_files

    if articles_per_task < 1:
        raise SettingsError(f"articles per task must be at least 1, not {articles_per_task}")
    files: list[Path] = []
    failures: list[Failure] = []
    for source in inputs:
        path = Path(source)
        if source == "-":
            failures.append(Failure(source, "the Dask engine reads files, not standard input"))
        elif path.is_dir():
            found, unreadable = folder_files(path)
            files.extend(found)
            failures.extend(unreadable)
        elif path.is_file():
            files.append(path)
        else:
            failures.append(Failure(source, "no such file or folder"))
    tasks: list[Task] = []
    documents: list[str] = []

    def flush_documents() -> None:
        if documents:
            tasks.append(Task(len(tasks), tuple(documents)))
            documents.clear()

    for file in files:
        suffix = file.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            flush_documents()
            try:
                tasks.extend(_jsonl_tasks(file, articles_per_task, len(tasks)))
            except OSError as error:
                failures.append(Failure(str(file), f"cannot read the file: {error.strerror or error}"))
        elif suffix in TEXT_SUFFIXES | HTML_SUFFIXES:
            documents.append(str(file))
            if len(documents) >= articles_per_task:
                flush_documents()
        else:
            failures.append(Failure(str(file), f"unknown kind of file {suffix!r}: use .jsonl, .txt or .html"))
    flush_documents()
    return tasks, failures


def _jsonl_tasks(file: Path, size: int, first_shard: int) -> list[Task]:
    """Slices of `size` records (non-blank lines, as the reader counts them) of one JSONL file."""
    tasks: list[Task] = []
    offset, start, start_line, records = 0, 0, 1, 0
    with file.open("rb") as handle:
        for number, raw in enumerate(handle, 1):
            if records == 0:
                start, start_line = offset, number
            offset += len(raw)
            if raw.decode("utf-8", "replace").strip():  # str.strip, as the reader: U+00A0 alone is blank too
                records += 1
                if records == size:
                    tasks.append(Task(first_shard + len(tasks), (str(file),), start, start_line, records))
                    records = 0
    if records:
        tasks.append(Task(first_shard + len(tasks), (str(file),), start, start_line, records))
    return tasks


# -- on the workers ---------------------------------------------------------------------------------------

class PipelinePlugin(WorkerPlugin):
    """Loads the pipeline once per Dask worker, when the worker joins (so load errors show at once)."""

    name = PLUGIN_NAME

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.pipeline: Any = None

    def setup(self, worker: Any) -> None:
        from .parallel import warm
        from .pipeline import Pipeline

        self.pipeline = Pipeline(self.settings)
        warm(self.pipeline)

    def teardown(self, worker: Any) -> None:
        self.pipeline = None


def _task_items(task: Task) -> Iterator[Article | Failure]:
    from .formats.readers import JSONL_SUFFIXES, read_document, read_jsonl_lines

    for name in task.paths:
        path = Path(name)
        if path.suffix.lower() not in JSONL_SUFFIXES:
            yield read_document(path)
            continue
        try:
            with path.open("rb") as handle:
                handle.seek(task.offset)
                yield from islice(read_jsonl_lines(handle, name, task.line), task.count)
        except OSError as error:
            yield Failure(name, f"cannot read the file: {error.strerror or error}")


def run_task(task: Task, output: str) -> ShardReport:
    """Extract one task's records on this worker and write its shard; returns what the driver reports."""
    from distributed import get_worker

    plugin = get_worker().plugins.get(PLUGIN_NAME)
    if plugin is None or plugin.pipeline is None:
        raise SettingsError("this Dask worker has no eventwire pipeline; register PipelinePlugin first")
    items = [item for item in plugin.pipeline.pipe(_task_items(task))]
    name = f"part-{task.shard:05d}{SHARD_SUFFIX}"
    write_shard(items, Path(output) / name)
    failed = tuple((item.id, item.reason) for item in items if isinstance(item, Failure))
    return ShardReport(name, len(items) - len(failed), failed)


# -- the driver -------------------------------------------------------------------------------------------

def extract_dask(inputs: Sequence[str], output: str | Path, settings: Settings | None = None, *,
                 scheduler: str | None = None, workers: int = 2, articles_per_task: int = 64,
                 client: Any = None) -> DaskReport:
    """Extract `inputs` on a Dask cluster into Parquet shards under `output`.

    `scheduler` is the address of a running scheduler; without it a LocalCluster of `workers` processes
    (one thread each: the work holds the GIL) starts and stops here; with it, `workers` is how many workers
    to cut tasks for. `client` (an open distributed.Client)
    overrides both. Input files that cannot be read are reported (in a shard of their own,
    `part-inputs.parquet`), never dropped. Raises SettingsError when the cluster cannot start or a worker cannot load the pipeline.
    """
    from .formats.readers import count_records

    settings = settings or Settings()
    # At least about four tasks per worker, so that a slow task does not leave the other workers idle at the
    # end; never more than `articles_per_task` records in a task, so that a task's memory stays small.
    total = count_records(inputs)
    per_task = min(articles_per_task, -(-total // (4 * max(1, workers)))) if total else articles_per_task
    tasks, failures = plan(inputs, max(1, per_task))
    out = Path(output)
    if out.exists() and not out.is_dir():
        raise InputError("the Dask engine writes a folder of shards; this is a file", record=str(out))
    out.mkdir(parents=True, exist_ok=True)
    for stale in shard_files(out) if out.is_dir() else []:
        stale.unlink()  # shards of an earlier run would mix with this one's
    reports: list[ShardReport] = []
    if failures:  # unreadable inputs get a shard of their own, first, so the shards account for every input
        write_shard(failures, out / f"part-inputs{SHARD_SUFFIX}")
        reports.append(ShardReport(f"part-inputs{SHARD_SUFFIX}", 0, tuple((f.id, f.reason) for f in failures)))
    if not tasks:
        return DaskReport(tuple(reports))
    if client is not None:
        return DaskReport(tuple(reports) + _run(client, tasks, out, settings))
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            with Client(scheduler, timeout="30s") as own:
                return DaskReport(tuple(reports) + _run(own, tasks, out, settings))
        except OSError as error:
            raise SettingsError(f"cannot reach the Dask scheduler at {scheduler}: {error}") from error
    # dashboard_address ":0": the scheduler's HTTP endpoint on a free port, never a clash with another cluster.
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
                      memory_limit=0) as cluster, Client(cluster) as own:
        return DaskReport(tuple(reports) + _run(own, tasks, out, settings))


def _run(client: Any, tasks: Sequence[Task], out: Path, settings: Settings) -> tuple[ShardReport, ...]:
    try:
        client.register_plugin(PipelinePlugin(settings), name=PLUGIN_NAME)
    except Exception as error:  # re-raised from the worker: whatever broke the load, say what and where
        reason = error.reason if isinstance(error, EventwireError) else f"{type(error).__name__}: {error}"
        raise SettingsError(f"a Dask worker could not load the pipeline: {reason}") from error
    # Tasks are independent and pure (a shard per task), so a lost worker's task is simply rerun elsewhere.
    futures = client.map(run_task, tasks, output=str(out.resolve()), pure=False)
    try:
        return tuple(client.gather(futures))
    except EventwireError:
        raise
    except Exception as error:  # a task that failed on every retry: a full disk, an unreadable folder
        raise EventwireError(f"a Dask task failed: {type(error).__name__}: {error}") from error


__all__ = [
    "DaskReport", "PipelinePlugin", "ShardReport", "Task", "extract_dask", "plan", "run_task",
]
