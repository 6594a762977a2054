"""People and titles, grouped: people by name chains ("Vladimir V. Putin" = "Mr. Putin" = "Putin") and
`people.tsv`, titles to the person holding that title in that country ("the Russian president"), a person's
title to its organisation, and an acronym in brackets to the actor it follows."""
from __future__ import annotations

import dataclasses
from typing import Any, Sequence

from ...knowledge.people import FAMILY_NAME_FIRST, Role, surnames
from ...records import Sentence, Span
from .mentions import Ctx, Found, role_key


def parenthetical_aliases(ctx: Ctx, found: list[Found]) -> list[Found]:
    """ "the European Union (EU)": an acronym in brackets right after a mention is that actor's short name,
    here and wherever the article uses it again, whatever another table codes the short name as."""
    by_start = {f.span.start: f for f in found}
    aliases: dict[str, Found] = {}
    for item in sorted(found, key=lambda f: f.span.start):
        before = ctx.text[:item.span.start].rstrip()
        after = ctx.text[item.span.end:].lstrip()
        if not (before.endswith("(") and after.startswith(")")):
            continue
        head = before[:-1].rstrip()
        owner = next((f for f in by_start.values() if f.span.end == len(head) and f is not item), None)
        acronym = item.name.replace(".", "").isalpha() and item.name.isupper() and len(item.name) <= 6
        if owner is not None and owner.how != "pronoun" and item.how == "name" and acronym:
            aliases.setdefault(item.name, owner)
    if not aliases:
        return found
    return [dataclasses.replace(f, key=aliases[f.name].key, kind=aliases[f.name].kind)
            if f.name in aliases and f.how == "name" and f is not aliases[f.name] else f for f in found]


def resolve_people(ctx: Ctx, found: list[Found]) -> list[Found]:
    """Give every person mention the key of the person it names: the canonical name in people.tsv, or
    the fullest name in the article that contains it ("Mr. Kim" → "Kim Jong-un")."""
    people = ctx.knowledge.people
    full: list[tuple[int, str, str]] = _FullNames()  # (order, name as written, canonical)
    for order, item in enumerate(found):
        if item.kind == "person" and item.key[0] == "person" and len(item.name.split()) > 1 and item.how != "surname":
            roles = people.roles_of(item.name)
            full.append((order, item.name, roles[0].name if roles else item.name))
    out: list[Found] = []
    placed: dict[str, str] = {}  # a lone name the text gave a country ("Chilean President Mendes"): its person
    for order, item in enumerate(found):
        if item.kind != "person" or item.key[0] != "person":
            out.append(item)
            continue
        name = item.name
        if len(name.split()) > 1 and item.how != "surname":  # "La Riva" is the surname of "Gloria La Riva"
            roles = people.roles_of(name)
            canonical = roles[0].name if roles else name
        else:
            canonical = _chain(name, order, full) or placed.get(name) or _known(
                ctx, name, titled=item.how == "name", country=item.country) or name
            if item.country:
                placed.setdefault(name, canonical)  # "Mendes said" later is the same Chilean
        out.append(dataclasses.replace(item, key=("person", canonical)))
    return out


def _chain(word: str, order: int, full: list[tuple[int, str, str]]) -> str | None:
    """The canonical name of the nearest full name (earlier first) that a lone name belongs to."""
    def matches(written: str, canonical: str) -> bool:
        words = {w.lower() for w in written.split()} | {w.lower() for w in canonical.split()}
        forms = {s.lower() for s in surnames(written)} | {s.lower() for s in surnames(canonical)}
        first = {written.split()[0].lower(), canonical.split()[0].lower()}
        return word.lower() in forms or word.lower() in first or (word.lower() in words and len(word) > 3)
    candidates = full.having(word) if isinstance(full, _FullNames) else full
    earlier = [c for o, w, c in candidates if o < order and matches(w, c)]
    family = list(dict.fromkeys(c for o, w, c in candidates if o < order and word.lower() in {
        s.lower() for s in (*surnames(w), *surnames(c))}))
    if len(family) > 1:
        # two people of one surname ("Joe Biden ... his son Hunter Biden"): news style names the second by his
        # full or given name, so the bare surname stays with the one the story introduced first
        return family[0]
    if earlier:
        return earlier[-1]
    later = [c for o, w, c in candidates if o > order and matches(w, c)]
    return later[0] if later else None


