from __future__ import annotations

import dataclasses

import pytest

from eventwire.errors import InputError
from eventwire.records import Actor, Article, Mention, Sentence, Span, coded_country_sector


def test_span_rejects_empty_and_negative():
    with pytest.raises(ValueError):
        Span(3, 3)
    with pytest.raises(ValueError):
        Span(-1, 2)


def test_span_relations():
    a, b = Span(0, 5), Span(4, 9)
    assert a.overlaps(b) and b.overlaps(a)
    assert not Span(0, 4).overlaps(Span(4, 9))
    assert Span(0, 10).contains(Span(2, 3)) and not Span(2, 3).contains(Span(0, 10))
    assert Span(2, 5).text("abcdefg") == "cde"


def test_records_are_frozen():
    span = Span(0, 1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.start = 2  # type: ignore[misc]


@pytest.mark.parametrize("text", ["", "   \n  "])
def test_article_needs_text(text):
    with pytest.raises(InputError, match="empty"):
        Article(id="x", text=text)


def test_article_needs_id():
    with pytest.raises(InputError, match="no id"):
        Article(id=" ", text="Some text.")


def test_actor_at_prefers_the_tightest_mention():
    wide = Actor("a1", "Russia", "country", "RUS", None, "RUS", (Mention(Span(0, 20), "name"),))
    tight = Actor("a2", "Putin", "person", "RUS", "GOV", "RUSGOV", (Mention(Span(5, 10), "name"),))
    article = Article(id="x", text="x" * 30, actors=(wide, tight))
    assert article.actor_at(Span(6, 8)) is tight
    assert article.actor_at(Span(12, 14)) is wide
    assert article.actor_at(Span(25, 28)) is None
    assert article.actor("a2") is tight and article.actor("a9") is None


def test_actors_at_gives_every_actor_a_shared_mention_names():
    # "officials in Tessaly and Brandor": one word, the officials of each place
    first = Actor("a1", "officials", "group", "TSY", "GOV", "TSYGOV", (Mention(Span(0, 9), "role"),))
    second = Actor("a2", "officials of Brandor", "group", "BRD", "GOV", "BRDGOV", (Mention(Span(0, 9), "role"),))
    wide = Actor("a3", "Tessaly", "country", "TSY", None, "TSY", (Mention(Span(0, 30), "name"),))
    article = Article(id="x", text="x" * 30, actors=(first, second, wide))
    assert article.actors_at(Span(2, 4)) == [first, second] and article.actor_at(Span(2, 4)) is first
    assert article.actors_at(Span(20, 22)) == [wide] and article.actors_at(Span(40, 42)) == []


def test_actor_at_follows_the_actors_of_each_version_of_the_article():
    first = Actor("a1", "Ann", "person", None, None, None, (Mention(Span(0, 3), "name"),))
    second = Actor("a2", "Bo", "person", None, None, None, (Mention(Span(4, 6), "name"),))
    article = Article("x", "Ann Bo met.", actors=(first,))
    assert article.actor_at(Span(0, 1)) is first and article.actor_at(Span(4, 5)) is None
    later = dataclasses.replace(article, actors=(first, second))  # a stage added an actor: a new index
    assert later.actor_at(Span(4, 5)) is second and article.actor_at(Span(4, 5)) is None
    assert later == dataclasses.replace(later)  # the index takes no part in equality


def test_indexed_lookups_answer_as_scans_do():
    from eventwire.records import Place, Quote, TimeExpr

    text = "Wenna Tregear spoke in Porthleven on Monday and in Mousehole on Tuesday. " * 4
    times = tuple(TimeExpr(Span(m, m + 6), "DATE", None) for m in range(37, len(text), 37))
    places = tuple(Place(f"p{n}", Span(s, s + 9), "Porthleven", None, None, None, None, "city")
                   for n, s in enumerate(range(23, len(text) - 9, 50)))
    quotes = (Quote("q1", "direct", (Span(0, 12), Span(60, 70)), None, "a1", None),
              Quote("q2", "direct", (Span(65, 80),), None, None, None))
    actors = (Actor("a1", "Wenna Tregear", "person", None, None, None, (Mention(Span(0, 13), "name"),)),
              Actor("a2", "Porthleven", "organisation", None, None, None, (Mention(Span(23, 33), "name"),)))
    article = Article("t", text, times=times, places=places, quotes=quotes, actors=actors)
    for start in range(0, len(text) - 40, 7):
        span = Span(start, start + 40)
        assert article.times_in(span) == [t for t in times if span.contains(t.span)]
        assert article.places_in(span) == [p for p in places if span.contains(p.span)]
        assert article.overlapping("places", span) == [p for p in places if p.span.overlaps(span)]
        assert article.overlapping("quotes", span) == [q for q in quotes if any(c.overlaps(span) for c in q.content)]
    assert article.actor("a2") is actors[1] and article.actor(None) is None and article.actor("a9") is None
    assert dataclasses.replace(article, actors=actors[:1]).actor("a2") is None  # a new version, a new index


def test_a_sentence_lists_its_noun_chunks_once(pipeline):
    article = pipeline.parse([Article("n1", "The new envoy of Wendria met two local farmers.")])[0]
    sentence = next(article.sentences())
    chunks = sentence.noun_chunks()
    assert [c.text for c in chunks] == [c.text for c in sentence.sent.noun_chunks] == ["The new envoy", "Wendria",
                                                                                     "two local farmers"]
    assert sentence.noun_chunks() is chunks  # the second pass reads the same tuple
    assert sentence == dataclasses.replace(sentence)  # the cache is no part of the record's equality


@pytest.mark.parametrize("fields, expected", [
    (("CHL", "GOV", "CHLGOV"), ("CHL", "GOV")),
    ((None, None, "PERMIL"), ("PER", "MIL")),   # both read from the code
    ((None, None, "---REB"), (None, "REB")),    # a sector of no known country
    ((None, None, "IGOUNO"), ("IGO", "UNO")),   # a primary agent in the country's place, as the code writes it
    (("CHL", None, "CHL"), ("CHL", None)),
    ((None, None, None), (None, None)),
    (("---", "COP", "---COP"), (None, "COP")),  # "---" in the country field too (user tables) is no country
])
def test_coded_country_sector(fields, expected) -> None:
    assert coded_country_sector(*fields) == expected


def test_sentences_read_their_paragraphs_parse_once(pipeline):
    """A sentence's tokens, entities and noun chunks come from its paragraph's, listed once per paragraph
    (spaCy builds the whole Doc's on each `sent.ents`, `sent.noun_chunks`), and are those spaCy gives."""
    text = ("The envoy of Wendria, Mara Voss, met two farmers in Ostberg on Monday. Later the Ostberg council "
            "thanked the Wendrian government. Mara Voss left for Kellin by train with three aides.")
    article = pipeline.parse([Article("n2", text)])[0]
    paragraph = article.paragraphs[0]
    sentences = list(article.sentences())
    assert len(sentences) >= 3 and all(s.paragraph is paragraph for s in sentences)
    spans = lambda spans: [(s.start, s.end, s.label_) for s in spans]  # noqa: E731
    for sentence in sentences:
        assert [t.i for t in sentence.tokens()] == [t.i for t in sentence.sent]
        assert spans(sentence.ents()) == spans(sentence.sent.ents)
        assert spans(sentence.noun_chunks()) == spans(sentence.sent.noun_chunks)
    assert any(sentence.ents() for sentence in sentences)
    assert paragraph.ents() is paragraph.ents() and paragraph.noun_chunks() is paragraph.noun_chunks()
    assert paragraph.tokens() is paragraph.tokens() and paragraph.text() == paragraph.doc.text
    alone = Sentence(sentences[1].span, sentences[1].sent, sentences[1].offset)  # no paragraph: spaCy's own
    assert spans(alone.ents()) == spans(sentences[1].ents()) and spans(alone.noun_chunks()) == spans(
        sentences[1].noun_chunks()) and [t.i for t in alone.tokens()] == [t.i for t in sentences[1].tokens()]
