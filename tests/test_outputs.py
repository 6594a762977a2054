"""Output paths: an output never clobbers an input, the store or its WAL, is written atomically, and every
way it can fail to be written is one clear line and exit 2 (extract, export and ingest alike)."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from eventwire.errors import OutputError
from eventwire.outputs import atomic_output, check_output
from eventwire.store import open_store
from tests.test_cli import jsonl, line, parse_only, run  # noqa: F401  (parse_only: the autouse fixture)
from tests.test_store import build


@pytest.fixture()
def store_file(tmp_path: Path) -> Path:
    path = tmp_path / "s.duckdb"
    with open_store(path) as store:
        store.ingest([build()])
    return path


def _one_error(code: int, err: str, *words: str) -> None:
    assert code == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    for word in words:
        assert word in lines[0], err


# -- extract ------------------------------------------------------------------------------------------------------

def test_extract_refuses_to_write_over_its_input(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = jsonl(tmp_path / "x.jsonl", line("a", "The minister spoke."))
    before = source.read_bytes()
    code, _, err = run(capsys, "extract", str(source), "-o", str(source))
    _one_error(code, err, "is also an input")
    assert source.read_bytes() == before
    # The same file by another name (a symlink) is the same file.
    alias = tmp_path / "alias.jsonl"
    alias.symlink_to(source)
    code, _, err = run(capsys, "extract", str(alias), "-o", str(source))
    _one_error(code, err, "is also an input")
    assert source.read_bytes() == before


def test_extract_refuses_an_output_inside_an_input_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    jsonl(folder / "a.jsonl", line("a", "The minister spoke."))
    code, _, err = run(capsys, "extract", str(folder), "-o", str(folder / "out.jsonl"))
    _one_error(code, err, "inside the input folder")
    assert not (folder / "out.jsonl").exists()


def test_extract_refuses_the_store_and_its_wal(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                              store_file: Path) -> None:
    source = jsonl(tmp_path / "x.jsonl", line("a", "The minister spoke."))
    before = store_file.read_bytes()
    code, _, err = run(capsys, "extract", str(source), "-o", str(store_file))
    _one_error(code, err, "not an earlier extract output", "--force")
    assert store_file.read_bytes() == before
    wal = Path(f"{store_file}.wal")
    wal.write_bytes(b"\x00\x01 not text")
    code, _, err = run(capsys, "extract", str(source), "-o", str(wal))
    _one_error(code, err, "WAL")
    assert wal.read_bytes() == b"\x00\x01 not text"


def test_extract_overwrites_an_earlier_output_but_not_another_file(capsys: pytest.CaptureFixture[str],
                                                                   tmp_path: Path) -> None:
    source = jsonl(tmp_path / "x.jsonl", line("a", "The minister spoke."))
    out = tmp_path / "out.jsonl"
    assert run(capsys, "extract", str(source), "-o", str(out))[0] == 0
    assert run(capsys, "extract", str(source), "-o", str(out))[0] == 0  # an earlier output: replaced
    assert [json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()] == ["a"]
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes\n", encoding="utf-8")
    code, _, err = run(capsys, "extract", str(source), "-o", str(notes))
    _one_error(code, err, "not an earlier extract output", "--force")
    assert notes.read_text(encoding="utf-8") == "my notes\n"
    assert run(capsys, "extract", str(source), "-o", str(notes), "--force")[0] == 0
    assert json.loads(notes.read_text(encoding="utf-8"))["id"] == "a"


def test_a_failed_extract_leaves_the_old_output_as_it_was(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from eventwire import cli

    source = jsonl(tmp_path / "x.jsonl", *(line(f"a{n}", "The minister spoke.") for n in range(3)))
    out = tmp_path / "out.jsonl"
    assert run(capsys, "extract", str(source), "-o", str(out))[0] == 0
    before = out.read_bytes()

    class Broken:
        def pipe(self, items):  # type: ignore[no-untyped-def]
            for number, item in enumerate(items):
                if number == 1:
                    raise RuntimeError("boom")
                yield item

    monkeypatch.setattr(cli, "make_pipeline", lambda settings: Broken())
    code, _, err = run(capsys, "extract", str(source), "-o", str(out))
    assert code == 3 and "boom" in err
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl", "x.jsonl"]  # no partial file left


def test_extract_to_a_missing_folder_creates_it(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = jsonl(tmp_path / "x.jsonl", line("a", "The minister spoke."))
    out = tmp_path / "new" / "deeper" / "out.jsonl"
    assert run(capsys, "extract", str(source), "-o", str(out))[0] == 0 and out.exists()


def unwritable(tmp_path: Path, where: str) -> tuple[Path, str]:
    """An input file, and `where` made into an output path that cannot be written. As root a chmod'ed
    folder stays writable: /proc refuses new files, /dev/full every write, a file where a folder is
    expected (FILE/...) cannot hold one, and a folder that is not there (MISSING/...) is not created."""
    if where.startswith("/") and not Path("/" + where.split("/")[1]).exists():
        pytest.skip(f"{where} does not exist on this system")
    source = jsonl(tmp_path / "x.jsonl", line("a", "The minister spoke."))
    (tmp_path / "FILE").write_text("a file\n", encoding="utf-8")
    return source, where.replace("FILE", str(tmp_path / "FILE")).replace("MISSING", str(tmp_path / "missing"))


@pytest.mark.parametrize("where", ["/dev/full", "/proc/eventwire-output.jsonl", "FILE/out.jsonl"])
def test_extract_to_an_unwritable_place_is_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                  where: str) -> None:
    source, target = unwritable(tmp_path, where)
    code, _, err = run(capsys, "extract", str(source), "-o", target)
    _one_error(code, err, "cannot write")


# -- export -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["jsonl", "gdelt", "plover", "parquet"])
def test_export_refuses_the_store_and_its_wal(capsys: pytest.CaptureFixture[str], store_file: Path, fmt: str) -> None:
    before = store_file.read_bytes()
    code, _, err = run(capsys, "export", "--format", fmt, "-o", str(store_file), "--db", str(store_file))
    _one_error(code, err, "the store")
    assert store_file.read_bytes() == before
    with open_store(store_file, read_only=True) as store:
        assert store.count("articles") == 1
    code, _, err = run(capsys, "export", "--format", fmt, "-o", f"{store_file}.wal", "--db", str(store_file))
    _one_error(code, err, "WAL")
    assert not Path(f"{store_file}.wal").exists()


def test_export_overwrites_only_its_own_kind(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                             store_file: Path) -> None:
    out = tmp_path / "events.tsv"
    assert run(capsys, "export", "--format", "gdelt", "-o", str(out), "--db", str(store_file))[0] == 0
    assert run(capsys, "export", "--format", "gdelt", "-o", str(out), "--db", str(store_file))[0] == 0
    code, _, err = run(capsys, "export", "--format", "jsonl", "-o", str(out), "--db", str(store_file))
    _one_error(code, err, "not an earlier jsonl export", "--force")
    assert run(capsys, "export", "--format", "jsonl", "-o", str(out), "--db", str(store_file), "--force")[0] == 0


@pytest.mark.parametrize("where", ["/dev/full", "/proc/eventwire-output.tsv", "FILE/out.tsv"])
def test_export_to_an_unwritable_place_is_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                 store_file: Path, where: str) -> None:
    if where.startswith("/") and not Path("/" + where.split("/")[1]).exists():
        pytest.skip(f"{where} does not exist on this system")
    (tmp_path / "FILE").write_text("a file\n", encoding="utf-8")
    target = where.replace("FILE", str(tmp_path / "FILE"))
    code, _, err = run(capsys, "export", "--format", "gdelt", "-o", target, "--db", str(store_file))
    _one_error(code, err, "cannot write")


# -- ingest: its output is the store ----------------------------------------------------------------------------

def test_ingest_refuses_a_store_that_is_an_input_or_a_wal(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                           store_file: Path) -> None:
    source = jsonl(tmp_path / "x.jsonl", line("a", "The minister spoke."))
    before = source.read_bytes()
    code, _, err = run(capsys, "ingest", str(source), "--db", str(source))
    _one_error(code, err)
    assert source.read_bytes() == before
    code, _, err = run(capsys, "ingest", str(source), "--db", f"{store_file}.wal")
    _one_error(code, err, "WAL")
    assert not Path(f"{store_file}.wal").exists()


@pytest.mark.parametrize("where", ["/dev/full", "/proc/eventwire-store.duckdb", "FILE/s.duckdb", "MISSING/s.duckdb"])
def test_ingest_into_an_unwritable_place_is_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                   where: str) -> None:
    source, target = unwritable(tmp_path, where)
    code, _, err = run(capsys, "ingest", str(source), "--db", target)
    _one_error(code, err)


# -- the library --------------------------------------------------------------------------------------------------

def test_atomic_output_replaces_only_at_the_end(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text('{"id": "old"}\n', encoding="utf-8")
    with pytest.raises(RuntimeError):
        with atomic_output(target, "extract") as out:
            out.write('{"id": "new"}\n')
            assert target.read_text(encoding="utf-8") == '{"id": "old"}\n'
            raise RuntimeError("stop")
    assert target.read_text(encoding="utf-8") == '{"id": "old"}\n' and os.listdir(tmp_path) == ["out.jsonl"]
    with atomic_output(target, "extract") as out:
        out.write('{"id": "new"}\n')
    assert target.read_text(encoding="utf-8") == '{"id": "new"}\n' and os.listdir(tmp_path) == ["out.jsonl"]


def test_check_output_names_the_clash(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text("{}\n", encoding="utf-8")
    with pytest.raises(OutputError, match="is also an input"):
        check_output(tmp_path / "." / "in.jsonl", "extract", inputs=[str(source)])
    with pytest.raises(OutputError, match="the store"):
        check_output(tmp_path / "s.duckdb", "extract", store=tmp_path / "s.duckdb")
    check_output(tmp_path / "new.jsonl", "extract", inputs=[str(source), "-"])  # a new file is fine


def test_extract_to_stdout_that_closed_early_is_quiet(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    class Closed:
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

        def flush(self) -> None:
            raise BrokenPipeError(32, "Broken pipe")

        def fileno(self) -> int:
            return os.open(os.devnull, os.O_WRONLY)

    source = jsonl(tmp_path / "x.jsonl", line("a", "The minister spoke."))
    monkeypatch.setattr("sys.stdout", Closed())
    code, _, err = run(capsys, "extract", str(source))
    assert code == 1 and "error" not in err
