"""The command line: a thin adapter over the library. Errors become messages and exit codes.

Exit codes: 0 all went well; 1 some records failed (each reported as `error: <record>: <reason>` on stderr,
the rest was processed); 2 nothing could be done (bad option, store cannot be opened, unknown model);
3 an internal error (a bug: set EVENTWIRE_DEBUG=1 for the traceback); 130 interrupted.
"""
from __future__ import annotations

import csv
import dataclasses
import functools
import json
import os
import sys
from contextlib import nullcontext
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Sequence

import click

from .cleantext import shown
from .errors import EventwireError, OutputError
from .records import Article, Failure
from .settings import DEFAULT_MODEL, Settings

if TYPE_CHECKING:  # the heavy imports (spaCy, DuckDB, rich) wait until a command needs them
    from rich.console import Console

    from .pipeline import Pipeline
    from .store import EventFilter, Store, Summary

DEFAULT_DB = "eventwire.duckdb"
TABLE_LIMIT = 50  # rows a table shows unless --limit says otherwise; CSV and JSON give everything
NUMBERS = frozenset({"articles", "mentions", "events", "goldstein"})  # right-aligned in tables
FORMATS = click.Choice(["table", "csv", "tsv", "json", "ndjson"], case_sensitive=False)


def _settings(model: str, batch_size: int, knowledge_dir: Path | None = None, **limits: Any) -> Settings:
    return Settings(model=model, batch_size=batch_size, knowledge_dir=knowledge_dir, **limits)


def make_pipeline(settings: Settings) -> "Pipeline":
    """The one place the CLI builds a pipeline (tests swap in a shared one to load spaCy once)."""
    from .pipeline import Pipeline

    return Pipeline(settings)


def _processor(settings: Settings, workers: int) -> Any:
    """Load the pipeline now (the model: the slow part) and return the function that runs items through it:
    in this process, or in `workers` processes (results in input order)."""
    if workers <= 1:
        return make_pipeline(settings).pipe
    from .parallel import default_start_method, pipe_parallel

    # With fork the workers inherit the pipeline loaded here (one load, shared tables); else each loads its own.
    shared = make_pipeline(settings) if default_start_method() == "fork" else None
    return lambda items: pipe_parallel(items, settings, workers, pipeline=shared)


def _stderr() -> "Console":
    from rich.console import Console

    # soft_wrap: an error line stays one line, whatever the terminal width.
    return Console(stderr=True, highlight=False, soft_wrap=True)


def _stdout() -> "Console":
    from rich.console import Console

    return Console(highlight=False)


def _progress(console: "Console", total: int | None, what: str) -> Any:
    """A progress bar with rate and ETA, shown only on a terminal (in logs and pipes it would be noise)."""
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn,
                               TimeRemainingColumn)

    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn())
    progress = Progress(*columns, console=console, disable=not console.is_terminal)
    progress.add_task(what, total=total, rate="")
    return progress


def _advance(progress: Any, what: str) -> None:
    """One record done: the bar moves on and shows the rate (records per second)."""
    task = progress.tasks[0]
    progress.update(task.id, advance=1, description=what)
    speed = progress.tasks[0].speed
    if speed:
        progress.update(task.id, rate=f"{speed:.1f} articles/s")


def _loading(progress: Any, make: Any) -> Any:
    """Build the pipeline with the bar saying so: loading the model takes seconds, and looks like a hang."""
    def build() -> Any:
        progress.update(progress.tasks[0].id, description="loading model")
        made = make()
        progress.update(progress.tasks[0].id, description="extracting")
        return made
    return build


def _check_inputs(inputs: Sequence[str], urls: bool) -> None:
    """Every input file must exist before anything starts: a typo is exit 2, and no store is created."""
    from .formats.fetch import is_url

    missing = [name for name in inputs if name != "-" and not is_url(name) and not Path(name).exists()]
    if missing:
        raise click.UsageError(f"no such file or folder: {', '.join(missing)}")


def _after(first: Any, then: Any) -> Any:
    """`then(first(items))`: the language check before the pipeline."""
    return lambda items: then(first(items))


def _languages(lang: str | None) -> Any:
    """A filter that turns articles not in the --lang languages into Failures (language.py)."""
    def keep(items: Iterable[Article | Failure]) -> Iterator[Article | Failure]:
        from .language import keep_languages, parse_languages

        return keep_languages(items, parse_languages(lang))
    return keep


def _read(inputs: Sequence[str], urls: bool, local: bool = False) -> Iterable[Article | Failure]:
    """The records of INPUTS (files of URLs with --urls)."""
    from .formats.readers import read_sources

    if urls:
        from .formats.fetch import fetcher, read_url_list

        fetch = fetcher(allow_private=local)
        items: Iterable[Article | Failure] = (item for name in inputs for item in read_url_list(name, fetcher=fetch))
    else:
        items = read_sources(inputs)
    return items


