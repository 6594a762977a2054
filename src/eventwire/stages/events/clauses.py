"""The clause an act sits in: modal, future and obligation auxiliaries, irrealis clauses, speech verbs that
report a clause, and acts that are part of another coded act ("one act, one event")."""
from __future__ import annotations

from typing import Any

from ...knowledge.cues import Cues
from ...knowledge.verbs import VerbPattern, VerbPatterns
from ..syntax import SUBJECT_DEPS, adverbial_gerund, agentless_passive, conjuncts, is_conditional, is_negated


# Closed-class grammar, not vocabulary: the auxiliaries that make a clause hypothetical.
MODALS = frozenset({"may", "might", "could", "would", "should", "can"})
# Auxiliaries of a reported future: "said it would allow", "announced it will return" state an intent.
_FUTURE = frozenset({"will", "would", "shall", "'ll"})
# Auxiliaries of obligation: "X said Y must return it" is X demanding it of Y.
OBLIGATION = frozenset({"must", "should"})
# Dependencies climbed from an event up to the speech verb whose clause holds it.
_CLIMB = frozenset({"ccomp", "conj", "xcomp", "advcl", "parataxis", "relcl", "acl", "dobj", "pobj", "prep", "nsubj",
                    "nsubjpass"})


# Penn tags of a finite verb: a listed act of its own, not a participle that tells the same act ("killing eight").
FINITE = frozenset({"VBD", "VBZ", "VBP"})


def aside(token: Any) -> bool:
    """A non-restrictive relative clause whose relative pronoun does the act ("the court, which rejected the
    lawsuit the day before, ..."): set off by a comma, it asserts a fact of its own about its antecedent, as
    a main clause would, not a background that serves the main act. So does one in an apposition.""" 
    conjoined = token.dep_ == "conj" and token.head.dep_ == "relcl" and token.tag_ in FINITE
    if conjoined:
        token = token.head  # "..., which has broken away and endorsed X": the second verb shares the aside
    if token.dep_ != "relcl" or token.tag_ not in FINITE and not (
            _perfect(token) and (conjoined or token.head.dep_ == "appos")):
        # a lone perfect ("X, who has vowed not to ...") stays as before: its vow or stance is left to the main act
        return False
    if token.head.dep_ == "appos":
        # w20campaign: a relative clause in an apposition ("Ana Vell, a nurse who has endorsed X, said ..."): the
        # apposition is set off as a whole and asserts what it tells, as a non-restrictive clause does
        return True
    pronoun = next((c for c in token.children if c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT")), None)
    return pronoun is not None and pronoun.i > 0 and token.doc[pronoun.i - 1].text == ","


def _perfect(token: Any) -> bool:
    """A participle in the active perfect ("has endorsed", "had broken away"): told as done."""
    return token.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in token.children) \
        and not any(c.dep_ == "auxpass" for c in token.children)


def subsumed(token: Any, matched: dict[int, tuple[Any, VerbPattern]], verbs: VerbPatterns, cues: Cues,
             through_noun: bool = False) -> bool:
    """An act inside the object of another coded act ("rejected an invitation to attend") is part of it; so
    is the content of a coded verb's that-clause ("demanded that X provide", "agreed that they should
    cooperate"), but not of a speech verb's ("warned that X was shipping arms"). A verb's act told of the
    coded verb's subject is none of its object ("a nurse kidnapped by rebels in 1996 was freed": the
    kidnapping is no part of the freeing), nor is a gerund of time ("after rejecting X, Chile expelled Y":
    `time_gerund`), which tells an act of its own."""
    if time_gerund(token) is not None and not getattr(matched.get(token.i, (None, None))[1], "user", False):
        # "After rejecting a court order, Chile expelled ...": an act of its own, before the main one. A user's
        # PETRARCH-style dictionary codes the main verb of a clause only, and its scheme is taken as written
        return False
    current = token
    in_subject = False
    for _ in range(8):
        if current.head.i == current.i or aside(current):
            return False  # "the court, which rejected the appeal, met ...": an aside asserts its own act
        in_subject = current.dep_ in SUBJECT_DEPS and current.i != token.i and token.pos_ == "VERB"
        if current.dep_ == "ccomp":
            from .verb import verb_lemma  # here: verb.py reads frames.py, which reads this module
            # the lemmatizer's slips ("hoped" -> "hop") undone as the verb table reads them (w21irrealis)
            lemma = verb_lemma(current.head, verbs) or current.head.lemma_.lower()
            if "intent" in verbs.roles(lemma):
                return True  # "hoped they would be indicted": a wish, not an act
            if wished_of_another(current, cues, lemma):
                return True  # "the French president hopes Italy will expel the envoys": no act of Italy's (w21irrealis)
            head = matched.get(current.head.i)
            if reports(current.head, cues) and (not irrealis(current) or postposed(current)):
                # "warned that X was shipping arms": a fact reported, coded on its own; and "X will do Y,
                # an official said": a reporting clause after its content only attributes it
                return False
            return head is not None and head[1].code is not None and head[1].code[:2] != "01"
        current = current.head
        if current.pos_ in ("NOUN", "PROPN", "PRON", "ADP"):
            through_noun = True  # inside an argument: "an invitation to attend", "jailed for helping"
        elif through_noun and current.i in matched:
            pattern = matched[current.i][1]
            if pattern.code is not None and pattern.code[:2] != "01":
                return not in_subject
        elif through_noun and current.pos_ == "VERB" and "intent" in verbs.roles(current.lemma_.lower()):
            return True  # "proposed an amendment to allow X": what a proposal or plan would do is not done
    return False


def irrealis(clause: Any) -> bool:
    """A clause of what should or will be, not of what is: a subjunctive ("demanded that X provide") or a
    modal ("agreed that they should cooperate", "promised it would help")."""
    if any(c.dep_ == "aux" and c.lower_ in MODALS | _FUTURE | OBLIGATION for c in clause.children):
        return True
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if len(auxiliaries) == 1 and auxiliaries[0].lower_ == "be" and clause.tag_ == "VBN":
        return True  # the subjunctive passive: "demanded that the prisoners be released" (w19sub)
    if auxiliaries:
        return False  # "was shipping", "has sent", "were killed": told as fact
    # the subjunctive has the base form, which the tagger gives as VB or, after a plural subject, VBP
    return clause.tag_ in ("VB", "VBP")


def has_future(token: Any) -> bool:
    """An act told as yet to come: a future auxiliary ("will meet"), "be going to" ("I'm going to help X"), or "be
    to" of a plan or schedule ("X and Y are to meet next week", "Chile is to impose sanctions"; the parser makes
    the act the xcomp of "be")."""
    return any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in token.children) or scheduled(token) \
        or going_to(token)


