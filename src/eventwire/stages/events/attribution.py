"""Claims: "X said (that) Y attacked Z" is X accusing Y (112), "X said Y must do Z" X demanding it of Y (100);
other events inside a speech verb's clause keep their coding and get `reported_by` (so does everything in a
sentence with "according to X", and a quote's speaker for the events inside a quote)."""
from __future__ import annotations

import dataclasses
from typing import Any, Sequence

from ...knowledge.cameo import Codebook
from ...knowledge.cues import Cues
from ...knowledge.verbs import VerbPattern
from ...records import Actor, Article, Sentence, coded_country_sector
from ..syntax import FIRST_PERSON, for_clause, governing_subjects, is_passive, subtree_span
from . import parties
from .clauses import OBLIGATION, advised, cue_above, irrealis, on_condition, postposed, reports, subjunctive, thanked
from .drafts import EventDraft
from .frames import embedded_question, is_infinitive_complement


def attribute(article: Article, sentence: Sentence, drafts: dict[int, EventDraft],
              matched: dict[int, tuple[Any, VerbPattern]], cues: Cues, codebook: Codebook) -> list[EventDraft]:
    """reported_by from speech verbs and "according to"; claims of violence become accusations."""
    according = _according_to(article, sentence)
    result: list[EventDraft] = []
    for i, draft in sorted(drafts.items()):
        if _to_blame(draft.token):
            continue  # "Y is to blame": Y blames nobody; evaluative speech codes the one who says so (112 against Y)
        cue = cue_above(draft.token, cues)
        if _attribution_only(draft, cues):
            continue  # a coded speech verb with nobody addressed is a quote attribution ("warned that ...")
        if cue is None:
            if according and draft.reported_by is None:
                draft = dataclasses.replace(draft, reported_by=according)
            result.append(draft)
            continue
        speakers = parties.speakers(article, sentence, cue)
        reporter = speakers[0] if speakers else according
        if speakers and not draft.actors and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" and _agrees(article, c, cue, speakers)
                for c in draft.token.children):
            # "Iraq said it would allow ...": an unresolved pronoun in the speaker's clause is the speaker
            draft = dataclasses.replace(draft, actors=tuple(speakers),
                                        recipients=tuple(r for r in draft.recipients if r not in speakers))
        cue_pattern = matched.get(cue.i, (None, None))[1]
        if _obliging(draft.token) and _demand(article, speakers, draft.actors):
            if draft.token.lemma_.lower() == "be":
                # "said the senator should be ashamed of herself": a feeling one ought to have is no act demanded
                # (as `obligations` reads "should be"); the speaker blames her, which evaluative speech codes (111)
                continue
            # "Russia said Sudan must return the helicopter": a demand made of Sudan
            # "proposed that Uganda hold talks": an appeal for the act (026), as "urged Uganda to hold talks" is
            code = "100" if _asked_code(cue, draft.token) == "100" else codebook.requested(draft.code)
            result.append(dataclasses.replace(
                draft, token=cue, code=code, actors=tuple(speakers), recipients=draft.actors, target_code=None,
                reported_by=None, negated=False, hypothetical=False,
                pattern=f"{cue.lemma_.lower()} > must {draft.pattern} => [{code}]"))
            continue
        claim = ((cue_pattern is None or cue_pattern.code is None or cue_pattern.code[:2] == "01")
                 and draft.code[:2] in codebook.roots("claimed") and cue.i < draft.token.i and speakers
                 and not draft.negated  # "denied that its troops fired", "said they never fired": no accusation
                 and not (draft.actors and set(draft.actors) <= set(speakers))
                 # an accusation needs someone accused: "police reported the attacker went on stabbing
                 # others", with nobody named, reports the violence and accuses no one
                 and bool(draft.actors or draft.recipients or draft.source_code or draft.target_code))
        # "the army said it had killed 20 militants": a speaker telling its own act reports it, accuses nobody
        claim = claim and _accuses(article, speakers, draft)
        if claim:
            # PETRARCH's SAY transformation: the speaker accuses the one said to have attacked, and only
            # failing any trace of the attacker, the side attacked
            accused = draft.actors or (() if draft.source_code else draft.recipients)
            result.append(dataclasses.replace(
                draft, token=cue, code="112", actors=tuple(speakers),
                recipients=tuple(a for a in accused if a not in speakers), source_code=None,
                target_code=None if accused else draft.source_code or draft.target_code, reported_by=None,
                negated=False,
                pattern=f"{cue.lemma_.lower()} > {draft.pattern} => [112]"))
            continue
        result.append(dataclasses.replace(draft, reported_by=reporter))
    return result


