"""Indirect attributions: where a reported clause ends, sources with no cue verb, charges with "of", and
whose beliefs count (issue 13). Every sentence here is invented."""
from __future__ import annotations

import re

from eventwire import make_article
from eventwire.records import Actor, Mention, Span
from tests.stages.quotes.helpers import _run, _person, _texts, _speaker


def _by_cue(article, cue: str):
    (quote,) = [q for q in article.quotes if q.cue is not None and q.cue.text(article.text) == cue]
    return quote


def test_a_participle_cue_inside_the_reported_clause_is_a_quote_of_its_own(pipeline):
    text = "Dana Whitfield said the plan would cut costs, insisting that no jobs would be lost."
    article = _run(pipeline, text)
    said, insisting = _by_cue(article, "said"), _by_cue(article, "insisting")
    assert _texts(article, said) == ["the plan would cut costs"]
    assert _texts(article, insisting) == ["that no jobs would be lost"]
    # The one insisting is the one who said it, not the subject of the reported clause ("the plan").
    assert _speaker(article, insisting) == "Dana Whitfield"


def test_a_coordinated_speech_verb_ends_the_reported_clause(pipeline):
    text = "The judge said she regretted her remarks and promised to stay out of politics."
    article = _run(pipeline, text)
    assert _texts(article, _by_cue(article, "said")) == ["she regretted her remarks"]
    assert _texts(article, _by_cue(article, "promised")) == ["to stay out of politics"]


def test_a_coordinated_verb_that_reports_nothing_stays_in_the_clause(pipeline):
    text = "The judge said she read the file and signed the order."
    article = _run(pipeline, text)
    assert _texts(article, _by_cue(article, "said")) == ["she read the file and signed the order"]


def test_a_clause_set_in_a_poll_is_what_the_poll_says(pipeline):
    text = "In the latest poll released Monday, the mayor trails by four points among older voters."
    article = _run(pipeline, text)
    (quote,) = article.quotes
    assert quote.kind == "indirect"
    assert quote.cue.text(text) == "In"
    assert _texts(article, quote) == ["the mayor trails by four points among older voters"]
    assert _speaker(article, quote) == "poll"


def test_the_author_of_a_document_in_a_phrase_is_the_source(pipeline):
    text = "In a new Harwick Institute survey, Governor Ortiz leads her rival by nine points."
    article = _run(pipeline, text)
    (quote,) = article.quotes
    assert _texts(article, quote) == ["Governor Ortiz leads her rival by nine points"]
    assert "Harwick" in _speaker(article, quote)


def test_a_document_phrase_leaves_a_cue_verb_to_itself(pipeline):
    text = "In a statement, the ministry said the talks had failed."
    article = _run(pipeline, text)
    (quote,) = article.quotes
    assert quote.cue.text(text) == "said"
    assert _texts(article, quote) == ["the talks had failed"]


def test_in_order_to_and_a_document_inside_a_noun_phrase_are_no_source(pipeline):
    assert _run(pipeline, "He came to the capital in order to meet the press.").quotes == ()
    assert _run(pipeline, "The mistake in the report was corrected within hours.").quotes == ()


def test_a_charge_runs_from_the_accused_through_its_of_phrase(pipeline):
    text = "Senator Lind accused the governor of hiding the deficit."
    article = _run(pipeline, text)
    (quote,) = article.quotes
    assert _texts(article, quote) == ["the governor of hiding the deficit"]
    assert _speaker(article, quote) == "Senator Lind"


def test_a_listener_with_a_title_is_no_charge(pipeline):
    assert _run(pipeline, "Mrs. Ortiz told the mayor of Springfield about the storm.").quotes == ()


def test_a_described_group_holds_the_view_its_clause_states(pipeline):
    text = "Farm unions believe that the new tariff will hurt exporters."
    article = _run(pipeline, text)
    (quote,) = article.quotes
    assert _speaker(article, quote) == "Farm unions"
    assert _texts(article, quote) == ["that the new tariff will hurt exporters"]


