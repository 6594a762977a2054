"""The act a verdict, a plea or a charge names (issue 9 items 3-4, w16verdict): "a jury found the guards guilty of
beating a student", "X was convicted of murdering Y", "X pleaded guilty to bribing Y", "X was accused of
assaulting Y".

The gerund after the finding or the charge ("of beating", "to bribing", "with assaulting", "for attacking") is an
act of its own, done by the one the verdict or charge is of, to the gerund's object. Whether it happened is what
the governing word says:

- a finding (argument_words.tsv kind `finding`: convict, sentence, "guilty", "liable") states it as fact. CAMEO
  116 ("find guilty or liable") is the court's act; the act found is the convicted's, and the PLOVER manual
  (ACCUSE, "When an accusation or allegation is also reported alongside a formal conviction, ACCUSE 'allege'
  should not be coded as these are cases where the allegation was proven to be true") codes it as having
  happened. A negated finding ("found not guilty", "was not convicted") establishes nothing.
- a charge or an accusation (any other coded act the gerund is part of: accuse 112, charge, indict, arrest 173,
  sue 115) only alleges it. The PLOVER manual codes the allegation (ACCUSE, mode "allege": "formally or
  informally accuse; sue, indict, or charge") with the accuser as its actor, not the act alleged; so, as for an
  allegation noun (`sentence._modality`), the act is part of the accusation when the text says who accuses (or
  the state's court or police does: a legal act, `sides.legal_sector`), and hypothetical, with the accused as its
  doer, when nobody is named ("X was accused of raping Y": no accuser, so no ACCUSE event; the act is not
  established). An accusation takes its kind from the act (`accusation_kinds`: "accused X of attacking Y", 1123).

The act may be told as an event noun ("convicted of the murder of Y"; only after a finding). A ruling in favour of
a suit against a party is a ruling against that party (`favoured_suit`).

w18court: a confession or an admission ("confessed to killing Y", "admitted strangling Y") is a finding of one's
own act, as PETRARCH's ADMIT * ATTACKS [190] codes it; a court's ruling that an act is unlawful is a finding
against the act's owner (`unlawful_rulings`); a bare refusal answers the request just made (`refused_requests`)."""
from __future__ import annotations

import dataclasses
from typing import Any

from ...knowledge.cameo import Codebook
from ...knowledge.legal import LegalActs
from ...knowledge.verbs import Frame, VerbPattern, VerbPatterns
from ...records import Actor, Article, Sentence, coded_country_sector
from .. import sides
from ..syntax import agentless_passive, conjuncts, is_negated, is_passive, objects_of, prep_objects
from .drafts import EventDraft, Words
from .frames import frame, phrase_of
from .parties import actor_of_token, phrase_actors, subject_actors

# Closed-class grammar: the prepositions that name the act of a verdict, plea or charge ("guilty of", "pleaded
# guilty to", "charged with", "arrested for", "indicted on charges of" is a noun's and left to `_modality`).
_ACT_PREPS = frozenset({"of", "to", "with", "for"})
# The CAMEO codes of an accusation or a charge: accuse (112 and its 112x), sue (115), and "arrest, detain, or
# charge with legal action" (173); PLOVER's ACCUSE "allege" mode and the arrest on a charge.
_ALLEGING = frozenset({"112", "115", "173"})


