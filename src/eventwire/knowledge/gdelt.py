"""What the GDELT export needs beyond the codebooks: FIPS 10-4 country codes and CAMEO actor type codes.

Data: `data/fips_countries.tsv` (ISO alpha-3 → FIPS, from GeoNames; tools/make_fips.py) and
`data/cameo_actor_types.tsv` (the 3-letter role codes of CAMEO actor codes). Not a `Knowledge` property
yet: `load_gdelt(knowledge)` builds it on demand, for exports only.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Mapping

from .columns import read_rows, text

if TYPE_CHECKING:
    from . import Knowledge

FIPS_FILE = "fips_countries.tsv"
TYPES_FILE = "cameo_actor_types.tsv"
_CODE = re.compile(r"^[A-Z]{3}$")
_FIPS = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True, slots=True)
class ActorCode:
    """A CAMEO actor code taken apart the way GDELT's Actor1*/Actor2* columns present it."""

    code: str
    country: str | None
    known_group: str | None
    types: tuple[str, ...]  # at most three are exported (Type1Code … Type3Code)


@dataclass(frozen=True, slots=True)
class GdeltTables:
    fips: Mapping[str, str]  # ISO alpha-3 or CAMEO country code → FIPS 10-4
    types: frozenset[str]  # CAMEO actor type codes

    def fips_of(self, country: str | None) -> str | None:
        return self.fips.get(country.upper()) if country else None

    def split_actor(self, code: str | None, country: str | None = None) -> ActorCode | None:
        """RUSGOV → (RUS, -, [GOV]); IGOUNO → (-, UNO, [IGO]); PRKGOVMIL → (PRK, -, [GOV, MIL]); ---OPP → OPP.

        `country` is the actor's country as the pipeline coded it: a code starts with it when it has one.
        Of the parts that are not types, the last is the known group (IGOWSTNAT → NAT, PSEREBHAM → HAM):
        CAMEO writes regions (WST, EUR) before the group they narrow down.
        """
        # "---" is CAMEO's placeholder for an unknown country: GDELT writes the code without it (OPP).
        code = (code or "").upper().removeprefix("---")
        if not code:
            return None
        rest = code
        if country and code.startswith(country.upper()):
            rest = code[len(country):]
        elif country is None and code[:3] in self.fips and code[:3] not in self.types:
            country = code[:3]
            rest = code[3:]
        parts = [rest[i:i + 3] for i in range(0, len(rest), 3)]
        types = tuple(dict.fromkeys(part for part in parts if part in self.types))
        others = [part for part in parts if part not in self.types and len(part) == 3]
        return ActorCode(code, country.upper() if country else None, others[-1] if others else None, types)


def load_gdelt(knowledge: "Knowledge") -> GdeltTables:
    """Read both tables; CAMEO country codes that differ from ISO (KSV for XKX) map to FIPS too."""
    fips: dict[str, str] = {}
    for row in read_rows(knowledge.path(FIPS_FILE), {"iso3": text, "fips": text}):
        iso3, code = row["iso3"], row["fips"]
        if not _CODE.match(iso3) or not _FIPS.match(code):
            raise row.error("want an ISO alpha-3 and a 2-letter FIPS code")
        fips[iso3] = code
    for country in knowledge.countries:
        if country.cameo and country.iso3 in fips:
            fips.setdefault(country.cameo, fips[country.iso3])
    types: set[str] = set()
    for row in read_rows(knowledge.path(TYPES_FILE), {"code": text}):
        code = row["code"]
        if not _CODE.match(code):
            raise row.error(f"{code!r} is not a 3-letter CAMEO type code")
        types.add(code)
    return GdeltTables(MappingProxyType(fips), frozenset(types))