def test_a_stance_on_a_thing_needs_an_actor_for_its_subject(pipeline):
    # "support" with an object is a stance, not a view stated as a clause: a described group is not enough.
    assert _run(pipeline, "Farm unions support the new tariff.").quotes == ()


def test_first_and_second_person_beliefs_are_never_quotes(pipeline):
    assert _run(pipeline, "I think the treaty is dead.").quotes == ()
    assert _run(pipeline, "You know the treaty is dead.").quotes == ()
    assert _run(pipeline, "We believe the treaty is dead.").quotes == ()


def test_a_third_person_pronoun_holds_a_view_when_it_stands_for_a_named_actor(pipeline):
    text = "Senator Mara Lind spoke on Monday. She believes the treaty is dead."
    she = re.search("She", text)
    named = _person(text, "a1", "Senator Mara Lind")
    resolved = Actor("a1", named.name, "person", None, None, None,
                     named.mentions + (Mention(Span(she.start(), she.end()), "pronoun"),))
    article = _run(pipeline, text, (resolved,))
    (quote,) = article.quotes
    assert _texts(article, quote) == ["the treaty is dead"]
    # Unresolved, the pronoun stands for no one the text names.
    assert _run(pipeline, text, (named,)).quotes == ()


def test_a_naming_verb_whose_object_the_parser_put_after_the_name_does_not_fail(pipeline):
    # The parser reads "the talking points" as the object of "deemed", after "as not relevant".
    text = "Officials said one of the e-mails previously deemed as not relevant actually concerned the talking points."
    article = _run(pipeline, text)
    assert _by_cue(article, "said").speaker_span.text(text) == "Officials"


def test_a_belief_inside_what_was_said_leaves_the_quote_to_the_speech_cue(pipeline):
    text = ("Mara Lind spoke on Monday. She said she expects the campaign “to keep pointing out examples of "
            "bias wherever we see them.”")
    she = [m for m in re.finditer(r"\b[Ss]he\b", text)]
    named = _person(text, "a1", "Mara Lind")
    resolved = Actor("a1", named.name, "person", None, None, None,
                     named.mentions + tuple(Mention(Span(m.start(), m.end()), "pronoun") for m in she))
    article = _run(pipeline, text, (resolved,))
    (quote,) = article.quotes
    assert quote.cue.text(text) == "said"
    assert quote.kind == "mixed"


def test_a_coordinated_cue_speaks_for_the_outer_speaker(pipeline):
    text = "The lawyer said that was not her view and dismissed the reports as “old and misread statements.”"
    article = _run(pipeline, text)
    assert _texts(article, _by_cue(article, "said")) == ["that was not her view"]
    assert _speaker(article, _by_cue(article, "dismissed")) == "lawyer"


def test_a_finding_shown_by_it_is_no_ones_report(pipeline):
    # "it shows that …" with no antecedent actor: a fact shows something, no one says it. An "it" that
    # stands for a body keeps its quote, and so does "it said" (only someone can say).
    text = ("((WN)) What did the experiment show?\n\n"
            "((Mara Lindqvist)) We changed the feed. And it shows that the rats care about each other. "
            "It suggests that the trait is old.\n\n"
            "Dr Lindqvist answered our questions by email.")
    article = pipeline(make_article("t", text, "2024-03-01"))
    assert not [q for q in article.quotes if q.cue is not None and q.cue.text(text) in ("shows", "suggests")]
    text = ("The health ministry published its weekly figures on Monday. It suggested that the outbreak was "
            "slowing. It said that schools would reopen.")
    article = pipeline(make_article("t", text, "2024-03-01"))
    cues = [q.cue.text(text) for q in article.quotes if q.kind == "indirect" and q.speaker is not None]
    assert "suggested" in cues and "said" in cues
