"""Cues, speaker phrases and contents read from the parse."""
from __future__ import annotations

from tests.stages.quotes.helpers import _run, _person, _texts, _speaker, _only


def test_inverted_attribution_with_apposition(pipeline):
    text = "“The reform is long overdue,” said Anna Berg, a senior fellow at the institute."
    (quote,) = _run(pipeline, text).quotes
    assert _speaker(_run(pipeline, text), quote) == "Anna Berg"


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


def test_a_participle_speaks_for_the_noun_it_describes(pipeline):
    text = "The new campaign video ends with a clip of the governor asking, “Why is nobody talking about the river?”"
    article, quote = _only(pipeline, text)
    assert _speaker(article, quote) == "governor"


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


def test_acts_and_idioms_are_not_reported_speech(pipeline):
    text = ("They find it easy to blame the weather. That said, the harvest was good. "
            "A fish called the silver darter returned. Let's say the rain stops. "
            "The mayor said the bridge would reopen.")
    article = _run(pipeline, text)
    assert [_texts(article, q) for q in article.quotes] == [["the bridge would reopen"]]


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


def test_a_demonstrative_that_shows_is_no_speaker(pipeline):
    text = ("The Varnek dam cracked in May. That implies the engineers were wrong. "
            "This highlights the cost of delay. Ada Pell said the repairs were late.")
    article = _run(pipeline, text)
    assert [_speaker(article, q) for q in article.quotes] == ["Ada Pell"]


def test_an_inverted_cue_after_unquoted_words_takes_the_name_after_it(pipeline):
    # "…, stated X": quotative inversion with no quotation marks; the parser makes the name the verb's
    # object, but a speech verb's object is never a person said, so the name is the one speaking. A name
    # after a preposition ("a spokesman for X") is still not the speaker.
    text = "The fire was set near the depot, stated Interior Minister Kwame Adjei on Monday."
    article = _run(pipeline, text)
    assert [(_speaker(article, q), _texts(article, q)) for q in article.quotes] == [
        ("Kwame Adjei", ["The fire was set near the depot"])]
    text = "The road will reopen in May, said a spokesman for Kwame Adjei."
    article = _run(pipeline, text)
    assert [_speaker(article, q) for q in article.quotes] == ["spokesman"]


def test_an_inverted_cue_after_a_quotation_beats_the_colon_before_it(pipeline):
    # "X: “…,” wrote Y": the cue closing the quotation names its speaker; the clause before the colon only
    # leads into it, and is no part of what Y wrote. A colon with no cue after the quotation still gives it.
    text = ('The council answered its critics in a statement: "We have done everything the law allows," '
            "wrote council member Aiko Tanaka.")
    article = _run(pipeline, text)
    assert [(q.kind, q.cue.text(text), _speaker(article, q), _texts(article, q)) for q in article.quotes] == [
        ("direct", "wrote", "council member Aiko Tanaka", ["We have done everything the law allows"])]
    text = 'The council answered its critics in a statement: "We have done everything the law allows."'
    article = _run(pipeline, text)
    assert [(q.kind, _speaker(article, q)) for q in article.quotes] == [("direct", "council")]


def test_writing_a_document_is_no_quote_of_its_words(pipeline):
    text = ("The review was done by editors not involved in writing the article. "
            "The team spent a year writing the report.")
    assert _run(pipeline, text).quotes == ()  # the activity of writing a text, not what the text says
    said = "Mara Lind wrote that the fjords were warming."
    assert [q.kind for q in _run(pipeline, said).quotes] == ["indirect"]


def test_a_declaration_that_performs_an_act_is_no_quote(pipeline):
    # "declare" with an object the verb patterns code as a material act (a state of emergency 1724, a
    # curfew 1723) performs it: the table's "act" object role. With a clause, or an object coded as no
    # such act ("bankruptcy"), it reports.
    text = ("Governor Ilse Brandvold declared a state of emergency on Monday. "
            "Tomas Renk said he may declare a curfew in Ostrik.")
    article = _run(pipeline, text)
    assert [_texts(article, q) for q in article.quotes] == [["he may declare a curfew in Ostrik"]]
    text = ("Tomas Renk declared that the count was flawed. The council declared the vote invalid. "
            "The Ostrik Coal Company declared bankruptcy.")
    article = _run(pipeline, text)
    assert [_texts(article, q) for q in article.quotes] == [
        ["that the count was flawed"], ["the vote invalid"], ["bankruptcy"]]


def test_deny_with_two_objects_withholds_a_thing(pipeline):
    # The double-object and passive "deny" gives or withholds something ("transfer"): no words reported.
    # With one object it is the speech act ("denied the report").
    text = ("The players were denied visas by the Norvanian embassy. The border guards denied him entry. "
            "Many refugees are being denied shelter.")
    assert _run(pipeline, text).quotes == ()
    article = _run(pipeline, "Tomas Renk denied the allegations on Friday.")
    assert [_texts(article, q) for q in article.quotes] == [["the allegations on Friday"]]


def test_considering_an_act_is_no_view(pipeline):
    # A cognition verb with a gerund weighs an act ("would consider charging him"); with a clause it
    # holds a view ("considers that the plan is unfair").
    text = "Prosecutors in Ostrik would consider charging the mayor."
    assert _run(pipeline, text, (_person(text, "a1", "Prosecutors"),)).quotes == ()


def test_a_hyphenated_role_is_one_subject(pipeline):
    # The tokenizer splits "co-author" into three tokens the parser may each make a subject: the word's head
    # is its last part, and a name in apposition to it is the speaker; alone, the span is the whole word.
    text = 'Another co-author, chemistry professor Ilse Brandvold, said, "We have seen this pattern before."'
    article = _run(pipeline, text, (_person(text, "a1", "Ilse Brandvold"),))
    assert [(q.speaker, _speaker(article, q)) for q in article.quotes] == [
        ("a1", "chemistry professor Ilse Brandvold")]
    article = _run(pipeline, "A co-author said the river was clean.")
    assert [_speaker(article, q) for q in article.quotes] == ["co-author"]


def test_a_cue_right_after_the_quotation_beats_the_colon_before_it(pipeline):
    text = ("Fellow senators were more supportive in their comments: “Thank you for your work. Let's keep "
            "fighting”, wrote Marta Lind on Twitter.")
    article = _run(pipeline, text)
    (quote,) = article.quotes
    assert _speaker(article, quote) == "Marta Lind"


def test_a_cue_of_the_next_quotation_leaves_the_colon_its_quotation(pipeline):
    text = ("I had to change my answer: “I was just kidding.” To which she said, “Thank God you believe it.”")
    article = _run(pipeline, text)
    first = min(article.quotes, key=lambda q: q.content[0].start)
    assert first.cue is not None and first.cue.text(text) == ":"
