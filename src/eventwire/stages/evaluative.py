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

# The CAMEO code of each verdict (051 praise or endorse, 111 criticise or denounce, 112 accuse; blame laid on a
# party is an accusation, as the verb "blame" is in verb_patterns.tsv).
CODES = {"praise": "051", "criticism": "111", "crime": "112", "blame": "112"}
# Light verbs of blame laid on a party: "put / laid / placed / pinned the blame on Y" (the noun of "blamed Y").
_LAYING = frozenset({"put", "lay", "place", "pin", "cast", "shift", "heap"})
_ON = ("on", "onto", "upon")
# Dependencies under which the parser puts what the object is called ("called him a hero", "found it shameful").
_PREDICATE_DEPS = frozenset({"oprd", "xcomp", "ccomp", "acomp", "attr"})
# Parts of speech of a predicate: "a clown", "criminal", "illegal".
_NOMINAL = frozenset({"NOUN", "PROPN", "ADJ"})
# Dependencies of the thing called inside a small clause the parser read as one noun phrase.
_INNER_DEPS = frozenset({"npadvmod", "nmod", "compound"})
# Closed-class words that deny what follows: "called it not a crime", "no hero".
_NEGATORS = frozenset({"not", "n't", "n’t", "never", "no", "hardly"})
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
# The verbs of showing say what an act or a word shows of its doer ("said her comments show bias", "said the vote
# demonstrates his incompetence"); as the verbs of meaning, only their object's own word is the verdict.
_COPULAS = frozenset({"be", "constitute", "amount", "represent", "signify", "mean", "mark", "equal",
                      "show", "demonstrate", "reveal", "prove"})
# Linking verbs, which say what their subject is as the copula does, with a complement only ("said the governor has
# gone crazy", "has become a liability", "seems unfit"): read as the copula, the whole complement's words count.
_LINKING = frozenset({"go", "become", "seem", "appear", "sound", "remain", "grow"})
# Verbs of a clause that denies its subject a quality ("said the governor lacks the strength to lead"), or grants it
# one: "said he has the courage to fight" (praise), "said she has no judgement" (blame).
_LACKING = frozenset({"lack", "have"})
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
        if lemma in _LAYING and (laid := _blame_laid(token)) is not None:
            evaluation = laid  # "put the blame on Y" ("as she put it" is a speech verb)
        elif cues.object_role(lemma) == "naming" or lemma in words.recall or lemma in words.casting:
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
            found.append(dataclasses.replace(_denied_praise(evaluation), quoted=True))
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
    if called is not None and verb.dep_ == "xcomp" and not predicates:
        # "went on to call Y 'the worst politician in Texas'": the parser may hang the predicate on the verb the
        # naming verb completes, after the one called
        predicates += [c for c in verb.head.children if c.dep_ in ("npadvmod", "oprd", "attr", "dobj")
                       and c.pos_ in _NOMINAL and c.i > called.i]
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
        if clause.dep_ != "ccomp" or clause.lemma_.lower() not in _COPULAS | _LINKING | _LACKING \
                and not _would_make(clause):
            continue
        if clause.lemma_.lower() in _LACKING:
            evaluation = _lacking(clause, words, _stray_subject(verb, clause))
        else:
            evaluation = _copular(clause, words, _stray_subject(verb, clause))
        if evaluation is not None and not _conditional(verb) and not _own_plea(verb, evaluation):
            about = next(iter(objects_of(verb, ("of", "about"))), None)
            evaluation = _denied_praise(evaluation)
            return dataclasses.replace(evaluation, verb=verb, negated=evaluation.negated or _negated(verb),
                                       about=about)
    return None