def _to_blame(token: Any) -> bool:
    """ "the governor is to blame": the infinitive of "blame" as the copula's complement, with no object, says whom
    the blame falls on (the copula's subject), not who blames."""
    return token.lemma_.lower() == "blame" and token.dep_ == "xcomp" and token.head.lemma_.lower() == "be" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children) and not any(
        c.dep_ == "dobj" for c in token.children)


# Closed-class grammar: third-person pronouns by what they can stand for: "it" a thing, a country or a body, one
# only; "he"/"she" one person.
_NEUTER = frozenset({"it"})
_PERSONAL = frozenset({"he", "she"})


def _agrees(article: Article, pronoun: Any, cue: Any, speakers: list[str]) -> bool:
    """Can the pronoun stand for the speakers, by number (w18wrong)? "Officials said it killed nine people": "it"
    is one thing (the fire the story is about), never the officials. A common plural or a coordination as the
    subject of the speech verb ("officials", "Chile and Peru") is no "it", "he" or "she"; a plural name may
    be one body ("the Syrian Democratic Forces announced it had ..."), and a spokesperson's "it" is the body
    spoken for ("the rebels' spokesman said it had carried out the attack"). "He" or "she" is no country or
    organisation ("the ministry said he ..."). "They", "we" and "I" are left to the speakers."""
    word = pronoun.lower_
    if word not in _NEUTER | _PERSONAL:
        return True
    subjects = [c for c in cue.children if c.dep_ == "nsubj"]
    if any(s.tag_ == "NNS" or any(c.dep_ == "conj" for c in s.children) for s in subjects):
        return False
    kinds = {actor.kind for a in speakers if (actor := article.actor(a)) is not None}
    return word in _NEUTER or kinds <= {"person"}


# Who reports rather than accuses, by CAMEO actor type: police, the media, civilians (witnesses, residents),
# health workers, scientists and the courts say what happened in the cases they handle or saw.
_REPORTERS = frozenset({"COP", "MED", "CVL", "PPL", "HLH", "EDU", "JUD"})


def _accuses(article: Article, speakers: list[str], draft: EventDraft) -> bool:
    """Is "X said (that) Y attacked Z" X accusing Y (PETRARCH's SAY transformation, CAMEO 112), or X reporting
    the attack (coded as itself, reported_by X)? CAMEO 112 is to "accuse, allege": a charge against an
    adversary. The test:
    - someone must be accused: the act's own agent (Y). With none named ("soldiers were killed"), the
      speaker reports a toll and charges nobody; the side attacked is never the one accused;
    - the speaker is Y's adversary when their countries differ ("Freedonia said Ruritania shelled ...": a
      charge between states) or, in one country or none known, when the speaker is a political actor, not a
      reporter (above), and not the executive speaking of its own forces (`_same_side`): a government blaming
      rebels, an opposition leader blaming the government, a senator blaming members of Congress. Police, the
      media, witnesses, or a ministry telling what its troops did, report it."""
    accused = [article.actor(a) for a in draft.actors if a not in speakers]
    if not any(accused):
        # "Sylvania said a rocket was fired at it from the Zenda valley": the place the attack came from names
        # the country accused
        return bool(draft.source_code) and any(
            _country_of(s) not in (None, draft.source_code) for s in map(article.actor, speakers) if s is not None)
    for speaker in (article.actor(s) for s in speakers):
        if speaker is None:
            continue
        for other in accused:
            if other is None:
                continue
            countries = {_country_of(speaker), _country_of(other)}
            if None not in countries and len(countries) == 2:
                return True
            if _sector_of(speaker) not in _REPORTERS and _sector_of(speaker) is not None \
                    and not _same_side(speaker, other):
                return True
    return False


