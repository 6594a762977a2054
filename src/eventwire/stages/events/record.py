"""The record: actor codes, the story's home country for a state institution named with no country ("whose
institutions" in the package docstring), the date, and the `Event` made of a draft."""
from __future__ import annotations

import bisect
import dataclasses
import re
from typing import Any

from ...knowledge.agents import Agents
from ...knowledge.argwords import ArgumentWords
from ...knowledge.cameo import CameoCode, Codebook
from ...outlets import outlet
from ...records import Actor, Article, Event, Sentence
from ..event_places import event_place
from ..sides import home_country, home_level, home_of
from ..syntax import governing_subjects, shared_objects, subtree_span
from .clauses import UNDERTAKINGS
from .drafts import EventDraft
from .parties import doer_phrases, informative, names_person, recipient_phrases


def actor_code(actor: Actor | None, primaries: frozenset[str] = frozenset()) -> str | None:
    """The actor's CAMEO code as events write it. `primaries` are the primary agent codes (`NGO~`), which
    stand in the country's place and so are written alone ("NGO", as the actors stage and PETRARCH do)."""
    if actor is None:
        return None
    if actor.country is None and actor.code and actor.code == actor.sector and actor.code not in primaries:
        # a sector with no known country ("rebels": REB) is "---REB" in CAMEO/PETRARCH codings (the actors
        # stage writes it so; this covers actors made elsewhere)
        return f"---{actor.code}"
    return actor.code or actor.country


def _home_code(actor: Actor | None, primaries: frozenset[str], home: tuple[str | None, str | None],
               article: Article, roles: Agents) -> str | None:
    """`actor_code`, with the event's home country (`sides.home_country`) for an actor named without one:
    "police" in a story set in Norway is NORCOP. Which actors take it is `sides.home_of`'s choice (state
    institutions, civilians and private people a role names, one person of a role or named in full; never a
    role served abroad), at which level `sides.home_level`'s. `home` is the pair (the event's home country,
    the story's dominant country)."""
    code = actor_code(actor, primaries)
    if actor is None:
        return code
    return home_of(actor, code, home_level(actor, home), article, roles)


def _private(actor: Actor | None) -> bool:
    """A person no table knows and no role places: a private individual (`sides.home_of` may give the story's
    country, never a sector)."""
    return actor is not None and actor.kind == "person" and actor.country is None and actor.sector is None


# CAMEO's media sector: an outlet or a journalist (`_political`, `_press`).
_PRESS = "MED"


def _political(actor: Actor | None, private_sectors: frozenset[str]) -> bool:
    """An actor CAMEO and PLOVER code events of: one with a country ("Bosnian Serbs", "Druze inhabitants of
    the Golan" are coded with theirs), one whose sector is the state's or an organised actor's (government,
    military, rebels, parties, IGOs, NGOs ...; not one of the `private_sectors` of private life,
    argument_words.tsv), or an organisation, unless it is only of private life ("the Daily Courier", a game
    studio): an organisation no table knows ("the union", "the forum") is coded by its country or sector when
    a coder knows them, so it is kept."""
    if actor is None:
        return False
    if actor.sector == _PRESS:
        # a news outlet or journalist by its sector alone, whatever its country: "the Associated Press called the
        # election" is the press at work whether or not the tables know the outlet's country (w18bodies)
        return actor.sector.lower() not in private_sectors
    if actor.country is not None or actor.kind == "country" or informative(actor):
        return True
    if actor.sector is not None:
        return actor.sector.lower() not in private_sectors
    return actor.kind == "organisation"


# Closed-class grammar: first- and second-person pronouns, the speakers and hearers of an interview, a letter or
# a speech ("I went to Syria", "you ask people"); who they are is not in the clause.
_FIRST_SECOND = frozenset({"i", "we", "you", "me", "us"})


def _private_doer(token: Any, argument: ArgumentWords) -> bool:
    """Is the doer of the trigger a first- or second-person pronoun or a generic group of private people
    ("fans", "colleagues")?"""
    # "I wanted to help girls": the doer of "help" is the subject of "wanted"
    doers = governing_subjects(token, ("nsubj",), ("xcomp", "conj"))
    return bool(doers) and all(d.lower_ in _FIRST_SECOND or d.lemma_.lower() in argument.private for d in doers)