def event_filter_options(near: bool) -> Any:
    """The event filters that `events`, `dyads` and `export` share (with --near/--km where places apply):
    the command receives them as one `where` (store.EventFilter)."""
    options = [
        click.option("--actor", help="a name or CAMEO code (prefix) of an actor: 'Putin', 'RUS', 'PRKGOV'"),
        click.option("--recipient", help="a name or CAMEO code (prefix) of a recipient"),
        click.option("--type", "event_type", help="a PLOVER type (CONSULT) or a CAMEO code prefix (04)"),
        click.option("--since", help="events from this date on: YYYY-MM-DD, YYYY-MM or YYYY"),
        click.option("--until", help="events up to this date: YYYY-MM-DD, YYYY-MM or YYYY"),
    ]
    if near:
        options += [
            click.option("--near", help="events placed near a place of the store ('Vladivostok') or LAT,LON"),
            click.option("--km", default=50.0, show_default=True, type=click.FloatRange(0),
                         help="the radius of --near"),
        ]

    def apply(command: Any) -> Any:
        @functools.wraps(command)
        def with_filter(*args: Any, actor: str | None, recipient: str | None, event_type: str | None,
                        since: str | None, until: str | None, near: str | None = None, km: float = 50.0,
                        **kwargs: Any) -> Any:
            from .store import EventFilter

            where = EventFilter(actor=actor, recipient=recipient, type=event_type, since=since, until=until,
                                near=near, km=km)
            return command(*args, where=where, **kwargs)

        wrapped: Any = with_filter
        for option in reversed(options):
            wrapped = option(wrapped)
        return wrapped
    return apply


urls_option = click.option("--urls", is_flag=True,
                           help="INPUTS are files listing URLs, one per line ('-': URLs on stdin); each page is fetched")
local_option = click.option("--local-urls", "local", is_flag=True,
                            help="with --urls: fetch from loopback and private addresses too (refused by default)")
lang_option = click.option("--lang", default=None, metavar="CODES",
                           help="languages to process (ISO 639-1, comma-separated, or 'any') [default: en]; "
                                "text in another language is reported and skipped")


db_option = click.option(
    "--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False), help="the DuckDB store file"
)
model_option = click.option("--model", default=DEFAULT_MODEL, show_default=True, help="spaCy pipeline name or path")
batch_option = click.option("--batch-size", default=64, show_default=True, type=click.IntRange(1),
                            help="paragraphs per spaCy batch")
format_option = click.option("--format", "fmt", default="table", show_default=True, type=FORMATS,
                             help="a table for reading; CSV, TSV, JSON or NDJSON (one object a line) for other tools")
knowledge_option = click.option(
    "--knowledge-dir", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
    help="a folder of your own codebooks (people.tsv, agents.tsv, …) read before the bundled ones of the same name")
workers_option = click.option("--workers", default=1, show_default=True, type=click.IntRange(1),
                               help="processes that extract in parallel (about one per CPU core)")


def limits_options(command: Any) -> Any:
    """--max-chars, --split and --time-limit: what one article may cost (extract and ingest)."""
    for option in reversed((
        click.option("--max-chars", default=1_000_000, show_default=True, type=click.IntRange(1),
                     help="a longer text fails (its record only), unless --split"),
        click.option("--split", is_flag=True, help="process a text longer than --max-chars in paragraph pieces "
                                                   "(an actor named in several pieces stays one actor)"),
        click.option("--time-limit", default=600.0, show_default=True, type=click.FloatRange(0),
                     help="seconds one article (or one --split piece) may take; a slower one fails alone; "
                          "0: no limit"))):
        command = option(command)
    return command


force_option = click.option("--force", is_flag=True,
                            help="overwrite an existing -o file even if it is not an earlier output of this kind")
raw_option = click.option("--raw", is_flag=True,
                          help="the machine output, without the analysts' corrections (eventwire correct)")
limit_option = click.option("--limit", type=click.IntRange(0), default=None,
                            help=f"at most N rows, 0 for all [default: {TABLE_LIMIT} for tables, all otherwise]")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="eventwire")
def cli() -> None:
    """eventwire: who did what to whom, when and where, and who said what, from news text."""


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", default="-", show_default=True,
              help="output JSONL file, '-' for stdout; with --engine dask, a folder for the Parquet shards")
@model_option
@batch_option
@knowledge_option
@workers_option
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: this machine, --workers processes; dask: a Dask cluster writing Parquet shards")
@click.option("--scheduler", metavar="ADDRESS", help="the Dask scheduler (tcp://host:8786); default: a local cluster "
                                                     "of --workers processes")
