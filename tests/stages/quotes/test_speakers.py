"""Speaker resolution: the actor a speaker phrase names; pronouns never speak."""
from __future__ import annotations

import dataclasses
import re

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


def _titled(text: str, actor_id: str, name: str, kind: str = "person", sector: str | None = None) -> Actor:
    mentions = tuple(Mention(Span(m.start(), m.end()), "name") for m in __import__("re").finditer(name, text))
    return Actor(actor_id, name, kind, None, sector, None, mentions)


def test_a_definite_role_names_the_one_holder_of_that_role(pipeline):
    text = ("Senator Hollis Vantreight met Dara Quell, a farmer, in Tolbury on Monday. "
            "The senator said the new bridge would be paid for by the state.")
    article = _run(pipeline, text, (_titled(text, "a1", "Hollis Vantreight", sector="LEG"),
                                    _titled(text, "a2", "Dara Quell")))
    assert [(q.speaker, _speaker(article, q)) for q in article.quotes] == [("a1", "senator")]


def test_a_role_in_apposition_counts_and_two_holders_compete(pipeline):
    text = ("Hollis Vantreight, the senator from Ostrava, spoke first. Mirel Dask, a senator too, followed. "
            "The senator said the bridge would open in May.")
    one = _titled(text, "a1", "Hollis Vantreight")
    assert [q.speaker for q in _run(pipeline, text, (one,)).quotes] == ["a1"]
    two = (one, _titled(text, "a2", "Mirel Dask"))
    assert [q.speaker for q in _run(pipeline, text, two).quotes] == [None]  # two senators: no guess


def test_the_company_is_the_one_business_named(pipeline):
    text = "Brannock Mills cut 200 jobs in Velden. The company said demand for wool had fallen."
    mills = _titled(text, "a1", "Brannock Mills", kind="organisation", sector="BUS")
    assert [q.speaker for q in _run(pipeline, text, (mills,)).quotes] == ["a1"]
    # An indefinite role introduces someone new: "a company" is not the one named before.
    other = "Brannock Mills cut 200 jobs in Velden. A company said demand for wool had fallen."
    assert [q.speaker for q in _run(pipeline, other, (_titled(other, "a1", "Brannock Mills", kind="organisation",
                                                                 sector="BUS"),)).quotes] == [None]


def test_a_role_names_no_one_named_only_after_it(pipeline):
    text = "The senator said the bridge would open in May. Senator Hollis Vantreight did not comment."
    article = _run(pipeline, text, (_titled(text, "a1", "Hollis Vantreight", sector="LEG"),))
    assert [q.speaker for q in article.quotes] == [None]


def test_an_agentless_passive_or_subjectless_act_is_no_quote(pipeline):
    # A finding no one is said to voice, and acts with no one doing them, report nobody's words.
    text = ("In Velden, it was reported that the dam had cracked. "
            "The minister flew to Velden on Monday, observing that the river had risen.")
    article = _run(pipeline, text)
    assert all(q.speaker_span is not None or q.kind != "indirect" for q in article.quotes)
    assert not any(_texts(article, q)[0].startswith("the dam") for q in article.quotes)


def test_a_speaking_verb_with_no_speaker_stays(pipeline):
    # "Was said to": someone, unnamed, spoke; the quote stays with no speaker.
    text = "The ferry was said to be leaving Tolbury before noon."
    article = _run(pipeline, text)
    assert [(q.kind, q.speaker) for q in article.quotes] == [("indirect", None)]


def test_with_the_real_pipeline_the_senator_is_the_named_senator(pipeline):
    text = ("Senator Hollis Vantreight met Dara Quell in Tolbury on Monday. "
            "The senator said the new bridge would be paid for by the state.")
    article = pipeline(make_article("t", text, "2024-03-01"))
    (quote,) = article.quotes
    assert article.actor(quote.speaker).name == "Hollis Vantreight"
    rivals = "Senator Hollis Vantreight met Senator Mirel Dask in Tolbury. The senator said the bridge would open."
    article = pipeline(make_article("t", rivals, "2024-03-01"))
    assert [article.actor(q.speaker).name for q in article.quotes] == ["senator"]  # the role, no one guessed