def _among_private(actors: list[Actor | None], recipients: list[Actor | None], token: Any, entry: CameoCode,
                   argument: ArgumentWords) -> bool:
    """An act of cooperation (CAMEO quad classes 1 and 2) done by a private party to nobody political:
    a game developer and his publisher, an astronomer and colleagues, "fans", "I" in an interview. CAMEO and
    PLOVER code events between political actors; civilians count as the targets of political acts (an
    arrest, an attack, a protest, kept), and conflict in words (quad class 3: "demanded a truce") is coded of
    whoever the text gives. The doer is private when its actor is no political one (`_political`) or, with
    no actor, when it is a first- or second-person pronoun or a generic group (`_private_doer`); a doer the
    text does not name ("he was found guilty", "was granted a pardon") may be the state and is kept. A
    place's country alone is where the act is, no party to it, and so is a country a private party travels
    to (PLOVER's visit is made by one political actor to another's location: "I went to Syria" is travel)."""
    if entry.quad_class not in (1, 2):
        return False
    if not (actors and actors[0] is not None and not _political(actors[0], argument.sector)
            or not actors and _private_doer(token, argument)):
        return False
    hosts = [a for a in recipients if a is not None and not (entry.plover_mode == "visit" and a.kind == "country")]
    return not any(_political(a, argument.sector) for a in actors + hosts)


# Closed-class grammar: personal pronouns that stand for a person or people done to ("stabbed him"); the
# reflexives are left out, since harm done to oneself is no act on another ("shot himself").
_PERSONS_DONE_TO = frozenset({"him", "her", "them", "he", "she", "they"})
# ... and those that stand for a person or people doing it ("he stabbed", "they kidnapped").
_PERSONS_DOING = frozenset({"he", "she", "they"})
# Actor kinds of people: a person, a group of them, or an organised body of them (a gang). A country is left to
# the state's own acts of force, which need no exception.
_PEOPLE = frozenset({"person", "group"})
_DOERS = _PEOPLE | {"organisation"}
# CAMEO's criminal sector (PLOVER CRM: "individual criminals and criminal gangs").
_CRIMINALS = "CRM"
# The sectors of people in general, which say nothing of who acts: Phoenix's PPL ("a man"), PLOVER's CVL
# ("civilians ... unarmed domestic entities"; "a woman").
_GENERIC_PEOPLE = frozenset({None, "PPL", "CVL"})
# PLOVER's context of crimes and criminals.
_CRIME = "crime"


def _person_noun(article: Article, draft: EventDraft, head: Any, words: frozenset[str], pronouns: frozenset[str]
                 ) -> bool:
    """Does the phrase name a person or people: a person or group actor, a personal pronoun, a person's name, or
    a noun of `words` ("a taxi driver": its head)?"""
    actor = article.actor_at(draft.sentence.token_span(head))
    if actor is not None:
        return actor.kind in _PEOPLE
    if head.pos_ == "NOUN":
        return head.lemma_.lower() in words
    return head.lower_ in pronouns if head.pos_ == "PRON" else names_person(article, draft.sentence, head)


def _violent_crime(article: Article, entry: CameoCode, draft: EventDraft, actors: list[Actor | None],
                   recipients: list[Actor | None], argument: ArgumentWords) -> bool:
    """Is the act deliberate violence done by a person or people to a person or people ("two brothers murdered a
    shopkeeper", "a man stabbed a taxi driver")? A verb of argument_words.tsv's violence kind coded as force
    (CAMEO 18-20), whose undergoer is a person or people (the object's head a person or group actor, a personal
    pronoun, a name, a noun of a person: argument_words.tsv's private and victim kinds; not a vehicle, a thing or an idea: "shot a
    film", "shot down the proposal", nor the doer itself: "shot himself") and whose doer is one too (or a gang).
    The PLOVER manual ("A note on CRIME") codes such crimes as ASSAULT with the criminal actor code, so they are
    kept where two private people would make no event (`to_event`)."""
    if entry.code[:2] not in ("18", "19") or draft.token.lemma_.lower() not in argument.violence:
        return False
    if set(draft.recipients) & set(draft.actors):
        return False  # "shot himself": harm done to oneself
    people = argument.private | argument.victim
    # the undergoer by the words that name it: "a farmer in the Mexican village" is a person, whatever country
    # the phrase gives its actor, and "a photograph of the protesters" is none, whoever it shows
    # (an object shared with the verb coordinated after it: "kidnapped and murdered a farmer")
    undergoers = recipient_phrases(draft.token) or (shared_objects(draft.token) if draft.token.pos_ == "VERB" else [])
    if not any(_person_noun(article, draft, h, people, _PERSONS_DONE_TO) for h in undergoers):
        return False
    if actors:
        return all(a is not None and a.kind in _DOERS for a in actors)
    return any(_person_noun(article, draft, h, people, _PERSONS_DOING) for h in doer_phrases(draft.token))


