"""Property-based fuzzing of `eventwire extract` over JSONL and plain text, with the full pipeline.

Invariants: no exception escapes (exit 0 or 1), one output line per input line in input order, every span
inside its text, the contract validator (../shared/eval) passes on each record, every error is one line.
CI runs the bounded "ci" profile; `make fuzz` runs the "fuzz" profile (thousands of examples).
"""
from __future__ import annotations

import importlib.util
import io
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from eventwire import Pipeline, cli
from tests.conftest import SHARED

settings.register_profile("ci", max_examples=60, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("fuzz", max_examples=2500, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.load_profile(os.environ.get("EVENTWIRE_FUZZ_PROFILE", "ci"))

NASTY = [
    "\udc00", "\ud800", "\udfff\ud800", "\x00", "\x07", "\x1b[31m", "\x1b]0;title\x07", "\r", "\x0b", "\x85",
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u202e", "\u202a", "\u2066", "\u2069", "\u061c",
    "\u2028", "\u2029", "😀", "👩‍👩‍👧‍👦", "🏳️‍🌈", "🇺🇸", "é", "e\u0301", "\u0301", '"', "“", "”", "«", "»", "‘",
    "’", "'", "„", "—" * 600, "a" * 700, "-" * 450, ".", "...", " ", "\t", "\n",
]
WORDS = ["The", "minister", "said", "President", "Anna", "Varga", "met", "in", "Lakeport", "on", "Monday",
         "told", "reporters", "next", "year", "last", "week", "police", "arrested", "protesters", "Germany",
         "Russia", "Paris", "he", "she", "they", "“We will not back down,”", "said the envoy."]
piece = st.one_of(st.sampled_from(NASTY), st.sampled_from(WORDS).map(lambda w: w + " "), st.text(max_size=12))
texts = st.lists(piece, max_size=25).map("".join)
ids = st.one_of(st.none(), st.integers(-5, 10**20), st.booleans(), st.just(""), st.just({"a": 1}), st.just([1]),
                st.lists(st.one_of(st.sampled_from(["\n", "\x1b[2J", "\u202e", "error: x", "\r", "\udc00"]),
                                   st.text(max_size=6)), max_size=4).map("".join))
published = st.one_of(st.none(), st.sampled_from(["2024-03-01", "9999-12-31", "0001-01-01", "2024-02-30", "",
                                                  "yesterday"]), st.integers(), st.text(max_size=12))
records = st.fixed_dictionaries({"id": ids, "text": st.one_of(texts, st.integers(), st.none())},
                                optional={"published": published, "title": st.one_of(texts, st.integers())})
# A raw NUL byte makes the whole file binary data (one failure, by design): garbage lines have none.
garbage = st.text(max_size=40).map(lambda t: t.replace("\n", " ").replace("\r", " ").replace("\x00", " "))
lines = st.lists(st.one_of(records.map(lambda r: json.dumps(r)), garbage, records.map(lambda r: json.dumps(r)[:-1])),
                 min_size=1, max_size=6)


def _validator() -> Any:
    path = SHARED / "eval" / "validate_contract.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("validate_contract", path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


@pytest.fixture(scope="module")
def validator() -> Any:
    return _validator()


def _extract(pipeline: Pipeline, source: Path, out: Path) -> tuple[int, str]:
    """`eventwire extract SOURCE -o OUT` with the session's pipeline; (exit code, stderr)."""
    original, stderr = cli.make_pipeline, sys.stderr
    cli.make_pipeline = lambda settings: pipeline  # type: ignore[assignment]
    sys.stderr = io.StringIO()
    try:
        try:
            cli.main(["extract", str(source), "-o", str(out), "--force"])
            code = 0
        except SystemExit as exit:
            code = exit.code if isinstance(exit.code, int) else 1
        return code, sys.stderr.getvalue()
    finally:
        cli.make_pipeline, sys.stderr = original, stderr


def _check(records: list[dict[str, Any]], texts: list[str | None], code: int, err: str, validator: Any) -> None:
    assert code in (0, 1), err
    failed = [r for r in records if "error" in r]
    assert (code == 1) == bool(failed), err
    error_lines = [line for line in err.splitlines() if line.startswith("error: ")]
    assert len(error_lines) == len(failed), err  # one line per failed record: nothing forged, nothing split
    assert all(line.startswith("error: ") or line.endswith("carry an 'error' field") for line in err.splitlines())
    assert "\x1b" not in err
    for record, text in zip(records, texts):
        if "error" in record:
            continue
        assert text is not None
        spans = [s for a in record["actors"] for s in a["mentions"]] + [t["span"] for t in record["times"]] + \
                [p["span"] for p in record["places"]] + [e["sentence"] for e in record["events"]] + \
                [s for q in record["quotes"] for s in q["content"]]
        assert all(0 <= s[0] < s[1] <= len(text) for s in spans), record
        if validator is not None:
            checker = validator.Checker()
            checker.document(record, text)
            assert not checker.problems, checker.problems


def _expected_text(line: str) -> str | None:
    try:
        row = json.loads(line)
    except ValueError:
        return None
    return row.get("text") if isinstance(row, dict) and isinstance(row.get("text"), str) else None


@given(lines=lines)
@example(lines=[json.dumps({"id": "huge", "text": "x" * 1_000_000}), json.dumps({"id": "ok", "text": "He left."})])
@example(lines=[json.dumps({"id": "a\nerror: forged\x1b[31m", "text": "Bad \udc00 text."})])
def test_extract_jsonl_keeps_its_promises(pipeline: Pipeline, validator: Any, lines: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source, out = Path(tmp) / "in.jsonl", Path(tmp) / "out.jsonl"
        source.write_bytes("".join(line + "\n" for line in lines).encode("utf-8", "surrogatepass"))
        code, err = _extract(pipeline, source, out)
        written = out.read_text(encoding="utf-8").splitlines()
        source_name = str(source)
    records = [json.loads(line) for line in written]
    numbered = [(number, line) for number, line in enumerate(lines, 1) if line.strip()]
    inputs = [line for _, line in numbered]
    assert len(records) == len(inputs), err  # one output line per input line
    for record, (number, line) in zip(records, numbered):  # in order
        try:
            row = json.loads(line)
        except ValueError:
            row = None
        if isinstance(row, dict) and isinstance(row.get("id"), str) and row["id"].strip() and "\udc00" not in row["id"] \
                and not any("\ud800" <= c <= "\udfff" for c in row["id"]):
            assert record["id"] == row["id"]
        elif not isinstance(row, dict) or row.get("id") is None:
            assert record["id"] == f"{source_name}:{number}"  # no id (or no JSON object): named by its line
    _check(records, [_expected_text(line) for line in inputs], code, err, validator)


@given(text=texts)
@example(text="y" * 1_000_000)
@example(text="\u200b\u200d\u202e")
def test_extract_text_files_keep_their_promises(pipeline: Pipeline, validator: Any, text: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source, out = Path(tmp) / "article.txt", Path(tmp) / "out.jsonl"
        source.write_bytes(text.encode("utf-8", "surrogatepass"))
        code, err = _extract(pipeline, source, out)
        records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 1, err
    _check(records, [text.removeprefix("\ufeff")], code, err, validator)