def named_act(article: Article, sentence: Sentence, draft: EventDraft, drafts: dict[int, EventDraft],
              matched: dict[int, tuple[Any, VerbPattern]], findings: frozenset[str], legal: LegalActs,
              codebook: Codebook) -> EventDraft | None:
    """The draft of a gerund a verdict or a charge names, with the convicted or accused as its doer (module
    docstring); None when the draft is no such act, is no act of conflict (CAMEO quad classes 3-4: what courts
    convict of and accusers allege), or is part of the accusation."""
    token = draft.token
    entry = codebook.get(draft.code)
    if entry is None or entry.quad_class < 3:
        return None  # "sued for hosting a website": CAMEO's accusations (1121-1125) are of conflict, not of cooperation
    found = _governor(token)
    if found is None:
        return None
    word, verb, accused_head = found
    coded = matched.get(verb.i, (None, None))[1]
    if coded is None or coded.code is None:
        return None  # "fined for speeding", "known for helping": no verdict nor charge the tables know
    accused = _accused(article, sentence, verb, accused_head)
    if not accused:
        return None
    finding = word.lemma_.lower() in findings or verb.lemma_.lower() in findings
    if finding:
        verdict = drafts.get(verb.i)
        if is_negated(verb) or is_negated(word) or verdict is not None and (verdict.negated or verdict.hypothetical):
            # "found not guilty of", "was not convicted of", "if convicted of ...", "could be convicted of":
            # no act established; what the verdict would find stays part of it
            return None
        hypothetical = False
    elif coded.code[:3] not in _ALLEGING:
        return None  # "was thanked for helping", "acquitted of ...": the act is neither found nor alleged
    elif agentless_passive(verb) and sides.legal_sector(verb, legal) is None and not is_negated(verb):
        hypothetical = True  # "was accused of raping Y": nobody accuses, nothing is established
    else:
        return None  # "prosecutors accused X of ...", "was charged with ...": the accusation is the event
    recipients = tuple(r for r in draft.recipients if r not in accused)
    link = "" if token.head.i == word.i else f"{token.head.lower_} "  # the preposition, if any: "guilty of"
    return dataclasses.replace(draft, actors=tuple(accused), recipients=recipients, source_code=None,
                               hypothetical=hypothetical, target_code=None if recipients else draft.target_code,
                               pattern=f"{word.lemma_.lower()} {link}> {draft.pattern}")


def found_by_verdict(token: Any, findings: frozenset[str]) -> bool:
    """Is the token (an event noun: "convicted of the murder of X") what a finding names?"""
    found = _governor(token)
    return found is not None and (found[0].lemma_.lower() in findings or found[1].lemma_.lower() in findings)


def _governor(token: Any) -> tuple[Any, Any, Any | None] | None:
    """For a gerund or an event noun after "of/to/with/for", or a gerund complement ("admitted strangling X"): the
    word it completes ("guilty", "convicted", "admitted"), the verb of that clause, and the noun the preposition
    hangs on when the parser attached it to the verb's object ("convicted the general of ordering ..."), else None
    for that noun."""
    if token.dep_ == "xcomp" and token.tag_ == "VBG" and token.head.pos_ == "VERB":
        return token.head, token.head, None  # "admitted strangling X": the gerund is the verb's own complement
    prep = token.head
    if not (token.dep_ == "pcomp" and token.tag_ == "VBG" or token.dep_ == "pobj" and token.pos_ == "NOUN") \
            or prep.dep_ != "prep" or prep.lower_ not in _ACT_PREPS:
        return None
    word = prep.head
    if word.pos_ == "ADJ" and word.dep_ in ("acomp", "oprd", "ccomp", "xcomp") and word.head.pos_ in ("VERB", "AUX"):
        return word, word.head, next((c for c in word.children if c.dep_ == "nsubj"), None)  # "found X guilty of"
    if word.pos_ == "ADJ" and word.dep_ == "amod" and word.i > word.head.i and word.head.dep_ == "dobj":
        return word, word.head.head, word.head  # "found X guilty of", parsed with "guilty" on X (`frames.frame`)
    if word.pos_ == "VERB":
        return word, word, None
    if word.pos_ in ("NOUN", "PROPN") and word.dep_ == "dobj" and prep.lower_ != "to":
        return word.head, word.head, word  # "convicted the general of ordering": "of" hung on the object
    return None