def _criminal(code: str | None, country: str | None) -> str:
    """The code of the doer of a violent crime whom nothing else codes (a private person, people in general, or a
    doer no actor names: "two brothers"): a criminal (PLOVER CRM) of the country the doer's code has, else of
    `country`."""
    own = code[:3] if code and len(code) >= 3 and code[:3] != "---" else None
    return f"{own or country or '---'}{_CRIMINALS}"


# CAMEO 054 "Grant diplomatic recognition" recognises a state or a government (PETRARCH's RECOGNISE block is
# praise, 051, and 054 only for INDEPENDENCE): "was recognised for her work" recognises no state.
_RECOGNITION = "054"


# CAMEO's consultations are dyadic: 040 "consult", 041 "discuss by telephone", 044 "meet at a third location",
# 046 "engage in negotiation" and 036 "express intent to meet or negotiate" are done WITH someone (PETRARCH's
# CONSULT, DISCUSS and MEET blocks code a partner, [040] with the "with" party as target). 042/043 (a visit made
# or hosted) have their own test of a host or visitor (the "party" role) and 045 (mediate) names the parties.
_DYADIC = frozenset({"036", "040", "041", "044", "046"})
# Closed-class grammar: prepositions that name the one consulted ("met with", "a meeting between").
_PARTNER_PREPS = frozenset({"with", "between", "among", "amongst"})
# Closed-class grammar: subject pronouns of a plural that can meet among itself ("they met").
_PLURAL_PRONOUNS = frozenset({"they", "we"})


def _no_partner(entry: CameoCode, actors: list[Actor | None], recipients: list[Actor | None], token: Any) -> bool:
    """A consultation (`_DYADIC`) with nobody consulted: no recipient ("with X", "met X"), one actor, and a
    subject that is no plural meeting among itself ("the ministers met", "they met"). "The president
    discussed the economy", "held a meeting on the budget" name a topic, not a partner; a place met at
    ("met in Lima") is where, not with whom. An intergovernmental body (CAMEO IGO) meeting is its member states
    consulting."""
    if entry.code not in _DYADIC or recipients or len(actors) > 1:
        return False
    if actors and actors[0] is not None and (actors[0].code or "").startswith("IGO"):
        return False  # "the G7 met", "the AU summit": an intergovernmental body's members meet each other
    if token.pos_ == "NOUN" and any(c.dep_ == "prep" and c.lower_ in _PARTNER_PREPS
                                    and any(o.dep_ == "pobj" for o in c.children) for c in token.children):
        # "a meeting between Vell and an adviser": a partner no table codes is still one (a verb's "with X" is
        # its target slot, and "with Wikinews" one no actor fills)
        return False
    # "agreed to meet", "arrived and met": the subject of the governing verb
    subjects = governing_subjects(token, ("nsubj", "nsubjpass"), ("xcomp", "conj", "advcl"))
    return not _plural(subjects)


def _plural(subjects: list[Any]) -> bool:
    """Is any subject a plural or a coordination ("the ministers", "they", "Chile and Peru"): several parties
    who may meet, or undertake something, among themselves?"""
    return any(s.tag_ in ("NNS", "NNPS") or s.lower_ in _PLURAL_PRONOUNS or any(c.dep_ == "conj" for c in s.children)
               for s in subjects)


