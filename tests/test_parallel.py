"""Multi-process extraction: same results as one process, in input order, failures in place, clean shutdown."""
from __future__ import annotations

import json
import multiprocessing
import os
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Iterable, Iterator

import pytest

from eventwire import Pipeline, cli
from eventwire.errors import EventwireError, SettingsError
from eventwire.formats.contract import dumps
from eventwire.parallel import pipe_parallel, portable
from eventwire.pipeline import make_article
from eventwire.records import Article, Failure
from eventwire.settings import Settings
from eventwire.store import open_store

TEXTS = (
    "The foreign minister met his Japanese counterpart in Tokyo on Monday.",
    '"We will not back down," the president said on Friday.',
    "Protesters gathered outside parliament in Nairobi to denounce the new tax.",
    "The army shelled positions near the border, officials said.",
    "Germany pledged new aid to Ukraine after talks in Berlin.",
    "Police arrested two opposition leaders in Caracas on Sunday.",
    "The two governments signed a trade agreement in Hanoi.",
)


def articles() -> list[Article | Failure]:
    items: list[Article | Failure] = [make_article(f"t{n}", text, "2024-03-0{}".format(n % 9 + 1))
                                      for n, text in enumerate(TEXTS)]
    items.insert(3, Failure("bad:4", "not valid JSON"))  # a reader's failure keeps its place
    return items


def workers_alive() -> list[Any]:
    return [p for p in multiprocessing.active_children() if p.name.startswith("eventwire-worker")]


def test_results_equal_one_process_in_input_order(pipeline: Pipeline) -> None:
    expected = [dumps(item) for item in pipeline.pipe(articles())]
    # One article per chunk and a small window: chunks finish out of order and must be put back in order.
    got = [dumps(item) for item in pipe_parallel(articles(), pipeline.settings, workers=2, chunk_articles=1,
                                                 window=3, start_method="fork", pipeline=pipeline)]
    assert got == expected
    assert json.loads(got[3]) == {"id": "bad:4", "error": "not valid JSON", "actors": [], "events": [],
                                  "quotes": [], "times": [], "places": []}
    assert not workers_alive()


def test_results_carry_no_parse(pipeline: Pipeline) -> None:
    results = list(pipe_parallel(articles()[:2], workers=1, start_method="fork", pipeline=pipeline))
    assert all(isinstance(r, Article) and r.paragraphs == () for r in results)
    parsed = next(iter(pipeline.pipe(articles()[:1])))
    assert isinstance(parsed, Article) and parsed.paragraphs
    assert portable(parsed).paragraphs == () and dumps(portable(parsed)) == dumps(parsed)


def test_input_is_read_lazily_and_early_close_stops_the_workers(pipeline: Pipeline) -> None:
    pulled: list[int] = []

    def endless() -> Iterator[Article]:
        for n in range(10_000):
            pulled.append(n)
            yield make_article(f"n{n}", TEXTS[n % len(TEXTS)])

    stream = pipe_parallel(endless(), workers=2, chunk_articles=2, window=2, start_method="fork", pipeline=pipeline)
    first = [next(stream) for _ in range(3)]
    assert [a.id for a in first] == ["n0", "n1", "n2"]
    # At most window + 1 chunks were read: the stream is not slurped (memory stays flat).
    assert len(pulled) <= 2 * 4
    stream.close()
    assert not workers_alive()


def test_a_worker_that_cannot_load_its_pipeline_is_a_settings_error() -> None:
    stream = pipe_parallel(articles(), Settings(model="no_such_spacy_model_xyz"), workers=1, start_method="spawn")
    with pytest.raises(SettingsError, match="no_such_spacy_model_xyz"):
        list(stream)
    assert not workers_alive()


def _die(items: Iterable[Any], batch_articles: int = 32) -> Iterator[Any]:
    os._exit(7)  # what the kernel's OOM killer leaves behind: no exception, no result
    yield from ()


def test_a_worker_that_dies_is_reported_not_waited_for() -> None:
    dying = SimpleNamespace(knowledge=SimpleNamespace(load_all=lambda: None), pipe=_die)
    with pytest.raises(EventwireError, match="exit code 7"):
        list(pipe_parallel(articles(), workers=2, start_method="fork", pipeline=dying))
    assert not workers_alive()


@pytest.mark.parametrize("options", [{"workers": 0}, {"chunk_articles": 0}, {"start_method": "threads"}])
def test_bad_options_are_settings_errors(options: dict[str, Any]) -> None:
    with pytest.raises(SettingsError):
        list(pipe_parallel(articles(), **options))


# -- the command line ---------------------------------------------------------------------------------------

@pytest.fixture()
def shared(monkeypatch: pytest.MonkeyPatch, pipeline: Pipeline) -> Pipeline:
    monkeypatch.setattr(cli, "make_pipeline", lambda settings: pipeline)
    return pipeline


def run(*args: str) -> int:
    try:
        cli.main(list(args))
    except SystemExit as exit:
        return exit.code if isinstance(exit.code, int) else 1
    return 0


def write_input(path: Path) -> Path:
    lines = [json.dumps({"id": f"t{n}", "text": text}) for n, text in enumerate(TEXTS)]
    lines.insert(2, "{not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_cli_extract_with_workers_writes_what_one_process_writes(shared: Pipeline, tmp_path: Path) -> None:
    source = write_input(tmp_path / "in.jsonl")
    assert run("extract", str(source), "-o", str(tmp_path / "one.jsonl")) == 1  # the bad line fails alone
    assert run("extract", str(source), "-o", str(tmp_path / "two.jsonl"), "--workers", "2") == 1
    one = (tmp_path / "one.jsonl").read_text(encoding="utf-8")
    assert one == (tmp_path / "two.jsonl").read_text(encoding="utf-8")
    assert len(one.splitlines()) == len(TEXTS) + 1


def test_cli_ingest_with_workers_stores_every_article(shared: Pipeline, tmp_path: Path) -> None:
    source = write_input(tmp_path / "in.jsonl")
    db = str(tmp_path / "store.duckdb")
    assert run("ingest", str(source), "--db", db, "--workers", "2") == 1
    with open_store(db, read_only=True) as store:
        assert store.count("articles") == len(TEXTS)
        assert store.record("t1") == json.loads(dumps(next(iter(shared.pipe([make_article("t1", TEXTS[1])])))))
    assert run("ingest", str(source), "--db", db, "--workers", "2") == 1  # rerun: unchanged, the bad line again
    with open_store(db, read_only=True) as store:
        assert store.count("articles") == len(TEXTS)


def test_a_text_the_parser_cannot_take_fails_alone_in_a_worker(pipeline: Pipeline) -> None:
    items: list[Article | Failure] = [make_article(f"t{n}", text) for n, text in enumerate(TEXTS[:3])]
    items.insert(1, Article("bad", "Bad \udc00 text."))  # built directly: the readers would refuse it
    results = list(pipe_parallel(items, workers=2, chunk_articles=4, start_method="fork", pipeline=pipeline))
    assert [r.id for r in results] == ["t0", "bad", "t1", "t2"]
    assert [type(r).__name__ for r in results] == ["Article", "Failure", "Article", "Article"]
