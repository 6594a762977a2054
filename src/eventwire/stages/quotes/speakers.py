"""Speaker resolution: the actor a quote's speaker phrase names. Pronouns are never speakers: the first
person is whoever utters the words around the cue, the second the one spoken to, "he"/"it"/"they" their
antecedent; a document ("the report said") its author."""
from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass
from typing import Any, Mapping, Sequence

from ...knowledge.agents import Agents
from ...knowledge.cameo import Codebook
from ...knowledge.verbs import Frame, Phrase, VerbPatterns
from ...knowledge.cues import Cues
from ...records import Actor, Article, Sentence, Span
from ..actors.gender import pronoun_fits
from .attributions import _FIRST_PERSON, _PRONOUNS, _SECOND_PERSON, _document_author, _speaker_span
from .marks import _WORD, Lines, _fold
from .pairing import _QuoteDraft
from .transcripts import _HOUSE_LABELS, Turn, _actor_names, _interviewee, _label_actor, _named_person, _turn_at

def resolve_speaker(article: Article, draft: _QuoteDraft, drafts: Sequence[_QuoteDraft], turns: Sequence[Turn],
                    surnames: Mapping[str, Sequence[Actor]] | None = None,
                    sentences: Sequence[Sentence] = (),
                    documents: Sequence["_Document"] = (),
                    roles: Agents | None = None,
                    lines: Lines | None = None,
                    spoken: Sequence[tuple[Span, Actor]] = ()) -> tuple[Actor | None, Span | None]:
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
        actor = _namesake(text, span, surnames) or _given_name(article, span, surnames)
    if actor is None and word in _COLLECTIVE_PRONOUNS and sentences:
        actor = _previous_subject(article, span, sentences, _COLLECTIVE_PRONOUNS[word])
    if actor is None and documents:
        author = _earlier_author(documents, span)
        if author is not None:
            actor = article.actor_at(author)
    if roles is not None and (actor is None or _fold(text, span) == actor.name.lower()):
        # No actor, or only the role itself ("senator", an actor the actors stage made of the description
        # alone): the one named holder of the role, if the text introduced one.
        actor = _role_holder(article, span, roles) or actor
    # A possessor that is the speaker ("according to his publicist", a voice's owner) stands for its
    # antecedent as the subject pronoun does.
    word = _POSSESSIVE.get(word, word)
    outer = _outer_draft(draft, drafts, turns) if actor is None else None
    # A narrator's pronoun, or an interviewee's "he"/"she" in their own answer (not in words they quote
    # inside it). An interviewee's "they" is mostly people in general ("a lot of people …, they say"), not a
    # group of their story: it is left alone.
    answer = turn is not None and not turn.asks and word in ("he", "she") and outer is not None \
        and outer.cue == turn.cue
    if actor is None and lines is not None and word in _PRONOUN_KINDS and (
            (turn is None and outer is None) or answer):
        quoted = [c for d in drafts if d.kind in ("direct", "mixed") for c in d.content]
        actor = _sole_antecedent(article, span, word, lines, spoken, surnames or {}, quoted, sentences,
                                 turn.content if answer and turn is not None else None)
    if actor is not None and not pronoun_fits(word, actor.gender):
        # "he said" is never a woman the text or the knowledge names as one (`Actor.gender`), however it was
        # reached: a missing speaker is better than a wrong one.
        return None, span
    return actor, span