@urls_option
@local_option
@lang_option
@force_option
@limits_options
def extract(inputs: tuple[str, ...], output: str, model: str, batch_size: int, knowledge_dir: Path | None,
            workers: int, engine: str, scheduler: str | None, urls: bool, local: bool, lang: str | None,
            force: bool = False, max_chars: int = 1_000_000, split: bool = False, time_limit: float = 600.0) -> None:
    """Extract actors, events, quotes, times and places from INPUTS (JSONL, .txt, .html, folders, '-')."""
    from .formats.contract import dumps

    limits = {"max_chars": max_chars, "split": split, "time_limit": time_limit}
    if engine == "dask":
        _extract_dask(inputs, output, _settings(model, batch_size, knowledge_dir, **limits), workers, scheduler)
        return
    if scheduler:
        raise click.UsageError("--scheduler needs --engine dask")
    from .formats.readers import count_records
    from .incremental import lazily
    from .outputs import atomic_output, check_output

    _check_inputs(inputs, urls)
    if output != "-":  # before anything is read or written: never clobber an input or another file
        check_output(output, "extract", inputs=() if urls else inputs, force=force)
    settings = _settings(model, batch_size, knowledge_dir, **limits)
    failed = 0
    console = _stderr()
    progress = _progress(console, None if urls else count_records(inputs), "extracting")
    try:
        with nullcontext(sys.stdout) if output == "-" else atomic_output(output, "extract") as out, progress:
            process = lazily(_loading(progress, lambda: _processor(settings, workers)))
            for item in process(_languages(lang)(_read(inputs, urls, local))):
                if isinstance(item, Failure):
                    failed += 1
                    progress.console.print(f"error: {shown(item.id)}: {shown(item.reason)}", markup=False)
                out.write(dumps(item) + "\n")
                _advance(progress, "extracting")
            out.flush()
    except BrokenPipeError:  # `extract … | head`: the reader left (main() says nothing)
        raise
    except OSError as error:  # stdout (the file's own errors are OutputError)
        raise OutputError(f"cannot write the extract output: {error.strerror or error}", record="stdout") from None
    if failed:
        click.echo(f"{failed} record(s) failed; their output lines carry an 'error' field", err=True)
        sys.exit(1)


def _extract_dask(inputs: tuple[str, ...], output: str, settings: Settings, workers: int,
                  scheduler: str | None) -> None:
    from .distributed import extract_dask

    if output == "-":
        raise click.UsageError("--engine dask writes Parquet shards: give -o FOLDER")
    report = extract_dask(inputs, output, settings, scheduler=scheduler, workers=max(1, workers))
    for record, reason in report.failed:
        click.echo(f"error: {shown(record)}: {shown(reason)}", err=True)
    click.echo(f"{output}: {report.articles} articles in {len(report.shards)} shard(s), "
               f"{len(report.failed)} failed", err=True)
    if report.failed:
        sys.exit(1)


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@db_option
@model_option
@batch_option
@knowledge_option
@click.option("--refresh", is_flag=True,
              help="rewrite articles stored with the same content too (after upgrading eventwire)")
@workers_option
@urls_option
@local_option
@lang_option
@limits_options
def ingest(inputs: tuple[str, ...], db: str, model: str, batch_size: int, knowledge_dir: Path | None, refresh: bool,
           workers: int, urls: bool, local: bool, lang: str | None, max_chars: int = 1_000_000, split: bool = False,
           time_limit: float = 600.0) -> None:
    """Extract INPUTS (JSONL, .txt, .html, folders, '-') into the store. Re-ingesting changes nothing.

    Parquet shards of `extract --engine dask` (a folder of .parquet files) are stored as extracted."""
    from .formats.readers import count_records
    from .incremental import lazily, skip_unchanged
    from .store import open_store

    console = _stderr()
    printed: set[tuple[str, str]] = set()
    from .formats.shards import iter_shard_sources, read_shards

    from .outputs import check_store_path

    check_store_path(db)
    _check_inputs(inputs, urls)
    shards, sources = ([], list(inputs)) if urls else iter_shard_sources(inputs)
    settings = _settings(model, batch_size, knowledge_dir, max_chars=max_chars, split=split,
                         time_limit=time_limit)
    total = None if shards or urls else count_records(sources)
    with open_store(db) as store, _progress(console, total, "ingesting") as progress:  # a bad --db fails at once
        extracted: Iterable[Article | Failure] = (item for shard in shards for item in read_shards(shard))
        if sources:
            # An article stored unchanged is not parsed again (nor its language checked), and the model loads
            # only for the first one that needs it (incremental.py): a re-run is a hash check per article.
            keep = _languages(lang)
            process = lazily(_loading(progress, lambda: _after(keep, _processor(settings, workers))))
            extracted = chain(extracted, skip_unchanged(_read(sources, urls, local), store, process, refresh))

        def reported(items: Iterable[Article | Failure]) -> Iterator[Article | Failure]:
            for item in items:
                if isinstance(item, Failure):
                    printed.add((item.id, item.reason))
                    _error(progress.console, item.id, item.reason)
                yield item
                _advance(progress, "ingesting")

        report = store.ingest(reported(extracted), refresh=refresh)
    for record, reason in report.failed:  # the ones the store refused (the readers' were printed above)
        if (record, reason) not in printed:
            _error(console, record, reason)
    console.print(
        f"{db}: {report.added} added, {report.replaced} replaced, {report.unchanged} unchanged, "
        f"{len(report.failed)} failed", markup=False)
    if report.failed:
        sys.exit(1)


