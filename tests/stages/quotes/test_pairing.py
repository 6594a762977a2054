"""Pairing regions and attributions into direct, mixed and indirect quotes."""
from __future__ import annotations

from tests.stages.quotes.helpers import _run, _person, _texts, _speaker, _only


def test_direct_quote_with_trailing_attribution(pipeline):
    text = "“We will not sign this agreement,” Ms. Kowalski said on Monday."
    article = _run(pipeline, text, (_person(text, "a1", "Ms. Kowalski"),))
    (quote,) = article.quotes
    assert quote.id == "q1" and quote.kind == "direct"
    assert _texts(article, quote) == ["We will not sign this agreement"]
    assert quote.cue.text(text) == "said"
    assert _speaker(article, quote) == "Ms. Kowalski"
    assert quote.speaker == "a1"


def test_split_quote_is_one_quote_with_two_spans(pipeline):
    text = "“The border will stay closed,” the governor said. “We have no other choice this winter.”"
    article = _run(pipeline, text)
    (quote,) = article.quotes
    assert _texts(article, quote) == ["The border will stay closed", "We have no other choice this winter"]
    assert _speaker(article, quote) == "governor"


def test_quote_only_paragraph_continues_the_previous_speaker(pipeline):
    text = ("“Prices have doubled since spring,” said Omar Haddad, a baker in the old town.\n\n"
            "“Nobody can afford bread any more, and nobody in the ministry listens.”")
    article = _run(pipeline, text)
    assert len(article.quotes) == 2
    assert _speaker(article, article.quotes[1]) == "Omar Haddad"


def test_multi_paragraph_quote_is_one_quote_with_a_span_per_paragraph(pipeline):
    text = ("Ines Duarte, a farmer, said: “We lost the harvest and then the house.\n\n"
            "“Then the insurers stopped answering our calls.”")
    article = _run(pipeline, text)
    (quote,) = article.quotes
    assert _texts(article, quote) == ["We lost the harvest and then the house",
                                      "Then the insurers stopped answering our calls"]
    assert _speaker(article, quote) == "Ines Duarte"


def test_colon_at_the_end_of_the_previous_paragraph_introduces_the_quote(pipeline):
    text = "The mayor told the council:\n\n“We have no money left for the new bridge this year.”"
    article = _run(pipeline, text)
    (quote,) = article.quotes
    assert _speaker(article, quote) == "mayor"
    assert quote.cue.text(text) == "told"


def test_attribution_in_the_next_sentence(pipeline):
    text = "“The vote was rigged from the start.” He said it twice."
    article = _run(pipeline, text)
    assert [_speaker(article, q) for q in article.quotes if q.kind == "direct"] == ["He"]


def test_quote_signed_with_a_dash(pipeline):
    text = "“I will vote for the first time this year.” ― Maria Lopez"
    article = _run(pipeline, text)
    (quote,) = article.quotes
    assert _speaker(article, quote) == "Maria Lopez"


def test_a_short_quote_with_its_cue_right_after_is_speech(pipeline):
    text = "“Still counting?” she asked, and nobody answered."
    article = _run(pipeline, text)
    direct = [q for q in article.quotes if q.kind == "direct"]
    assert [_texts(article, q) for q in direct] == [["Still counting?"]]
    assert _speaker(article, direct[0]) == "she"


def test_a_cue_inside_the_quote_does_not_take_it(pipeline):
    text = "“I think the deal is dead,” the senator said."
    article = _run(pipeline, text)
    direct = [q for q in article.quotes if q.kind == "direct"]
    assert len(direct) == 1 and _speaker(article, direct[0]) == "senator"


def test_scare_quotes_and_titles_are_not_quotes(pipeline):
    text = ("The so-called “peace plan” was dropped. Viewers of “The Late Evening Show” laughed. "
            "Auditors removed “ghost workers” from the payroll.")
    article = _run(pipeline, text)
    assert all(q.kind != "direct" for q in article.quotes)


def test_first_half_before_its_cue_joins_the_second(pipeline):
    text = "“Now that I have retired,” the general told the host, “I can say the war was a mistake.”"
    article = _run(pipeline, text)
    direct = [q for q in article.quotes if q.kind == "direct"]
    assert len(direct) == 1
    assert _texts(article, direct[0]) == ["Now that I have retired", "I can say the war was a mistake"]
    assert _speaker(article, direct[0]) == "general"


def test_reported_half_then_quoted_half_is_one_mixed_quote(pipeline):
    text = ("The ministry may wait until the harvest is in, Ms. Adeyemi said. "
            "“Nobody wants to raise prices before the election.”")
    article = _run(pipeline, text)
    (quote,) = article.quotes
    assert quote.kind == "mixed" and len(quote.content) == 2
    assert _speaker(article, quote) == "Ms. Adeyemi"


def test_title_inside_a_split_quote_is_left_out(pipeline):
    text = ("“We will win this seat,” the candidate said on the radio show “Morning Drive With Lee.” "
            "“Voters are tired of promises.”")
    article = _run(pipeline, text)
    (quote,) = article.quotes
    assert _texts(article, quote) == ["We will win this seat", "Voters are tired of promises"]


def test_mixed_quote_holds_quoted_and_unquoted_words(pipeline):
    text = "She said the new tax would “destroy the middle class” within a decade."
    article = _run(pipeline, text)
    (quote,) = article.quotes
    assert quote.kind == "mixed"
    assert "destroy the middle class" in quote.content[0].text(text)
    assert quote.content[0].text(text).startswith("the new tax")
    assert _speaker(article, quote) == "She"


def test_no_attribution_no_quote(pipeline):
    assert _run(pipeline, "The bridge opened in 1932 and carries four lanes of traffic.").quotes == ()


def test_a_quoted_sentence_goes_on_with_the_previous_sentence_speaker(pipeline):
    text = ('Her former partner, Jo Wu, called her a genius at negotiation. '
            '"She always knew what the other side needed before they did."')
    article, quote = _only(pipeline, text)
    assert quote.kind == "direct" and _speaker(article, quote) == "Jo Wu"


def test_a_quote_in_a_clause_without_a_cue_is_its_subject_s(pipeline):
    text = "In recent weeks, Reyes has gone after the governor as a “man who will sell the river to anyone.”"
    article, quote = _only(pipeline, text)
    assert _speaker(article, quote) == "Reyes"


def test_a_quote_in_a_clause_with_an_empty_subject_has_no_speaker(pipeline):
    article, quote = _only(pipeline, "It was “a very bad day for all of us at the plant.”")
    assert quote.speaker_span is None