def continued_speaker(article: Article, draft: _QuoteDraft, sentences: Sequence[Sentence],
                      lines: Lines) -> _QuoteDraft:
    """A direct quote with no cue and no speaker that opens a sentence right after a sentence of its own
    paragraph about someone, and speaks in the first person ("Jo Wu left the band in 1990. “I wanted to
    write my own songs.”"): the words are that someone's, the subject of the sentence before, as a news
    report lets a quotation go on from the sentence that introduces its speaker. The subject becomes the
    quote's speaker phrase, resolved as any other (a pronoun to its antecedent, a common noun to no one).
    A quote whose words are not in the first person, or that follows a sentence with no single subject,
    is left alone: a slogan, a title or a document's wording has no speaker there."""
    if draft.kind != "direct" or draft.cue is not None or draft.speaker_span is not None or not draft.content:
        return draft
    text = article.text
    first = draft.content[0]
    at = _sentence_at(sentences, first.start)
    if at < 1 or not _FIRST_PERSON_WORDS.search(" ".join(text[c.start:c.end] for c in draft.content)):
        return draft
    opening = sentences[at].span.start
    if _WORD.search(text, opening, first.start) or lines.at(sentences[at - 1].span.start) != lines.at(first.start):
        return draft  # the quote is inside a sentence, or the sentence before is another paragraph's
    subject = _main_subject(sentences[at - 1])
    if subject is None or _fold(text, subject) in _FIRST_PERSON | _SECOND_PERSON:
        return draft
    return dataclasses.replace(draft, speaker_span=subject)


def sourceless(draft: _QuoteDraft, sentences: Sequence[Sentence], cues: Cues) -> bool:
    """Whether an indirect quote reports no one's words: its cue has no speaker phrase at all, its verb is
    a passive or a non-finite form whose clauses name no subject ("it was reported that …", "residents were
    advised to …", "flew there, observing the rescue", "agreed to discuss the findings"), and the verb is
    not one whose doer can only be someone speaking (the cue table's `subject` column). Such a verb tells of
    an act (watching, publishing, finding) or of a finding no one is said to voice: CONTRACT.md defines an
    indirect quote by its source ("X said that …", "according to X"), and here there is none. A finite verb
    ("say", even with its subject lost by the parse) and a speaking verb ("was said to", "were told") stay:
    someone, unnamed, did speak. Direct quotes always stay: quotation marks give someone's words."""
    if draft.kind != "indirect" or draft.speaker_span is not None or draft.cue is None:
        return False
    token = _cue_token(draft.cue, sentences)
    if token is None or cues.speaks(token.lemma_):
        return False
    if any(c.dep_ == "auxpass" for c in token.children):
        return True
    return token.tag_ in ("VB", "VBG", "VBN") and not any(c.dep_ == "aux" and c.lower_ != "to"
                                                           for c in token.children)


def performed_act(draft: _QuoteDraft, sentences: Sequence[Sentence], cues: Cues, verbs: VerbPatterns,
                  cameo: Codebook) -> bool:
    """Whether a quote's cue is a verb of the cue table's "act" role ("declare") whose bare object names an
    act the codebook codes as done, not said: the verb-pattern row for the verb and that object has a
    CAMEO code of material cooperation or conflict (quad class 2 or 4: "declared a state of emergency"
    1724, "declared a curfew" 1723, "declared a ceasefire" 0871). Such a declaration performs the act; it
    reports no words. A clause ("declared that …") or an object the table codes as no such act ("declared
    bankruptcy", "declared his candidacy", which dev annotators take for announcements) keeps the quote."""
    if draft.kind == "direct" or draft.cue is None:
        return False
    token = _cue_token(draft.cue, sentences)
    if token is None or cues.object_role(token.lemma_) != "act" \
            or any(c.dep_ in ("ccomp", "xcomp") for c in token.children):
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    if len(objects) != 1:
        return False
    phrase = Phrase(objects[0].lemma_.lower(), frozenset(t.lemma_.lower() for t in objects[0].subtree))
    pattern = verbs.match(Frame(token.lemma_.lower(), slots={"dobj": (phrase,)}))
    code = cameo.get(pattern.code) if pattern is not None else None
    return code is not None and code.quad_class in (2, 4)


