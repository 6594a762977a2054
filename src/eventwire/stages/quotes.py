"""The quotes stage: direct, mixed and indirect quotes, each with its cue and speaker.

Two independent readings of the text meet here:

* the quotation marks, read on a same-length normalised copy of the text (so offsets never move), give the
  *regions*: stretches between an opening and a closing mark (or a line break, which closes an open quote);
* the dependency parse gives the *attributions*: a cue (a verb of the cue table, "according to"), its
  speaker (the subject, the agent of a passive, the object of "according to") and its content (the clausal
  complement, or the rest of the sentence).

An attribution whose content is a region is a direct quote; one whose content mixes quoted and unquoted
words is mixed; one without quotation marks is indirect. Regions that no attribution's content covers
look for their speaker nearby: a cue in their own sentence, "X said." right after, "X said:" right
before, then the previous quote of the paragraph, or of the previous paragraph for a quote-only paragraph.
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Sequence

from ..knowledge import Knowledge
from ..knowledge.cues import NEVER_CUES, THIRD_PARTY_ONLY, Cues
from ..records import Actor, Article, Quote, Sentence, Span
from ..spanindex import SpanIndex
from .syntax import SUBJECT_DEPS, subtree_span

OPEN, CLOSE, FILLER = "“", "”", "\u200b"
_OPENERS = "“„‟«"
_CLOSERS = "”»"
_WORD = re.compile(r"\w+")
# Regions this short are scare quotes ("so-called 'experts'") unless an attribution's content holds them.
MIN_DIRECT_WORDS = 3
# A content needs this many unquoted words, besides its quoted ones, to be a mixed quote, not a direct one
# whose parse dragged in a stray word.
MIN_MIXED_WORDS = 2

# A quoted stretch that nothing attributes is kept only from this length: shorter ones are names and titles.
MIN_LOOSE_WORDS = 4
_TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "on", "in", "and", "for", "to", "with", "at", "by", "or"})
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
_FIRST_PERSON = frozenset({"i", "me", "my", "myself", "we", "us", "our", "ourselves"})
_SECOND_PERSON = frozenset({"you", "your", "yourself", "yourselves"})
_PRONOUNS = _FIRST_PERSON | _SECOND_PERSON | frozenset({
    "he", "him", "his", "himself", "she", "her", "herself", "they", "them", "their", "themselves", "it", "its",
    "one", "someone", "somebody", "anyone", "everyone", "nobody", "who", "whom", "this", "that"})
_EDGE_PUNCT = " \t\n,;:.—–-"
_CLOSING_TOKENS = ("”", "''", '"', "»")


@dataclass(frozen=True, slots=True)
class Region:
    """Text between quotation marks: `span` without the marks, `outer` with them."""

    span: Span
    outer: Span
    paragraph: int
    words: int
    closed: bool  # closed by a mark, not by the end of the line
    continues: bool = False  # a new paragraph of the previous region's quote


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


@dataclass(frozen=True, slots=True)
class _Layout:
    """The paragraphs (lines) of the text, computed once per article."""

    bounds: tuple[tuple[int, int], ...]
    previous: tuple[int, ...]  # the closest non-blank paragraph before each one, or -1

    @classmethod
    def of(cls, text: str) -> "_Layout":
        bounds = paragraph_bounds(text)
        return cls(tuple(bounds), tuple(previous_paragraphs(text, bounds)))


@dataclass(frozen=True, slots=True)
class _Draft:
    kind: str
    content: tuple[Span, ...]
    cue: Span | None
    speaker_span: Span | None
    paragraph: int


# ---- quotation marks ---------------------------------------------------------------------------------------

def normalise_marks(text: str) -> str:
    """A copy of `text`, the same length, where every opening double quotation mark is “ and every closing
    one ”. Straight " and the doubled apostrophe '' toggle (open when outside a quote, close inside); ``
    opens; the second character of a doubled mark becomes a zero-width filler. A line break closes any
    open quote. Single quotes are left alone: they are apostrophes far more often than quotes."""
    out = list(text)
    inside = False
    i = 0
    while i < len(text):
        char, pair = text[i], text[i:i + 2]
        if char == "\n":
            inside = False
        elif pair == "``" or (pair == "''" and not inside):
            out[i], out[i + 1] = OPEN, FILLER
            inside = True
            i += 1
        elif pair == "''":
            out[i], out[i + 1] = CLOSE, FILLER
            inside = False
            i += 1
        elif char in _OPENERS:
            # „…“ (German style) closes with “: an opener inside an open quote opened by „ is its closer.
            if inside and char == "“" and _opened_low(text, i):
                out[i] = CLOSE
                inside = False
            else:
                out[i] = OPEN
                inside = True
        elif char in _CLOSERS:
            out[i] = CLOSE
            inside = False
        elif char == '"':
            out[i] = CLOSE if inside else OPEN
            inside = not inside
        i += 1
    return "".join(out)


def _opened_low(text: str, at: int) -> bool:
    """Whether the quote open at `at` was opened by „ on the same line."""
    line_start = text.rfind("\n", 0, at) + 1
    last_open = max(text.rfind(mark, line_start, at) for mark in _OPENERS)
    return last_open >= 0 and text[last_open] == "„"


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """[start, end) of each line of the text (its paragraphs), blank lines included."""
    bounds, start = [], 0
    for line in text.split("\n"):
        bounds.append((start, start + len(line)))
        start += len(line) + 1
    return bounds


def previous_paragraphs(text: str, bounds: Sequence[tuple[int, int]]) -> list[int]:
    """For each paragraph (line), the index of the closest non-blank one before it, or -1."""
    previous, last = [], -1
    for number, (start, end) in enumerate(bounds):
        previous.append(last)
        if text[start:end].strip():
            last = number
    return previous


def find_regions(text: str) -> list[Region]:
    """Every quoted stretch of the text, in order, with the paragraph (line) it lies in."""
    norm = normalise_marks(text)
    regions: list[Region] = []
    bounds = paragraph_bounds(norm)
    previous = previous_paragraphs(text, bounds)
    for number, (start, end) in enumerate(bounds):
        i = start
        while i < end:
            if norm[i] != OPEN:
                i += 1
                continue
            close = norm.find(CLOSE, i + 1, end)
            reopen = norm.find(OPEN, i + 1, end)
            # A second opener before any closer means the first quote was never closed: it ends there.
            stop = close if close >= 0 and (reopen < 0 or close < reopen) else (reopen if reopen >= 0 else end)
            closed = stop == close and close >= 0
            inner = _strip(text, i + 1, stop)
            outer = Span(i, stop + 1 if closed else max(stop, i + 1))
            if inner is not None:
                # A multi-paragraph quote reopens at the start of the next non-blank paragraph.
                continues = bool(regions) and not regions[-1].closed and regions[-1].paragraph == previous[number] \
                    and not norm[start:i].strip()
                regions.append(Region(inner, outer, number, len(_WORD.findall(text, inner.start, inner.end)),
                                      closed, continues))
            i = stop + 1 if closed else stop
    return regions


def _strip(text: str, start: int, end: int) -> Span | None:
    """The span [start, end) without surrounding whitespace, punctuation and fillers; None if no word."""
    while start < end and (text[start] in _EDGE_PUNCT or text[start] in "'`\"" or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in _EDGE_PUNCT or text[end - 1] in "'`\"" or text[end - 1].isspace()):
        end -= 1
    if end <= start or not _WORD.search(text, start, end):
        return None
    return Span(start, end)


def _trim(text: str, span: Span) -> Span | None:
    """A content span without edge punctuation, keeping the quotation marks it encloses."""
    start, end = span.start, span.end
    while start < end and (text[start] in _EDGE_PUNCT or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in _EDGE_PUNCT or text[end - 1].isspace()):
        end -= 1
    if end <= start or not _WORD.search(text, start, end):
        return None
    return Span(start, end)


# ---- attributions from the parse -------------------------------------------------------------------------

def find_attributions(article: Article, cues: Cues, regions: Sequence[Region] = ()) -> list[Attribution]:
    """Every cue of the cue table in the parse, with its speaker phrase and content spans."""
    found: list[Attribution] = []
    paragraph_of = _paragraph_index(article.text)
    for sentence in article.sentences():
        number = paragraph_of(sentence.span.start)
        for token in sentence.sent:
            attribution = _verb_attribution(article.text, sentence, token, cues, number) or \
                _phrase_attribution(article.text, sentence, token, cues, number) or \
                _noun_attribution(article.text, sentence, token, cues, number)
            if attribution is None or _not_reported(article, sentence, token, attribution, regions, cues):
                continue
            speaker = attribution.speaker_span
            if speaker is not None and _inside(speaker, regions) and not _inside(attribution.cue, regions):
                # The parser took quoted words for the subject (“… in panic mode,” said Jo Wu): the
                # speaker is the unquoted noun phrase next to the cue.
                subject = _unquoted_subject(sentence, token, regions)
                attribution = dataclasses.replace(
                    attribution, speaker_span=_speaker_span(sentence, subject) if subject is not None else None)
            found.append(attribution)
    found.extend(colon_attributions(article, regions, found))
    found.extend(transcript_attributions(article.text, article))
    return sorted(found, key=lambda a: (a.cue.start, a.cue.end))


def _not_reported(article: Article, sentence: Sentence, token: Any, attribution: Attribution,
                  regions: Sequence[Region], cues: Cues | None = None) -> bool:
    """Whether a cue the table knows reports nobody's words here: an opinion verb ("think", "believe")
    whose subject is not a third party the text names or describes ("I think …", "you know"); a cue in a
    question outside quotation marks ("Did she say …?", "Can you tell us …?"), which asks rather than
    reports; a cue in the imperative ("Tell me about …")."""
    if attribution.sense in THIRD_PARTY_ONLY and not _third_party(article, attribution.speaker_span):
        return True
    if attribution.sense == "report" and attribution.speaker_span is not None and \
            _fold(article.text, attribution.speaker_span) in _FIRST_PERSON | _SECOND_PERSON:
        return True  # "you can find that …", "we found it …": a finding is reported of studies and polls
    if _discourse_marker(token) or _judgement_of_it(token):
        return True
    if cues is not None and _unattributed_act(token, attribution, regions, cues):
        return True
    if attribution.sense != "question" and not _inside(attribution.cue, regions):
        end = sentence.span.end
        while end > sentence.span.start and article.text[end - 1] in " \t\n\"”'’)":
            end -= 1
        if article.text[end - 1:end] == "?" and not _inside(Span(end - 1, end), regions):
            return True
    return token.tag_ == "VB" and token.dep_ == "ROOT" and not any(c.dep_ in _SUBJECTS for c in token.children) \
        and not any(c.dep_ == "aux" for c in token.children)


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


def _judgement_of_it(token: Any) -> bool:
    """ "They find it easy to …", "we found it difficult to …": an adjective said of an empty "it" is how
    someone finds a task, not words they report."""
    return any(c.dep_ == "ccomp" and c.pos_ == "ADJ" and any(s.dep_ == "nsubj" and s.lower_ == "it"
                                                               for s in c.children) for c in token.children)


def _third_party(article: Article, span: Span | None) -> bool:
    """Whether a speaker phrase is someone other than the speaker and the listener, named or described
    ("the minister", "Jo Wu"), not a pronoun."""
    if span is None or _fold(article.text, span) in _PRONOUNS:
        return False
    return any(m.how != "pronoun" and m.span.overlaps(span) for a in article.actors for m in a.mentions)


def colon_attributions(article: Article, regions: Sequence[Region],
                       found: Sequence[Attribution]) -> list[Attribution]:
    """A colon that opens a quotation introduces it, whatever the verb before it: "Caddell continued:",
    "The Times reports:", "She made the following comment: “…”". The speaker is the subject of the clause
    the colon ends; the colon is the cue. Colons after a cue the table knows are left to that cue."""
    text = article.text
    openings = {r.outer.start for r in regions}
    paragraph_of = _paragraph_index(text)
    result: list[Attribution] = []
    for sentence in article.sentences():
        for token in sentence.sent:
            if token.text != ":" or _inside(sentence.token_span(token), regions):
                continue
            after = sentence.offset + token.idx + 1
            while after < len(text) and text[after].isspace():
                after += 1
            if after not in openings:
                continue
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
                head = next((t for t in sentence.sent if t.i < token.i and t.pos_ in ("VERB", "AUX")
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
            words = [t for t in sentence.sent if span.start <= sentence.offset + t.idx < span.end]
            while len(words) > 1 and words[0].pos_ in ("VERB", "AUX"):
                words.pop(0)
            result.append(Attribution(colon, "speech", sentence.tokens_span(words[0], words[-1]), (),
                                      sentence.span, paragraph_of(sentence.span.start)))
    return result


# An interview transcript line: "PENCE: Well, look …" (the name in capitals, then a colon).
_TRANSCRIPT = re.compile(r"[\"“'`]*([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})(:)\s+\S")


# Subjects that name no one: "it is “…”", "there was “…”", "this is “…”".
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
        first = next((t for t in sentence.sent if sentence.offset + t.idx >= region.span.start), None)
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


# Interview labels in brackets ("((Jo Wu))  Well, …", "((WN))  Why …?") and question/answer letters.
_BRACKET_LABEL = re.compile(r"[ \t]*(\(\()[ \t]*([^()\n]{1,60}?)[ \t]*(\)\))[ \t]*(?=\S)")
_QA_LABEL = re.compile(r"[ \t]*((Q|A|Question|Answer))(:)[ \t]+(?=\S)")
_ASKING_LABELS = frozenset({"q", "question", "interviewer"})
_ANSWER_LABELS = frozenset({"a", "answer"})


@dataclass(frozen=True, slots=True)
class Turn:
    """One turn of an interview transcript: who speaks (`label`), the label's punctuation (`cue`), what is
    said (`content`). `asks` marks the interviewer's turns; `answer` a turn labelled only "A:", whose speaker
    is the interviewee the article names."""

    paragraph: int
    label: Span
    cue: Span
    content: Span
    asks: bool = False
    answer: bool = False
    continues: bool = False  # a paragraph with no label of its own that goes on with the answer before it


def transcript_turns(text: str) -> list[Turn]:
    """The turns of the interview transcripts in a text, in order.

    A turn is a line that opens with a label: "NAME:" in capitals, "((Jo Wu))" or "Q:"/"A:". The interviewer
    is the label that mostly asks (half its turns or more hold a "?"), or "Q:". A paragraph with no label that
    follows an answer goes on with it (answers run over several paragraphs), unless it asks a question."""
    raw: list[tuple[int, Span, Span, Span, str]] = []
    bounds = paragraph_bounds(text)
    # Answers run over several paragraphs in interviews with bracketed or Q/A labels; a broadcast transcript
    # in capitals labels every turn, and an unlabelled paragraph after it is the article's own text.
    runs_on = False
    for number, (start, end) in enumerate(bounds):
        match = _BRACKET_LABEL.match(text, start, end)
        if match is not None:
            runs_on = True
            label, cue = Span(match.start(2), match.end(2)), Span(match.start(1), match.end(3))
        else:
            match = _QA_LABEL.match(text, start, end) or _TRANSCRIPT.match(text, start, end)
            if match is None or len(match.group(1).replace(".", "")) < 1:
                continue
            if match.re is _TRANSCRIPT and len(match.group(1).replace(".", "")) < 2:
                continue
            runs_on = runs_on or match.re is _QA_LABEL
            label, cue = Span(match.start(1), match.end(1)), Span(match.start(3 if match.re is _QA_LABEL else 2),
                                                                    match.end(3 if match.re is _QA_LABEL else 2))
        content = _trim(text, Span(cue.end, end))
        if content is None:
            continue
        raw.append((number, label, cue, content, _fold(text, label)))
    if not raw:
        return []
    asked: dict[str, list[bool]] = {}
    for _, _, _, content, key in raw:
        asked.setdefault(key, []).append("?" in text[content.start:content.end])
    # The interviewer asks in most turns; the interviewee seldom does.
    asking = {key for key, marks in asked.items()
              if key in _ASKING_LABELS or (len(marks) >= 2 and sum(marks) * 2 >= len(marks))}
    turns: list[Turn] = []
    labelled = {number for number, *_ in raw}
    by_number = {number: (label, cue, content, key) for number, label, cue, content, key in raw}
    previous = previous_paragraphs(text, bounds)
    last: Turn | None = None
    for number, (start, end) in enumerate(bounds):
        if number in labelled:
            label, cue, content, key = by_number[number]
            last = Turn(number, label, cue, content, asks=key in asking, answer=key in _ANSWER_LABELS)
            turns.append(last)
            continue
        body = _trim(text, Span(start, end)) if end > start else None
        if body is None:
            continue
        if not runs_on or last is None or last.asks or len(raw) < 2 or previous[number] != turns[-1].paragraph \
                or text[body.start:body.end].rstrip(" )]").endswith("?"):
            last = None
            continue
        last = dataclasses.replace(last, paragraph=number, content=body, continues=True)
        turns.append(last)
    return turns


def transcript_attributions(text: str, article: Article | None = None) -> list[Attribution]:
    """One attribution per turn of an interview transcript: the speaker's label, the label's punctuation as
    cue, the turn as content. An interviewer's questions are quotes when the label names a person of the
    article ("WALLACE:" for a named host); an anonymous or house label ("((WN))", "Q:") is the publication's
    own voice, not a quote."""
    bounds = paragraph_bounds(text)
    return [Attribution(turn.cue, "speech", turn.label, (turn.content,), Span(*bounds[turn.paragraph]),
                        turn.paragraph, line=True)
            for turn in transcript_turns(text) if not turn.asks or _named_person(article, turn.label)]


def _named_person(article: Article | None, label: Span) -> bool:
    if article is None:
        return False
    actor = _label_actor(article, label)
    return actor is not None and actor.kind == "person"


def _unquoted_subject(sentence: Sentence, verb: Any, regions: Sequence[Region]) -> Any | None:
    """The noun phrase right after the cue ("said Jo Wu") or between the quote and the cue ("…,” Jo Wu
    said), outside quotation marks."""
    def outside(token: Any) -> bool:
        return not _inside(sentence.token_span(token), regions)

    tokens = list(sentence.sent)
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


def _paragraph_index(text: str) -> Any:
    """A function: character offset -> index of the paragraph (line) that holds it."""
    starts = [start for start, _ in paragraph_bounds(text)]

    def index(offset: int) -> int:
        return bisect.bisect_right(starts, offset) - 1

    return index


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
    content = _verb_content(text, sentence, token, particle, cues)
    if role == "naming" and not content:
        return None  # "called a meeting", "the label" … only "called X Y" attributes a name
    if sense in ("cognition", "report") and not content:
        return None  # "I think so", "we know him": a belief cue needs something to attribute
    if particle is not None and particle.dep_ == "prep" and not content:
        return None  # "called for" without its object is no cue
    speaker = _speaker_token(token)
    speaker = _document_author(speaker, cues) or speaker
    speaker_span = _speaker_span(sentence, speaker) if speaker is not None else None
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
    between = [t for t in sentence.sent if mark.i < t.i < verb.i]
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
        spans = [sentence.tokens_span(clause.left_edge, _clause_end(verb, clause, cues)) for clause in clauses]
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
        spans = [sentence.tokens_span(objects[0].left_edge, max(names, key=lambda t: t.i).right_edge)]
    elif objects and cues.object_role(verb.lemma_) == "content":
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
    for other in sentence.sent:
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
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
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
    """The author of a document that a cue makes the speaker, when the grammar names one: its possessor
    ("the ministry's statement", "its report"), a name in it ("the Amnesty report"), "a report by/from X"
    ("of X" for a name), a verb that put it out ("X released a statement saying …", "a statement issued by
    X"). Else None: the document stays the speaker phrase, and no one is guessed."""
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
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in cues.releases:
        subjects = [c for c in noun.head.children if c.dep_ == "nsubj"]
        if subjects and subjects[0].lower_ not in _RELATIVE_PRONOUNS:
            return subjects[0]
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
        for token in list(sentence.sent):
            if token.i == first.i - 1 and token.dep_ in _NAME_DEPS and token.head.i in range(first.i, last.i + 1):
                first, changed = token, True
    doc = head.doc
    while first.i < last.i and not first.text[:1].isalnum():
        first = doc[first.i + 1]  # "co-author Jo Wu" split as "co", "-", "author": no span opens on "-"
    return sentence.tokens_span(first, last)


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
    tokens = list(sentence.sent)
    at = token.i - sentence.sent.start
    for words, sense in cues.phrases.items():
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
        speaker = _document_author(speaker, cues) or speaker
        inside = set(range(token.i, phrase_end + 1))
        rest = [t for t in sentence.sent if t.i not in inside]
        spans = (_trim(text, s) for s in _runs(sentence, rest))
        content = tuple(s for s in spans if s is not None)
        return Attribution(sentence.tokens_span(token, last), sense, _speaker_span(sentence, speaker), content,
                           sentence.span, paragraph)
    return None


# ---- putting them together ---------------------------------------------------------------------------------

def _quoted_mask(text: str, regions: Iterable[Region]) -> bytearray:
    mask = bytearray(len(text))
    for region in regions:
        mask[region.outer.start:region.outer.end] = b"\x01" * (region.outer.end - region.outer.start)
    return mask


def _unquoted_words(text: str, spans: Iterable[Span], mask: bytearray, skip: Iterable[Span]) -> int:
    skipped = [s for s in skip if s is not None]
    count = 0
    for span in spans:
        for match in _WORD.finditer(text, span.start, span.end):
            if mask[match.start()]:
                continue
            if any(s.start <= match.start() < s.end for s in skipped):
                continue
            count += 1
    return count


def _inside(span: Span, regions: Iterable[Region]) -> bool:
    if isinstance(regions, _Regions):
        regions = regions.outer_index.overlapping(span)  # a region holding the span overlaps it
    return any(r.outer.start <= span.start and span.end <= r.outer.end for r in regions)


def _overlapping(spans: Iterable[Span], regions: Sequence[Region]) -> list[int]:
    if isinstance(regions, _Regions):
        return sorted({i for s in spans for i in regions.span_index.overlapping(s)})
    return [i for i, r in enumerate(regions) if any(s.overlaps(r.span) for s in spans)]


class _Regions(list):  # type: ignore[type-arg]
    """An article's regions, also indexed by offset: `_inside` and `_overlapping` are asked per token and per
    attribution, and a scan of every region each time was quadratic in the article. Not to be changed."""

    def __init__(self, regions: Iterable[Region]) -> None:
        super().__init__(regions)
        self.outer_index: SpanIndex[Region] = SpanIndex()
        self.span_index: SpanIndex[int] = SpanIndex()
        for number, region in enumerate(self):
            self.outer_index.add(region.outer, region)
            self.span_index.add(region.span, number)


def _merge_spans(spans: Iterable[Span]) -> tuple[Span, ...]:
    merged: list[Span] = []
    for span in sorted(spans):
        if merged and span.start <= merged[-1].end + 1:
            merged[-1] = Span(merged[-1].start, max(merged[-1].end, span.end))
        else:
            merged.append(span)
    return tuple(merged)


def build_quotes(text: str, regions: list[Region], attributions: list[Attribution],
                 subjects: Mapping[int, Span] | None = None) -> list[_Draft]:
    """Pair regions and attributions into drafts: direct, mixed, indirect; speakers still as spans.
    `subjects` (region index -> the subject of the clause that holds it) speaks for a quote nothing else
    attributes."""
    mask = _quoted_mask(text, regions)
    layout = _Layout.of(text)
    owner: dict[int, int] = {}  # region index -> attribution index whose content holds it
    # Outside cues only: a cue inside a quote ("I think …") belongs to the quoted speaker, not to the region.
    outside = [i for i, a in enumerate(attributions) if a.line or not _inside(a.cue, regions)]
    # The tightest content claims a region first: "X said Y told him “…”" gives the quote to Y's cue;
    # a transcript line claims everything on it.
    def claim_order(i: int) -> tuple[bool, int, int]:
        return (not attributions[i].line, sum(s.end - s.start for s in attributions[i].content), i)

    for index in sorted(outside, key=claim_order):
        attribution = attributions[index]
        for region in _overlapping(attribution.content, regions):
            owner.setdefault(region, index)

    drafts: dict[int, _Draft] = {}  # keyed by attribution index, so split halves join one quote
    for index in outside:
        attribution = attributions[index]
        if not attribution.content:
            continue
        mine = sorted(r for r, a in owner.items() if a == index)
        touched = _overlapping(attribution.content, regions)
        skip = (attribution.cue, attribution.speaker_span)
        if mine and any(_unquoted_words(text, (span,), mask, skip) == 0 for span in attribution.content):
            # One clause is a quote in full: another unquoted clause of the same cue is a misparse
            # (“It's over,” she said of the race, in which …), so the quote is direct.
            extra = 0
        else:
            extra = _unquoted_words(text, attribution.content, mask, skip)
        if attribution.line:
            kind = "indirect" if not touched else ("direct" if extra == 0 else "mixed")
            drafts[index] = _Draft(kind, attribution.content, attribution.cue, attribution.speaker_span,
                                   attribution.paragraph)
        elif not touched:
            drafts[index] = _Draft("indirect", attribution.content, attribution.cue, attribution.speaker_span,
                                   attribution.paragraph)
        elif extra >= MIN_MIXED_WORDS:
            spans = list(attribution.content) + [regions[r].span for r in mine]
            drafts[index] = _Draft("mixed", _merge_spans(spans), attribution.cue, attribution.speaker_span,
                                   attribution.paragraph)
        elif mine:
            # Short regions too: “I would,” Melanie said. is a quote, not a scare quote, once a cue claims it.
            drafts[index] = _Draft("direct", tuple(regions[r].span for r in mine), attribution.cue,
                                   attribution.speaker_span, attribution.paragraph)

    signed: list[_Draft] = []
    loose: list[tuple[int, _Draft]] = []
    for number, region in enumerate(regions):
        if number in owner:
            continue  # quoted above
        attribution_index = _nearby_attribution(text, region, regions, attributions, outside, layout)
        if region.words < MIN_DIRECT_WORDS and not _spoken_short(text, region, attributions, attribution_index):
            continue  # a scare quote
        if attribution_index is not None:
            attribution = attributions[attribution_index]
            previous = drafts.get(attribution_index)
            if previous is not None and previous.kind == "direct":
                drafts[attribution_index] = dataclasses.replace(
                    previous, content=previous.content + (region.span,))
            else:
                drafts[attribution_index] = _Draft("direct", (region.span,), attribution.cue,
                                                   attribution.speaker_span, attribution.paragraph)
            continue
        signature = _dash_signature(text, region)
        if signature is not None:
            signed.append(_Draft("direct", (region.span,), signature[0], signature[1], region.paragraph))
            continue
        loose.append((number, _Draft("direct", (region.span,), None, None, region.paragraph)))

    ordered = sorted([*drafts.values(), *signed], key=lambda d: (d.content[0].start, d.content[0].end))
    return _attach_loose(text, regions, ordered, loose, [attributions[i] for i in outside], layout,
                         subjects or {})


def _nearby_attribution(text: str, region: Region, regions: list[Region], attributions: list[Attribution],
                        outside: list[int], layout: _Layout) -> int | None:
    """The cue for a quote no content covers: in its own sentence, just after ("X said."), or before a colon."""
    best: tuple[int, int] | None = None
    for index in outside:
        attribution = attributions[index]
        if attribution.speaker_span is None:
            continue
        if attribution.paragraph not in (region.paragraph, layout.previous[region.paragraph]):
            continue
        if attribution.content and _overlapping(attribution.content, regions):
            continue  # it speaks for another quote
        sentence = attribution.sentence
        if attribution.paragraph != region.paragraph:
            # "He went on:" closing one paragraph, the quote opening the next.
            if _colon_before(text, sentence, region):
                distance = 3000 + region.outer.start - sentence.end
            else:
                continue
        elif sentence.overlaps(region.outer):
            distance = min(abs(attribution.cue.start - region.outer.end),
                           abs(region.outer.start - attribution.cue.end))
        elif sentence.start >= region.outer.end and not _WORD.search(text, region.outer.end, sentence.start) \
                and _words(text, attribution.content) <= 2:
            distance = 1000 + sentence.start - region.outer.end  # "“…” He said." split into two sentences
        elif sentence.end <= region.outer.start and _colon_before(text, sentence, region):
            distance = 2000 + region.outer.start - sentence.end  # "He said: “…”"
        else:
            continue
        if best is None or distance < best[0]:
            best = (distance, index)
    return best[1] if best else None


def _spoken_short(text: str, region: Region, attributions: list[Attribution], index: int | None) -> bool:
    """Whether a one- or two-word quote is speech, not a scare quote: its cue follows it at once, with
    only the speaker in between (“You winning?” she said)."""
    if index is None:
        return False
    cue = attributions[index].cue
    if cue.start < region.outer.end:
        return False
    gap = text[region.outer.end:cue.start]
    return len(_WORD.findall(gap)) <= 4 and not any(mark in gap for mark in ".;:\n")


def _colon_before(text: str, sentence: Span, region: Region) -> bool:
    """Whether the sentence ends with a colon that introduces the region ("He said:" / "She went on:")."""
    return text[sentence.start:region.outer.start].rstrip().endswith(":") \
        and not _WORD.search(text, sentence.end, region.outer.start)


# “…” ― Jane Doe, or “…” — Jane Doe, teacher: a quote signed with a dash and a name that ends the line.
_SIGNATURE = re.compile(r"[\s,.]*([—―–]|--)\s*((?:[A-Z][\w.'’-]*\s*){1,5})(?=$|,|\(|\n)")


def _dash_signature(text: str, region: Region) -> tuple[Span, Span] | None:
    """(cue, speaker span) of a quote signed with a dash and a name, as in vox pops and epigraphs."""
    line_end = text.find("\n", region.outer.end)
    line_end = len(text) if line_end < 0 else line_end
    match = _SIGNATURE.match(text[region.outer.end:line_end])
    if match is None:
        return None
    base = region.outer.end
    name_start = base + match.start(2)
    name_end = name_start + len(match.group(2).rstrip())
    return Span(base + match.start(1), base + match.end(1)), Span(name_start, name_end)


def _words(text: str, spans: Iterable[Span]) -> int:
    return sum(len(_WORD.findall(text, s.start, s.end)) for s in spans)


def _attach_loose(text: str, regions: list[Region], drafts: list[_Draft], loose: list[tuple[int, _Draft]],
                  attributions: list[Attribution], layout: _Layout, subjects: Mapping[int, Span]) -> list[_Draft]:
    """Quotes without a cue of their own: one half of a split quote, a continued paragraph, or a
    quote-only paragraph that goes on with the previous paragraph's speaker."""
    result = list(drafts)
    for number, draft in loose:
        region = regions[number]
        if _title_like(text, region):
            continue  # on Fox News's “Fox and Friends”: a name, not more of the quote
        following = _split_head_of(region, result)
        if following is not None:
            result[result.index(following)] = dataclasses.replace(
                following, content=(region.span,) + following.content)
            continue
        previous = _split_tail_of(text, region, result, attributions)
        if previous is not None:
            kind = "mixed" if previous.kind == "indirect" else previous.kind
            result[result.index(previous)] = dataclasses.replace(
                previous, kind=kind, content=previous.content + (region.span,), paragraph=region.paragraph)
            continue
        before = [d for d in result if d.content[-1].end <= region.span.start]
        last = max(before, key=lambda d: d.content[-1].end) if before else None
        if last is not None and _quote_only_paragraph(text, regions, layout, region.paragraph) and \
                last.paragraph == layout.previous[region.paragraph]:
            result.append(dataclasses.replace(draft, speaker_span=last.speaker_span))
            continue
        introduced = _introducing_attribution(text, region, attributions)
        if introduced is not None:
            result.append(dataclasses.replace(draft, speaker_span=introduced.speaker_span))
            continue
        if _worth_keeping(text, region):
            # "Reid has gone after Trump as a “human leech who will bleed the country”": the quote is the
            # words of the clause's subject.
            result.append(dataclasses.replace(draft, speaker_span=subjects.get(number)))
    return sorted(result, key=lambda d: (d.content[0].start, d.content[0].end))


def _introducing_attribution(text: str, region: Region, attributions: list[Attribution]) -> Attribution | None:
    """The attribution of the sentence just before a quote that stands as a sentence of its own in the same
    paragraph: "Jo Wu called him a visionary. “He saw it coming.”" The quote goes on with that speaker."""
    if region.words < MIN_DIRECT_WORDS or not _stands_alone(text, region):
        return None
    before = [a for a in attributions if a.paragraph == region.paragraph and a.speaker_span is not None
              and a.sentence.end <= region.outer.start and not _WORD.search(text, a.sentence.end, region.outer.start)]
    if not before:
        return None
    sentence = max(a.sentence for a in before)
    # The first cue of that sentence is its main clause's: "Jo Wu, who told reporters …, said …".
    return min((a for a in before if a.sentence == sentence), key=lambda a: a.cue.start)


def _stands_alone(text: str, region: Region) -> bool:
    """Whether a quote ends its sentence: only a line break, the end, or a new sentence follows it."""
    rest = text[region.outer.end:region.outer.end + 3]
    return not rest.strip() or re.match(r"\s+[\"“'`A-Z]", rest) is not None or rest[0] in "\n"


def _split_head_of(region: Region, drafts: list[_Draft]) -> _Draft | None:
    """The direct quote whose cue follows this region in its paragraph: “A,” he told the host, “B.”"""
    after = [d for d in drafts if d.kind == "direct" and d.paragraph == region.paragraph and d.cue is not None
             and d.content[0].start >= region.span.end
             and region.outer.end <= d.cue.start < d.content[0].start]
    return min(after, key=lambda d: d.content[0].start) if after else None


def _split_tail_of(text: str, region: Region, drafts: list[_Draft],
                   attributions: list[Attribution]) -> _Draft | None:
    """The quote this region goes on with: the last quote of the paragraph when no one else speaks in
    between ("…,” Mr. X said. “…”), or a reported clause whose cue comes just before ("…, X said. “…”")."""
    before = [d for d in drafts if d.content[-1].end <= region.span.start
              and (d.paragraph == region.paragraph or region.continues)]
    if not before:
        return None
    quoted = [d for d in before if d.kind in ("direct", "mixed")]
    last_quoted = max(quoted, key=lambda d: d.content[-1].end) if quoted else None
    last = max(before, key=lambda d: d.content[-1].end)
    if last.kind == "indirect" and last.cue is not None and last.content[-1].end <= last.cue.start \
            and (last_quoted is None or last_quoted.content[-1].end < last.content[0].start):
        candidate = last  # the reported half before its cue, then the quoted half
    else:
        candidate = last_quoted  # an indirect clause between the halves ("…,” she said, adding …) is no break
    if candidate is None:
        return None
    if region.continues or not _other_speaker_between(text, candidate, region, attributions):
        return candidate
    return None


def _worth_keeping(text: str, region: Region) -> bool:
    """A quoted stretch with no speaker anywhere near: a quote when it is long and not a title."""
    return region.words >= MIN_LOOSE_WORDS


def _title_like(text: str, region: Region) -> bool:
    """"The Steve Harvey Morning Show", "Contract With America": every word capitalised reads as a title."""
    words = _WORD.findall(text, region.span.start, region.span.end)
    return all(w[0].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in words)


def _other_speaker_between(text: str, previous: _Draft, region: Region, attributions: list[Attribution]) -> bool:
    """Whether a cue with another speaker stands between a quote and the next region of its paragraph."""
    start, end = previous.content[-1].end, region.outer.start
    mine = _fold(text, previous.speaker_span)
    # Cues in the attribution's own sentence describe the speaker ("said Jo Wu, a lawyer who has been
    # challenging …"): only a later sentence can bring in someone else.
    own = [a.sentence for a in attributions if a.cue == previous.cue]
    for attribution in attributions:
        if own and attribution.sentence == own[0]:
            continue
        if start <= attribution.cue.start < end and attribution.speaker_span is not None:
            if attribution.cue == previous.cue or attribution.speaker_span == previous.speaker_span:
                continue
            if _fold(text, attribution.speaker_span) in _PRONOUN_SPEAKERS:
                continue  # "He did not say more. “…”": most likely the same speaker
            if _fold(text, attribution.speaker_span) != mine:
                return True
    return False


def _fold(text: str, span: Span | None) -> str:
    return " ".join(span.text(text).lower().split()) if span is not None else ""


def _quote_only_paragraph(text: str, regions: list[Region], layout: _Layout, paragraph: int) -> bool:
    start, end = layout.bounds[paragraph]
    mine = [r.outer for r in regions if r.paragraph == paragraph]
    return all(any(o.start <= m.start() < o.end for o in mine) for m in _WORD.finditer(text, start, end))


def run(article: Article, knowledge: Knowledge) -> Article:
    """Fill `article.quotes`, in text order, ids q1, q2, …"""
    if not article.paragraphs:
        return article
    cues: Cues = knowledge.cues
    regions = _Regions(find_regions(article.text))
    drafts = build_quotes(article.text, regions, find_attributions(article, cues, regions),
                          clause_subjects(article, regions))
    turns = _Turns(transcript_turns(article.text))
    surnames = _surnames(article)
    sentences = list(article.sentences())
    documents = _documents(sentences, cues)
    quotes = []
    for number, draft in enumerate(drafts, 1):
        speaker, speaker_span = resolve_speaker(article, draft, drafts, turns, surnames, sentences, documents)
        quotes.append(Quote(id=f"q{number}", kind=draft.kind, content=draft.content, cue=draft.cue,
                            speaker=speaker.id if speaker is not None else None, speaker_span=speaker_span))
    return dataclasses.replace(article, quotes=tuple(quotes))


def resolve_speaker(article: Article, draft: _Draft, drafts: Sequence[_Draft], turns: Sequence[Turn],
                    surnames: Mapping[str, Sequence[Actor]] | None = None,
                    sentences: Sequence[Sentence] = (),
                    documents: Sequence["_Document"] = ()) -> tuple[Actor | None, Span | None]:
    """The speaking actor of a quote and the span that names the speaker.

    A first-person speaker ("I said", "we told them") is whoever utters the words around the cue: the
    speaker of the quote or interview answer that holds it. A second-person one ("as you said") is the one
    spoken to: in an interviewer's question, the interviewee. A third-person pronoun is its antecedent when
    the actors stage linked one, else no speaker (its span stays, as the evidence of the attribution). A
    first- or second-person pronoun with no speaker in sight gives neither: a pronoun is never the speaker."""
    text = article.text
    span = draft.speaker_span
    if span is None:
        return None, None
    word = _fold(text, span)
    turn = _turn_at(turns, draft.cue) if draft.cue is not None else None
    if turn is not None and span == turn.label:
        if turn.answer:
            return _interviewee(article, turns)
        return _label_actor(article, span), span
    if word in _FIRST_PERSON:
        outer = _outer_draft(draft, drafts, turns)
        if outer is not None and outer.speaker_span is not None and _fold(text, outer.speaker_span) not in _PRONOUNS:
            actor = _head_actor(article, outer.speaker_span)
            if turn is not None and outer.speaker_span == turn.label:
                return (_interviewee(article, turns) if turn.answer
                        else (_label_actor(article, outer.speaker_span), outer.speaker_span))
            return actor, (span if actor is not None else outer.speaker_span)
        if turn is not None and (not turn.asks or _named_person(article, turn.label)):
            return (_interviewee(article, turns) if turn.answer
                    else (_label_actor(article, turn.label), turn.label))
        return None, None
    if word in _SECOND_PERSON:
        if turn is not None and turn.asks:
            return _interviewee(article, turns)
        return None, None
    # "he said" with no antecedent: no speaker, but the span still shows where the text attributes the words.
    actor = _head_actor(article, span)
    if actor is None and surnames is not None:
        actor = _namesake(text, span, surnames)
    if actor is None and word in _COLLECTIVE_PRONOUNS and sentences:
        actor = _previous_subject(article, span, sentences, _COLLECTIVE_PRONOUNS[word])
    if actor is None and documents:
        author = _earlier_author(documents, span)
        if author is not None:
            actor = article.actor_at(author)
    return actor, span


def _head_actor(article: Article, span: Span) -> Actor | None:
    """The actor a speaker phrase names. An English noun phrase ends in its head, and modifiers before it
    may be actors of their own: "NASA administrator Jo Wu" is Jo Wu, not NASA; "Kremlin spokesman" (no
    actor at the head) is the Kremlin. So the actor whose mention holds the phrase's last character wins,
    else the tightest one overlapping it."""
    return article.actor_at(Span(span.end - 1, span.end)) or article.actor_at(span)


@dataclass(frozen=True, slots=True)
class _Document:
    """A noun naming a document: where it is, its lemma, whether it is definite ("the report"), and the
    author its own sentence names, if any."""
    at: int
    lemma: str
    definite: bool
    author: Span | None


def _documents(sentences: Sequence[Sentence], cues: Cues) -> list[_Document]:
    found = []
    for sentence in sentences:
        for token in sentence.sent:
            if token.pos_ == "NOUN" and token.lemma_.lower() in cues.documents:
                author = _document_author(token, cues)
                definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children)
                found.append(_Document(sentence.offset + token.idx, token.lemma_.lower(), definite,
                                       _speaker_span(sentence, author) if author is not None else None))
    return found


