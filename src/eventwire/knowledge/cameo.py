"""The CAMEO codebook: every CAMEO event code with its Goldstein score, QuadClass and PLOVER 2.0 coding.

Data: `data/cameo_codes.tsv` (GDELT lookups + CAMEO2PLOVER, see NOTICE-cameo.txt).
"""
from __future__ import annotations

import re

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Mapping

from ..errors import KnowledgeError
from .columns import comma_items, items, optional, read_rows, text

if TYPE_CHECKING:
    from . import Knowledge

PLOVER_TYPES = frozenset({
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
    "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
})


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    description: str
    goldstein: float
    quad_class: int
    plover_event: str | None  # None for public statements (root 01): not emitted as events
    plover_mode: str | None
    plover_contexts: tuple[str, ...]
    intent_code: str | None = None  # on roots: the code of the same act when only intended
    negated_code: str | None = None  # on roots: the code of the same act when refused ("would not help")
    root_classes: tuple[str, ...] = ()  # on roots: the groups the events stage names ("force", "cooperative")

    @property
    def root(self) -> str:
        return self.code[:2]


@dataclass(frozen=True, slots=True)
class Codebook:
    codes: Mapping[str, CameoCode]
    classes: Mapping[str, frozenset[str]] = field(default_factory=dict)  # "force" → the roots of that class

    def get(self, code: str | None) -> CameoCode | None:
        """The entry for `code`, falling back to its parent (0234 -> 023 -> 02) for codes not in the book."""
        while code:
            entry = self.codes.get(code)
            if entry is not None:
                return entry
            code = code[:-1] if len(code) > 2 else ""
        return None

    def roots(self, root_class: str) -> frozenset[str]:
        """The roots of a class of `root_classes` ("force": 14-20), for `code[:2] in ...` tests."""
        return self.classes.get(root_class, frozenset())

    def intended(self, code: str) -> str | None:
        """The code of `code` merely intended or wanted ("wants to attack" -> 138), or None to keep it."""
        root = self.codes.get(code[:2])
        return root.intent_code if root else None

    def refused(self, code: str) -> str | None:
        """The code of `code` negated ("would not provide aid" -> 122), or None to keep it as negated."""
        root = self.codes.get(code[:2])
        return root.negated_code if root else None

    def requested(self, code: str) -> str:
        """The appeal for an act ("wants Y to withdraw" -> 025). CAMEO numbers its appeals (02x) in parallel
        with its intents (03x): 021/031 material cooperation, ... 025/035 yield, 026/036 meet; an act with
        no cooperative intent code is a plain appeal (020)."""
        intended = self.intended(code)
        if intended and intended.startswith("03") and "02" + intended[2:] in self.codes:
            return "02" + intended[2:]
        return "020"

    def __contains__(self, code: object) -> bool:
        return code in self.codes

    def __len__(self) -> int:
        return len(self.codes)


_COLUMNS = {"cameo_code": text, "description": text, "goldstein": text, "quad_class": text,
            "plover_event": optional(text), "plover_mode": optional(text), "plover_contexts": comma_items,
            "intent_code": optional(text), "negated_code": optional(text), "root_classes": items}


def load_cameo(knowledge: "Knowledge") -> Codebook:
    path = knowledge.path("cameo_codes.tsv")
    codes: dict[str, CameoCode] = {}
    for row in read_rows(path, _COLUMNS):
        code, event = row["cameo_code"], row["plover_event"]
        if not code.isdigit() or not 2 <= len(code) <= 4:
            raise row.error(f"{code!r} is not a CAMEO code (2-4 digits)")
        if code in codes:
            raise row.error(f"CAMEO code {code} appears twice")
        if event is not None and event not in PLOVER_TYPES:
            raise row.error(f"{event!r} is not a PLOVER 2.0 event type")
        try:
            goldstein = float(row["goldstein"])
            quad = int(row["quad_class"])
        except ValueError:
            raise row.error("goldstein and quad_class must be numbers") from None
        if row["root_classes"] and len(code) != 2:
            raise row.error(f"root_classes are for roots (2 digits), not {code}")
        for column in ("intent_code", "negated_code"):
            value = row[column]
            if value and not (value.isdigit() and 2 <= len(value) <= 4):
                raise row.error(f"{column} {value!r} is not a CAMEO code")
        codes[code] = CameoCode(code, row["description"], goldstein, quad, event, row["plover_mode"], row["plover_contexts"],
                                intent_code=row["intent_code"], negated_code=row["negated_code"],
                                root_classes=row["root_classes"])
    for entry in codes.values():
        for value in (entry.intent_code, entry.negated_code):
            if value and value not in codes:
                raise KnowledgeError(f"{path.name}: {entry.code} refers to {value}, which is not in the table")
    if not codes:
        raise KnowledgeError(f"{path.name} holds no CAMEO codes")
    classes: dict[str, set[str]] = {}
    for entry in codes.values():
        for root_class in entry.root_classes:
            classes.setdefault(root_class, set()).add(entry.code)
    return Codebook(MappingProxyType(codes), MappingProxyType({k: frozenset(v) for k, v in classes.items()}))


def check_event_type(value: str) -> str | None:
    """Why `value` is no event type a query can ask for (a PLOVER type, any case, or a code prefix of one to
    four characters starting with a digit: CAMEO's, or a user verb dictionary's such as "174K"), else None."""
    text = value.strip()
    if text.upper() in PLOVER_TYPES or re.fullmatch(r"[0-9][0-9A-Za-z]{0,3}", text):
        return None
    return (f"no event type {value!r}; use a PLOVER type ({', '.join(sorted(PLOVER_TYPES))}) "
            "or a CAMEO code prefix such as 04 or 0311")
