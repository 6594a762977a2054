"""Building the actors: the mentions grouped by key into `Actor` records with their CAMEO codes, ids in the
order of first mention."""
from __future__ import annotations

from typing import Any

from ...records import Actor, Mention
from .entities import government
from .grouping import role_of
from .mentions import Ctx, Found


def build(ctx: Ctx, found: list[Found]) -> tuple[Actor, ...]:
    groups: dict[tuple[Any, ...], list[Found]] = {}
    for item in sorted(found, key=lambda f: (f.span.start, f.span.end)):
        groups.setdefault(item.key, []).append(item)
    actors: list[Actor] = []
    for key, items in groups.items():
        actors.append(_actor(ctx, f"a{len(actors) + 1}", key, items))
    return tuple(actors)


def _actor(ctx: Ctx, actor_id: str, key: tuple[Any, ...], items: list[Found]) -> Actor:
    mentions = tuple(Mention(i.span, i.how) for i in items)
    named = [i for i in items if i.how != "pronoun"] or items
    if key[0] == "person":
        return _person_actor(ctx, actor_id, key[1], named, mentions)
    first = named[0]
    country, sector, code = first.country, first.sector, first.code
    if code is None:
        code = _cameo_code(country, sector, first.prefix)
    if first.prefix:
        sector = first.prefix + (sector or "")  # the primary agent is the actor's sector: NGOARN is an NGO
    name = max((i.name for i in named), key=len) if first.kind != "organisation" else first.name
    if key[0] == "gov":
        name = first.name if first.how != "role" else government(ctx.knowledge.countries.get(country))
    return Actor(actor_id, name, first.kind, country, sector[:3] if sector else None, code, mentions)


def _person_actor(ctx: Ctx, actor_id: str, canonical: str, items: list[Found],
                  mentions: tuple[Mention, ...]) -> Actor:
    people = ctx.knowledge.people
    role = role_of(ctx, canonical) if people.roles_of(canonical) else None
    names = [i.name for i in items if i.key[0] == "person" and i.how in ("name", "surname")]
    name = canonical if people.roles_of(canonical) else max(names or [canonical], key=len)
    if role is not None:
        if role.is_igo:
            return Actor(actor_id, name, "person", None, "IGO", role.code, mentions)
        if not role.sector:
            # a role that gives only the country (a dictionary's bare code): the title the text gives
            # says the sector ("Bree President Romendacil")
            sector = next((i.sector for i in items if i.sector), None)
            return Actor(actor_id, name, "person", role.country, sector[:3] if sector else None,
                         _cameo_code(role.country, sector), mentions)
        return Actor(actor_id, name, "person", role.country, role.sector[:3], role.code, mentions)
    if ctx.on is not None and people.roles_of(canonical):
        former = people.former(canonical, ctx.on)
        if former is not None and not former.is_igo:
            return Actor(actor_id, name, "person", former.country, "ELI", former.country + "ELI", mentions)
    country = next((i.country for i in items if i.country), None)
    sector = next((i.sector for i in items if i.sector), None)
    fixed = next((i.code for i in items if i.code), None)  # the organisation's, from its title (organisation_titles)
    if fixed is not None:
        return Actor(actor_id, name, "person", country, sector[:3] if sector else None, fixed, mentions)
    if country is None:
        # a known person before any of their roles (or an article with no usable date): the country
        # of their roles still holds, whatever the office ("President Bush" on a placeholder date)
        known = {r.country for r in people.roles_of(canonical) if not r.is_igo}
        if len(known) == 1:
            country = known.pop()
    return Actor(actor_id, name, "person", country, sector[:3] if sector else None, _cameo_code(country, sector),
                 mentions)


def _cameo_code(country: str | None, sector: str | None, prefix: str | None = None) -> str | None:
    """CAMEO actor code: country + sectors; a sector with no known country is "---REB", as CAMEO and PETRARCH
    write it, so the first three letters always stand for the country (or its absence). A primary agent
    (`prefix`: IGO, NGO) stands in the first three letters itself: NGOARN, NGOARNGOV, or NGO alone."""
    if prefix:
        return prefix + (country or "") + (sector or "")
    if country:
        return country + (sector or "")
    return "---" + sector if sector else None