class _FullNames(list):  # type: ignore[type-arg]
    """The (order, written, canonical) full names of `resolve_people`, with each word and surname form they
    hold: `_chain` looks only at the names holding its word, not at every name (quadratic in the article)."""

    def having(self, word: str) -> list[tuple[int, str, str]]:
        if getattr(self, "_words", None) is None or self._size != len(self):
            words: dict[str, list[tuple[int, str, str]]] = {}
            for entry in self:
                _, written, canonical = entry
                keys = {w.lower() for name in (written, canonical) for w in (*name.split(), *surnames(name))}
                for key in keys:
                    words.setdefault(key, []).append(entry)
            self._words, self._size = words, len(self)
        return self._words.get(word.lower(), [])


def _known(ctx: Ctx, word: str, titled: bool = False, country: str | None = None) -> str | None:
    """The known person a lone name means. A given name alone ("a daughter called Elizabeth") never means a
    famous person: the word must be the person's surname, or come with a title ("Queen Elizabeth"). A
    country the text gives ("Chilean President Mendes") must be one of the person's."""
    people = ctx.knowledge.people
    role = people.lookup(word, ctx.on, country)
    name = role.name if role is not None else people.only_person(word, country)
    # nobody of that name in office that day: still the person, if the name can mean only one
    if name is None or titled:
        return name
    country = next((r.country for r in people.roles_of(name) if r.country), "") or ""
    return name if _is_surname(word, name, country) else None


def _is_surname(word: str, name: str, country: str = "") -> bool:
    """Whether a lone word is the surname of a full name, not its given name ("Putin", not "Vladimir";
    a regnal name, "Elizabeth II", has no surname; "Kim" is Kim Jong-un's family name, written first)."""
    forms = {f.lower() for f in surnames(name, country)}
    given = name.split()[0].lower() if country not in FAMILY_NAME_FIRST else ""
    return word.lower() in forms and word.lower() != given


def role_of(ctx: Ctx, name: str) -> Role | None:
    people = ctx.knowledge.people
    if not people.roles_of(name):
        return None
    return people.lookup(name, ctx.on)


def resolve_titles(ctx: Ctx, found: list[Found]) -> list[Found]:
    """Join titles to people: an apposed name, else the one person in the article who holds that title in
    that country on the date ("the Russian president" → Putin). A role possessed by a person takes that
    person's country ("Mr. Putin's army")."""
    people = [item for item in found if item.kind == "person" and item.key[:1] == ("person",)]
    roles: dict[str, Role | None] = {}
    for item in people:
        roles.setdefault(item.key[1], role_of(ctx, item.key[1]))
    countries = sorted((f for f in found if f.kind == "country" and f.country), key=lambda f: f.span.start)
    out: list[Found] = []
    for item in found:
        if item.link is not None and item.link[0] == "country":
            before = [c for c in countries if c.span.start < item.link[1]]
            if before:
                item = dataclasses.replace(item, country=before[-1].country)
                item = dataclasses.replace(item, key=role_key(item))
        elif item.link is not None:
            target = next((p for p in people if p.span.start <= item.link[1] < p.span.end), None)
            if target is not None and item.link[0] == "person" and item.kind == "person":
                out.append(dataclasses.replace(item, key=target.key))
                continue
            if target is not None and item.link[0] == "possessor" and not item.country:
                role = roles.get(target.key[1])
                # the possessor's country, from any of its mentions ("Peruvian President Luis Tello ... Luis Tello's
                # wife"): the one here may name it bare
                country = role.country if role is not None and not role.is_igo else target.country or next(
                    (p.country for p in people if p.key == target.key and p.country), None)
                if country and item.key[:1] == ("person",):
                    # a named person, kin of the possessor (`people.kin_owner`): the country, the person's own key
                    item = dataclasses.replace(item, country=country, link=None)
                elif country:
                    item = dataclasses.replace(item, country=country)
                    item = dataclasses.replace(item, key=role_key(item))
        if item.key[:1] == ("title",) and item.country:
            holder = _holder(roles, item.country, item.phrase or "")
            if holder is not None:
                item = dataclasses.replace(item, key=("person", holder))
        if item.key[:1] == ("title",) and item.link is None:
            titled = _titled_before(ctx, people, item)
            if titled is not None:
                item = dataclasses.replace(item, key=titled.key, country=item.country or titled.country,
                                           sector=titled.sector or item.sector)
        out.append(item)
    return out