def _error(console: "Console", record: str, reason: str) -> None:
    console.print(f"error: {shown(record)}: {shown(reason)}", markup=False)


@cli.command()
@event_filter_options(near=True)
@click.option("--by", type=click.Choice(["day", "week", "month", "year"]),
              help="count the events per period and type instead of listing them")
@click.option("--grouped", is_flag=True,
              help="one row per event however many articles reported it, with mention/source/article counts")
@limit_option
@format_option
@db_option
@raw_option
def events(where: "EventFilter", by: str | None, grouped: bool, limit: int | None, fmt: str, db: str,
           raw: bool) -> None:
    """Events in the store, oldest first, with their evidence sentence (or counted, with --by)."""
    effective = _limit(limit, fmt)
    _not_blank(actor=where.actor, recipient=where.recipient, type=where.type, since=where.since, until=where.until,
               near=where.near)
    km = where.km
    if km != km or km == float("inf"):  # nan passes FloatRange(0) and would mean "no limit"
        raise click.BadParameter(f"{km} is not a distance in km", param_hint="'--km'")
    if by and grouped:
        raise click.UsageError("--by counts event reports; it cannot be combined with --grouped")
    with _open(db, raw) as store:
        if grouped:
            groups = store.event_groups(where, limit=None if effective is None else effective + 1)
        elif by:
            counts = store.timeline(where, by=by)
        else:
            rows = store.events(where, limit=None if effective is None else effective + 1)
    if grouped:
        _render(groups, fmt, effective, [("date", "Date", 0), ("event", "Event", 0), ("actors", "Actor", 1),
                                         ("recipients", "Target", 1), ("articles", "Articles", 0),
                                         ("sentence", "Evidence", 4)], "events")
        return
    if by:
        _render(counts, fmt, effective, [("period", "Period", 0), ("event", "Event", 0), ("events", "Events", 0),
                                         ("goldstein", "Mean Goldstein", 0)], "periods")
        return
    # The table is for reading at 80 columns: the evidence sentence gets the room, its trigger in bold;
    # CSV and JSON carry every field (article id, CAMEO code, Goldstein, mode, place, …).
    columns = [("day", "Date", 0), ("event", "Event", 0), ("actors", "Actor", 1), ("recipients", "Target", 1),
               ("sentence", "Evidence", 4)]
    _render(rows, fmt, effective, columns, "events")


@cli.command()
@click.option("--level", type=click.Choice(["actor", "country", "sector"]), default="actor", show_default=True,
              help="label each side by its CAMEO code, its country (IRNGOV, IRNMIL → IRN) or its sector")
@click.option("--both-directions", is_flag=True, help="count A→B and B→A as one dyad")
@event_filter_options(near=False)
@click.option("--by", type=click.Choice(["day", "week", "month", "year"]), help="count per period too")
@limit_option
@format_option
@db_option
def dyads(level: str, both_directions: bool, where: "EventFilter", by: str | None, limit: int | None, fmt: str,
          db: str) -> None:
    """Events per dyad (source → target) with QuadClass shares and mean Goldstein, most events first."""
    effective = _limit(limit, fmt)
    with _open(db) as store:
        rows = store.dyads(where, level=level, both_directions=both_directions, by=by,
                           limit=None if effective is None else effective + 1)
    columns = ([("period", "Period", 0)] if by else []) + [
        ("source", "Source", 0), ("target", "Target", 0), ("events", "Events", 0),
        ("verbal_cooperation", "V.coop", 0), ("material_cooperation", "M.coop", 0),
        ("verbal_conflict", "V.conf", 0), ("material_conflict", "M.conf", 0), ("goldstein", "Goldst.", 0)]
    _render(rows, fmt, effective, columns, "dyads")


@cli.command()
@click.option("--speaker", help="part of any name of the speaker, case-insensitive: 'Kim', 'the president'")
@click.option("--text", help="words the quote must contain, each at the start of a word, any case: 'sanctions'")
@click.option("--since", help="quotes published from this date on: YYYY-MM-DD, YYYY-MM or YYYY")
@click.option("--until", help="quotes published up to this date: YYYY-MM-DD, YYYY-MM or YYYY")
@click.option("--resolved", is_flag=True, help="only quotes whose speaker is a known actor (no bare 'he', no 'a report')")
@limit_option
@format_option
@db_option
def quotes(speaker: str | None, text: str | None, since: str | None, until: str | None, resolved: bool,
           limit: int | None, fmt: str, db: str) -> None:
    """Quotes in the store, with their speakers and the events reported inside them."""
    effective = _limit(limit, fmt)
    _not_blank(speaker=speaker, text=text)
    with _open(db) as store:
        rows = store.quotes(speaker=speaker, text=text, since=since, until=until, resolved=resolved,
                            limit=None if effective is None else effective + 1)
    columns = [("published", "Published", 0), ("speaker", "Speaker", 1), ("kind", "Kind", 0), ("text", "Quote", 4)]
    _render(rows, fmt, effective, columns, "quotes")


