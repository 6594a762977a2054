"""Attributions from the parse: a cue (a verb of the cue table, "according to", a colon, a noun with a
that-clause), its speaker phrase (the subject, the agent of a passive, the object of "according to") and
its content (the clausal complement, or the rest of the sentence)."""
from __future__ import annotations

import bisect
import dataclasses
from dataclasses import dataclass
from typing import Any, Sequence

from ...knowledge.cues import NEVER_CUES, THIRD_PARTY_ONLY, Cues
from ...records import Article, Sentence, Span
from ..syntax import FIRST_PERSON, SUBJECT_DEPS, subtree_span
from .marks import _WORD, Lines, Region, _fold, _inside, _overlapping, _trim
from .transcripts import Turn, _named_person, transcript_turns

_SUBJECTS = SUBJECT_DEPS
# Clauses that carry what was said; "xcomp" covers "vowed to …", "promised to …".
_CONTENT_DEPS = ("ccomp", "xcomp")
# A cue in these positions has no subject of its own and takes its head's: "He smiled, saying …",
# "She declined to say …", "He stood up and said …".
_INHERITS_SUBJECT = ("advcl", "xcomp", "conj", "pcomp")
_TAIL_DEPS = ("advcl", "prep", "npadvmod", "advmod", "dobj")
_NAME_DEPS = ("compound", "flat", "flat:name", "nmod")
_OBJECT_DEPS = ("dobj", "pobj", "dative", "attr", "oprd")
_RELATIVE_PRONOUNS = ("who", "that", "which", "whom")
_PRONOUN_SPEAKERS = ("he", "she", "they")
# Pronouns stand for a speaker; they never are one. The first person is whoever is speaking (the speaker of
# the quote or interview answer the words are in); the second person is whoever is spoken to.
_FIRST_PERSON = FIRST_PERSON
_SECOND_PERSON = frozenset({"you", "your", "yourself", "yourselves"})
_PRONOUNS = _FIRST_PERSON | _SECOND_PERSON | frozenset({
    "he", "him", "his", "himself", "she", "her", "herself", "they", "them", "their", "themselves", "it", "its",
    "one", "someone", "somebody", "anyone", "everyone", "nobody", "who", "whom", "this", "that"})
_THIRD_PERSON = frozenset(_PRONOUN_SPEAKERS)
_CLOSING_TOKENS = ("”", "''", '"', "»")
# Prepositions that tie a person to the body they speak for ("Jo Wu of Oxfam").
_AFFILIATIONS = ("of", "from", "at")


@dataclass(frozen=True, slots=True)
class Attribution:
    """A cue found by the parse, with its speaker phrase and content (empty for "he said.")."""

    cue: Span
    sense: str
    speaker_span: Span | None
    content: tuple[Span, ...]
    sentence: Span
    paragraph: int
    line: bool = False  # the cue heads its whole line ("PENCE: …"), even inside an unbalanced quote


def find_attributions(article: Article, cues: Cues, regions: Sequence[Region] = (),
                      lines: Lines | None = None, turns: Sequence[Turn] | None = None) -> list[Attribution]:
    """Every cue of the cue table in the parse, with its speaker phrase and content spans. `turns`: the
    text's interview turns, when the caller has found them already."""
    found: list[Attribution] = []
    lines = lines or Lines.of(article.text)
    if turns is None:
        turns = transcript_turns(article.text, lines)
    answers = [turn.content for turn in turns]
    for sentence in article.sentences():
        number = lines.at(sentence.span.start)
        for token in sentence.tokens():
            attribution = _verb_attribution(article.text, sentence, token, cues, number) or \
                _phrase_attribution(article.text, sentence, token, cues, number) or \
                _noun_attribution(article.text, sentence, token, cues, number) or \
                _document_attribution(article.text, sentence, token, cues, number)
            if attribution is None or _not_reported(article, sentence, token, attribution, regions, cues):
                continue
            if any(turn.contains(attribution.cue) for turn in answers) and (
                    _intended_act(token, cues) or _unrealised_act(token)):
                continue  # inside an interview turn, which is already the quote of whoever speaks it
            speaker = attribution.speaker_span
            if speaker is not None and _inside(speaker, regions) and not _inside(attribution.cue, regions):
                # The parser took quoted words for the subject (“… in panic mode,” said Jo Wu): the
                # speaker is the unquoted noun phrase next to the cue.
                subject = _unquoted_subject(sentence, token, regions)
                attribution = dataclasses.replace(
                    attribution, speaker_span=_speaker_span(sentence, subject) if subject is not None else None)
            found.append(attribution)
    found = _closing_cues_win(article.text, found)
    found.extend(colon_attributions(article, regions, found, lines))
    found.extend(transcript_attributions(article.text, article, lines, turns))
    return sorted(found, key=lambda a: (a.cue.start, a.cue.end))


def _not_reported(article: Article, sentence: Sentence, token: Any, attribution: Attribution,
                  regions: Sequence[Region], cues: Cues | None = None) -> bool:
    """Whether a cue the table knows reports nobody's words here: an opinion verb ("think", "believe")
    whose subject is not a third party the text names or describes ("I think …", "you know"); a cue in a
    question outside quotation marks ("Did she say …?", "Can you tell us …?"), which asks rather than
    reports; a cue in the imperative ("Tell me about …")."""
    if attribution.sense in THIRD_PARTY_ONLY and not _third_party(
            article, attribution.speaker_span, any(c.dep_ == "ccomp" for c in token.children)):
        return True
    if attribution.sense == "report" and attribution.speaker_span is not None and \
            _fold(article.text, attribution.speaker_span) in _FIRST_PERSON | _SECOND_PERSON:
        return True  # "you can find that …", "we found it …": a finding is reported of studies and polls
    if _discourse_marker(token) or _judgement_of_it(token):
        return True
    if cues is not None and attribution.speaker_span is not None and token.pos_ in ("VERB", "AUX") \
            and _fold(article.text, attribution.speaker_span) in _DEMONSTRATIVES and not cues.speaks(token.lemma_):
        return True  # "that implies …", "this highlights …": a fact that shows something, not anyone's words
    if cues is not None and _unattributed_act(token, attribution, regions, cues):
        return True
    if attribution.sense == "question" and any(c.dep_ in _SUBJECTS and c.lower_ in _SECOND_PERSON
                                               for c in token.children) \
            and _question_sentence(article.text, sentence, regions):
        return True  # "Which advisers would you ask to join your cabinet?": a question to the listener
    if attribution.sense != "question" and not _inside(attribution.cue, regions):
        if _question_sentence(article.text, sentence, regions):
            return True
    return token.tag_ == "VB" and token.dep_ == "ROOT" and not any(c.dep_ in _SUBJECTS for c in token.children) \
        and not any(c.dep_ == "aux" for c in token.children)


