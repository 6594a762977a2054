"""One sentence: every verb and event noun matched and coded, then the transformations between them: intent
and conditionals, refusal and negation, modality, the act a verb governs absorbed into it, the same act told
twice kept once."""
from __future__ import annotations

import dataclasses
from typing import Any

from ...knowledge.argwords import ArgumentWords
from ...knowledge.cameo import Codebook
from ...knowledge.cues import Cues
from ...knowledge.verbdict import VerbDictionary
from ...knowledge.verbs import VerbPattern, VerbPatterns
from ...records import Actor, Article, Sentence
from .. import sides, verbdict
from ..syntax import (addressees, adverbial_gerund, alleged_by_noun, complement_of, coordination, is_conditional,
                      is_negated, is_passive, light_verb_object, misread_control, prep_objects, subtree_span)
from . import appeals, verdicts
from .attribution import attribute, first_person_doer, obligations
from .clauses import FINITE, MODALS, PROPOSING, UNDERTAKINGS, agentless_passive, aside, attributive_participle, \
    by_means, conjoined_infinitive, described_stance, disposition, frequent, generic, generic_doer, generic_object, \
    generic_passive, habitual, has_future, imperative, judged_forecast, modal_clause, neither_nor, noun_complement, \
    only_possible, permission, present_simple, reports, scheduled, subjunctive, subsumed, thanked, untold, \
    wanted_state
from .drafts import EventDraft, Words
from .frames import WH_TAGS, asked_about, interrogative, is_infinitive_complement
from .nouns import nominal_drafts
from .parties import carrying_object, informative, phrase_actors, political, subject_actors
from .tributes import tribute_drafts
from .senses import abstract_target, agrees_with_argument, campaign_money, carried, carried_to_care, causeless_rally, \
    contest, control_of_ground, hazard_warning, ignores_object, in_name, instrument_doer, interview, joins_body, \
    lone_withdrawal, natural_cause, outside_class, person_traded, thanks_following, thing_travels
from .verb import STANCE_ROOTS, match, party_noun, verb_draft, verb_lemma


