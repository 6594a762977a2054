"""The events stage: verbs (and a few event nouns) coded with CAMEO/PLOVER, tied to the actors around them.

For each sentence, every verb is described as a `Frame` (its particles, prepositions, objects, clauses) and
matched against `verb_patterns.tsv`; nouns such as "summit" or "sanctions" are matched against
`nominal_events.tsv`. The source is the actor at the subject (the "by" agent in the passive, else its "from"
origin), the target the actor where the pattern says (object, a preposition's object, the subject of a
that-clause), or failing an actor the country of a place there. Then PETRARCH-style transformations, each
one written into `Event.pattern` ("say > bomb [195] => [112]") so every coding can be explained:

- intent: "wants to attack X" is a threat (138), "plans to help X" an intent to aid (033), both hypothetical;
  "threatened to sanction X" / "offered to help X" take their code from the act threatened or offered;
  an announced or conditional act ("will provide aid", "may halt talks if ...") likewise (03x / 13x).
- refusal: an announced refusal ("would not provide support", "failed to reach agreement") is a rejection
  (12x); any other negated act ("did not endorse") stays coded as itself, with `negated`.
- modality and arguments (`syntax.py`): conditionals ("would have to be ratified") and acts inside an
  allegation are hypothetical, or the accuser's 112; "X wants Y to <act>" is X's appeal to Y (02x);
  "agreed to lift" is the yielding (08x) itself; a force event held in another country targets it; several
  parties of a one-sided act act each, of a symmetric one act on each other;
  "called Y a hero/clown", "called Y's move criminal" is 051/111/112 (`evaluative.py`, words in
  `evaluative_words.tsv`); so is a speaker's quote that says what Y is ("'He is a liar,' she said", "said of Y:
  '...'"; a pronoun the resolver gave the speaker stands for the person named before: one does not praise
  oneself), and an epithet of blame before a party a quote names ("the corrupt Commission", 111, unless an act
  of the sentence already has that party); "called for Y to withdraw" is an appeal to Y (02x). Criticism and
  praise told by idioms and light verbs ("leveled criticism at Y", "came under fire from X over ...", "expressed
  praise for Y") are verb_patterns.tsv rows. A restriction (081x/172x) an institution
  imposes or lifts with no one named is on its country's people.
- verdicts, pleas and charges (w16verdict, `verdicts.py`): the act a finding names ("found guilty of beating Y",
  "convicted of / sentenced for / pleaded guilty to ...") is the convicted's, a fact; the act a charge or an
  accusation names is part of the accusation (PLOVER ACCUSE "allege"), which takes its kind from it ("accused X
  of attacking Y": 1123, `accusations.tsv`), and is hypothetical when no one accuses ("was accused of ...").
  A ruling in favour of a suit against Y is the verb's "against" row on Y; the suit stays its plaintiff's (115).
  Courts (w18court): a court's ruling that an act is unlawful or unconstitutional, or that a party broke the law,
  is a finding (116, PLOVER SANCTION "convict") against the act's owner; a conviction set aside eases the sanction
  on the convicted (081), one upheld imposes it again (173); a confession states the act confessed as the
  confessor's; a bare refusal ("Vell declined") rejects (120) the request just made of its subject.
- targets the sentence names outside the target slot (w13target, `verb.py`): the one an object-control verb
  is said of ("allowed Y to open"), an object raised onto the first of two verbs ("surrounded and threatened
  Y"), the subject a passive conjunct shares ("Y is under sanctions and was condemned by X"), the maker of a
  judged thing named by an object relative ("rejected the plan Y proposed"), and whose act an appeal asks for
  ("called for Y's resignation"). Each only for a doer the text names, and never a party the text does not.
  Blame or praise of "the attack" (a definite noun of violence naming no party) is of the doer of the story's
  first act of violence told before it (w19judge, `verb.story_act_target`).
- claims (speech verbs are the quotes stage's cues, `quote_cues.tsv`, and the speaker its quote's speaker
  when it found one): "X said (that) Y attacked Z" is X accusing Y (112), as PETRARCH codes it; "X said Y must do Z" is
  X demanding it of Y (100); other events inside a speech verb's clause keep their coding and get
  `reported_by` (so does everything in a sentence with "according to X").
- one act, one event: what a coded verb governs ("rejected an invitation to attend", "demanded that X
  provide") is part of it; purposes, background and relative clauses are coded only when the sentence has
  no main act; the same act told twice in a sentence keeps its most informative telling.
- whose institutions: a state institution named with no country ("police", "prosecutors", "the court"),
  private people a role names ("protesters", "two suspects", "a man", "the gunmen": sectors CVL, PPL, CRM,
  UAF), a person of a known role ("the judge") and a person named with no role are written with the event's
  home country (`sides.home_country`) when no other participant is of another country: the country of the
  place its clause or sentence names, else the story's dominant country (`sides.dominant_country`: its places,
  else two in three of its place and coded-actor mentions); a person named in full takes only the story's,
  and one with no role only the places' (`event_places.story_country`). "police" in a story set in Norway is
  NORCOP (`record._home_code`); not roles served abroad ("the embassy", "tourists") nor a person the story's
  foreign actors may account for (`record._home_person`). The actors keep what the text says of them.
- political parties only: cooperation (quad classes 1-2) done by a private party ("I", "fans", a person or
  group with no country and no political sector) to nobody political is no event; force needs a perpetrator,
  not a hazard, animal, vehicle or accident (`argument_words.tsv`); a prize "going to" a person is no visit,
  and recognition (054) is of a state or of someone in a political role (`record._among_private`, `senses`).
- every event has a doer (w13doer): PLOVER codes no act with no explicit actor ("4 people were killed") and no
  COOPERATE, AID or SANCTION with no recipient (`record._no_doer`); a party the text names that no table knows
  (a proper name, a pronoun) still counts. Before that, the doer named outside the clause is found (`doers`): the
  claimant of a claim of responsibility for an attack, the reporter of a nominal intent ("said the talks
  included an offer to ..."); clemency, deportation and findings of guilt are the state's (`sides`).
- acts that did not happen or have no counterpart (w10wrong): a consultation (036, 04x but visits and
  mediation) needs a partner, not only a topic; a visit is travel of one's own abroad, not a domestic trip nor
  being carried ("was flown to a hospital"); support and opposition need a party or a party's act; an
  honour given is praise (051); a law or policy is no doer of blame, coercion or force; "would often
  attack" is the habit, not a threat; "neither X nor Y would" negates; an instruction ("attack the
  police!") and a generic statement in a quote ("terrorists seek to ...") are no acts (`clauses`).
The codes these rules produce come from the codebook (`intent_code`, `negated_code` of each root), except
the two fixed PETRARCH outcomes 112 (accuse) and 100 (demand).

The package, one module per step, each importing only those below it:
`sentence` (one sentence: matching every verb and noun, dedupe, absorb, intent, modality, negation), `verb`
(a verb: its pattern, its source, targets and passive source), `nouns` (event nouns), `senses` (the
wrong-sense filters), `appeals` (appeals and evaluative speech), `attribution` (claims, demands and who
reports what), `doers` (doers named outside the act's clause), `verdicts` (the act a verdict or charge names),
`record` (actor codes, the story's home country, the `Event`), and below them `parties` (the actors a phrase
names), `frames` (a verb's `Frame`, embedded questions), `clauses` (modals, the future, the
clause an act sits in) and `drafts` (the records passed between them).
"""
from __future__ import annotations