def _question_sentence(text: str, sentence: Sentence, regions: Sequence[Region]) -> bool:
    """Whether a sentence ends in a question mark outside quotation marks."""
    end = sentence.span.end
    while end > sentence.span.start and text[end - 1] in " \t\n\"”'’)":
        end -= 1
    return text[end - 1:end] == "?" and not _inside(Span(end - 1, end), regions)


def _discourse_marker(token: Any) -> bool:
    """ "That said, …" opens a sentence as a concession ("that being so"), "let's say" offers an example:
    nobody is quoted."""
    doc, start = token.doc, token.sent.start
    if token.lemma_.lower() == "say" and token.i >= 2 and doc[token.i - 1].lower_ in ("'s", "’s", "us") \
            and doc[token.i - 2].lower_ == "let":
        return True
    return token.i == start + 1 and doc[start].lower_ == "that" and token.lower_ == "said" \
        and token.i + 1 < len(doc) and doc[token.i + 1].text == ","


def _unattributed_act(token: Any, attribution: Attribution, regions: Sequence[Region], cues: Cues) -> bool:
    """A naming verb with no one naming, as a participle or a passive ("a predator called the sevengill
    shark", "the community is called the Khoja"), gives a name, not anyone's words. Other agentless speech
    verbs stay ("people accused of fraud": someone unnamed did say it). Quoted words are left to the
    quotation rules."""
    if attribution.speaker_span is not None or token.pos_ not in ("VERB", "AUX"):
        return False
    if cues.object_role(token.lemma_) != "naming" or _overlapping(attribution.content, regions):
        return False
    return token.dep_ == "acl" or any(c.dep_ == "auxpass" for c in token.children)