def sentence_events(article: Article, sentence: Sentence, verbs: VerbPatterns,
                    codebook: Codebook, words: Words, dictionary: VerbDictionary | None = None
                    ) -> list[EventDraft]:
    matched: dict[int, tuple[Any, VerbPattern]] = {}
    for token in sentence.tokens():
        if token.pos_ in ("VERB", "AUX") or _verbal_noun(token):
            lemma = verb_lemma(token, verbs)
            hand = match(article, sentence, token, verbs, lemma) if lemma is not None and (
                token.pos_ != "AUX" or _copula(token)) else None
            # a verb dictionary (generated layer or the user's) may know the verb too: the more specific wins
            roles = verbs.roles(lemma) if lemma else frozenset()
            if dictionary is not None and words.cues.verb(token.lemma_) in ("speech", "writing"):
                roles |= {"cue"}  # a speech verb attributes what it says, whichever table codes it
            pattern = verbdict.choose(token, hand, dictionary, roles, hand_knows=lemma is not None)
            if pattern is not None and not _other_sense(article, sentence, token, pattern, verbs):
                matched[token.i] = (token, pattern)
    drafts: dict[int, EventDraft] = {}
    absorbed: set[int] = set()
    intended_by_noun: dict[int, tuple[Any, EventDraft]] = {}  # a noun's to-infinitive act, by the noun's index
    void: set[int] = set()  # intent verbs whose act is no event ("vowed to fight corruption")
    for i, (token, pattern) in sorted(matched.items()):
        if pattern.code is None:
            continue
        if ignores_object(article, sentence, token, pattern, words.cues, codebook) or outside_class(
                article, sentence, token, pattern, verbs):
            # "released a statement", "attended law school", "deployed the necessary preparations": not the act
            # the bare verb codes
            continue
        if pattern.code[:2] == "04" and interview(article, sentence, token, pattern, verbs.members("&INTERVIEW")):
            continue  # "discussed his plans with the Gazette in an interview": a statement, not a consultation
        if pattern.code == "042" and (thing_travels(article, sentence, token) or carried(token)):
            continue  # "the bronze medal went to Ana": a prize goes to a person; "was flown to a hospital"
        if pattern.code == "073" and carried_to_care(article, sentence, token):
            continue  # "was evacuated to a hospital in Lima": a patient moved, no humanitarian aid
        if pattern.code == "087" and lone_withdrawal(article, sentence, token):
            continue  # "the senator withdrew before the primaries": out of a race, no forces pulled back
        if in_name(token) or _in_actor_name(article, sentence, token) or (
                pattern.code[:2] == "13" and hazard_warning(token, words.argument.hazard)) or (
                pattern.code == "061" and person_traded(article, sentence, token)) or _consequence(token) or untold(
                token) or (
                pattern.code == "030" and agrees_with_argument(article, sentence, token)) or wanted_state(
                token) is not None or attributive_participle(token):
            # "the Occupied Palestinian Territories": a name; "warned of flash floods": no threatened act;
            # "traded him to the Lakers": a player; "..., thereby denying X access": a result, not an act;
            # "seized the boats without warning Peru", "will expel X after rejecting Y": not told as done;
            # "the judge agreed that the law was unfair": a view shared, no intent to cooperate;
            # "wanted all the migrants deported", "would like the troops withdrawn": a state wished for (w21irrealis);
            # "are considered occupied territory": an adjective, no act (w22wrong)
            continue
        if _stance(token, pattern, words.argument):
            # "has the right to strike back", "condemns any form of violence", "thanked his supporters"
            _void_intent(token, verbs, void)
            continue
        if _habit(token) and not _speech_habit(token, pattern.code, codebook) or generic_passive(token) and not \
                _dated(article, sentence, token):
            # "the ministers usually meet in Lima": a habit told in the present, no dated act; "officials are
            # removed after being convicted": a rule
            continue
        quoted = _quoted(article, sentence, token)
        if imperative(token, words.cues, quoted) and not thanked(token) or generic(token) and quoted:
            continue  # "take a knife and attack the police", "'terrorists seek to destroy ...'": no act happened
        if _generic_talk(article, sentence, token, quoted, words.argument):
            _void_intent(token, verbs, void)
            continue  # "people will criticise the church", "you can't criticise the party": no act of a party
        force = pattern.code[:2] in codebook.roots("force")
        if pattern.code[:2] in _CONTESTED and contest(
                token, verbs.members("&CONTEST"), verbs.members("&ELECTION"), verbs.members("&TALLY"),
                verbs.members("&COUNTED") if pattern.code[:2] == "19" else frozenset(), verbs.members("&SURVEY")):
            # "Peru beat Chile in the final", "struck out in the semifinal": sport, no force or strike; "beat her
            # rival in the primary", "would beat him 46 to 40 percent": a vote won; "captured 1,944 delegates",
            # "polls show X beating Y" (w20campaign)
            continue
        if (force or pattern.code[:2] in _ACTED_ROOTS) and instrument_doer(token, words.argument.instrument):
            continue  # "the law has condemned many women to poverty": a law is no actor
        if natural_cause(article, sentence, token, words.argument.hazard, proper_only=not force,
                         mishaps=words.argument.mishap) or (
                force and natural_cause(article, sentence, token, verbs.members("&NONAGENT"))):
            # no actor did it: "a fire killed five girls" (a hazard noun, for force codes),
            # "Hurricane Zeta slammed into the coast" (a named hazard, any code), "video captured him"
            continue
        verbal = _abstract_force(token, pattern.code, verbs, codebook, words.argument)
        if verbal is False:
            # "fighting corruption": a campaign, no force; "attacked the inquiry": words, when the verb has a
            # verbal sense
            _void_intent(token, verbs, void)
            continue
        if pattern.code[:2] == "14" and causeless_rally(token, verbs.members("&RALLY"),
                                                        verbs.members("&PROTESTNOUN")):
            continue  # "held a campaign rally": supporters gathered, nobody protested (PLOVER PROTEST)
        draft = _captured(article, sentence, verb_draft(article, sentence, token, pattern, verbs, codebook), pattern)
        draft = verdicts.favoured_suit(article, sentence, draft, verbs)  # "ruled in favour of X's suit against Y"
        draft = _told_to(article, sentence, draft, matched, words.cues, codebook, verbs.members("&REMARKS"))
        # ("wrote to X, demanding ...")
        if pattern.prep == "ccomp:future" and pattern.code[:2] == "13" and judged_forecast(
                token, words.evaluative.criticism | words.evaluative.crime | words.evaluative.praise):
            continue  # "warned that such a ban would be unacceptable": a judgement, no threat (w22wrong)
        if campaign_money(article, draft):
            continue  # "bankers donated to her", "gave $500 to his campaign": money for a race, no aid (w22wrong)
        if "party" in pattern.roles and pattern.code[:2] in STANCE_ROOTS and not (
                draft.recipients or draft.target_code) and _own(article, sentence, token, pattern, draft):
            continue  # "proud of her achievements": the only party named is the doer; praise of no other
        if not draft.recipients and (names := thanked(token)):
            # "Thank you, Ana Rojas, for ...": the one thanked is named beside "you"
            draft = dataclasses.replace(draft, recipients=tuple(dict.fromkeys(
                a for name in names for a in phrase_actors(article, sentence, name))))
        if verbal:
            draft = dataclasses.replace(draft, code="111", pattern=f"{draft.pattern} > abstract object => [111]")
        user = by_means(token, words.argument.means)
        if user is not None and (doers := subject_actors(article, sentence, user)):
            # "used Instagram to thank fans": the one who uses acts; the medium is no party
            draft = dataclasses.replace(draft, actors=tuple(doers), source_code=None,
                                        recipients=tuple(r for r in draft.recipients if r not in doers))
        head = token.head
        appeal = appeals.appeal(article, sentence, token, draft, words.argument, codebook)
        if appeal is not None:
            drafts[head.i] = appeal  # "wants Peru to withdraw": the wanting is the event
            continue
        if (token.dep_ == "xcomp" or (_is_purpose(token) and "intent" in verbs.roles(head.lemma_.lower()))
                or misread_control(token) and head.i in matched and matched[head.i][1].prep == "xcomp") and (
                head.i in matched and matched[head.i][1].code is not None) and not verdicts.confessed(
                token, words.argument.finding):
            # "threatened to attack", "offered to help", "asked X to help": the head's event covers it
            absorbed.add(i)
            continue
        if token.dep_ != "xcomp" and is_infinitive_complement(head, token) and verbs.takes_infinitive(
                head.lemma_.lower()):
            # "announced plans to impose sanctions", "an offer to help": what the noun intends is not done;
            # the noun's event (or the verb whose object the noun is) takes the act as its content, below
            intended_by_noun[head.i] = (head, draft)
            continue
        clause = token if token.dep_ == "xcomp" else conjoined_infinitive(token)
        if clause is not None and clause.i != token.i:
            # "promised to bomb the camps, close the border and expel the envoys": each conjoined act is one
            # the promise, failure or wish governs, as the first is (the first, absorbed above, is the head's)
            head = clause.head
            if _appealed(article, sentence, clause, draft, matched, words, codebook):
                # w21irrealis: "urged Russia to withdraw its troops and release the sailors", "called on X to
                # release the fishermen and apologize": the conjoined act is asked for too, part of the one appeal
                continue
        if clause is not None and "negate" in verbs.roles(head.lemma_.lower()):
            # "failed to reach agreement", "declined to meet": the act did not happen
            draft = dataclasses.replace(draft, pattern=f"{head.lemma_.lower()} > {draft.pattern}")
            drafts[i] = _negate(draft, codebook, force=True)
            continue
        if token.dep_ == "xcomp" and head.i not in matched and is_negated(head) \
                and head.lemma_.lower() not in _RELUCTANCE:
            # "the efforts did not persuade the leaders to sanction X", "never managed to meet": the act the
            # negated verb governs is not told as done (as "did not sanction"); "did not hesitate to" is
            drafts[i] = dataclasses.replace(draft, negated=True, pattern=f"not {head.lemma_.lower()} > {draft.pattern}")
            continue
        if clause is not None and "intent" in verbs.roles(head.lemma_.lower()) and not _performed(
                head, draft, codebook):
            # "wants to attack", "is ready to send troops": only intended
            intended = codebook.intended(draft.code)
            if intended is not None and intended[:2] == "13" and head.lemma_.lower() in PROPOSING:
                continue  # "has proposed temporarily banning Muslims": a policy put forward, no threat (w22wrong)
            # the intent stated is the act coded (03x/13x); an act with no intent code stays only intended
            draft = dataclasses.replace(
                draft, hypothetical=not intended or is_conditional(head) or not _addressed_intent(draft, intended),
                code=intended or draft.code,
                pattern=f"{head.lemma_.lower()} > {draft.pattern}" + (f" => [{intended}]" if intended else ""))
        drafts[i] = draft
    for i in void:
        drafts.pop(i, None)
    # heads that absorbed an xcomp: refine their code by the act offered, threatened or refused
    for i in sorted(absorbed):
        token = matched[i][0]  # an xcomp, or an advcl the parser gave an intent verb ("have sworn to fight")
        head_draft = drafts.get(token.head.i)
        inner = verb_draft(article, sentence, token, matched[i][1], verbs, codebook)
        if head_draft is None:
            continue
        drafts[token.head.i] = _absorb(head_draft, inner, codebook, words.argument)
    for i in [i for i, d in drafts.items() if appeals.aimless(article, sentence, d, matched, words.argument,
                                                                              words.cues)]:
        del drafts[i]  # "asked people to pray", "asked me to prove it": no political act asked of a party
    for i, draft in list(drafts.items()):
        coded_by = matched.get(i, (None, None))[1]
        if isinstance(coded_by, verbdict.DictionaryPattern) and coded_by.user:
            # the user's verb dictionary writes modality into its patterns ("said would *", "not *"): its
            # coding scheme is taken as written; flag, keep the code
            drafts[i] = _modality(article, sentence, dataclasses.replace(
                draft, hypothetical=draft.hypothetical or has_future(draft.token) or _conditional(draft.token),
                negated=draft.negated or any(c.dep_ == "neg" for c in draft.token.children)), words.argument)
        elif neither_nor(draft.token):
            # "neither Chile nor Peru would endorse Vell": the act denied of both, coded as itself (as "did not")
            drafts[i] = dataclasses.replace(draft, negated=True, pattern=f"neither > {draft.pattern}")
        elif not draft.negated:
            drafts[i] = _negate(_future(_modality(article, sentence, draft, words.argument), codebook), codebook)
    for i in [i for i, d in drafts.items() if _empty_vow(d, codebook)]:
        del drafts[i]  # "I will fight for you": a speaker's pledge against nobody
    _gathered_to_protest(drafts)
    # "was convicted of beating X", "was accused of beating X": the act a verdict or charge names is the
    # convicted's (a fact) or the accused's (hypothetical, when no one accuses), not part of the verdict
    named = {i: found for i, draft in drafts.items() if (found := verdicts.named_act(
        article, sentence, draft, drafts, matched, words.argument.finding, words.legal, codebook)) is not None}
    drafts.update(named)
    verdicts.accusation_kinds(drafts, named, words.legal)  # "accused Chile of attacking its boats": 1123
    for i in [i for i in drafts if i not in named and subsumed(drafts[i].token, matched, verbs, words.cues)
              and not sides.past_legal_act(drafts[i].token, words.legal)]:
        threat = _own_threat(drafts, drafts[i], codebook, words.argument)
        if threat is not None:
            drafts[threat.token.i] = threat
        del drafts[i]
    main = [d.token for d in drafts.values() if not _is_secondary(d.token)] or [
        t for t in sentence.tokens() if t.pos_ == "VERB" and reports(t, words.cues) and not _is_secondary(t)
]
    if main:
        # "blocked roads to press their demands", "... one day after a jet shot down a helicopter": purposes
        # and background clauses serve the main act; they are coded only when nothing else is
        # (a legal act told in passing of someone, "X, who was convicted of fraud in 2012, said ...", is the
        # court's own act, not background to the main one)
        drafts = {i: d for i, d in drafts.items() if not _is_secondary(d.token)
                  or sides.past_legal_act(d.token, words.legal) or aside(d.token)
                  or _what_the_text_does(d.token, drafts, codebook, words.cues) or _undergoer_told(d.token, drafts)
                  or _speaker_who(d.token, words.cues)}
    for draft in nominal_drafts(article, sentence, verbs, matched, words.cues, codebook, words.argument):
        if verdicts.found_by_verdict(draft.token, words.argument.finding):
            found = verdicts.named_act(article, sentence, draft, drafts, matched, words.argument.finding,
                                       words.legal, codebook)
            if found is None:
                continue  # "found not guilty of the murder of X": the noun's act is not established
            draft = found
        if _habit(draft.token):
            continue  # "G7 meetings usually center on politics": what such meetings are like, no meeting
        if draft.code == "050" and draft.token.lemma_.lower() in _JOINING and not joins_body(
                article, sentence, draft.token, verbs.members("&ALLIANCE")):
            continue  # "the king's accession to the throne": no state joins a body of states
        _, inner = intended_by_noun.pop(draft.token.i, (None, None))
        if inner is not None:
            draft = _absorb(draft, inner, codebook, words.argument)  # "plans to impose sanctions on X" (13x)
        elif "intent" in verbs.noun_roles(draft.token.lemma_.lower()) and any(
                is_infinitive_complement(draft.token, c) for c in draft.token.children):
            continue  # "announced plans to build a stadium": no act is intended ("threats against X" stay)
        verbal = _abstract_force(draft.token, draft.code, verbs, codebook, words.argument)
        if verbal is False:
            continue  # "the war on poverty": a campaign, no force
        if verbal:  # "his attacks on mail-in voting": words
            draft = dataclasses.replace(draft, code="111", pattern=f"{draft.pattern} > abstract object => [111]")
        drafts.setdefault(draft.token.i, _planned(_clause_modality(article, sentence, draft, words.argument), codebook))
    for noun, inner in intended_by_noun.values():
        verb = light_verb_object(noun)
        if verb is not None and verb.i in drafts:
            # "expressed willingness to meet X": the verb's own intent row takes the act it intends
            drafts[verb.i] = _absorb(drafts[verb.i], inner, codebook, words.argument)
    for draft in tribute_drafts(article, sentence, drafts, words.argument):
        drafts.setdefault(draft.token.i, draft)  # "in memory of X", mourning for the story's deceased
    for draft in verdicts.unlawful_rulings(article, sentence, words):
        drafts.setdefault(draft.token.i, draft)  # "the court ruled that the curfew was unconstitutional": 116
    for draft in verdicts.refused_requests(article, sentence, verbs, words):
        if verdicts.untargeted(drafts.get(draft.token.i)):
            drafts[draft.token.i] = draft  # "X asked Vell to delay her ruling. Vell declined.": 120 against X
    for draft in appeals.evaluations(article, sentence, words, tuple(drafts.values())):
        drafts.setdefault(draft.token.i, draft)
    for draft in appeals.judged_acts(article, sentence, words):
        drafts.setdefault(draft.token.i, draft)  # "said it was inappropriate for X to criticise Y": 111 against X
    for inner, draft in appeals.for_appeals(article, sentence, verbs, matched, codebook):
        drafts.pop(inner, None)  # what is appealed for is not done
        drafts[draft.token.i] = draft
    attributed = attribute(article, sentence, drafts, matched, words.cues, codebook)
    attributed += obligations(article, sentence, words.cues, set(matched))
    attributed += [r for d in attributed if (r := _reciprocal(d, matched)) is not None]
    # a direct question asserts no act: what it asks about is neither reported nor announced, so it is no
    # event (not even a hypothetical one, which would read as a conditional the text states)
    attributed = [d for d in attributed if not interrogative(d.token) and not asked_about(d.token, words.cues)
                  and not _questioned(d.token) and not _only_possible(d) and not _thing_would(article, d)
                  and not subjunctive(d.token) and not _announced_undone(d)]
    # (w21irrealis: an act in a mandative subjunctive, "demands Ana Tell resign", is asked for, not done: the
    # demand is its speaker's (`attribution.obligations`, or the verb's own row); what is left names no asker)
    return _dedupe(article, attributed, codebook.roots("claimed"))  # 18-20: the violence one attack tells


