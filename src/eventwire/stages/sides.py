"""The sides of an event that the clause leaves implicit but the act itself names.

A legal act in the passive with no agent ("Ana Vale was convicted of fraud", "two men were arrested in
Tarsk"), also when told in passing in a relative clause or a participle ("Ana Vale, who was convicted of
fraud, ...", "Ana Vale, sentenced last year, ..."), is done by the state's judiciary or police: CAMEO codes
convictions (116) with the court as source and arrests (173) with the police, and PLOVER's sector table gives
JUD ("judiciary, courts, prosecutors") and COP; pardons, commutations (081) and deportations (174) are the
executive's (GOV), and an act of grace named as the retained object ("was granted clemency") or a finding as
the predicate ("was found guilty") counts as its verb. Which institution is the legal-acts table's
(`knowledge/legal.py`); whose it is, the country where the act happens: the place the clause names, else the
country of the one acted upon (courts and police act on their own country's people unless the text says
where), else the story's one country; a deportation's never the deportee's own. With none, no source: a court
of no known country acting on a person of none ("Ana Vale was acquitted") says nothing a coder could code, and
the event stays unsourced as before (and is then not output: PLOVER's required actor, `record._no_doer`). A
body named where it happens ("acquitted in the Senate", "convicted in a military court") is itself the source.

Blame of an act of state ("slammed the bill", "condemned the ruling", "called the verdict a travesty") is blame
of whoever made it (CAMEO codes 111/112 by the one blamed): the "by" agent the text gives the act ("the law
passed by the Senate"), else the institution of the story's one country that makes such acts (a law the
legislature, LEG; a ruling the courts, JUD; a decree the government, GOV; the kinds are
`evaluative_words.tsv`'s). An act owned by a named party ("Ruritania's new law") already names its target.

An adverbial gerund after "by", "in", "after" … ("Chile angered Peru by expelling its envoy") is done by the
subject of the clause it modifies (`subject_controlled_gerund`; the events stage climbs to that subject).

The country of a side the text names with no country ("police", "two suspects", "the man", "Prime Minister
Ana Ruiz" no table knows) is where the event is, as a coder codes a domestic act (`home_country`): the country
of the place the event's clause or sentence names ("Two suspects were detained in Tarsk"), else the story's
dominant country (`dominant_country`). Never when a participant is known to be of another country (a visitor's
meeting, "a Syrian man" keeps his own and then the other side gets none): who is whose is then not clear. Which
sides take it is `home_of`'s choice (state institutions and the sectors of private people, a person of a role or
named in full), at which level `home_level`'s (a person named in full takes only the story's country, and
not when the people the story places are as often of another: `_may_be_visitor`).

The actor records carry the story's level of that rule (`story_actors`, the `homes` stage, once the events are
coded): "the jury" of a story set in the United States is USAJUD in the actors as it is in the events, so the
output and the store's actor table agree with the events; never an actor an event of which it is a side codes
otherwise or leaves without a country (a participant of another country). The event-place level stays per
event (the same "police" may act in two countries of one story), and the events stage still reads the actors
as the text gives them: an act between two private people stays one of private life (`record._among_private`)
whatever country the story is in.
"""
from __future__ import annotations

import dataclasses
import itertools
from typing import Any, Sequence

from ..knowledge import Knowledge
from ..knowledge.agents import Agents
from ..knowledge.evaluative import EvaluativeWords
from ..knowledge.legal import LegalActs
from ..records import Actor, Article
from .event_places import dateline_place, setting_places, story_country
from .syntax import agentless_passive, is_passive, passive_agents


def legal_sector(token: Any, acts: LegalActs) -> str | None:
    """The sector of the institution that did a passive legal act with no agent; None when the trigger is no
    such act or the clause names who did it."""
    if not agentless_passive(token):
        return None
    return acts.sector(token.lemma_) or _retained_act(token, acts)


