"""People and titles, grouped: people by name chains ("Vladimir V. Putin" = "Mr. Putin" = "Putin") and
`people.tsv`, titles to the person holding that title in that country ("the Russian president"), a person's
title to its organisation, and an acronym in brackets to the actor it follows."""
from __future__ import annotations

import dataclasses
from typing import Any, Sequence

from ...knowledge.people import FAMILY_NAME_FIRST, Role, surnames
from ...records import Sentence, Span
from .mentions import Ctx, Found
from .roles import role_key


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
                country = role.country if role is not None and not role.is_igo else target.country
                if country:
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
    if not organisations:
        return found
    out: list[Found] = []
    for item in found:
        if (item.kind == "person" and item.key[:1] == ("person",) and item.how == "name"
                and not (item.country or item.sector or item.code)):
            organisation = _title_organisation(sentences[item.sentence], item.span, organisations)
            if organisation is not None:
                sector = (organisation.prefix or "") + (organisation.sector or "")
                item = dataclasses.replace(item, country=organisation.country, sector=sector or None,
                                           code=organisation.code)
        out.append(item)
    return out


def _title_organisation(sentence: Sentence, name: Span, organisations: list[Found]) -> Found | None:
    """The organisation that the title noun of the person named at `name` belongs to, if any."""
    tokens = [t for t in sentence.tokens() if name.start <= sentence.offset + t.idx < name.end]
    head = next((t for t in tokens if t.head.i == t.i or t.head not in tokens), None)
    if head is None:
        return None
    titles = [c for c in head.children if c.dep_ in ("compound", "appos") and c.pos_ == "NOUN" and c not in tokens]
    for title in titles:
        owners = [c for c in title.children if c.dep_ in ("compound", "poss", "nmod", "amod")]
        owners += [o for c in title.children if c.dep_ == "prep" and c.lower_ in ("of", "at")
                   for o in c.children if o.dep_ == "pobj"]
        for owner in owners:
            span = sentence.tokens_span(*_edges(owner))
            match = next((o for o in organisations if o.span.overlaps(span)), None)
            if match is not None:
                return match
    return None


def _edges(token: Any) -> tuple[Any, Any]:
    subtree = list(token.subtree)
    return subtree[0], subtree[-1]


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