# CAMEO 11 (disapprove) and 17 (coerce), beside the force roots: acts of a doer who blames or coerces; and 07
# (provide aid) and 08 (yield): "the law allowed three days for ...", "the policy provides airlines with 45
# days" name what a rule permits, not an actor who gave or conceded it.
_ACTED_ROOTS = frozenset({"11", "17", "07", "08"})
# CAMEO's roots of what a contest of sport is told with: protest (14, a strike-out is no strike), assault (18) and
# fight (19, a team "beat" or "crushed" another), mass violence (20).
_CONTESTED = frozenset({"14", "18", "19", "20"})
# The verbs and nouns of joining a body (the w19violence blocks of verb_patterns.tsv and nominal_events.tsv,
# PETRARCH JOIN * COALITION [050]): only a state joining an organisation of states (`senses.joins_body`).
_JOINING = frozenset({"join", "become", "accede", "accession"})


def _other_sense(article: Article, sentence: Sentence, token: Any, pattern: VerbPattern, verbs: VerbPatterns) -> bool:
    """Is the verb used in a sense its row does not code, so that it is no act at all (nor a head that other acts
    hang on)? Control taken of no ground ("took control of the House": CAMEO 192 occupies territory), a joining of
    no body of states by no state ("joined the calls for ...", "Vell joined the army": PETRARCH JOIN * COALITION)."""
    if pattern.code == "192":
        return not control_of_ground(article, sentence, token, pattern, verbs.members("&GROUND"))
    return pattern.code == "050" and token.lemma_.lower() in _JOINING and not joins_body(
        article, sentence, token, verbs.members("&ALLIANCE"))


# CAMEO 04, consult: a call, a visit or a meeting is contact with whom it names, as speech is with its addressee.
# CAMEO 01, public statement: no PLOVER event; a participle that only says ("..., saying that ...") attributes.
_CONTACT, _STATEMENT = "04", "01"


def _told_to(article: Article, sentence: Sentence, draft: EventDraft, matched: dict[int, tuple[Any, VerbPattern]],
             cues: Cues, codebook: Codebook, texts: frozenset[str]) -> EventDraft:
    """A participle of a verbal act set off after a verb of speech or contact ("wrote to the Peruvian president,
    demanding that the prisoners be released", "telephoned his counterpart, urging him to ...", "sent a letter to
    X, demanding ...": a verb whose object is one of `texts`, verb_patterns.tsv's &REMARKS) shares its
    clause's subject (`syntax.adverbial_gerund`) and, naming no one of its own, is addressed to whom the verb
    is: what was written or said to X demands, urges or accuses of X (CAMEO's performative acts, done by
    saying them, are between the speaker and the one spoken to)."""
    found = adverbial_gerund(draft.token)
    if found is None or found[1] or draft.recipients or draft.target_code or draft.code[:2] == _STATEMENT \
            or draft.code[:2] not in codebook.roots("performative"):
        return draft
    verb = found[0]
    if any(p.dep_ == "prep" and any(o.dep_ == "pcomp" and o.tag_ == "VBG" for o in p.children) for p in verb.children):
        # "accused X of trying to pressure Y, threatening to ...": the participle may go on with the act the verb's
        # gerund tells, another's
        return draft
    contact = matched.get(verb.i, (None, None))[1]
    sent = any(c.dep_ == "dobj" and c.lemma_.lower() in texts for c in verb.children)  # "sent a letter to X, ..."
    if not reports(verb, cues) and not sent and not (contact is not None and (contact.code or "")[:2] == _CONTACT):
        return draft
    told = [a for noun in addressees(verb) for a in phrase_actors(article, sentence, noun) if a not in draft.actors]
    if not told:
        return draft
    return dataclasses.replace(draft, recipients=tuple(dict.fromkeys(told)),
                               pattern=f"{verb.lemma_.lower()} X, {draft.pattern}")