def _earlier_author(documents: Sequence[_Document], span: Span) -> Span | None:
    """ "The report said …" with no author in its sentence: the author of the report the text introduced
    before ("The ministry published a report on Monday. … The report said …"): the nearest earlier noun
    of the same lemma, when that one names its author; else None."""
    at = bisect.bisect_left([d.at for d in documents], span.start)
    if at >= len(documents) or not span.start <= documents[at].at < span.end:
        return None
    this = documents[at]
    if not this.definite or this.author is not None:
        return None
    earlier = next((d for d in reversed(documents[:at]) if d.lemma == this.lemma), None)
    return earlier.author if earlier is not None else None


# "It said", "they said": a body (an organisation, a government, a group) the sentence before made its subject.
_COLLECTIVE_PRONOUNS = {"it": ("organisation", "country"), "they": ("organisation", "group", "country")}


def _previous_subject(article: Article, span: Span, sentences: Sequence[Sentence],
                      kinds: Sequence[str]) -> Actor | None:
    """The antecedent of "it"/"they" opening an attribution: the subject of the sentence just before, in the
    same paragraph, when that subject is a body ("The league did not name the player. It said …"), and the
    pronoun's own sentence names no other body before it. A person, or no subject, gives no one."""
    at = bisect.bisect_right([s.span.start for s in sentences], span.start) - 1
    if at < 1 or "\n" in article.text[sentences[at - 1].span.end:span.start]:
        return None
    if any(a.kind in kinds for a in _actors_between(article, sentences[at].span.start, span.start)):
        return None
    previous = sentences[at - 1]
    root = next((t for t in previous.sent if t.dep_ == "ROOT"), None)
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")] if root is not None else []
    if len(subjects) != 1:
        return None
    actor = article.actor_at(_speaker_span(previous, subjects[0]))
    return actor if actor is not None and actor.kind in kinds else None