def unsigned_reports(draft: _QuoteDraft, sentences: Sequence[Sentence], cues: Cues) -> bool:
    """Whether an indirect quote's only source is "reports" in the bare plural ("according to reports, …",
    "reports say …"): with no determiner, owner, name or author it is hearsay that no one is said to voice,
    as sourceless as "it was reported that …" (see `sourceless`). Particular reports ("the report", "a report
    by the ministry", "local reports") keep their quote, and so do other bare plurals ("polls show …",
    "studies find …"): those are findings, whose measurers annotators still take for a source (dropping
    them too cost quotes dev indirect F1@0.3 0.595 -> 0.594)."""
    if draft.kind != "indirect" or draft.speaker_span is None:
        return False
    token = _cue_token(draft.speaker_span, sentences)
    if token is None or token.pos_ != "NOUN" or token.tag_ != "NNS" \
            or token.lemma_.lower() != "report":
        return False
    return not any(c.dep_ not in ("punct", "cc") for c in token.children)


# The most words a quoted term or title has ("one country, two systems", "a consistent life ethic").
_TERM_WORDS = 7


def quoted_term(text: str, draft: _QuoteDraft, sentences: Sequence[Sentence]) -> bool:
    """Whether a direct quote with no cue and no speaker is a quoted term, title or scare quote inside
    a sentence ("governed under the “one country, two systems” model", "a fursuit by “Don't Hug Cacti”"):
    a short phrase that neither opens its sentence nor ends in the punctuation of a sentence of its own.
    No one is said to utter it: quotation marks also mention words, and a mention is no quote."""
    if draft.kind != "direct" or draft.cue is not None or draft.speaker_span is not None or not draft.content:
        return False
    for content in draft.content:  # the pairing may join two terms of a paragraph into one draft
        words = text[content.start:content.end].split()
        if not words or len(words) > _TERM_WORDS or text[content.start:content.end].rstrip()[-1:] in ".!?":
            return False
        at = _sentence_at(sentences, content.start)
        if at < 0 or not any(char.isalnum() for char in text[sentences[at].span.start:content.start]):
            return False
    return True


def generic(article: Article, draft: _QuoteDraft, speaker: Actor | None, turns: Sequence[Turn] = ()) -> bool:
    """Whether an indirect quote's source is the generic "you" or "one" ("you can say that …", "when you ask
    them, they tell you …", "one could argue that …"): an impersonal pronoun stands for anyone, so the
    words are nobody's report. A "you" that names someone is no generic one: the interviewee an
    interviewer's question speaks to ("((WN)) You said …?"), even when the article names no actor for
    them. Direct quotes stay: quotation marks give someone's words."""
    if draft.kind != "indirect" or speaker is not None or draft.speaker_span is None:
        return False
    word = _fold(article.text, draft.speaker_span)
    if word == "one":
        # Impersonal "one" goes with a modal ("one could argue", "one can say"); "one of the lawyers said"
        # and "one said" count someone.
        return _IMPERSONAL_MODAL.match(article.text, draft.speaker_span.end) is not None
    if word not in _GENERIC:
        return False
    turn = _turn_at(turns, draft.cue) if draft.cue is not None else None
    return turn is None or not turn.asks


def unvoiced_it(article: Article, draft: _QuoteDraft, speaker: Actor | None, sentences: Sequence[Sentence],
                cues: Cues) -> bool:
    """Whether an indirect quote's source is an "it" with no antecedent actor and its cue a verb a thing
    can be the subject of ("it shows that …", "it suggests …", "it tells me they knew"): the subject is a
    fact or a finding, not someone speaking, as "that shows …" is (see `_DEMONSTRATIVES` in attributions),
    so the words are no one's report. An "it" the stage resolved to a body ("The ministry … It suggested")
    keeps its quote, and so does a verb whose doer can only be someone speaking ("it said")."""
    if draft.kind != "indirect" or speaker is not None or draft.speaker_span is None or draft.cue is None:
        return False
    if _fold(article.text, draft.speaker_span) != "it":
        return False
    token = _cue_token(draft.cue, sentences)
    return token is not None and token.pos_ in ("VERB", "AUX") and not cues.speaks(token.lemma_)