def _stance(token: Any, pattern: VerbPattern, argument: ArgumentWords) -> bool:
    """What a clause says of a right, a permission, a standing policy or a class of acts, no act done: an act
    that is the to-infinitive or "of"-gerund of a noun of standing ("the right to strike back", "a policy of not
    negotiating"); a permission with no one who gives it ("were allowed to vote"); a stance towards a generic
    object or a standing one ("rejects any form of interference", "has always supported"); thanks to one's own
    following ("thanked his supporters")."""
    noun = noun_complement(token)
    if noun is not None and noun.lemma_.lower() in argument.standing:
        return True
    root = pattern.code[:2] if pattern.code else ""
    return (root == "08" and permission(token)) or (
        root in STANCE_ROOTS and (generic_object(token) or disposition(token) or _lasting(token)
                                  or described_stance(token, pattern.code == "051" or root == "12"))) or (
        root == "05" and thanks_following(token, argument.following))


def _dated(article: Article, sentence: Sentence, token: Any) -> bool:
    """Does the verb's clause name a date or a time ("are arrested on Friday": a scheduled or reported act)?"""
    return any(t.type in ("DATE", "TIME") for t in article.times_in(subtree_span(sentence, token)))


def _generic_talk(article: Article, sentence: Sentence, token: Any, quoted: bool, argument: ArgumentWords) -> bool:
    """An act told under a modal of a generic doer (`clauses.generic_doer`): what a class of people will, would
    or can do. A bare plural is a party when it names one of politics (`parties.political`: "Chilean troops will
    withdraw", "police will investigate", "rebels will attack": a state's or a movement's own body, told as
    news tells it) or when the clause dates the act ("protesters will march on Friday": a planned event, which
    the PLOVER manual codes as announced); otherwise it is the class ("women will attack you")."""
    kind = generic_doer(token, quoted)
    if kind != "plural":
        return kind == "class"
    verb = modal_clause(token)[0]
    if _dated(article, sentence, verb):
        return False
    return not any(political(article.actor(a), argument) for a in subject_actors(article, sentence, verb))


# Closed-class grammar: verbs of reluctance, whose negation asserts the act ("did not hesitate to strike").
_RELUCTANCE = frozenset({"hesitate"})


# Closed-class: nouns of an open question, whose whether-clause asks ("doubts about whether X sent troops", "the
# question whether X will attack").
_QUESTION_NOUNS = frozenset({"question", "doubt", "uncertainty", "mystery"})


def _questioned(token: Any) -> bool:
    """Is the act what an open yes/no question asks: a whether- or if-clause on a noun of question, as its
    subject's clause or through a preposition ("doubts about whether X sent troops", "questions remain whether X
    received aid")? Like a question asked (`frames.asked_about`), it asserts neither answer. A wh-question
    ("questions remain how much aid X received") presupposes its act and is left alone."""
    current = token
    for _ in range(4):
        if current.dep_ in ("ccomp", "pcomp", "acl", "advcl") and any(
                c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in current.children):
            head = current.head
            nouns = [head, head.head, *(c for c in head.children if c.dep_ in ("nsubj", "attr"))]
            if any(n.pos_ == "NOUN" and n.lemma_.lower() in _QUESTION_NOUNS for n in nouns):
                return True
        if current.dep_ not in ("conj", "xcomp"):
            return False
        current = current.head
    return False


def _habit(token: Any) -> bool:
    """Is the act, or the event noun that is its clause's subject, told as a habit in the present simple, with
    an adverb of disposition or frequency (`clauses.disposition`, `clauses.frequent`: "the ministers usually meet
    in Lima", "G7 meetings usually center on politics", "the seats are often held by X")? It says what such acts
    are like or how often they happen, no dated act (CAMEO and PLOVER code reported happenings)."""
    verbs = [token]
    if token.pos_ in ("NOUN", "PROPN"):
        # the verb the noun is the subject of, or one the parser hangs on the noun ("G7 meetings usually center")
        verbs = [token.head] if token.dep_ in ("nsubj", "nsubjpass") else []
        verbs += [c for c in token.children if c.dep_ in ("acl", "relcl")]
    return any(present_simple(verb) and (disposition(verb) or frequent(verb)) for verb in verbs)


def _speech_habit(token: Any, code: str, codebook: Codebook) -> bool:
    """Is the habit a named party's speech act ("X and Y often blame China for ...", "X regularly accuses Peru of
    ...")? Blame, accusation, praise or appeal is done in words each time it is said (CAMEO's performative roots:
    02, 10, 11, 12, 13 ...), so the article reports the act itself; a class of speakers ("officials often
    blame ...", a bare plural) states a general practice, as "the ministers usually meet in Lima" does."""
    if code[:2] not in codebook.roots("performative") or token.pos_ != "VERB":
        return False
    return any(c.dep_ == "nsubj" for c in token.children) and not generic(token)


def _only_possible(draft: EventDraft) -> bool:
    """An act told as only possible or required (`clauses.only_possible`: "somebody could get shot", "the bill
    must be signed by the president", "has to be approved by the senate"), or scheduled for a party in the
    passive ("X is to be sentenced in June"), is no event: no act happened, and none was announced or
    threatened. What a speaker says another must do is already the speaker's demand (`attribution`: its trigger
    is the speech verb); a negated modal is a refusal or a negation ("cannot accept"), and one with a condition
    ("could strike if ...") a threat (`_future`); a user's dictionary writes its own modality."""
    if draft.foreign or draft.negated or is_negated(draft.token) or _conditional(draft.token):
        return False
    # "X is to be sentenced in June": a step scheduled for someone, which nobody announces as their own act
    return only_possible(draft.token) is not None or (scheduled(draft.token) and is_passive(draft.token))


def _thing_would(article: Article, draft: EventDraft) -> bool:
    """Is the act a thing's, told in the future or the conditional ("the state of emergency would allow him to
    act", "the imposition of citizenship would fail to recognise X's sovereignty", "the deal will allow Chile to
    export gas")? What a thing would do is its effect, neither an act nor an actor's announced intent (03x, 13x:
    intent is an actor's). The subject is a common noun that names no party (`verb.party_noun`), or the relative
    pronoun of one; a passive's subject undergoes the act and says nothing of its doer."""
    found = modal_clause(draft.token)
    if draft.foreign or found is None or found[1] not in ("will", "would") or is_passive(draft.token):
        # "the accord would have to be ratified by X": the raising verb's subject is the passive's, who undergoes
        return False
    verb = found[0]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects and all(s.tag_ in WH_TAGS for s in subjects):
        # "a state of emergency, which would allow him ...", "..., which he said would allow him ...": the
        # relative pronoun stands for the noun its clause modifies
        clause = verb
        while clause.dep_ == "ccomp" and clause.head.i != clause.i:
            clause = clause.head
        subjects = [clause.head] if clause.dep_ == "relcl" else []
    # (a capitalised noun with no determiner may be a name the tagger took for a noun: "Brumia will expel ...")
    return bool(subjects) and all(s.pos_ == "NOUN" and not party_noun(article, draft.sentence, s, own=True)
                                  and not (s.is_title and not any(c.dep_ == "det" for c in s.children))
                                  for s in subjects)


def _performed(head: Any, draft: EventDraft, codebook: Codebook) -> bool:
    """ "I want to thank X", "we wish to condemn ...": a speaker's own wish in the present to do a performative
    act (codebook class "performative": thanks, appeals, condemnation ... done by saying them) does it in the
    saying; the act is coded as itself, not as an intention (032)."""
    return draft.code[:2] in codebook.roots("performative") and head.tag_ == "VBP" and any(
        c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in head.children)


def _empty_vow(draft: EventDraft, codebook: Codebook) -> bool:
    """A speaker's own announced force against nobody ("I will fight for you", "we will fight to the end"): a
    threat (13x) is made against a target (CAMEO 13 "threaten"; PLOVER THREATEN "against target"), and a
    first-person pledge with none is campaign talk, no event."""
    return draft.code[:2] == "13" and draft.hypothetical and not (draft.recipients or draft.target_code) \
        and draft.pattern.startswith("will ") and first_person_doer(draft.token)


