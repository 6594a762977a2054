"""Interview transcripts: turns labelled "NAME:", "((Jo Wu))" or "Q:"/"A:", who asks and who answers, and
the actor a label names."""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from ...records import Actor, Article, Span
from ...spanindex import SpanIndex
from .marks import Lines, _fold, _trim

# An interview transcript line: "PENCE: Well, look …" (the name in capitals, then a colon).
_TRANSCRIPT = re.compile(r"[\"“'`]*([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})(:)\s+\S")
# Interview labels in brackets ("((Jo Wu))  Well, …", "((WN))  Why …?") and question/answer letters.
_BRACKET_LABEL = re.compile(r"[ \t]*(\(\()[ \t]*([^()\n]{1,60}?)[ \t]*(\)\))[ \t]*(?=\S)")
_QA_LABEL = re.compile(r"[ \t]*((Q|A|Question|Answer))(:)[ \t]+(?=\S)")
# The interviewer's labels: "Q:", and the publication's own name, which Wikinews interviews give the
# interviewer's turns ("((WN))", "((Wikinews))"). A publication asking is no one's reported speech, even in
# a transcript that puts several questions in one turn (too few turns to tell the asker by its "?"s).
# The publication's own names: what it says of itself outside a transcript is narration too ("Wikinews reached
# out to Jo Wu to discuss …").
_HOUSE_LABELS = frozenset({"wn", "wikinews"})
_ASKING_LABELS = frozenset({"q", "question", "interviewer"}) | _HOUSE_LABELS
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


def transcript_turns(text: str, lines: Lines | None = None) -> list[Turn]:
    """The turns of the interview transcripts in a text, in order.

    A turn is a line that opens with a label: "NAME:" in capitals, "((Jo Wu))" or "Q:"/"A:". The interviewer
    is the label that mostly asks (half its turns or more hold a "?"), or "Q:". A paragraph with no label that
    follows an answer goes on with it (answers run over several paragraphs), unless it asks a question."""
    raw: list[tuple[int, Span, Span, Span, str]] = []
    bounds = (lines or Lines.of(text)).bounds
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
        if not runs_on or last is None or last.asks or len(raw) < 2 or number - 1 != turns[-1].paragraph \
                or text[body.start:body.end].rstrip(" )]").endswith("?"):
            last = None
            continue
        last = dataclasses.replace(last, paragraph=number, content=body, continues=True)
        turns.append(last)
    return turns


def _named_person(article: Article | None, label: Span) -> bool:
    if article is None:
        return False
    actor = _label_actor(article, label)
    return actor is not None and actor.kind == "person"


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
    """The article's actors by folded name ("same"), and its people by last word ("last"), by initials and by
    first word ("first", for names of two words or more)."""
    names: dict[str, dict[str, list[Actor]]] = {"same": {}, "last": {}, "initials": {}, "first": {}}
    for a in article.actors:
        names["same"].setdefault(" ".join(a.name.lower().split()), []).append(a)
        if a.kind == "person" and a.name.split():
            names["last"].setdefault(a.name.split()[-1].lower(), []).append(a)
            if len(a.name.split()) >= 2:
                names["first"].setdefault(a.name.split()[0].lower(), []).append(a)
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
