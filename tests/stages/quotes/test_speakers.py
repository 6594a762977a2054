"""Speaker resolution: the actor a speaker phrase names; pronouns never speak."""
from __future__ import annotations

from eventwire import make_article
from eventwire.records import Actor, Mention, Span
from tests.stages.quotes.helpers import _body, _parsed, _person, _run, _speaker, _texts


def test_speaker_is_none_without_an_actor_but_the_span_stays(pipeline):
    text = "“The harvest was the worst in a decade,” the farmer said."
    (quote,) = _run(pipeline, text).quotes
    assert quote.speaker is None
    assert quote.speaker_span.text(text) == "farmer"


def test_with_the_real_pipeline_speakers_are_actors(pipeline):
    text = ("“We will not give up our claims,” said Antonio Guterres, the United Nations secretary-general. "
            "He added that the talks would resume in May.\n“Nobody wants another war,” he said.")
    article = pipeline(make_article("t", text, "2024-03-01"))
    assert [q.kind for q in article.quotes] == ["direct", "indirect", "direct"]
    names = {article.actor(q.speaker).name if article.actor(q.speaker) else None for q in article.quotes}
    assert len(names) == 1 and "Guterres" in names.pop()


def test_first_person_inside_a_quote_is_its_speaker(pipeline):
    text = "“Last week I told the crew that we would sail on Friday,” Ilse Brandvold said."
    article = _run(pipeline, text, (_person(text, "a1", "Ilse Brandvold"),))
    # The words belong to the one who says them; "I" inside them is no speaker of its own.
    assert [(q.kind, q.speaker) for q in article.quotes] == [("direct", "a1")]


def test_first_person_with_no_one_speaking_has_no_speaker(pipeline):
    article = _run(pipeline, "Last week I told the crew that the ferry would sail on Friday.")
    assert [q.speaker for q in article.quotes] == [None]
    assert [q.speaker_span for q in article.quotes] == [None]  # "I" is never stored as the speaker


def test_a_document_speaks_for_its_author(pipeline):
    text = ("The Zendan Rail Board released a statement saying the line would reopen in May. "
            "The Ostrik Water Authority's report said the river was clean. "
            "A report said the bridge was unsafe.")
    board, authority = _body(text, "a1", "Zendan Rail Board"), _body(text, "a2", "Ostrik Water Authority")
    article = _run(pipeline, text, (board, authority))
    by_content = {_texts(article, q)[0]: q for q in article.quotes}
    assert next(q for c, q in by_content.items() if c.startswith("the line")).speaker == "a1"
    assert next(q for c, q in by_content.items() if c.startswith("the river")).speaker == "a2"
    unsigned = next(q for c, q in by_content.items() if c.startswith("the bridge"))
    assert unsigned.speaker is None and _speaker(article, unsigned) == "report"  # no author named: no one


def test_a_bare_surname_names_the_one_person_of_that_name(pipeline):
    text = "Mira Castellane chaired the meeting. Castellane said the budget was late."
    # The actors stage linked only the full name: the surname alone still finds her.
    castellane = Actor("a1", "Mira Castellane", "person", None, None, None, (Mention(Span(0, 15), "name"),))
    article = _run(pipeline, text, (castellane,))
    assert [q.speaker for q in article.quotes] == ["a1"]
    two = (castellane, Actor("a2", "Tomas Castellane", "person", None, None, None, ()))
    assert [q.speaker for q in _run(pipeline, text, two).quotes] == [None]  # two Castellanes: no guess


def test_it_and_they_after_a_body_that_was_the_subject(pipeline):
    text = ("The Velmora Chess Federation cancelled the final on Monday. It said the hall was flooded.\n\n"
            "Mira Castellane cancelled the party. It said nothing.")
    federation = _body(text, "a1", "Velmora Chess Federation")
    castellane = _body(text, "a2", "Mira Castellane", "person")
    article = _run(pipeline, text, (federation, castellane))
    assert [(q.speaker, _speaker(article, q)) for q in article.quotes][:1] == [("a1", "It")]
    assert all(q.speaker != "a2" for q in article.quotes)  # "it" is never a person


def test_the_report_is_the_one_introduced_before_with_its_author(pipeline):
    text = ("The Ostrik Water Authority published a report on Monday. Rivers were low in May. "
            "The report said the dams were full.\n\nA survey was taken in June. The survey found prices rose.")
    authority = _body(text, "a1", "Ostrik Water Authority")
    article = _run(pipeline, text, (authority,))
    speakers = {_texts(article, q)[0]: q.speaker for q in article.quotes}
    assert speakers["the dams were full"] == "a1"
    assert speakers["prices rose"] is None  # the survey's author was never named


def test_an_organisation_before_the_title_does_not_take_the_persons_words(pipeline):
    # The head of "OSA director Lea Tamm" is the person; the agency only modifies the title (and its name is
    # shorter than hers, so "the tightest mention" alone would pick it).
    text = ("“The launch will slip to May,” said OSA director Lea Tamm. "
            "Velmar Union spokesman said the talks had failed.")
    agency = _person(text, "a1", "OSA")
    union = _person(text, "a3", "Velmar Union")
    article = _run(pipeline, text, (agency, _person(text, "a2", "Lea Tamm"), union))
    first, second = article.quotes
    assert _speaker(article, first) == "OSA director Lea Tamm" and first.speaker == "a2"
    assert second.speaker == "a3"  # no actor at the head ("spokesman"): the modifier is the best one named


def test_a_plural_noun_that_speaks_is_the_speaker(pipeline):
    text = "Beekeepers in the valley said the hives were empty. “The bees are gone,” orchardists told the council."
    article = pipeline.annotate(_parsed(pipeline, text))
    names = {a.id: a.name for a in article.actors}
    assert [names.get(q.speaker) for q in article.quotes] == ["Beekeepers", "orchardists"]
