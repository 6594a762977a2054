"""A small store for the workbench tests (show, corrections, serve): articles written for these tests,
one of them carrying markup that must never run, all through the real pipeline."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from eventwire import Pipeline
from eventwire.records import Article
from eventwire.store import open_store

HOSTILE = ("Russian troops attacked Ukrainian positions near Kharkiv on Monday. "
           "<script>window.__pwned = 1</script> President Biden criticized Russia on Tuesday. "
           "<img src=x onerror=\"window.__pwned = 2\"> \"We will not accept this,\" Biden said.")

ARTICLES = (
    Article(id="hostile-1", text=HOSTILE, published=date(2024, 3, 2),
            meta={"title": "<script>window.__pwned = 3</script>Markup in the title", "url": "javascript:alert(1)"}),
    Article(id="talks-2", published=date(2024, 3, 5), meta={"title": "Talks in Ankara"},
            text="Turkish Foreign Minister Hakan Fidan met Russian Foreign Minister Sergei Lavrov in Ankara on "
                 "Tuesday. Israeli jets bombed Syrian targets near Damascus. The Iranian government condemned "
                 "Israel."),
    Article(id="front-3", published=date(2024, 4, 10), meta={"title": "More shelling"},
            text="Russian forces shelled Kharkiv on Sunday. Ukraine accused Russia of war crimes. Russian troops "
                 "attacked Ukrainian villages near Kharkiv."),
    Article(id="front-4", published=date(2024, 4, 12), meta={"title": "Another attack"},
            text="Russian troops attacked Ukrainian positions near Kupiansk on Thursday."),
    Article(id="border-5", published=date(2024, 5, 2), meta={"title": "Border"},
            text="Belarusian troops attacked Polish positions near Brest on Friday."),
)


def make_store(path: Path, pipeline: Pipeline) -> Path:
    with open_store(path) as store:
        report = store.ingest(pipeline.pipe(list(ARTICLES)))
    assert report.ok and report.added == len(ARTICLES)
    return path
