"""People with dated roles: who held which office, for which country, when.

Loaded from `data/people.tsv`, one row per role, so that "Obama" is USAGOV in 2015 and nobody's in
2018. A name is found by full name, alias or surname alone ("Putin", "Mr. Putin"); East Asian names
put the family name first ("Mr. Kim" is Kim Jong-un), so for those countries the first word is the
surname. When several people share a surname, the one holding a top office on the date wins.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

from .columns import items, iso_date, lower, optional, read_rows, text, upper, whole_number
from .text import key as _key

if TYPE_CHECKING:
    from . import Knowledge

FILE = "people.tsv"
# Countries whose names are written family name first in English-language news.
FAMILY_NAME_FIRST = frozenset({"CHN", "PRK", "KOR", "TWN", "HKG", "MAC", "VNM"})
# Generational suffixes and regnal numbers are not surnames.
_SUFFIX = re.compile(r"^(?:Jr\.?|Sr\.?|[IVX]+)$")
# Lower-case particles that belong to the surname ("von der Leyen", "da Silva", "al-Assad").
PARTICLES = frozenset({"von", "van", "der", "de", "da", "di", "du", "le", "la", "del", "dos", "bin", "ibn"})
_ARTICLE_PREFIX = re.compile(r"^(?:al|el|Al|El)[-‐]")
RANKS_FILE = "office_ranks.tsv"
OTHER_OFFICE = 2  # the rank of an office office_ranks.tsv does not list


@dataclass(frozen=True, slots=True)
class Role:
    name: str
    aliases: tuple[str, ...]
    country: str  # CAMEO country code, or "IGO" for international organisations
    sector: str  # CAMEO agent code; for IGO rows the organisation's code ("UNO")
    role: str
    start: date | None
    end: date | None  # None: still in office
    gender: str | None = None  # "m" or "f" when people.tsv says so: lets "he"/"she" skip the other sex
    generated: bool = False  # from the generated layer (Phoenix dictionaries), beneath the hand-written rows
    rank: int = OTHER_OFFICE  # 0 for a head of state, 1 for a head of government (office_ranks.tsv)

    def valid_on(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)

    @property
    def code(self) -> str:
        """The CAMEO actor code: RUSGOV, IGOUNO."""
        return self.country + self.sector

    @property
    def is_igo(self) -> bool:
        return self.country == "IGO"


def surnames(name: str, country: str = "") -> list[str]:
    """The forms of a name's surname a text may use alone: "Putin"; "von der Leyen", "Leyen"; "Assad"."""
    words = [w for w in name.split() if not _SUFFIX.match(w)]
    if not words:
        return []
    if len(words) == 1:
        return [words[0]]
    forms: list[str] = []
    if country in FAMILY_NAME_FIRST:
        forms.append(words[0])
    last = words[-1]
    start = len(words) - 1
    # a particle after the given name, capitalised or not: "Ursula von der Leyen", "Gloria La Riva", "Jeff Van Drew"
    while start > 1 and words[start - 1].lower() in PARTICLES:
        start -= 1
    if start < len(words) - 1:
        forms.append(" ".join(words[start:]))
    forms.append(last)
    if _ARTICLE_PREFIX.match(last):
        forms.append(_ARTICLE_PREFIX.sub("", last))
    return forms