def _blame_laid(verb: Any) -> Evaluation | None:
    """ "put the blame on Y", "laid the blame for the defeat squarely on Y", "the blame was placed on Y": the noun of
    "blamed Y" (CAMEO 112) with a light verb, the one blamed the object of "on" (of "at": "laid the blame at Y's
    door")."""
    passive = is_passive(verb)
    blame = next((c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")
                  and c.lemma_.lower() == "blame"), None)
    if blame is None:
        return None
    # the "on" after the blame ("On Monday, X put the blame on Y")
    blamed = next((o for o in objects_of(verb, _ON) + objects_of(blame, _ON) if o.i > blame.i), None)
    if blamed is None or _owned_by_speaker(blamed) or _conditional(verb):
        return None
    agent = next(iter(objects_of(verb, ("by",))), None) if passive else None
    return Evaluation(verb, blamed, "blame", "blame", _negated(verb), caller=agent, naming=False)


def _denied_praise(evaluation: Evaluation) -> Evaluation:
    """ "said the governor is not qualified to be president", "'She is not honest,' he said": praise denied in the
    speaker's own clause is blame (111), as a quality denied is ("lacks the courage"). Not a naming verb denied
    ("did not call him a hero"), which is no calling at all; the caller's own denial stays negated."""
    if evaluation.verdict != "praise" or not evaluation.negated or evaluation.naming:
        return evaluation
    return dataclasses.replace(evaluation, verdict="criticism", negated=False)


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
    if _owned_by_speaker(subject) or _generic(subject) or _conditional(clause):
        return None
    if clause.lemma_.lower() == "have":
        # "has no judgement", "does not have the temperament" deny the quality (blame); "has the courage to fight"
        # grants one for an act (praise); "has the strength" alone is as often a team's or an army's
        denied = _negated(clause) or any(c.dep_ == "det" and c.lower_ == "no" for c in quality.children)
        if not denied and not (_enabling(quality) and _person(subject)):
            return None  # "said the army has the strength to win" is a forecast of force, no praise of a person
        return Evaluation(clause, subject, "criticism" if denied else "praise", quality.lemma_.lower(), False,
                          naming=False)
    return Evaluation(clause, subject, "criticism", quality.lemma_.lower(), _negated(clause), naming=False)


def _person(noun: Any) -> bool:
    """A person's name or a personal pronoun ("he", "she")."""
    return noun.lower_ in _PERSONAL or noun.ent_type_ == "PERSON"


def _negated(verb: Any) -> bool:
    """A negated verb (`syntax.is_negated`), or one with a "not" the parser hung on it in another role: it may read
    "isn’t" with a typographic apostrophe as the verb and punctuation."""
    return is_negated(verb) or any((c.lemma_.lower() == "not" and not focus_not(c)) or c.lower_ in ("n't", "n’t")
                                   for c in verb.children)


# Determiners and pronouns of whoever fits a description ("any politician who does not grasp this is not fit to
# lead", "anyone who votes for it is a fool"): a generic statement judges no party.
_GENERIC_DETS = frozenset({"any", "every", "each", "no"})
_GENERIC = frozenset({"anyone", "anybody", "everyone", "everybody", "whoever", "nobody"})


def _generic(noun: Any) -> bool:
    return noun.lower_ in _GENERIC or any(c.dep_ == "det" and c.lower_ in _GENERIC_DETS for c in noun.children)


def _own_plea(verb: Any, evaluation: Evaluation) -> bool:
    """ "Kray said he was guilty", "insisted he was not a criminal": a charge said of "he" or "she" by one named
    person is most often that person's own plea (the pronoun bound by the speaker), no accusation of another."""
    if evaluation.verdict != "crime" or not evaluation.personal():
        return False
    return any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" and c.tag_ == "NNP" for c in verb.children)