def _country_of(actor: Actor) -> str | None:
    return coded_country_sector(actor.country, actor.sector, actor.code)[0]


def _sector_of(actor: Actor) -> str | None:
    return coded_country_sector(actor.country, actor.sector, actor.code)[1]


# The executive's own agencies: one of them telling what another did ("the defence ministry said its troops
# killed ...") speaks for one side. Legislators and courts are not the executive's side.
_STATE = frozenset({"GOV", "MIL", "COP", "SPY"})


def _same_side(speaker: Actor, other: Actor) -> bool:
    return _sector_of(speaker) in _STATE and _sector_of(other) in _STATE


def obligations(article: Article, sentence: Sentence, cues: Cues, done: set[int]) -> list[EventDraft]:
    """ "X said Y must/should do Z", whatever Z is: X demands it of Y (100), when Y is not X."""
    drafts = []
    for token in sentence.tokens():
        if token.dep_ != "ccomp" or token.i in done or not reports(token.head, cues):
            continue
        if not _obliging(token):
            continue
        if token.lemma_.lower() == "be":
            continue  # "argued the US should be at the lead": a state of affairs wished for, no act demanded (100)
        speakers = parties.speakers(article, sentence, token.head)
        obliged = parties.subject_actors(article, sentence, token)
        if _demand(article, speakers, obliged):
            code = _asked_code(token.head, token)
            pattern = f"{token.head.lemma_.lower()} > must {token.lemma_.lower()} [{code}]"
            drafts.append(EventDraft(token.head, sentence, code, pattern, tuple(speakers), tuple(obliged)))
    return drafts


def _asked_code(cue: Any, clause: Any) -> str:
    """A demand (100), or a plain appeal (020) when a verb of asking or advising takes the act in the subjunctive
    ("recommended that residents avoid gatherings", "proposed that the talks be held in Lima"): CAMEO 02 is a
    request or an appeal, 10 a demand; "must"/"should" and the subjunctive of "demand", "insist", "order" demand;
    "should" under "suggest", "propose", "recommend" advises (`clauses.advised`, w22wrong)."""
    return "020" if advised(cue, clause) else "100"


def _obliging(token: Any) -> bool:
    """Is the clause one of what must or should be done ("Sudan must return the helicopter"), and no question
    talked about ("discussed why voters should back X" asks, demands nothing)?"""
    # w21irrealis: "insisted that Peru withdraw" asks it, as "must" does; "if voters want X, they should vote for
    # Y" advises on a condition (PLOVER's hypothetical mode), no demand made of anyone
    return (any(c.dep_ == "aux" and c.lower_ in OBLIGATION for c in token.children) or subjunctive(token)) \
        and not embedded_question(token) and not (on_condition(token) and not _named_subject(token))


def _named_subject(token: Any) -> bool:
    """Is the clause's subject a name ("Ryan should resign if he can't block them")? A named party told what to
    do on a condition is still asked to do it; "if voters want X, they should vote for Y" advises whoever wants X."""
    return any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in token.children)


def _demand(article: Article, speakers: Sequence[str], obliged: Sequence[str]) -> bool:
    """Is "X said Y must/should ..." X's demand of Y: both named, Y not among X, nor X's own country
    (`_own_country`)?"""
    return bool(speakers) and bool(obliged) and not set(speakers) & set(obliged) \
        and not _own_country(article, speakers, obliged)


def _own_country(article: Article, speakers: Sequence[str], obliged: Sequence[str]) -> bool:
    """Are those who must act the speakers' own country named as a whole ("Johnson stated that Britain must leave
    by then", "the senator argued the US should lead")? A national saying what their own country should do
    states a policy (CAMEO 01), it demands nothing of another party (10)."""
    countries = {article.actor(a).country for a in speakers} - {None}
    return all(article.actor(a).kind == "country" and article.actor(a).country in countries for a in obliged)


