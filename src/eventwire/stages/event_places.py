"""Where an event happened: the place of its own clause, else a place its sentence puts it in, else the
article's default location (its dateline, or the place its lead or the whole story names) for an event
among one country's actors.

Called by the events stage for each event it codes, with the sentence and the trigger token:

1. **clause**: a place after a locative preposition ("in", "near", "at" …) inside the trigger's own clause
   (its dependency subtree without the clauses embedded in it), nearest the trigger. A place that only
   names who acted or what was acted on ("Baghdad said …", "recognized Israel", "the president of the
   United States") is no location.
2. **sentence**: failing that, a place anywhere in the sentence after a locative preposition ("After the
   vote in Lagos, the senator resigned").
3. For an event whose participants are local to one country (none is known to be of another country),
   only then: **sentence** again, a place of the participants' country its sentence names even as an actor
   ("Iran has banned …"); else **dateline**, the article's dateline ("KYIV, Ukraine (Agency) —") when it is
   in that country: it says where the reporter was, which is where a local event happened, not where a
   foreign one did; else, for a story with no dateline, **article**: the participants' country when the
   story names it, else the place of that country its lead puts something in ("An apartment building
   collapsed on Monday in Magnitogorsk"), else the place of that country most of its mentions there name.
   An event whose participants are of no known country ("police arrested a man") is local to the story's
   country when the story is set in one (`story_country`: four in five of the places it names are
   there, or three in five and its lead), and takes the same default location. A default location is a
   town or larger, never a building or a street the text does not put the event in.

A force event (an attack, a strike) against a target abroad is placed by the place named with it ("an air
strike near Mosul"), never by the attacker: the clause rule skips places that only name the actor, and the
dateline rule does not apply to participants of two countries.
"""
from __future__ import annotations

from typing import Any, Iterable, Sequence

from ..records import Actor, Article, Place, Sentence, Span
from .places import LOCATIVE, dateline_place
from .syntax import subject_place

SOURCES = ("clause", "sentence", "dateline", "article")
_ASSAULT = "ASSAULT"  # PLOVER's event for the use of violence (CAMEO roots 18-20)


def event_place(article: Article, sentence: Sentence, token: Any, participants: Sequence[Actor] = (),
                acting: Sequence[Actor] | None = None, force: str | None = None) -> tuple[str | None, str | None]:
    """(place id, how it was found: "clause" | "sentence" | "dateline" | "article"), or (None, None).

    `participants` are the event's actors and recipients; `acting`, when given, its actors alone: a default
    location needs someone acting there ("six Ruritanians were killed" abroad says nothing of where).
    `force`: for a force event (the CAMEO roots of class "force", 14-20), its PLOVER event ("ASSAULT",
    "COERCE" …). One against a target of another country is placed only by a place named with it (the rule
    for participants of two countries); an assault is never placed by its attacker's own country."""
    dateline = dateline_place(article)
    # The dateline is where the reporter filed from, never a place of the clause the parser hung it on.
    places = [p for p in article.places_in(sentence.span) if p != dateline]
    trigger = sentence.token_span(token)
    if places:
        scope = _clause_tokens(token)
        inside = [p for p in places if _covered(sentence, p, scope)]
        # Only a locative phrase says where: a place in a name or a title ("the president of the United
        # States", "independence for South Yemen") says who or what.
        located = [p for p in inside if _locative(sentence, p) and not _describes(sentence, p)
                   and not _modifier(sentence, p) and not names_subject(sentence, p)]
        if located:
            return _nearest(located, trigger).id, "clause"
        # Not a place in someone's quoted words around a trigger outside them: another speaker's clause.
        quoted = [c for q in article.quotes for c in q.content if not c.contains(trigger)]
        over = _dominating(token)
        located = [p for p in places if _locative(sentence, p) and not any(c.contains(p.span) for c in quoted)
                   and _scopes_over(sentence, p, over) and not _modifier(sentence, p)
                   and not names_subject(sentence, p)]
        if located:
            return _nearest(located, trigger).id, "sentence"
    countries = {a.country for a in participants if a.country}
    if not countries and (participants or acting is not None):
        # No participant of a known country ("police arrested a man"), or none at all when the caller says
        # who acted (`acting` given, even empty: "weeks of protests"):
        # in a story set in one country, they are that country's, and the event happened where the story
        # is; nobody in it is known to be from elsewhere. (Not when only the recipients are
        # known: "the agency's director condemned the killing" may speak from anywhere.)
        story = story_country(article)
        if story is not None:
            countries, acting = {story}, None
    if len(countries) != 1 or (acting is not None and not any(a.country for a in acting)):
        # Participants of two countries (a strike abroad) or of none known: nothing says the event happened
        # where the story is.
        return None, None
    country = next(iter(countries))
    if places:
        # "Iran has banned …": an event among one country's own actors happens in the country its sentence
        # names, even as the actor.
        # Not for an assault: "Ruritania launched airstrikes" names the attacker, not where they fell.
        own = [p for p in places if p.country == country and p.feature in ("country", "admin", "city")
               and not _coordinated(sentence, p) and not _agent(sentence, p)
               and _names_participant(sentence, p, participants)] if force != _ASSAULT else []
        if own:
            return _nearest(own, trigger).id, "sentence"
    # The article's default location, for participants all of one country.
    if dateline is not None and dateline.country == country:
        return dateline.id, "dateline"
    story = story_country(article)
    if force == _ASSAULT and any(a.country for a in (acting or participants)) and story != country:
        return None, None  # an attacker's country is not where its attack was, unless the story is set there
    if dateline is None and (story is None or story == country):
        # Not for outsiders to a one-country story (a foreign company or agency commenting on it): where
        # their country is named says nothing of where they spoke.
        default = default_place(article, country)
        if default is not None:
            return default.id, "article"
    return None, None


