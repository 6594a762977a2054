"""Interview transcripts: labelled turns, who asks and who answers."""
from __future__ import annotations

from eventwire import make_article
from eventwire.stages import quotes
from tests.stages.quotes.helpers import _run, _person, _texts, _speaker


def test_transcript_lines(pipeline):
    text = ("HOST: Will the senator attend the debate tomorrow night?\n"
            "\"REYES: She will not attend, and that decision is final.")
    article = _run(pipeline, text)
    assert [(_speaker(article, q), q.cue.text(text)) for q in article.quotes] == [("HOST", ":"), ("REYES", ":")]
    assert _texts(article, article.quotes[1]) == ["She will not attend, and that decision is final"]


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


def test_a_speech_act_meant_or_agreed_to_in_a_turn_is_no_quote(pipeline):
    # The turn is already its speaker's quote; "agreed to discuss", "would like to discuss" and a purpose
    # clause ("reached out … to discuss") name speech acts, not words anyone reports. A real report stays.
    text = ("((WN)) Thank you for agreeing to discuss your findings on the comet. What did you find?\n\n"
            "((Mirela Stan)) We found ice. I would like to discuss the study with other teams. "
            "Our lab reached out to the observatory to discuss the data.\n\n"
            "((WN)) Did the agency say anything?\n\n"
            "((Mirela Stan)) The agency said the telescope would be free in May.")
    article = pipeline(make_article("t", text, "2024-03-01"))
    cues = sorted(q.cue.text(article.text) for q in article.quotes if q.cue is not None)
    assert not any(cue in ("agreeing", "discuss") for cue in cues), cues
    assert "said" in cues


def test_a_turn_labelled_with_the_publication_asks(pipeline):
    # One interviewer turn alone (too few to count its question marks): the label "Wikinews" is the
    # publication asking, so its turn is no quote; the interviewee's answer stays hers.
    text = ("Mara Lindqvist answered questions for our correspondent.\n\n"
            "((Wikinews)) What first drew you to the penguins? Did you always want to study them?\n\n"
            "((Mara Lindqvist)) I grew up near the coast and watched them every summer.")
    turns = quotes.transcript_turns(text)
    assert [(t.label.text(text), t.asks) for t in turns] == [("Wikinews", True), ("Mara Lindqvist", False)]
    article = _run(pipeline, text, (_person(text, "a1", "Mara Lindqvist"),))
    assert [q.speaker for q in article.quotes] == ["a1"]


def test_the_house_framing_its_interview_is_no_quote(pipeline):
    # The publication's own name as a speaker is its narration; in its questions, a cue whose speaker phrase
    # names no actor, document or role is its own framing. A minister or a report it cites stays.
    text = ("Wikinews reached out to Mara Lind to discuss the Varnholm harbour strike.\n\n"
            "((WN))  What happened after the strike? The minister said the port was safe.\n\n"
            "((Mara Lind))  I went back to the docks. The cranes were broken.\n\n"
            "((WN))  Thank you. It was a great pleasure discussing this with you.\n\n"
            "((Mara Lind))  Thank you.")
    article = _run(pipeline, text, (_person(text, "a1", "Mara Lind"),))
    assert [(q.cue.text(text), _speaker(article, q)) for q in article.quotes] == [
        ("said", "minister"), ("((Mara Lind))", "Mara Lind"), ("((Mara Lind))", "Mara Lind")]