def interviewer_own(article: Article, draft: _QuoteDraft, speaker: Actor | None, turns: Sequence[Turn],
                    cues: Cues | None = None, roles: Agents | None = None) -> bool:
    """Whether a cue inside the question of a house interviewer ("((WN)) When I say services, …", "Q: I could
    call it …", "((WN)) Players were denied visas") reports only the interviewer's own words. A house or
    anonymous label's turn is the publication's voice, not a quote (see `transcript_attributions`), and so
    is what its "I" says it says or calls something, a clause whose cue names no one, and one whose
    speaker phrase names no actor, no document and no role ("It was a pleasure discussing this with you").
    What the question reports of someone else stays: the interviewee's words ("you said …", resolved to
    them) and a third party's ("the study reported …", "the minister said …"). So does the publication's
    own name as a speaker anywhere in its article ("Wikinews reached out to Jo Wu to discuss …"): its
    narration, not anyone's quoted words."""
    if speaker is not None or draft.cue is None:
        return False
    if draft.speaker_span is not None and _fold(article.text, draft.speaker_span) in _HOUSE_LABELS:
        return True
    turn = _turn_at(turns, draft.cue)
    if turn is None or not turn.asks or draft.cue == turn.cue or _named_person(article, turn.label):
        return False
    if draft.speaker_span is None or _fold(article.text, draft.speaker_span) in _FIRST_PERSON:
        return True
    if cues is None or roles is None or _fold(article.text, draft.speaker_span) in _PRONOUNS:
        return False  # "you said …" is the interviewee's words
    head = _fold(article.text, draft.speaker_span).split()[-1]
    return not any(word in cues.documents or roles.get(word) is not None for word in (head, head.rstrip("s")))


# The impersonal pronoun "you" as "anyone" (impersonal "one" is told by its modal: `_IMPERSONAL_MODAL`).
_GENERIC = frozenset({"you"})
_IMPERSONAL_MODAL = re.compile(r"\s+(?:can|could|may|might|must|should|would|will)\b", re.IGNORECASE)


def _sentence_at(sentences: Sequence[Sentence], offset: int) -> int:
    """The index of the last sentence (in text order) that starts at or before `offset`; -1 if none."""
    return bisect.bisect_right([s.span.start for s in sentences], offset) - 1


def _cue_token(cue: Span, sentences: Sequence[Sentence]) -> Any | None:
    """The token a cue span starts with, found in its sentence (sentences in text order)."""
    at = _sentence_at(sentences, cue.start)
    if at < 0:
        return None
    sentence = sentences[at]
    return next((t for t in sentence.tokens() if sentence.offset + t.idx == cue.start), None)


def _head_actor(article: Article, span: Span) -> Actor | None:
    """The actor a speaker phrase names. An English noun phrase ends in its head, and modifiers before it
    may be actors of their own: "NASA administrator Jo Wu" is Jo Wu, not NASA; "Kremlin spokesman" (no
    actor at the head) is the Kremlin. So the actor whose mention holds the phrase's last character wins,
    else the tightest one overlapping it."""
    return article.actor_at(Span(span.end - 1, span.end)) or article.actor_at(span)


# Determiners that make a role noun a definite description of someone the text has already introduced.
_DEFINITE = frozenset({"the", "this", "that"})
# How far before a name a role word describes its holder: "Senator Jo Wu", "the state's senior senator, Jo Wu".
_ROLE_WINDOW = 3


