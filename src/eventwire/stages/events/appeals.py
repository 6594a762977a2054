"""Appeals and evaluative speech: "X wants Y to <act>" (02x), "called for Y to withdraw" (02x), and "called Y
a hero/clown", "called Y's move criminal" (051/111/112, `evaluative.py`)."""
from __future__ import annotations

import dataclasses
from typing import Any, Iterable

from ...knowledge.argwords import ArgumentWords
from ...knowledge.cameo import Codebook
from ...knowledge.cues import Cues
from ...knowledge.verbs import VerbPattern, VerbPatterns
from ...records import Article, Sentence, coded_country_sector
from .. import evaluative
from ..syntax import FIRST_PERSON, controller_object, for_clause, for_object_clause, is_negated, misread_control
from .clauses import MODALS, cue_above, reports
from .drafts import EventDraft, Words
from .nouns import deceased
from .parties import phrase_actors, political, speakers, subject_actors


def appeal(article: Article, sentence: Sentence, token: Any, draft: EventDraft, words: ArgumentWords,
           codebook: Codebook) -> EventDraft | None:
    """ "X wants Y to <act>": X appeals to Y for the act (CAMEO 02x, numbered like the intents 03x)."""
    head = token.head
    if head.i == token.i or head.lemma_.lower() not in words.appeal:
        return None
    controller = controller_object(token)
    if controller is None and misread_control(token):
        # "petitioned the court to block X" parsed with "block" a purpose: the object right before "to" is asked
        controller = next((c for c in head.children if c.dep_ == "dobj" and c.i < token.i), None)
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
        if clause is None and token.pos_ == "VERB":
            clause = for_object_clause(token)
            if clause is not None and not phrase_actors(article, sentence, clause[1]):
                clause = None  # "appealed for help to rebuild the city": the help is not asked to rebuild
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


def evaluations(article: Article, sentence: Sentence, words: Words,
                coded: Iterable[EventDraft] = ()) -> list[EventDraft]:
    """Evaluative speech (`evaluative.py`): "X called Y a great man" is praise (051), "called Y a clown"
    criticism (111), "called Y's move criminal" an accusation (112). The caller is the speaker the quotes
    stage found for the verb, else its subject; the target is who is called, or the owner of what is. An epithet
    ("the corrupt Commission") says something of a party in passing: when the sentence's `coded` acts already
    have that party, the act is what the quote tells, and the epithet is no second event."""
    parties = {p for draft in coded for p in (*draft.actors, *draft.recipients)}
    drafts = []
    for found in evaluative.evaluations(sentence.sent, words.cues, words.evaluative):
        if found.quoted:
            actors = _quoted_by(article, sentence, found.verb)
            if not actors:
                continue  # "He is a great player": praise or blame only as someone's words
        else:
            actors = speakers(article, sentence, found.verb) if found.caller is None else phrase_actors(
                article, sentence, found.caller)
        called = phrase_actors(article, sentence, found.called)
        recipients = [a for a in called if a not in actors]
        if recipients and all(_own_country(article, a, actors) for a in recipients):
            continue  # "Trump said 'THE USA IS GREAT!'": a slogan about one's own country judges no other party
        if not recipients and found.about is not None:
            # "said of Y: 'He is a liar'": the quote is about Y, whom the pronoun stands for
            recipients = [a for a in phrase_actors(article, sentence, found.about) if a not in actors]
        pronoun = _judged_person(found, words.argument)
        if not recipients and pronoun is not None:
            # "Vega said he was a great patriot", "called him a hero", "said his death was a great loss":
            # praising or blaming oneself is no event, so a pronoun the resolver gave the speaker (or left
            # unresolved) stands for the person named before
            recipients = _other_person(article, sentence, pronoun, actors)
            if not recipients:
                # "'He was an excellent politician,' said X" a few quotes after the report of a death, with no
                # one else named since: the pronoun of a tribute stands for the person whose death the article
                # reports (as "in his memory" does, `tributes`), when it reports one
                dead = deceased(article, sentence, pronoun, words.argument)
                recipients = [dead] if dead is not None and dead not in actors else []
        if found.epithet and (not recipients or parties.issuperset(recipients)):
            continue  # "the corrupt regime": an epithet blames only a party the quote names and no act has
        if not recipients and (pronoun is not None or not found.standing()) and not (
                found.naming and found.personal()) and words.evaluative.maker(found.called.lemma_.lower()) is None:
            # "described the weather as terrible": no party is blamed (an act of state has its maker); with no
            # person for the pronoun, nobody is praised or blamed (a speech verb with no target only attributes
            # its clause; "called him a liar" keeps its caller, as a naming verb's object is always a party)
            continue
        drafts.append(EventDraft(found.verb, sentence, found.code, found.pattern, tuple(actors), tuple(recipients),
                                 negated=found.negated))
    return drafts