def _attribution_only(draft: EventDraft, cues: Cues) -> bool:
    """A coded speech verb with nobody addressed that only attributes what follows: a question ("“Will you
    help?” X asked") or a fact reported in its clause ("X warned that Y was shipping arms"). What it says
    should or will be ("agreed that they should trade") is its own act."""
    token = draft.token
    if draft.recipients or draft.target_code or not reports(token, cues):
        return False
    if cues.verb(token.lemma_.lower()) == "question":
        # "asked for aid" (023), "asked to meet" (026): a request for a named kind of act or aid is an appeal
        # with nobody named; a bare "asked" with nobody addressed ("when asked to clarify, X said no", "asking
        # for places to eat") attributes a question
        return (draft.code == "020" and not _asked_to_act(token)) or is_passive(token)
    clauses = [c for c in token.children if c.dep_ in ("ccomp", "parataxis")]
    return bool(clauses) and (any(postposed(c) for c in clauses) or not any(irrealis(c) for c in clauses))


def _asked_to_act(token: Any) -> bool:
    """ "asked all parties not to intervene", "asked for any party not to intervene": someone asked, and a
    to-infinitive says what for (an appeal,
    CAMEO 020, even when whoever is asked is no actor); not a question."""
    return for_clause(token) is not None or any(
        c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "for") for c in token.children) and any(
        is_infinitive_complement(token, c) for c in token.children)


def quoted(article: Article, draft: EventDraft) -> EventDraft:
    """An event inside a quote with a known speaker is reported by that speaker (the quotes stage ran first)."""
    if draft.reported_by is not None:
        return draft
    speaker = _quote_speaker(article, draft)
    if speaker is not None and speaker not in draft.actors:
        return dataclasses.replace(draft, reported_by=speaker)
    return draft


def _quote_speaker(article: Article, draft: EventDraft) -> str | None:
    """The speaker the quotes stage found for the quote whose words hold the trigger, if any."""
    trigger = draft.sentence.token_span(draft.token)
    for quote in article.overlapping("quotes", trigger):  # those with a part holding the trigger, in order
        if quote.speaker is not None and any(part.contains(trigger) for part in quote.content):
            return quote.speaker
    return None


def first_person(article: Article, draft: EventDraft, codebook: Codebook) -> EventDraft | None:
    """ "I" and "we" in a quote are its speaker (issue 9 item 5): "“Today I endorse her,” said Ana Vell" is Ana
    Vell's endorsement, as the first person is whoever speaks the words (the speaker the quotes stage found,
    also for an interview answer; one source of truth). "I", "we" or an event noun's "my", "our" with no actor
    of their own make the speaker the doer; "me", "us" with nobody else the one the act is done to. "We" is the
    speaker too: a speaker coded with an organisation or a country ("the Chilean foreign minister", CHLGOV)
    carries it in its code, which is the source the event takes. The record's checks (private parties, no
    partner ...) then apply to the speaker as to any named doer.

    A first-person act told in the present simple with no date (`_habitual`) is no event at all, quoted or
    not: "I help girls in Lima", "we talk to activists" tell a habit, not a dated act (CAMEO codes acts)."""
    doers = first_person_doer(draft.token) or (not draft.actors and _unsaid_speaker(article, draft, codebook))
    if (doers or _ours(draft.token)) and _habitual(article, draft, codebook):
        return None  # "I help girls in Lima", "our team provides services to the council": a habit
    speaker = _quote_speaker(article, draft)
    if speaker is None or draft.source_code is not None or draft.target_code is not None:
        return draft
    if not any(_coded(article.actor(a)) for a in (speaker,) + draft.actors + draft.recipients):
        return draft  # nobody coded on either side: naming an uncoded speaker makes no codable event of it
    if doers and not draft.actors:
        return dataclasses.replace(draft, actors=(speaker,),
                                   recipients=tuple(r for r in draft.recipients if r != speaker))
    if not draft.recipients and speaker not in draft.actors and any(
            r.lower_ in FIRST_PERSON for r in parties.recipient_phrases(draft.token)):
        return dataclasses.replace(draft, recipients=(speaker,))  # "they arrested me"
    return draft