def _role_holder(article: Article, span: Span, roles: Agents) -> Actor | None:
    """The actor a definite role description names ("the senator said", "the company said"): a definite
    noun phrase refers to the one referent of that description the discourse has already introduced. The
    role is a row of the agents table (a CAMEO role noun with its sector and kind); the holder is the one
    actor of the article, named before the speaker phrase, that the text gives that role: a person whose
    name the role word stands beside ("Senator Jo Wu", "Jo Wu, the senator"), an organisation whose name
    holds it or whose sector is the role's ("the company" -> the one business named). Two such actors
    compete, and neither is guessed. A common noun the table lacks ("the actress", "the commissioner") names
    a person the same way when the text itself gave it to one ("Actress Mara Lind", "trade commissioner
    Jo Wu"): the description the text introduced is the one the definite noun phrase takes up."""
    text = article.text
    phrase = _fold(text, span)
    role = roles.get(phrase)
    if role is None and _DESCRIPTION.fullmatch(text[span.start:span.end]) is not None and phrase not in _PRONOUNS:
        kind = "person"
    elif role is None or role.kind not in ("person", "title", "organisation") or not role.sector:
        return None
    else:
        kind = "person" if role.kind == "title" else role.kind  # "Senator" is a title and a role noun alike
    before = text[max(0, span.start - 12):span.start].split()
    if not before or before[-1].lower() not in _DEFINITE:
        return None
    word = phrase.split()[-1]
    holders = []
    for actor in article.actors:
        if actor.kind != kind:
            continue
        named = [m for m in actor.mentions if m.how != "pronoun" and m.span.end <= span.start]
        if not named:
            continue
        if role is None:
            if any(_titled(text, m.span, word) for m in named):
                holders.append(actor)
        elif any(_describes(text, m.span, word) for m in named) or \
                (kind == "organisation" and (actor.sector or "")[:3] == role.primary):
            holders.append(actor)
    return holders[0] if len(holders) == 1 else None


# One lower-case noun: a description the text may have given someone ("actress", "commissioner").
_DESCRIPTION = re.compile(r"[a-z][a-z-]+")


def _titled(text: str, mention: Span, word: str) -> bool:
    """Whether a noun the role table lacks is given to a name as its title, right before it ("Actress Mara
    Lind", "trade commissioner Jo Wu"), or as an apposition right after it ("Jo Wu, the commissioner"):
    the positions where a description is the person's own, not a relation ("the family of Jo Wu")."""
    if word in text[mention.start:mention.end].lower().split()[:-1]:
        return True  # the actors stage took the title into the name's mention
    if re.search(rf"\b{re.escape(word)}[ \t]+$", text[max(0, mention.start - 40):mention.start], re.IGNORECASE):
        return True
    apposition = rf",[ \t]+(?:the|an?)[ \t]+(?:[\w-]+[ \t]+){{0,2}}{re.escape(word)}\b"
    return re.match(apposition, text[mention.end:mention.end + 80], re.IGNORECASE) is not None


def _describes(text: str, mention: Span, word: str) -> bool:
    """Whether a role word stands in a mention or just beside it, before ("Senator Jo Wu", "the state's
    senator Jo Wu") or in an apposition after ("Jo Wu, the senator from Ohio")."""
    words = text[mention.start:mention.end].lower().split()
    words += text[:mention.start].lower().split()[-_ROLE_WINDOW:]
    after = text[mention.end:mention.end + 60]
    if after.startswith(","):
        words += after[1:].split(",")[0].lower().split()[:_ROLE_WINDOW]
    return word in (w.strip(".,;:'’\"()") for w in words)


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
        for token in sentence.tokens():
            if token.pos_ == "NOUN" and token.lemma_.lower() in cues.documents:
                author = _document_author(token, cues)
                definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children)
                found.append(_Document(sentence.offset + token.idx, token.lemma_.lower(), definite,
                                       _speaker_span(sentence, author) if author is not None else None))
    return found