def _retained_act(token: Any, acts: LegalActs) -> str | None:
    """The sector of a legal act named by the retained object of a passive verb of giving or by a passive's
    predicate adjective: "was granted clemency", "was given a reprieve", "was found guilty" (the act is the
    noun or the finding; the verb says only that it was given or made)."""
    # "found not guilty" is an acquittal, no finding of guilt, but a court's act all the same (legal_acts.tsv's
    # "acquit"; verb_patterns.tsv codes it 081, not 116)
    return next((sector for c in token.children if c.dep_ in ("dobj", "oprd", "acomp")
                 for sector in (acts.sector(c.lemma_),) if sector), None)


def told_in_passing(token: Any) -> Any | None:
    """The noun a passive act is told of in passing, or None: the noun a participle after it modifies ("Bo
    Tuck, sentenced to ten years last year, ..."), or the antecedent of a relative clause whose passive subject
    is the relative pronoun ("Bo Tuck, who was convicted of fraud in 2012, ..."). Not a participle before the
    noun ("the jailed activist", "the convicted governor"): an attribute, a state with no time of its own, as a
    title is, where the clause after it tells the act."""
    if token.tag_ == "VBN" and token.dep_ == "acl":
        return token.head
    if token.dep_ == "relcl" and any(c.dep_ == "nsubjpass" and c.tag_ in ("WP", "WDT") for c in token.children):
        return token.head
    return None


def past_legal_act(token: Any, acts: LegalActs) -> bool:
    """A legal act told in passing of someone ("X, who was convicted of fraud, ..."): a past fact about that
    one, a court's or the police's act of its own, not background to the sentence's main act."""
    return told_in_passing(token) is not None and legal_sector(token, acts) is not None


def legal_source(article: Article, token: Any, undergoers: list[Actor | None], place_country: str | None,
                 acts: LegalActs) -> str | None:
    """The source code of a passive legal act with no agent (module docstring), or None when the trigger is
    no such act, the clause names who did it, or no country is known."""
    sector = legal_sector(token, acts)
    if sector is None:
        return None
    if acts.removal(token.lemma_):
        # one deported is removed from a state not their own: the state of the place, else of the story, never
        # the deportee's own country, nor the country one is sent to ("was deported to Chile": not Chile's act)
        undergoers = []
        sent_to = _destinations(article, token)
        place_country = place_country if place_country not in sent_to else None
        country = place_country or story_country(article)
        return country + sector if country and country not in sent_to else None
    country = place_country or next((a.country for a in undergoers if a is not None and a.country), None) \
        or story_country(article)
    return country + sector if country else None


def _destinations(article: Article, token: Any) -> set[str]:
    """The countries of the places a removal sends one to: the "to"/"into" objects of the verb ("was deported
    to Chile", "back to Tarsk"), by the article's places and countries of those names."""
    names = {" ".join(t.text for t in obj.subtree) for prep in token.children
             if prep.dep_ == "prep" and prep.lower_ in ("to", "into") for obj in prep.children if obj.dep_ == "pobj"}
    if not names:
        return set()
    codes = {p.country for p in article.places if p.country and any(p.name in n for n in names)}
    return codes | {a.country for a in article.actors if a.kind == "country" and a.country
                    and any(a.name in n for n in names)}


# Prepositions whose gerund takes the clause's subject as its own (subject control of an adverbial gerund):
# "Chile angered Peru by expelling its envoy", "addressed the conflict in mediating the accords", "after
# meeting X". Not "for", "from", "of", "against", whose gerund may be the object's act ("criticised X for
# expelling", "prevented X from attacking").
_SUBJECT_GERUND_PREPS = frozenset({"by", "in", "after", "before", "while", "upon", "on", "through", "without",
                                   "since", "when"})


def subject_controlled_gerund(token: Any) -> bool:
    """A gerund after one of those prepositions on a verb: its subject is the verb's (grammar, not a table)."""
    prep = token.head
    return (token.dep_ == "pcomp" and token.tag_ == "VBG" and prep.dep_ == "prep"
            and prep.lower_ in _SUBJECT_GERUND_PREPS and prep.head.pos_ in ("VERB", "AUX") and prep.head.i != prep.i)