# Closed-class grammar: contracted "be" with a typographic apostrophe, which the lemmatizer leaves as it is ("I’m
# going to help", w20campaign); before "going" a contracted "’s" is "is".
_BE_CONTRACTED = frozenset({"'m", "'re", "'s", "\u2019m", "\u2019re", "\u2019s"})


def going_to(token: Any) -> bool:
    """ "I'm going to help X", "Chile was going to impose sanctions": the periphrastic future, whose act the parser
    makes the to-infinitive (xcomp) of the progressive "going" (not "went to help", a real act)."""
    head = token.head
    return token.dep_ == "xcomp" and head.lemma_ == "go" and head.tag_ == "VBG" and head.i != token.i \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) \
        and any(c.dep_ == "aux" and (c.lemma_ == "be" or c.lower_ in _BE_CONTRACTED) for c in head.children)


# Closed-class grammar: nouns of purpose, whose "is to" says what something is for ("the aim is to meet"), and
# the "-ing" of an activity ("the drilling is only to protect"): no one is to do anything.
_PURPOSE_NOUNS = frozenset({"aim", "goal", "purpose", "plan", "idea", "task", "objective", "priority", "mission",
                            "job", "point", "intention", "intent", "hope", "role", "duty"})


def scheduled(token: Any) -> bool:
    """ "X and Y are to meet", "X is to be sentenced": "be to" of a plan or schedule (the parser makes the act the
    xcomp of "be") whose subject is a party, not a purpose or an activity."""
    if token.dep_ != "xcomp" or token.head.lemma_ != "be" or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    subjects = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(s.pos_ in ("PROPN", "PRON") and s.lower_ not in ("it", "this", "that")
                                  or s.pos_ == "NOUN" and not s.lower_.endswith("ing")
                                  and s.lemma_.lower() not in _PURPOSE_NOUNS for s in subjects)


def postposed(clause: Any) -> bool:
    """The reported content comes before its reporting verb ("X will leave, an official said"): the verb is
    a parenthetical attribution, not an act of its own (the clause is what happened or was announced)."""
    return clause.i < clause.head.i


def reports(token: Any, cues: Cues) -> bool:
    """Whether a verb attributes speech, writing, belief or a report: the quotes stage's cue list (one list
    for both stages); wants and plans (intention cues) are not reports."""
    particle = next((c.lower_ for c in token.children if c.dep_ == "prt"), None)
    sense = cues.verb(token.lemma_.lower(), particle)
    return sense is not None and sense != "intention"


def cue_above(token: Any, cues: Cues) -> Any | None:
    """The speech verb whose that-clause holds `token`, if any (a few levels up)."""
    current = token
    for _ in range(6):
        if current.dep_ in ("ccomp", "parataxis") and reports(current.head, cues):
            return current.head
        if current.head.i == current.i or current.dep_ not in _CLIMB:
            return None
        current = current.head
    return None


# Closed-class grammar: adverbs of frequency. With "would" they make the past habit ("the gangs would
# sometimes kill farmers"), not a future or a condition.
_FREQUENCY = frozenset({"sometimes", "often", "usually", "always", "regularly", "frequently", "routinely",
                        "occasionally", "repeatedly", "typically", "generally", "normally", "constantly",
                        "habitually", "periodically", "seldom", "rarely", "commonly", "customarily"})


def frequent(token: Any) -> bool:
    """Is the verb said with an adverb of frequency ("often attack", "are regularly arrested")?"""
    return any(c.dep_ == "advmod" and c.lower_ in _FREQUENCY for c in token.children)


def habitual(token: Any) -> bool:
    """ "would" of past habit: "would" with an adverb of frequency ("would often attack police posts"). It
    tells of acts that happened, again and again, not of a threat or promise (13x, 03x); PLOVER codes the
    act itself, or nothing."""
    auxiliaries = {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}
    return "would" in auxiliaries and frequent(token)