def _earlier_author(documents: Sequence[_Document], span: Span) -> Span | None:
    """ "The report said …" with no author in its sentence: the author of the report the text introduced
    before ("The ministry published a report on Monday. … The report said …"): the nearest earlier noun
    of the same lemma that names its author, back through definite mentions ("the report", each the same
    report) to the one that introduced it; else None."""
    at = bisect.bisect_left([d.at for d in documents], span.start)
    if at >= len(documents) or not span.start <= documents[at].at < span.end:
        return None
    this = documents[at]
    if not this.definite or this.author is not None:
        return None
    for earlier in reversed(documents[:at]):
        if earlier.lemma != this.lemma:
            continue
        if earlier.author is not None or not earlier.definite:
            return earlier.author  # named, or the indefinite mention that introduced it with no author
    return None


# "It said", "they said": a body (an organisation, a government, a group) the sentence before made its subject.
_COLLECTIVE_PRONOUNS = {"it": ("organisation", "country"), "they": ("organisation", "group", "country")}


def _previous_subject(article: Article, span: Span, sentences: Sequence[Sentence],
                      kinds: Sequence[str]) -> Actor | None:
    """The antecedent of "it"/"they" opening an attribution: the subject of the sentence just before, in the
    same paragraph, when that subject is a body ("The league did not name the player. It said …"), and the
    pronoun's own sentence names no other body before it. A person, or no subject, gives no one."""
    at = _sentence_at(sentences, span.start)
    if at < 1 or "\n" in article.text[sentences[at - 1].span.end:span.start]:
        return None
    if any(a.kind in kinds for a in _actors_between(article, sentences[at].span.start, span.start)):
        return None
    subject = _main_subject(sentences[at - 1])
    actor = article.actor_at(subject) if subject is not None else None
    return actor if actor is not None and actor.kind in kinds else None


def _main_subject(sentence: Sentence) -> Span | None:
    """The speaker-style span of the one subject of a sentence's main verb; None for none or two."""
    root = next((t for t in sentence.tokens() if t.dep_ == "ROOT"), None)
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")] if root is not None else []
    return _speaker_span(sentence, subjects[0]) if len(subjects) == 1 else None


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
        if len(words) >= 2 and _person_like(actor):
            found.setdefault(words[-1].lower(), []).append(actor)
    return found


def _person_like(actor: Actor) -> bool:
    """A person, or an organisation that is likely one. The actors stage sometimes files a person's full
    name ("Brock Pierce") as an organisation: a name of two or three capitalised words with no lower-case
    word in it is taken as a person's too."""
    words = actor.name.split()
    return actor.kind == "person" or (actor.kind == "organisation" and 2 <= len(words) <= 3
                                      and all(w[:1].isupper() and w.isalpha() for w in words))


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


def _given_name(article: Article, span: Span, surnames: Mapping[str, Sequence[Actor]]) -> Actor | None:
    """The person a lone given name as speaker names ("Valeria said", after "Valeria Moretti" was named, as
    interviews and features call people they have introduced): the one person of the article whose name
    of two words or more starts with it, when no one bears it as a surname; else no one."""
    words = article.text[span.start:span.end].split()
    if len(words) != 1 or not words[0][:1].isupper() or words[0].lower() in _PRONOUNS \
            or surnames.get(words[0].lower()):
        return None
    people = article.memo("quotes.actor_names", _actor_names)["first"].get(words[0].lower(), [])
    return people[0] if len(people) == 1 else None


def _outer_draft(draft: _QuoteDraft, drafts: Sequence[_QuoteDraft], turns: Sequence[Turn]) -> _QuoteDraft | None:
    """The quoted speech (a direct or mixed quote, or an interview answer) whose words hold the draft's cue."""
    if draft.cue is None:
        return None
    answers = {t.cue for t in turns}
    holders = [d for d in drafts if d is not draft and d.cue != draft.cue
               and (d.kind in ("direct", "mixed") or d.cue in answers)
               and any(c.contains(draft.cue) for c in d.content)]
    return min(holders, key=lambda d: sum(c.end - c.start for c in d.content)) if holders else None