def test_the_one_challenged_is_a_listener_not_words(pipeline):
    # "challenge" names who is challenged, as "urge" names who is urged: the words are the clause after.
    assert _run(pipeline, "Marta Olsen challenged Pieter Vance in the race for mayor of Tolbury.").quotes == ()
    article = _run(pipeline, "Marta Olsen challenged Pieter Vance to explain the budget cuts.")
    assert ["to explain the budget cuts"] in [_texts(article, q) for q in article.quotes]


def _with_pronouns(actor: Actor, text: str, *pronouns: str) -> Actor:
    """The actor with every occurrence of the given pronouns as its pronoun mentions (the actors stage's links)."""
    extra = tuple(Mention(Span(m.start(), m.end()), "pronoun")
                  for word in pronouns for m in re.finditer(rf"\b{word}\b", text))
    return dataclasses.replace(actor, mentions=tuple(sorted(actor.mentions + extra, key=lambda m: m.span)))


def test_a_narrators_he_is_the_one_person_named_before_it(pipeline):
    text = ("Teodor Vasko chaired the harbour board for ten years.\n"
            "Vasko said the new pier would open in June. He said the cost had doubled since the spring.")
    article = _run(pipeline, text, (_person(text, "a1", "Teodor Vasko"),))
    # "Vasko said" found him by surname only; the "he" after it is the one person of the two paragraphs.
    assert [(_speaker(article, q), q.speaker) for q in article.quotes] == [("Vasko", "a1"), ("He", "a1")]


def test_two_people_before_he_are_two_readings_and_neither_is_guessed(pipeline):
    text = "Teodor Vasko met Arvid Lenk on Monday. He said the talks had gone well."
    article = _run(pipeline, text, (_person(text, "a1", "Teodor Vasko"), _person(text, "a2", "Arvid Lenk")))
    assert [(_speaker(article, q), q.speaker) for q in article.quotes] == [("He", None)]


def test_a_person_called_she_before_is_no_antecedent_of_he(pipeline):
    text = ("Mirela Dusk left early because she had a train to catch. Teodor Vasko stayed. "
            "He said the talks had gone well.")
    dusk = _with_pronouns(_person(text, "a1", "Mirela Dusk"), text, "she")
    article = _run(pipeline, text, (dusk, _person(text, "a2", "Teodor Vasko")))
    assert [(_speaker(article, q), q.speaker) for q in article.quotes] == [("He", "a2")]


def test_a_pronoun_reaches_back_one_paragraph_only(pipeline):
    text = ("Teodor Vasko chaired the harbour board for ten years.\n"
            "The pier was built in 1990.\n"
            "He said the cost had doubled since the spring.")
    article = _run(pipeline, text, (_person(text, "a1", "Teodor Vasko"),))
    assert [(_speaker(article, q), q.speaker) for q in article.quotes] == [("He", None)]


def test_they_is_the_one_group_named_before_it(pipeline):
    text = "Dock workers in Varnholm walked out on Monday. They said pay had not risen in five years."
    workers = Actor("a1", "Dock workers", "group", None, "LAB", None, (Mention(Span(0, 12), "role"),))
    article = _run(pipeline, text, (workers,))
    assert [(_speaker(article, q), q.speaker) for q in article.quotes] == [("They", "a1")]


def test_a_pronoun_inside_an_interview_answer_is_not_the_narrators(pipeline):
    text = ("Teodor Vasko built the bridge in 1990.\n"
            "WU: What did the builder tell you?\n"
            "MAYOR: He said the bridge would hold for a century.")
    article = _run(pipeline, text, (_person(text, "a1", "Teodor Vasko"),))
    inner = [q for q in article.quotes if _speaker(article, q) == "He"]
    # The answer's "he" belongs to the one answering: the narrator's Vasko is not its antecedent.
    assert len(inner) == 1 and inner[0].speaker is None


def test_the_study_speaks_for_whoever_conducted_it(pipeline):
    text = ("The study was conducted by the Brennmark Reef Institute over six years. "
            "The study said the reef had lost half of its coral since 2001.\n"
            "A survey conducted by the Ostrik Water Authority found that the river was clean.")
    institute, authority = _body(text, "a1", "Brennmark Reef Institute"), _body(text, "a2", "Ostrik Water Authority")
    article = _run(pipeline, text, (institute, authority))
    assert [(_texts(article, q)[0].split()[-1], q.speaker) for q in article.quotes] == [("2001", "a1"),
                                                                                     ("clean", "a2")]


