"""Evaluative words: the polarity of what someone or something is called ("a clown", "a hero", "criminal").
Data: `data/evaluative_words.tsv` (its header explains the polarities)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

from .columns import read_word_classes

if TYPE_CHECKING:
    from . import Knowledge

# The word classes of the table: four polarities; "recall", the verbs by which one remembers or mourns
# someone, whose "as" phrase says what that one was ("remembered her as a champion of the poor"); the acts
# of state that praise or blame may be about, by the institution that makes them (a law the legislature's, a
# ruling the court's, a decree the government's), with the CAMEO sector code of each; and "epithet", the
# adjectives that only judge, which blame a named party in passing ("the corrupt Commission"); and "quality", the
# qualities one is blamed for lacking ("said the governor lacks the strength to lead").
# "casting", the verbs that cast someone as something in words, whose "as" phrase says what they are made out to be
# ("dismissed the governor as a lightweight", "portrayed her as dishonest"). "feeling", the adjectives of a feeling
# whose complement says what the feeling is about, not what its holder is ("anxious about terrorism").
POLARITIES = ("praise", "criticism", "crime", "hedge", "recall", "law", "ruling", "decree", "epithet", "quality",
              "casting", "feeling")
_SECTORS = {"law": "LEG", "ruling": "JUD", "decree": "GOV"}


@dataclass(frozen=True, slots=True)
class EvaluativeWords:
    praise: frozenset[str] = frozenset()
    criticism: frozenset[str] = frozenset()
    crime: frozenset[str] = frozenset()
    hedge: frozenset[str] = frozenset()
    recall: frozenset[str] = frozenset()
    law: frozenset[str] = frozenset()
    ruling: frozenset[str] = frozenset()
    decree: frozenset[str] = frozenset()
    epithet: frozenset[str] = frozenset()
    quality: frozenset[str] = frozenset()
    casting: frozenset[str] = frozenset()
    feeling: frozenset[str] = frozenset()

    def maker(self, lemma: str) -> str | None:
        """The CAMEO sector of the institution that makes an act of state ("bill" LEG, "verdict" JUD, "decree"
        GOV), or None for a word that names none."""
        return next((sector for kind, sector in _SECTORS.items() if lemma in getattr(self, kind)), None)

    def word(self, lemma: str) -> str | None:
        """The polarity of one word ("praise", "criticism", "crime"), or None."""
        return ("crime" if lemma in self.crime else "criticism" if lemma in self.criticism
                else "praise" if lemma in self.praise else None)

    def verdict(self, head: str | None, lemmas: Iterable[str]) -> str | None:
        """ "praise", "criticism" or "crime" for the words someone is called: the head word's own polarity
        when it has one ("a great embarrassment" is blame, whatever "great" says), else the polarity of the
        other words when they agree; a hedge ("almost criminal") takes a charge back to blame; None when
        the words say nothing or disagree."""
        words = set(lemmas)
        found = self.word(head) if head is not None else None
        if found is None:
            polarities = {p for w in words if (p := self.word(w)) is not None}
            if polarities <= {"crime", "criticism"} and polarities:
                found = "crime" if "crime" in polarities else "criticism"
            elif polarities == {"praise"}:
                found = "praise"
        if found == "crime" and words & self.hedge:
            return "criticism"
        return found


def load_evaluative_words(knowledge: "Knowledge") -> EvaluativeWords:
    found = read_word_classes(knowledge.path("evaluative_words.tsv"), "polarity", POLARITIES)
    return EvaluativeWords(*(found[p] for p in POLARITIES))