def judged_act(token: Any, words: EvaluativeWords) -> tuple[Any, str] | None:
    """The act of state a verb of blame is about ("slammed the bill", "the ruling was condemned"): its
    noun and the sector of the institution that makes such acts; None when the object is no such act."""
    dep = "nsubjpass" if is_passive(token) else "dobj"
    for noun in token.children:
        sector = words.maker(noun.lemma_.lower()) if noun.dep_ == dep else None
        if sector is not None:
            return noun, sector
    return None


def act_makers(noun: Any) -> list[Any]:
    """Who the text says made an act of state: the "by" agents of a participle on it ("the law passed by the
    Senate", "the ruling issued by the court")."""
    return [agent for acl in noun.children if acl.dep_ == "acl" and acl.tag_ == "VBN" for agent in passive_agents(acl)]


def maker_code(article: Article, sector: str) -> str | None:
    """The code of the story's own institution of that sector ("the bill" in a story set in Chile: CHLLEG), or
    None when the story is set in no one country."""
    country = story_country(article)
    return country + sector if country else None


# A story's dominant country when its places alone say none (`dominant_country`): of every geocoded place
# mention and every mention of an actor with a country, one country must hold at least this share, over at
# least `_MIN_VOTES` of them. Looser than `story_country` (four in five of the places), which also places
# events: a side's country only needs the story to be about one country's affairs, as a reader takes "the
# government" of a story whose places and actors are nearly all Chilean to be Chile's.
_DOMINANT_SHARE = 2 / 3
_MIN_VOTES = 3


def dominant_country(article: Article) -> str | None:
    """The one country a story is about: `story_country` (its places), else the country of two in three of
    the place mentions and mentions of actors with a country taken together (at least three), never one other
    than its dateline's. None for a story of two countries more evenly ("Chile and Peru signed …")."""
    return article.memo("dominant_country", _dominant_country)


def _dominant_country(article: Article) -> str | None:
    story = story_country(article)
    if story is not None:
        return story
    votes = _country_votes(article)
    top = dominant_of([country for country, _ in votes]) or _lede_country(article, votes)
    dateline = dateline_place(article)
    if dateline is not None and dateline.country != top:
        return None
    return top


def _country_votes(article: Article) -> list[tuple[str, int]]:
    """(country, offset) of every geocoded place mention that says where the story is set (`setting_places`: not
    "the Benghazi committee") and every mention of an actor with a country, but for the press (sector MED): "CNN reported" is where the story was told, not whose affairs it tells (`foreign`)."""
    votes = [(p.country, p.span.start) for p in setting_places(article)]
    votes += [(a.country, m.span.start) for a in article.actors if a.country and a.sector != "MED"
              for m in a.mentions]
    return votes


# How many sentences open a story (its lede), and how many of its country votes they must hold.
_LEDE_SENTENCES = 2
_LEDE_VOTES = 2
_LEDE_SHARE = 1 / 2


def _lede_country(article: Article, votes: list[tuple[str, int]]) -> str | None:
    """A news story says where it happens in its lede (the inverted pyramid): when no country holds two in three
    of the votes, the country that every vote of the first two sentences gives (at least two) is the story's,
    provided it also holds half the votes of the whole story. A story that opens on two countries ("Chile and Peru
    signed ..."), or whose lede names one that the rest does not bear out (a story of many countries), has none."""
    sentences = list(itertools.islice(article.sentences(), _LEDE_SENTENCES))
    if not sentences or len(votes) < _MIN_VOTES:
        return None
    end = sentences[-1].span.end
    lede = {country for country, at in votes if at < end}
    if len(lede) != 1 or sum(at < end for _, at in votes) < _LEDE_VOTES:
        return None
    (country,) = lede
    share = sum(c == country for c, _ in votes) / len(votes)
    return country if share >= _LEDE_SHARE else None


