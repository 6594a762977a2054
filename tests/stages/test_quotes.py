from __future__ import annotations

import dataclasses
import re


from eventwire import make_article
from eventwire.records import Actor, Article, Mention, Span
from eventwire.stages import quotes
from eventwire.stages.quotes import find_regions, normalise_marks


def _parsed(pipeline, text: str) -> Article:
    return pipeline.parse([make_article("t", text, "2024-03-01")])[0]


def _run(pipeline, text: str, actors: tuple[Actor, ...] = ()) -> Article:
    article = dataclasses.replace(_parsed(pipeline, text), actors=actors)
    return quotes.run(article, pipeline.knowledge)


def _person(text: str, actor_id: str, *names: str) -> Actor:
    """An actor whose mentions are every occurrence of the given names (a stand-in for the actors stage)."""
    mentions = tuple(
        Mention(Span(m.start(), m.end()), "name") for name in names for m in re.finditer(re.escape(name), text)
    )
    return Actor(actor_id, names[0], "person", None, None, None, tuple(sorted(mentions, key=lambda m: m.span)))


def _texts(article: Article, quote) -> list[str]:
    return [span.text(article.text) for span in quote.content]


def _speaker(article: Article, quote) -> str | None:
    return quote.speaker_span.text(article.text) if quote.speaker_span else None


# ---- quotation marks --------------------------------------------------------------------------------------

def test_normalised_copy_keeps_every_offset():
    text = "He said \"no\" and ``yes'' and „ja“ and «oui» and “si”.\nNext ''line"
    norm = normalise_marks(text)
    assert len(norm) == len(text)
    assert norm.count("“") == norm.count("”") + 1  # the last line's quote is left open
    assert norm[8] == "“" and norm[11] == "”"  # straight marks toggle


def test_regions_skip_marks_and_close_at_a_line_break():
    text = "“An open quote that never closes\nPlain text, and “a closed one” here."
    regions = find_regions(text)
    assert [r.span.text(text) for r in regions] == ["An open quote that never closes", "a closed one"]
    assert [r.closed for r in regions] == [False, True]
    assert [r.words for r in regions] == [6, 3]


def test_a_paragraph_reopening_with_a_mark_continues_the_quote():
    text = "She said: “The first part goes on.\n\n“And the second part ends here.”\n\n“A new quote.”"
    regions = find_regions(text)
    assert [r.continues for r in regions] == [False, True, False]


# ---- direct quotes ----------------------------------------------------------------------------------------

def test_direct_quote_with_trailing_attribution(pipeline):
    text = "“We will not sign this agreement,” Ms. Kowalski said on Monday."
    article = _run(pipeline, text, (_person(text, "a1", "Ms. Kowalski"),))
    (quote,) = article.quotes
    assert quote.id == "q1" and quote.kind == "direct"
    assert _texts(article, quote) == ["We will not sign this agreement"]
    assert quote.cue.text(text) == "said"
    assert _speaker(article, quote) == "Ms. Kowalski"
    assert quote.speaker == "a1"


def test_speaker_is_none_without_an_actor_but_the_span_stays(pipeline):
    text = "“The harvest was the worst in a decade,” the farmer said."
    (quote,) = _run(pipeline, text).quotes
    assert quote.speaker is None
    assert quote.speaker_span.text(text) == "farmer"


def test_inverted_attribution_with_apposition(pipeline):
    text = "“The reform is long overdue,” said Anna Berg, a senior fellow at the institute."
    (quote,) = _run(pipeline, text).quotes
    assert _speaker(_run(pipeline, text), quote) == "Anna Berg"


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


def test_transcript_lines(pipeline):
    text = ("HOST: Will the senator attend the debate tomorrow night?\n"
            "\"REYES: She will not attend, and that decision is final.")
    article = _run(pipeline, text)
    assert [(_speaker(article, q), q.cue.text(text)) for q in article.quotes] == [("HOST", ":"), ("REYES", ":")]
    assert _texts(article, article.quotes[1]) == ["She will not attend, and that decision is final"]


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


def test_quoted_words_are_never_the_speaker(pipeline):
    text = "“The campaign is in panic mode, full panic mode,” said Dana Whitfield, a party organiser."
    article = _run(pipeline, text)
    (quote,) = article.quotes
    assert _speaker(article, quote) == "Dana Whitfield"


def test_speaker_swallowed_by_the_quote_clause(pipeline):
    text = ("“He is right. There is a deep rift between the palace and the army,” Colonel Haas, a former "
            "adviser, said on Friday.")
    article = _run(pipeline, text)
    (quote,) = article.quotes
    assert quote.kind == "direct"
    assert _texts(article, quote) == ["He is right. There is a deep rift between the palace and the army"]
    assert "Haas" in _speaker(article, quote)


