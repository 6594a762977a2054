"""The command line: a thin adapter over the library. Errors become messages and exit codes.

Exit codes: 0 all went well; 1 some records failed (each reported as `error: <record>: <reason>` on stderr,
the rest was processed); 2 nothing could be done (bad option, store cannot be opened, unknown model);
3 an internal error (a bug: set EVENTWIRE_DEBUG=1 for the traceback); 130 interrupted.
"""
from __future__ import annotations

import csv
import dataclasses
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
    from .store import Store, Summary

DEFAULT_DB = "eventwire.duckdb"
TABLE_LIMIT = 50  # rows a table shows unless --limit says otherwise; CSV and JSON give everything
NUMBERS = frozenset({"articles", "mentions", "events", "goldstein"})  # right-aligned in tables
FORMATS = click.Choice(["table", "csv", "json"], case_sensitive=False)


def _settings(model: str, batch_size: int, knowledge_dir: Path | None = None, **limits: Any) -> Settings:
    return Settings(model=model, batch_size=batch_size, knowledge_dir=knowledge_dir, **limits)


def make_pipeline(settings: Settings) -> "Pipeline":
    """The one place the CLI builds a pipeline (tests swap in a shared one to load spaCy once)."""
    from .pipeline import Pipeline

    return Pipeline(settings)


def _processed(items: Iterable[Article | Failure], settings: Settings,
               workers: int) -> Iterator[Article | Failure]:
    """The items through the pipeline: in this process, or in `workers` processes (results in input order)."""
    if workers <= 1:
        return make_pipeline(settings).pipe(items)
    from .parallel import default_start_method, pipe_parallel

    # With fork the workers inherit the pipeline loaded here (one load, shared tables); else each loads its own.
    shared = make_pipeline(settings) if default_start_method() == "fork" else None
    return pipe_parallel(items, settings, workers, pipeline=shared)


def _stderr() -> "Console":
    from rich.console import Console

    # soft_wrap: an error line stays one line, whatever the terminal width.
    return Console(stderr=True, highlight=False, soft_wrap=True)


def _stdout() -> "Console":
    from rich.console import Console

    return Console(highlight=False)


db_option = click.option(
    "--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False), help="the DuckDB store file"
)
model_option = click.option("--model", default=DEFAULT_MODEL, show_default=True, help="spaCy pipeline name or path")
batch_option = click.option("--batch-size", default=64, show_default=True, type=click.IntRange(1),
                            help="paragraphs per spaCy batch")