@cli.command()
@click.option("--name", help="part of the name, or a CAMEO code prefix")
@limit_option
@format_option
@db_option
def actors(name: str | None, limit: int | None, fmt: str, db: str) -> None:
    """Actors across the store, most mentioned first."""
    effective = _limit(limit, fmt)
    _not_blank(name=name)
    with _open(db) as store:
        rows = store.actors(name=name, limit=None if effective is None else effective + 1)
    columns = [("name", "Name", 1), ("kind", "Kind", 0), ("code", "Code", 0), ("articles", "Articles", 0),
               ("mentions", "Mentions", 0)]
    _render(rows, fmt, effective, columns, "actors")


@cli.command()
@click.option("--format", "fmt", required=True,
              type=click.Choice(["gdelt", "gdelt-mentions", "plover", "polecat", "parquet", "jsonl"]),
              help="gdelt: GDELT 2.0 event TSV; gdelt-mentions: its mentions table; plover: PLOVER JSON lines; "
                   "polecat: POLECAT's TSV layout; parquet: a folder of tables; jsonl: the extract records")
@click.option("-o", "--output", default="-", show_default=True,
              help="output file ('-' for stdout); for parquet, a folder")
@click.option("--all", "include_all", is_flag=True, help="gdelt: keep negated and hypothetical events too")
@click.option("--header", is_flag=True, help="gdelt: write a header line (GDELT's own files have none)")
@event_filter_options(near=True)
@db_option
@force_option
@raw_option
def export(fmt: str, output: str, include_all: bool, header: bool, where: "EventFilter", db: str, raw: bool,
           force: bool = False) -> None:
    """Export the store: GDELT TSV (events, mentions), PLOVER JSON, POLECAT TSV, Parquet tables or the
    contract JSONL. The event formats take the filters of `events`."""
    from .formats.exports import export as write
    from .outputs import check_output

    if fmt == "parquet" and output == "-":
        raise click.UsageError("parquet writes one file per table: give a folder with -o FOLDER")
    if output != "-":  # before the store is opened: never write over it, its WAL or another file
        check_output(output, "gdelt" if fmt == "parquet" else fmt, store=db, force=force or fmt == "parquet")
    filters = where.options()
    if filters and fmt in ("parquet", "jsonl"):
        raise click.UsageError(f"{fmt} exports whole tables; the event filters apply to gdelt, gdelt-mentions, "
                               "plover and polecat")
    with _open(db, raw) as store:
        report = write(store, fmt, sys.stdout if output == "-" else output, include_all=include_all,
                       header=header, **filters)
    counts = ", ".join(f"{n} {what}" for what, n in report.rows)
    click.echo(f"{'stdout' if output == '-' else output}: {counts}", err=True)


@cli.command()
@db_option
@click.option("--top", default=5, show_default=True, type=click.IntRange(1), help="rows per section")
@click.option("--all-dyads", is_flag=True, help="top dyads also with sides coded without a country (---GOV)")
@click.option("--format", "fmt", default="table", show_default=True, type=click.Choice(["table", "json"]),
              help="a readable overview, or JSON for other tools")