def _unsaid_speaker(article: Article, draft: EventDraft, codebook: Codebook) -> bool:
    """A formula of speech whose doer is the speaker with no "I" said: "Thank you, X", and a verbless utterance,
    an event noun heading the quoted words while its own head stands outside them ("'Congratulations to X,' wrote
    Y", "'Shame on X!' said Y"; the parser hangs the noun on the speech verb). Only an act done by saying it
    (codebook class "performative"): "called it 'the senseless killing of a journalist'" names a killing the
    speaker did not do."""
    token = draft.token
    if thanked(token):
        return True
    if token.pos_ != "NOUN" or any(c.dep_ == "poss" for c in token.children) or (
            draft.code[:2] not in codebook.roots("performative")):
        return False
    trigger, head = draft.sentence.token_span(token), draft.sentence.token_span(token.head)
    return any(part.contains(trigger) and (token.dep_ == "ROOT" or not part.contains(head))
               for quote in article.overlapping("quotes", trigger) if quote.kind != "indirect"
               for part in quote.content)


def _doer_heads(token: Any) -> list[Any]:
    """Who does the trigger (`parties.doer_phrases`); an infinitive of an adjective takes the subject of its
    copula ("I am glad to endorse her", "we are ready to help"), as `parties.subject_actors` climbs it."""
    heads = parties.doer_phrases(token)
    if not heads and token.pos_ != "NOUN" and not is_passive(token):
        heads = governing_subjects(token, ("nsubj",), ("xcomp", "conj", "acomp"))
    return heads


def _ours(token: Any) -> bool:
    """Is the doer the speaker's own group ("our team provides ...", "my company helps ...")? A first-person
    possessor makes the group the speaker's side; told in the present simple it is a habit as "we help" is."""
    return any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON for d in _doer_heads(token) for c in d.children)


def first_person_doer(token: Any) -> bool:
    """Is "I" or "we" (or "my", "our" of an event noun) who does the trigger?"""
    return any(d.lower_ in FIRST_PERSON for d in _doer_heads(token))


def _coded(actor: Actor | None) -> bool:
    return actor is not None and any(coded_country_sector(actor.country, actor.sector, actor.code))


# Penn tags of the present simple ("we help", "she helps").
_PRESENT = frozenset({"VBP", "VBZ"})


def _habitual(article: Article, draft: EventDraft, codebook: Codebook) -> bool:
    """A habit, not an act: the trigger is a verb in the present simple ("I help", emphatic or negated "I do
    help", "we don't talk"), with no date or time in its clause ("Today I ...": a dated act), and its act is not
    one done by saying it. The performative roots (codebook class "performative": appeals, intents, praise,
    demands, disapproval, rejections, threats) are done by uttering them in the present simple: "I condemn
    this attack", "we reject the proposal", "I urge the government to ..." are the acts themselves."""
    token = draft.token
    if draft.code[:2] in codebook.roots("performative") or draft.foreign:
        return False
    auxiliaries = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    if token.tag_ in _PRESENT:
        simple = not auxiliaries
    else:
        simple = token.tag_ == "VB" and bool(auxiliaries) and all(
            a.lemma_.lower() == "do" and a.tag_ in _PRESENT for a in auxiliaries)
    if not simple:
        return False
    clause = subtree_span(draft.sentence, token)
    return not any(t.type in ("DATE", "TIME") and clause.contains(t.span) for t in article.times_in(clause))


def _according_to(article: Article, sentence: Sentence) -> str | None:
    for token in sentence.tokens():
        if token.lower_ == "according":
            for to in token.children:
                if to.lower_ == "to":
                    for obj in to.children:
                        if obj.dep_ == "pobj":
                            found = parties.phrase_actors(article, sentence, obj)
                            if found:
                                return found[0]
    return None