def _void_intent(token: Any, verbs: VerbPatterns, void: set[int]) -> None:
    """An intent verb whose to-infinitive is no event ("vowed to fight corruption", "pledged to fight the virus")
    promises nothing CAMEO codes: its own row (030, intent to cooperate) would code an empty promise. Adds the
    intent verb to `void`."""
    if token.dep_ == "xcomp" and "intent" in verbs.roles(token.head.lemma_.lower()):
        void.add(token.head.i)


def _gathered_to_protest(drafts: dict[int, EventDraft]) -> None:
    """ "Thousands gathered in the capital to protest the tax": a gathering (04) whose purpose is a protest
    (14) is the protest, as PLOVER defines it ("rally, gather to protest a policy"); the gathering's verb is
    its trigger, so the purpose clause does not drop as secondary. Changes `drafts` in place."""
    for i, draft in sorted(drafts.items()):
        head = drafts.get(draft.token.head.i)
        if drafts.get(i) is not draft or head is None or head is draft or not _is_purpose(draft.token) \
                or draft.code[:2] != "14" or head.code[:2] != "04":
            continue
        drafts[head.token.i] = dataclasses.replace(
            draft, token=head.token, actors=draft.actors or head.actors, symmetric=False,
            pattern=f"{head.pattern} > {draft.pattern}")
        del drafts[i]


def _reciprocal(draft: EventDraft, matched: dict[int, tuple[Any, VerbPattern]]) -> EventDraft | None:
    """A dictionary pattern's second code ("[032:033]": X visits Y, Y hosts X): the event the other way."""
    pattern = matched.get(draft.token.i, (None, None))[1]
    if not isinstance(pattern, verbdict.DictionaryPattern) or not pattern.reverse or draft.code != pattern.code:
        return None
    if pattern.reverse == "---" or not draft.actors or not draft.recipients:
        return None
    return dataclasses.replace(draft, code=pattern.reverse, actors=draft.recipients, recipients=draft.actors,
                               pattern=f"{draft.pattern} <=> [{pattern.reverse}]")


def _captured(article: Article, sentence: Sentence, draft: EventDraft, pattern: VerbPattern) -> EventDraft:
    """A dictionary pattern that marks its source ("$") or target ("+") word says who they are."""
    if not isinstance(pattern, verbdict.DictionaryPattern):
        return draft
    doc = draft.token.doc
    if pattern.source_at is not None:
        found = phrase_actors(article, sentence, doc[pattern.source_at])
        if found:
            draft = dataclasses.replace(draft, actors=tuple(found), source_code=None,
                                        recipients=tuple(r for r in draft.recipients if r not in found))
    if pattern.target_at is not None:
        found = phrase_actors(article, sentence, doc[pattern.target_at])
        if found:
            draft = dataclasses.replace(draft, recipients=tuple(f for f in found if f not in draft.actors),
                                        target_code=None)
    if pattern.compound_at is not None:
        # "%" (PETRARCH's compound actor) names a coordination. Before the verb ("X and Y have postponed *")
        # the parties act on each other, whatever else the verb phrase names; after it ("agrees with % *")
        # every party is a target
        parties = phrase_actors(article, sentence, coordination(doc[pattern.compound_at]))
        if len(parties) > 1 and pattern.compound_at < draft.token.i:
            return dataclasses.replace(draft, actors=tuple(parties), recipients=(), target_code=None,
                                       source_code=None, symmetric=True, foreign=pattern.user)
        if len(parties) > 1:
            draft = dataclasses.replace(draft, recipients=tuple(p for p in parties if p not in draft.actors),
                                        target_code=None)
    if not draft.recipients and len(draft.actors) > 1 and pattern.reverse == pattern.code:
        # a pattern that codes the same act both ways ("[064:064]"), with several parties and no target ("X
        # and Y renewed ties"): the parties act on each other
        return dataclasses.replace(draft, symmetric=True, foreign=pattern.user)
    if not draft.recipients:
        # PETRARCH's target: the first actor in the verb phrase, however deep ("clashed over the efforts
        # of X"), when no slot of the verb holds one; an actor before a place's country
        end = max(t.i for t in draft.token.subtree)
        start, stop = sentence.token_span(draft.token).end, sentence.token_span(doc[end]).end
        inside = [a for a in article.actors if a.id not in draft.actors and any(
            start <= m.span.start and m.span.end <= stop for m in a.mentions)]
        if inside:
            first = min(inside, key=lambda a: min(m.span.start for m in a.mentions if m.span.start >= start))
            # and the parties coordinated with it ("ties between X and Y")
            listed = [a for a in _listed_with(article, sentence, first, start, stop) if a not in draft.actors]
            draft = dataclasses.replace(draft, recipients=tuple(listed) or (first.id,), target_code=None)
    return dataclasses.replace(draft, foreign=pattern.user)


def _listed_with(article: Article, sentence: Sentence, actor: Actor, start: int, stop: int) -> list[str]:
    """The actors of the coordinated phrase whose first mention inside [start, stop) is `actor`'s."""
    mention = min((m.span for m in actor.mentions if start <= m.span.start and m.span.end <= stop),
                  key=lambda span: span.start)
    heads = [t for t in sentence.tokens() if mention.contains(sentence.token_span(t))
             and not mention.contains(sentence.token_span(t.head))]
    return phrase_actors(article, sentence, heads[0]) if len(heads) == 1 else []


def _dedupe(article: Article, drafts: list[EventDraft], violence: frozenset[str] = frozenset()
            ) -> list[EventDraft]:
    """One act told twice in a sentence ("bombarded the city, killing eight"): keep the most informative. Acts
    listed as coordinated finite verbs with codes of their own ("declared a state of emergency, closed the
    schools and banned gatherings") are several measures, not one told twice; a string of force verbs
    ("shelled the town and killed five") still tells one attack."""
    def whose(draft: EventDraft) -> bool:  # do the targets say whose they are (a country), not just "people"?
        return bool(draft.target_code) or any(
            (actor := article.actor(r)) is not None and informative(actor) for r in draft.recipients)

    kept: dict[tuple[Any, ...], EventDraft] = {}
    order: list[tuple[Any, ...]] = []
    for draft in drafts:
        if not draft.actors:
            key = (draft.code[:2], (f"@{draft.token.i}",), draft.negated)
        else:
            key = (draft.code[:2], tuple(sorted(draft.actors)), draft.negated)
        earlier = kept.get(key)
        if earlier is not None and earlier.code != draft.code and draft.code[:2] not in violence \
                and _listed_acts(earlier.token, draft.token):
            key = key + (f"@{draft.token.i}",)
            earlier = kept.get(key)
        if earlier is not None and earlier.recipients and draft.recipients and earlier.recipients != draft.recipients:
            if whose(earlier) and not whose(draft):
                continue  # "bombarded Syria's city, killing eight people": the victims are the same act's
            if whose(draft) and not whose(earlier):
                kept[key] = draft
                continue
            key = key + (f"@{draft.token.i}",)  # same act, other targets: both stay
            earlier = None
        if earlier is None:
            kept[key] = draft
            order.append(key)
        elif not (earlier.recipients or earlier.target_code) and (draft.recipients or draft.target_code):
            kept[key] = draft
    return [kept[key] for key in order]


def _abstract_force(token: Any, code: str, verbs: VerbPatterns, codebook: Codebook, words: ArgumentWords
                    ) -> bool | None:
    """A verb or event noun of force whose objects are all abstract (`senses.abstract_target`: "fighting
    corruption", "attacked the inquiry", "attacks on mail-in voting"): True when its word has a verbal sense (a
    criticism row, CAMEO 111, in the verb table: the attack is in words), False when it has none (a campaign,
    no event); None when the act is no such force."""
    if code[:2] not in codebook.roots("claimed") or not abstract_target(
            token, words.abstract | words.instrument | words.quarry):
        return None
    return any(row.code == "111" for row in verbs.by_verb.get(token.lemma_.lower(), ()))


# Closed-class grammar: adjectives that put an event noun's act ahead ("the planned trip", "an upcoming summit")
# or call it off ("the cancelled visit").
_AHEAD_ADJECTIVES = frozenset({"planned", "proposed", "scheduled", "upcoming", "forthcoming", "prospective",
                               "intended", "future"})
