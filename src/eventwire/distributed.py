"""Scale-out on Dask distributed: many input files → a folder of Parquet shards, one per task.

    from eventwire.distributed import extract_dask, read_shards
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

import json
import os
from dataclasses import dataclass
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from distributed.diagnostics.plugin import WorkerPlugin

from .errors import EventwireError, InputError, SettingsError
from .records import Actor, Article, Event, Failure, Mention, Place, Quote, Span, TimeExpr
from .settings import Settings

PLUGIN_NAME = "eventwire-pipeline"
SHARD_SUFFIX = ".parquet"
META_COLUMNS = ("title", "url", "source", "licence")
COUNT_COLUMNS = ("actors", "events", "quotes", "times", "places")


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


# -- shards -----------------------------------------------------------------------------------------------

def shard_schema() -> Any:
    import pyarrow as pa

    strings = [pa.field(name, pa.string()) for name in ("id", *META_COLUMNS, "text", "error", "record")]
    counts = [pa.field(name, pa.int32()) for name in COUNT_COLUMNS]
    return pa.schema([strings[0], pa.field("published", pa.date32()), *strings[1:], *counts])


def write_shard(items: Sequence[Article | Failure], path: Path) -> None:
    """Write the results of one task as a Parquet file, atomically (temporary name, then rename)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from .formats.contract import dumps

    columns: dict[str, list[Any]] = {field.name: [] for field in shard_schema()}
    for item in items:
        article = item if isinstance(item, Article) else None
        columns["id"].append(item.id)
        columns["published"].append(article.published if article else None)
        for key in META_COLUMNS:
            value = article.meta.get(key) if article else None
            if article and value is None and key == "licence":  # the readers keep either spelling
                value = article.meta.get("license")
            columns[key].append(value)
        columns["text"].append(article.text if article else None)
        columns["error"].append(item.reason if isinstance(item, Failure) else None)
        columns["record"].append(dumps(item))
        for key in COUNT_COLUMNS:
            columns[key].append(len(getattr(article, key)) if article else 0)
    table = pa.Table.from_pydict(columns, schema=shard_schema())
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    pq.write_table(table, partial, compression="zstd")
    os.replace(partial, path)


def shard_files(source: str | Path) -> list[Path]:
    """The shards of a folder (sorted: input order), or the one file given."""
    path = Path(source)
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.suffix == SHARD_SUFFIX and not p.name.startswith("."))
    return [path]


def read_shards(source: str | Path, batch_rows: int = 256) -> Iterator[Article | Failure]:
    """The records of a shard folder (or one shard), streamed in input order, as processed Articles ready
    for `Store.ingest` (no parse needed), and Failures for the records that failed."""
    import pyarrow.parquet as pq

    for file in shard_files(source):
        try:
            shard = pq.ParquetFile(file)
            for batch in shard.iter_batches(batch_size=batch_rows, columns=["id", "published", *META_COLUMNS,
                                                                             "text", "error", "record"]):
                for row in batch.to_pylist():
                    yield _shard_row(row, str(file))
        except (OSError, ValueError) as error:  # pyarrow's ArrowInvalid is a ValueError
            yield Failure(str(file), f"not a readable eventwire shard: {error}")


def _shard_row(row: dict[str, Any], where: str) -> Article | Failure:
    record_id = row.get("id") or where
    if row.get("error"):
        return Failure(record_id, row["error"])
    try:
        record = json.loads(row["record"])
        meta = {key: row[key] for key in META_COLUMNS if row.get(key) is not None}
        return article_from_contract(record, row["text"], meta, row.get("published"))
    except (TypeError, KeyError, ValueError, EventwireError) as error:
        return Failure(record_id, f"malformed shard record in {where}: {type(error).__name__}: {error}")


def _span(value: Sequence[int] | None) -> Span | None:
    return Span(value[0], value[1]) if value else None


def article_from_contract(record: dict[str, Any], text: str, meta: dict[str, str] | None = None,
                          published: date | None = None) -> Article:
    """The processed Article a contract record describes (the inverse of `to_contract`, without the parse)."""
    if published is None and record.get("published"):
        published = date.fromisoformat(record["published"])
    actors = tuple(
        Actor(a["id"], a["name"], a["kind"], a.get("country"), a.get("sector"), a.get("code"),
              tuple(Mention(Span(*span), how) for span, how in
                    zip(a["mentions"], a.get("mention_kinds") or ["name"] * len(a["mentions"]))))
        for a in record.get("actors", []))
    events = tuple(
        Event(e["id"], e["event"], e.get("mode"), tuple(e.get("contexts") or ()), e.get("cameo"), e.get("goldstein"),
              e.get("quad_class"), tuple(e.get("actors") or ()), tuple(e.get("recipients") or ()), e.get("source"),
              e.get("target"), e.get("date"), e.get("place"), Span(*e["sentence"]), _span(e.get("trigger")),
              e.get("reported_by"), bool(e.get("negated")), bool(e.get("hypothetical")), e.get("pattern"))
        for e in record.get("events", []))
    quotes = tuple(
        Quote(q["id"], q["kind"], tuple(Span(*s) for s in q["content"]), _span(q.get("cue")), q.get("speaker"),
              _span(q.get("speaker_span")))
        for q in record.get("quotes", []))
    times = tuple(TimeExpr(Span(*t["span"]), t["type"], t.get("value"), t.get("mod"))
                  for t in record.get("times", []))
    places = tuple(
        Place(p["id"], Span(*p["span"]), p["name"], p.get("country"), p.get("lat"), p.get("lon"), p.get("geonameid"),
              p.get("feature"))
        for p in record.get("places", []))
    return Article(id=record["id"], text=text, published=published, meta=dict(meta or {}), actors=actors,
                   times=times, places=places, quotes=quotes, events=events)


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


def iter_shard_sources(inputs: Iterable[str]) -> tuple[list[str], list[str]]:
    """Split INPUTS into shard sources (a .parquet file, or a folder holding .parquet files) and the rest."""
    shards, rest = [], []
    for source in inputs:
        path = Path(source)
        if source != "-" and (path.suffix.lower() == SHARD_SUFFIX and path.is_file()
                              or path.is_dir() and any(p.suffix == SHARD_SUFFIX for p in path.iterdir())):
            shards.append(source)
        else:
            rest.append(source)
    return shards, rest


__all__ = [
    "DaskReport", "PipelinePlugin", "ShardReport", "Task", "article_from_contract", "extract_dask",
    "iter_shard_sources", "plan", "read_shards", "run_task", "shard_files", "shard_schema", "write_shard",
]