class People:
    """Index of roles by full name, alias and surname."""

    def __init__(self, roles: Iterable[Role], honorifics: Iterable[str] = ()) -> None:
        self._roles = tuple(roles)
        self._full: dict[str, list[Role]] = {}
        self._surname: dict[str, list[Role]] = {}
        titles = sorted({_key(h) for h in honorifics if h.strip()}, key=len, reverse=True)
        self._title = re.compile(r"^(?:(?:%s)\s+)+" % "|".join(re.escape(t) for t in titles)) if titles else None
        for role in self._roles:
            for name in (role.name, *role.aliases):
                self._full.setdefault(_key(name), []).append(role)
            for name in (role.name, *role.aliases):
                if len(name.split()) > 1:
                    for surname in surnames(name, role.country):
                        bucket = self._surname.setdefault(_key(surname), [])
                        if role not in bucket:
                            bucket.append(role)

        # a name a dictionary writes with an honorific ("Samdech Hun Sen") and also bare, for the same country's
        # roles ("Hun Sen", his earlier ones), is one person's: a text writes either, so the bare name takes the roles
        # of both. Not a bare name of no entry ("Sir David Wilson" is no "David Wilson" of the news, who is as often
        # someone else), nor one of another country's roles.
        for role in self._roles:
            for name in (role.name, *role.aliases):
                bare = self.strip_titles(name)
                bucket = self._full.get(bare) if bare != _key(name) else None
                if bucket and role not in bucket and all(r.country == role.country for r in bucket):
                    self._full[bare] = [*bucket, role]
        # a surname the hand-written table knows means its people ("Obama"), not a generated namesake
        for key, bucket in self._surname.items():
            if any(r.generated for r in bucket) and not all(r.generated for r in bucket):
                self._surname[key] = [r for r in bucket if not r.generated]

    def __iter__(self) -> Iterator[Role]:
        return iter(self._roles)

    def __len__(self) -> int:
        return len(self._roles)

    def strip_titles(self, text: str) -> str:
        """The name without leading honorifics: "Mr. Putin" → "Putin"."""
        key = _key(text)
        if self._title is None:
            return key
        return self._title.sub("", key)

    def roles_of(self, name: str) -> list[Role]:
        """Every role of the person with this full name or alias (not surname), in file order."""
        return list(self._full.get(_key(name)) or self._full.get(self.strip_titles(name), ()))

    def lookup(self, name: str, on: date | None = None, country: str | None = None) -> Role | None:
        """The role of the named person valid on `on` (no date: the latest role), or None.

        Full names and aliases are tried first, then the surname alone; a surname shared by several
        people resolves only when one of them holds a higher office than all the others that day.
        `country`: the one the text gives the person ("Chilean President Mendes"); a surname then means
        only people of that country.
        """
        roles, one_person = self._candidates(name, country)
        return _pick(roles, on, one_person=one_person) if roles else None

    def former(self, name: str, on: date) -> Role | None:
        """The last role that had ended by `on`, for a person who holds none that day (CAMEO codes
        former officials as elites, ELI)."""
        roles, one_person = self._candidates(name)
        if not roles or _pick(roles, on, one_person=one_person) is not None:
            return None
        past = [r for r in roles if r.end is not None and r.end <= on]
        if one_person and len({r.name for r in past}) != 1:
            return None
        return max(past, key=lambda r: r.end or date.min) if past else None

    def only_person(self, name: str, country: str | None = None) -> str | None:
        """The canonical name of the one person a name, alias or surname can mean, whatever the date;
        None when the file knows nobody or several people by it (a surname clash: "Kim", "Smith")."""
        roles, _ = self._candidates(name, country)
        names = {r.name for r in roles}
        return names.pop() if len(names) == 1 else None

    def _candidates(self, name: str, country: str | None = None) -> tuple[list[Role], bool]:
        """The roles a name may refer to, and whether they may belong to several people."""
        raw = _key(name)
        if raw in self._full:
            return self._full[raw], False
        key = self.strip_titles(name)
        if key in self._full:
            return self._full[key], False
        if key in self._surname:
            return _of_country(self._surname[key], country), True
        return [], False


def _of_country(roles: list[Role], country: str | None) -> list[Role]:
    """The roles of the people who may be of `country`: a surname shared across borders ("Mendes") means,
    after "Chilean President", a Chilean; failing one, a person known only by international roles (IGO), who
    may be of any."""
    if not country:
        return roles
    countries: dict[str, set[str]] = {}
    for role in roles:
        countries.setdefault(role.name, set()).update({role.country} if not role.is_igo else set())
    ours = [r for r in roles if country in countries[r.name]]
    return ours or [r for r in roles if not countries[r.name]]


def _pick(roles: list[Role], on: date | None, *, one_person: bool) -> Role | None:
    if on is None:
        # The latest role of each person; an open-ended role counts as the latest.
        latest: dict[str, Role] = {}
        for role in roles:
            best = latest.get(role.name)
            if best is None or _later(role, best):
                latest[role.name] = role
        candidates = list(latest.values())
        if one_person:
            # Without a date, people still in office are likelier than their predecessors.
            candidates = [r for r in candidates if r.end is None] or candidates
    else:
        candidates = [r for r in roles if r.valid_on(on)]
    if not candidates:
        return None
    if one_person and len({r.name for r in candidates}) > 1:
        best = min(r.rank for r in candidates)
        candidates = [r for r in candidates if r.rank == best]
        if len({r.name for r in candidates}) != 1:
            return None
    # One person may hold two roles at once: the higher office first, then the latest start.
    candidates.sort(key=lambda r: (r.rank, -(r.start.toordinal() if r.start else 0)))
    return candidates[0]


