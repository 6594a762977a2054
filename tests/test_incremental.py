"""An unchanged article is not parsed again; the model loads only when something needs parsing."""
from __future__ import annotations

import dataclasses
from typing import Iterable

from eventwire.incremental import is_unchanged, lazily, skip_unchanged
from eventwire.pipeline import make_article
from eventwire.records import Article, Failure
from eventwire.store import open_store
from tests.test_store import build


def test_unchanged_articles_skip_the_process() -> None:
    parsed: list[str] = []

    def process(items: Iterable[Article | Failure]) -> Iterable[Article | Failure]:
        for item in items:
            if isinstance(item, Article):
                parsed.append(item.id)
            yield item

    with open_store(":memory:") as store:
        first = build("one")
        store.ingest([first])
        assert is_unchanged(store, first)
        changed = dataclasses.replace(build("two"))
        edited = dataclasses.replace(first, text=first.text + " More.", actors=(), events=(), quotes=(), times=(),
                                     places=())
        report = store.ingest(skip_unchanged([first, changed, Failure("x", "bad"), edited], store, process))
    assert parsed == ["two", "one"]  # the edited text of "one" is parsed, the unchanged one is not
    assert (report.added, report.replaced, report.unchanged, len(report.failed)) == (1, 1, 1, 1)


def test_refresh_parses_everything() -> None:
    with open_store(":memory:") as store:
        store.ingest([build("one")])
        out = list(skip_unchanged([build("one")], store, lambda items: (("parsed", i) for i in items), refresh=True))
    assert out == [("parsed", build("one"))]


def test_the_model_loads_only_for_the_first_item() -> None:
    loads: list[int] = []

    def make():  # type: ignore[no-untyped-def]
        loads.append(1)
        return lambda items: items

    assert list(lazily(make)([])) == [] and loads == []
    article = make_article("a", "Text of an article.")
    assert list(lazily(make)([article])) == [article] and loads == [1]