def _modifier(sentence: Sentence, place: Place) -> bool:
    """ "in the Mediterranean coastal town", "the U.S. border city of El Paso": a name between a determiner
    and the common noun it modifies, beside other words that describe it, is one of the things said of
    that noun, which is the place the phrase names; the name is not where it is."""
    root = _root(sentence, place)
    if root is None or root.dep_ not in ("amod", "compound", "nmod") or root.head.i == root.i:
        return False
    head = root.head
    if head.pos_ != "NOUN" or not head.text.islower():
        return False
    determiner = next((t for t in head.children if t.dep_ == "det"), None)
    # Another word of description between the name and the noun ("coastal", "port", "border"): the name
    # is one of several things said of the noun. "a White House ceremony" is at the White House.
    between = [t for t in head.children if root.i < t.i < head.i and t.dep_ in ("amod", "compound")
               and t.text.islower()]
    return determiner is not None and determiner.i < root.i and bool(between)


def story_country(article: Article) -> str | None:
    """The one country a story is set in: the country of at least four in five of the geocoded places it
    names ("Magnitogorsk", "Chelyabinsk Oblast", "Russia", and once "Kazakhstan"), or of three in five when
    its lead puts what happened there too; never one other than its dateline's. A story naming places of
    two countries more evenly is set in neither, for an event whose participants say nothing of where they
    are from. Computed once per version of the article: every event of the story asks."""
    return article.memo("story_country", _story_country)


def _story_country(article: Article) -> str | None:
    countries = [p.country for p in setting_places(article)]
    if not countries:
        return None
    top = max(sorted(set(countries)), key=countries.count)
    dateline = dateline_place(article)
    if dateline is not None and dateline.country != top:
        return None
    share = countries.count(top) / len(countries)
    if share >= 0.8:
        return top
    if share < 0.6:
        return None
    lead = dateline or lead_place(article)
    if lead is not None:
        return top if lead.country == top else None
    # No lead place after a preposition: the story's first sentence still says what it is about ("Ana
    # Ruiz, the Prime Minister of Ruritania, signed …", "… chronicling the Ruritania election"), though a
    # name in any role is weaker evidence than a locative lead ("voted to expel Ruritanian troops"): three
    # in four of the places, not three in five.
    return top if share >= 0.75 and any(p.country == top for p in _opening_places(article)) else None