def _enabling(quality: Any) -> bool:
    """ "the courage to fight", "the courage and the energy to do what is right": a quality with the act it enables,
    a to-infinitive under it (or under a quality coordinated with it)."""
    return any(t.dep_ in ("acl", "relcl", "xcomp", "advcl") and t.pos_ in ("VERB", "AUX") and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in t.children) for t in quality.subtree)


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
    if predicate is None and clause.lemma_.lower() not in _LINKING | {"be"}:
        # "said the strike constituted a war crime", "said the move amounted to theft": what the act is
        predicate = next((c for c in clause.children if c.dep_ == "dobj"), None) or next(
            iter(objects_of(clause, ("to",))), None)
    if subject is not None and predicate is None and clause.lemma_.lower() == "be" and any(
            c.dep_ == "xcomp" and c.lemma_.lower() == "blame" and not any(o.dep_ == "dobj" for o in c.children)
            for c in clause.children):
        # "said the governor is to blame for the defeat": the subject is the one blamed (112, as "blamed Y")
        if _owned_by_speaker(subject) or _generic(subject) or _conditional(clause):
            return None
        return Evaluation(clause, subject, "blame", "blame", _negated(clause), naming=False)
    if subject is None or predicate is None:
        return None
    if predicate.pos_ == "ADJ" and (predicate.lemma_.lower() in words.feeling or predicate.lower_ in words.feeling):
        return None  # "they are anxious about terrorism": a feeling and what it is about, no verdict on "they"
    # a verb of meaning or of law has a plain object too ("said the lawyer represents a corrupt businessman"): the
    # verdict must be the object's own word or a phrase of the table ("a betrayal", "a step backwards"), never one
    # of its modifiers, which only describe the one represented
    evaluation = _judged(clause, subject, predicate, words,
                         strict=clause.lemma_.lower() not in _LINKING | {"be"} and not _would_make(clause))
    return None if evaluation is None else dataclasses.replace(evaluation, naming=False)


def _phrases(tokens: list[Any]) -> set[str]:
    """The runs of two and three adjacent words, lowercase: the table's words of several ("just another" belittles
    whatever it is said of: "called it just another apology"); a hyphenated compound as its words ("witch-hunt")."""
    words = [t.lower_ for t in sorted(tokens, key=lambda t: t.i) if t.text != "-"]
    return {" ".join(words[i:i + n]) for n in (2, 3) for i in range(len(words) - n + 1)}


def _judged(verb: Any, called: Any, predicate: Any, words: EvaluativeWords, extra: Iterable[Any] = (),
            skip: set[Any] | None = None, strict: bool = False) -> Evaluation | None:
    if _owned_by_speaker(called) or _generic(called):
        return None  # "called his own government's decision a mistake": no other party is judged
    if _conditional(verb):
        return None  # "if Chile closed the border, that would be a mistake": an act that may not happen
    tokens = [t for p in (predicate, *extra) for t in p.subtree if not skip or t not in skip]
    lemmas = ({predicate.lemma_.lower(), predicate.lower_} if strict else
              {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}) | _phrases(tokens)
    verdict = words.verdict(predicate.lemma_.lower(), lemmas)
    if verdict is None and predicate.lower_ != predicate.lemma_.lower():
        verdict = words.verdict(predicate.lower_, lemmas)  # the lemmatizer's slips on quoted words
    if verdict is None and _excessive(predicate):
        verdict = "criticism"  # "said Y would be too ready to use force": Y judged unfit (111)
    if verdict is None:
        return None
    negated = _negated(verb) or any(t.lower_ in _NEGATORS and not focus_not(t) for t in tokens)
    word = next((t.lemma_.lower() for t in (predicate, *tokens) if t.is_alpha), predicate.lemma_.lower())
    return Evaluation(verb, called, verdict, word, negated)


def _excessive(predicate: Any) -> bool:
    """w22missed: "Y is too ready to use force", "too eager to please Wall Street": an adjective of no polarity
    of its own (the table's words keep theirs: "too honest to lie" stays praise) with "too" and a to-infinitive
    says Y has more of it than is fit for the act, a judgement against Y (CAMEO 111 "criticize or denounce"), as
    "is too weak to lead" is. Only of a person's or party's disposition to act: the infinitive is what Y would
    do ("too early to say" has the expletive "it" as its subject and judges no party)."""
    if predicate.pos_ != "ADJ" or not any(c.dep_ == "advmod" and c.lower_ == "too" for c in predicate.children):
        return False
    return any(c.dep_ in ("xcomp", "advcl", "ccomp") and c.pos_ in ("VERB", "AUX") and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in predicate.children)


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