def _actors_between(article: Article, start: int, end: int) -> list[Actor]:
    if end <= start:
        return []
    found = []
    for actor in article.actors:
        if any(m.how != "pronoun" and start <= m.span.start < end for m in actor.mentions):
            found.append(actor)
    return found


def _surnames(article: Article) -> dict[str, list[Actor]]:
    """The article's people by the last word of their name, case-folded: "wu" -> [Jo Wu]."""
    found: dict[str, list[Actor]] = {}
    for actor in article.actors:
        words = actor.name.split()
        # The actors stage sometimes files a person's full name ("Brock Pierce") as an organisation: a name
        # of two or three capitalised words with no lower-case word in it is taken as a person's too.
        if len(words) >= 2 and (actor.kind == "person" or actor.kind == "organisation" and len(words) <= 3
                                and all(w[:1].isupper() and w.isalpha() for w in words)):
            found.setdefault(words[-1].lower(), []).append(actor)
    return found


def _namesake(text: str, span: Span, surnames: Mapping[str, Sequence[Actor]]) -> Actor | None:
    """The person a bare surname speaker names when the actors stage left that mention unlinked ("Wu said"
    after "Jo Wu" was named): the one person of the article with that surname, else no one."""
    words = text[span.start:span.end].split()
    if not words or len(words) > 3 or not all(w[:1].isupper() for w in words):
        return None
    last = words[-1].lower()
    if last in _PRONOUNS:
        return None
    people = surnames.get(last, ())
    return people[0] if len(people) == 1 else None