format_option = click.option("--format", "fmt", default="table", show_default=True, type=FORMATS,
                             help="a table for reading, CSV or JSON for other tools")
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
@force_option
@limits_options
def extract(inputs: tuple[str, ...], output: str, model: str, batch_size: int, knowledge_dir: Path | None,
            workers: int, engine: str, scheduler: str | None, force: bool = False, max_chars: int = 1_000_000,
            split: bool = False, time_limit: float = 600.0) -> None:
    """Extract actors, events, quotes, times and places from INPUTS (JSONL, .txt, .html, folders, '-')."""
    from .formats.contract import dumps
    from .formats.readers import read_sources

    limits = {"max_chars": max_chars, "split": split, "time_limit": time_limit}
    if engine == "dask":
        _extract_dask(inputs, output, _settings(model, batch_size, knowledge_dir, **limits), workers, scheduler)
        return
    if scheduler:
        raise click.UsageError("--scheduler needs --engine dask")
    from .outputs import atomic_output, check_output

    if output != "-":  # before anything is read or written: never clobber an input or another file
        check_output(output, "extract", inputs=inputs, force=force)
    items = _processed(read_sources(inputs), _settings(model, batch_size, knowledge_dir, **limits), workers)
    failed = 0
    try:
        with nullcontext(sys.stdout) if output == "-" else atomic_output(output, "extract") as out:
            for item in items:
                if isinstance(item, Failure):
                    failed += 1
                    click.echo(f"error: {shown(item.id)}: {shown(item.reason)}", err=True)
                out.write(dumps(item) + "\n")
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
@limits_options
def ingest(inputs: tuple[str, ...], db: str, model: str, batch_size: int, knowledge_dir: Path | None, refresh: bool,
           workers: int, max_chars: int = 1_000_000, split: bool = False, time_limit: float = 600.0) -> None:
    """Extract INPUTS (JSONL, .txt, .html, folders, '-') into the store. Re-ingesting changes nothing.

    Parquet shards of `extract --engine dask` (a folder of .parquet files) are stored as extracted."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from .formats.readers import count_records, read_sources
    from .store import open_store

    console = _stderr()
    printed: set[tuple[str, str]] = set()
    from .formats.shards import iter_shard_sources, read_shards

    from .outputs import check_store_path

    check_store_path(db)
    shards, sources = iter_shard_sources(inputs)
    with open_store(db) as store:  # before the model loads: a bad --db fails at once
        extracted: Iterable[Article | Failure] = (item for shard in shards for item in read_shards(shard))
        if sources:  # the model loads only when there is text to extract
            settings = _settings(model, batch_size, knowledge_dir, max_chars=max_chars, split=split,
                                 time_limit=time_limit)
            extracted = chain(extracted, _processed(read_sources(sources), settings, workers))
        total = None if shards else count_records(sources)
        columns = (SpinnerColumn(), TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
        # A bar only on a terminal: in logs and pipes it would be noise.
        with Progress(*columns, console=console, disable=not console.is_terminal) as progress:
            task = progress.add_task("ingest", total=total)

            def reported(items: Iterable[Article | Failure]) -> Iterator[Article | Failure]:
                for item in items:
                    if isinstance(item, Failure):
                        printed.add((item.id, item.reason))
                        _error(console, item.id, item.reason)
                    yield item
                    progress.advance(task)

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
@click.option("--actor", help="a name or CAMEO code (prefix) of an actor: 'Putin', 'RUS', 'PRKGOV'")
@click.option("--recipient", help="a name or CAMEO code (prefix) of a recipient")
@click.option("--type", "event_type", help="a PLOVER type (CONSULT) or a CAMEO code prefix (04)")
@click.option("--since", help="events from this date on: YYYY-MM-DD, YYYY-MM or YYYY")
@click.option("--until", help="events up to this date: YYYY-MM-DD, YYYY-MM or YYYY")
@click.option("--near", help="events placed near a place of the store ('Vladivostok') or LAT,LON")
@click.option("--km", default=50.0, show_default=True, type=click.FloatRange(0), help="the radius of --near")
@click.option("--by", type=click.Choice(["day", "week", "month", "year"]),
              help="count the events per period and type instead of listing them")
@click.option("--grouped", is_flag=True,
              help="one row per event however many articles reported it, with mention/source/article counts")
@limit_option
@format_option
@db_option
def events(actor: str | None, recipient: str | None, event_type: str | None, since: str | None,
           until: str | None, near: str | None, km: float, by: str | None, grouped: bool, limit: int | None,
           fmt: str, db: str) -> None:
    """Events in the store, oldest first, with their evidence sentence (or counted, with --by)."""
    effective = _limit(limit, fmt)
    _not_blank(actor=actor, recipient=recipient, type=event_type, since=since, until=until, near=near)
    if km != km or km == float("inf"):  # nan passes FloatRange(0) and would mean "no limit"
        raise click.BadParameter(f"{km} is not a distance in km", param_hint="'--km'")
    if by and grouped:
        raise click.UsageError("--by counts event reports; it cannot be combined with --grouped")
    with _open(db) as store:
        if grouped:
            groups = store.event_groups(actor=actor, recipient=recipient, type=event_type, since=since,
                                        until=until, near=near, km=km,
                                        limit=None if effective is None else effective + 1)
        elif by:
            counts = store.timeline(actor=actor, recipient=recipient, type=event_type, since=since, until=until,
                                    near=near, km=km, by=by)
        else:
            rows = store.events(actor=actor, recipient=recipient, type=event_type, since=since, until=until,
                                near=near, km=km, limit=None if effective is None else effective + 1)
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
    columns = [("date", "Date", 0), ("event", "Event", 0), ("actors", "Actor", 1), ("recipients", "Target", 1),
               ("sentence", "Evidence", 4)]
    _render(rows, fmt, effective, columns, "events")


@cli.command()
@click.option("--speaker", help="part of any name of the speaker, case-insensitive: 'Kim', 'the president'")
@click.option("--text", help="words the quote must contain, each at the start of a word, any case: 'sanctions'")
@click.option("--resolved", is_flag=True, help="only quotes whose speaker is a known actor (no bare 'he', no 'a report')")
@limit_option
@format_option
@db_option
def quotes(speaker: str | None, text: str | None, resolved: bool, limit: int | None, fmt: str, db: str) -> None:
    """Quotes in the store, with their speakers and the events reported inside them."""
    effective = _limit(limit, fmt)
    _not_blank(speaker=speaker, text=text)
    with _open(db) as store:
        rows = store.quotes(speaker=speaker, text=text, limit=None if effective is None else effective + 1,
                            resolved=resolved)
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
@click.option("--format", "fmt", required=True, type=click.Choice(["gdelt", "plover", "parquet", "jsonl"]),
              help="gdelt: GDELT 2.0 event TSV; plover: PLOVER JSON lines; parquet: a folder of tables; "
                   "jsonl: the extract records")
@click.option("-o", "--output", default="-", show_default=True,
              help="output file ('-' for stdout); for parquet, a folder")
@click.option("--all", "include_all", is_flag=True, help="gdelt: keep negated and hypothetical events too")
@click.option("--header", is_flag=True, help="gdelt: write a header line (GDELT's own files have none)")
@db_option
@force_option
def export(fmt: str, output: str, include_all: bool, header: bool, db: str, force: bool = False) -> None:
    """Export the store: GDELT TSV, PLOVER JSON, Parquet tables or the contract JSONL."""
    from .formats.exports import export as write
    from .outputs import check_output

    if fmt == "parquet" and output == "-":
        raise click.UsageError("parquet writes one file per table: give a folder with -o FOLDER")
    if output != "-":  # before the store is opened: never write over it, its WAL or another file
        check_output(output, "gdelt" if fmt == "parquet" else fmt, store=db, force=force or fmt == "parquet")
    with _open(db) as store:
        report = write(store, fmt, sys.stdout if output == "-" else output, include_all=include_all,
                       header=header)
    counts = ", ".join(f"{n} {what}" for what, n in report.rows)
    click.echo(f"{'stdout' if output == '-' else output}: {counts}", err=True)


@cli.command()
@db_option
@click.option("--top", default=5, show_default=True, type=click.IntRange(1), help="rows per section")
def summary(db: str, top: int) -> None:
    """A readable overview of the store: counts, event types, dyads, actors, sample events and quotes."""
    with _open(db) as store:
        result = store.summary(top=top)
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


def _open(db: str) -> "Store":
    from .store import open_store

    return open_store(db, read_only=True)


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


Columns = list[tuple[str, str, int]]  # (field, title, ratio of the spare width; 0: as wide as its content)


def _render(rows: Sequence[Any], fmt: str, limit: int | None, columns: Columns, what: str) -> None:
    more = limit is not None and len(rows) > limit
    rows = rows[:limit] if limit is not None else rows
    records = [{k: _plain(v) for k, v in dataclasses.asdict(row).items()} for row in rows]
    stdout = sys.stdout  # looked up now, not at import: tests and embedding callers redirect it
    if fmt == "json":
        stdout.write(json.dumps(records, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    elif fmt == "csv":
        names = [f.name for f in dataclasses.fields(rows[0])] if rows else [key for key, _, _ in columns]
        writer = csv.DictWriter(stdout, fieldnames=names, lineterminator="\n")
        writer.writeheader()
        # A list cell (a quote's event ids) reads as "e1; e2", as names are joined elsewhere, not as a repr.
        writer.writerows({k: "; ".join(map(str, v)) if isinstance(v, (list, tuple)) else v for k, v in r.items()}
                         for r in records)
    else:
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

    small("Events by type", ["Type", "Events"], s.events_by_type)
    small("Top dyads", ["Source", "Target", "Events"], s.top_dyads)
    small("Most mentioned actors", ["Name", "Code", "Articles", "Mentions"],
          ((a.name, a.code, a.articles, a.mentions) for a in s.top_actors))
    small("Some events, with their evidence", ["Date", "Event", "Who → whom", "Evidence"],
          ((e.date, f"{e.event} {e.cameo or ''}".strip(), f"{e.actors} → {e.recipients}", e.sentence)
           for e in s.sample_events))
    small("Some quotes", ["Published", "Speaker", "Quote"],
          ((q.published, q.speaker, q.text) for q in s.sample_quotes))


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
        # `eventwire events | head`: the reader left; say nothing, and keep Python from complaining at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)
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

