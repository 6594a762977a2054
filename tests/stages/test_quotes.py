"""The quotes stage as a whole: ids, order, determinism; its jobs are tested beside their modules in
tests/stages/quotes/."""
from __future__ import annotations

from eventwire import make_article
from eventwire.stages import quotes
from eventwire.stages.quotes import marks
from tests.stages.quotes.helpers import _parsed, _run


def test_ids_order_spans_and_determinism(pipeline):
    text = ("Officials said the road would reopen soon. “It will take weeks,” an engineer said.\n"
            "“We are doing our best.”\n"
            "According to residents, the water is still rising, and the mayor warned that more rain was due.")
    first = _run(pipeline, text)
    second = _run(pipeline, text)
    assert first.quotes == second.quotes
    assert [q.id for q in first.quotes] == [f"q{n}" for n in range(1, len(first.quotes) + 1)]
    starts = [q.content[0].start for q in first.quotes]
    assert starts == sorted(starts)
    for quote in first.quotes:
        assert quote.kind in ("direct", "indirect", "mixed")
        for span in quote.content + tuple(s for s in (quote.cue, quote.speaker_span) if s is not None):
            assert 0 <= span.start < span.end <= len(text)


def test_unparsed_article_is_returned_unchanged(pipeline):
    article = make_article("t", "“Nothing parsed,” he said.")
    assert quotes.run(article, pipeline.knowledge) is article


def test_the_paragraphs_are_read_once_per_article(pipeline, monkeypatch):
    text = ("“We will stay,” said Mara Lind.\n\nQ: Why stay?\nA: “The harbour needs us,” she said.\n"
            "The council said it would vote on Friday.")
    article = _parsed(pipeline, text)
    built = []
    real = marks.Lines.of.__func__

    def counted(cls, text):
        built.append(text)
        return real(cls, text)

    monkeypatch.setattr(marks.Lines, "of", classmethod(counted))
    assert quotes.run(article, pipeline.knowledge).quotes
    assert len(built) == 1