import dataclasses

from ...knowledge import Knowledge
from ...knowledge.cameo import Codebook
from ...knowledge.verbs import VerbPatterns
from ...records import Article
from .attribution import first_person, quoted
from .doers import outside_doers
from .drafts import EventDraft, Words
from .record import to_event, told_once
from .sentence import sentence_events
from .verb import domestic_target, legal_source, maker_target, pair_parties, split_parties, story_act_target


def run(article: Article, knowledge: Knowledge) -> Article:
    verbs: VerbPatterns = knowledge.verbs
    codebook: Codebook = knowledge.cameo
    words = Words(knowledge.argument_words, knowledge.cues, knowledge.evaluative_words, knowledge.legal_acts)
    drafts: list[EventDraft] = []
    for sentence in article.sentences():
        drafts.extend(split_parties(pair_parties(article, sentence_events(
            article, sentence, verbs, codebook, words, knowledge.verb_dictionary), words.argument.pair)))
    drafts = [quoted(article, d) for d in drafts]
    drafts = [d for d in (first_person(article, d, codebook) for d in drafts) if d is not None]
    drafts = [legal_source(article, d, knowledge.legal_acts) for d in drafts]
    drafts = outside_doers(article, drafts, codebook)
    drafts = [maker_target(article, d, knowledge.evaluative_words) for d in drafts]
    drafts = story_act_target(article, drafts, verbs, codebook)
    drafts = [domestic_target(article, d) for d in drafts]
    drafts.sort(key=lambda d: (d.sentence.token_span(d.token).start, d.code, d.pattern))
    primaries = frozenset(a.sector for a in knowledge.agents.roles if a.prefix and a.sector)
    events = []
    for draft in drafts:
        event = to_event(article, draft, codebook, f"e{len(events) + 1}", primaries, knowledge.agents.roles,
                         words.argument)
        if event is not None:
            events.append(event)
    return dataclasses.replace(article, events=tuple(told_once(article, events)))
