"""The Dask engine: planning, and a run on a local cluster of two workers through the command line, then
`ingest` of the shards (the shard format itself: tests/formats/test_shards.py)."""
from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from eventwire import Pipeline, cli
from eventwire.distributed import plan
from eventwire.formats.contract import dumps
from eventwire.formats.shards import read_shards
from eventwire.records import Failure
from eventwire.store import open_store

TEXTS = (
    "The foreign minister met his Japanese counterpart in Tokyo on Monday.",
    '"We will not back down," the president said on Friday, according to the state news agency.',
    "Protesters gathered outside parliament in Nairobi to denounce the new tax.",
    "Germany pledged new aid to Ukraine after talks in Berlin on 3 May 2024.",
    "Police arrested two opposition leaders in Caracas on Sunday.",
)


def jsonl(path: Path, first: int, count: int) -> Path:
    rows = [json.dumps({"id": f"j{n}", "text": TEXTS[n % len(TEXTS)], "published": "2024-05-06",
                        "title": f"Story {n}"}) for n in range(first, first + count)]
    path.write_text("\n\n".join(rows) + "\n", encoding="utf-8")  # blank lines are no records
    return path


def corpus(folder: Path) -> Path:
    folder.mkdir()
    jsonl(folder / "a.jsonl", 0, 5)
    jsonl(folder / "b.jsonl", 5, 2)
    (folder / "c.txt").write_text(TEXTS[2], encoding="utf-8")
    (folder / "d.txt").write_text("   \n", encoding="utf-8")  # empty: fails, with its name
    return folder


def test_plan_cuts_jsonl_into_line_ranges_and_groups_documents(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "in")
    tasks, failures = plan([str(folder), str(tmp_path / "missing.jsonl")], articles_per_task=2)
    a, b = str(folder / "a.jsonl"), str(folder / "b.jsonl")
    # Records are on every other line (blank lines between); a task starts at its first record's byte.
    assert [(t.shard, t.paths, t.line, t.count) for t in tasks] == [
        (0, (a,), 1, 2), (1, (a,), 5, 2), (2, (a,), 9, 1), (3, (b,), 1, 2),
        (4, (str(folder / "c.txt"), str(folder / "d.txt")), 1, None)]
    starts = [Path(t.paths[0]).read_bytes()[t.offset:][:10] for t in tasks[:4]]
    assert starts == [b'{"id": "j0', b'{"id": "j2', b'{"id": "j4', b'{"id": "j5']
    assert failures == [Failure(str(tmp_path / "missing.jsonl"), "no such file or folder")]


# -- a real local cluster: 2 worker processes, one run for the module -----------------------------------------

def run(*args: str) -> int:
    try:
        cli.main(list(args))
    except SystemExit as exit:
        return exit.code if isinstance(exit.code, int) else 1
    return 0


@pytest.fixture(scope="module")
def dask_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, int]:
    base = tmp_path_factory.mktemp("dask")
    folder = corpus(base / "in")
    shards = base / "shards"
    code = run("extract", str(folder), "--engine", "dask", "--workers", "2", "-o", str(shards))
    return folder, shards, code


def test_dask_engine_writes_every_record_in_input_order(dask_run: tuple[Path, Path, int], pipeline: Pipeline) -> None:
    from eventwire.formats.readers import read_sources

    folder, shards, code = dask_run
    assert code == 1  # d.txt is empty: reported, the rest extracted
    files = sorted(p.name for p in shards.iterdir())
    # 9 records for 2 workers: tasks of 2 records (about 4 per worker), and a task never spans JSONL files.
    assert files == [f"part-{n:05d}.parquet" for n in range(5)]
    expected = [dumps(item) for item in pipeline.pipe(read_sources([str(folder)]))]
    assert [dumps(item) for item in read_shards(shards)] == expected
    assert duckdb.execute(f"SELECT count(*) FROM '{shards}/*.parquet' WHERE error IS NULL").fetchone() == (8,)


def test_ingest_reads_the_shards_without_extracting_again(dask_run: tuple[Path, Path, int], tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    _, shards, _ = dask_run

    def no_model(settings: object) -> Pipeline:
        raise AssertionError("ingesting shards must not load the model")

    monkeypatch.setattr(cli, "make_pipeline", no_model)
    db = str(tmp_path / "store.duckdb")
    assert run("ingest", str(shards), "--db", db) == 1  # the empty document's failure is reported again
    with open_store(db, read_only=True) as store:
        assert store.count("articles") == 8  # j0..j6 and c
        record = store.record("j3")
        assert record is not None and record == json.loads(duckdb.execute(
            f"SELECT record FROM '{shards}/*.parquet' WHERE id = 'j3'").fetchone()[0])


def test_a_task_reads_only_its_slice_and_names_bad_lines_by_their_line(tmp_path: Path) -> None:
    from eventwire.distributed import _task_items

    path = tmp_path / "in.jsonl"
    rows = [json.dumps({"id": f"r{n}", "text": TEXTS[n]}) for n in range(4)]
    path.write_text("\n".join([rows[0], rows[1], rows[2], "{broken", rows[3]]) + "\n", encoding="utf-8")
    tasks, _ = plan([str(path)], articles_per_task=2)
    assert [[getattr(i, "id") for i in _task_items(t)] for t in tasks] == [["r0", "r1"], ["r2", f"{path}:4"], ["r3"]]
