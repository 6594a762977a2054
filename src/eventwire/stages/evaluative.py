"""Evaluative speech: what someone is called says whether the speaker praises, blames or accuses them.

"X called Y a great man", "hailed Y as a hero" is praise (CAMEO 051); "called Y a clown", "branded the report
fake news", "described Y's plan as a disaster" is criticism (111); "called Y's move criminal / illegal" charges a
crime (112). The same holds for a speech verb whose clause says what Y is: "X said Y was a liar" is X
criticising Y, and so does a verb of meaning ("said Y's vote represents a betrayal", "marks a victory for
democracy"). No judgement of the speaker's own act ("my decision", "his own party's plan"), nor one that hangs on a
condition ("if Y closed the border, that would be a mistake"). The words' polarity is `evaluative_words.tsv`'s;
the naming verbs are the quotes stage's "naming" cues and the speech verbs its other cues (`quote_cues.tsv`), so
that both stages read one list.

An epithet of blame before a party the quote names ("we will defeat the corrupt Commission": the table's
"epithet" words) is the speaker's criticism of it (111).

This module only reads the parse: it finds the verb, the phrase naming who or what is called, and the
verdict. The events stage turns each `Evaluation` into an event, with the speaker (the quote's, when the
quotes stage found one) as source and the person called, or the owner of the thing called, as target.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Iterable

from ..knowledge.cues import Cues
from ..knowledge.evaluative import EvaluativeWords
from .syntax import focus_not, is_negated, is_passive, objects_of

# The CAMEO code of each verdict (051 praise or endorse, 111 criticise or denounce, 112 accuse).
CODES = {"praise": "051", "criticism": "111", "crime": "112"}
# Dependencies under which the parser puts what the object is called ("called him a hero", "found it shameful").
_PREDICATE_DEPS = frozenset({"oprd", "xcomp", "ccomp", "acomp", "attr"})
# Parts of speech of a predicate: "a clown", "criminal", "illegal".
_NOMINAL = frozenset({"NOUN", "PROPN", "ADJ"})
# Dependencies of the thing called inside a small clause the parser read as one noun phrase.
_INNER_DEPS = frozenset({"npadvmod", "nmod", "compound"})
# Closed-class words that deny what follows: "called it not a crime", "no hero".
_NEGATORS = frozenset({"not", "n't", "never", "no", "hardly"})
# Pronouns that stand for a party or its act in context ("described it as despicable"): the calling is kept
# with no target, as its source is known; a plain noun with no owner ("the weather") is not an act's party.
_STANDING = frozenset({"it", "this", "that", "him", "her", "them", "he", "she", "they", "these", "those"})
# Personal pronouns that stand for a person: "said he was a towering statesman"; and the possessives of one
# ("said his death was a great loss").
_PERSONAL = frozenset({"he", "she", "him", "her"})
_POSSESSIVE = frozenset({"his", "her"})
# Verbs of a clause that says what its subject is: the copula, and "constitute" and "amount to", which say what an
# act is in law or in effect ("said the strike constituted a war crime", "said the move amounted to theft"); and the
# verbs of meaning, which say what an act is in effect or stands for ("said the vote represents a betrayal of the
# region", "signifies a slap in the face", "means a step backwards", "marks a victory for democracy").
_COPULAS = frozenset({"be", "constitute", "amount", "represent", "signify", "mean", "mark", "equal"})
# Verbs of a clause that denies its subject a quality ("said the governor lacks the strength to lead").
_LACKING = frozenset({"lack"})
# Senses of the quotes stage's cue verbs that report what the speaker holds true.
_REPORTING = frozenset({"speech", "writing", "cognition"})


@dataclass(frozen=True, slots=True)
class Evaluation:
    """One act of praise or blame: `verb` is its trigger, `called` the head of who or what is called."""

    verb: Any
    called: Any
    verdict: str  # "praise", "criticism" or "crime"
    word: str  # the predicate's head lemma, for the event's explanation
    negated: bool
    caller: Any | None = None  # the "by" agent of a passive ("was called a traitor by X"), wherever it hangs
    naming: bool = True  # a naming verb ("called it"), not a speech verb's clause ("said it was")
    about: Any | None = None  # whom a speech verb says its clause of ("said of Y: 'he is a liar'")
    quoted: bool = False  # a sentence that only says what Y is: praise or blame only inside a speaker's quote
    epithet: bool = False  # an adjective that only judges, before a named party ("the corrupt Commission")

    @property
    def code(self) -> str:
        return CODES[self.verdict]

    @property
    def pattern(self) -> str:
        if self.epithet:
            return f"epithet {self.word} Y {self.verdict} [{self.code}]"
        return f"{self.verb.lemma_.lower()} Y {self.word} {self.verdict} [{self.code}]"

    def personal(self) -> bool:
        """Is the one called a personal pronoun ("said he was a great patriot"), which stands for a person in
        context whoever the pronoun resolver finds?"""
        return self.called.lower_ in _PERSONAL

    def owner(self) -> Any | None:
        """The possessive pronoun that owns what is called ("said his death was a great loss"), or None."""
        return next((c for c in self.called.children if c.dep_ == "poss" and c.lower_ in _POSSESSIVE), None)

    def standing(self) -> bool:
        """Is the thing called a pronoun that stands for a party or its act in context ("described it as
        despicable")? Only after a naming verb: "said it was terrible" is as often about the weather."""
        return self.naming and self.called.lower_ in _STANDING


def evaluations(tokens: Iterable[Any], cues: Cues, words: EvaluativeWords) -> list[Evaluation]:
    """Every naming verb ("called", "labelled", "described ... as"), verb of remembrance with "as" ("mourned
    him as a hero", the table's "recall" words) and speech verb with a copular clause ("said Y was a liar") in
    `tokens` (one sentence) whose predicate has a verdict, and the sentence that is itself such a clause, or an
    epithet before a named party (`quoted`: praise or blame only as a speaker's quote)."""
    found = []
    for token in tokens:
        if token.pos_ != "VERB":
            continue
        lemma = token.lemma_.lower()
        if cues.object_role(lemma) == "naming" or lemma in words.recall:
            evaluation = _naming(token, words)
        elif cues.verb(lemma) in _REPORTING:
            evaluation = _reported(token, words)
        else:
            continue
        if evaluation is not None:
            found.append(evaluation)
    for root in (t for t in tokens if t.dep_ == "ROOT" and t.lemma_.lower() == "be"):
        # a sentence of a quote that only says what Y is ("'He is a liar. He is a coward,' she said"): the
        # events stage keeps it only inside a quote whose speaker the quotes stage found
        evaluation = _copular(root, words)
        if evaluation is not None:
            found.append(dataclasses.replace(evaluation, quoted=True))
    found += [Evaluation(t, t.head, "criticism", t.lemma_.lower(), False, naming=False, quoted=True, epithet=True)
              for t in tokens if t.dep_ == "amod" and t.lemma_.lower() in words.epithet and _named(t.head)]
    return found


# Named-entity types of a name or a nationality that makes a noun phrase name one party ("the Peruvian government").
_NAMING_TYPES = frozenset({"NORP", "GPE", "ORG", "PERSON"})


def _named(noun: Any) -> bool:
    """Does the noun phrase name one party: a proper name ("the corrupt Commission"), a common noun with a name or a
    nationality before it ("the corrupt Peruvian government", "Peru's corrupt government")? Not a generic plural
    or a kind ("corrupt officials", "a corrupt regime")."""
    if noun.pos_ == "PROPN":
        return True
    return noun.pos_ == "NOUN" and any(c.i < noun.i and (c.ent_type_ in _NAMING_TYPES or (
        c.dep_ == "poss" and c.pos_ == "PROPN")) for c in noun.children)


def _naming(verb: Any, words: EvaluativeWords) -> Evaluation | None:
    """ "X called Y a clown", "Y was branded a liar", "described Y's move as illegal", "labelled the report
    fake news" (which the parser may read as one noun phrase, the report its modifier)."""
    passive = is_passive(verb)
    called = next((c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
    if called is None and not passive:
        # "calling him a champion": the parser may read the object of a naming verb as its dative
        called = next((c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"), None)
    # "branded the minister a liar": the parser may read the predicate as a second object, after the first
    predicates = [c for c in verb.children if (c.dep_ in _PREDICATE_DEPS or (passive and c.dep_ == "dobj")
                                               or (c.dep_ == "npadvmod" and called is not None)
                                               or (c.dep_ == "dobj" and called is not None and c.i > called.i))
                  and c.pos_ in _NOMINAL]
    # "called the proposal a step forward": the parser may read the predicate as an adverb, its noun a modifier
    predicates += [c for c in verb.children if c.dep_ == "advmod" and called is not None and c.i > called.i
                   and any(g.dep_ == "npadvmod" and g.pos_ == "NOUN" for g in c.children)]
    # "described him as 'a tireless servant'": the parser may hang the opening quotation mark on "as" too
    predicates += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children
                   if not o.is_punct]
    if called is None and not passive:
        # "called the government's decision shameful": the parser may read the small clause as a clause of its
        # own, the thing called its subject
        called = next((c for p in predicates for c in p.children if c.dep_ == "nsubj" and c.i < p.i), None)
    if called is None and not passive and len(predicates) > 1 and predicates[0].dep_ == predicates[1].dep_ == "oprd":
        # "called Trump a 'climate arsonist'": the parser may read the object as a complement too, the first of two
        called, predicates = predicates[0], predicates[1:]
    if called is None and not passive and predicates and predicates[0].pos_ == "PROPN" and predicates[0].dep_ == "oprd":
        # "called Trump a 'blowhard'": the parser may read the name as the complement and hang the epithet after it
        # on the name as its object; English puts the one called first, so the name is the one called
        epithets = [c for c in predicates[0].children if c.dep_ in ("dobj", "appos") and c.pos_ == "NOUN"
                    and c.i > predicates[0].i]
        if epithets:
            called, predicates = predicates[0], [*epithets, *predicates[1:]]
    if called is not None:
        predicates += [c for c in called.children if c.dep_ == "appos"]  # "branded the minister a liar"
    if called is None or not predicates:
        # the small clause read as one noun phrase: "labelled [the report fake news]", "called [Y's plan criminal]"
        phrase = called if called is not None else predicates[0] if predicates else None
        parts = [] if phrase is None else [c for c in phrase.children if c.i < phrase.i and (
            c.dep_ == "poss" or (c.dep_ in _INNER_DEPS and c.pos_ in ("NOUN", "PROPN")))]
        if not parts:
            return None
        # the owner ("Y's plan") when the phrase names one, else the thing called
        inner = next((c for c in parts if c.dep_ == "poss"), parts[0])
        return _judged(verb, inner, phrase, words, skip={t for c in parts for t in c.subtree})
    found = _judged(verb, called, predicates[0], words, extra=predicates[1:])
    if found is None or not passive:
        return found
    # "was called a traitor by X": the parser may hang the agent on the predicate
    agents = [o for t in verb.subtree if t.dep_ in ("agent", "prep") and t.lower_ == "by"
              and t.head in (verb, *predicates) for o in t.children if o.dep_ == "pobj"]
    return dataclasses.replace(found, caller=agents[0] if agents else None)


def _reported(verb: Any, words: EvaluativeWords) -> Evaluation | None:
    """ "X said Y was a liar", "claimed the move was criminal": a speech verb's clause that only says what Y is.
    A direct quote is such a clause too ("'He was a dictator,' said X"; "X said of Y: 'He is a liar'", where the
    "of" phrase says whom the quote is about)."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.lemma_.lower() not in _COPULAS | _LACKING and not _would_make(clause):
            continue
        if clause.lemma_.lower() in _LACKING:
            evaluation = _lacking(clause, words, _stray_subject(verb, clause))
        else:
            evaluation = _copular(clause, words, _stray_subject(verb, clause))
        if evaluation is not None and not _conditional(verb):
            about = next(iter(objects_of(verb, ("of", "about"))), None)
            return dataclasses.replace(evaluation, verb=verb, negated=evaluation.negated or is_negated(verb),
                                       about=about)
    return None


def _would_make(clause: Any) -> bool:
    """ "said Y would make a terrible president": "make" with "would" or "will" says what Y would be in an office,
    a judgement of Y now, read as a copula whose predicate's modifiers count ("a great president"). The predicate
    is one of a kind, a singular noun with "a" ("would make great cars" is what Y produces); not the plain verb
    ("said Y made a deal")."""
    return clause.lemma_.lower() == "make" and any(
        c.dep_ == "aux" and c.lower_ in ("would", "will", "'d", "'ll") for c in clause.children) and any(
        o.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in o.children)
        for o in clause.children)


def _lacking(clause: Any, words: EvaluativeWords, subject: Any | None = None) -> Evaluation | None:
    """ "said the governor lacks the strength to lead", "claimed she had no judgement": a clause that denies its
    subject a quality a leader is judged by (the table's "quality" words) blames the subject (111), as "said she is
    weak" does. Only the verb's own object: "lacks funds" or "lacks the votes" judge no one's person."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), subject)
    quality = next((c for c in clause.children if c.dep_ == "dobj"), None)
    if subject is None or quality is None or quality.lemma_.lower() not in words.quality:
        return None
    if _owned_by_speaker(subject) or _conditional(clause):
        return None
    return Evaluation(clause, subject, "criticism", quality.lemma_.lower(), is_negated(clause), naming=False)


def _stray_subject(verb: Any, clause: Any) -> Any | None:
    """ "told MSNBC Cummings 'was a great man'": a clause with no subject of its own right after the speech verb's
    object, a name; the parser took the clause's subject for the hearer (a hearer is never followed by a bare
    "was"). A common noun ("told reporters") is left as the hearer it mostly is."""
    if any(c.dep_ in ("nsubj", "expl", "nsubjpass") for c in clause.children):
        return None
    hearer = next((c for c in verb.children if c.dep_ == "dobj" and c.i < clause.i), None)
    if hearer is None or hearer.pos_ != "PROPN":
        return None
    between = hearer.doc[hearer.right_edge.i + 1:clause.left_edge.i]
    return hearer if all(t.is_punct for t in between) else None


def _copular(clause: Any, words: EvaluativeWords, subject: Any | None = None) -> Evaluation | None:
    """ "Y is a liar": a copular clause, its subject the one called and its predicate the verdict (`subject` when
    the parser hung it elsewhere)."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), subject)
    predicate = next((c for c in clause.children if c.dep_ in ("attr", "acomp")), None)
    if predicate is None and clause.lemma_.lower() != "be":
        # "said the strike constituted a war crime", "said the move amounted to theft": what the act is
        predicate = next((c for c in clause.children if c.dep_ == "dobj"), None) or next(
            iter(objects_of(clause, ("to",))), None)
    if subject is None or predicate is None:
        return None
    # a verb of meaning or of law has a plain object too ("said the lawyer represents a corrupt businessman"): the
    # verdict must be the object's own word or a phrase of the table ("a betrayal", "a step backwards"), never one
    # of its modifiers, which only describe the one represented
    evaluation = _judged(clause, subject, predicate, words,
                         strict=clause.lemma_.lower() != "be" and not _would_make(clause))
    return None if evaluation is None else dataclasses.replace(evaluation, naming=False)


def _phrases(tokens: list[Any]) -> set[str]:
    """The runs of two and three adjacent words, lowercase: the table's words of several ("just another" belittles
    whatever it is said of: "called it just another apology"); a hyphenated compound as its words ("witch-hunt")."""
    words = [t.lower_ for t in sorted(tokens, key=lambda t: t.i) if t.text != "-"]
    return {" ".join(words[i:i + n]) for n in (2, 3) for i in range(len(words) - n + 1)}


def _judged(verb: Any, called: Any, predicate: Any, words: EvaluativeWords, extra: Iterable[Any] = (),
            skip: set[Any] | None = None, strict: bool = False) -> Evaluation | None:
    if _owned_by_speaker(called):
        return None  # "called his own government's decision a mistake": no other party is judged
    if _conditional(verb):
        return None  # "if Chile closed the border, that would be a mistake": an act that may not happen
    tokens = [t for p in (predicate, *extra) for t in p.subtree if not skip or t not in skip]
    lemmas = ({predicate.lemma_.lower(), predicate.lower_} if strict else
              {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}) | _phrases(tokens)
    verdict = words.verdict(predicate.lemma_.lower(), lemmas)
    if verdict is None and predicate.lower_ != predicate.lemma_.lower():
        verdict = words.verdict(predicate.lower_, lemmas)  # the lemmatizer's slips on quoted words
    if verdict is None:
        return None
    negated = is_negated(verb) or any(t.lower_ in _NEGATORS and not focus_not(t) for t in tokens)
    word = next((t.lemma_.lower() for t in (predicate, *tokens) if t.is_alpha), predicate.lemma_.lower())
    return Evaluation(verb, called, verdict, word, negated)


# Closed-class grammar: the subordinators of a condition.
_CONDITIONS = frozenset({"if", "unless"})


def _conditional(verb: Any) -> bool:
    """Does a condition hang on the verb ("if X closed the border, that would be a mistake", "Chile's plan, if
    adopted, would be a disaster")? PLOVER's hypothetical mode ("If Russian forces were to cross the border,
    that would represent a major ..."): the judgement is of an act that may never be done, so no party is yet
    praised or blamed for it."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in c.children)
               for c in verb.children) or any(
        c.dep_ in ("nsubj", "nsubjpass") and any(
            a.dep_ in ("advcl", "acl") and any(m.lower_ in _CONDITIONS for m in a.children) for a in c.children)
        for c in verb.children)


def _owned_by_speaker(called: Any) -> bool:
    """Is what is called the speaker's own ("called my decision a mistake", "said his own party's plan was a
    disaster")? The possessors of the thing called, and theirs in turn: "my", or a pronoun's "own". Praise and
    blame are acts between parties (CAMEO 051, 11x): judging one's own act is neither. Not "our": "our
    government", "our president" are as often the opposition's words of those it blames; nor the one called in
    person ("he called me a liar": the speaker is the one blamed)."""
    owners = [called]
    for _ in range(3):
        owners += [c for o in owners for c in o.children if c.dep_ == "poss" and c not in owners]
    return any(o.dep_ == "poss" and o.lower_ == "my" for o in owners) or any(
        any(c.lower_ == "own" for c in o.children) and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in o.children)
        for o in owners)