_CALLED_OFF = frozenset({"cancelled", "canceled", "postponed", "aborted", "abandoned", "scrapped"})
# Closed-class grammar: verbs that end or give up what their object names ("ended its aid to X", "withdrew her
# support for X", "dropped his opposition to X", "backed away from his support for X"). The act the noun names
# stops, it is not done: CAMEO codes the ending by the verb's own row where it has one ("suspended talks": 164
# halt negotiations; "cut aid": 162), never as the act it ends.
_ENDING_VERBS = frozenset({"end", "withdraw", "drop", "abandon", "cancel", "scrap", "halt", "stop", "suspend",
                           "revoke", "rescind", "retract", "renounce", "relinquish", "terminate", "discontinue"})
_ENDING_PARTICLES = {"back": "away", "walk": "away", "pull": "back", "call": "off"}
# w21irrealis. Closed-class grammar: verbs that put off or keep from happening what their object names ("deferred
# deportations", "postponed the talks", "prevented the attack"): the act is not done, as one called off is not.
_DEFERRING_VERBS = frozenset({"defer", "postpone", "delay", "prevent", "avert", "forestall", "block"})


def _planned(draft: EventDraft, codebook: Codebook) -> EventDraft:
    """An event noun whose act is ahead ("Trump's planned trip to Warsaw", "the upcoming summit") is intended,
    as a verb's act that is planned ("plans to visit"): PLOVER codes "references to future meetings, summits,
    state visits" as AGREE, CAMEO as intent (03x; 13x for force), hypothetical. One called off ("the cancelled
    visit", "the planned trip, which was later cancelled") did not happen: negated."""
    said = {c.lower_ for c in draft.token.children if c.dep_ in ("amod", "compound")}
    # "the trip to Warsaw, which was cancelled": the parser may hang the relative on the noun's object (w17wrong)
    nouns = [draft.token, *(o for p in draft.token.children if p.dep_ == "prep" for o in p.children
                            if o.dep_ == "pobj")]
    said |= {c.lower_ for n in nouns for c in n.children if c.dep_ == "relcl" and c.lower_ in _CALLED_OFF}
    said |= _scheduling(draft.token)
    if said & _CALLED_OFF:
        return dataclasses.replace(draft, negated=True, pattern=f"{min(said & _CALLED_OFF)} > {draft.pattern}")
    ending = _ending_verb(draft.token)
    if ending is None:
        # "a program deferring deportations" parsed with the participle on the noun: the act is put off all the same
        ending = next((c for c in draft.token.children if c.dep_ in ("amod", "acl") and c.tag_ == "VBG"
                       and c.i < draft.token.i and c.lemma_.lower() in _ENDING_VERBS | _DEFERRING_VERBS), None)
    if ending is not None:
        return dataclasses.replace(draft, negated=True, pattern=f"{ending.lemma_.lower()} > {draft.pattern}")
    if not said & _AHEAD_ADJECTIVES:
        return draft
    intended = codebook.intended(draft.code)
    return dataclasses.replace(draft, hypothetical=not intended or not _addressed_intent(draft, intended),
                               code=intended or draft.code, pattern=f"{min(said & _AHEAD_ADJECTIVES)} > {draft.pattern}"
                               + (f" => [{intended}]" if intended else ""))


# w22missed. Closed-class grammar: participles that put an act on the calendar ("the meeting was scheduled for
# Dec. 28", "a summit set for June", "talks slated for Monday").
_SCHEDULING = {"schedule": "scheduled", "plan": "planned", "set": "scheduled", "slate": "scheduled"}


def _scheduling(noun: Any) -> set[str]:
    """ "scheduled" when the event noun is told as put on the calendar by a passive participle: the subject of
    "was scheduled", or a noun with the participle after it ("a meeting scheduled for June"); as
    "the scheduled meeting" is (`_AHEAD_ADJECTIVES`), PLOVER's reference to a future meeting. Empty otherwise."""
    verbs = [noun.head] if noun.dep_ == "nsubjpass" else []
    verbs += [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    return {_SCHEDULING[v.lemma_.lower()] for v in verbs if v.tag_ == "VBN" and v.lemma_.lower() in _SCHEDULING
            and not is_negated(v)}


def _ending_verb(noun: Any) -> Any | None:
    """The verb that ends or gives up the act an event noun names, or None: the noun is its object ("ended its
    aid", "withdrew her support") or the object of "from" after a particle of retreat ("backed away from his
    support", "walked away from the talks")."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "from":
        verb = verb.head
        if verb.dep_ == "advmod" and verb.head.pos_ == "VERB":  # "backed away from": "away" hangs on the verb
            verb = verb.head
        particles = {c.lower_ for c in verb.children if c.dep_ in ("advmod", "prt")}
        return verb if _ENDING_PARTICLES.get(verb.lemma_.lower()) in particles else None
    if noun.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in _ENDING_VERBS | _DEFERRING_VERBS:
        return verb
    return None


def _in_actor_name(article: Article, sentence: Sentence, token: Any) -> bool:
    """Is the verb a word inside an actor's name, as the actors stage found it ("the Committee to Protect
    Journalists", "the Campaign to Stop Killer Robots")? A name is no act (`senses.in_name` does the same for
    a capitalised modifier the parser tags inside a named entity). Only a word with name words on both sides:
    a name that ends or starts on the verb may be the recogniser's overreach ("Modi Announced")."""
    trigger = sentence.token_span(token)
    return any(m.how == "name" and m.span.start < trigger.start and trigger.end < m.span.end
               for actor in article.actors_at(trigger) for m in actor.mentions)


def _listed_acts(first: Any, second: Any) -> bool:
    """Are the two verbs finite and coordinated, one a conjunct of the other or of the same chain (the parser
    may hang a list's middle verb as an adverbial clause: "declared X, shut Y, and banned Z")?"""
    if first.tag_ not in FINITE or second.tag_ not in FINITE or first.i == second.i:
        return False
    def chain(token: Any) -> Any:
        while token.dep_ in ("conj", "advcl") and token.head.i != token.i and token.head.pos_ == "VERB":
            token = token.head
        return token
    return chain(first).i == chain(second).i


def _own(article: Article, sentence: Sentence, token: Any, pattern: VerbPattern, draft: EventDraft) -> bool:
    """Are the actors the row's target phrases name all the doer's own ("proud of her record")?"""
    objects = prep_objects(token)
    named = {a for slot in pattern.targets for noun in objects.get(slot, [])
             for a in phrase_actors(article, sentence, noun)}
    return bool(named) and named <= set(draft.actors)


def _copula(token: Any) -> bool:
    """A copula with a predicate adjective ("we are grateful to X", "I am sorry for ..."): the tagger calls
    "be" an auxiliary even as the clause's own verb; rows of "be" with an adjective object (a feeling, as
    verb_patterns.tsv's w16feel block) code it. An auxiliary of another verb ("has attacked") is none."""
    return token.dep_ not in ("aux", "auxpass") and any(c.dep_ == "acomp" for c in token.children)


def _lasting(token: Any) -> bool:
    """A copula's feeling in the perfect ("has been critical of X", "had long been grateful to X"): a state held
    over time, no act of a day (as "has always supported" is a disposition)."""
    return _copula(token) and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in token.children)


def _verbal_noun(token: Any) -> bool:
    """A verb the tagger took for a noun ("rose to toast X"): it has a clause's dependents."""
    return token.pos_ == "NOUN" and token.dep_ in ("advcl", "xcomp", "ccomp", "relcl", "conj") and any(
        c.dep_ in ("aux", "nsubj", "neg") for c in token.children)


# GDELT's QuadClass of verbal conflict (10-13: demand, disapprove, reject, threaten)
_VERBAL_CONFLICT = 3