def _intended_act(token: Any, cues: Cues) -> bool:
    """A speech verb in the to-infinitive under a verb of intention ("agreed to discuss", "would like to
    ask", "wants to tell", "declined to say"), or one of the table's verbs in its intention sense ("agreed
    to meet", the row "agree to", unlike "agreed that …"), names a speech act someone meant, agreed or refused to
    perform, not words anyone said: the table's intention senses are never cues, and neither is what
    they govern. So is one in a purpose clause ("reached out to them to discuss the move").
    Asked only inside interview turns ("Thank you for agreeing to discuss …"), where the turn itself is
    the speaker's quote: in news prose, quotes dev (indirect F1@0.3 0.595 -> 0.589 when applied
    everywhere) shows annotators take "wants to tell …", "agreed to …" as attributions."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    if cues.verb(token.lemma_, "to") in NEVER_CUES and any(c.dep_ == "xcomp" and _to_infinitive(c)
                                                           for c in token.children):
        return True  # "agreed to discuss …" is the intention sense of "agree to", not "agreed that …"
    if not _to_infinitive(token):
        return False
    head = token.head
    if head.i == token.i or any(c.dep_ in _SUBJECTS for c in token.children):
        return False
    if token.dep_ == "xcomp":
        return cues.verb(head.lemma_, "to") in NEVER_CUES
    return token.dep_ == "advcl" and head.pos_ in ("VERB", "AUX") and cues.verb(head.lemma_) is None


def _unrealised_act(token: Any) -> bool:
    """A speech verb in the infinitive with no subject of its own ("a platform that lets the minority post
    their needs and discuss their preferences", "to calculate how often …", "nobody should be able to tell
    you …"): it names an act someone may, could or is meant to perform, not words anyone said. Asked only
    inside interview turns, where the turn is already the quote of whoever speaks it (see `_intended_act`
    for why not in news prose)."""
    if token.pos_ not in ("VERB", "AUX") or token.tag_ != "VB":
        return False
    verb = token
    for _ in range(3):  # "post … and discuss …": the conjunct is as unrealised as its first verb
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.tag_ != "VB":
        return False
    if _to_infinitive(verb):
        return True  # "empowers the minority to post …": an infinitive is unrealised, whoever its doer
    # A bare infinitive under a modal or a causative, with no subject before it: "should be able to tell
    # you", "lets them post" (the parse gives "them" as the object of "let").
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return False
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children) or verb.dep_ in ("ccomp", "xcomp") \
        and verb.head.lemma_.lower() in _CAUSATIVES


_CAUSATIVES = frozenset({"let", "make", "help", "empower", "enable", "allow"})


def _to_infinitive(verb: Any) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _judgement_of_it(token: Any) -> bool:
    """ "They find it easy to …", "we found it difficult to …": an adjective said of an empty "it" is how
    someone finds a task, not words they report."""
    return any(c.dep_ == "ccomp" and c.pos_ == "ADJ" and any(s.dep_ == "nsubj" and s.lower_ == "it"
                                                               for s in c.children) for c in token.children)


def _third_party(article: Article, span: Span | None, clausal: bool = False) -> bool:
    """Whether a speaker phrase is someone other than the speaker and the listener, named or described
    ("the minister", "Jo Wu"), not a pronoun. A group the text only describes ("farm unions", "most
    economists") holds a view when the view is a clause ("believe that …"); for a stance on a thing
    ("voters supporting her") the subject must be an actor the article knows."""
    if span is None:
        return False
    word = _fold(article.text, span)
    if word in _THIRD_PERSON:
        # "She believes …" after "Senator Mara Lind spoke": a third-person pronoun the actors stage resolved
        # stands for a named actor; "I" and "you" never do.
        return any(m.how == "pronoun" and m.span == span for a in article.actors for m in a.mentions
                   if any(n.how != "pronoun" for n in a.mentions))
    if word in _PRONOUNS:
        return False
    if any(m.how != "pronoun" and m.span.overlaps(span) for a in article.actors for m in a.mentions):
        return True
    # A belief verb wants a mind for its subject, so a described group holds the view it states as much
    # as a named actor does.
    return clausal and word not in _EMPTY_SUBJECTS and _WORD.search(word) is not None


def colon_attributions(article: Article, regions: Sequence[Region], found: Sequence[Attribution],
                       lines: Lines | None = None) -> list[Attribution]:
    """A colon that opens a quotation introduces it, whatever the verb before it: "Caddell continued:",
    "The Times reports:", "She made the following comment: “…”". The speaker is the subject of the clause
    the colon ends; the colon is the cue. Colons after a cue the table knows are left to that cue."""
    text = article.text
    openings = {r.outer.start: r for r in regions}
    lines = lines or Lines.of(text)
    result: list[Attribution] = []
    for sentence in article.sentences():
        for token in sentence.tokens():
            if token.text != ":" or _inside(sentence.token_span(token), regions):
                continue
            after = sentence.offset + token.idx + 1
            while after < len(text) and text[after].isspace():
                after += 1
            if after not in openings:
                continue
            if _cued_after(text, openings[after], found):
                continue  # "Fellow Democrats commented: “…”, wrote Jo Wu": the cue after names the speaker
            colon = sentence.token_span(token)
            if any(a.sentence == sentence.span and a.cue.end <= colon.start and a.speaker_span is not None
                   for a in found):
                continue
            head = token.head
            # "… rolled out a new message: “…”": the colon hangs on a noun; the clause is its verb's.
            for _ in range(3):
                if head.pos_ in ("VERB", "AUX") or head.dep_ == "ROOT":
                    break
                head = head.head
            if head.i > token.i or _inside(sentence.token_span(head), regions):
                # The parser hung the colon on the quotation: the clause before it is the highest verb
                # before the colon whose head lies in or after the quotation.
                head = next((t for t in sentence.tokens() if t.i < token.i and t.pos_ in ("VERB", "AUX")
                             and (t.head.i == t.i or t.head.i > token.i)
                             and not _inside(sentence.token_span(t), regions)), None)
                if head is None:
                    continue
            # "Said Ellis:" parses as a name with "Said" for a compound.
            speaker = head if head.pos_ == "PROPN" else \
                _speaker_token(head) if head.pos_ in ("VERB", "AUX") else None
            if speaker is None or not _wordlike(speaker) or speaker.i > token.i \
                    or _inside(sentence.token_span(speaker), regions):
                continue
            span = _speaker_span(sentence, speaker)
            words = [t for t in sentence.tokens() if span.start <= sentence.offset + t.idx < span.end]
            while len(words) > 1 and words[0].pos_ in ("VERB", "AUX"):
                words.pop(0)
            result.append(Attribution(colon, "speech", sentence.tokens_span(words[0], words[-1]), (),
                                      sentence.span, lines.at(sentence.span.start)))
    return result


def _cued_after(text: str, region: Region, found: Sequence[Attribution]) -> bool:
    """Does a cue with a speaker follow the quotation at once ("“…”, wrote Jo Wu", "“…” Wu said"), with only
    punctuation and at most a few words between, no sentence's end?"""
    for attribution in found:
        if attribution.speaker_span is None or attribution.cue.start < region.outer.end or any(
                c.start >= attribution.cue.end for c in attribution.content):
            continue  # "“…” To which she said, “…”": a cue of the next quotation
        gap = text[region.outer.end:attribution.cue.start]
        if len(gap) <= 40 and not any(mark in gap for mark in ".!?\n") and len(gap.split()) <= 4:
            return True
    return False


# Subjects that name no one: "it is “…”", "there was “…”", "this is “…”".
# A demonstrative subject points at a fact or a finding, not at someone speaking ("that shows …").
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
_EMPTY_SUBJECTS = frozenset({"it", "there", "this", "that", "what", "which", "these", "those", "everything",
                             "something", "nothing", "anything"})


def clause_subjects(article: Article, regions: Sequence[Region]) -> dict[int, Span]:
    """For each region inside a larger clause, the subject of that clause (outside the quotation marks):
    the fallback speaker of a quote no cue attributes."""
    result: dict[int, Span] = {}
    sentences = list(article.sentences())
    starts = [s.span.start for s in sentences]
    for number, region in enumerate(regions):
        at = bisect.bisect_right(starts, region.span.start) - 1
        if at < 0 or not sentences[at].span.start <= region.span.start < sentences[at].span.end:
            continue
        sentence = sentences[at]
        first = next((t for t in sentence.tokens() if sentence.offset + t.idx >= region.span.start), None)
        if first is None:
            continue
        token = first
        for _ in range(12):
            if not _inside(sentence.token_span(token), regions) or token.head.i == token.i:
                break
            token = token.head
        if _inside(sentence.token_span(token), regions):
            continue  # the quotation is the main clause: nothing outside governs it
        for _ in range(3):
            if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
                break
            token = token.head
        if token.pos_ not in ("VERB", "AUX"):
            continue
        speaker = _speaker_token(token)
        if speaker is None or speaker.pos_ not in ("PROPN", "NOUN", "PRON") or not _wordlike(speaker) \
                or speaker.lower_ in _EMPTY_SUBJECTS or _inside(sentence.token_span(speaker), regions):
            continue
        result[number] = _speaker_span(sentence, speaker)
    return result


def transcript_attributions(text: str, article: Article | None = None, lines: Lines | None = None,
                            turns: Sequence[Turn] | None = None) -> list[Attribution]:
    """One attribution per turn of an interview transcript: the speaker's label, the label's punctuation as
    cue, the turn as content. An interviewer's questions are quotes when the label names a person of the
    article ("WALLACE:" for a named host); an anonymous or house label ("((WN))", "Q:") is the publication's
    own voice, not a quote."""
    lines = lines or Lines.of(text)
    if turns is None:
        turns = transcript_turns(text, lines)
    return [Attribution(turn.cue, "speech", turn.label, (turn.content,), Span(*lines.bounds[turn.paragraph]),
                        turn.paragraph, line=True)
            for turn in turns if not turn.asks or _named_person(article, turn.label)]


def _unquoted_subject(sentence: Sentence, verb: Any, regions: Sequence[Region]) -> Any | None:
    """The noun phrase right after the cue ("said Jo Wu") or between the quote and the cue ("…,” Jo Wu
    said), outside quotation marks."""
    def outside(token: Any) -> bool:
        return not _inside(sentence.token_span(token), regions)

    tokens = sentence.tokens()
    at = verb.i - sentence.sent.start
    after = []
    for token in tokens[at + 1:at + 8]:
        # "said in a phone interview": a prepositional phrase after the cue is no speaker.
        if token.is_punct or not outside(token) or token.pos_ == "ADP":
            break
        after.append(token)
    before = []
    for token in reversed(tokens[max(0, at - 10):at]):
        if not outside(token) or token.text in _CLOSING_TOKENS:
            break
        before.append(token)
    # The cue's own unquoted subject beats any other noun nearby ("…” for bad behavior, she said).
    subjects = [t for t in after + before if t.dep_ in _SUBJECTS and t.head.i == verb.i and _wordlike(t)]
    if subjects:
        return subjects[0]
    for run in (after, before):
        # A common noun that is an object ("suggesting a few questions", "after the debate") is what the
        # sentence is about, not who speaks; a name may be parsed as an object of an inverted "said Jo Wu".
        heads = [t for t in run if t.pos_ in ("PROPN", "NOUN", "PRON") and t.dep_ not in _NAME_DEPS
                 and (t.pos_ == "PROPN" or t.dep_ not in _OBJECT_DEPS)]
        if heads:
            return heads[0]
    return None


def _wordlike(token: Any) -> bool:
    """Whether a token has a letter or digit: the parser sometimes makes a dash a noun subject."""
    return any(char.isalnum() for char in token.text)


def _verb_attribution(text: str, sentence: Sentence, token: Any, cues: Cues, paragraph: int) -> Attribution | None:
    if token.pos_ not in ("VERB", "AUX") or token.dep_ in ("amod", "compound", "aux", "auxpass"):
        return None
    particle = _particle(token, cues)
    sense = cues.verb(token.lemma_, particle.lower_ if particle is not None else None)
    if sense is None or sense in NEVER_CUES:
        return None
    role = cues.object_role(token.lemma_ if particle is None else f"{token.lemma_} {particle.lower_}")
    if role == "bare" and any(c.dep_ in ("dobj", "xcomp") for c in token.children):
        return None  # "continued to rise", "went on a tour"
    if role == "it" and not any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children):
        return None  # "put the plan on hold" is no cue; "as she put it" is
    if role == "transfer" and any(c.dep_ == "dobj" for c in token.children) \
            and any(c.dep_ in ("dative", "auxpass") for c in token.children):
        return None  # "denied him entry", "were denied visas": a thing withheld from someone, not words
    if sense == "cognition" and not role and any(c.dep_ == "xcomp" and c.tag_ == "VBG" for c in token.children) \
            and not any(c.dep_ == "ccomp" for c in token.children):
        # "would consider charging him": an act weighed, not a view of anything ("opposed raising taxes",
        # a verb whose object is the view's content, states a stance)
        return None
    content = _verb_content(text, sentence, token, particle, cues)
    if role == "naming" and not content:
        return None  # "called a meeting", "the label" … only "called X Y" attributes a name
    if sense in ("cognition", "report") and not content:
        return None  # "I think so", "we know him": a belief cue needs something to attribute
    if sense == "writing" and _writes_a_document(token, cues):
        return None  # "wrote many letters", "writing the paper": the act of writing, not the words written
    if particle is not None and particle.dep_ == "prep" and not content:
        return None  # "called for" without its object is no cue
    speaker = _reporter(token, cues) or _speaker_token(token)
    if speaker is None and token.dep_ == "ROOT" and token.tag_ in ("VBD", "VBZ", "VBP"):
        speaker = _named_before(token)
    speaker = _document_author(speaker, cues) or speaker
    speaker_span = _speaker_span(sentence, speaker) if speaker is not None else None
    named = _inverted_name(token, speaker) if speaker is not None else _inverted_after_comma(token)
    if named is not None and (speaker_span is None or speaker_span.end != sentence.token_span(named[1]).end):
        # The parse took a title or an organisation for the head, or the subject for an object: the name that
        # ends the phrase is the speaker.
        speaker_span = sentence.tokens_span(*named)
    content = _after_opening_colon(text, content, sentence.token_span(token).start)
    spill = _spilled_subject(sentence, token)
    if spill is not None:
        # “…,” Flynn, a surrogate, said: the parser took the speaker into the quote's clause.
        mark, subject = spill
        content = tuple(s for s in (_trim(text, Span(c.start, min(c.end, mark.start))) for c in content
                                    if c.start < mark.start) if s is not None)
        speaker_span = _speaker_span(sentence, subject)
    cue = sentence.tokens_span(token, particle) if particle is not None and particle.i == token.i + 1 \
        else sentence.token_span(token)
    return Attribution(cue, sense, speaker_span, content, sentence.span, paragraph)


def _writes_a_document(verb: Any, cues: Cues) -> bool:
    """Whether a writing verb is a gerund with no subject of its own whose only content is the document it
    writes ("involved in writing the article", "the last phase, writing the paper"): it names the activity
    of writing a text, not what the text says, and quotes no words. A writer with a subject stays ("she
    wrote his biography": quotes dev annotators take the book for what was written), and so does a
    reported clause ("writing that …")."""
    if verb.tag_ != "VBG" or any(c.dep_ in _CONTENT_DEPS or c.dep_ in _SUBJECTS for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return len(objects) == 1 and objects[0].pos_ == "NOUN" and objects[0].lemma_.lower() in cues.documents \
        and objects[0].lemma_.lower() not in cues.voices


# Marks that open a quotation, after a colon that introduces it.
_OPENING_MARKS = ("“", '"', "«", "‘", "'")


def _after_opening_colon(text: str, content: Sequence[Span], cue_start: int) -> tuple[Span, ...]:
    """A content before its cue, cut after a colon that opens a quotation in it: in “The mayor answered in
    a statement: “We did all we could,” wrote Jo Wu.” the clause before the colon is the narrator's, which
    the colon ends; the words the cue after the quotation reports start after it (the parser hangs the
    whole sentence on that cue)."""
    result = []
    for span in content:
        if span.end <= cue_start:
            colon = text.rfind(":", span.start, span.end)
            opening = colon + 1 + len(text[colon + 1:span.end]) - len(text[colon + 1:span.end].lstrip())
            if colon >= 0 and opening + 1 < span.end and text.startswith(_OPENING_MARKS, opening):
                span = _trim(text, Span(opening + 1, span.end)) or span
        result.append(span)
    return tuple(result)


def _closing_cues_win(text: str, found: list[Attribution]) -> list[Attribution]:
    """A quotation introduced by a colon and closed by an inverted cue (“She answered: “…,” wrote Jo
    Wu.”) has one speaker: the cue that closes it and names its speaker right after it speaks for it,
    and the clause before the colon only leads into it. So a cue before the quotation whose content is
    the same words gives them up (its content becomes empty)."""
    closing = [a for a in found if a.content and a.speaker_span is not None
               and a.speaker_span.start > a.cue.start
               and not _WORD.search(text, max(c.end for c in a.content), a.cue.start)]
    result = []
    for attribution in found:
        if any(other is not attribution and attribution.cue.end <= min(c.start for c in other.content)
               and any(x.overlaps(y) for x in other.content for y in attribution.content) for other in closing):
            attribution = dataclasses.replace(attribution, content=())
        result.append(attribution)
    return result


def _inverted_name(verb: Any, speaker: Any) -> tuple[Any, Any] | None:
    """The person named in an inverted cue's subject (“…,” said Minister of Transport Jo Wu.), as the
    name's first and last tokens. In quotative inversion the subject runs from the verb to the end of the
    clause. A title before a name is a premodifier of the name ("Minister of Transport Jo Wu"), and an
    affiliation after it modifies it ("Jo Wu of Oxfam", "Jo Wu from the Red Cross"): either way the name is
    the head, though the parser often takes the title or the organisation for it. None when the subject
    stands before the verb, or no person's name ends the phrase or precedes an affiliation ("said the
    Ministry of Foreign Affairs", "said a farmer living nearby", "said a lawyer for Jo Wu")."""
    if speaker.i <= verb.i or speaker.ent_type_ == "PERSON" \
            or any(c.dep_ in _SUBJECTS and c.i < verb.i for c in verb.children):
        return None  # no inversion, or the parse already found the name ("wrote Jo Wu on Twitter")
    return _name_after(verb, speaker)


def _inverted_after_comma(verb: Any) -> tuple[Any, Any] | None:
    """The person named after a cue verb that has no subject and follows a comma: quotative inversion after
    the reported words ("The bomb was set in a market, stated Minister of Information Jo Wu."), which the
    parser reads as the verb's object or a prepositional phrase. A speech verb does not take a person's
    name as what is said, so the name there is the one who says it (see `_name_after`)."""
    if verb.i < 1 or verb.doc[verb.i - 1].text != "," or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    return _name_after(verb)


def _name_after(verb: Any, speaker: Any | None = None) -> tuple[Any, Any] | None:
    """The person's name that ends the noun phrase after a verb, up to the first comma, full stop, dash or
    quote mark, or that stands before an affiliation ("of", "from", "at") or a time ("on Monday"); a name
    after a preposition is someone else's ("a lawyer for Jo Wu"). None when the parse's `speaker` lies
    beyond that phrase."""
    doc = verb.doc
    end = verb.i + 1
    while end < verb.sent.end and _wordlike(doc[end]):
        end += 1  # the subject ends at the first comma, full stop, dash or quote mark
    if speaker is not None and speaker.i >= end:
        return None
    for name in doc.ents:
        if name.label_ != "PERSON" or name.start <= verb.i or name.end > end:
            continue
        if doc[name.start - 1].pos_ == "ADP":
            continue  # "said a lawyer for Jo Wu", "said the daughter of Jo Wu": they speak, not Jo Wu
        if name.end == end or doc[name.end].lower_ in _AFFILIATIONS or _time_after(doc, name.end, end):
            return doc[name.start], doc[name.end - 1]
    return None


def _time_after(doc: Any, at: int, end: int) -> bool:
    """Whether the words from `at` to `end` are a time adjunct ("on Monday", "yesterday"), which ends the
    subject phrase of an inverted cue as the clause's end does."""
    words = [t for t in doc[at:end] if t.pos_ != "ADP"]
    return bool(words) and all(t.ent_type_ in ("DATE", "TIME") for t in words)


def _reporter(verb: Any, cues: Cues) -> Any | None:
    """The speaker of a participle or coordinated cue that the parser hung inside another cue's reported
    clause: in "Jo Wu said the plan would cut costs, insisting that …" the one insisting is Jo Wu, who said
    it, not "the plan"; so is the one who "dismissed" in "Jo Wu said that was not true and dismissed …".
    None when the cue has a subject of its own or no cue reports the clause it hangs on."""
    if not (verb.dep_ == "advcl" and verb.tag_ == "VBG" or verb.dep_ == "conj") \
            or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    token = verb.head
    for _ in range(4):
        if token.head.i == token.i:
            return None
        if token.dep_ in _CONTENT_DEPS and _is_cue(token.head, cues) and token.head.i < verb.i:
            return _speaker_token(token.head)
        token = token.head
    return None


def _spilled_subject(sentence: Sentence, verb: Any) -> tuple[Span, Any] | None:
    """(closing mark, subject) when a quote's clause before its cue swallowed the speaker's noun phrase:
    a closing quotation mark inside the clause, then only a noun phrase before the cue verb."""
    clauses = [c for c in verb.children if c.dep_ in _CONTENT_DEPS and c.i < verb.i]
    if not clauses:
        return None
    clause = clauses[0]
    closing = [t for t in clause.subtree if t.i < verb.i and t.text in _CLOSING_TOKENS]
    if not closing:
        return None
    mark = closing[-1]
    between = [t for t in sentence.tokens() if mark.i < t.i < verb.i]
    if not between or any(t.pos_ in ("VERB", "AUX") for t in between):
        return None
    if any(t.dep_ in _SUBJECTS and t.head.i == verb.i for t in between):
        # "“…” for bad behavior, she said": the cue has its own subject; the words between belong to the quote.
        return None
    nouns = [t for t in between if t.pos_ in ("PROPN", "NOUN", "PRON") and t.dep_ not in _NAME_DEPS]
    if not nouns or len(between) > 12 or not (mark.i == clause.right_edge.i or clause.right_edge.i > mark.i):
        return None
    return sentence.token_span(mark), nouns[0]


def _particle(verb: Any, cues: Cues) -> Any | None:
    """The particle or preposition that makes a phrasal cue with the verb ("point out", "call for")."""
    for child in verb.children:
        if child.dep_ not in ("prt", "prep"):
            continue  # read first: the tokens between are looked at for a particle or preposition only
        # A preposition makes a phrasal cue only right after the verb (adverbs aside): "called for",
        # "spoke openly about", not "called the budget … on Tuesday".
        between = verb.doc[verb.i + 1:child.i] if child.i > verb.i else None
        adjacent = child.dep_ == "prt" or (between is not None and all(t.pos_ in ("ADV", "PART") for t in between))
        if child.dep_ in ("prt", "prep") and adjacent and cues.takes_particle(verb.lemma_, child.lower_):
            return child
    return None


def _clause_end(verb: Any, clause: Any, cues: Cues) -> Any:
    """The last token of what was said. The parser often hangs the tail of a reported clause ("…, because
    …", "… in 2008") on the cue verb; a clause after its cue runs on through such tails, up to one that
    holds a cue of its own ("…, citing …", "…, but he said …")."""
    last = clause.right_edge
    if clause.i < verb.i:
        return last
    for child in sorted(verb.children, key=lambda t: t.i):
        if child.i <= last.i or child.dep_ == "punct":
            continue
        if child.dep_ in _TAIL_DEPS and not _is_cue(child, cues) and not any(
                _is_cue(t, cues) and any(c.dep_ in _SUBJECTS for c in t.children) for t in child.subtree):
            last = child.right_edge
        else:
            break
    return last


# Senses of a speech act: a clause of one of these, coordinated with or tacked onto a reported clause, is a
# second report ("said X, insisting Y", "said she regretted X and promised Y"), not more of the first.
_SPEECH_ACTS = frozenset({"speech", "writing", "question"})
_CLAUSE_JOINS = (",", "and", "but", ";", "--", "—", "–")


def _own_cue_cut(clause: Any, last: Any, cues: Cues) -> Any:
    """The last token of a reported clause once a speech cue the parser hung inside it is cut off: in
    "said the plan would cut costs, insisting that …" and "said she regretted it and promised to …" the
    participle and the coordinated verb report further words of the speaker, each a quote of its own. Only
    an advcl or conj after the clause's head, opened by a comma or a conjunction, is cut."""
    doc = clause.doc
    cut = last
    for token in clause.subtree:
        if token.i <= clause.i or token.i > cut.i or token.dep_ not in ("advcl", "conj"):
            continue
        start = token.left_edge.i
        if start <= clause.i + 1 or doc[start - 1].lower_ not in _CLAUSE_JOINS \
                and doc[start].lower_ not in _CLAUSE_JOINS:
            continue
        if token.pos_ != "VERB" or not _is_cue(token, cues) or _sense(token, cues) not in _SPEECH_ACTS:
            continue
        end = start - 1
        while end > clause.i and (doc[end].is_punct or doc[end].lower_ in _CLAUSE_JOINS):
            end -= 1
        cut = doc[end]
    return cut


def _sense(token: Any, cues: Cues) -> str | None:
    particle = _particle(token, cues)
    return cues.verb(token.lemma_, particle.lower_ if particle is not None else None)


def _is_cue(token: Any, cues: Cues) -> bool:
    if token.pos_ not in ("VERB", "AUX"):
        return False
    particle = _particle(token, cues)
    sense = cues.verb(token.lemma_, particle.lower_ if particle is not None else None)
    return sense is not None and sense not in NEVER_CUES


def _verb_content(text: str, sentence: Sentence, verb: Any, particle: Any | None, cues: Cues) -> tuple[Span, ...]:
    clauses = [c for c in verb.children if c.dep_ in _CONTENT_DEPS]
    objects = [c for c in verb.children if c.dep_ in ("dobj", "oprd")]
    if clauses:
        spans = [sentence.tokens_span(clause.left_edge, _own_cue_cut(clause, _clause_end(verb, clause, cues), cues))
                 for clause in clauses]
    elif particle is not None and particle.dep_ == "prep":
        # "called for an inquiry": what was called for is the preposition's object.
        inner = [c for c in particle.children if c.dep_ in ("pobj", "pcomp")]
        if not inner:
            return ()
        spans = [sentence.tokens_span(inner[0].left_edge, _clause_end(verb, particle, cues))]
    elif cues.object_role(verb.lemma_) == "naming":
        # "called the plan “a disgrace”", "described it as unfair": the object with its new name.
        names = objects[1:] + [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"] + \
            [c for c in objects[0].children if c.dep_ == "appos"] if objects else []
        if not objects or not names:
            return ()
        # The parser may hang the object after its new name ("a letter previously deemed as not relevant"
        # with the letter's own noun parsed later): the span runs over both, whichever comes first.
        parts = [objects[0], *names]
        spans = [sentence.tokens_span(min((t.left_edge for t in parts), key=lambda t: t.i),
                                      max((t.right_edge for t in parts), key=lambda t: t.i))]
    elif objects and cues.object_role(verb.lemma_) == "listener" and any(
            c.dep_ == "prep" and c.lower_ == "of" and c.i > objects[0].i
            and any(o.dep_ == "pcomp" or (o.dep_ == "pobj" and o.pos_ == "NOUN") for o in c.children)
            for c in (*verb.children, *objects[-1].children)):
        # "accused the governor of hiding the deficit", "warned voters of higher taxes": what was said is
        # about the one addressed, so the content runs from the object through its "of" phrase ("told the
        # mayor of Springfield" is a listener with a title, not a charge).
        spans = [sentence.tokens_span(objects[0].left_edge, _clause_end(verb, objects[-1], cues))]
    elif objects and cues.object_role(verb.lemma_) in ("content", "transfer", "act"):
        # "denied the report", "attacked her for her vote": the object and its tail are what was said.
        spans = [sentence.tokens_span(objects[0].left_edge, _clause_end(verb, objects[-1], cues))]
    elif verb.head.i != verb.i and (verb.dep_ == "parataxis" or (verb.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ == "as" for c in verb.children))):
        # "The talks, he said, had failed.", "As she put it, the talks had failed.": what was said is the
        # head clause around the cue.
        head = verb.head
        inner_tokens = {t.i for t in verb.subtree}
        low, high = _segment(sentence, verb)
        tokens = [t for t in head.subtree if t.i not in inner_tokens and low <= t.i <= high]
        spans = _runs(sentence, tokens)
    else:
        return ()
    trimmed = (_trim(text, span) for span in spans)
    return tuple(s for s in trimmed if s is not None)


def _segment(sentence: Sentence, token: Any) -> tuple[int, int]:
    """Token indexes of the colon- or semicolon-delimited part of the sentence that holds `token`: a
    reported clause does not reach across "…: Republicans said …"."""
    low, high = sentence.sent.start, sentence.sent.end - 1
    for other in sentence.tokens():
        if other.text in (":", ";"):
            if other.i < token.i:
                low = max(low, other.i + 1)
            elif other.i > token.i:
                high = min(high, other.i - 1)
    return low, high


def _runs(sentence: Sentence, tokens: Sequence[Any]) -> list[Span]:
    """Contiguous runs of tokens (by index) as spans."""
    runs: list[Span] = []
    ordered = sorted(tokens, key=lambda t: t.i)
    first = last = None
    for token in ordered:
        if last is not None and token.i == last.i + 1:
            last = token
            continue
        if first is not None:
            runs.append(sentence.tokens_span(first, last))
        first = last = token
    if first is not None:
        runs.append(sentence.tokens_span(first, last))
    return runs


def _whole_words(subjects: list[Any]) -> list[Any]:
    """Subjects with the pieces of one hyphenated word joined to its last piece: the tokenizer splits
    "co-author" into "co", "-", "author", and the parser may make each a subject of the verb; the word is
    one noun, whose head is its last part ("author"), the noun a name in apposition belongs to."""
    doc = subjects[0].doc if subjects else None
    return [s for s in subjects if not (s.whitespace_ == "" and s.i + 1 < len(doc)
                                        and any(o.i == s.i + 1 for o in subjects))]


def _speaker_token(verb: Any) -> Any | None:
    """The speaker of a cue verb: its subject, a passive's agent, or the subject it shares with its head."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if verb.tag_ == "VBG" and before is not None and before.dep_ == "pobj" and before.pos_ in ("NOUN", "PROPN") \
            and before.head.lower_ == "of" and not any(c.dep_ in _SUBJECTS for c in verb.children):
        # "footage of Jo Wu asking, “…”", "a clip of the governor saying …": the parser hangs the participle
        # on the main verb, but the one shown speaking is the noun just before it.
        return before
    seen = 0
    while verb is not None and seen < 4:
        seen += 1
        for child in verb.children:
            if child.dep_ == "agent":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
        subjects = _whole_words([c for c in verb.children if c.dep_ in ("nsubj", "csubj")])
        if subjects:
            # A dash the parser made a noun subject stands before the real one ("― Trump boasted").
            # Two subjects are a misparse of an inverted cue ("said study co-author Jo Wu"): the name is it.
            subject = next((c for c in subjects if _wordlike(c) and c.pos_ == "PROPN" and len(subjects) > 1),
                           None) or next((c for c in subjects if _wordlike(c)), subjects[0])
            if subject.pos_ in ("PUNCT", "SYM", "X"):
                return None  # a dash or stray symbol the parser made a subject
            subject = _past_dateline(subject)
            if subject.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                # "Smith, who told reporters …": the speaker is the noun the clause describes.
                return _person_described(verb.head) if subject.lower_ in ("who", "whom") else verb.head
            return subject
        if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return verb.head
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head  # "footage of Jo Wu asking, “…”", "a letter saying that …"
        if verb.pos_ == "ADP" and verb.dep_ == "prep" and verb.head.i != verb.i:
            verb = verb.head  # "began by saying …", "after saying …": the clause the preposition hangs on
            continue
        if verb.dep_ in _INHERITS_SUBJECT and verb.head.i != verb.i:
            verb = verb.head
            continue
        return None
    return None


def _document_author(noun: Any | None, cues: Cues) -> Any | None:
    """The author of a document that a cue makes the speaker (see `_named_author`); when that author is a
    voice with an owner of its own ("a statement released by Jo Wu's office"), the owner."""
    author = _named_author(noun, cues)
    if author is not None and author.i != getattr(noun, "i", None) and author.pos_ == "NOUN" \
            and author.lemma_.lower() in cues.voices:
        return _named_author(author, cues) or author
    return author


def _named_author(noun: Any | None, cues: Cues) -> Any | None:
    """The author of a document that a cue makes the speaker, when the grammar names one: its possessor
    ("the ministry's statement", "its report"), a name in it ("the Amnesty report"), "a report by/from X"
    ("of X" for a name), a verb that put it out ("X released a statement saying …", "a statement issued by
    X", "the study was conducted by X"), a noun for its writer ("X, co-author of a new study"). Else None: the document stays the speaker phrase, and no one is guessed."""
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in cues.documents:
        return None
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    for child in noun.children:
        if child.dep_ == "prep" and (child.lower_ in ("by", "from") or child.lower_ == "of"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and (child.lower_ != "of" or objects[0].pos_ == "PROPN"):
                return objects[0]
        if child.dep_ == "acl" and child.lemma_.lower() in cues.releases:
            # "a statement issued by the ministry"
            for agent in (c for c in child.children if c.dep_ == "agent"):
                objects = [c for c in agent.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
    names = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < noun.i]
    if names:
        return names[-1]
    writer = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if writer is not None and writer.pos_ == "NOUN" and writer.lemma_.lower() in cues.authors:
        # "Jo Wu, co-author of a new study, …": the author noun, or the name it stands in apposition to.
        return writer.head if writer.dep_ == "appos" and writer.head.pos_ == "PROPN" else writer
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in cues.releases:
        subjects = [c for c in noun.head.children if c.dep_ == "nsubj"]
        if subjects and subjects[0].lower_ not in _RELATIVE_PRONOUNS:
            return subjects[0]
    if noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in cues.releases:
        # The passive of the same: "the study was conducted by the institute", "the report was compiled by X"
        for agent in (c for c in noun.head.children if c.dep_ == "agent"):
            objects = [c for c in agent.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def _past_dateline(subject: Any) -> Any:
    """The parser reads a dateline as the subject ("WASHINGTON -- President Jo Wu, …, said"): the speaker
    is the name in apposition to it."""
    doc = subject.doc
    if subject.i == subject.sent.start and subject.text.isupper() and subject.i + 1 < len(doc) \
            and doc[subject.i + 1].text in ("--", "—", "–", "-"):
        named = [c for c in subject.children if c.dep_ == "appos" and c.i > subject.i + 1]
        if named:
            return named[0]
    return subject


def _person_described(noun: Any) -> Any:
    """The person a "who" clause describes. The parser hangs the clause on the nearest noun, often inside
    an apposition ("Jo Wu, director of the Baltic Center, who said …"): climb out of the prepositional
    phrase and the apposition to the name."""
    seen = 0
    while seen < 6:
        seen += 1
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head.head
        elif noun.dep_ == "appos" and noun.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head
        else:
            break
    return noun


def _speaker_span(sentence: Sentence, head: Any) -> Span:
    """The speaker's head noun with its name parts ("Mr. Putin", "Mary K. Jones", "U.S. officials"); the
    name in apposition to a role noun ("its chief executive, Jo Wu,") rather than the role."""
    if head.pos_ == "NOUN":
        named = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > head.i]
        if named:
            head = named[0]
        else:
            head = _closing_apposition(head) or head
    elif head.pos_ == "NUM" and head.lower_ == "one":
        # "One of the study's authors, Jo Wu, said": the one counted is the person named in apposition.
        head = next((c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i > head.i),
                    head)
    first = last = head
    changed = True
    while changed:
        changed = False
        for child in head.children:
            if child.dep_ in _NAME_DEPS and child.i == first.i - 1:
                first, changed = child, True
            elif child.dep_ in ("compound", "flat", "flat:name") and child.i == last.i + 1:
                last, changed = child, True
        # A name part can hang off another name part ("Mary" <- "K." <- "Jones").
        for token in sentence.tokens():
            if token.i == first.i - 1 and token.dep_ in _NAME_DEPS and token.head.i in range(first.i, last.i + 1):
                first, changed = token, True
    doc = head.doc
    while first.i < last.i and not first.text[:1].isalnum():
        first = doc[first.i + 1]  # "co-author Jo Wu" split as "co", "-", "author": no span opens on "-"
    while first.i - 2 >= sentence.sent.start and doc[first.i - 1].text == "-" \
            and doc[first.i - 1].whitespace_ == "" and doc[first.i - 2].whitespace_ == "" \
            and doc[first.i - 2].is_alpha and len(doc[first.i - 2]) > 1:
        # "a co-author said", "Ban Ki-moon": the span is the whole word, not "author" or "moon"; a single
        # letter is a label ("D-Ohio"), not part of the word
        first = doc[first.i - 2]
    return sentence.tokens_span(first, last)


def _closing_apposition(head: Any) -> Any | None:
    """The person's name set off by commas at the end of a role phrase ("the president of the Valley
    League, Mara Lind, said"): the name is in apposition to the role, though the parser hangs it on the
    organisation just before it. An organisation has no personal name in apposition, so a PERSON name that
    closes the phrase, between commas (or a comma and the phrase's end), names the role's holder."""
    doc = head.doc
    last = head.right_edge
    while last.i > head.i and last.is_punct:
        last = doc[last.i - 1]
    for token in head.subtree:
        if token.i <= head.i or token.dep_ != "appos" or token.pos_ != "PROPN" or token.ent_type_ != "PERSON":
            continue
        if token.right_edge.i != last.i or doc[token.left_edge.i - 1].text != ",":
            continue
        return token
    return None


def _named_before(verb: Any) -> Any | None:
    """The person named just before a cue verb that the parser left without a subject, set off by commas
    ("…, the president of the Tunisian League, Jamel Msallem, said, “…”", where the name was hung on an
    earlier noun): in that position, a name closed by a comma right before the verb is its subject."""
    doc = verb.doc
    at = verb.i - 1
    if at < verb.sent.start + 1 or doc[at].text != ",":
        return None
    name = doc[at - 1]
    if name.pos_ != "PROPN" or name.ent_type_ != "PERSON" or name.dep_ in ("compound", "flat"):
        return None
    start = name.left_edge.i
    return name if start > verb.sent.start and doc[start - 1].text == "," else None


def _noun_attribution(text: str, sentence: Sentence, token: Any, cues: Cues, paragraph: int) -> Attribution | None:
    """ "Trump's claim that …", "the statement that …": the that-clause is the content, the possessor the
    speaker (or the subject of the verb whose object the noun is: "she made the argument that …")."""
    if token.pos_ != "NOUN" or cues.nouns.get(token.lemma_.lower()) is None:
        return None
    clauses = [c for c in token.children if c.dep_ in ("acl", "ccomp", "appos")
               and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    if not clauses:
        return None
    content = _trim(text, subtree_span(sentence, clauses[0]))
    if content is None:
        return None
    owners = [c for c in token.children if c.dep_ == "poss"]
    speaker = owners[0] if owners else None
    if speaker is None and token.dep_ == "dobj":
        speaker = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    speaker_span = _speaker_span(sentence, speaker) if speaker is not None else None
    return Attribution(sentence.token_span(token), cues.nouns[token.lemma_.lower()], speaker_span, (content,),
                       sentence.span, paragraph)


def _phrase_attribution(text: str, sentence: Sentence, token: Any, cues: Cues,
                        paragraph: int) -> Attribution | None:
    """ "according to X, …" and the like: the speaker is the phrase's object, the content the rest."""
    lower = token.lower_
    tokens: list[Any] = []
    at = token.i - sentence.sent.start
    for words, sense in cues.phrases.items():
        if words and words[0] != lower:
            continue  # asked of every token: the sentence's tokens are listed only where a phrase may start
        if not tokens:
            tokens = sentence.tokens()
        if at + len(words) > len(tokens):
            continue
        if tuple(t.lower_ for t in tokens[at:at + len(words)]) != words:
            continue
        last = tokens[at + len(words) - 1]
        objects = [c for c in last.children if c.dep_ == "pobj"] or \
            [t for t in tokens[at + len(words):] if t.dep_ == "pobj" and t.head.i == last.i]
        speaker = objects[0] if objects else None
        if speaker is None:
            nouns = [t for t in tokens[at + len(words):] if t.pos_ in ("NOUN", "PROPN", "PRON")]
            speaker = nouns[0] if nouns else None
        if speaker is None:
            return None
        phrase_end = max(speaker.right_edge.i, last.i)
        named = _phrase_name(last, speaker, cues)
        if named is not None:
            speaker, phrase_end = named, max(phrase_end, named.i)
        speaker = _document_author(speaker, cues) or speaker
        inside = set(range(token.i, phrase_end + 1))
        rest = [t for t in sentence.tokens() if t.i not in inside]
        spans = (_trim(text, s) for s in _runs(sentence, rest))
        content = tuple(s for s in spans if s is not None)
        return Attribution(sentence.tokens_span(token, last), sense, _speaker_span(sentence, speaker), content,
                           sentence.span, paragraph)
    return None


def _phrase_name(last: Any, speaker: Any, cues: Cues) -> Any | None:
    """The person an "according to" phrase names, when the parse split the phrase: its object runs from
    the phrase to the first comma, so a person's name that ends there is the speaker whatever the parser
    made of the words before it ("According to Ohio Senator Mara Lind, …", parsed with "Ohio" as the
    object); and a role with the holder's name in apposition after it ("According to the town's first
    selectman, Mara Lind, …") names that person. Documents are no role ("according to the report, Jo
    Wu, 45, was …"). Returns the name's last token, or None."""
    doc = last.doc
    end = last.i + 1
    while end < last.sent.end and doc[end].text not in (",", ";", ":", "(", "—", "–"):
        end += 1
    names = [e for e in doc.ents if e.label_ == "PERSON" and last.i < e.start and e.end <= end]
    if names and names[-1].end == end:
        return doc[names[-1].end - 1]
    # A role in apposition is one person's ("the spokesman", "the town's selectman"), with its determiner
    # or possessor: a bare "police" or "officials" before a name is the source of news about that name.
    if speaker.pos_ != "NOUN" or speaker.tag_ != "NN" or speaker.lemma_.lower() in cues.documents \
            or not any(c.dep_ in ("det", "poss") for c in speaker.children) \
            or end >= last.sent.end or doc[end].text != "," or speaker.i >= end:
        return None
    after = next((e for e in doc.ents if e.start == end + 1), None)
    if after is None or after.label_ != "PERSON" or after.end + 1 >= last.sent.end or doc[after.end].text != "," \
            or doc[after.end + 1].like_num:
        return None  # "…, Jo Wu, 45, was arrested": the name is the news, not its source
    return doc[after.end - 1]


# Prepositions that put a clause in a document: "in the latest poll, …", "in his letter, …".
_DOCUMENT_PREPOSITIONS = ("in",)
# A document noun needs one of these to be a particular document: "in order to" is no document.
_DETERMINING_DEPS = ("det", "poss", "amod", "compound", "nummod")


def _document_attribution(text: str, sentence: Sentence, token: Any, cues: Cues,
                          paragraph: int) -> Attribution | None:
    """ "In a new survey, Ortiz leads by nine points", "Ortiz leads in the polls": a clause set in a
    particular document (a poll, a report, a letter) with no cue verb of its own is what the document
    says; the preposition is the cue, the document (or its author) the source. A clause whose verb is a cue
    ("In a statement, the ministry said …") is left to that cue."""
    if token.lower_ not in _DOCUMENT_PREPOSITIONS or token.dep_ != "prep":
        return None
    documents = [c for c in token.children if c.dep_ == "pobj" and c.pos_ == "NOUN"
                 and c.lemma_.lower() in cues.documents and c.lemma_.lower() not in cues.voices
                 and any(d.dep_ in _DETERMINING_DEPS for d in c.children)]
    head = token.head
    if not documents or head.pos_ not in ("VERB", "AUX") or head.dep_ != "ROOT" \
            or cues.verb(head.lemma_) is not None \
            or not any(c.dep_ in _SUBJECTS or c.dep_ == "expl" for c in head.children):
        return None
    document = documents[0]
    low, high = _segment(sentence, token)
    phrase = {t.i for t in token.subtree}
    rest = [t for t in head.subtree if t.i not in phrase and low <= t.i <= high]
    spans = (_trim(text, s) for s in _runs(sentence, rest))
    content = tuple(s for s in spans if s is not None)
    if not content:
        return None
    speaker = _document_author(document, cues) or document
    return Attribution(sentence.token_span(token), "report", _speaker_span(sentence, speaker), content,
                       sentence.span, paragraph)