def test_title_inside_a_split_quote_is_left_out(pipeline):
    text = ("“We will win this seat,” the candidate said on the radio show “Morning Drive With Lee.” "
            "“Voters are tired of promises.”")
    article = _run(pipeline, text)
    (quote,) = article.quotes
    assert _texts(article, quote) == ["We will win this seat", "Voters are tired of promises"]


# ---- mixed and indirect -----------------------------------------------------------------------------------

def test_naming_verb_attributes_a_short_quote(pipeline):
    text = "The senator called the new budget “a disgrace” on Tuesday."
    article = _run(pipeline, text)
    (quote,) = article.quotes
    assert quote.kind == "mixed"
    assert quote.content[0].text(text).startswith("the new budget")
    assert quote.cue.text(text) == "called"


def test_naming_verb_without_a_name_is_no_cue(pipeline):
    assert _run(pipeline, "The governor called a meeting of the cabinet.").quotes == ()


def test_noun_cue_with_a_that_clause(pipeline):
    text = "Reporters checked the mayor's claim that crime had fallen by half."
    article = _run(pipeline, text)
    (quote,) = article.quotes
    assert quote.content[0].text(text) == "that crime had fallen by half"
    assert quote.cue.text(text) == "claim"
    assert _speaker(article, quote) == "mayor"


def test_bare_cue_only_without_an_object(pipeline):
    assert _run(pipeline, "Prices continued to rise through the winter.").quotes == ()
    text = "The minister continued:\n\n“We cannot pay for both the bridge and the hospital.”"
    (quote,) = _run(pipeline, text).quotes
    assert _speaker(_run(pipeline, text), quote) == "minister"


def test_object_content_runs_through_its_tail(pipeline):
    text = "The senator attacked the governor for his handling of the flood relief."
    (quote,) = _run(pipeline, text).quotes
    assert quote.content[0].text(text) == "the governor for his handling of the flood relief"


def test_mixed_quote_holds_quoted_and_unquoted_words(pipeline):
    text = "She said the new tax would “destroy the middle class” within a decade."
    article = _run(pipeline, text)
    (quote,) = article.quotes
    assert quote.kind == "mixed"
    assert "destroy the middle class" in quote.content[0].text(text)
    assert quote.content[0].text(text).startswith("the new tax")
    assert _speaker(article, quote) == "She"


def test_indirect_said_that(pipeline):
    text = "The minister said that the talks had failed because neither side would move."
    article = _run(pipeline, text)
    (quote,) = article.quotes
    assert quote.kind == "indirect"
    assert quote.content[0].text(text).startswith("that the talks had failed")
    assert _speaker(article, quote) == "minister"


def test_indirect_told_someone_that(pipeline):
    text = "Mr. Okafor told reporters that the company would cut 300 jobs."
    article = _run(pipeline, text, (_person(text, "a1", "Mr. Okafor"),))
    (quote,) = article.quotes
    assert quote.content[0].text(text) == "that the company would cut 300 jobs"
    assert quote.speaker == "a1"


def test_according_to_takes_the_rest_of_the_sentence(pipeline):
    text = "The convoy crossed the river at night, according to local officials."
    article = _run(pipeline, text)
    (quote,) = article.quotes
    assert _texts(article, quote) == ["The convoy crossed the river at night"]
    assert quote.cue.text(text) == "according to"
    assert _speaker(article, quote) == "officials"


def test_parenthetical_attribution(pipeline):
    text = "The talks, the envoy said, had collapsed over the question of the border."
    article = _run(pipeline, text)
    (quote,) = article.quotes
    assert _speaker(article, quote) == "envoy"
    assert "had collapsed" in " ".join(_texts(article, quote))


def test_relative_clause_speaker_is_the_person_described(pipeline):
    text = "Lena Vogt, director of the Baltic Policy Center, who said the region was calm, left early."
    article = _run(pipeline, text)
    (quote,) = article.quotes
    assert _speaker(article, quote) == "Lena Vogt"


def test_no_attribution_no_quote(pipeline):
    assert _run(pipeline, "The bridge opened in 1932 and carries four lanes of traffic.").quotes == ()


# ---- invariants -------------------------------------------------------------------------------------------

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


def test_with_the_real_pipeline_speakers_are_actors(pipeline):
    text = ("“We will not give up our claims,” said Antonio Guterres, the United Nations secretary-general. "
            "He added that the talks would resume in May.\n“Nobody wants another war,” he said.")
    article = pipeline(make_article("t", text, "2024-03-01"))
    assert [q.kind for q in article.quotes] == ["direct", "indirect", "direct"]
    names = {article.actor(q.speaker).name if article.actor(q.speaker) else None for q in article.quotes}
    assert len(names) == 1 and "Guterres" in names.pop()


