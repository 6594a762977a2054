"""Tributes (issue 9, w14tribute): acts done in someone's honour or memory, and mourning whose honoree the
sentence does not repeat. Both are CAMEO 051 (praise or endorse; PETRARCH-2's ACCLAIM and EULOGISE rows),
PLOVER SUPPORT ("commend ... actor"):
- "held a minute of silence in X's honour", "renamed the square in memory of X", "laid a wreath in tribute to
  X": the act's doer commends X;
- "declared three days of national mourning", "flags will fly at half-mast", "paid tribute" with no one named:
  mourning implies a death, and the one honoured is the person whose death the article reports
  (`nouns.deceased`). With no such person PETRARCH's reading stands (017, a symbolic act, no event here).
The words are argument_words.tsv's (kinds honour, mourning, measured)."""
from __future__ import annotations

from typing import Any

from ...knowledge.argwords import ArgumentWords
from ...records import Article, Sentence
from ..syntax import is_negated, prep_objects
from .drafts import EventDraft
from .nouns import STRETCHES, deceased
from .parties import phrase_actors, subject_actors

PRAISE = "051"


def tribute_drafts(article: Article, sentence: Sentence, drafts: dict[int, EventDraft],
                   argument: ArgumentWords) -> list[EventDraft]:
    """The 051 events of the sentence's tributes that no verb or noun row has coded (`drafts`, by token)."""
    found: list[EventDraft] = []
    honoured: set[int] = set()  # acts that name their honoree: their mourning nouns need no deceased
    for token in sentence.tokens():
        if token.pos_ == "NOUN" and token.lemma_.lower() in argument.honour and token.dep_ == "pobj" \
                and token.head.lower_ == "in":
            verb = _act_verb(token)
            if verb is None:
                continue
            honoured.add(verb.i)
            done = drafts.get(verb.i)
            if done is not None and done.code[:2] == PRAISE[:2]:
                continue  # "praised X in a tribute": the verb's praise says it
            draft = _in_honour(article, sentence, token, verb, argument)
            if draft is not None:
                found.append(draft)
    for token in sentence.tokens():
        word = _word(token)
        if word not in argument.mourning and not (word in argument.measured and _measured(token)):
            continue
        verb = _act_verb(token)
        if verb is None or verb.i in honoured or token.i in drafts or verb.i in drafts:
            continue  # "paid tribute to X", "mourning for X": the rows coded the one named
        named = [o for found in (prep_objects(token), prep_objects(verb)) for prep in ("for", "to")
                 for o in found.get(prep, []) if o.i != token.i]
        if named:
            continue  # "mourning for the victims": someone is named, though no actor; not the deceased
        doers = _doers(article, sentence, verb)
        dead = deceased(article, sentence, token, argument)
        if not doers or dead is None or dead in doers:
            continue
        found.append(EventDraft(token, sentence, PRAISE, f"{verb.lemma_.lower()} * {word} > deceased => [051]",
                                tuple(doers), (dead,), negated=is_negated(verb)))
    return found


def _in_honour(article: Article, sentence: Sentence, token: Any, verb: Any,
               argument: ArgumentWords) -> EventDraft | None:
    """ "in X's honour", "in honour of X", "in memory of X", "in tribute to X": the doer of the act the phrase
    hangs on commends X; "in his memory" with no antecedent the pronoun resolves to honours the deceased."""
    owners = [c for c in token.children if c.dep_ == "poss"]
    named = owners + [o for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "to")
                      for o in c.children if o.dep_ == "pobj"]
    # "in tribute to X": the parser may hang "to X" on the verb, right after the phrase
    named += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" and c.i == token.i + 1
              for o in c.children if o.dep_ == "pobj"]
    honorees = [a for o in named for a in phrase_actors(article, sentence, o)]
    if not honorees and owners and all(_third_singular(o) for o in owners):
        dead = deceased(article, sentence, token, argument)
        honorees = [dead] if dead is not None else []
    doers = _doers(article, sentence, verb)
    honorees = [h for h in dict.fromkeys(honorees) if h not in doers]
    if not doers or not honorees:
        return None
    return EventDraft(token, sentence, PRAISE, f"{verb.lemma_.lower()} in {token.lemma_.lower()} of => [051]",
                      tuple(doers), tuple(honorees), negated=is_negated(verb))


def _third_singular(token: Any) -> bool:
    """ "his", "her": a pronoun that may stand for one person the text told of ("in my memory" is the speaker's
    own)."""
    return token.pos_ == "PRON" and token.morph.get("Person") == ["3"] and token.morph.get("Number") == ["Sing"]


def _word(token: Any) -> str:
    """The token's word as argument_words.tsv writes it: "half-mast" from its hyphenated pieces; an object the
    tagger read as a verb ("declared three days of mourning") as written; a sentence's capitalised first noun the
    tagger read as a name."""
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-":
        return f"{doc[token.i - 2].lower_}-{token.lemma_.lower()}"
    if token.pos_ == "VERB" and token.dep_ in ("dobj", "pobj"):
        return token.lower_
    if token.pos_ == "PROPN" and token.is_sent_start:
        return token.lower_.removesuffix("s")  # "Tributes were paid": the tagger reads a capital as a name
    return token.lemma_.lower() if token.pos_ == "NOUN" else ""


def _measured(token: Any) -> bool:
    """ "a minute of silence", "a minute's silence": the noun is measured by a stretch of time."""
    return (token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in STRETCHES) \
        or any(c.dep_ == "poss" and c.lemma_.lower() in STRETCHES for c in token.children)


def _act_verb(token: Any) -> Any | None:
    """The verb whose act the noun tells or qualifies: the one it is the object of, through a stretch or a noun
    it is the object of ("declared a day of mourning", "held a concert in her memory", "flags flew at
    half-mast", "tributes were paid by X")."""
    for _ in range(4):
        if token.dep_ == "pobj":
            head = token.head.head
        elif token.dep_ in ("dobj", "poss", "nsubjpass") or (
                token.dep_ == "compound" and token.head.lemma_.lower() in STRETCHES):
            head = token.head  # "tributes were paid by X", "declared a mourning period"
        else:
            return None
        if head.pos_ in ("VERB", "AUX"):
            return head
        token = head
    return None


def _doers(article: Article, sentence: Sentence, verb: Any) -> list[str]:
    """Who does the act: the verb's subject; for "flags will fly at half-mast, the government said" (a clause
    with no actor as its subject) the one who says so."""
    doers = subject_actors(article, sentence, verb)
    if not doers and verb.dep_ == "ccomp":
        doers = subject_actors(article, sentence, verb.head)
    return doers
