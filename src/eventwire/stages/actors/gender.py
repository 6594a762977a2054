"""A person's gender, from what the article and the knowledge say of them: the one place every stage that
resolves "he"/"she" asks (the actors stage's pronouns, the quotes stage's pronoun speakers, through
`Actor.gender`).

Evidence, strongest first; the first that speaks decides:
1. the text's own words for the person: an honorific or a gendered title before the name ("Ms. Ruiz",
   "Queen Ana", "Congresswoman Ruiz", read by the people pass into `Found.gender`), and a gendered role
   noun the actors stage joined to the person ("Ana Ruiz, a spokeswoman for …", "the chairman, Jo Wu");
2. people.tsv's `gender` column for a person the knowledge holds;
3. the first name of a full name, when one sex bears it (`knowledge.first_names`: "Angela" f, "Boris" m;
   "Jordan", "Kim", "Leslie" give nothing);
4. as the pronoun pass goes, the first gendered pronoun it linked to the person (`learn`).
"""
from __future__ import annotations

import dataclasses
from typing import Any, Iterable, Mapping

from ...records import Actor
from .mentions import Ctx, Found, named_person
from .tokens import POSSESSIVE_TAIL

# The third-person pronouns that say a sex.
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                  "she": "f", "her": "f", "hers": "f", "herself": "f"}


def pronoun_fits(word: str, gender: str | None) -> bool:
    """Whether a pronoun can stand for a person of `gender` (None: not known): "he" is no one known to be a
    woman, "she" no one known to be a man; a pronoun that says no sex fits anyone."""
    said = PRONOUN_GENDER.get(word.lower())
    return said is None or gender is None or said == gender


def genders_of(ctx: Ctx, found: Iterable[Found]) -> dict[tuple[Any, ...], str]:
    """The sex of each named person (by actor key) that the text's words, the knowledge or the first name
    say (evidence 1-3 of the module's list; the pronoun pass adds the pronouns' with `learn`)."""
    found = list(found)
    texts: dict[tuple[Any, ...], str] = {}
    for item in found:
        if item.key[:1] != ("person",):
            continue
        said = item.gender if named_person(item) else None
        said = said or (_role_gender(ctx, item) if item.how in ("title", "role") else None)
        if said:
            texts.setdefault(item.key, said)
    people = ctx.knowledge.people
    genders: dict[tuple[Any, ...], str] = {}
    for item in found:
        if not named_person(item) or item.key in genders:
            continue
        known = texts.get(item.key) or next((r.gender for r in people.roles_of(item.key[1]) if r.gender), None)
        known = known or _first_name_gender(ctx, item.key[1])
        if known:
            genders[item.key] = known
    return genders


def learn(genders: dict[tuple[Any, ...], str], key: tuple[Any, ...], word: str) -> None:
    """Evidence 4: a gendered pronoun the pronoun pass linked to a person whom nothing else sexes tells their
    sex for the rest of the article ("Jordan Pask spoke. He said …, she added" cannot both be Pask), so
    that a later pronoun of the other sex looks further."""
    said = PRONOUN_GENDER.get(word.lower())
    if said and key[:1] == ("person",):
        genders.setdefault(key, said)


def with_genders(actors: Iterable[Actor], found: Iterable[Found],
                 genders: Mapping[tuple[Any, ...], str]) -> tuple[Actor, ...]:
    """The actors with the `gender` of the person each is (by the key of the mentions it was built from)."""
    keys = {item.span: item.key for item in found}
    out = []
    for actor in actors:
        key = next((keys[m.span] for m in actor.mentions if m.span in keys), None)
        gender = genders.get(key) if key is not None and actor.kind == "person" else None
        out.append(dataclasses.replace(actor, gender=gender) if gender else actor)
    return tuple(out)


def _role_gender(ctx: Ctx, item: Found) -> str | None:
    """The sex a role noun joined to a person says: a compound in "-woman" ("spokeswoman", "chairwoman") is
    a woman; one in "-man" whose "-woman" form the role table also has ("spokesman", "congressman") a
    man. A "-man" word with no feminine form ("chairman of the board" for either) says nothing."""
    words = ctx.text[item.span.start:item.span.end].split()
    head = POSSESSIVE_TAIL.sub("", words[-1].lower().rstrip(".,;:")) if words else ""
    roles = ctx.knowledge.agents.roles
    if head.endswith("woman") and len(head) > 5:
        return "f"
    if head.endswith("man") and len(head) > 3 and roles.get(head[:-3] + "woman") is not None:
        return "m"
    return roles.gender(" ".join(words)) if words else None


def _first_name_gender(ctx: Ctx, name: str) -> str | None:
    """The sex the first word of a full name says ("Angela Ruiz" f), when that word is a given name and
    no honorific or title; a one-word name is a surname and says nothing."""
    words = name.split()
    if len(words) < 2 or len(words[0].rstrip(".")) < 2 or ctx.knowledge.agents.roles.get(words[0]) is not None:
        return None
    return ctx.knowledge.first_names.gender(words[0].rstrip("."))
