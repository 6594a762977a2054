"""Crashes: kill -9 of an ingest loses no committed work, leaves no orphan worker, and a rerun finishes.

Each test runs the real `eventwire ingest` in a child process, with the stages replaced by one that can be
made slow (so the kill lands mid-run) and the knowledge tables left unloaded (start-up in seconds)."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventwire.store import open_store

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses /proc and kill -9")

SCRIPT = '''
import os, sys, time
from pathlib import Path
from eventwire import Pipeline, cli, parallel
from eventwire.pipeline import Stage

parallel.warm = lambda pipeline: None  # the stage below needs no knowledge tables

def slow(article, knowledge):
    if "slowly" in article.text:
        Path(os.environ["MARKER"]).write_text(str(os.getpid()))
        time.sleep(float(os.environ["SLOW_SECONDS"]))
    else:
        time.sleep(float(os.environ.get("EACH_SECONDS", "0")))
    return article

def make(settings):
    pipeline = Pipeline(settings)
    pipeline.stages = (Stage("slow", slow),)
    return pipeline

cli.make_pipeline = make
cli.main(sys.argv[1:])
'''


def _start(tmp_path: Path, args: list[str], **env: str) -> subprocess.Popen[bytes]:
    script = tmp_path / "ingest.py"
    script.write_text(SCRIPT, encoding="utf-8")
    environment = {**os.environ, "MARKER": str(tmp_path / "marker"), "SLOW_SECONDS": "0", **env}
    return subprocess.Popen([sys.executable, str(script), "ingest", *args], env=environment,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")  # a zombie has exited; only its parent's wait is missing


def _wait_for(condition, seconds: float) -> bool:  # type: ignore[no-untyped-def]
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def _articles(path: Path, count: int, slow_at: int | None = None) -> Path:
    lines = [json.dumps({"id": f"art-{n}", "text": f"Article number {n} was written{' slowly' if n == slow_at else ''}."})
             for n in range(count)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_killing_the_parent_ends_its_workers_and_a_rerun_finishes(tmp_path: Path) -> None:
    source = _articles(tmp_path / "in.jsonl", 40)
    db = tmp_path / "s.duckdb"
    run = _start(tmp_path, [str(source), "--db", str(db), "--workers", "2"], EACH_SECONDS="0.3")
    try:
        assert _wait_for(lambda: len(_children(run.pid)) >= 2, 120), run.stderr.read1().decode() if run.stderr else ""
        workers = _children(run.pid)
        os.kill(run.pid, signal.SIGKILL)  # what the out-of-memory killer does: the parent only
        run.wait(timeout=10)
        gone = _wait_for(lambda: not any(_alive(pid) for pid in workers), 5)
        for pid in workers:  # never leave them behind, even when the test fails
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
        assert gone, "worker processes outlived their parent"
    finally:
        if run.poll() is None:
            run.kill()
    rerun = _start(tmp_path, [str(source), "--db", str(db), "--workers", "2"])
    _, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err.decode()
    with open_store(db, read_only=True) as store:
        ids = [row[0] for row in store.connection.execute("SELECT id FROM articles").fetchall()]
    assert sorted(ids) == sorted(f"art-{n}" for n in range(40))  # every article exactly once


def test_articles_before_a_slow_one_are_committed_on_time(tmp_path: Path) -> None:
    source = _articles(tmp_path / "in.jsonl", 6, slow_at=5)
    db = tmp_path / "s.duckdb"
    wal = Path(f"{db}.wal")
    run = _start(tmp_path, [str(source), "--db", str(db)], SLOW_SECONDS="120")
    try:
        assert _wait_for(lambda: (tmp_path / "marker").exists(), 120), "the slow article never started"
        size = wal.stat().st_size if wal.exists() else 0
        # The five short ones are due for a commit 2 s after the first arrived; the slow one takes 120 s.
        # Wait (at most 30 s) for the WAL to grow, the sign of a commit, then kill during the slow article.
        _wait_for(lambda: wal.exists() and wal.stat().st_size > size, 30)
        os.kill(run.pid, signal.SIGKILL)
        run.wait(timeout=10)
    finally:
        if run.poll() is None:
            run.kill()
    with open_store(db, read_only=True) as store:
        assert store.count("articles") == 5