def _judged_person(found: evaluative.Evaluation, argument: ArgumentWords) -> Any | None:
    """The pronoun that stands for the person judged: the one called ("called him a hero", "said he was a great
    patriot"), or the owner of a death ("said his death was a great loss"; argument_words.tsv's death nouns),
    who is never the speaker. Other things a possessive owns ("said his plan was a success") are as often the
    speaker's own; None for them."""
    if found.personal():
        return found.called
    return found.owner() if found.called.lemma_.lower() in argument.death else None


def _own_country(article: Article, recipient: str, speakers: list[str]) -> bool:
    """Is the one called a country as a whole that is a speaker's own? CAMEO's praise and blame (051, 11x) are
    acts between parties; a speaker calling their own nation great or broken speaks of no other party."""
    actor = article.actor(recipient)
    if actor is None or actor.kind != "country" or not actor.country or actor.code != actor.country:
        return False
    return any((speaker := article.actor(s)) is not None and speaker.country == actor.country for s in speakers)


def _other_person(article: Article, sentence: Sentence, pronoun: Any, speakers: list[str]) -> list[str]:
    """The person named last before `pronoun`, in its sentence or the one before, who is not a speaker."""
    at = sentence.token_span(pronoun).start
    start = max((s.span.start for s in article.sentences() if s.span.end <= sentence.span.start),
                default=sentence.span.start)
    best: tuple[int, str] | None = None
    for actor in article.actors:
        if actor.kind != "person" or actor.id in speakers:
            continue
        for mention in actor.mentions:
            if mention.how != "pronoun" and start <= mention.span.start and mention.span.end <= at \
                    and (best is None or mention.span.start > best[0]):
                best = (mention.span.start, actor.id)
    return [best[1]] if best is not None else []


def _quoted_by(article: Article, sentence: Sentence, token: Any) -> list[str]:
    """The speaker of the direct quote `token` stands in, as the quotes stage found it."""
    span = sentence.token_span(token)
    return next(([q.speaker] for q in article.quotes if q.kind != "indirect" and q.speaker is not None
                 and any(part.contains(span) for part in q.content)), [])


# Personal pronouns of a private addressee: the speaker or the one spoken to. A third person ("him", "her") is
# one only when it stands for an actor of no politics (the recipient found for it); "them", "us" stand for
# governments and groups as often.
_SPEAKER_PRONOUNS = frozenset({"me", "you", "myself"})
_THIRD_PERSON = frozenset({"him", "her", "himself", "herself"})