def dominant_of(votes: Sequence[str]) -> str | None:
    """The country of two in three of `votes` (country codes, one per mention), over at least three; None
    when no country holds that share. Serves `dominant_country` and the actors stage, which counts the
    article's place names before the places stage has run (`actors.tokens.local_body_country`)."""
    if len(votes) < _MIN_VOTES:
        return None
    top = max(sorted(set(votes)), key=votes.count)
    return top if votes.count(top) >= _DOMINANT_SHARE * len(votes) else None


def home_country(article: Article, participants: list[Actor | None], place_country: str | None) -> str | None:
    """The country of an event's sides named with no country (module docstring): `place_country`, the
    country of the place the event's own clause or sentence names, else the story's dominant country; None
    when a participant is known to be of another."""
    home = place_country or dominant_country(article)
    if home is None or any(foreign(a, home) for a in participants):
        return None
    return home


def foreign(actor: Actor | None, home: str | None) -> bool:
    """Whether a participant is known to be of another country than `home`, so that who is whose in the event is
    not clear. Not a news outlet (sector MED): the press of any country reports on and is spoken to about any
    other's affairs ("the governor criticized CNN"), so its own country says nothing of where the event is, as
    the story's other foreigners do."""
    return actor is not None and actor.country not in (None, home) and actor.sector != "MED"


# The state's own institutions (the first block of the PLOVER manual's sector table, CAMEO's COP, GOV, JUD,
# LEG, MIL, SPY): "police", "the court", "the authorities" of a story set in one country are that country's,
# as CAMEO/ICEWS coders assign domestic institutions to their country. Not civil society, media, business,
# rebels or NGOs, which are as often foreign or transnational as local.
_STATE_SECTORS = frozenset({"COP", "GOV", "JUD", "LEG", "MIL", "SPY"})
# Private people named with no country, by their agents.tsv sector: civilians (CVL: PLOVER's "unarmed domestic
# entities"; "residents", "protesters", "victims"), people (PPL: "a man", "two women"), criminals (CRM: "the
# assailants") and unidentified armed men (UAF: "gunmen"), who in a news story of one place are of that place
# (issue 9, item 6). Not rebels, whose fighters often come from abroad. Political parties (PTY) and their
# members run for a country's offices: "the party", "party delegates" of a story set in one country are its;
# so is the opposition (OPP, the manual's "opposition parties, individuals, anti-government activists": the
# opposition to that country's government, "rioters", "political prisoners"). Organised labour and peasants
# (LAB, AGR: "workers", "farmers") are, as civilians are, the country's own; hospitals (HLH) are bodies seated
# where they serve, as `actors.tokens` takes "Tarsk City Hospital" to be (w17people). Not media, business,
# religious bodies or NGOs, as often foreign or transnational as local ("AFP", "the church"), nor education,
# whose sector names students as often as schools, and students are often abroad (PETRARCH's own tests keep
# "students" arrested in Moscow of no country).
_HOME_SECTORS = _STATE_SECTORS | {"CVL", "PPL", "CRM", "UAF", "PTY", "OPP", "LAB", "AGR", "HLH"}


def home_of(actor: Actor, code: str | None, home: str | None, article: Article, roles: Agents) -> str | None:
    """The code of an actor named with no country (`code` is its own, "---JUD") given the home country that fits
    it (`home_level`): the same code when it takes none (module docstring)."""
    if home is None or actor.country is not None or code is None and actor.kind != "person":
        return code
    if roles.abroad(actor.name) or any(roles.abroad(word) for word in actor.name.split()):
        return code
    if actor.kind == "person":
        return _home_person(article, actor, code, home)
    if actor.kind == "organisation" and code.startswith("---") and actor.sector not in _HOME_SECTORS \
            and _named_body(actor):
        return _home_body(article, actor, code, home)
    if actor.kind not in ("group", "organisation") or code is None or not code.startswith("---"):
        return code
    if actor.sector in _HOME_SECTORS or actor.kind == "group" and _faithful(actor.sector):
        return home + code[3:]
    return code


