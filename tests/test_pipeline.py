from __future__ import annotations

from datetime import date

import pytest

from eventwire import Pipeline, extract, make_article
from eventwire.errors import InputError
from eventwire.errors import PipelineError, SettingsError
from eventwire.pipeline import STAGES, Stage, check_stages, paragraph_spans, stage_problems
from eventwire.records import Article, Failure

TEXT = ("The foreign minister of Freedonia met his counterpart in Paris on Monday.\n\n"
        "  He said the talks were useful.  \nNothing else happened.")


def test_paragraph_spans_strip_and_keep_offsets():
    spans = paragraph_spans(TEXT, 10_000)
    assert [TEXT[s:e] for s, e in spans] == [
        "The foreign minister of Freedonia met his counterpart in Paris on Monday.",
        "He said the talks were useful.",
        "Nothing else happened.",
    ]


def test_long_paragraphs_are_cut_at_whitespace():
    text = " ".join(["word"] * 100)
    spans = paragraph_spans(text, 50)
    assert all(e - s <= 50 for s, e in spans)
    assert " ".join(text[s:e] for s, e in spans) == text


def test_make_article_checks_date_and_binary():
    assert make_article("a", "Text.", "2023-09-13").published == date(2023, 9, 13)
    assert make_article("a", "Text.", None).published is None
    with pytest.raises(InputError, match="a: 'published'"):
        make_article("a", "Text.", "13/09/2023")
    with pytest.raises(InputError, match="NUL"):
        make_article("a", "Te\x00xt.", None)


def test_stage_order_is_declared_once():
    assert [stage.name for stage in STAGES] == ["actors", "times", "places", "quotes", "events", "homes"]
    assert stage_problems(STAGES) == []


def test_a_stage_before_what_it_reads_fails_when_the_pipeline_is_built(pipeline):
    by_name = {stage.name: stage for stage in STAGES}
    swapped = [by_name[name] for name in ("actors", "times", "events", "places", "quotes")]
    with pytest.raises(PipelineError, match=r"stage 'events' requires Article\.places, which no stage before "
                                            r"it assigns; put it after 'places'") as error:
        Pipeline(nlp=pipeline.nlp, knowledge=pipeline.knowledge, stages=swapped)
    assert "Article.quotes" in str(error.value)  # every problem is named, not only the first
    assert isinstance(error.value, SettingsError)  # the CLI reports it as a bad setting


def test_stage_problems_name_unknown_fields_double_writers_and_names():
    def same(article, knowledge):
        return article

    assert stage_problems([Stage("a", same, requires=("paragraph",))]) == [
        "stage 'a' names Article.paragraph, which does not exist"]
    assert stage_problems([Stage("a", same, assigns=("times",)), Stage("b", same, assigns=("times",))]) == [
        "stages 'a' and 'b' both assign Article.times"]
    assert stage_problems([Stage("a", same, assigns=("text",))]) == [
        "stage 'a' assigns Article.text, which the input gives"]
    assert stage_problems([Stage("a", same), Stage("a", same)]) == ["two stages are named 'a'"]
    assert stage_problems([Stage("a", same, requires=("actors",))]) == [
        "stage 'a' requires Article.actors, which no stage before it assigns"]
    check_stages([Stage("a", same, requires=("text", "paragraphs"), assigns=("actors",)),
                  Stage("b", same, requires=("actors",))])  # in order: no error
    # a stage may rewrite a field an earlier one assigned (the actors' story country), never one none assigned
    assert stage_problems([Stage("a", same, refines=("actors",))]) == [
        "stage 'a' refines Article.actors, which no stage before it assigns"]
    check_stages([Stage("a", same, assigns=("actors",)), Stage("b", same, refines=("actors",))])


def test_parse_offsets_map_back_to_the_text(pipeline):
    article = pipeline.parse([make_article("a", TEXT, "2023-09-13")])[0]
    assert len(article.paragraphs) == 3
    for sentence in article.sentences():
        assert sentence.span.text(TEXT) == sentence.sent.text
        for token in sentence.sent:
            assert sentence.token_span(token).text(TEXT) == token.text


def test_pipe_keeps_order_and_passes_failures(pipeline):
    items = [make_article("a", "Paris is in France.", None), Failure("bad:2", "not valid JSON"),
             make_article("c", "Berlin is in Germany.", None)]
    out = list(pipeline.pipe(items, batch_articles=2))
    assert [x.id for x in out] == ["a", "bad:2", "c"]
    assert isinstance(out[1], Failure) and isinstance(out[2], Article)


def test_a_failing_stage_fails_only_its_record(pipeline):
    def explode(article, knowledge):
        if "boom" in article.text:
            raise RuntimeError("stage bug")
        return article

    broken = Pipeline(nlp=pipeline.nlp, knowledge=pipeline.knowledge)
    broken.stages = (Stage("explode", explode),)
    out = list(broken.pipe([make_article("ok1", "Fine text.", None), make_article("bad", "A boom here.", None),
                            make_article("ok2", "More text.", None)]))
    assert [type(x).__name__ for x in out] == ["Article", "Failure", "Article"]
    assert "RuntimeError: stage bug" in out[1].reason


def test_extract_api(pipeline):
    article = extract("Mr. Smith visited Paris on Monday.", "2023-09-13", pipeline=pipeline)
    assert article.published == date(2023, 9, 13) and article.paragraphs


def test_a_text_the_parser_cannot_take_fails_alone(pipeline):
    # The readers refuse lone surrogates; an Article built directly still reaches the parser, which raises
    # inside the batch's nlp.pipe: the batch is parsed again one article at a time, so only that one fails.
    items = [Article("a", "The minister spoke."), Article("b", "Bad \udc00 text."), Article("c", "The envoy left.")]
    results = list(pipeline.pipe(items))
    assert [type(r).__name__ for r in results] == ["Article", "Failure", "Article"]
    assert results[1].id == "b" and "cannot parse" in results[1].reason