def _domestic_visit(entry: CameoCode, source: str | None, target: str | None,
                    recipients: list[Actor | None], argument: ArgumentWords) -> bool:
    """A trip inside the traveller's own country ("the minister, visiting the town of Arica" for a Chilean
    minister): PLOVER's CONSULT "visit" mode is travel to meet another actor, CAMEO 042 a visit to a host or a
    foreign place. When the target is the bare country of a place, or the visited are only institutions of
    private life of that country, which name a building gone to ("visited the hospital where the victims lay",
    "a visit to a school in Santiago" for a Chilean minister; argument_words.tsv's private sectors, w18wrong).
    A host ("visited Chilean troops", "visited the ministry") is kept, and so is a trip abroad."""
    if entry.code != "042" or source is None or target is None:
        return False
    if _only_buildings(target, recipients, argument):
        return True  # "a visit to Walter Hale Hospital": a building of no country known is no host abroad
    if source[:3] != target[:3]:
        return False
    return all(a is None or a.kind == "country" or _institution_of_private_life(a, argument) for a in recipients) \
        and (len(target) == 3 or any(a is not None and a.kind != "country" for a in recipients))


def _only_buildings(target: str, recipients: list[Actor | None], argument: ArgumentWords) -> bool:
    """Is the target side only institutions of private life of no country known ("---HLH": "Walter Hale
    Hospital", "a new hospital"), which name a building, not a party?"""
    return target[:3] == "---" and bool(recipients) and all(
        a is not None and _institution_of_private_life(a, argument) for a in recipients)


def _institution_of_private_life(actor: Actor, argument: ArgumentWords) -> bool:
    """An organisation coded only by a sector of private life and its country (a hospital, a school, a firm: HLH,
    EDU, BUS), not one with a code of its own (the Red Cross)."""
    if actor.kind != "organisation" or actor.sector is None or actor.sector.lower() not in argument.sector:
        return False
    return actor.code in (None, actor.sector, f"---{actor.sector}", f"{actor.country}{actor.sector}")


# The object classes of verb_patterns.tsv that name a gathering ("attended the summit"): its other participants
# are the partners, named or not, so attending one is never a trip to nobody (`_no_host`).
_GATHERINGS = ("&TALKS", "&OCCASION")


def _no_host(entry: CameoCode, draft: EventDraft, target: str | None) -> bool:
    """A visit made or hosted (CAMEO 042/043) with no party on the other side and no place abroad: "went to the
    scene", "arrived at the rally", "received his education". PLOVER's CONSULT "visit" mode is travel "to meet
    another actor", and verb_patterns.tsv's "party" role asks a visitor or host of the rows of 043; with no
    recipient and no target (a place abroad gives its country as the target) nobody was met. A gathering
    attended (`_GATHERINGS`) has its participants for partners and is kept; so is a pair who visit each other."""
    if entry.code not in ("042", "043") or target is not None or draft.recipients or draft.target_code:
        return False
    if draft.symmetric and len(draft.actors) > 1:
        return False
    return not any(kind in draft.pattern for kind in _GATHERINGS)


def _lone_promise(entry: CameoCode, draft: EventDraft, target: str | None, recipients: list[Actor | None],
                  argument: ArgumentWords) -> bool:
    """A promise of one's own act that names no other party ("pledged to build a new stadium", "vowed to issue an
    order", "committed to holding a trial", "promised to hold fair elections"), coded as the bare intent to
    cooperate (030) because the act promised is no coded one. PLOVER AGREE is willingness or commitment "to
    cooperate", and CAMEO 03x intent to cooperate with the target; an undertaking with nobody to cooperate with,
    made by one party, is campaign talk, no event. Only a promise of an act (a to-infinitive, a gerund): a thing
    promised ("offered assistance", "pledged a donation") is a gift with its recipient unnamed, and kept, as a
    pledge of a plural or compound subject ("the two parties pledged to work together")."""
    if entry.code != "030" or draft.hypothetical or draft.token.lemma_.lower() not in UNDERTAKINGS:
        return False
    if target is not None and not _only_buildings(target, recipients, argument):
        return False  # "pledged to build a new hospital": the hospital to be built is no party promised to
    token = draft.token
    act = any(c.dep_ == "xcomp" or c.dep_ in ("dobj", "pcomp") and c.tag_ == "VBG" for c in token.children) or any(
        c.dep_ == "prep" and any(g.dep_ == "pcomp" or g.tag_ == "VBG" for g in c.children) for c in token.children)
    if not act:
        return False
    subjects = governing_subjects(token, ("nsubj",), ("xcomp", "conj", "advcl"))
    return bool(subjects) and not _plural(subjects)