# CAMEO's religion codes (Christians CHR and its churches, Muslims, Jews, Hindus, Buddhists, Sikhs; REL any faith), as
# agents.tsv writes them (Phoenix's MUS for Muslims).
_FAITHS = ("CHR", "MUS", "JEW", "HIN", "BUD", "SIK", "REL")


def _faithful(sector: str | None) -> bool:
    """Is the sector a faith's? Its adherents named as a group ("Shiites", "Catholics", "Christians") in a story of one
    place are that place's people, as civilians are; a faith's bodies and clergy ("the church", "a bishop") are not
    groups, and stay as transnational as they are."""
    return sector is not None and sector.startswith(_FAITHS)


def _named_body(actor: Actor) -> bool:
    """A body named by a proper name ("Granite Motors", "the Tarsk Herald"), not by a common noun ("the
    company", "the media"), and none of the tables' (an IGO, an NGO or an outlet the tables give no country
    keep their own code)."""
    return any(m.how == "name" for m in actor.mentions) and _name_shaped(actor.name)


def _home_body(article: Article, actor: Actor, code: str, home: str) -> str:
    """A body named with no country that no table knows, whose name gives its sector ("Tarsk University", "the
    Vell Trading Company": `actors.entities.org_sector`), in a story of one country's affairs, is of that
    country (w18bodies), as a person named in full is (`_home_person`, w17people): the firms, schools and
    associations a story names are those of the country whose affairs it tells; a foreign one is usually named
    with its country ("the French carmaker Vell"), which the actors stage gives it. Not a name with no sector
    ("Tarvex", "Vellcorp"): a bare country code would make a product, a website or a person the tagger took for
    a body into the state itself; nor when the story's named bodies with a country are as often of another
    (`_may_be_visitor`'s share, over the bodies), nor a body of the press (`foreign`: an outlet reports on any
    country's affairs). A body of a state sector is `home_of`'s as any such side is."""
    if actor.sector == "MED" or _foreign_bodies(article, home):
        return code
    return home + code[3:]


def _foreign_bodies(article: Article, home: str) -> bool:
    """Whether the bodies the story names with a country, but for the press, are as often of another country
    than `home`: fewer than two in three of them are `home`'s (`_DOMINANT_SHARE`)."""
    return _as_often_foreign(
        [a.country for a in article.actors if a.country and a.kind == "organisation" and a.sector != "MED"], home)


def _home_person(article: Article, actor: Actor, code: str | None, home: str) -> str | None:
    """A person of no stated country is of the event's home country (`home_country`): PLOVER codes
    every actor with a country (manual, "Country Names and Sector Codes", rule 1) and a sector only for
    the role the text gives, so "the judge" is home + JUD, and a private person named with no role
    ("Usman Ruiz stabbed …") the country alone, as PETRARCH writes a bare country code. Not a person who
    may be a visitor (`_may_be_visitor`: the story's placed peers are as often of another country), and a
    person with no role only when once named in full, in a name shaped as a person's (`_name_shaped`)."""
    if code is not None and not code.startswith("---"):
        return code  # a primary agent written alone ("NGO"): no national actor
    if _may_be_visitor(article, actor, home):
        return code
    if actor.sector is not None:
        return home + (code[3:] if code else actor.sector)
    if not any(m.how == "name" for m in actor.mentions) or not _name_shaped(actor.name):
        return code  # a lone capitalised word ("Twitter" as a subject) may be no person at all
    return home


