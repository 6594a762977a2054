"""Legal acts: verbs only a state institution performs, with the sector (JUD, COP) of the institution, so that
a passive with no agent ("was convicted") still has a source. Data: `data/legal_acts.tsv` (its header explains
why these verbs and not others)."""
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

    def sector(self, lemma: str) -> str | None:
        """The sector of the institution that performs the act the verb names, if only one does."""
        key = lemma.lower()
        at = bisect_left(self.sectors, (key, ""))  # the rows are sorted by verb (`load_legal_acts`)
        return self.sectors[at][1] if at < len(self.sectors) and self.sectors[at][0] == key else None


def load_legal_acts(knowledge: "Knowledge") -> LegalActs:
    found: dict[str, str] = {}
    for row in read_rows(knowledge.path("legal_acts.tsv"), {"verb": lower, "sector": upper}):
        if not row["verb"] or not row["sector"]:
            raise row.error("a row needs a verb and a sector")
        if row["verb"] in found and found[row["verb"]] != row["sector"]:
            raise row.error(f"{row['verb']!r} is given two sectors")
        found[row["verb"]] = row["sector"]
    return LegalActs(tuple(sorted(found.items())))