def _turn_at(turns: Sequence[Turn], span: Span) -> Turn | None:
    if isinstance(turns, _Turns):
        turns = turns.index.overlapping(span)  # a turn whose cue is the span or holds it overlaps it
    return next((t for t in turns if t.cue == span or t.content.contains(span)), None)


class _Turns(list):  # type: ignore[type-arg]
    """An article's transcript turns, also indexed by the offsets of their cues and contents (`_turn_at` is
    asked per quote). Not to be changed."""

    def __init__(self, turns: Iterable[Turn]) -> None:
        super().__init__(turns)
        self.index: SpanIndex[Turn] = SpanIndex()
        for turn in self:
            self.index.add(Span(min(turn.cue.start, turn.content.start), max(turn.cue.end, turn.content.end)), turn)


def _outer_draft(draft: _Draft, drafts: Sequence[_Draft], turns: Sequence[Turn]) -> _Draft | None:
    """The quoted speech (a direct or mixed quote, or an interview answer) whose words hold the draft's cue."""
    if draft.cue is None:
        return None
    answers = {t.cue for t in turns}
    holders = [d for d in drafts if d is not draft and d.cue != draft.cue
               and (d.kind in ("direct", "mixed") or d.cue in answers)
               and any(c.contains(draft.cue) for c in d.content)]
    return min(holders, key=lambda d: sum(c.end - c.start for c in d.content)) if holders else None