def summary(db: str, top: int, all_dyads: bool, fmt: str) -> None:
    """A readable overview of the store: counts, event types, dyads, actors, sample events and quotes."""
    with _open(db) as store:
        result = store.summary(top=top, all_dyads=all_dyads)
    if fmt == "json":
        record = _jsonable(dataclasses.asdict(result))
        sys.stdout.write(json.dumps(record, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
        return
    _print_summary(_stdout(), db, result)


@cli.command("import-dictionary")
@click.argument("dictionary", type=click.Path(exists=True, dir_okay=False))
@click.option("--kind", required=True, type=click.Choice(["actors", "agents", "verbs"]),
              help="actors: people.tsv (dated roles) and countries.tsv (bare codes); agents: agents.tsv; "
                   "verbs: verb_dictionary.tsv")
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="write the main table to this file (people.tsv, agents.tsv or verb_dictionary.tsv)")
@click.option("--into", "into", type=click.Path(file_okay=False),
              help="write every table the dictionary fills into this knowledge dir, under the names it reads")
@click.option("--merge/--no-merge", default=True, show_default=True,
              help="append eventwire's own table, so the file can replace it without losing rows; for verbs, "
                   "--no-merge also empties the hand-written verb tables so the dictionary alone codes events")
def import_dictionary(dictionary: str, kind: str, output: str | None, into: str | None, merge: bool) -> None:
    """Convert a PETRARCH/TABARI actors, agents or verbs dictionary into eventwire tables."""
    from .knowledge.importer import import_dictionary as convert

    if not output and not into:
        raise click.UsageError("say where to write: -o FILE or --into DIR")
    result = convert(Path(dictionary), kind, merge=merge)
    main = next(iter(result.files))
    targets: list[tuple[Path, str]] = []
    if output:
        targets.append((Path(output), result.files[main]))
    if into:
        targets += [(Path(into) / name, text) for name, text in result.files.items()]
    try:
        if into:
            Path(into).mkdir(parents=True, exist_ok=True)
        for path, text in targets:
            path.write_text(text, encoding="utf-8")
    except OSError as error:
        raise click.ClickException(f"cannot write {error.filename}: {error.strerror or error}") from None
    err = _stderr()
    for line in result.report.lines():
        err.print(line, markup=False, highlight=False)
    err.print("written: " + ", ".join(str(p) for p, _ in targets), markup=False, highlight=False)
    if output and not into and len(result.files) > 1:
        others = ", ".join(n for n in result.files if n != main)
        err.print(f"not written (use --into DIR to write them too): {others}", markup=False, highlight=False)


def _open(db: str, raw: bool = False) -> "Store":
    from .store import open_store

    return open_store(db, read_only=True, raw=raw)


def _not_blank(**filters: str | None) -> None:
    """A filter given as spaces would match nearly everything: a bad option value, not a query."""
    for name, value in filters.items():
        if value is not None and not value.strip():
            raise click.BadParameter("is blank; give a value or leave the option out", param_hint=f"'--{name}'")


def _limit(limit: int | None, fmt: str) -> int | None:
    if limit == 0:
        return None
    if limit is None:
        return TABLE_LIMIT if fmt == "table" else None
    return limit


def _plain(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def _jsonable(value: Any) -> Any:
    """Dates as ISO strings, tuples as lists, all the way down (for summary --format json)."""
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return _plain(value)


def _day_cell(record: dict[str, Any]) -> None:
    """The table's Date: the day every output gives the event (eventwire.dates), with its precision when
    coarser than a day ("2019-01-01 (year)": the text says only 2019)."""
    if "date_start" in record:
        day, precision = record.get("date_start"), record.get("date_precision")
        record["day"] = f"{day} ({precision})" if day and precision and precision != "day" else day


Columns = list[tuple[str, str, int]]  # (field, title, ratio of the spare width; 0: as wide as its content)


def _reader_left() -> None:
    """`eventwire events | head`: the reader took what it wanted and left. That is success, as for any Unix
    filter: say nothing, exit 0, and point stdout at /dev/null so that the final flush cannot fail again.
    (Handled here, in the command, because click turns a broken pipe into exit 1 before main sees it.)"""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    sys.exit(0)


def _render(rows: Sequence[Any], fmt: str, limit: int | None, columns: Columns, what: str) -> None:
    try:
        _write_rows(rows, fmt, limit, columns, what)
    except BrokenPipeError:
        _reader_left()


def _write_rows(rows: Sequence[Any], fmt: str, limit: int | None, columns: Columns, what: str) -> None:
    more = limit is not None and len(rows) > limit
    rows = rows[:limit] if limit is not None else rows
    records = [{k: _plain(v) for k, v in dataclasses.asdict(row).items()} for row in rows]
    stdout = sys.stdout  # looked up now, not at import: tests and embedding callers redirect it
    if fmt == "json":
        stdout.write(json.dumps(records, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    elif fmt == "ndjson":
        for record in records:
            stdout.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    elif fmt in ("csv", "tsv"):
        # The header is the row type's fields, with rows or without: a script reading the file finds the
        # same columns either way.
        row_type = getattr(rows, "row_type", None) or (type(rows[0]) if rows else None)
        names = [f.name for f in dataclasses.fields(row_type)] if row_type else [key for key, _, _ in columns]
        # A list cell (a quote's event ids) reads as "e1; e2", as names are joined elsewhere, not as a repr.
        cells = [{k: "; ".join(map(str, v)) if isinstance(v, (list, tuple)) else v for k, v in record.items()}
                 for record in records]
        if fmt == "tsv":
            # TSV as spreadsheets and `cut` read it: no quoting, so a cell never holds a tab or a line break
            # (they would shift the columns): they become spaces; an empty value is an empty cell.
            stdout.write("\t".join(names) + "\n")
            for row in cells:
                stdout.write("\t".join("" if row.get(n) is None else " ".join(str(row[n]).split())
                                        for n in names) + "\n")
        else:
            writer = csv.DictWriter(stdout, fieldnames=names, lineterminator="\n")
            writer.writeheader()
            writer.writerows(cells)
    else:
        for record in records:
            _day_cell(record)
        _print_table(_stdout(), records, columns, what)
    if more:
        _stderr().print(f"(the first {limit} {what}; --limit 0 shows all)", markup=False)


def _cell(value: Any, width: int = 160) -> str:
    if value is None:
        return ""
    text = str(value)
    return text if len(text) <= width else text[: width - 1] + "…"


def _print_table(console: "Console", records: list[dict[str, Any]], columns: Columns, what: str) -> None:
    from rich.table import Table
    from rich.text import Text

    if not records:
        console.print(f"no {what} found", markup=False)
        return
    table = Table(show_lines=False, header_style="bold", expand=any(ratio for _, _, ratio in columns))
    for key, title, ratio in columns:
        table.add_column(title, overflow="fold", no_wrap=not ratio, ratio=ratio or None, min_width=len(title),
                         justify="right" if key in NUMBERS else "left")
    for record in records:
        cells = []
        for key, _, _ in columns:
            cell = Text(_cell(record.get(key), 300))
            if key == "sentence" and record.get("trigger"):
                cell.highlight_words([record["trigger"]], style="bold")
            cells.append(cell)
        table.add_row(*cells)
    console.print(table)


def _print_summary(console: "Console", db: str, s: "Summary") -> None:
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    span = f", published {s.first_published} to {s.last_published}" if s.first_published else ""
    console.print(Panel(Text(
        f"{s.articles} articles{span}\n"
        f"{s.actors} actors ({s.mentions} mentions), {s.events} events, {s.quotes} quotes, "
        f"{s.times} time expressions, {s.places} places"), title=f"eventwire store {db}", expand=False))

    def small(title: str, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        rows = list(rows)
        if not rows:
            console.print(Text(f"{title}: none yet", style="dim"))
            return
        table = Table(title=title, title_justify="left", header_style="bold")
        for index, header in enumerate(headers):
            numeric = all(isinstance(row[index], int) for row in rows)
            table.add_column(header, overflow="fold", justify="right" if numeric else "left")
        for row in rows:
            table.add_row(*(Text(_cell(v, 200)) for v in row))
        console.print(table)

    # Codes from a user's verb dictionary that fall under no PLOVER type are stored with no type.
    small("Events by type", ["Type", "Events"],
          ((kind or "(no PLOVER type)", n) for kind, n in s.events_by_type))
    small("Top dyads", ["Source", "Target", "Events"], s.top_dyads)
    small("Most mentioned actors", ["Name", "Code", "Articles", "Mentions"],
          ((a.name, a.code, a.articles, a.mentions) for a in s.top_actors))
    small("Some events, with their evidence", ["Date", "Event", "Who → whom", "Evidence"],
          ((e.date, f"{e.event} {e.cameo or ''}".strip(), f"{e.actors} → {e.recipients}", e.sentence)
           for e in s.sample_events))
    small("Some quotes", ["Published", "Speaker", "Quote"],
          ((q.published, q.speaker, q.text) for q in s.sample_quotes))


@cli.command()
@click.argument("article_id")
@db_option
@click.option("--html", "html_file", type=click.Path(dir_okay=False),
              help="write one self-contained HTML page here instead of printing to the terminal")
@raw_option
def show(article_id: str, db: str, html_file: str | None, raw: bool) -> None:
    """One stored article with its actors, events, quotes, times and places marked on the text."""
    from .render import article_view, html_page, terminal

    with _open(db, raw) as store:
        view = article_view(store, article_id)
    if html_file:
        try:
            Path(html_file).write_text(html_page(view), encoding="utf-8")
        except OSError as error:
            raise click.ClickException(f"cannot write {html_file}: {error.strerror or error}") from None
        click.echo(f"{html_file}: {len(view.events)} events, {len(view.marks)} marks", err=True)
        return
    _stdout().print(terminal(view))


LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="the address to listen on")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--allow-edits", is_flag=True, help="let the browser correct events (the server is read-only without)")
@raw_option
def serve(db: str, host: str, port: int, allow_edits: bool, raw: bool) -> None:
    """Browse the store in a web browser: articles, events, dyads, the actor network, quotes and a map."""
    import uvicorn

    from .store import open_store
    from .web import create_app

    if allow_edits and raw:
        raise click.UsageError("--raw shows the machine output; corrections need the corrected view: drop one")
    if host not in LOCAL_HOSTS:
        _stderr().print(f"warning: listening on {host}, not localhost: anyone who can reach this machine can read "
                        "the store" + (" and change it (--allow-edits)" if allow_edits else ""), markup=False)
    # Read-only unless edits are allowed: then other eventwire commands cannot open the file meanwhile.
    with open_store(db, read_only=not allow_edits, raw=raw) as store:
        app = create_app(store, allow_edits=allow_edits)
        click.echo(f"eventwire serve: http://{host}:{port}/ ({'edits allowed' if allow_edits else 'read-only'}); "
                   "Ctrl-C stops", err=True)
        uvicorn.run(app, host=host, port=port, log_level="warning")


@cli.command()
@click.argument("event")
@click.option("--article", help="the article id, when EVENT is only the event id (e3)")
@click.option("--type", "event_type", help="the right PLOVER type (ACCUSE)")
@click.option("--cameo", help="the right CAMEO code (112); sets the type, Goldstein and QuadClass too")
@click.option("--source", help="the right CAMEO code of the source actor (RUSGOV); '-' clears it")
@click.option("--target", help="the right CAMEO code of the target; '-' clears it")
@click.option("--wrong/--not-wrong", default=None, help="no such event (or take that back)")
@click.option("--user", help="who corrects [default: the OS user]")
@click.option("--why", help="the reason, for the audit trail")
@db_option
def correct(event: str, article: str | None, event_type: str | None, cameo: str | None, source: str | None,
            target: str | None, wrong: bool | None, user: str | None, why: str | None, db: str) -> None:
    """Correct EVENT (ARTICLE_ID/EVENT_ID): every query, view and export then shows the correction."""
    from .corrections import correct as record, parse_event_ref
    from .store import open_store

    article_id, event_id = parse_event_ref(event, article)
    with open_store(db) as store:
        made = record(store, article_id, event_id, type=event_type, cameo=cameo, source=source, target=target,
                      wrong=wrong, user=user, why=why)
    from .render import _change

    click.echo(f"correction {made.id}: {article_id}/{event_id} {_change(made)} by {made.made_by}", err=True)


@cli.group()
def corrections() -> None:
    """The analysts' corrections: export them, see an event's history, learn rules from them."""


@corrections.command("export")
@click.option("-o", "--output", default="-", show_default=True, help="the JSONL file, '-' for stdout")
@db_option
def corrections_export(output: str, db: str) -> None:
    """Every correction as a JSON line: the event's anchor, the change, who, when and why."""
    from .corrections import all_corrections, write_jsonl

    with _open(db) as store:
        rows = all_corrections(store)
    try:
        if output == "-":
            count = write_jsonl(rows, sys.stdout)
        else:
            with open(output, "w", encoding="utf-8") as out:
                count = write_jsonl(rows, out)
    except OSError as error:
        raise click.ClickException(f"cannot write {output}: {error.strerror or error}") from None
    click.echo(f"{'stdout' if output == '-' else output}: {count} corrections", err=True)


@corrections.command("history")
@click.argument("event")
@click.option("--article", help="the article id, when EVENT is only the event id")
@db_option
def corrections_history(event: str, article: str | None, db: str) -> None:
    """The corrections of one event (ARTICLE_ID/EVENT_ID), oldest first."""
    from .corrections import history, parse_event_ref
    from .render import _change

    article_id, event_id = parse_event_ref(event, article)
    with _open(db) as store:
        rows = history(store, article_id, event_id)
    if not rows:
        click.echo(f"{article_id}/{event_id}: no corrections")
    for row in rows:
        click.echo(f"{row.made_at.isoformat(timespec='seconds')}\t{row.made_by}\t{_change(row)}\t{row.why or ''}")


@corrections.command("suggest")
@click.option("--min", "min_count", default=2, show_default=True, type=click.IntRange(1),
              help="corrections that must agree before a rule is suggested")
@model_option
@db_option
def corrections_suggest(min_count: int, model: str, db: str) -> None:
    """Candidate verb_patterns.tsv rows from repeated corrections (same verb and object, same code)."""
    from .corrections import suggest
    from .nlp import load_nlp

    with _open(db) as store:
        found = suggest(store, load_nlp(model), min_count=min_count)
    if not found:
        click.echo(f"no verb and object corrected to the same code {min_count} times or more", err=True)
        return
    click.echo("# candidate rows for verb_patterns.tsv in your --knowledge-dir (verb prep object code target role note)")
    for rule in found:
        click.echo(rule.row())
        for fixed in rule.fixed:
            click.echo(f"#   fixes {fixed.article_id}/{fixed.event_id}: {fixed.machine_event} "
                       f"{fixed.machine_cameo or ''} -> {fixed.cameo} ({fixed.made_by}): {fixed.sentence_text}")
        click.echo(f"#   would change {rule.would_change} other stored event(s)")


def main(argv: Sequence[str] | None = None) -> None:
    """The `eventwire` entry point: runs a command and turns every error into one line and an exit code."""
    try:
        result = cli.main(args=list(argv) if argv is not None else None, prog_name="eventwire",
                          standalone_mode=False)
    except (click.exceptions.Abort, KeyboardInterrupt):  # click turns Ctrl-C into Abort
        click.echo("interrupted; an ingest keeps the articles it stored: rerun it to finish", err=True)
        sys.exit(130)
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
    except EventwireError as error:
        click.echo(f"error: {shown(error)}", err=True)
        sys.exit(2)
    except BrokenPipeError:
        _reader_left()
    except SystemExit:
        raise
    except Exception as error:  # a bug: one line for the user, the traceback on request
        if os.environ.get("EVENTWIRE_DEBUG"):
            raise
        click.echo(f"error: internal error: {type(error).__name__}: {shown(error)} "
                   "(a bug; rerun with EVENTWIRE_DEBUG=1 for the traceback and report it)", err=True)
        sys.exit(3)
    if isinstance(result, int) and result:
        sys.exit(result)