def neither_nor(token: Any) -> bool:
    """A clause whose subject is "neither X nor Y" ("neither Chile nor Peru would endorse Vell"): the act is
    denied of both, a negation the tagger puts on the subject ("neither" a preconj), not on the verb."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(p.dep_ in ("preconj", "det", "cc") and p.lower_ == "neither"
                                                         for p in c.children) for c in token.children)


# Closed-class grammar: subject-less auxiliaries an imperative may have ("do not attack", "don't go").
_IMPERATIVE_AUX = frozenset({"do", "don't"})


def thanked(token: Any) -> list[Any]:
    """The names thanked by the formula "Thank you, X (for ...)", which says "I thank you", a thanks given, not an
    instruction; empty when the verb is not that formula or names no one ("Thank you," to an interviewer)."""
    you = [c for c in token.children if c.dep_ == "dobj" and c.lower_ == "you"]
    if token.lemma_.lower() != "thank" or not you or any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return []
    return [c for c in [*token.children, *you[0].children] if c.dep_ in ("dobj", "npadvmod", "appos")
            and c.pos_ == "PROPN"]  # "Thank you Ana Rojas", "Thank you, Ana Rojas," ("you" in apposition)


def conjoined_infinitive(token: Any) -> Any | None:
    """The to-infinitive (xcomp) a verb is conjoined to, sharing its "to" and its subject ("promised to bomb the
    camps, close the border and expel the envoys": "close" and "expel" -> "bomb"), or None (a conjunct with a
    subject of its own is a clause of its own)."""
    if token.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return None
    current = token
    while current.dep_ == "conj" and current.head.i != current.i:
        current = current.head
    if current.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children):
        return current
    return _misattached_infinitive(token, current)


# Penn tags of a verb that is inflected or a participle: a bare base form (VB) cannot be its coordinated
# predicate, which shares its inflection ("is promising ..., bringing ..."; "promised ..., brought ...").
_INFLECTED = frozenset({"VBD", "VBZ", "VBP", "VBG", "VBN"})


def _misattached_infinitive(token: Any, top: Any) -> Any | None:
    """w21irrealis: the to-infinitive a bare base-form conjunct belongs to when the parser hung the conjunct on
    the inflected verb that governs the infinitive ("is promising to bomb X, bring back Y and deport Z" parsed
    with "bring" and "deport" conjoined to "promising"). Coordinated predicates share their inflection, so a
    bare "deport" with no subject and no auxiliary of its own cannot be a second predicate of "is promising": it
    shares the "to" of the infinitive before it."""
    if token.tag_ != "VB" or top.tag_ not in _INFLECTED or top.i > token.i or any(
            c.dep_ in ("aux", "auxpass") for c in token.children):
        return None
    return next((c for c in top.children if c.dep_ == "xcomp" and c.i < token.i and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def imperative(token: Any, cues: Cues, quoted: bool) -> bool:
    """An instruction ("take a knife and attack the police", "do not negotiate"): a main clause in the base
    form with no subject and no auxiliary but "do". It asks for an act; none happened (CAMEO codes acts
    done, or threatened and promised by their doer). The verb conjoined to one is one too. Inside a quote
    (`quoted`) the tagger often hangs the quoted instruction on its speech verb ("said: 'Take ...'") as a
    complement or adverbial clause: one with no subject and no "to" is the quote itself."""
    current = token
    while current.dep_ == "conj" and current.head.i != current.i and current.tag_ == "VB":
        current = current.head
    if current.dep_ in ("ccomp", "xcomp") and current.head.lemma_ == "let" and current.head.i != current.i:
        # "let them fight each other", "let's strike first": the hortative asks for the act as an instruction does
        return imperative(current.head, cues, quoted)
    hung = quoted and current.dep_ in ("xcomp", "advcl") and reports(current.head, cues)
    if current.tag_ != "VB" or not (hung or current.dep_ in ("ROOT", "ccomp", "parataxis")):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark") for c in current.children):
        return False
    return all(c.lower_ in _IMPERATIVE_AUX for c in current.children if c.dep_ in ("aux", "auxpass"))


def generic(token: Any) -> bool:
    """A generic statement about a class ("terrorists seek to destroy our way of life", "gangs kill farmers"):
    a present-simple clause whose subject is a bare plural common noun (no article, number, possessor). It
    tells what such people do, of no act that happened; the caller takes it only inside a quote, as headline
    style ("Rebels attack post") does the same for one act."""
    current = token
    while current.dep_ in ("xcomp", "conj") and current.head.i != current.i:
        current = current.head  # "seek to destroy": the finite verb
    if not present_simple(current, passive=False):
        return False
    return _bare_plurals([c for c in current.children if c.dep_ == "nsubj"])


def present_simple(verb: Any, passive: bool = True) -> bool:
    """A verb in the present simple, active ("meet", "attacks") or, if `passive`, passive ("are often occupied by
    X"): no auxiliary but the present of the passive's "be"."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VBZ", "VBP"):
        return not auxiliaries
    return passive and verb.tag_ == "VBN" and bool(auxiliaries) and all(
        a.dep_ == "auxpass" and a.tag_ in ("VBZ", "VBP") for a in auxiliaries)


# Closed-class grammar: the commissive verbs, by which the speaker undertakes an act of their own (a promise, a
# pledge, a vow, an offer); "agree" is not one (an agreement is with someone, its partner unnamed or not).
UNDERTAKINGS = frozenset({"pledge", "vow", "promise", "swear", "commit", "offer"})


def generic_passive(token: Any) -> bool:
    """A rule or a practice told in the present-simple passive of a bare plural ("officials are removed from
    office after being impeached and convicted", "red notices are issued to ask police to arrest a person"):
    what is done to such things or people in general, no act that happened (CAMEO and PLOVER code reported
    happenings), as `generic` is for the active. The act's own clause, or the clause it is a complement,
    conjunct or adverbial of ("after being convicted", "to ask ... to arrest"), up to its finite verb; a
    perfect or a modal ("have been arrested", "will be tried") is no present simple (w18wrong)."""
    current = token
    for _ in range(6):
        if any(c.dep_ == "auxpass" and c.tag_ in ("VBP", "VBZ") for c in current.children):
            break
        if current.dep_ not in ("xcomp", "conj", "pcomp", "prep", "advcl") or current.head.i == current.i:
            return False
        current = current.head
    else:
        return False
    if any(c.dep_ == "aux" for c in current.children):
        return False
    return _bare_plurals([c for c in current.children if c.dep_ == "nsubjpass"])


def _bare_plurals(subjects: list[Any]) -> bool:
    """Are there subjects, each a plural with no determiner, possessor or number ("terrorists", "officials"): a
    class of people or things, not ones the story names?"""
    return bool(subjects) and all(
        s.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in s.children) for s in subjects)