def test_the_generic_you_or_one_reports_no_ones_words(pipeline):
    text = "If you ask the ferrymen, you can say that the river is rising. One could argue that the dam is too old."
    assert _run(pipeline, text).quotes == ()  # "you" and "one" stand for anyone: no source, no quote
    named = "Ilse Brandvold said that the river is rising."
    assert [q.speaker for q in _run(pipeline, named, (_person(named, "a1", "Ilse Brandvold"),)).quotes] == ["a1"]


def test_a_candidates_campaign_speaks_for_the_candidate(pipeline):
    text = ("Ilse Brandvold's campaign said she would stay in the race until June. "
            "Tomas Ferrel won the primary in Ostrik. The campaign said the count was unfair.")
    ilse, tomas = _person(text, "a1", "Ilse Brandvold"), _person(text, "a2", "Tomas Ferrel")
    article = _run(pipeline, text, (ilse, tomas))
    # The second "the campaign" is the one introduced with its owner before: hers, not his.
    assert [(_speaker(article, q), q.speaker) for q in article.quotes] == [("Ilse Brandvold", "a1"),
                                                                          ("campaign", "a1")]


def test_you_in_an_interviewers_question_and_one_of_are_no_generic_pronouns(pipeline):
    text = ("Ilse Brandvold studies ferries on the Varn river.\n"
            "((WN)) You noted that the river was rising. Why?\n"
            "((Ilse Brandvold)) The rain in the hills was heavy.\n"
            "((WN)) Is the town safe?\n"
            "((Ilse Brandvold)) Not yet.")
    article = _run(pipeline, text)  # no actor for her: the quote stays, its speaker the one answering
    noted = [q for q in article.quotes if _texts(article, q) == ["that the river was rising"]]
    assert [_speaker(article, q) for q in noted] == ["Ilse Brandvold"]
    text = "One of the ferrymen said that the river was rising."
    article = _run(pipeline, text)
    assert [_texts(article, q) for q in article.quotes] == [["that the river was rising"]]


def _inverted(pipeline, text: str) -> tuple[str | None, str | None]:
    article = pipeline(make_article("t", text, "2024-03-01"))
    (quote,) = article.quotes
    actor = article.actor(quote.speaker)
    return _speaker(article, quote), actor.name if actor is not None else None


def test_an_inverted_cue_speaks_for_the_name_after_a_title(pipeline):
    # Quotative inversion: the subject runs from the verb to the clause end, and the name is its head
    # however the parser hangs the title or the organisation before it.
    span, name = _inverted(pipeline, "“The harbour will reopen on Monday,” stated Minister of Transport Karel Dvorak.")
    assert span == "Karel Dvorak" and name is not None and "Dvorak" in name
    span, _ = _inverted(pipeline, "“Stay calm,” tweeted Mayor of Springfield Tomas Haller.")
    assert span == "Tomas Haller"
    span, _ = _inverted(pipeline, "“We are ready,” remarked Save the Lakes scientist Oda Berg.")
    assert span == "Oda Berg"


def test_an_inverted_cue_speaks_for_the_name_before_its_affiliation(pipeline):
    span, _ = _inverted(pipeline, "“Prices will fall,” said Anna Frane of Helping Hands, a Polish housing charity.")
    assert span == "Anna Frane"
    span, _ = _inverted(pipeline, "“We are ready,” said Dana Kowal from the Blue Cross.")
    assert span == "Dana Kowal"


def test_an_inverted_cue_keeps_a_speaker_that_is_no_named_person(pipeline):
    # The one described by someone else's name speaks, not the name; a body or a role stays the speaker.
    span, _ = _inverted(pipeline, "“He is innocent,” said a lawyer for Piotr Nowak.")
    assert span == "lawyer"
    span, _ = _inverted(pipeline, "“The water is high,” said a farmer living near the dam.")
    assert span == "farmer"
    span, _ = _inverted(pipeline, "“We will rebuild,” said Health Minister Li Wen, speaking in Paris.")
    assert span is not None and span.endswith("Li Wen")