# CAMEO acts that are the doer's own doing and nothing else: a call made (041 "discuss by telephone"), a trip made
# (042 "make a visit") and a rescue or evacuation carried out (073 "provide humanitarian aid"). With no traveller,
# caller or rescuer coded ("Marine One flew to ...", "my thoughts go to the families", "five people were
# rescued"; "after visiting the town of Tacna, the delegation returned", whose governing subject is no actor),
# the record says only who was reached, carried or saved; PLOVER codes none (CONSULT is "made by one political
# actor", AID is "provided by" one).
_DOER_ACTS = frozenset({"041", "042", "073"})
# Of these, the call and the rescue are political only when a political actor makes them: a neighbour phoning
# the police reports a crime, fishermen pulling passengers from the sea are bystanders, not humanitarian aid
# (PLOVER AID: "provision of humanitarian aid" by an actor; a state agency's rescue stays). A private traveller's
# visit is `_among_private`'s (a political host keeps it).
_POLITICAL_DOER_ACTS = frozenset({"041", "073"})


# PLOVER's required parties (manual, "Required entities"; the "Requires recipient: Yes" of each type): an event
# with no explicit actor ("4 people were arrested/killed") is not coded, and cooperation, aid and sanctions are
# always done to someone (COOPERATE, AID, SANCTION). A doer the act itself names counts ("was convicted": the
# court, `sides.legal_source`), so does a recipient given as a place's country.
_RECIPIENT_REQUIRED = frozenset({"COOPERATE", "AID", "SANCTION"})


def _no_doer(article: Article, entry: CameoCode, draft: EventDraft, source: str | None, target: str | None,
             actors: list[Actor | None], argument: ArgumentWords) -> bool:
    """An event short of a party PLOVER or CAMEO requires: no actor at all (no source, no actor, and no party
    the text names that the tables do not know: `_named_party`), no recipient of a type that requires one
    (`_RECIPIENT_REQUIRED`), a call, trip or rescue (`_DOER_ACTS`) with no coded doer, or a call or rescue by a
    private party."""
    if source is None and not actors and not any(_named_party(article, draft, p) for p in doer_phrases(draft.token)):
        return True
    if entry.plover_event in _RECIPIENT_REQUIRED and target is None and not draft.recipients and not any(
            _named_party(article, draft, p) for p in recipient_phrases(draft.token)):
        return True
    if entry.code not in _DOER_ACTS or draft.source_code is not None:
        return False
    if source is None:
        return True
    return entry.code in _POLITICAL_DOER_ACTS and bool(actors) and not _political(actors[0], argument.sector)


def _named_party(article: Article, draft: EventDraft, head: Any) -> bool:
    """A phrase that names a party explicitly, coded or not: an actor, a proper name no table knows ("Brumia
    refused"), or a pronoun or a pronoun's possession ("they attacked", "expelling its ambassador") whose
    referent the actors stage did not find. PLOVER leaves uncoded only acts with no explicit actor ("4 people
    were killed"), not those whose actor a dictionary lacks."""
    if article.actor_at(draft.sentence.token_span(head)) is not None or head.pos_ == "PROPN":
        return True
    if head.tag_ == "NN" and head.is_title and not any(c.dep_ == "det" for c in head.children):
        return True  # a name the tagger read as a common noun at the start of a sentence ("Blankenship said")
    if head.tag_ == "PRP" and head.dep_ != "expl":
        return True
    return any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in head.children)


# CAMEO roots of acts of authority: 04 consult (between political actors), 08 yield (concessions to demands:
# "allowed", "eased") and 17 coerce (administrative sanctions, bans, arrests: a state's or an organised actor's
# means). Force (18-20) is coded of whoever commits it, and verbal conflict (11-13) of whoever the text gives.
_AUTHORITY_ROOTS = frozenset({"04", "08", "17"})
# PLOVER's civilian sector.
_CIVILIANS = "CVL"