def noun_complement(token: Any) -> Any | None:
    """The noun whose to-infinitive or "of"-gerund the verb is ("the right to strike back", "a policy of not
    negotiating", "charges of assaulting an officer"), or None. The act is said of the noun (a right, a
    policy, a charge), not told as done."""
    current = token
    while current.dep_ == "conj" and current.head.i != current.i and current.head.pos_ == "VERB":
        current = current.head  # "the right to arrest and detain": the second act hangs on the first
    if current.dep_ == "acl" and current.head.pos_ == "NOUN" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in current.children):
        return current.head
    if current.dep_ == "pcomp" and current.tag_ == "VBG" and current.head.lower_ == "of" \
            and current.head.head.pos_ == "NOUN":
        return current.head.head
    return None


# Closed-class grammar: quantifiers that make a noun phrase generic ("any form of violence", "all terrorism",
# "every kind of interference"), and the nouns of sort they quantify over.
_GENERIC_DETERMINERS = frozenset({"any", "all", "every"})
_SORTS = frozenset({"form", "kind", "type", "sort", "manner", "act", "expression", "manifestation"})
_DEFINITE = frozenset({"the", "these", "those", "this", "that"})


def generic_object(token: Any) -> bool:
    """A stance towards a class of acts, not an act ("has always condemned any form of violence", "rejects all
    kinds of terrorism", "condemns violence in all its forms"): every object of the verb is quantified by
    "any", "all" or "every", itself or through a noun of sort, or is "in all its forms". CAMEO codes dated
    acts between parties; a disposition with a generic object names no act that was condemned or rejected
    (the caller applies it to the verbal stances: praise, blame and rejection)."""
    objects = [o for c in token.children if c.dep_ == "dobj" for o in conjuncts(c)]
    return bool(objects) and all(_generic_phrase(o) for o in objects)


def _generic_phrase(noun: Any) -> bool:
    if any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children):
        return False  # "all the attacks on Tarsk", "all its attacks": a definite set, acts that happened
    quantified = any(c.dep_ in ("det", "predet") and c.lower_ in _GENERIC_DETERMINERS for c in noun.children)
    if quantified and (noun.lemma_.lower() not in _SORTS or any(c.dep_ == "prep" and c.lower_ == "of"
                                                                  for c in noun.children)):
        return True  # "any violence", "any form of violence"
    # "violence in all its forms"
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        o.lemma_.lower() in _SORTS and any(d.lower_ in _GENERIC_DETERMINERS for d in o.children)
        for o in c.children if o.dep_ == "pobj") for c in noun.children)


def permission(token: Any) -> bool:
    """ "were allowed to vote", "is permitted to provide a licence": an agentless passive of a verb of yielding
    with a to-infinitive is a periphrasis of "may", a state of permission that names no one who conceded it
    (CAMEO 08 is a yielding by an actor); with its agent ("were allowed by the court to vote") it stays."""
    return agentless_passive(token) and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in token.children)


def by_means(token: Any, means: frozenset[str]) -> Any | None:
    """The verb of using whose purpose infinitive the act is ("used Instagram to thank fans"), or None: its
    subject is the act's doer, its object only the medium (argument_words.tsv's means kind)."""
    head = token.head
    if token.dep_ not in ("xcomp", "advcl") or head.i == token.i or head.lemma_.lower() not in means:
        return None
    return head if any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) else None


# Closed-class grammar: adverbs of disposition. With a verbal stance ("has always supported", "usually
# criticises", "traditionally opposes") they tell a standing attitude, no dated act; "repeatedly", "again" tell
# acts that happened.
# Not "generally" nor "widely" ("the plan was generally welcomed": broadly, of one act).
_DISPOSITION = frozenset({"always", "usually", "typically", "normally", "habitually", "customarily",
                          "traditionally", "invariably"})


def disposition(token: Any) -> bool:
    """Is the verb said of a standing attitude ("has always supported the peace process")?"""
    return any(c.dep_ == "advmod" and c.lower_ in _DISPOSITION for c in token.children)


# --- w15generic (issue 9 item 4: talk that is no act) ---------------------------------------------------------
# Closed-class grammar. Modals of possibility and ability: with an indefinite subject ("a country could demand")
# they say what any such one may do.
_POSSIBILITY = frozenset({"can", "could", "may", "might"})
# Pronouns that range over a class of people, not a party: "anyone who would protest", "nobody can criticise".
_GENERIC_PRONOUNS = frozenset({"anyone", "anybody", "everyone", "everybody", "someone", "somebody", "nobody",
                               "one", "whoever", "whomever", "others", "some", "many", "most", "few", "all",
                               "none"})
# Determiners and quantifying adjectives of a generic noun phrase ("any country", "no party", "many women").
_GENERIC_QUANTIFIERS = frozenset({"any", "every", "each", "no", "some", "many", "most", "few", "all", "several"})
# Nouns of people in general: with no article they name everyone ("people will criticise").
_PEOPLE = frozenset({"people", "person", "persons", "folk", "folks", "citizen", "everybody", "public"})