# ---- speakers the parse hides (round 2) -------------------------------------------------------------------

def _only(pipeline, text: str):
    article = _run(pipeline, text)
    quoted = [q for q in article.quotes if q.kind in ("direct", "mixed")]
    assert len(quoted) == 1, [(_texts(article, q), _speaker(article, q)) for q in article.quotes]
    return article, quoted[0]


def test_the_cue_subject_beats_a_noun_between_quote_and_cue(pipeline):
    article, quote = _only(pipeline, "“The only way the bank will change is if its bosses face jail time” "
                                     "for the fraud, she said.")
    assert _speaker(article, quote) == "she"


def test_a_prepositional_phrase_after_the_cue_is_no_speaker(pipeline):
    article, quote = _only(pipeline, '"He would be a fine judge. Not good, great. One of the sharpest minds in the '
                                     'entire court," Rep. Dana Lund (D-Ore.) said in a phone interview.')
    assert _speaker(article, quote) != "phone interview"
    assert "Lund" in _speaker(article, quote)


def test_a_dateline_is_not_the_speaker(pipeline):
    article, quote = _only(pipeline, "LAKEPORT -- Mayor Ana Reyes, opening the new bridge on Saturday, said it "
                                     "would ''change the life of this city for a generation.''")
    assert _speaker(article, quote) == "Mayor Ana Reyes"


def test_a_subject_inherited_through_a_preposition(pipeline):
    article, quote = _only(pipeline, "Dr. Lund, a surgeon, then appeared on the radio on Tuesday and began by "
                                     "saying he would “never” diagnose a patient by phone.")
    assert quote.kind == "mixed" and _speaker(article, quote) == "Dr. Lund"


def test_a_colon_introduces_the_next_paragraph_whatever_the_verb(pipeline):
    text = "On May 3, Lund made the following comment:\n\n“Young workers are paying for decisions they never made.”"
    article, quote = _only(pipeline, text)
    assert quote.cue.text(text) == ":" and _speaker(article, quote) == "Lund"


def test_a_colon_after_a_noun_phrase_gives_its_clause_subject(pipeline):
    article, quote = _only(pipeline, 'The mayor is rolling out a new and more personal campaign slogan: '
                                     '"It is about the city now."')
    assert _speaker(article, quote) == "mayor"


def test_inverted_said_before_a_colon(pipeline):
    text = "Reform has stalled for years. Said Varga: “I do not expect the talks to resume this year.”"
    article, quote = _only(pipeline, text)
    assert _speaker(article, quote) == "Varga"


def test_as_she_put_it(pipeline):
    text = ("Critics say the station is biased. As Ms. Orban put it in a statement in July, the station is "
            "''offering a view you will not get from the mainstream press.''")
    article, quote = _only(pipeline, text)
    assert quote.kind == "mixed" and quote.cue.text(text) == "put" and _speaker(article, quote) == "Ms. Orban"
    assert _run(pipeline, "The company put the plan on hold after the vote.").quotes == ()


def test_as_the_minister_noted_is_an_indirect_quote(pipeline):
    text = "As the minister noted, the reserves will not last the winter."
    (quote,) = _run(pipeline, text).quotes
    assert quote.kind == "indirect" and quote.content[0].text(text) == "the reserves will not last the winter"


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


def test_a_participle_speaks_for_the_noun_it_describes(pipeline):
    text = "The new campaign video ends with a clip of the governor asking, “Why is nobody talking about the river?”"
    article, quote = _only(pipeline, text)
    assert _speaker(article, quote) == "governor"


# ---- cue senses, first and second person, interview transcripts ----------------------------------------------

def test_intention_and_discovery_verbs_are_never_cues(pipeline):
    text = ("The council decided that the ferry would stop at noon. Inspectors discovered that the hull was cracked. "
            "Mayor Ilse Brandvold wants the ferry to run again.")
    article = _run(pipeline, text, (_person(text, "a1", "Ilse Brandvold"),))
    assert article.quotes == ()


def test_an_opinion_is_reported_only_for_a_named_or_role_third_party(pipeline):
    text = "Ilse Brandvold believes that the ferry will run again. I think the ferry is too old."
    article = _run(pipeline, text, (_person(text, "a1", "Ilse Brandvold"),))
    assert [(_speaker(article, q), q.speaker) for q in article.quotes] == [("Ilse Brandvold", "a1")]
    assert _texts(article, article.quotes[0]) == ["that the ferry will run again"]


