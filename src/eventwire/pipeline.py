"""The ordered stages and the loop that runs them.

Parsing is batched across articles (one `nlp.pipe` over all their paragraphs); the stages then run
article by article, each a function `Article -> Article`. A record that fails becomes a `Failure`
and the batch goes on.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Sequence

from .cleantext import parse_text
from .errors import EventwireError, InputError, PipelineError
from .knowledge import Knowledge
from .limits import chunk_spans, deadline, merge_parts
from .nlp import load_nlp
from .paragraphs import paragraph_spans
from .articles import make_article  # noqa: F401 - re-exported: eventwire.pipeline.make_article
from .records import Article, Failure, Paragraph
from .settings import Settings
from .stages import actors, events, places, quotes, sides, times

StageFunction = Callable[[Article, Knowledge], Article]

# The Article fields a stage may read without a stage before it: the reader's and the parse's.
INPUT_FIELDS = ("id", "text", "published", "meta", "paragraphs")


@dataclass(frozen=True, slots=True)
class Stage:
    """A named stage with the Article fields it reads (`requires`) and writes (`assigns`), as spaCy's
    factories declare theirs: `Pipeline` checks the order from these (see `check_stages`)."""

    name: str
    run: StageFunction
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    # fields an earlier stage assigned that this one rewrites with what the later fields tell of them (the
    # actors, once places and events are known, take the story's country: `sides.story_actors`)
    refines: tuple[str, ...] = ()


# Places read the actors (a capital used as a government is no place), quotes the actors (speakers), events
# everything before them: times for dates, places for where, quotes for who reported an event. Then the actors
# named with no country take the story's (`sides.story_actors`), after the events, which read the actors as the
# text gives them.
STAGES: tuple[Stage, ...] = (
    Stage("actors", actors.run, requires=("paragraphs",), assigns=("actors",)),
    Stage("times", times.run, requires=("paragraphs",), assigns=("times",)),
    Stage("places", places.run, requires=("paragraphs", "actors"), assigns=("places",)),
    Stage("quotes", quotes.run, requires=("paragraphs", "actors"), assigns=("quotes",)),
    Stage("events", events.run, requires=("paragraphs", "actors", "times", "places", "quotes"),
          assigns=("events",)),
    Stage("homes", sides.run, requires=("actors", "places", "events"), refines=("actors",)),
)


def stage_problems(stages: Sequence[Stage]) -> list[str]:
    """What is wrong with the order of `stages` (like spaCy's analyze_pipes): a field read before any stage
    writes it, a field two stages write, a field that Article does not have, a name used twice, a field
    refined before any stage writes it."""
    fields = {field.name for field in dataclasses.fields(Article) if not field.name.startswith("_")}
    writers = {field: stage.name for stage in stages for field in stage.assigns}
    problems: list[str] = []
    available = set(INPUT_FIELDS)
    seen: dict[str, str] = {}  # field -> the stage that assigns it
    names: set[str] = set()
    for stage in stages:
        if stage.name in names:
            problems.append(f"two stages are named {stage.name!r}")
        names.add(stage.name)
        for field in stage.requires + stage.assigns + stage.refines:
            if field not in fields:
                problems.append(f"stage {stage.name!r} names Article.{field}, which does not exist")
        for field in stage.requires:
            if field in fields and field not in available:
                after = f"; put it after {writers[field]!r}" if field in writers else ""
                problems.append(f"stage {stage.name!r} requires Article.{field}, which no stage before it "
                                f"assigns{after}")
        for field in stage.refines:
            if field in fields and field not in seen:
                problems.append(f"stage {stage.name!r} refines Article.{field}, which no stage before it assigns")
        for field in stage.assigns:
            if field in seen:
                problems.append(f"stages {seen[field]!r} and {stage.name!r} both assign Article.{field}")
            elif field in INPUT_FIELDS:
                problems.append(f"stage {stage.name!r} assigns Article.{field}, which the input gives")
            seen[field] = stage.name
        available.update(stage.assigns)
    return problems


def check_stages(stages: Sequence[Stage]) -> None:
    """Raise PipelineError naming every problem of `stage_problems`."""
    problems = stage_problems(stages)
    if problems:
        order = " → ".join(stage.name for stage in stages) or "(none)"
        raise PipelineError(f"the stages cannot run in the order {order}: " + "; ".join(problems))

SPLIT_CHARS = 100_000  # the size of the pieces --split parses one at a time: bounds the memory of a huge text


class Pipeline:
    """Loads the spaCy pipeline and the knowledge tables once; processes one article or a stream of them."""

    def __init__(self, settings: Settings | None = None, nlp: Any = None, knowledge: Knowledge | None = None,
                 stages: Sequence[Stage] = STAGES):
        check_stages(stages)  # before the model loads: a wrong order fails at once
        self.settings = settings or Settings()
        self.nlp = nlp if nlp is not None else load_nlp(self.settings.model)
        self.knowledge = knowledge or Knowledge(self.settings)
        self.stages = tuple(stages)

    def __call__(self, article: Article) -> Article:
        result = next(iter(self.pipe([article])))
        if isinstance(result, Failure):
            raise InputError(result.reason, record=result.id)
        return result

    def parse(self, articles: list[Article]) -> list[Article]:
        """Attach the spaCy parse, paragraph by paragraph, with one nlp.pipe over the whole batch."""
        jobs = [
            (index, start, parse_text(article.text[start:end]))  # same offsets, parser-friendly (cleantext)
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
        for stage in self.stages:
            article = stage.run(article, self.knowledge)
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

    def _parse_each(self, articles: list[Article]) -> list[Article | Failure]:
        """Parse one article at a time: after a batch parse failed, only the article that cannot be parsed fails."""
        results: list[Article | Failure] = []
        for article in articles:
            try:
                with deadline(self.settings.time_limit):
                    results.extend(self.parse([article]))
            except EventwireError as error:
                results.append(Failure(article.id, error.reason))
            except Exception as error:  # spaCy on a text it cannot take: that record fails, the batch goes on
                results.append(Failure(article.id, f"cannot parse the text: {type(error).__name__}: {error}"))
        return results

    def _annotated(self, article: Article) -> Article | Failure:
        """The stages over a parsed article, within the time limit; any error fails the record alone."""
        try:
            with deadline(self.settings.time_limit):
                return self.annotate(article)
        except EventwireError as error:
            return Failure(article.id, error.reason)
        except Exception as error:  # a bug in a stage must not sink the batch; report it with the record
            return Failure(article.id, f"internal error in the pipeline: {type(error).__name__}: {error}")

    def _long(self, article: Article) -> Article | Failure:
        """A text over max_chars: a failure, or with `split` its paragraph pieces processed one by one (each
        within the time limit) and joined; an actor named in several pieces becomes one actor."""
        limit = self.settings.max_chars
        if not self.settings.split:
            return Failure(article.id, f"the text has {len(article.text):,} characters, more than the limit of "
                                       f"{limit:,} (--max-chars); pass --split to process it in pieces")
        parts: list[tuple[int, Article]] = []
        for start, end in chunk_spans(article.text, min(limit, SPLIT_CHARS)):
            if not article.text[start:end].strip():
                continue
            piece = Article(article.id, article.text[start:end], article.published, article.meta)
            parsed = self._parse_each([piece])[0]
            done = parsed if isinstance(parsed, Failure) else self._annotated(parsed)
            if isinstance(done, Failure):
                return Failure(article.id, f"characters {start}-{end}: {done.reason}")
            parts.append((start, dataclasses.replace(done, paragraphs=())))  # the parse is no longer needed
        return merge_parts(article, parts)

    def _run_batch(self, batch: list[Article | Failure]) -> Iterator[Article | Failure]:
        articles = [item for item in batch if isinstance(item, Article) and len(item.text) <= self.settings.max_chars]
        try:
            with deadline(self.settings.time_limit * len(articles)):
                parsed: Iterator[Article | Failure] = iter(self.parse(articles)) if articles else iter(())
        except Exception:  # one bad text sinks a whole nlp.pipe: find it by parsing the articles one by one
            parsed = iter(self._parse_each(articles))
        for item in batch:
            if isinstance(item, Failure):
                yield item
                continue
            if len(item.text) > self.settings.max_chars:
                yield self._long(item)
                continue
            article = next(parsed)
            yield article if isinstance(article, Failure) else self._annotated(article)