# The actors a third-person pronoun can stand for, by the pronoun: "he"/"she" one person; "it" an
# organisation; "they" a group of people (protesters, the workers). A country is "it" and "they" alike in
# news prose and a plural "they" often means people no actor names ("the couple"), so neither is read as one.
_PRONOUN_KINDS = {"he": ("person",), "she": ("person",), "it": ("organisation",), "they": ("group",)}
_POSSESSIVE = {"his": "he", "her": "she", "its": "it", "their": "they"}


def _sole_antecedent(article: Article, span: Span, word: str, lines: Lines,
                     spoken: Sequence[tuple[Span, Actor]], surnames: Mapping[str, Sequence[Actor]],
                     quoted: Sequence[Span], sentences: Sequence[Sentence] = (),
                     answer: Span | None = None) -> Actor | None:
    """The antecedent of a narrator's "he"/"she"/"they"/"it" speaker the actors stage left unlinked: the
    actors of a fitting kind named before the pronoun in its own paragraph or the one before (the reach of
    a pronoun in news prose), or made the speaker of an earlier quote there ("Maróth said …. He said …",
    where only the quote stage found Maróth by surname). A pronoun refers to a discourse entity the reader
    can single out, so only one candidate gives an answer: two people before a "he" are two readings, and
    neither is guessed, unless the sentence just before the pronoun's names one of them only, as its
    subject: the nearest fitting referent, and the one that sentence is about, is the clear antecedent
    ("Eva Lind chaired the talks. Jo Wu spoke first. He said …" is Jo Wu; "Jo Wu met Ari Berg. He said …"
    stays two readings). A person known to be of the other sex (`Actor.gender`: an honorific, a gendered
    title or role noun, the knowledge, a first name, the pronouns already linked to them) does not fit.
    Callers leave out pronouns inside quoted words or interview answers: their antecedents lie in the
    speaker's own discourse, not the narrator's; so is a paragraph that speaks in the first person outside
    quotation marks (an interviewee's account, a transcript the turn reader did not recognise). A bare
    surname in reach counts as its one bearer; a surname two people share counts as someone else.
    In an interview answer (`answer`, the turn's words) a "he"/"she" is the interviewee's, about people of
    their story: its reach is the answer's words before it, and only one candidate there gives an answer
    (no tie is broken: the interviewee's sentences are not the narrator's)."""
    kinds = _PRONOUN_KINDS[word]
    paragraph = lines.at(span.start)
    if paragraph < 0:
        return None
    text = article.text
    if answer is not None:
        start = answer.start  # the interviewee's own discourse: the answer's words before the pronoun
    elif _first_person(text, lines.bounds[paragraph], quoted):
        return None
    else:
        start = lines.bounds[max(paragraph - 1, 0)][0]
    gendered = word in ("he", "she")
    found: dict[str, Actor] = {}
    if "person" in kinds:
        for name in _CAPITALISED.finditer(text, start, span.start):
            bearers = surnames.get(name.group().lower(), ())
            if bearers:
                found[bearers[0].id if len(bearers) == 1 else f"?{name.group()}"] = bearers[0]
    def fits(actor: Actor) -> bool:
        return actor.kind in kinds or ("person" in kinds and _person_like(actor))

    for actor in article.actors:
        if fits(actor) and any(m.how != "pronoun" and start <= m.span.start and m.span.end <= span.start
                               for m in actor.mentions):
            found[actor.id] = actor
    for at, actor in spoken:
        if fits(actor) and start <= at.start and at.end <= span.start:
            found[actor.id] = actor
    if gendered:
        # a person of the other sex is no reading at all: with two candidates and one that fits, that one
        found = {key: actor for key, actor in found.items() if pronoun_fits(word, actor.gender)}
    if len(found) > 1 and gendered and answer is None:
        own = _own_subject(article, span, sentences, surnames, quoted, found)
        if own is not None:
            return own
        previous = _previous_subject_actor(article, span, sentences, surnames, spoken)
        if previous is not None and previous.id in found:
            sentence = sentences[_sentence_at(sentences, span.start) - 1].span
            others = [a for key, a in found.items() if key != previous.id and (key.startswith("?") or any(
                sentence.start <= m.span.start < sentence.end for m in a.mentions if m.how != "pronoun"))]
            if not others:
                return previous
    return next(iter(found.values())) if len(found) == 1 and not next(iter(found)).startswith("?") else None