def test_an_inverted_cue_keeps_the_name_the_parse_found(pipeline):
    # A name after a preposition ("on Twitter", which the tagger may read as a person) is no subject.
    span, _ = _inverted(pipeline, "“The vote was rigged,” wrote student activist Lorna Quist on Twitter.")
    assert span is not None and span.endswith("Lorna Quist")
    span, _ = _inverted(pipeline, "“The vote was rigged,” said the daughter of Piotr Nowak.")
    assert span == "daughter"


def _spans(pipeline, text: str) -> list[str | None]:
    article = _run(pipeline, text)
    return [_speaker(article, q) for q in article.quotes]


def test_according_to_speaks_for_the_name_that_ends_its_object(pipeline):
    # The object of "according to" runs to the comma: a title and a place before the name modify it.
    assert _spans(pipeline, "According to Ohio Senator Mara Lind, the bridge is unsafe.") == ["Senator Mara Lind"]
    assert _spans(pipeline, "According to Mara Lind, the bridge is unsafe.") == ["Mara Lind"]


def test_according_to_a_role_speaks_for_the_name_in_apposition(pipeline):
    text = "According to Springfield's first selectman, Mara Lind, the bridge is unsafe."
    article = _run(pipeline, text)
    (quote,) = article.quotes
    assert _speaker(article, quote) == "Mara Lind" and _texts(article, quote) == ["the bridge is unsafe"]


def test_according_to_keeps_a_source_before_a_name_that_is_the_news(pipeline):
    # A bare group, a document, or a name with an age after it is the news about that name, not its source.
    assert _spans(pipeline, "According to police, Tom Berg, a local farmer, was arrested at noon.") == ["police"]
    assert _spans(pipeline, "According to the report, Tom Berg, 45, was arrested at noon.") == ["report"]


def test_a_name_in_apposition_closing_a_role_phrase_is_the_speaker(pipeline):
    # The parser hangs the name on the organisation before it; an organisation has no personal name.
    assert _spans(pipeline, "The director of the Ostrik Water Authority, Mara Lind, told reporters the river "
                            "was clean.") == ["Mara Lind"]
    text = ("Speaking to Radio Zendan, the president of the Valley League for Clean Water, Mara Lind, said, "
            "“We are ready to fight this decision in court”.")
    article = _run(pipeline, text, (_person(text, "a1", "Mara Lind"),))
    assert [(q.kind, q.speaker) for q in article.quotes] == [("direct", "a1")]


def test_an_office_speaks_for_its_owner(pipeline):
    text = ("Tom Berg's office said he has cancelled all upcoming events. "
            "According to a statement released by Berg's office, the talks failed.")
    article = _run(pipeline, text, (_person(text, "a1", "Tom Berg", "Berg"),))
    assert [q.speaker for q in article.quotes] == ["a1", "a1"]


def test_a_voice_is_no_document_a_clause_is_set_in(pipeline):
    assert _run(pipeline, "In his office, Tom Berg keeps a photo of the old harbour.").quotes == ()


def test_a_possessive_pronoun_source_takes_the_antecedent(pipeline):
    text = "Tom Berg retired in 2019. According to his publicist, he had undergone surgery recently."
    article = _run(pipeline, text, (_person(text, "a1", "Tom Berg"),))
    assert [q.speaker for q in article.quotes] == ["a1"]


def test_bare_reports_are_no_source(pipeline):
    text = ("According to reports, the mayor left his home at noon. Reports say the mayor is ill. "
            "According to local reports, the mayor is ill. The reports said he was ill. Polls show he is ahead.")
    article = _run(pipeline, text)
    assert [_speaker(article, q) for q in article.quotes] == ["reports", "reports", "Polls"]


def test_an_infinitive_speech_act_in_an_interview_answer_is_no_quote(pipeline):
    text = ("((WN)) What do you want for the city?\n"
            "((Mara Lind)) We need a platform which empowers the minority to post their needs and discuss their "
            "preferences. Nobody should be able to tell you not to be happy. My father told me the farm was lost.")
    article = _run(pipeline, text)
    cues = [q.cue.text(text) for q in article.quotes if q.cue is not None]
    assert "post" not in cues and "discuss" not in cues and "tell" not in cues
    assert "told" in cues  # what was said stays


def test_a_question_cue_asked_of_the_listener_is_no_quote(pipeline):
    text = "Which specific advisers would you ask to join your cabinet? She asked whether the board would resign."
    article = _run(pipeline, text)
    assert [q.cue.text(text) for q in article.quotes] == ["asked"]