def names_subject(sentence: Sentence, place: Place) -> bool:
    """ "his Benghazi committee", "the Committee on Benghazi": the place names what a body deals with, not where
    anything happens nor whose its members are (`syntax.subject_place`)."""
    root = _root(sentence, place)
    return root is not None and subject_place(root)


def setting_places(article: Article) -> list[Place]:
    """The geocoded place mentions with a country that say where the story is set: every one but a place
    that only names a body's subject ("the Benghazi committee" in a story of the US Congress). The votes of
    `story_country` and `sides.dominant_country`."""
    return article.memo("setting_places", _setting_places)


def _setting_places(article: Article) -> list[Place]:
    out: list[Place] = []
    for sentence in article.sentences():
        out += [p for p in article.places_in(sentence.span) if p.country and p.lat is not None
                and not names_subject(sentence, p)]
    return out


def _opening_places(article: Article) -> list[Place]:
    """The towns, regions and countries the story's first sentence names, in any role."""
    for sentence in article.sentences():
        return [p for p in article.places_in(sentence.span) if p.lat is not None
                and p.feature in ("country", "admin", "city")]
    return []


def default_place(article: Article, country: str) -> Place | None:
    """Where an event among one country's actors happened in a story without a dateline: that country, when
    the story names it (an event among Ruritanians in a story that names Ruritania happened there; a town
    the lead names may be only where one of them was), else the place of that country its lead puts
    something in, else the place of that country it names most, when most of its mentions there name it."""
    # A building or a street is too precise a guess for an event the text does not place: towns and up.
    own = [p for p in article.places if p.country == country and p.lat is not None
           and p.feature in ("country", "admin", "city")]
    named = [p for p in own if p.feature == "country"]
    if named:
        return named[0]
    lead = lead_place(article)
    if lead is not None and lead.country == country and lead.feature in ("country", "admin", "city"):
        return lead
    counts: dict[str, list[Place]] = {}
    for place in own:
        counts.setdefault(place.name, []).append(place)
    if not counts:
        return None
    top = max(counts.values(), key=lambda group: (len(group), -group[0].span.start))
    # Only a place that most of the country's mentions name: a story of pardons across several states
    # happened in none of them in particular.
    return top[0] if 2 * len(top) > len(own) else None


def lead_place(article: Article) -> Place | None:
    """Where a story without a dateline says it happened: the first place its first two sentences put
    something in ("An apartment building collapsed on Monday in Magnitogorsk, …"). News leads say where."""
    for number, sentence in enumerate(article.sentences()):
        if number >= 2:
            break
        located = [p for p in article.places_in(sentence.span) if p.lat is not None and _locative(sentence, p)]
        if located:
            return min(located, key=lambda p: p.span)
    return None


def _coordinated(sentence: Sentence, place: Place) -> bool:
    """ "China, Iran and Russia have pledged funds": a place coordinated with others names one party among
    several (whom the event may not list), not where the event happened."""
    root = _root(sentence, place)
    return root is not None and (root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children))


def _nearest(places: Iterable[Place], trigger: Span) -> Place:
    return min(places, key=lambda p: (abs(p.span.start - trigger.start), p.id))


# Dependents that are clauses of their own, with their own place: "After the rally in Lagos ended, the
# minister resigned" does not put the resignation in Lagos by the clause rule.
_OTHER_CLAUSES = ("advcl", "ccomp", "csubj", "relcl", "parataxis", "conj", "acl")


def _clause_tokens(token: Any) -> set[int]:
    """Token indexes of the trigger's own clause: its subtree without the clauses embedded in it."""
    inside: set[int] = set()
    stack = [token]
    while stack:
        current = stack.pop()
        inside.add(current.i)
        for child in current.children:
            if _clause_head(child) and (child.dep_ != "acl" or current.i == token.i):
                # At any depth: "arrested a man who robbed a bank in Ostrik" need not have happened in
                # Ostrik. A participle after a noun stays: "attended the rally held in Ostrik" says
                # where the thing the event is about is.
                continue
            stack.append(child)
    return inside