def _titled_before(ctx: Ctx, people: list[Found], item: Found) -> Found | None:
    """ "Prime Minister Jan Novak of Slovakia … the Prime Minister apologised": a bare title ("the" and the
    title, perhaps with the country's word) names the one person the article introduced before with that
    title; failing an exact title, with the same title word ("Foreign Minister Ana Ruiz … the minister").
    Two such people, or none, and the title stays a generic role: news style repeats a bare title only for
    the one person it can mean."""
    phrase = item.phrase or ""
    words = item.name.lower().split()
    before = ctx.text[:item.span.start].split()[-1:]
    if not words or (before + words)[0].lower() in ("a", "an", "another", "each", "every", "one"):
        return None  # "a minister": someone new
    words = words[1:] if words[0] == "the" else words
    if not phrase or " ".join(words[-len(phrase.split()):]) != phrase or len(words) > len(phrase.split()) + 2:
        return None
    earlier = [p for p in people if p.span.start < item.span.start and p.phrase and p.how != "pronoun"
               and (item.country is None or p.country in (None, item.country))]
    # the head word alone ("the minister") may stand for a longer title; a title of its own ("vice president",
    # "home minister") only for the same title
    head = len(phrase.split()) == 1
    for fits in (lambda title: title == phrase, lambda title: head and title.split()[-1] == phrase):
        keys = list(dict.fromkeys(p.key for p in earlier if fits(p.phrase or "")))
        if len(keys) == 1:
            return next(p for p in earlier if p.key == keys[0])
        if keys:
            return None
    return None


def organisation_titles(sentences: Sequence[Sentence], found: list[Found]) -> list[Found]:
    """ "Greenpeace director Maria Lopes", "Maria Lopes, a Greenpeace director", "Maria Lopes, director of
    Greenpeace": a person of no known code whose title noun an organisation's name modifies acts for that
    organisation, and takes its code (CAMEO codes a person by the organisation they speak or act for, as
    PETRARCH codes "Amnesty official X" AMN...). Only a person nothing else codes: a dated role wins."""
    organisations = [f for f in found if f.key[:1] == ("org",) and (f.code or f.sector or f.prefix)]
    bodies = [f for f in found if f.kind == "organisation" and f.how != "pronoun"]
    # officers of a country's office ("the governor of Texas", "the Chilean minister") a role may serve: "a
    # spokeswoman for the governor" is of the governor's country, with her own sector
    officers = [f for f in found if f.kind == "person" and f.country and f.how in ("title", "name")]
    if not bodies and not officers:
        return found
    out: list[Found] = []
    for item in found:
        if (item.kind == "person" and item.key[:1] == ("person",) and item.how == "name"
                and not (item.country or item.sector or item.code)):
            organisation = _title_organisation(sentences[item.sentence], item.span, organisations)
            if organisation is None and _spokesperson_named(sentences[item.sentence], item.span):
                # "X did Y, a spokeswoman, Ana Ruiz, said": the body whose act she reports (`_reported_body`)
                organisation = _reported_body(sentences[item.sentence], item.span,
                                              [b for b in bodies if b.sentence == item.sentence])
            if organisation is not None:
                sector = (organisation.prefix or "") + (organisation.sector or "")
                item = dataclasses.replace(item, country=organisation.country, sector=sector or None,
                                           code=organisation.code)
        elif item.how in ("title", "role", "group") and item.kind in ("person", "group") and not item.country \
                and not item.code:
            here = [b for b in bodies if b.sentence == item.sentence]
            owner = _role_owner(sentences[item.sentence], item.span, here)
            if owner is None and item.phrase in SPOKESPEOPLE:
                owner = _reported_body(sentences[item.sentence], item.span, here)
            if owner is not None and (owner.code or owner.country or owner.sector or owner.prefix):
                # a body of no known country nor sector (a name the tagger took for one) tells nothing: the role
                # keeps what its words give it
                item = _owned(item, owner)
            elif owner is not None and _unknown_named_body(owner) and item.sector == "GOV" \
                    and (item.phrase or "").split()[-1:] in ([w] for w in BODY_HEADS):
                # "the leader of the Anti-Defamation League", "the head of the Vell Foundation": a body named by
                # a proper name that no table knows as the state's leads no government; its officer keeps no
                # GOV, the default of a bare "leader" or "spokesman" (w22sides, issue 9 kind 2)
                item = dataclasses.replace(item, sector=None)
            elif owner is None:
                officer = _role_owner(sentences[item.sentence], item.span,
                                      [o for o in officers if o.sentence == item.sentence and o is not item])
                if officer is not None and item.kind == "person":
                    # its own actor still (the key keeps its place): two aides of one country are two people
                    item = dataclasses.replace(item, country=officer.country)
        out.append(item)
    return out