def test_one_of_a_group_is_the_person_named_in_apposition(pipeline):
    assert _spans(pipeline, "One of the study's authors, herpetologist Mara Lind, told reporters the frogs "
                            "were rare.") == ["herpetologist Mara Lind"]
    assert _spans(pipeline, "One of the users said the site was slow.") == ["One"]


def test_a_quoted_term_inside_a_sentence_is_no_quote(pipeline):
    text = ("Since then, the territory has been governed under the “one country, two systems” model. "
            "The party advocates “a consistent life ethic” including opposition to war.")
    assert _run(pipeline, text).quotes == ()
    # A name or a cue still makes the same phrase someone's words.
    text = "The bill used the term “civil union” in its title. Tom Berg called it “a disgrace”."
    article = _run(pipeline, text)
    assert [_texts(article, q) for q in article.quotes] == [["a disgrace"]]


def test_he_after_a_sentence_that_names_one_person_as_its_subject(pipeline):
    text = ("Teodor Vasko chaired the harbour board for ten years. "
            "Arvid Lenk took over in May. He said the cost had doubled since the spring.")
    article = _run(pipeline, text, (_person(text, "a1", "Teodor Vasko"), _person(text, "a2", "Arvid Lenk")))
    # Two men in reach, but the sentence just before names one, as its subject: the nearest clear antecedent.
    assert [(_speaker(article, q), q.speaker) for q in article.quotes] == [("He", "a2")]


def test_a_sentence_before_that_names_two_people_leaves_he_open(pipeline):
    text = ("Teodor Vasko chaired the harbour board for ten years. "
            "Arvid Lenk met Teodor Vasko in May. He said the cost had doubled since the spring.")
    article = _run(pipeline, text, (_person(text, "a1", "Teodor Vasko"), _person(text, "a2", "Arvid Lenk")))
    assert [(_speaker(article, q), q.speaker) for q in article.quotes] == [("He", None)]


def test_a_description_the_text_gave_a_person_names_them_later(pipeline):
    text = ("Actress Mirela Dusk opened the festival in Varnholm on Friday. "
            "The actress said the town had waited twenty years for a cinema.")
    article = _run(pipeline, text, (_person(text, "a1", "Mirela Dusk"),))
    assert [(_speaker(article, q), q.speaker) for q in article.quotes] == [("actress", "a1")]
    # A description the text never gave her names no one.
    other = ("Actress Mirela Dusk opened the festival in Varnholm on Friday. "
             "The critic said the town had waited twenty years for a cinema.")
    article = _run(pipeline, other, (_person(other, "a1", "Mirela Dusk"),))
    assert [q.speaker for q in article.quotes] == [None]


def test_the_interviewers_own_words_in_a_question_are_no_quote(pipeline):
    text = ("Dr Oskar Lindqvist has studied sea ice for twenty years.\n\n"
            "((WN))  When I say sea ice, I mean the ice that floats. Why did you start?\n\n"
            "((Oskar Lindqvist))  My teacher took us north. I told my mother that the ice was alive.")
    article = _run(pipeline, text, (_person(text, "a1", "Oskar Lindqvist", "Lindqvist"),))
    # The interviewer's "I say" is the publication's voice; the answer and the "I told" in it are his.
    assert not any("sea ice" in " ".join(_texts(article, q)) for q in article.quotes)
    assert article.quotes and all(q.speaker == "a1" for q in article.quotes)


def test_the_study_speaks_for_its_co_author_named_before(pipeline):
    text = ("Professor Mara Lind of Varnholm University, co-author of a new study published on Monday, "
            "spoke to reporters in Ostrik.\n"
            "The study reports that the glacier lost a tenth of its ice since 2001. "
            "The study says that the loss is speeding up.\n"
            "A study said the river was clean.")
    article = _run(pipeline, text, (_person(text, "a1", "Mara Lind"),))
    by_end = {_texts(article, q)[0].split()[-1]: q.speaker for q in article.quotes}
    # Each "the study" is the one she co-wrote; "a study" is another, whose author the text never names.
    assert by_end == {"2001": "a1", "up": "a1", "clean": None}