def _accused(article: Article, sentence: Sentence, verb: Any, head: Any | None) -> list[str]:
    """The actors a verdict or charge is of: the small clause's subject or the misattached object (`head`), else
    the passive's subject, the object, the one it is told of in passing ("X, who was convicted of ...", "X,
    convicted of ..."), and the subject of a plea ("pleaded guilty to")."""
    if head is not None:
        return phrase_actors(article, sentence, head)
    dep = "nsubjpass" if is_passive(verb) else "dobj"
    for child in verb.children:
        if child.dep_ == dep and child.tag_ not in ("WP", "WDT"):
            return phrase_actors(article, sentence, child)
    told_of = sides.told_in_passing(verb)
    if told_of is not None:
        return phrase_actors(article, sentence, told_of)
    if not is_passive(verb):
        for child in verb.children:
            if child.dep_ == "nsubj":  # "X pleaded guilty to": the one who pleads is the one guilty
                return phrase_actors(article, sentence, child)
    return []


# Closed-class grammar: the nouns of "in favour of" / "in favor of".
_FAVOUR = frozenset({"favour", "favor"})


def favoured_suit(article: Article, sentence: Sentence, draft: EventDraft, verbs: VerbPatterns) -> EventDraft:
    """ "The court ruled in favour of the Senate's lawsuit against the governor": to rule for a legal action
    (&LAWSUIT) against X is to rule against X, coded by the verb's own "against" row ("rule against"), with X as
    the target; the suit is its plaintiff's own act (`nouns.own_suit`). The draft unchanged when the verb has no
    such phrase or no "against" row, or the phrase names no party."""
    token = draft.token
    for favour in prep_objects(token).get("in", []):
        if favour.lemma_.lower() not in _FAVOUR:
            continue
        for suit in objects_of(favour, ("of",)):
            if suit.lemma_.lower() not in verbs.members("&LAWSUIT"):
                continue
            against = objects_of(suit, ("against",))
            pattern = verbs.match(Frame(token.lemma_.lower(), frozenset({"against"}), frozenset(),
                                        {"against": tuple(phrase_of(o) for o in against)}))
            losers = [a for o in against for a in phrase_actors(article, sentence, o) if a not in draft.actors]
            if pattern is None or pattern.code is None or not losers:
                continue
            return dataclasses.replace(draft, code=pattern.code, recipients=tuple(losers), target_code=None,
                                       pattern=f"{draft.pattern} > {suit.lemma_.lower()} against => [{pattern.code}]")
    return draft


def accusation_kinds(drafts: dict[int, EventDraft], named: dict[int, EventDraft], legal: LegalActs) -> None:
    """ "Peru accused Chile of attacking its boats": an accusation (112) whose gerund names an act of conflict
    (`named_act` left it part of the accusation) is the accusation of that kind (`LegalActs.accusation`: 1123,
    aggression). Changes `drafts` in place."""
    for i, inner in list(drafts.items()):
        found = _governor(inner.token) if i not in named else None
        accusing = drafts.get(found[1].i) if found is not None else None
        if accusing is None or accusing.code != "112" or accusing is inner:
            continue
        code = legal.accusation(inner.code)
        if code is not None:
            drafts[found[1].i] = dataclasses.replace(accusing, code=code,
                                                     pattern=f"{accusing.pattern} > {inner.pattern} => [{code}]")


# The dependencies under which the parser puts a ruling's verdict on an act: a clause of "be" ("ruled that the ban
# was void", "found the decree to be unlawful"), or the predicate of a small clause ("ruled the decree unlawful",
# which the parser may read as an adverb).
_RULED_CLAUSES = frozenset({"ccomp", "xcomp"})
_RULED_PREDICATES = frozenset({"oprd", "acomp", "ccomp", "xcomp", "advmod"})