def _private_authority(entry: CameoCode, actors: list[Actor | None], recipients: list[Actor | None], token: Any,
                       argument: ArgumentWords) -> bool:
    """An act of authority (`_AUTHORITY_ROOTS`) done by a private party: the doer is a private-people word
    ("her parents banned her from school", "a neighbour phoned the police": `_private_doer`) or an actor of a
    the civilian sector ("a Kenyan woman", KENCVL), and, but for a consultation, nobody political undergoes it
    (a parent's ban on a child is a household rule). A telephone call (041) needs a political caller whoever is
    called: a citizen phoning the police reports a crime."""
    if entry.code[:2] not in _AUTHORITY_ROOTS:
        return False
    doer = actors[0] if actors else None
    # a civilian doer by its sector alone: PLOVER's CVL ("unarmed domestic entities"), not a group of another
    # private sector, which is often organised ("the teachers' union called off the strike" is a concession)
    civilian = doer is not None and doer.sector == _CIVILIANS and doer.kind != "organisation"
    if not (_private_doer(token, argument) or civilian):
        return False
    if entry.code == "041":
        return True  # "a neighbour phoned the police": a report of a crime, no consultation
    return not any(_political(a, argument.sector) and not _civilian(a, argument) for a in recipients)


def _civilian(actor: Actor | None, argument: ArgumentWords) -> bool:
    """An actor of a private sector (CVL, EDU ...), whatever its country: "Kenyan parents", "children"."""
    return actor is not None and actor.sector is not None and actor.sector.lower() in argument.sector


def _publication(article: Article) -> str | None:
    """The story's own outlet as a bare lowercase name: "wikinews" for a story from en.wikinews.org,
    "reuters" for one whose `source` is "Reuters"; None when the record names none."""
    name = outlet(article.meta.get("source"), article.meta.get("url"))
    if not name or "/" in name or "\\" in name:
        return None  # a file read from disk names its path, no outlet
    if "." in name and " " not in name:
        name = name.split(".")[0]  # "wikinews.org", "bbc.co.uk": the outlet's own label
    return _bare(name) or None


def _bare(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower().removeprefix("the "))


def _press(actor: Actor | None, publication: str | None) -> bool:
    """A news medium: an outlet or journalist (CAMEO sector MED, also as a state medium GOVMED), or the
    story's own publication."""
    if actor is None:
        return False
    return actor.sector == _PRESS or (actor.code or "").endswith("GOVMED") or (
        publication is not None and _bare(actor.name) == publication)


def _newsgathering(entry: CameoCode, article: Article, token: Any, recipients: list[Actor | None]) -> bool:
    """The press at work, not a political act. A story's own publication is no party to what it reports: "Wikinews
    attended the fair", "Wikinews contacted the ministry" are how the story was gathered. And a consultation
    (PLOVER CONSULT, CAMEO 04x) is between political actors: an interview ("discussed the plan with Reuters",
    "talking to NBC") is a statement to the press (CAMEO 01x), as the verb patterns code "met with
    reporters"; an outlet is never the partner consulted."""
    publication = article.memo("publication", _publication)  # once per story, not per event
    if publication is not None:
        for subject in governing_subjects(token, ("nsubj",), ("xcomp", "conj")):
            name = [t for t in subject.lefts if t.dep_ in ("compound", "flat")] + [subject]
            if _bare(" ".join(t.text for t in name)) == publication:
                return True
    return entry.plover_event == "CONSULT" and bool(recipients) and all(_press(a, publication) for a in recipients)


def _date(article: Article, sentence: Sentence, token: Any) -> str | None:
    times = [t for t in article.times_in(sentence.span)
             if t.type == "DATE" and t.value and t.value[:4].isdigit()]
    if times:
        scope = subtree_span(sentence, token)
        inside = [t for t in times if scope.contains(t.span)]
        if inside:
            trigger = sentence.token_span(token)
            return min(inside, key=lambda t: abs(t.span.start - trigger.start)).value
    return article.published.isoformat() if article.published else None


# Administrative restrictions and their easing: CAMEO 172x "impose administrative sanctions" (curfew 1723, state
# of emergency or martial law 1724) and 0813/0814 (ease them) are acts of a government restricting the people of
# its own territory. An international or non-governmental body (CAMEO actor types IGO, NGO, NGM, MNC, at the
# start of the code) holds no territory: "the WHO declared a public health emergency of international concern"
# is a declaration, no emergency rule.
_RESTRICTIONS = ("172", "0813", "0814")
_NO_TERRITORY = frozenset({"IGO", "NGO", "NGM", "MNC"})


def _restricts_without_territory(cameo: str, source: str | None) -> bool:
    return cameo.startswith(_RESTRICTIONS) and source is not None and source[:3] in _NO_TERRITORY


