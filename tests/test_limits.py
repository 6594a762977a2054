"""One article's cost is bounded: a time limit, a size limit, and long texts processed in pieces."""
from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from eventwire import Pipeline
from eventwire.pipeline import Stage
from eventwire.cleantext import break_runs
from eventwire.formats.contract import to_contract
from eventwire.limits import ArticleTimeout, chunk_spans, deadline
from eventwire.records import Article, Failure
from eventwire.settings import Settings


def test_chunks_cover_the_text_and_cut_at_paragraphs() -> None:
    text = "One short paragraph.\nAnother paragraph here.\n" * 20
    spans = chunk_spans(text, 100)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:])) and all(e - s <= 100 for s, e in spans)
    assert all(text[e - 1] == "\n" for _, e in spans[:-1])
    assert chunk_spans("x" * 250, 100) == [(0, 100), (100, 200), (200, 250)]


def test_break_runs_keeps_every_offset() -> None:
    text = "Before " + "—" * 10_000 + " after http://example.org/a/b the end."
    broken = break_runs(text)
    assert len(broken) == len(text) and broken.startswith("Before ——") and broken.endswith(" after http://example.org/a/b the end.")
    assert [len(word) for word in broken.split()][:3] == [6, 100, 5]
    assert break_runs("Ordinary words, nothing long.") == "Ordinary words, nothing long."


def test_a_long_unspaced_run_is_parsed_with_spans_in_the_text(pipeline: Pipeline) -> None:
    text = "The minister spoke. " + "—" * 20_000 + " The envoy left Paris."
    (result,) = pipeline.pipe([Article("run", text)])
    assert isinstance(result, Article)
    assert all(0 <= m.span.start < m.span.end <= len(text) for a in result.actors for m in a.mentions)


def test_deadline_interrupts_a_slow_block() -> None:
    with pytest.raises(ArticleTimeout, match="time limit of 0.2 s"):
        with deadline(0.2):
            time.sleep(30)
    with deadline(None):  # no limit: nothing armed
        pass


def _bare(pipeline: Pipeline, **settings: object) -> Pipeline:
    bare = Pipeline(Settings(**settings), nlp=pipeline.nlp, knowledge=pipeline.knowledge)  # type: ignore[arg-type]
    return bare


def test_a_slow_article_fails_alone_at_the_time_limit(pipeline: Pipeline) -> None:
    bare = _bare(pipeline, time_limit=0.3)

    def slow(article: Article, knowledge: object) -> Article:
        if "slowly" in article.text:
            time.sleep(30)
        return article

    bare.stages = (Stage("slow", slow),)
    items = [Article("a", "The minister spoke."), Article("b", "She spoke slowly."), Article("c", "He left.")]
    results = list(bare.pipe(items))
    assert [type(r).__name__ for r in results] == ["Article", "Failure", "Article"]
    assert "time limit of 0.3 s" in results[1].reason


def test_a_text_over_max_chars_fails_alone_or_is_split(pipeline: Pipeline) -> None:
    paragraph = "Chancellor Angela Merkel met President Emmanuel Macron in Paris on Monday."
    text = "\n".join([paragraph, "The talks were long.", paragraph])
    items = [Article("short", "The minister spoke."), Article("long", text)]
    results = list(_bare(pipeline, max_chars=100).pipe(items))
    assert isinstance(results[0], Article) and isinstance(results[1], Failure)
    assert "more than the limit of 100 (--max-chars)" in results[1].reason and "--split" in results[1].reason

    split = _bare(pipeline, max_chars=100, split=True)
    whole = next(iter(pipeline.pipe([Article("long", text)])))
    pieces = next(iter(split.pipe([Article("long", text)])))
    assert isinstance(pieces, Article) and pieces.text == text
    record = to_contract(pieces)
    names = {a["name"]: [text[s:e] for s, e in a["mentions"]] for a in record["actors"]}
    assert names["Angela Merkel"] == ["Chancellor Angela Merkel"] * 2  # one actor across the pieces
    assert {a.name for a in whole.actors} == {a.name for a in pieces.actors}
    assert len(pieces.events) == len(whole.events) and len(pieces.places) == len(whole.places)
    ids = {a["id"] for a in record["actors"]}
    assert all(set(e["actors"]) <= ids for e in record["events"])
    assert len({e["id"] for e in record["events"]}) == len(record["events"])


def test_deadline_works_off_the_main_thread_and_lands_nowhere_after_its_block() -> None:
    outcome: dict[str, object] = {}

    def work() -> None:
        try:
            with deadline(0.2):
                while True:  # Python code: interrupted where it runs
                    sum(range(100))
        except ArticleTimeout as error:
            outcome["busy"] = str(error)
        try:
            with deadline(0.2):
                time.sleep(0.6)  # one C call is overrun, but the block still ends with the timeout
        except ArticleTimeout:
            outcome["sleep"] = "timed out"
        with deadline(0.2):
            pass
        end = time.monotonic() + 0.6
        while time.monotonic() < end:  # past the finished block's limit: nothing arrives
            sum(range(100))
        outcome["after"] = "quiet"

    thread = threading.Thread(target=work, daemon=True)  # without the limit it would spin for ever
    thread.start()
    thread.join(30)
    assert outcome == {"busy": "took longer than the time limit of 0.2 s; raise --time-limit, or shorten the text",
                       "sleep": "timed out", "after": "quiet"}


def test_a_slow_article_fails_alone_in_a_worker_thread(pipeline: Pipeline) -> None:
    bare = _bare(pipeline, time_limit=0.3)

    def slow(article: Article, knowledge: object) -> Article:
        end = time.monotonic() + (30 if "slowly" in article.text else 0)
        while time.monotonic() < end:
            pass
        return article

    bare.stages = (Stage("slow", slow),)
    items = [Article("a", "The minister spoke."), Article("b", "She spoke slowly."), Article("c", "He left.")]
    with ThreadPoolExecutor(1) as pool:
        results = pool.submit(lambda: list(bare.pipe(items))).result(timeout=60)
    assert [type(r).__name__ for r in results] == ["Article", "Failure", "Article"]
    assert "time limit of 0.3 s" in results[1].reason