def _covered(sentence: Sentence, place: Place, tokens: set[int]) -> bool:
    words = [t.i for t in sentence.tokens() if place.span.start <= sentence.offset + t.idx < place.span.end]
    return bool(words) and all(i in tokens for i in words)


def _subtree_span(sentence: Sentence, token: Any) -> Span:
    tokens = list(token.subtree)
    return sentence.tokens_span(tokens[0], tokens[-1])


def _root(sentence: Sentence, place: Place) -> Any:
    tokens = [t for t in sentence.tokens() if place.span.start <= sentence.offset + t.idx < place.span.end]
    if not tokens:
        return None
    return next((t for t in tokens if not (place.span.start <= sentence.offset + t.head.idx < place.span.end)
                 or t.head.i == t.i), tokens[-1])


def _locative(sentence: Sentence, place: Place) -> bool:
    """Whether a locative preposition governs the place: "in Basra", "near the Western District", "across
    northern Iraq", the first of a coordination ("in Basra and Mosul"), or "to" after a verb ("flew to")."""
    root = _root(sentence, place)
    if root is None:
        return False
    # "in the city of Basra", "in northern Basra": climb from the name to the phrase's head noun.
    for _ in range(4):
        if root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        elif root.dep_ in ("compound", "amod", "nmod", "appos") and root.head.i != root.i:
            root = root.head
        elif root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN":
            root = root.head.head
        else:
            break
    if root.dep_ != "pobj":
        return False
    preposition = root.head
    if preposition.lower_ in LOCATIVE:
        return True
    # "flew to Zenda", "sent troops to Basra": where a verb goes to is where the visit or deployment is.
    if preposition.lower_ == "to" and preposition.head.pos_ == "NOUN":
        # "during a trip to Zenda": "during" takes an event, and "to" after it says where that event was.
        event = preposition.head
        return event.dep_ == "pobj" and event.head.lower_ == "during"
    return preposition.lower_ == "to" and preposition.head.pos_ == "VERB" and preposition.head.lower_ != "according"


def _clause_head(token: Any) -> bool:
    """Whether a token heads a clause of its own inside its sentence: a verb attached as a clause."""
    return token.dep_ in _OTHER_CLAUSES and token.pos_ in ("VERB", "AUX")


def _dominating(token: Any) -> list[tuple[Any, bool]]:
    """The heads of the clauses that contain the trigger's, from its own up to the sentence's root, each with
    whether only what comes before it scopes over the trigger: past a coordination ("In Lagos, police raided
    a house and arrested two men"), only the fronted words are shared; "claimed by the movement in Yemen,
    but both Ruritania and Freedonia alleged …" keeps Yemen to the first conjunct."""
    heads: list[tuple[Any, bool]] = []
    fronted = False
    current = token
    while True:
        if current.i == token.i or _clause_head(current) or current.dep_ == "ROOT":
            heads.append((current, fronted))
        if current.dep_ == "ROOT" or current.head.i == current.i:
            return heads
        if current.dep_ in ("conj", "parataxis") and _clause_head(current):
            fronted = True
        current = current.head


def _place_clause(sentence: Sentence, place: Place) -> tuple[Any, Any] | None:
    """(The head of the clause a place's locative phrase belongs to, the clause head above that one)."""
    root = _root(sentence, place)
    if root is None:
        return None
    current, found = root, None
    while current.head.i != current.i:
        current = current.head
        if found is None and (_clause_head(current) or current.dep_ == "ROOT"):
            found = current
        elif found is not None and (_clause_head(current) or current.dep_ == "ROOT"):
            return found, current
    return (found, None) if found is not None else None