def modal_clause(token: Any) -> tuple[Any, str] | None:
    """The verb whose modal the act is told under, and that modal's lemma ("will", "can", ... or "going to"):
    the trigger itself, or the verb it is the to-infinitive or the subject-less conjunct of ("will try to
    attack", "could march and attack"), or None when no modal governs it."""
    current = token
    for _ in range(5):
        modal = next((c.lemma_.lower() for c in current.children if c.dep_ in ("aux", "auxpass") and c.tag_ == "MD"),
                     None)
        if modal is not None:
            return current, {"ca": "can", "wo": "will", "'ll": "will", "sha": "shall"}.get(modal, modal)
        head = current.head
        if current.dep_ == "xcomp" and head.lemma_.lower() == "go" and head.tag_ == "VBG" and any(
                c.dep_ == "aux" and c.lemma_.lower() == "be" for c in head.children):
            return head, "going to"  # "people are going to attack you"
        has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in current.children)
        if head.i == current.i or has_subject or current.dep_ not in ("xcomp", "conj"):
            return None
        current = head
    return None


# --- w17wrong (issue 9: acts told as only possible or required) -----------------------------------------------
# Closed-class grammar. Modals of necessity ("the treaty must be signed by X", "X should resign"): what has to
# be done is not done.
_NECESSITY = frozenset({"must", "should", "ought"})
# Adjectives of likelihood whose that-clause is only judged probable ("called it unlikely that X would finance
# the project", "it is possible that X attacked"): the clause asserts no act.
# Not "unclear" nor "uncertain": "it is unclear how many the police arrested" tells of arrests made.
_LIKELIHOOD = frozenset({"likely", "unlikely", "possible", "impossible", "probable", "improbable", "conceivable",
                         "doubtful"})
# Adverbs of possibility: "perhaps X attacked Y", "X possibly attacked Y" guess at an act, as "may have" does.
_PERHAPS = frozenset({"perhaps", "possibly", "maybe", "conceivably"})
# Verbs of necessity with a to-infinitive in the present ("has to be approved", "needs to sign"); the past ("had
# to withdraw") often tells what was then done, so only the present and the base form count.
_NECESSITY_VERBS = frozenset({"have", "need"})


# Adjectives and nouns of apprehension and chance whose "of"/"about" gerund is only feared or possible ("scared of
# the police beating us", "fears of Chile attacking", "the risk of being arrested"): the act is not told as done
# (w18wrong). Not "accused of", "guilty of", "proud of", whose gerund tells an act (an accusation, a verdict,
# a feeling about a deed).
_APPREHENSION = frozenset({"afraid", "scared", "frightened", "terrified", "fearful", "worried", "wary", "fear",
                           "risk", "danger", "prospect", "possibility", "likelihood"})


def _apprehended(token: Any) -> str | None:
    """The word of apprehension or chance whose "of"/"about" gerund the act is, or None (the parser may hang
    the gerund on the noun itself: "fears of Chile attacking")."""
    if token.dep_ == "acl" and token.tag_ == "VBG" and token.head.lemma_.lower() in _APPREHENSION and any(
            c.dep_ == "prep" and c.lower_ in ("of", "about") for c in token.head.children):
        return token.head.lower_
    if token.dep_ != "pcomp" or token.tag_ not in ("VBG", "VBN") or token.head.lower_ not in ("of", "about"):
        return None
    if token.tag_ == "VBN" and not any(c.dep_ == "auxpass" and c.lower_ == "being" for c in token.children):
        return None  # "being arrested", not a bare participle
    word = token.head.head
    return word.lower_ if word.lower_ in _APPREHENSION or word.lemma_.lower() in _APPREHENSION else None


def only_possible(token: Any) -> str | None:
    """The modal of possibility or necessity the act is told under ("somebody could get shot", "the bill must be
    signed by the president", "has to be approved by the senate", "they can offer advice"), the adverb of
    possibility on its clause ("perhaps X attacked Y"), the adjective of likelihood its that-clause depends on
    ("it is unlikely that X would finance it"), or the word of apprehension its gerund depends on ("afraid of X
    attacking"), or None. Such a clause reports no happening (PLOVER codes
    reported events; its "hypothetical" mode is no event of its own): nobody did the act, nor announced it
    ("will", "would" and "if"-clauses are `has_future`'s and the conditional's: statements of intent, 03x/13x).
    The caller leaves negated clauses to the refusal and negation rules ("cannot accept" is a refusal)."""
    found = modal_clause(token)
    if found is not None and found[1] in _POSSIBILITY | _NECESSITY:
        return found[1]
    clause = found[0] if found is not None else token
    guessed = next((c.lower_ for c in clause.children if c.dep_ == "advmod" and c.lower_ in _PERHAPS), None)
    if guessed is not None:
        return guessed  # "perhaps Chilean soldiers attacked the convoy"
    judged = next((a.lower_ for a in (clause.head, *clause.head.children) if a.lower_ in _LIKELIHOOD and (
        a.i == clause.head.i or a.dep_ in ("acomp", "oprd"))), None) if clause.dep_ == "ccomp" else None
    if judged is not None:
        return judged  # "it is unlikely that X will attack": neither done nor announced by X
    feared = _apprehended(token)
    if feared is not None:
        return feared  # "we were scared of the police beating us": feared, not done
    current = token
    for _ in range(4):
        head = current.head
        if current.dep_ == "xcomp" and head.i != current.i and head.lemma_.lower() in _NECESSITY_VERBS \
                and head.tag_ in ("VBZ", "VBP", "VB") and any(c.dep_ == "aux" and c.lower_ == "to"
                                                               for c in current.children):
            if any(c.dep_ == "aux" and c.lower_ == "would" for c in head.children):
                # "would have to be ratified": a conditional, which the issue (item 4) and PLOVER's hypothetical
                # mode keep as a flagged event, not a bare necessity
                return None
            return head.lemma_.lower()  # "has to be approved", "need to sign"
        if head.i == current.i or current.dep_ not in ("xcomp", "conj") or any(
                c.dep_ in ("nsubj", "nsubjpass") for c in current.children):
            return None
        current = head
    return None


