"""The command line: a thin adapter over the library. Errors become messages and exit codes."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .errors import EventwireError
from .records import Failure
from .settings import DEFAULT_MODEL, Settings


def _settings(model: str, batch_size: int) -> Settings:
    return Settings(model=model, batch_size=batch_size)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="eventwire")
def cli() -> None:
    """eventwire: who did what to whom, when and where, and who said what, from news text."""


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", default="-", show_default=True, help="output JSONL file, '-' for stdout")
@click.option("--model", default=DEFAULT_MODEL, show_default=True, help="spaCy pipeline name or path")
@click.option("--batch-size", default=64, show_default=True, help="paragraphs per spaCy batch")
def extract(inputs: tuple[str, ...], output: str, model: str, batch_size: int) -> None:
    """Extract actors, events, quotes, times and places from INPUTS (JSONL, .txt, .html, folders, '-')."""
    from .formats.contract import dumps
    from .formats.readers import read_sources
    from .pipeline import Pipeline

    pipeline = Pipeline(_settings(model, batch_size))
    failed = 0
    out = sys.stdout if output == "-" else None
    try:
        if out is None:
            Path(output).parent.mkdir(parents=True, exist_ok=True)
            out = open(output, "w", encoding="utf-8")
        for item in pipeline.pipe(read_sources(inputs)):
            if isinstance(item, Failure):
                failed += 1
                click.echo(f"error: {item.id}: {item.reason}", err=True)
            out.write(dumps(item) + "\n")
    except OSError as error:
        raise click.ClickException(f"cannot write {output}: {error.strerror or error}") from None
    finally:
        if out is not None and out is not sys.stdout:
            out.close()
    if failed:
        click.echo(f"{failed} record(s) failed; their output lines carry an 'error' field", err=True)
        sys.exit(1)


def main() -> None:
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
    except EventwireError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(2)
    except SystemExit:
        raise