def _absorb(head: EventDraft, inner: EventDraft, codebook: Codebook, words: ArgumentWords) -> EventDraft:
    """A coded verb with a to-infinitive: threaten/offer/refuse take their code from the act; appeals
    ("urged Y to release") become the appeal for that act; consent to yield ("agreed to lift the
    sanctions") is the yielding itself (CAMEO 08)."""
    root = head.code[:2]
    code = head.code
    if head.token.lemma_.lower() in words.yield_ and inner.code[:2] == "08":
        return dataclasses.replace(
            inner, token=head.token, actors=head.actors or inner.actors,
            recipients=inner.recipients or head.recipients, hypothetical=False, promised=True,
            pattern=f"{head.pattern} > {inner.pattern} => [{inner.code}]")
    if root == "02" and head.code == "020" and inner.code[:2] not in codebook.roots("force") | {"13"}:
        code = codebook.requested(inner.code)  # "urged Y to withdraw" (025), "asked Y to meet" (026)
    elif (root == "13" and inner.code[:2] in codebook.roots("force")) or (
            root == "03" and inner.code[:2] in codebook.roots("force") | codebook.roots("cooperative")):
        # "threatened to impose sanctions" (131), "offered to help" (033), "vowed to fight" (138)
        code = codebook.intended(inner.code) or head.code
    elif root == "12":
        refused = codebook.refused(inner.code)
        entry = codebook.get(inner.code)
        if refused is None and entry is not None and entry.quad_class == _VERBAL_CONFLICT:
            # "refused to condemn the attack", "declined to disavow Vell's endorsement": declining to blame or
            # reject rejects nothing (CAMEO's 12x refuse cooperation, demands and proposals); the act itself did
            # not happen, as with "did not condemn": negated, never its opposite. Not a material act ("refused to
            # deploy peacekeepers" refuses what was asked: a rejection)
            return dataclasses.replace(
                inner, token=head.token, actors=head.actors or inner.actors,
                recipients=inner.recipients or head.recipients, negated=True, hypothetical=False,
                pattern=f"{head.pattern} > {inner.pattern} => not [{inner.code}]")
        code = refused or head.code
    recipients = head.recipients or inner.recipients
    target_code = head.target_code or (None if head.recipients else inner.target_code)
    pattern = head.pattern + f" > {inner.pattern}" + (f" => [{code}]" if code != head.code else "")
    return dataclasses.replace(head, code=code, recipients=recipients, target_code=target_code, pattern=pattern)


def _own_threat(drafts: dict[int, EventDraft], inner: EventDraft, codebook: Codebook, words: ArgumentWords
                ) -> EventDraft | None:
    """ "X warned it could strike Y": a threat (13x) whose that-clause is the speaker's own force: the code
    and the target are those of the act threatened (as "threatened to strike Y"). The clause's doer must be
    the speaker or no other actor ("it", "they"); "warned that Y would attack" stays a warning about Y."""
    token = inner.token
    if token.dep_ != "ccomp" or token.head.i not in drafts or inner.code[:2] not in codebook.roots("force") | {"13"}:
        return None  # (an act told with "would" or "if" is already coded as intended, 13x)
    head = drafts[token.head.i]
    if head.code[:2] != "13" or (inner.actors and not set(inner.actors) <= set(head.actors)):
        return None
    own = dataclasses.replace(head, recipients=tuple(r for r in head.recipients if r not in head.actors),
                              target_code=None)
    if inner.code[:2] == "13":
        return dataclasses.replace(own, code=inner.code, recipients=own.recipients or inner.recipients,
                                   target_code=None if own.recipients else inner.target_code,
                                   pattern=f"{head.pattern} > {inner.pattern}")
    return _absorb(own, inner, codebook, words)


def _future(draft: EventDraft, codebook: Codebook) -> EventDraft:
    """An announced or conditional act ("will provide aid", "would blockade", "may halt talks if") is a statement
    of intent: 03x for cooperation, 13x (a threat) for force; "would" of habit ("would often attack") is none."""
    if not has_future(draft.token) and not _conditional(draft.token) or habitual(draft.token):
        return draft
    intended = codebook.intended(draft.code)
    if not intended or is_negated(draft.token) or (
            (_conditional(draft.token) or scheduled(draft.token)) and agentless_passive(draft.token)):
        # "if convicted, X could be jailed", "X is to be sentenced in June": no one is named who threatens it;
        # the act itself, hypothetical
        return dataclasses.replace(draft, hypothetical=True)
    # the intent announced is itself the act coded (PLOVER: a future meeting is AGREE); only a possibility or a
    # condition ("could attack", "would blockade if ...") stays hypothetical
    stated = has_future(draft.token) and not _conditional(draft.token) and not is_conditional(draft.token)
    return dataclasses.replace(draft, code=intended, hypothetical=not (stated and _addressed_intent(draft, intended)),
                               pattern=f"will {draft.pattern} => [{intended}]")


def _addressed_intent(draft: EventDraft, intended: str) -> bool:
    """Is the intent coded for an act planned itself the act told: an intent to cooperate (03x: "will meet X", "is
    ready to talk"), or a threat against someone named (13x: "will attack X")? A pledge of force against nobody
    ("we will fight until the end") stays only intended."""
    return intended.startswith("03") or bool(draft.recipients or draft.target_code)


def _conditional(token: Any) -> bool:
    """ "may halt talks if ...", "will attack unless ...": a conditional act is a promise or a threat."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
               for c in token.children)


# Closed-class grammar: adverbs that make a participle clause the result of the main act ("sought the nomination,
# thereby denying the ticket ballot access"): the clause tells what the act brought about, not a second act.
_RESULT_ADVERBS = frozenset({"thereby"})


def _consequence(token: Any) -> bool:
    """Is the verb a participle of result ("..., thereby denying X access")?"""
    return token.tag_ == "VBG" and any(c.dep_ == "advmod" and c.lower_ in _RESULT_ADVERBS for c in token.children)


def _is_purpose(token: Any) -> bool:
    """A to-infinitive of purpose ("... to help them", "in order to press")."""
    return token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


# Conjunctions of contrast and concession: their clause asserts its act as a fact beside the main one ("while X
# attacked Y, Z stayed neutral", "although X criticised Y, it signed"), unlike the background ("after", "since"),
# conditions ("if", "unless") and purposes that serve it. Not "as", as often a cause, a comparison or an aside
# ("as I have said before", "reported as convicted") as a simultaneous act.
_ASSERTING_MARKS = frozenset({"while", "although", "though", "whereas"})


def _what_the_text_does(token: Any, drafts: dict[int, EventDraft], codebook: Codebook, cues: Cues) -> bool:
    """Is the verb a participle on the object of a statement ("signed a decree banning rallies", "sent a letter
    requesting talks")? A public statement (root 01) has no PLOVER type and is never an event; the text it signs
    or issues does what its participle says, the doer's own act, not background to the statement."""
    carrier = carrying_object(token) if token.dep_ == "acl" and token.tag_ == "VBG" else None
    if carrier is None:
        return False
    statement = drafts.get(carrier.head.i)
    if statement is None:
        # "posted a message on Twitter blaming X": a verb of speech or writing no row codes states it too
        return reports(carrier.head, cues)
    entry = codebook.get(statement.code)
    return entry is not None and entry.plover_event is None


def _undergoer_told(token: Any, drafts: dict[int, EventDraft]) -> bool:
    """Is the verb a participle or relative clause on the one who undergoes a main act that names no doer ("Vell, a
    nurse kidnapped by rebels in 1996, was freed on Monday", "the man who attacked the embassy was arrested")? Such
    a main act is no act PLOVER codes (`record._no_doer`); what the clause tells of its undergoer is the act the
    sentence reports, not background to another."""
    if token.dep_ not in ("acl", "relcl"):
        return False
    noun = token.head.head if token.head.dep_ == "appos" else token.head
    main = drafts.get(noun.head.i) if noun.dep_ == "nsubjpass" else None
    return main is not None and not main.actors and not main.source_code and not _is_secondary(main.token)


def _is_secondary(token: Any) -> bool:
    """A purpose, a background or condition clause ("after X attacked Y", "if ...") or a relative clause; not a
    clause of contrast or concession ("while X attacked Y, ...")."""
    current = token
    for _ in range(6):
        if _is_purpose(current) or current.dep_ in ("relcl", "acl") or _misread_participle(current):
            return True
        if current.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ not in _ASSERTING_MARKS
                                           for c in current.children):
            return True  # "after X attacked Y", and conditions: "unless the president agrees to step down"
        if current.dep_ not in ("conj", "xcomp") or current.head.i == current.i:
            return False
        current = current.head
    return False