def generic_doer(token: Any, quoted: bool) -> str | None:
    """Is the act told under a modal of a generic doer ("those women will attack you", "people will criticise the
    church", "you can't criticise the party", "anyone who would protest")? Then it says what such people would,
    could or will do: a disposition or a prediction about a class, not a dated act of a party, and CAMEO codes
    none ("can't" on such a subject is no refusal either). Returns "class" for a subject that can only be generic
    (a pronoun or noun quantified over people, "you" or "those X" inside a quote, an indefinite "a country"
    under "can" or "could"), "plural" for a bare plural, which news also uses for a party ("Rebels will
    attack ...": the caller keeps it when it is dated or names a party of politics), else None."""
    found = modal_clause(token)
    if found is None:
        return None
    verb, modal = found
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and subjects and all(s.tag_ in ("WP", "WDT") for s in subjects):
        subjects = [verb.head]  # "anyone who would protest": the relative pronoun stands for "anyone"
    if not subjects:
        return None
    kinds = [_generic_kind(s, modal, quoted) for s in subjects]
    if any(k is None for k in kinds):
        return None
    return "plural" if "plural" in kinds else "class"


def _generic_kind(subject: Any, modal: str, quoted: bool) -> str | None:
    word = subject.lower_
    determiners = {c.lower_ for c in subject.children if c.dep_ in ("det", "predet")}
    quantifiers = {c.lower_ for c in subject.children if c.dep_ in ("det", "predet", "amod")} & _GENERIC_QUANTIFIERS
    if any(c.dep_ in ("poss", "nummod") for c in subject.children) or subject.pos_ == "PROPN" or subject.ent_type_:
        return None  # "its fighters", "two soldiers", "Chile": a party
    if word in _GENERIC_PRONOUNS and not determiners or (word == "you" and quoted):
        return "class"  # the tagger gives "anyone", "nobody" as nouns as often as pronouns
    if word == "those" and any(c.dep_ == "relcl" for c in subject.children):
        return "class"  # "those who oppose the plan will ..."
    if subject.pos_ == "PRON":
        return None
    if quantifiers or (subject.lemma_.lower() in _PEOPLE and not determiners):
        return "class"  # "any country", "many people", "no party", "people"
    if determiners <= {"a", "an"} and determiners and modal in _POSSIBILITY:
        return "class"  # "a single country could demand": any one
    if subject.tag_ == "NNS" and determiners == {"those"} and quoted:
        return "class"  # "those women will attack you": a speaker's kind of people, pointed at
    if subject.tag_ == "NNS" and (not determiners or determiners == {"those"}):
        return "plural"  # "rebels will attack"
    return None


# --- w19sub (issue 9: acts told in subordinate and non-finite forms) ------------------------------------------
# Closed-class grammar: prepositions and subordinators of time. Their gerund tells a second act of the clause's
# subject, done before, after or while it did the main one ("After rejecting the order, Chile expelled X",
# "while visiting Bogota, X criticised Y"): an act of its own, as real as the main clause. Not "by", "in" or
# "through", whose gerund tells how the main act was done (the same act again: "attacked the rebels by shelling
# their camps", which stays part of it, `subsumed`), nor "on", "for", "from", "of", "against", which verbs also
# govern as their own argument ("insisted on meeting", "barred X from entering").
_TIME_MARKS = frozenset({"after", "before", "upon", "while", "whilst", "since", "when", "once"})
# Closed-class grammar: the prepositions of a gerund of means ("by offering X", "through expelling Y").
_MEANS_MARKS = frozenset({"by", "through"})


def time_gerund(token: Any) -> Any | None:
    """The verb whose clause a gerund of time modifies ("After rejecting a court order, Chile expelled the
    ambassador" gives "expelled"), or None."""
    found = adverbial_gerund(token)
    return found[0] if found is not None and found[1] in _TIME_MARKS else None


def untold(token: Any) -> bool:
    """Is the verb an adverbial gerund whose act the sentence does not tell as done: one of "without" ("seized the
    boats without warning Peru": the warning did not happen), or one of time or means on a clause not told as done
    ("will expel the envoy after rejecting the ruling", "did not expel ... after rejecting", "if Chile expels ...
    after rejecting", "by offering X the post, Y would win"): the gerund's act is as real as its clause, and an announced or conditional one is the main
    act's part (its intent, 03x/13x, is coded on the main verb)."""
    found = adverbial_gerund(token)
    if found is None:
        return False
    if found[1] == "without":
        return True
    # w20campaign: a gerund of means ("By offering X the second spot, Y would show voters ...") is how its clause's
    # act is done, so it is as real as that clause: under a modal or a condition it did not happen either
    return found[1] in _TIME_MARKS | _MEANS_MARKS and not realis(found[0])