def _scopes_over(sentence: Sentence, place: Place, over: list[tuple[Any, bool]]) -> bool:
    """Whether a locative place of the sentence, outside the trigger's clause, says where the trigger's event
    happened: it belongs to a clause that contains the trigger's ("Police in Ostrik said they arrested …"),
    or to an adverbial fronted before one ("After the rally in Ostrik ended, the minister resigned"). Not a
    place of a clause beside or after it ("blaming Iran, committing to send troops to Basra"), nor one that
    describes a participant ("the plaintiff, a politician in Ruritania")."""
    if _describes(sentence, place) or _semicolon_between(sentence, place, over[0][0]):
        return False
    clause = _place_clause(sentence, place)
    if clause is None:
        return False
    own, above = clause
    before = place.span.start
    for head, fronted in over:
        at = sentence.offset + head.idx
        # In a clause over the trigger's, the place of the clause itself: before its verb ("In Ostrik,
        # police said …", "Police in Ostrik said …") or an adverbial of the verb ("said in Ostrik that …"),
        # not one inside its object ("raised his dealings in Ruritania").
        if own.i == head.i and (before < at or (not fronted and _adverbial(sentence, place, head))):
            return True
        if above is not None and above.i == head.i and before < at and own.dep_ != "conj":
            return True
    return False


def _describes(sentence: Sentence, place: Place) -> bool:
    """ "Ana Ruiz, a senator in Ruritania, …": a place inside an apposition describes the person or thing
    it stands beside (where she serves, where it is based), not where the event happened."""
    root = _root(sentence, place)
    if root is None:
        return False
    current = root
    # The place's own apposition ("Reading, Berkshire, UK") is part of the name: start above its phrase.
    while current.dep_ in ("appos", "compound", "conj", "amod", "nmod") and current.head.i != current.i:
        current = current.head
    while current.head.i != current.i and not _clause_head(current):
        if current.dep_ == "appos":
            return True
        current = current.head
    return False


def _adverbial(sentence: Sentence, place: Place, verb: Any) -> bool:
    """Whether the locative phrase of a place hangs from the verb itself, an adverbial of its clause."""
    root = _root(sentence, place)
    current = root
    while current is not None and current.head.i != current.i:
        if current.dep_ == "prep" and current.lower_ in LOCATIVE:
            return current.head.i == verb.i
        current = current.head
    return False


def _agent(sentence: Sentence, place: Place) -> bool:
    """ "The territory was occupied by Ruritania": the agent of a passive acted on its subject, and the
    clause is about where that subject is, not about the agent's country."""
    root = _root(sentence, place)
    return root is not None and root.dep_ == "pobj" and root.head.dep_ == "agent"


def _names_participant(sentence: Sentence, place: Place, participants: Sequence[Actor]) -> bool:
    """Whether a place is (part of) how the sentence names a participant: "Ruritania banned …", "the
    governor of Velmora signed …"; not a place that describes someone else ("sentenced an Ostrik man")."""
    spans = [m.span for a in participants for m in a.mentions if sentence.span.contains(m.span)]
    if any(place.span.overlaps(span) for span in spans):
        return True
    current = _root(sentence, place)
    for _ in range(4):
        if current is None or current.head.i == current.i:
            return False
        if current.dep_ == "prep" and current.lower_ != "of":
            return False  # "Ana Ruiz, a senator in Ruritania": where she serves, not her name
        if current.dep_ in ("compound", "poss", "nmod", "amod", "pobj", "prep", "appos"):
            current = current.head
        else:
            return False
        at = sentence.offset + current.idx
        if any(span.start <= at < span.end for span in spans):
            return True
    return False


def _semicolon_between(sentence: Sentence, place: Place, trigger: Any) -> bool:
    """Whether a semicolon stands between a place and the trigger: it joins two independent sentences
    ("… to assist migrants; since then, groups have grown in Ruritania"), whatever the parse says."""
    at = sentence.offset + trigger.idx
    low, high = min(place.span.start, at), max(place.span.end, at)
    return any(t.text == ";" and low <= sentence.offset + t.idx < high for t in sentence.tokens())