def _label_actor(article: Article, label: Span) -> Actor | None:
    """The actor an interview label names: the one mentioned there, else the actor of the same name, else the
    person whose surname it ends with ("((Jo Wu))" and "Dr Wu" elsewhere), or whose initials it is ("JW")."""
    actor = article.actor_at(label)
    if actor is not None:
        return actor
    name = _fold(article.text, label)
    names = article.memo("quotes.actor_names", _actor_names)  # asked per label: a scan of every actor was quadratic
    same = names["same"].get(name, [])
    if same:
        return same[0]
    words = name.split()
    if not words:
        return None
    people = names["last"].get(words[-1], [])
    if not people and len(words) == 1 and 2 <= len(name) <= 3:
        # Initials: "((NG))" for Nadia Grossi.
        people = [a for a in names["initials"].get(name, []) if len(a.name.split()) == len(name)]
    return people[0] if len(people) == 1 else None


def _actor_names(article: Article) -> dict[str, dict[str, list[Actor]]]:
    """The article's actors by folded name ("same"), and its people by last word ("last") and by initials."""
    names: dict[str, dict[str, list[Actor]]] = {"same": {}, "last": {}, "initials": {}}
    for a in article.actors:
        names["same"].setdefault(" ".join(a.name.lower().split()), []).append(a)
        if a.kind == "person" and a.name.split():
            names["last"].setdefault(a.name.split()[-1].lower(), []).append(a)
            names["initials"].setdefault("".join(w[0] for w in a.name.lower().split()), []).append(a)
    return names


def _interviewee(article: Article, turns: Sequence[Turn]) -> tuple[Actor | None, Span | None]:
    """The one who answers in an interview: the only named answering label, else the person the article
    mentions most (the interview's subject)."""
    named = {t.label.text(article.text): t.label for t in turns if not t.asks and not t.answer}
    if len(named) == 1:
        label = next(iter(named.values()))
        return _label_actor(article, label), label
    if named:
        return None, None  # several people answer: "you" is none of them in particular
    people = [a for a in article.actors if a.kind == "person"]
    if not people:
        return None, None
    # The most named person; the first named on a tie.
    best = max(people, key=lambda a: (sum(1 for m in a.mentions if m.how != "pronoun"), -people.index(a)))
    named_mention = next((m.span for m in best.mentions if m.how != "pronoun"), None)
    return best, named_mention