def realis(verb: Any) -> bool:
    """Is the verb's clause told as done: not negated, under no modal, future or condition, and itself no
    condition or to-infinitive ("wants to expel", "in order to expel")?"""
    return not (is_negated(verb) or is_conditional(verb) or has_future(verb) or any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


# --- w20campaign (issue 9: stances that describe a person) ------------------------------------------------------
def described_stance(token: Any, participle: bool) -> bool:
    """Is the verb a stance said of its noun as what describes it, not an act of a day: a relative clause in the
    present simple ("a voter who supports X", "groups that oppose Y"), a relative adjectival passive in any tense
    ("activists who were opposed to X": a state, as "is opposed to" is) or, when `participle` (the caller's
    stances of support and opposition), a present participle on a noun ("progressives backing his bid"). CAMEO
    codes acts: such a clause tells what the holder is, as "has always supported" does (`disposition`). Perfect
    and past active clauses ("a union that has endorsed X", "who endorsed X last week") tell acts and stay."""
    if token.dep_ == "relcl" and token.head.pos_ in ("NOUN", "PROPN", "PRON"):
        auxiliaries = [c for c in token.children if c.dep_ in ("aux", "auxpass", "neg")]
        if present_simple(token, passive=False) and not any(c.dep_ == "neg" for c in token.children):
            return True
        return token.tag_ == "VBN" and len(auxiliaries) == 1 and auxiliaries[0].dep_ == "auxpass" \
            and auxiliaries[0].lemma_ == "be" and any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children)
    if participle and token.tag_ == "VBG" and token.dep_ == "pcomp" and token.head.dep_ == "prep" \
            and token.head.head.pos_ in ("NOUN", "PROPN") and any(
                c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.i < token.i for c in token.children):
        # w22wrong: "the largesse of hedge fund executives supporting her campaign", which the parser reads as a
        # gerund with a subject under "of": a common noun and its participle on another noun describe who
        # the givers are, as "executives supporting her campaign" does on its own
        return True
    if participle and token.tag_ == "VBG" and token.dep_ == "advcl" and token.i > 0 and not any(
            c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in token.children):
        before = token.doc[token.i - 1]
        if before.pos_ == "NOUN" and before.dep_ == "pobj" and before.head.head.pos_ == "NOUN":
            # w22wrong: "the generosity of oil executives backing her campaign", parsed as a clause of the main
            # verb: a participle right after a noun of an "of" phrase, with no comma, is that noun's modifier
            return True
    return participle and token.dep_ == "acl" and token.tag_ == "VBG" and token.head.pos_ in ("NOUN", "PROPN") \
        and not any(c.dep_ in SUBJECT_DEPS for c in token.children)


# --- w21irrealis (issue 9 item 4: acts asked for, wanted or described are not acts done) -----------------------
# Closed-class grammar: verbs of volition, which take an object with a participle ("want the troops withdrawn",
# "would like the embassy closed", "need the law changed") or, "wish", a clause of what is not ("wished they
# supported him"): the participle names the state wanted, no act done. Not verbs of perception or finding ("saw
# his brother killed", "found the guards bound"), whose participle tells what happened.
_VOLITION = frozenset({"want", "wish", "like", "love", "prefer", "need"})
# Closed-class grammar: the mandative verbs, whose that-clause in the base form asks for an act ("insisted that
# Peru withdraw", "proposed that the talks be postponed"); after a plural subject the tagger gives the base form
# as the present (VBP), which only these verbs make a subjunctive. Not "suggest" ("the data suggest that voters
# turn out"), which also means "indicate".
_MANDATIVE = frozenset({"demand", "insist", "urge", "ask", "request", "require", "propose", "recommend", "order",
                        "command", "direct", "beg", "plead"})


def wanted_state(token: Any) -> Any | None:
    """The verb of volition whose wanted state the verb is, or None: a participle in a small clause after the
    object ("wanted all undocumented immigrants deported", "would like the troops withdrawn": the parser hangs it
    on the object or makes it a clause of the verb), or any clause of "wish" or of a volition verb with no "that"
    and no auxiliary ("they want police supported", which the tagger may read as a past). English "want",
    "like", "need" take no finite clause, so such a clause is the object's wished-for state, an attitude
    (CAMEO codes acts; an appeal is one addressed to a party, `appeals.appeal`)."""
    head = token.head
    if token.dep_ in ("acl", "amod") and head.dep_ == "dobj":
        head = head.head  # "like [the troops withdrawn]": the participle on the object
    elif token.dep_ not in ("ccomp", "oprd", "xcomp", "advcl"):
        return None
    if head.i == token.i or head.lemma_.lower() not in _VOLITION or head.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("aux", "auxpass") or (c.dep_ == "mark" and c.lower_ == "that") for c in token.children):
        return head if head.lemma_.lower() == "wish" else None  # "wants to attack": the intent rules' ("to")
    if token.tag_ == "VBN" or head.lemma_.lower() == "wish" or token.dep_ == "ccomp" and token.tag_ == "VBD":
        return head
    return None


# Closed-class grammar: the mandative verbs that ask or advise rather than demand (CAMEO 02, not 10).
_ASKING = frozenset({"ask", "request", "urge", "propose", "recommend", "suggest", "advise", "beg", "plead"})


def asking(verb: Any) -> bool:
    """Is the verb one of asking or advising ("recommended that residents stay indoors"), not of demanding?"""
    return verb.lemma_.lower() in _ASKING


# Closed-class grammar (w22wrong): verbs that put an act forward for others to take up ("proposed banning X",
# "suggested closing the border"). PETRARCH codes PROPOSE, SUGGEST, RECOMMEND [020] (an appeal) and never as a
# threat: what is proposed is a policy offered for debate, no coercion announced to a target (CAMEO 13).
PROPOSING = frozenset({"propose", "suggest", "recommend", "advocate", "float", "moot"})
# Closed-class grammar (w22wrong): the modals of advice ("suggested that delegates should flip to his column").
_ADVICE_MODALS = frozenset({"should", "ought"})


def advised(cue: Any, clause: Any) -> bool:
    """Is the that-clause advice under a verb of asking or advising: in the subjunctive ("recommended that residents
    avoid gatherings") or with "should" ("suggested that delegates should flip to his column")? PETRARCH SUGGEST,
    PROPOSE, RECOMMEND [020]: an appeal (CAMEO 02), where "said X should" or "demanded that X" demands (10)."""
    return asking(cue) and (subjunctive(clause) or any(c.dep_ == "aux" and c.lower_ in _ADVICE_MODALS
                                                       for c in clause.children))