def unlawful_rulings(article: Article, sentence: Sentence, words: Words) -> list[EventDraft]:
    """ "The court ruled that the curfew was unconstitutional", "found the decree unlawful", "the order, which the
    court declared null and void", "ruled that Peru had violated the treaty", "found that Peru was liable": a
    court's finding that an act has no force in law, or that a party broke it, is the PLOVER manual's SANCTION
    mode "convict" ("find an entity or behavior guilty, unconstitutional, or liable in a court of law"), CAMEO
    116, against the party or whoever owns the act (the owner the phrase names, the "by" agent of a participle on it,
    else the story's institution that makes such acts: `sides.maker_code`). Only a court rules so: the same
    words from a minister are an accusation (`evaluative.py`, 112). A ruling that an act is lawful, or one told
    with "not", is no finding against anyone."""
    argument = words.argument
    drafts = []
    for verb in sentence.tokens():
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in argument.ruling or is_negated(verb):
            continue
        act = _ruled_unlawful(verb, argument.unlawful | argument.finding)  # "... was liable", "... was guilty"
        if act is None:
            continue
        judges = subject_actors(article, sentence, verb)
        if not judges or not all(is_court(article.actor(j)) for j in judges):
            continue
        recipients = [a for a in phrase_actors(article, sentence, act) if a not in judges]
        target_code = None
        # "declared the government's decree null and void", read as one noun phrase: the act is its modifier
        noun = next((c for c in act.children if c.dep_ == "compound"), act) if act.lemma_.lower() in \
            argument.unlawful else act
        sector = words.evaluative.maker(noun.lemma_.lower())
        if not recipients and sector is not None:
            recipients = [a for agent in sides.act_makers(noun) for a in phrase_actors(article, sentence, agent)
                          if a not in judges]
            target_code = None if recipients else sides.maker_code(article, sector)
        if not recipients and not target_code:
            continue  # "found it to be unlawful": a finding against no one the text or the story names
        drafts.append(EventDraft(verb, sentence, "116", f"{verb.lemma_.lower()} Y unlawful [116]", tuple(judges),
                                 tuple(recipients), target_code))
    return drafts


def is_court(actor: Actor | None) -> bool:
    """Is the actor a court, a judge or a jury (CAMEO sector JUD: "judiciary, courts, prosecutors"), as its sector
    or any three-letter part of its code after the first says ("IGOUNOJUD": the UN's court)?"""
    if actor is None:
        return False
    code = actor.code or ""
    return coded_country_sector(actor.country, actor.sector, actor.code)[1] == "JUD" or "JUD" in {
        code[i:i + 3] for i in range(3, len(code), 3)}


def _ruled_unlawful(verb: Any, unlawful: frozenset[str]) -> Any | None:
    """The head of the act a verb of ruling says is unlawful, or of the party it says broke the law
    (`unlawful_rulings`), or None."""
    for child in verb.children:
        clause = child if child.dep_ in _RULED_CLAUSES and child.lemma_.lower() == "be" else None
        if clause is not None:
            predicates = [c for c in clause.children if c.dep_ in ("acomp", "attr")]
            called = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        elif child.dep_ in _RULED_PREDICATES and child.pos_ == "ADJ" or child.dep_ == "dobj" and child.pos_ in (
                "NOUN", "ADJ") and child.lemma_.lower() in unlawful:
            # "ruled the decree unlawful" (the act the predicate's subject or the verb's object); "declared the
            # decree null and void", read as one noun phrase with the act its modifier
            predicates = [child]
            called = child if child.dep_ == "dobj" else next((c for c in child.children if c.i < child.i and (
                c.dep_ == "nsubj")), None) or next(
                (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i != child.i), None)
        elif child.dep_ == "ccomp" and child.pos_ == "VERB" and child.lemma_.lower() in unlawful:
            # "ruled that Peru had violated the treaty": the one who broke the law is the one found against
            predicates = [child]
            called = next((c for c in child.children if c.dep_ == "nsubj"), None)
        else:
            continue
        if not any(w.lemma_.lower() in unlawful or w.lower_ in unlawful for p in predicates for w in conjuncts(p)):
            continue
        if any(c.dep_ == "neg" for p in predicates for c in (*p.children, *p.head.children)):
            continue  # "found that the ban was not unlawful", "ruled that Peru had not violated the treaty"
        if called is None and verb.dep_ == "relcl":
            called = verb.head  # "the order, which the court ruled to be unconstitutional"
        if called is not None and called.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            called = verb.head
        if called is not None:
            return called
    return None