def to_event(article: Article, draft: EventDraft, codebook: Codebook, event_id: str,
             primaries: frozenset[str], roles: Agents, argument: ArgumentWords = ArgumentWords()) -> Event | None:
    entry = codebook.get(draft.code)
    if draft.foreign and (entry is None or entry.code != draft.code or entry.plover_event is None):
        # the user's own dictionary codes (WEIS-like "903", "174K", "1717"): the code is kept as written; a
        # CAMEO code refines its parent, so the PLOVER type, Goldstein score and QuadClass are those of the
        # longest CAMEO prefix the codebook knows ("1717" -> 171, "095" -> 09); with none ("345", "987"),
        # or a public statement's (01x), `event` is null (README, "Your own dictionaries")
        entry = dataclasses.replace(entry, code=draft.code, description=f"under {entry.code}: {entry.description}") \
            if entry is not None else CameoCode(
            draft.code, "", None, None, None, None, ())  # type: ignore[arg-type]
    elif entry is None or entry.plover_event is None:
        return None  # public statements (01) are not events
    if not draft.actors and not draft.recipients and not draft.target_code and not draft.source_code:
        return None  # no actor on either side: nothing to code (PETRARCH needs a source; we take either)
    actors = [article.actor(a) for a in draft.actors]
    recipients = [article.actor(a) for a in draft.recipients]
    # where the event is (a place its clause or sentence names) is the country of its sides of no country
    place, place_source = event_place(article, draft.sentence, draft.token, [a for a in actors + recipients if a],
                                      acting=[a for a in actors if a],
                                      force=entry.plover_event if entry.code[:2] in codebook.roots("force") else None)
    named_place = next((p for p in article.places if p.id == place), None) \
        if place_source in ("clause", "sentence") else None
    home = (home_country(article, actors + recipients, named_place.country if named_place is not None else None),
            home_country(article, actors + recipients, None))
    source = _home_code(actors[0], primaries, home, article, roles) if actors else draft.source_code
    if recipients:
        target = _home_code(recipients[0], primaries, home, article, roles)
    elif len(actors) > 1 and draft.symmetric:
        # "X and Y met (in Lima)": the parties act on each other, every ordered pair of them (the contract's
        # several actors and no recipient, as the scorer and PETRARCH expand a compound); the place met at
        # is where, not a party (CAMEO 04x are done with someone), so it never takes the pair's target
        target = _home_code(actors[1], primaries, home, article, roles)
    elif draft.target_code:
        target = draft.target_code
    else:
        target = None
    if _restricts_without_territory(entry.code, source):
        return None
    # a crime of violence by private people or criminals (not by the state, rebels or armed men, whose force is
    # coded as theirs)
    crime = draft.source_code is None and (not actors or actors[0] is not None and actors[0].kind in _DOERS and (
        actors[0].sector in _GENERIC_PEOPLE or actors[0].sector == _CRIMINALS)) and _violent_crime(
        article, entry, draft, actors, recipients, argument)
    if crime and (not actors or actors[0] is not None and actors[0].sector in _GENERIC_PEOPLE):
        # "two brothers murdered a shopkeeper", "a man stabbed a taxi driver": the doer a crime makes is a
        # criminal (PLOVER CRM) when nothing else codes it
        # (of the home country only when no actor names the doer: an actor's own code says where it is known
        # to be, `_home_code`)
        source = _criminal(source, None if actors else home[0] or home[1])
    if crime and target is None and not recipients:
        # "strangled her husband": a person no actor names, one of the civilians (PLOVER CVL) of where it happened
        target = f"{home[0] or home[1] or '---'}{_CIVILIANS}"
    if source is None and target is None:
        # no side coded at all: neither party has a country, a sector or a code of the user's, and none the
        # story's country gives (`_home_code`). The record then says nothing of who did what to whom, which
        # is what CAMEO and PLOVER code (PETRARCH drops an event with no source or target code). Read by
        # hand on real news (w16precision, 40 such events of 572), three in four were no political act at
        # all: companies and foundations at business ("released a product", "discussed it with the board",
        # "pledged a donation"), private people ("the family rarely allowed them outside", "I asked my
        # neighbour"), a car that struck a cyclist, words inside a name; the few right acts were of groups
        # the actors stage left uncoded ("Serbians protested"), which are coded once it codes them
        return None
    if target is None and _private(actors[0] if actors else None) and not crime:
        # one private person and no other side coded: the story's country the person takes (`_home_code`) says
        # where the person is, not who did what to whom, as with no side coded at all above ("Ana Vell attacked
        # the macho culture", "Jo Reyes discussed it with the board"; w17people)
        return None
    if not crime and _private(actors[0] if actors else None) and _private(
            recipients[0] if recipients else actors[1] if len(actors) > 1 and draft.symmetric else None):
        # two private people acting on each other ("Maria Lopes met Jo Reyes" in a story set in one country):
        # the story's country says where they are, not that the act is a political one; an act done to one
        # private person by the state ("Lopes was convicted", "police shot him") is kept, and so is a crime of
        # violence between them ("Lopes stabbed Reyes": `_violent_crime`)
        return None
    if entry.code == _RECOGNITION and recipients and not any(
            _political(a, argument.sector) and (a.kind != "person" or a.sector is not None and
                                                a.sector.lower() not in argument.sector) for a in recipients if a):
        # a person is recognised only in a political role ("recognised Vell as president")
        return None
    if _no_partner(entry, actors, recipients, draft.token) or _newsgathering(entry, article, draft.token, recipients) \
            or _domestic_visit(entry, source, target, recipients, argument):
        return None
    if _no_host(entry, draft, target) or _lone_promise(entry, draft, target, recipients, argument):
        return None
    if draft.source_code is None and _among_private(actors, recipients, draft.token, entry, argument):
        return None
    if _no_doer(article, entry, draft, source, target, actors, argument):
        return None
    if draft.source_code is None and _private_authority(entry, actors, recipients, draft.token, argument):
        return None
    sentence = draft.sentence
    if draft.promised and entry.plover_event == "RETREAT":
        # CAMEO codes the consented yielding as the act (085 "agreed to lift the sanctions", issue 9); the PLOVER
        # manual files "the promise of future concessions such as easing of ... restrictions" and announced
        # withdrawals under CONCEDE, which has no modes
        entry = dataclasses.replace(entry, plover_event="CONCEDE", plover_mode=None)
    return Event(
        id=event_id, event=entry.plover_event, mode=entry.plover_mode,
        # PLOVER's crime context marks a crime among private people (the manual's "A note on CRIME")
        contexts=tuple(c for c in entry.plover_contexts if c != "military") + (_CRIME,) if crime
        else entry.plover_contexts,
        cameo=entry.code, goldstein=entry.goldstein, quad_class=entry.quad_class,
        actors=draft.actors, recipients=draft.recipients, source=source, target=target,
        date=_date(article, sentence, draft.token), place=place, place_source=place_source,
        sentence=sentence.span, trigger=sentence.token_span(draft.token), reported_by=draft.reported_by,
        negated=draft.negated, hypothetical=draft.hypothetical, pattern=draft.pattern,
    )