def _speaker_who(token: Any, cues: Cues) -> bool:
    """w22missed: a restrictive relative clause that names the speaker by an act of theirs done ("a woman who has
    accused X of assault said ...", "the minister who expelled the envoys told reporters ..."): the relative
    pronoun is its doer and the clause is in the past or the active perfect, so it asserts the act as a fact of
    the speaker, as a non-restrictive one does (`clauses.aside`); what the speaker then says is no act to serve,
    so the clause is no background."""
    if token.dep_ != "relcl" or token.head.dep_ != "nsubj" or not reports(token.head.head, cues):
        return False
    if not (token.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in token.children) or
            token.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in token.children)
            and not any(c.dep_ in ("auxpass", "neg") or c.lower_ in MODALS for c in token.children)):
        return False  # "who would accuse", "who was accused": no act of the speaker told as done
    return any(c.dep_ == "nsubj" and c.tag_ == "WP" for c in token.children) and not is_negated(token)


def _misread_participle(token: Any) -> bool:
    """An -ing verb the parser made the object with a noun as its compound ("vetoed a council resolution censuring
    X" read as "vetoed [resolution censuring]"): a gerund takes no compound noun, so the noun is the head and the
    -ing verb a participle on it, as "a resolution condemning X" is parsed (`_is_secondary`)."""
    return token.tag_ == "VBG" and token.dep_ in ("dobj", "pobj") and any(
        c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") and c.i < token.i for c in token.children)


def _modality(article: Article, sentence: Sentence, draft: EventDraft, words: ArgumentWords) -> EventDraft:
    """Conditionals ("would have to be ratified", "if ... would") are hypothetical; so is an act inside an
    allegation ("an allegation that he assaulted her"), which is the accuser's accusation (112) when the
    allegation says whose it is ("Chile's allegation that ...", "Chile made allegations that ...")."""
    token = draft.token
    denier = complement_of(token, words.denial)
    if denier is not None:  # "X denied that it attacked Y", "denied attacking Y": the act is denied, not done
        return dataclasses.replace(draft, negated=True, pattern=f"{denier.lemma_.lower()} > {draft.pattern}")
    noun = alleged_by_noun(token, words.allegation)
    if noun is not None:
        accusers = _accusers(article, sentence, noun)
        if accusers:
            accused = tuple(a for a in (draft.actors or draft.recipients) if a not in accusers)
            return dataclasses.replace(draft, token=noun, code="112", actors=tuple(accusers), recipients=accused,
                                       target_code=None if accused else draft.target_code,
                                       pattern=f"{noun.lemma_.lower()} > {draft.pattern} => [112]")
        return dataclasses.replace(draft, hypothetical=True, pattern=f"{noun.lemma_.lower()} > {draft.pattern}")
    noun = noun_complement(token)
    if noun is not None and noun.lemma_.lower() in words.allegation:
        # "faces charges of assaulting an officer": only alleged; the one who faces them is no accuser
        return dataclasses.replace(draft, hypothetical=True, pattern=f"{noun.lemma_.lower()} of > {draft.pattern}")
    if is_conditional(token) and not habitual(token):
        return dataclasses.replace(draft, hypothetical=True)
    return draft


def _clause_modality(article: Article, sentence: Sentence, draft: EventDraft, words: ArgumentWords) -> EventDraft:
    """An event noun's act is as real as the clause of its light verb (w17nominal): "a theory that X was involved in
    the killing of Y" alleges the killing (the promoter's 112, as `_modality` reads a verb there), "denied taking
    part in the shelling" denies it."""
    verb = light_verb_object(draft.token)
    if verb is None:
        return draft
    read = _modality(article, sentence, dataclasses.replace(draft, token=verb), words)
    return read if read.token is not verb else dataclasses.replace(read, token=draft.token)


def _quoted(article: Article, sentence: Sentence, token: Any) -> bool:
    """Is the token inside a quote's content (the quotes stage ran first)?"""
    trigger = sentence.token_span(token)
    return any(part.contains(trigger) for quote in article.overlapping("quotes", trigger) for part in quote.content)


def _accusers(article: Article, sentence: Sentence, noun: Any) -> list[str]:
    """Whose an allegation is: its possessor, its "by"/"from" phrase, or the subject of the verb it is the
    object of ("Chile made allegations that ...")."""
    for child in noun.children:
        if child.dep_ == "poss":
            found = phrase_actors(article, sentence, child)
            if found:
                return found
    for prep in ("by", "from"):
        for obj in prep_objects(noun).get(prep, []):
            found = phrase_actors(article, sentence, obj)
            if found:
                return found
    verb = light_verb_object(noun)
    return subject_actors(article, sentence, verb) if verb is not None else []


# CAMEO 030, "express intent to cooperate, not specified below": an undertaking that names no act of its own.
_BARE_INTENT = "030"


# Modals whose negation announces a refusal: not "could" (past inability, or a hedge) nor "might"/"may"
# (possibility).
_REFUSING_MODALS = frozenset({"would", "should", "can"})


def _negate(draft: EventDraft, codebook: Codebook, force: bool = False) -> EventDraft:
    """A negated act is coded as itself with `negated` ("did not endorse" is no REJECT); only a verb that
    says the act was refused or failed ("declined to meet", `force`) turns it into the refusal (12x)."""
    if not force:
        if not is_negated(draft.token):
            return draft
        if not has_future(draft.token) and not any(c.dep_ == "aux" and c.lower_ in _REFUSING_MODALS
                                                   for c in draft.token.children):
            return dataclasses.replace(draft, negated=True)
        # "will not provide support", "would not allow": a refusal announced, which CAMEO codes as the
        # refusal (12x "Refuse to ...") that did happen; a negated fact ("did not endorse") only is negated,
        # and so is a past inability ("the two sides could not agree on a budget": the act did not happen,
        # nobody refused it)
    refused = codebook.refused(draft.code)
    if refused and not force and draft.code == _BARE_INTENT and draft.token.lemma_.lower() in UNDERTAKINGS \
            and not (draft.recipients or draft.target_code):
        # "would not commit to a peaceful transfer of power", "will not promise anything": an undertaking not
        # given to anyone. CAMEO 12x rejects what another party asks, offers or does (a request, a proposal,
        # cooperation); with nobody on the other side nothing is rejected, and the promise is only not made
        # (negated, as "did not endorse"; w18wrong)
        return dataclasses.replace(draft, negated=True)
    if refused:
        # "would not provide support" is a refusal that did happen: a REJECT, not a negated AID
        return dataclasses.replace(draft, code=refused, hypothetical=False,
                                   pattern=f"not {draft.pattern} => [{refused}]")
    return dataclasses.replace(draft, negated=True)


def _appealed(article: Article, sentence: Sentence, first: Any, draft: EventDraft,
              matched: dict[int, tuple[Any, VerbPattern]], words: Words, codebook: Codebook) -> bool:
    """Is the to-infinitive `first` (that a conjoined act shares) asked for: the object-control infinitive of an
    appeal ("wants Peru to withdraw", `appeals.appeal`) or the infinitive of a verb whose row is an appeal or a
    demand ("called on X to release", "urged X to withdraw": CAMEO 02, 10)? Then every conjunct is asked for too."""
    if appeals.appeal(article, sentence, first, draft, words.argument, codebook) is not None:
        return True
    head = matched.get(first.head.i, (None, None))[1]
    return first.dep_ == "xcomp" and head is not None and head.code is not None and head.code[:2] in ("02", "10")


def _announced_undone(draft: EventDraft) -> bool:
    """w21irrealis: an act negated under a future auxiliary, with no refusal code for its root ("announced that the
    ministry would not prosecute X"; `_negate` makes "would not provide aid" 122), tells neither a happening nor an
    intent to act: PLOVER's negation and future modes together leave no event. A past inability or a possibility
    ("could not agree", "might not support") tells an act that did not happen, kept as negated; a user's dictionary
    keeps its own scheme."""
    return draft.negated and draft.hypothetical and not draft.foreign and has_future(draft.token)
