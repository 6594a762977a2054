"""Re-ingesting an unchanged article costs a hash check, not a parse.

The store keys an article by a hash of its id, text and publication day (store.article_key). Before the
pipeline parses anything, each incoming article's key is compared with the stored one for its id: an
unchanged article goes straight to the store (which counts it "unchanged" and writes nothing), and only
new or changed articles reach spaCy. The model itself is loaded only when the first one arrives, so a
re-run over a corpus already stored loads no model at all.
"""
from __future__ import annotations

from typing import Callable, Iterable, Iterator

from .records import Article, Failure
from .store import Store, article_key

Process = Callable[[Iterable[Article | Failure]], Iterable[Article | Failure]]


def is_unchanged(store: Store, article: Article) -> bool:
    """True when the store holds this id with this very content."""
    rows = store._query("SELECT key FROM articles WHERE id = ?", [article.id])
    return bool(rows) and rows[0][0] == article_key(article)


def lazily(make: Callable[[], Process]) -> Process:
    """A process built on its first item: an input with nothing to parse never loads the model."""
    def run(items: Iterable[Article | Failure]) -> Iterator[Article | Failure]:
        iterator = iter(items)
        first = next(iterator, None)
        if first is None:
            return
        yield from make()(_prepend(first, iterator))
    return run


def _prepend(first: Article | Failure, rest: Iterator[Article | Failure]) -> Iterator[Article | Failure]:
    yield first
    yield from rest


def skip_unchanged(items: Iterable[Article | Failure], store: Store, process: Process,
                   refresh: bool = False) -> Iterator[Article | Failure]:
    """`items` through `process`, except articles the store holds unchanged, which pass unparsed (the
    store counts them and writes nothing). Unchanged articles may come out ahead of the parsed ones
    before them; the store reports failures in input order whatever the order of arrival."""
    if refresh:
        yield from process(items)
        return
    passed: list[Article] = []

    def fresh() -> Iterator[Article | Failure]:
        for item in items:
            if isinstance(item, Article) and is_unchanged(store, item):
                passed.append(item)
            else:
                yield item

    for item in process(fresh()):
        while passed:
            yield passed.pop(0)
        yield item
    yield from passed