# How many sentences apart a narrator's account and a speaker's own telling of one act may be: the story tells
# the act, then quotes its doer on it (the lead and the quote after it, or the quote's own sentence).
_RETELLING_SENTENCES = 3


def told_once(article: Article, events: list[Event]) -> list[Event]:
    """An act the narrator tells and its doer then tells again in a quote ("Chile rejected the Peruvian proposal
    on Monday. “We reject the proposal,” said the Chilean foreign minister") is one act, coded once: the
    speaker's own telling (its doer the quote's speaker, as `attribution.first_person` makes it) is dropped when
    an event shortly before it has the same CAMEO code and source and the same target or the quote names none.
    The narrator's keeps the date and the parties the lead names. The ids are numbered again in order."""
    starts = [s.span.start for s in article.sentences()]
    kept: list[Event] = []
    for event in events:
        if event.reported_by is not None and event.reported_by in event.actors and event.source is not None \
                and any(_retells(event, told, starts) for told in kept):
            continue
        kept.append(event)
    return [dataclasses.replace(e, id=f"e{i}") for i, e in enumerate(kept, 1)]


def _retells(event: Event, told: Event, starts: list[int]) -> bool:
    if told.reported_by == event.reported_by or (told.cameo, told.source) != (event.cameo, event.source):
        return False  # a speaker telling two acts of one kind tells two acts
    if event.target is not None and event.target != told.target:
        return False
    apart = bisect.bisect_right(starts, event.sentence.start) - bisect.bisect_right(starts, told.sentence.start)
    return 0 <= apart <= _RETELLING_SENTENCES