def _may_be_visitor(article: Article, actor: Actor, home: str) -> bool:
    """Whether a person of no stated country may be one of the story's foreigners: of its peers the story
    places (the actors of its sector, for one with a role: "the minister" after "the Chilean minister arrived";
    the people, for one with none), one is of another country than `home`, and fewer than two in three are
    of `home` (`_DOMINANT_SHARE`). A story of one country's affairs that names a foreign leader or two in
    passing ("a Ukrainian prosecutor" among thirty Americans) still has its own people as the people it names;
    one whose placed peers are as often foreign gives no such reading. The press's people count (unlike in
    `foreign`): a foreign outlet's reporters in a story are a sign its other uncoded people may be its staff too
    ("Abu Dhabi TV photojournalist X" and the outlet's manager in a story of Yemen; w18bodies)."""
    if actor.sector is not None:
        peers = [a.country for a in article.actors if a.country and a.kind != "country" and a.sector == actor.sector]
    else:
        peers = [a.country for a in article.actors if a.country and a.kind == "person"]
    return _as_often_foreign(peers, home)


def _as_often_foreign(peers: list[str], home: str) -> bool:
    """Whether some of the countries of a story's peers are not `home` and fewer than two in three are `home`'s
    (`_DOMINANT_SHARE`): the story's people or bodies of that kind are as often of another country."""
    own = peers.count(home)
    return own < len(peers) and own < _DOMINANT_SHARE * len(peers)


def _name_shaped(name: str) -> bool:
    """Whether a name has the shape of a person's in English text: a word of it begins with a capital ("van
    Biljon", "Abu Said al-Hamdi") and no letter of it is of a script with no capitals. Lowercase words or text
    of another script that the tagger took for a name ("antadoya ann card", "Family से होता") are no person to
    give a country."""
    return any(word[:1].isupper() for word in name.split()) and not any(
        ch.isalpha() and not ch.isupper() and not ch.islower() for ch in name)


def home_level(actor: Actor, home: tuple[str | None, str | None]) -> str | None:
    """Which of the home countries `home` (the event's home country, the story's dominant country) fits the
    actor: a person once named in full takes only the story's, as a named person may be a visitor where the
    event happens ("an Emirati TV journalist killed in Mokha"); the people a role names ("two suspects detained
    in Tarsk") are of the place. A person named with no role takes the story's too, as a coder gives "Dana Kell
    was sentenced" in a story of one country's affairs that country: that the name is a person's at all is
    `_home_person`'s question (its shape), whether the person may be a visitor `_may_be_visitor`'s."""
    named = any(m.how == "name" for m in actor.mentions)
    return home[1] if named else home[0]


def story_actors(article: Article, roles: Agents) -> tuple[Actor, ...]:
    """The article's actors, those named with no country given the story's (module docstring): the rule of
    `home_country` and `home_of` with no event place, so each takes what the story alone supports ("the court"
    of a story set in Norway: NORJUD; a private person named in full unless the story's people may be visitors,
    `_may_be_visitor`). With no event place, every level of `home_level` is the story's dominant country. The
    country and the code are written; the sector stays the text's."""
    story = dominant_country(article)
    if story is None:
        return article.actors
    out = []
    for actor in article.actors:
        home = story if actor.country is None else None
        code = home_of(actor, actor.code, home, article, roles) if home is not None else None
        if code is None or code == actor.code or code.startswith("---") or _contradicted(article, actor, home):
            out.append(actor)
        else:
            out.append(dataclasses.replace(actor, country=code[:3], code=code))
    return tuple(out)


def _contradicted(article: Article, actor: Actor, home: str | None) -> bool:
    """Whether an event the actor is a side of says it may be of another country than `home`: a participant
    is of another (`home_country` gives such an event's sides none: "government forces" in a story a British
    monitor tells of Syria), or the event codes the actor itself with another country or with none (the
    country of the place the event names)."""
    for event in article.events:
        ids = (*event.actors, *event.recipients)
        if actor.id not in ids:
            continue
        if any(foreign(a, home) for a in map(article.actor, ids)):
            return True
        code = event.source if event.actors and event.actors[0] == actor.id else \
            event.target if event.recipients and event.recipients[0] == actor.id else None
        if code is not None and code[:3] != home:
            return True
    return False


def run(article: Article, knowledge: Knowledge) -> Article:
    """The `homes` stage: the actors with the story's country (`story_actors`)."""
    return dataclasses.replace(article, actors=story_actors(article, knowledge.agents.roles))