def test_questions_and_orders_report_nothing(pipeline):
    article = _run(pipeline, "Did the harbour master say the ferry was safe? Tell the crew about the storm.")
    assert article.quotes == ()


def test_first_person_inside_a_quote_is_its_speaker(pipeline):
    text = "“Last week I told the crew that we would sail on Friday,” Ilse Brandvold said."
    article = _run(pipeline, text, (_person(text, "a1", "Ilse Brandvold"),))
    # The words belong to the one who says them; "I" inside them is no speaker of its own.
    assert [(q.kind, q.speaker) for q in article.quotes] == [("direct", "a1")]


def test_first_person_with_no_one_speaking_has_no_speaker(pipeline):
    article = _run(pipeline, "Last week I told the crew that the ferry would sail on Friday.")
    assert [q.speaker for q in article.quotes] == [None]
    assert [q.speaker_span for q in article.quotes] == [None]  # "I" is never stored as the speaker


def test_interview_turns_in_brackets(pipeline):
    text = ("Dr Oskar Lindqvist has studied sea ice for twenty years.\n\n"
            "((WN))  Why did you start?\n\n"
            "((Oskar Lindqvist))  My teacher took us north. I told my mother that the ice was alive.\n\n"
            "It still is, in a way.\n\n"
            "((WN))  What will happen next?\n\n"
            "((Oskar Lindqvist))  Nobody knows.")
    actors = (_person(text, "a1", "Oskar Lindqvist", "Lindqvist"),)
    turns = quotes.transcript_turns(text)
    assert [(t.label.text(text), t.asks) for t in turns] == [
        ("WN", True), ("Oskar Lindqvist", False), ("Oskar Lindqvist", False), ("WN", True), ("Oskar Lindqvist", False)]
    assert turns[2].content.text(text) == "It still is, in a way"  # an answer goes on over paragraphs
    article = _run(pipeline, text, actors)
    # The questions are the publication's own voice; every answer, and the "I told" inside one, is his.
    assert article.quotes and all(q.speaker == "a1" for q in article.quotes)
    assert not any("Why did you start" in " ".join(_texts(article, q)) for q in article.quotes)


def test_question_and_answer_letters_name_the_interviewee(pipeline):
    text = ("Farmer Greta Holm spoke about the drought.\n"
            "Q: How bad is it?\n"
            "A: We have lost half the wheat and the wells are dry.")
    article = _run(pipeline, text, (_person(text, "a1", "Greta Holm"),))
    answers = [q for q in article.quotes if "half the wheat" in " ".join(_texts(article, q))]
    assert answers and answers[0].speaker == "a1"


def _body(text: str, actor_id: str, name: str, kind: str = "organisation") -> Actor:
    mentions = tuple(Mention(Span(m.start(), m.end()), "name") for m in re.finditer(re.escape(name), text))
    return Actor(actor_id, name, kind, None, None, None, mentions)


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


def test_acts_and_idioms_are_not_reported_speech(pipeline):
    text = ("They find it easy to blame the weather. That said, the harvest was good. "
            "A fish called the silver darter returned. Let's say the rain stops. "
            "The mayor said the bridge would reopen.")
    article = _run(pipeline, text)
    assert [_texts(article, q) for q in article.quotes] == [["the bridge would reopen"]]


def test_the_report_is_the_one_introduced_before_with_its_author(pipeline):
    text = ("The Ostrik Water Authority published a report on Monday. Rivers were low in May. "
            "The report said the dams were full.\n\nA survey was taken in June. The survey found prices rose.")
    authority = _body(text, "a1", "Ostrik Water Authority")
    article = _run(pipeline, text, (authority,))
    speakers = {_texts(article, q)[0]: q.speaker for q in article.quotes}
    assert speakers["the dams were full"] == "a1"
    assert speakers["prices rose"] is None  # the survey's author was never named


def test_findings_are_reported_of_others_not_of_you_or_me(pipeline):
    text = "When you look at the data, you find that the bridge is old. The survey found that the bridge is old."
    article = _run(pipeline, text)
    assert [_speaker(article, q) for q in article.quotes] == ["survey"]


def test_an_inverted_cue_before_a_title_and_name(pipeline):
    text = "\"The ice is thin,\" said study co-author Mira Castellane of the Velmora Institute."
    castellane = _person(text, "a1", "Mira Castellane")
    article = _run(pipeline, text, (castellane,))
    assert [q.speaker for q in article.quotes] == ["a1"]  # not "co", the first of the misparsed subjects
    assert _speaker(article, article.quotes[0]).endswith("author Mira Castellane")


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