def _later(a: Role, b: Role) -> bool:
    a_end = a.end or date.max
    b_end = b.end or date.max
    return (a_end, a.start or date.min) > (b_end, b.start or date.min)


@dataclass(frozen=True, slots=True)
class OfficeRanks:
    """How high an office is when people compete for a name (office_ranks.tsv)."""

    exact: dict[str, int]  # "prime minister" → 1
    endings: tuple[tuple[str, int], ...]  # ("secretary-general", 0): any role ending so

    def rank(self, role: str) -> int:
        role = role.lower()
        ranks = [rank for ending, rank in self.endings if role.endswith(ending)]
        if role in self.exact:
            ranks.append(self.exact[role])
        return min(ranks, default=OTHER_OFFICE)


def load_office_ranks(knowledge: "Knowledge") -> OfficeRanks:
    exact: dict[str, int] = {}
    endings: list[tuple[str, int]] = []
    for row in read_rows(knowledge.path(RANKS_FILE), {"office": lower, "rank": whole_number}):
        office, rank = row["office"], row["rank"]
        if not office.lstrip("*") or rank is None:
            raise row.error("an office needs a name and a rank")
        if office.startswith("*"):
            endings.append((office[1:], rank))
        else:
            exact.setdefault(office, rank)
    return OfficeRanks(exact, tuple(endings))


def load_people(knowledge: "Knowledge") -> People:
    """Read `people.tsv`; honorifics and titles ("Mr.", "President") come from the agents table."""
    roles: list[Role] = []
    known: set[str] = set()  # names of a higher layer: a lower layer's rows for them are left out
    ranks = load_office_ranks(knowledge)
    for number, path in enumerate(knowledge.layers(FILE)):
        layer = _read_roles(path, known, ranks, generated=number > 0)
        known.update(_key(n) for role in layer for n in (role.name, *role.aliases))
        roles += layer
    # Titles are stripped like honorifics: "President Trump" is looked up as "Trump".
    titles = (*knowledge.agents.honorifics, *(a.phrase for a in knowledge.agents.roles.titles))
    return People(roles, honorifics=titles)


_ROLE_COLUMNS = {"name": text, "aliases": items, "country": upper, "sector": upper, "role": text,
                 "start": iso_date, "end": iso_date, "gender": optional(lower)}


def load_cached_people(knowledge: "Knowledge") -> People:
    """`load_people`, cached on disk: a large table with its generated layer (it also reads the agents' titles)."""
    from .cache import load_cached

    inputs = [*knowledge.layers(FILE), *knowledge.layers("agents.tsv"), knowledge.path(RANKS_FILE)]
    return load_cached(knowledge.settings, "people", inputs, lambda: load_people(knowledge))


def _read_roles(path: Path, skip: set[str], ranks: OfficeRanks, generated: bool = False) -> list[Role]:
    roles: list[Role] = []
    rank_of: dict[str, int] = {}  # a few offices on thousands of rows
    for row in read_rows(path, _ROLE_COLUMNS):
        name, aliases, country, gender = row["name"], row["aliases"], row["country"], row["gender"]
        start, end = row["start"], row["end"]
        if not name or not country:
            # sector may be empty: a dictionary's dated bare code ("[HOB <950601]") is the country alone
            raise row.error("a role needs a name and a country")
        if start and end and end < start:
            raise row.error(f"the role of {name} ends before it starts")
        if gender not in (None, "m", "f"):
            raise row.error(f"gender is m, f or empty, not {gender!r}")
        if skip and any(_key(n) in skip for n in (name, *aliases)):
            continue  # the hand-written table knows this person: its rows replace the generated ones
        role = row["role"]
        if role not in rank_of:
            rank_of[role] = ranks.rank(role)
        roles.append(Role(name, aliases, country, row["sector"], role, start, end, gender, generated,
                          rank_of[role]))
    return roles