def test_a_relation_noun_is_no_description_of_the_person(pipeline):
    text = ("The family of Teodor Vasko gathered in Varnholm on Friday. "
            "The family said the funeral would be private.")
    article = _run(pipeline, text, (_person(text, "a1", "Teodor Vasko"),))
    assert [q.speaker for q in article.quotes] == [None]  # the family of Vasko is not Vasko


def test_a_second_he_goes_on_with_the_first_ones_antecedent(pipeline):
    text = ("Teodor Vasko chaired the harbour board for ten years. Arvid Lenk took over in May. "
            "He said the cost had doubled since the spring. He also said that the pier would open in June.")
    article = _run(pipeline, text, (_person(text, "a1", "Teodor Vasko"), _person(text, "a2", "Arvid Lenk")))
    assert [(_speaker(article, q), q.speaker) for q in article.quotes] == [("He", "a2"), ("He", "a2")]


def test_a_first_person_quote_goes_on_from_the_sentence_about_its_speaker(pipeline):
    text = ("Mirela Dusk left the Varnholm band in 1990. “I wanted to write my own songs for once.”\n"
            "The band toured Ostrik in May. “Harbour lights over the old town at dusk.”")
    article = _run(pipeline, text, (_person(text, "a1", "Mirela Dusk"),))
    # The first quote speaks in the first person, after a sentence about her: hers. The second is no one's.
    assert [q.speaker for q in article.quotes] == ["a1", None]


def test_a_he_after_a_named_subject_in_its_own_sentence_is_that_subject(pipeline):
    # Two people in reach, but the pronoun's own sentence names one of them, as its subject, before it: the
    # nearest referent that fits ("Lenk concurred: “…”, he argued.").
    text = ("Teodor Vasko and Arvid Lenk spoke at the harbour forum.\n"
            "Lenk concurred: “We need to stop dredging the bay”, he argued.")
    people = (_person(text, "a1", "Teodor Vasko"), _person(text, "a2", "Arvid Lenk", "Lenk"))
    article = _run(pipeline, text, people)
    assert [(_speaker(article, q), q.speaker) for q in article.quotes] == [("he", "a2")]
    # The same sentence naming both before the pronoun is two readings again.
    text = ("Teodor Vasko and Arvid Lenk spoke at the harbour forum.\n"
            "Lenk met Vasko: “We need to stop dredging the bay”, he argued.")
    people = (_person(text, "a1", "Teodor Vasko", "Vasko"), _person(text, "a2", "Arvid Lenk", "Lenk"))
    article = _run(pipeline, text, people)
    assert [q.speaker for q in article.quotes] == [None]


def test_a_pronoun_in_an_interview_answer_takes_the_one_person_the_answer_named(pipeline):
    # The interviewee's "he" is about someone of their story: the one person their answer named before it.
    # With two named there, or none, it stays unresolved (the narrator's discourse is not the reach).
    text = ("Teodor Vasko and Arvid Lenk run the Varnholm docks.\n\n"
            "((WN))  What happened after the strike?\n\n"
            "((Mara Lind))  I went back to the docks. Teodor Vasko was there, and he told me that the cranes "
            "were broken.\n\n"
            "((WN))  And then?\n\n"
            "((Mara Lind))  I waited. Later he said the port would close.")
    people = (_person(text, "a1", "Teodor Vasko"), _person(text, "a2", "Arvid Lenk"), _person(text, "a3", "Mara Lind"))
    article = _run(pipeline, text, people)
    assert [(_speaker(article, q), q.speaker) for q in article.quotes if q.cue.text(text) in ("told", "said")] == [
        ("he", "a1"), ("he", None)]


def test_a_lone_given_name_names_the_one_person_who_bears_it(pipeline):
    # "Mirela said" after "Mirela Dusk" was introduced: the one person whose name starts with it. Two
    # people of that given name, or a surname of that form, give no one.
    text = "Mirela Dusk and Teodor Vasko studied the reef. Mirela said the coral was recovering."
    article = _run(pipeline, text, (_person(text, "a1", "Mirela Dusk"), _person(text, "a2", "Teodor Vasko")))
    assert [q.speaker for q in article.quotes] == ["a1"]
    text = "Mirela Dusk and Mirela Vasko studied the reef. Mirela said the coral was recovering."
    article = _run(pipeline, text, (_person(text, "a1", "Mirela Dusk"), _person(text, "a2", "Mirela Vasko")))
    assert [q.speaker for q in article.quotes] == [None]
