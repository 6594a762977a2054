"""The ordered stages and the loop that runs them.

Parsing is batched across articles (one `nlp.pipe` over all their paragraphs); the stages then run
article by article, each a function `Article -> Article`. A record that fails becomes a `Failure`
and the batch goes on.
"""
from __future__ import annotations

import dataclasses
import re
from typing import Any, Callable, Iterable, Iterator

from .errors import EventwireError, InputError
from .knowledge import Knowledge
from .nlp import load_nlp
from .articles import make_article  # noqa: F401 - re-exported: eventwire.pipeline.make_article
from .records import Article, Failure, Paragraph
from .settings import Settings
from .stages import actors, events, places, quotes, times

Stage = Callable[[Article, Knowledge], Article]

# The order matters: places need the actors (a capital used as a government is no place), quotes need
# actors for speakers, events need all of them.
STAGES: tuple[tuple[str, Stage], ...] = (
    ("actors", actors.run),
    ("times", times.run),
    ("places", places.run),
    ("quotes", quotes.run),
    ("events", events.run),
)

_PARAGRAPH = re.compile(r"[^\n]+")


def paragraph_spans(text: str, limit: int) -> list[tuple[int, int]]:
    """[start, end) of each non-blank line, stripped; lines longer than `limit` are cut at whitespace."""
    spans: list[tuple[int, int]] = []
    for match in _PARAGRAPH.finditer(text):
        start, end = match.start(), match.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        while end - start > limit:
            cut = text.rfind(" ", start + limit // 2, start + limit)
            cut = cut if cut > start else start + limit
            spans.append((start, cut))
            start = cut
            while start < end and text[start].isspace():
                start += 1
        if end > start:
            spans.append((start, end))
    return spans


class Pipeline:
    """Loads the spaCy pipeline and the knowledge tables once; processes one article or a stream of them."""

    def __init__(self, settings: Settings | None = None, nlp: Any = None, knowledge: Knowledge | None = None):
        self.settings = settings or Settings()
        self.nlp = nlp if nlp is not None else load_nlp(self.settings.model)
        self.knowledge = knowledge or Knowledge(self.settings)
        self.stages = STAGES

    def __call__(self, article: Article) -> Article:
        result = next(iter(self.pipe([article])))
        if isinstance(result, Failure):
            raise InputError(result.reason, record=result.id)
        return result

    def parse(self, articles: list[Article]) -> list[Article]:
        """Attach the spaCy parse, paragraph by paragraph, with one nlp.pipe over the whole batch."""
        jobs = [
            (index, start, article.text[start:end])
            for index, article in enumerate(articles)
            for start, end in paragraph_spans(article.text, self.settings.max_paragraph_chars)
        ]
        docs = self.nlp.pipe(
            (text for _, _, text in jobs), batch_size=self.settings.batch_size, n_process=self.settings.n_process
        )
        paragraphs: list[list[Paragraph]] = [[] for _ in articles]
        for (index, start, _), doc in zip(jobs, docs):
            paragraphs[index].append(Paragraph(start, doc))
        return [dataclasses.replace(a, paragraphs=tuple(p)) for a, p in zip(articles, paragraphs)]

    def annotate(self, article: Article) -> Article:
        """Run the stages, in order, on a parsed article."""
        for _, stage in self.stages:
            article = stage(article, self.knowledge)
        return article

    def pipe(self, items: Iterable[Article | Failure], batch_articles: int = 32) -> Iterator[Article | Failure]:
        """Process a stream; failures (from readers or from a stage) pass through in input order."""
        batch: list[Article | Failure] = []
        for item in items:
            batch.append(item)
            if len(batch) >= batch_articles:
                yield from self._run_batch(batch)
                batch = []
        if batch:
            yield from self._run_batch(batch)

    def _run_batch(self, batch: list[Article | Failure]) -> Iterator[Article | Failure]:
        articles = [item for item in batch if isinstance(item, Article)]
        parsed = iter(self.parse(articles)) if articles else iter(())
        for item in batch:
            if isinstance(item, Failure):
                yield item
                continue
            article = next(parsed)
            try:
                yield self.annotate(article)
            except EventwireError as error:
                yield Failure(article.id, error.reason)
            except Exception as error:  # a bug in a stage must not sink the batch; report it with the record
                yield Failure(article.id, f"internal error in the pipeline: {type(error).__name__}: {error}")