def aimless(article: Article, sentence: Sentence, draft: EventDraft, matched: dict[int, tuple[Any, VerbPattern]],
            words: ArgumentWords, cues: Cues) -> bool:
    """An appeal with no political content ("asked people to pray", "asked her to be patient", "they asked me to
    prove it", and an instruction told: "they told me to get someone"): CAMEO's appeals (02) and demands (10) are
    requests for a political act (cooperation, aid, reform, yielding, a meeting ...) or a plain appeal (020) to a
    political actor. One that asks private people (a personal pronoun
    for no political actor, an uncoded person's name, argument_words.tsv's private people, or an actor of a
    private sector only) to do what no row codes is none. A plain demand (100) is one only when told by a verb of
    speech ("told passengers to take another way", w19sub): pressure or an order to workers to end their strike
    is a demand made of them whatever they are asked to do."""
    token = draft.token
    plain = draft.code == "020" or draft.code == "100" and reports(token, cues)
    if not plain or draft.target_code or any(political(article.actor(r), words) for r in draft.recipients):
        return False
    acts = [c for c in token.children if c.dep_ == "xcomp" or (c.dep_ == "ccomp" and c.tag_ in ("VB", "VBP"))]
    if not acts or any(matched.get(a.i, (None, None))[1] is not None and matched[a.i][1].code is not None
                       for a in acts):
        return False  # "asked Y to withdraw" (an act the table codes) is the appeal for it
    addressees = [c for c in token.children if c.dep_ in ("dobj", "dative")]
    addressees += [s for a in acts for s in a.children if s.dep_ == "nsubj"]  # "recommended residents stay indoors"
    if any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON for a in addressees for c in a.children):
        # "I urge my colleagues to submit the amendment": the speaker's own peers are of the speaker's politics (a
        # senator's colleagues are senators); a private speaker's appeal is dropped with its speaker (record)
        return False
    return bool(addressees) and all(_private_addressee(article, sentence, a, words) or (
        a.lower_ in _THIRD_PERSON and bool(draft.recipients)) for a in addressees)


def _private_addressee(article: Article, sentence: Sentence, noun: Any, words: ArgumentWords) -> bool:
    if noun.lower_ in _SPEAKER_PRONOUNS:
        return True
    found = [article.actor(a) for a in phrase_actors(article, sentence, noun)]
    if any(political(actor, words) for actor in found):
        return False  # "urged the Peruvian government to ...": a party of politics
    return noun.lemma_.lower() in words.private or noun.ent_type_ == "PERSON" or any(
        a is not None and (coded_country_sector(a.country, a.sector, a.code)[1] or "").lower() in words.sector
        for a in found)  # "residents", "voters" of no country: civilians (CVL)


# w21irrealis: the CAMEO code of judging a party's act by its polarity (evaluative_words.tsv): blame (111), a
# charge (112), praise (051).
_JUDGED = {"criticism": "111", "crime": "112", "praise": "051"}


def judged_acts(article: Article, sentence: Sentence, words: Words) -> list[EventDraft]:
    """ "X said it was totally inappropriate for Y to criticise Z", "said it is wrong for Peru to expel the
    envoys": an evaluative adjective predicated, through the expletive "it", of a for-to infinitive judges its
    subject's act. The speaker blames (111) or praises (051) Y; the construction asks nothing of Y (no demand,
    10), and whether Y's act happened is the infinitive's own matter. Only a speaker's judgement (under a speech
    verb) of a named party counts; a modal or negated one ("it would be wrong", "it is not wrong") judges none."""
    drafts = []
    for token in sentence.tokens():
        if token.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "mark" and c.lower_ == "for" for c in token.children) \
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
            continue
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        head = token.head
        if head.pos_ == "ADJ" and head.dep_ == "acomp":
            adjective, copula = head, head.head
        else:
            adjective = next((c for c in head.children if c.dep_ == "acomp" and c.pos_ == "ADJ"), None)
            copula = head
        if not subjects or adjective is None or copula.lemma_ != "be" or not any(
                c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in copula.children):
            continue
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODALS) for c in copula.children):
            continue
        code = _JUDGED.get(words.evaluative.word(adjective.lemma_.lower()) or "")
        cue = cue_above(copula, words.cues)
        if code is None or cue is None:
            continue
        actors = speakers(article, sentence, cue)
        judged = [a for s in subjects for a in phrase_actors(article, sentence, s) if a not in actors]
        if actors and judged:
            drafts.append(EventDraft(adjective, sentence, code, f"it be {adjective.lemma_.lower()} for Y to "
                                     f"{token.lemma_.lower()} => [{code}]", tuple(actors), tuple(judged)))
    return drafts