def _own_subject(article: Article, span: Span, sentences: Sequence[Sentence],
                 surnames: Mapping[str, Sequence[Actor]], quoted: Sequence[Span],
                 found: Mapping[str, Actor]) -> Actor | None:
    """The antecedent a pronoun finds in its own sentence: the one candidate (of `found`) that the
    sentence's words before the pronoun, outside quotation marks, name, when it is a subject there
    ("Jo Wu concurred: “…”, he argued."). Binding within a sentence comes before the discourse: the
    nearest subject that fits is the one the pronoun takes up. Two candidates there ("Jo Wu met Ari Berg,
    and he said …"), or one that is no subject ("The court fined Jo Wu after he said …"), give no one."""
    at = _sentence_at(sentences, span.start)
    if at < 0:
        return None
    sentence = sentences[at]
    text = article.text
    start = sentence.span.start

    def outside(piece: Span) -> bool:
        return not any(q.start <= piece.start and piece.end <= q.end for q in quoted)

    named: dict[str, Actor] = {}
    for name in _CAPITALISED.finditer(text, start, span.start):
        bearers = surnames.get(name.group().lower(), ())
        if bearers and outside(Span(name.start(), name.end())):
            named[bearers[0].id if len(bearers) == 1 else f"?{name.group()}"] = bearers[0]
    for key, actor in found.items():
        if any(m.how != "pronoun" and start <= m.span.start and m.span.end <= span.start and outside(m.span)
               for m in actor.mentions):
            named[key] = actor
    if len(named) != 1 or next(iter(named)).startswith("?") or next(iter(named)) not in found:
        return None
    actor = next(iter(named.values()))
    for token in sentence.tokens():
        piece = sentence.token_span(token)
        if token.dep_ not in ("nsubj", "nsubjpass") or piece.end > span.start or not outside(piece):
            continue
        subject = _speaker_span(sentence, token)
        if (_head_actor(article, subject) or _namesake(text, subject, surnames)) is actor:
            return actor
    return None


def _previous_subject_actor(article: Article, span: Span, sentences: Sequence[Sentence],
                            surnames: Mapping[str, Sequence[Actor]],
                            spoken: Sequence[tuple[Span, Actor]] = ()) -> Actor | None:
    """The actor the main clause of the sentence just before `span`'s has for its subject (a name, a
    surname the actors stage left unlinked, or the speaker an earlier quote resolved that subject to: "He
    said …. He also noted …" goes on with the first "he"'s antecedent), when the words of `span`'s own
    sentence before it name no one."""
    at = _sentence_at(sentences, span.start)
    if at < 1 or _actors_between(article, sentences[at].span.start, span.start):
        return None
    subject = _main_subject(sentences[at - 1])
    if subject is None:
        return None
    resolved = next((actor for at_span, actor in spoken if at_span == subject), None)
    return resolved or _head_actor(article, subject) or _namesake(article.text, subject, surnames)


_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+")
# First-person words in narration mark a paragraph as someone's own words, not a reporter's.
_FIRST_PERSON_WORDS = re.compile(r"\b(?:I|me|my|we|We|us|our|Our|My)\b")


def _first_person(text: str, bounds: tuple[int, int], quoted: Sequence[Span]) -> bool:
    """Whether the paragraph `bounds` uses the first person outside the quoted words in it."""
    start, end = bounds
    chars = list(text[start:end])
    for content in quoted:
        for i in range(max(content.start, start), min(content.end, end)):
            chars[i - start] = " "
    return _FIRST_PERSON_WORDS.search("".join(chars)) is not None
