"""Appeals and evaluative speech: "X wants Y to <act>" (02x), "called for Y to withdraw" (02x), and "called Y
a hero/clown", "called Y's move criminal" (051/111/112, `evaluative.py`)."""
from __future__ import annotations

import dataclasses
from typing import Any

from ...knowledge.argwords import ArgumentWords
from ...knowledge.cameo import Codebook
from ...knowledge.verbs import VerbPattern, VerbPatterns
from ...records import Article, Sentence
from .. import evaluative
from ..syntax import controller_object, is_negated, for_clause
from .drafts import EventDraft, Words
from .parties import phrase_actors, speakers, subject_actors


def appeal(article: Article, sentence: Sentence, token: Any, draft: EventDraft, words: ArgumentWords,
           codebook: Codebook) -> EventDraft | None:
    """ "X wants Y to <act>": X appeals to Y for the act (CAMEO 02x, numbered like the intents 03x)."""
    head = token.head
    if head is token or head.lemma_.lower() not in words.appeal:
        return None
    controller = controller_object(token)
    if controller is None:
        return None
    asked = phrase_actors(article, sentence, controller)
    askers = subject_actors(article, sentence, head)
    if not asked or not askers:
        return None
    code = codebook.requested(draft.code)
    return dataclasses.replace(draft, token=head, code=code, actors=tuple(askers),
                               recipients=tuple(a for a in asked if a not in askers), target_code=None,
                               source_code=None, hypothetical=False, symmetric=False,
                               pattern=f"{head.lemma_.lower()} Y > {draft.pattern} => [{code}]")


def for_appeals(article: Article, sentence: Sentence, verbs: VerbPatterns,
                matched: dict[int, tuple[Any, VerbPattern]], codebook: Codebook) -> list[tuple[int, EventDraft]]:
    """ "X called for Y to withdraw", "asked for any party not to intervene": an appeal (02x) to Y, for the act
    the clause names when a row codes it (as "urged Y to withdraw" is 025), when the verb with "for" is an
    appeal in the verb table ("call for", "ask for", "appeal for")."""
    found = []
    for token in sentence.tokens():
        clause = for_clause(token) if token.pos_ == "VERB" else None
        if clause is None:
            continue
        if not any(row.prep == "for" and row.code is not None and row.code[:2] == "02"
                   for row in verbs.by_verb.get(token.lemma_.lower(), ())):
            continue
        inner, subject = clause
        inner_pattern = matched.get(inner.i, (None, None))[1]
        code = "020"
        if inner_pattern is not None and inner_pattern.code is not None and not is_negated(inner):
            code = codebook.requested(inner_pattern.code)
        actors = subject_actors(article, sentence, token)
        asked = [a for a in phrase_actors(article, sentence, subject) if a not in actors]
        text = f"{token.lemma_.lower()} for Y to {inner.lemma_.lower()}" + (
            f" > {inner_pattern.text}" if inner_pattern is not None else "")
        found.append((inner.i, EventDraft(token, sentence, code, f"{text} => [{code}]", tuple(actors), tuple(asked),
                                          negated=is_negated(token))))
    return found


def evaluations(article: Article, sentence: Sentence, words: Words) -> list[EventDraft]:
    """Evaluative speech (`evaluative.py`): "X called Y a great man" is praise (051), "called Y a clown"
    criticism (111), "called Y's move criminal" an accusation (112). The caller is the speaker the quotes
    stage found for the verb, else its subject; the target is who is called, or the owner of what is."""
    drafts = []
    for found in evaluative.evaluations(sentence.sent, words.cues, words.evaluative):
        actors = speakers(article, sentence, found.verb) if found.caller is None else phrase_actors(
            article, sentence, found.caller)
        recipients = [a for a in phrase_actors(article, sentence, found.called) if a not in actors]
        if not recipients and not found.standing() and words.evaluative.maker(found.called.lemma_.lower()) is None:
            continue  # "described the weather as terrible": no party is blamed (an act of state has its maker)
        drafts.append(EventDraft(found.verb, sentence, found.code, found.pattern, tuple(actors), tuple(recipients),
                                 negated=found.negated))
    return drafts