# Role nouns of those who speak for a body (agents.tsv's spokesman rows, GOV when the text names no body): the
# words themselves say that someone is spoken for.
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople",
                          "spokespersons"})


def _reported_body(sentence: Sentence, span: Span, bodies: list[Found]) -> Found | None:
    """The body a spokesperson with no owner of their own speaks for (w21actors, issue 9): the one whose act the
    words they are said to say report, put before the attribution ("Acme will appeal the ruling, a spokeswoman
    said", "Vantor Corp. created the tool, a spokesman, Jo Wu, said"). A spokesperson speaks on behalf of a body,
    and in this order the clause's subject is the body whose statement the attribution credits. A spokesperson
    who precedes what they say ("a spokesman said Chile had fired") may be any side's, and is left alone."""
    tokens = [t for t in sentence.tokens() if span.start <= sentence.offset + t.idx < span.end]
    noun = next((t for t in tokens if t.head not in tokens or t.head.i == t.i), None)
    if noun is None:
        return None
    if noun.dep_ == "appos":  # "a spokeswoman, Ana Ruiz, said": the name is apposed to the subject
        noun = noun.head
    if noun.dep_ != "nsubj" or noun.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = noun.head
    clauses = [verb.head] if verb.dep_ in ("parataxis", "ccomp") and verb.head.i < verb.i else []
    clauses += [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < noun.i]
    subjects = [c for clause in clauses for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return next((b for subject in subjects for b in bodies if b.span.contains(sentence.token_span(subject))
                 and (b.code or b.country or b.sector or b.prefix)), None)


def _spokesperson_named(sentence: Sentence, span: Span) -> bool:
    """Is the name at `span` apposed to a spokesperson noun ("a spokeswoman, Ana Ruiz")?"""
    tokens = [t for t in sentence.tokens() if span.start <= sentence.offset + t.idx < span.end]
    head = next((t for t in tokens if t.head not in tokens or t.head.i == t.i), None)
    return head is not None and head.dep_ == "appos" and head.head.lower_ in SPOKESPEOPLE


# Prepositions whose object is the body a role noun serves: "a spokesman for the Red Cross", "an official of
# the UN", "a researcher at Amnesty", "an official with the World Bank", "experts from the IAEA".
_ROLE_OWNER_PREPS = frozenset({"for", "of", "at", "with", "from"})


def _role_owner(sentence: Sentence, span: Span, bodies: list[Found]) -> Found | None:
    """The organisation (or government) a role mention is of (issue 9, item 6): the body whose name modifies its
    head noun ("a NATO official", "UN envoy", "Amnesty researchers", "the Kremlin's spokesman") or is the object
    of its "for"/"of"/"at"/"with"/"from" phrase ("a spokesman for the Keldan Red Cross"). None when no body
    of the article is in either place."""
    tokens = [t for t in sentence.tokens() if span.start <= sentence.offset + t.idx < span.end]
    root = next((t for t in tokens if t.head not in tokens or t.head.i == t.i), None)
    if root is None or root.pos_ not in ("NOUN", "PROPN"):
        return None
    return _owner(sentence, root, bodies)


def _owner(sentence: Sentence, noun: Any, bodies: list[Found]) -> Found | None:
    """The first of `bodies` named by a modifier of a role noun, with the words before it ("AU trade and industry
    commissioner"), or by the head of the object of its owner preposition, not a body inside that object ("leaders
    of African Union member states" are the states' leaders)."""
    owners = [sentence.tokens_span(c.left_edge, c.right_edge) for c in noun.children
              if c.dep_ in ("compound", "poss", "nmod", "amod")]
    owners += [sentence.token_span(o) for c in noun.children if c.dep_ == "prep" and c.lower_ in _ROLE_OWNER_PREPS
               for o in c.children if o.dep_ == "pobj"]
    return next((b for owned in owners for b in bodies if b.span.overlaps(owned)), None)


# Role nouns of the one who leads a body of any kind, a state's or not (agents.tsv codes "leader", "president" GOV
# by default): "the leader of the Anti-Defamation League" leads no government. Not "official" or "spokesman",
# which a named state office the tables do not know has too ("an Executive Branch official").
BODY_HEADS = frozenset({"leader", "president", "head", "chief", "chairman", "chairwoman", "chair", "director",
                        "founder", "executive"})


def _unknown_named_body(owner: Found) -> bool:
    """A body named by a capitalised proper name ("the Anti-Defamation League") that gives no code, country or
    sector: the tables know no state body by that name."""
    return owner.kind == "organisation" and owner.how == "name" and owner.name[:1].isupper() \
        and not (owner.code or owner.country or owner.sector or owner.prefix)


def _owned(item: Found, owner: Found) -> Found:
    """A role mention that serves `owner` takes its codes: CAMEO codes whoever acts for an organisation by the
    organisation (PETRARCH: "Amnesty official" AMN…, "UN envoy" IGOUNO), so a spokesman's default sector (GOV,
    agents.tsv) or the story's country never stands in for it. The role's words and the owner key its actor:
    "the UN envoy" twice is one envoy, "NATO officials" never the officials of another body."""
    key = item.key if item.key[:1] == ("person",) else ("owned", owner.key, item.phrase, item.plural)
    if owner.code is None and owner.sector is None and owner.prefix is None:
        # a body known only by its country ("a writer for The American Conservative"): the role's own trade, of
        # that country
        return dataclasses.replace(item, country=owner.country, key=key)
    # no code of its own: the actor's is built from the owner's country and sectors (`build._cameo_code`)
    return dataclasses.replace(item, country=owner.country, sector=owner.sector, prefix=owner.prefix,
                               code=owner.code, key=key)


def _title_organisation(sentence: Sentence, name: Span, organisations: list[Found]) -> Found | None:
    """The organisation that the title noun of the person named at `name` belongs to, if any."""
    tokens = [t for t in sentence.tokens() if name.start <= sentence.offset + t.idx < name.end]
    head = next((t for t in tokens if t.head.i == t.i or t.head not in tokens), None)
    if head is None:
        return None
    titles = [c for c in head.children if c.dep_ in ("compound", "appos") and c.pos_ == "NOUN" and c not in tokens]
    return next((o for o in (_owner(sentence, title, organisations) for title in titles) if o is not None), None)


def _holder(roles: dict[str, Role | None], country: str, phrase: str) -> str | None:
    """The one person of the article whose role that day matches a title in a country."""
    phrase = phrase.replace("defense", "defence")
    words = phrase.split()
    generic = bool(words) and words[-1] in ("leader", "head")
    holders = []
    for name, role in roles.items():
        if role is None or role.country != country:
            continue
        title = role.role.lower().replace("defense", "defence")
        if title == phrase or (title.endswith(" " + phrase) and not title.startswith("vice")) \
                or (generic and role.rank <= 1):
            holders.append(name)
    return holders[0] if len(holders) == 1 else None