def confessed(token: Any, findings: frozenset[str]) -> bool:
    """Is the token a gerund that a finding verb takes as its complement ("admitted strangling X")? Its act is
    the one confessed (`named_act`), not part of the admission."""
    return token.dep_ == "xcomp" and token.tag_ == "VBG" and token.head.lemma_.lower() in findings


# Closed-class grammar: the prepositions of "decline" as a fall ("declined by 5%", "declined to 40", "from 50").
_MEASURE_PREPS = frozenset({"by", "to", "from"})


def refused_requests(article: Article, sentence: Sentence, verbs: VerbPatterns, words: Words) -> list[EventDraft]:
    """ "The government asked Judge Vell to delay her ruling. Vell declined.", "... but she refused to stay the
    order": a refusal that names nothing refused (no object; a to-infinitive that is no act of its own against a
    party) refuses what was just asked of its subject, in its sentence or the one before: CAMEO 120 "reject" (a
    request, proposal or demand), against the one who asked (an appeal the verb table codes 02x, with the refuser
    as the one asked). Not a refusal to speak ("declined to comment": a reply to a reporter, no act of politics)."""
    drafts = []
    for verb in sentence.tokens():
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in words.argument.refusal or is_negated(verb) or any(
                c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
            continue
        acts = [c for c in verb.children if c.dep_ == "xcomp"]
        if any(words.cues.verb(a.lemma_.lower()) is not None or any(
                phrase_actors(article, sentence, o) for o in a.children if o.dep_ == "dobj") for a in acts):
            continue  # "declined to comment"; "refused to meet the envoy" is the verb table's (125)
        if any(c.dep_ == "prep" and c.lower_ in _MEASURE_PREPS or c.dep_ in ("npadvmod", "nummod")
               for c in verb.children):
            continue  # "exports declined by 5%": a fall, no refusal
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and actor_of_token(article, sentence, subject) is None:
            continue  # "Chile's exports declined": what falls is no party that was asked
        refusers = subject_actors(article, sentence, verb)
        askers = _askers(article, sentence, verb, refusers, verbs) if refusers else []
        if askers:
            drafts.append(EventDraft(verb, sentence, "120", f"ask Y > {verb.lemma_.lower()} [120]", tuple(refusers),
                                     tuple(askers)))
    return drafts


def _askers(article: Article, sentence: Sentence, refusal: Any, refusers: list[str],
            verbs: VerbPatterns) -> list[str]:
    """Who last asked one of `refusers` to act (`refused_requests`), before `refusal` in its sentence or in the
    sentence before; [] for none."""
    earlier = [s for s in article.sentences() if s.span.end <= sentence.span.start][-1:] + [sentence]
    found: list[str] = []
    for told in earlier:
        for token in told.tokens():
            if told is sentence and token.i >= refusal.i or token.pos_ != "VERB":
                continue
            pattern = verbs.match(frame(token, token.lemma_.lower()))
            if pattern is None or pattern.code is None or pattern.code[:2] != "02" or is_negated(token):
                continue
            asked = [a for c in token.children if c.dep_ in ("dobj", "dative")
                     for a in phrase_actors(article, told, c)]
            if set(asked) & set(refusers):
                found = [a for a in subject_actors(article, told, token) if a not in refusers]
    return found


def untargeted(held: EventDraft | None) -> bool:
    """Is a refusal's own draft (if any) one that names nobody refused ("refused" 120 with no object, "refused to
    stay the order" 010), which the request it answers (`refused_requests`) tells better?"""
    return held is None or not held.recipients and not held.target_code and held.code[:2] in ("01", "12")