# Closed-class grammar: verbs of causation and perception, whose object takes the bare infinitive ("letting people
# come in", "made them leave", "saw the troops enter"): the parser gives it as a clause with a subject, but it is
# no subjunctive: the act is told as let, made or seen.
_BARE_INFINITIVE = frozenset({"let", "make", "have", "help", "see", "hear", "watch", "feel", "notice", "observe",
                              "bid"})


# Closed-class grammar: pronouns in the object case, the subject of a small clause ("declared him the victor").
_OBJECT_CASE = frozenset({"him", "her", "them", "me", "us"})


def subjunctive(clause: Any) -> bool:
    """Is a that-clause in the mandative subjunctive ("insisted that Argentina release the fishermen", "demanded
    that the envoy be recalled")? The base form with a subject of its own and no auxiliary (an indicative third
    person would be "releases" or "released"); the present form only under a mandative verb; or "be" with a
    passive participle. Such a clause says what is asked to be done, no act done."""
    if clause.dep_ != "ccomp" or any(c.dep_ == "aux" for c in clause.children) \
            or clause.head.lemma_.lower() in _BARE_INFINITIVE:
        return False
    passive = [c for c in clause.children if c.dep_ == "auxpass"]
    if passive:
        return len(passive) == 1 and passive[0].lower_ == "be" and clause.tag_ == "VBN"
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if not subjects or any(c.lower_ in _OBJECT_CASE for c in subjects):
        # "declared him the victor", "found them guilty": an object and its predicate (a small clause), no
        # subjunctive, whose subject is nominative ("demanded that he resign")
        return False
    # a base form the tagger read as a noun ("demands Ana Tell resign"): a noun takes no subject, so it is the verb;
    # a noun with a determiner or a modifier of its own is a noun ("declared Vell the winner")
    if clause.tag_ == "NN":
        return not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in clause.children)
    return clause.tag_ == "VB" or clause.tag_ == "VBP" and clause.head.lemma_.lower() in _MANDATIVE


def wished_of_another(clause: Any, cues: Cues, lemma: str) -> bool:
    """Is the that-clause what the subject of a verb of intention (quote_cues.tsv's "intention" sense: "hope",
    "want", "wish") wants of another party ("the French president hopes Italy will expel the envoys")? It tells the
    wisher's attitude; the other party neither did the act nor stated an intent to (CAMEO 03x is the intent of the
    one who would act). A clause whose subject is a pronoun may be the wisher's own ("Chile hopes it will join"),
    an intent; it is left to the intent rules."""
    head = clause.head
    if head.i == clause.i or cues.verb(lemma) != "intention":
        return False
    inner = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    outer = [c for c in head.children if c.dep_ == "nsubj"]
    return bool(inner) and bool(outer) and all(c.pos_ in ("NOUN", "PROPN") for c in inner) and not any(
        i.lemma_.lower() == o.lemma_.lower() for i in inner for o in outer)


def on_condition(clause: Any) -> bool:
    """Is the clause the consequent of a condition ("if voters want safer streets, they should vote for X"): an
    "if"/"unless" clause on it, or on an adverbial clause of it (the parser may chain "if A, B, then C"), or the
    correlative "then" on it after an "if" earlier in the sentence (the parser may hang the "if" clause elsewhere)?"""
    if any(c.dep_ == "advmod" and c.lower_ == "then" and c.i < clause.i for c in clause.children) and any(
            t.dep_ == "mark" and t.lower_ == "if" and t.i < clause.i for t in clause.sent):
        return True
    frontier = [clause]
    for _ in range(2):
        frontier = [c for v in frontier for c in v.children if c.dep_ == "advcl"]
        if any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for c in frontier for m in c.children):
            return True
    return False


# --- w22wrong (issue 9: descriptions and states) ------------------------------------------------------------------
def attributive_participle(token: Any) -> bool:
    """Is the past participle an adjective before its noun that the parser took for a verb with an object ("are
    considered occupied territory", "called it disputed land")? An active past participle takes a direct object
    only after "have" ("has occupied the town"); one with no auxiliary of its own nor a head verb to share it
    with (a conjunct: "has attacked and occupied the town"), its "object" right after it with no determiner, is
    that noun's adjective: a state named, no act at a time (CAMEO codes acts). The parser may join it to the
    main verb with a stray subject ("have their embassies in X and not Y, whose flanks are considered occupied
    territory"): a conjunct shares an auxiliary only with a head that has one."""
    if token.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass", "nsubjpass") for c in token.children):
        return False
    if token.dep_ == "conj":
        if token.head.tag_ == "VBN" or any(c.dep_ in ("aux", "auxpass") for c in token.head.children):
            return False  # "has attacked and occupied the town": the perfect is shared
    elif any(c.dep_ == "nsubj" for c in token.children):
        return False
    return any(c.dep_ == "dobj" and c.i == token.i + 1 and c.pos_ == "NOUN" for c in token.children)


def judged_forecast(token: Any, verdicts: frozenset[str]) -> bool:
    """Are the verb's that-clauses all a judgement of what is to come: "be" with an adjective or a word of
    praise or blame (`verdicts`) as its predicate ("warned that such a ban would be unacceptable", "warned that
    the plan would be a disaster")? CAMEO 13 threatens an act of the speaker's own against a target; saying a
    possible act or policy would be bad threatens nothing (it judges the act, as "said the ban was unacceptable"
    does). An adjective of readiness with its infinitive ("would be ready to strike") still announces an act."""
    clauses = [c for c in token.children if c.dep_ == "ccomp"]
    return bool(clauses) and all(
        c.lemma_.lower() == "be" and any(
            (p.dep_ == "acomp" and p.pos_ == "ADJ" and not any(g.dep_ in ("xcomp", "ccomp") for g in p.children))
            or (p.dep_ == "attr" and p.lemma_.lower() in verdicts) for p in c.children)
        for c in clauses)
