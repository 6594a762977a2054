"""Legal acts: verbs only a state institution performs, with the sector (JUD, COP, GOV) of the institution, so
that a passive with no agent ("was convicted", "was pardoned") still has a source; the `state` column marks the
acts that remove one from a state's territory ("deport"), whose state is never the undergoer's own. Data:
`data/legal_acts.tsv` (its header explains why these verbs and not others). Also the kinds of accusation by the act
alleged (`data/accusations.tsv`, w16verdict)."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .columns import lower, read_rows, upper

if TYPE_CHECKING:
    from . import Knowledge


@dataclass(frozen=True, slots=True)
class LegalActs:
    sectors: tuple[tuple[str, str], ...] = ()  # (verb lemma, sector code), sorted: hashable like the other tables
    removals: frozenset[str] = frozenset()  # acts that remove one from a state's territory ("state" column)
    accusations: tuple[tuple[str, str], ...] = ()  # (code prefix of an act alleged, accusation code), longest first

    def sector(self, lemma: str) -> str | None:
        """The sector of the institution that performs the act the verb names, if only one does."""
        key = lemma.lower()
        at = bisect_left(self.sectors, (key, ""))  # the rows are sorted by verb (`load_legal_acts`)
        return self.sectors[at][1] if at < len(self.sectors) and self.sectors[at][0] == key else None

    def removal(self, lemma: str) -> bool:
        """An act done by the state one is removed from ("deported"), never by one's own state."""
        return lemma.lower() in self.removals

    def accusation(self, alleged: str) -> str | None:
        """The CAMEO code of an accusation of the act `alleged` ("accused X of attacking Y": 1123), or None."""
        return next((code for prefix, code in self.accusations if alleged.startswith(prefix)), None)


def load_legal_acts(knowledge: "Knowledge") -> LegalActs:
    found: dict[str, str] = {}
    removals: set[str] = set()
    for row in read_rows(knowledge.path("legal_acts.tsv"), {"verb": lower, "sector": upper, "state": lower}):
        if not row["verb"] or not row["sector"]:
            raise row.error("a row needs a verb and a sector")
        if row["state"] not in ("", "place"):
            raise row.error(f"state {row['state']!r}: empty or 'place'")
        if row["state"] == "place":
            removals.add(row["verb"])
        if row["verb"] in found and found[row["verb"]] != row["sector"]:
            raise row.error(f"{row['verb']!r} is given two sectors")
        found[row["verb"]] = row["sector"]
    accusations: dict[str, str] = {}
    for row in read_rows(knowledge.path("accusations.tsv"), {"act": lower, "accusation": lower}):
        if not row["act"].isdigit() or not row["accusation"].isdigit():
            raise row.error("act and accusation must be CAMEO codes")
        accusations[row["act"]] = row["accusation"]
    ordered = tuple(sorted(accusations.items(), key=lambda item: (-len(item[0]), item[0])))
    return LegalActs(tuple(sorted(found.items())), frozenset(removals), ordered)
