"""Verb patterns: a verb lemma, with an optional particle/preposition and object word, gives a CAMEO code.

Data: `data/verb_patterns.tsv` (its header explains the columns). The loader knows nothing of spaCy: the
events stage describes a verb's neighbourhood as a `Frame` and asks `VerbPatterns.match` for the most
specific pattern that fits, so every coding can be explained by one row (`VerbPattern.text`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Mapping

from .columns import Row, comma_items, items, lower, read_rows, text

if TYPE_CHECKING:
    from . import Knowledge

ROLES = frozenset({"cue", "intent", "symmetric", "negate", "party", "feeling", "undergo", "partake", "reason"})
# "deadline": a to-infinitive with a time limit on the verb ("gave the rebels until Friday / 48 hours to surrender")
CLAUSE_CONDITIONS = frozenset({"ccomp", "ccomp:future", "ccomp:question", "xcomp", "deadline"})


@dataclass(frozen=True, slots=True)
class Phrase:
    """A noun phrase (or an xcomp verb) as the matcher sees it: its head lemma and every lemma in it."""

    head: str
    lemmas: frozenset[str]


@dataclass(frozen=True, slots=True)
class Frame:
    """What a verb governs: particles/prepositions, clause complements, and the phrases in each slot.

    `slots` maps "dobj", "nsubjpass", "xcomp" and each preposition lemma to the phrases found there.
    """

    lemma: str
    preps: frozenset[str] = frozenset()
    clauses: frozenset[str] = frozenset()  # "ccomp", "ccomp:future", "ccomp:question", "xcomp", "deadline"
    slots: Mapping[str, tuple[Phrase, ...]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class VerbPattern:
    verb: str
    prep: str | None
    object_label: str | None  # as written in the file: "&WEAPON", "consensus", "air strike"
    objects: tuple[tuple[str, ...], ...]  # alternatives; each needs all its words, one of them the head
    code: str | None  # None: a cue/intent verb that is no event by itself
    targets: tuple[str, ...]
    roles: frozenset[str]
    line: int

    @property
    def specificity(self) -> int:
        return (2 if self.objects else 0) + (1 if self.prep else 0)

    @property
    def text(self) -> str:
        """The explanation stored on an event: `verb [+prep] [object] [code]`."""
        parts = [self.verb]
        if self.prep:
            parts.append(f"+{self.prep}")
        if self.object_label:
            parts.append(self.object_label)
        parts.append(f"[{self.code or '-'}]")
        return " ".join(parts)

    def fits(self, frame: Frame) -> bool:
        return self.words_fitted(frame) is not None

    def words_fitted(self, frame: Frame) -> int | None:
        """How many object words the row needs and finds (0 for a row with no object), None if it does not
        fit: among rows of one specificity, the one that names more of the object is the narrower sense
        ("launched a general strike" against "launched a strike")."""
        if self.prep:
            if self.prep in CLAUSE_CONDITIONS:
                if self.prep not in frame.clauses:
                    return None
            elif self.prep not in frame.preps:
                return None
        if not self.objects:
            return 0
        # the indirect object is the one given to, never the thing given when a direct object names that
        # ("sent the police a plan" sends no police)
        slots = ["dobj", "nsubjpass", "xcomp"] + ([] if frame.slots.get("dobj") else ["iobj"])
        if self.prep and self.prep not in CLAUSE_CONDITIONS:
            slots.insert(0, self.prep)
        phrases = [p for s in slots for p in frame.slots.get(s, ())]
        # "*" names no word of the object: a row naming the object's head ("refused to hand over") is the
        # narrower sense beside one that takes anything there ("refused to *")
        return max((0 if alt == ("*",) else len(alt) for alt in self.objects for p in phrases if _object_fits(alt, p)),
                   default=None)


def _first_fit(patterns: tuple[VerbPattern, ...], frame: Frame,
               accept: Callable[[VerbPattern], bool] | None = None) -> VerbPattern | None:
    """The first fitting row of the highest specificity, preferring, among rows of that specificity, the one
    that names more words of the object (`patterns` is sorted most specific first)."""
    best: VerbPattern | None = None
    best_words = -1
    for pattern in patterns:
        if best is not None and pattern.specificity < best.specificity:
            break
        words = pattern.words_fitted(frame)
        if words is not None and words > best_words and (accept is None or accept(pattern)):
            best, best_words = pattern, words
    return best


def _object_fits(words: tuple[str, ...], phrase: Phrase) -> bool:
    """One word must be the head; several ("state of emergency", "ceasefire agreement") must all be there,
    one of them the head; "*" is any word (the row needs only something in the slot: "struck him")."""
    if words == ("*",):
        return True
    return phrase.head in words and all(w in phrase.lemmas for w in words)


@dataclass(frozen=True, slots=True)
class VerbPatterns:
    by_verb: Mapping[str, tuple[VerbPattern, ...]]  # most specific first, then file order
    by_noun: Mapping[str, tuple[VerbPattern, ...]] = field(default_factory=dict)
    classes: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # "&HAZARD" -> member lemmas

    def match(self, frame: Frame, accept: Callable[[VerbPattern], bool] | None = None) -> VerbPattern | None:
        """The most specific verb pattern that fits the frame (and that `accept`, a test of what the frame
        cannot say, passes), or None."""
        return _first_fit(self.by_verb.get(frame.lemma, ()), frame, accept)

    def match_noun(self, frame: Frame) -> VerbPattern | None:
        """The same, for an event noun ("summit", "sanctions") with its prepositions."""
        return _first_fit(self.by_noun.get(frame.lemma, ()), frame)

    def members(self, label: str) -> frozenset[str]:
        """The lemmas of a noun class ("&HAZARD"); empty if the tables do not define it."""
        return frozenset(self.classes.get(label.upper(), ()))

    def roles(self, lemma: str) -> frozenset[str]:
        """Every role any row of this verb has (a cue is a cue whatever its object)."""
        found: set[str] = set()
        for pattern in self.by_verb.get(lemma, ()):
            found |= pattern.roles
        return frozenset(found)

    def noun_roles(self, lemma: str) -> frozenset[str]:
        """Every role any row of this event noun has."""
        return frozenset(r for pattern in self.by_noun.get(lemma, ()) for r in pattern.roles)

    def act_noun(self, lemma: str) -> bool:
        """Does the noun name an act ("attack", "talks"), not only the intent to do one ("plan", "threat")?"""
        return lemma in self.by_noun and "intent" not in self.noun_roles(lemma)

    def takes_infinitive(self, lemma: str) -> bool:
        """Does a row of this event noun take a to-infinitive ("an offer to help", "plans to attack")?"""
        return any(pattern.prep == "xcomp" for pattern in self.by_noun.get(lemma, ()))

    def __contains__(self, lemma: object) -> bool:
        return lemma in self.by_verb


# A member of a noun class that stands for any party (an actor, a named person, group or place, a personal
# pronoun), as the "party" role tests it; the events stage reads it (`senses.outside_class`).
PARTY = "&PARTY"
# The noun class of the objects a CAMEO code (or every code under it) takes: "&OBJECTS:154", "&OBJECTS:15".
OBJECTS_OF = "&OBJECTS:"


def _class_members(row: Row, cells: Iterable[str], classes: Mapping[str, tuple[str, ...]]) -> Iterator[str]:
    """A class row's members, lowercase; a member "&NAME" stands for the members of a class defined above it
    (or for any party: `PARTY`)."""
    for cell in cells:
        if cell.upper() == PARTY:
            yield PARTY
        elif cell.startswith("&"):
            if cell.upper() not in classes:
                raise row.error(f"unknown noun class {cell} (a class may name only classes defined above it)")
            yield from classes[cell.upper()]
        else:
            yield cell.lower()


def load_verbs(knowledge: "Knowledge") -> VerbPatterns:
    """Verb patterns and event nouns; the noun file may use the verb file's noun classes."""
    classes: dict[str, tuple[str, ...]] = {}
    verbs = _read_patterns(knowledge, "verb_patterns.tsv", classes)
    nouns = _read_patterns(knowledge, "nominal_events.tsv", classes)
    return VerbPatterns(verbs, nouns, MappingProxyType(dict(classes)))


_COLUMNS = {"verb": lower, "prep": lower, "object": text, "code": text, "target": comma_items, "role": comma_items}


def _read_patterns(knowledge: "Knowledge", name: str,
                   classes: dict[str, tuple[str, ...]]) -> Mapping[str, tuple[VerbPattern, ...]]:
    codebook = knowledge.cameo
    rows: list[Row] = []
    for row in read_rows(knowledge.path(name), _COLUMNS):
        verb = row["verb"]
        if verb.startswith("&"):
            members = tuple(_class_members(row, items(row["object"]), classes))
            if not members:
                raise row.error(f"noun class {verb} has no members")
            if verb.upper() in classes:
                # a second definition would silently replace the first, and every row written for it
                raise row.error(f"noun class {verb} is defined twice (rename one of them)")
            classes[verb.upper()] = members
        elif verb:
            rows.append(row)
        else:
            raise row.error("the verb cell is empty")
    patterns: dict[str, list[VerbPattern]] = {}
    for row in rows:
        verb = row["verb"]
        label = row["object"] or None
        objects: list[tuple[str, ...]] = []
        for alternative in (label or "").split("|"):
            alternative = alternative.strip()
            if alternative.startswith("&"):
                if alternative.upper() not in classes:
                    raise row.error(f"unknown noun class {alternative}")
                objects.extend(tuple(m.split()) for m in classes[alternative.upper()])
            elif alternative:
                objects.append(tuple(alternative.lower().split()))
        code = row["code"]
        if code in ("", "-"):
            code_value = None
        elif code not in codebook:
            raise row.error(f"{code!r} is not a CAMEO code of cameo_codes.tsv")
        else:
            code_value = code
        targets = tuple(t.lower() for t in row["target"]) or ("dobj",)
        roles = frozenset(r.lower() for r in row["role"])
        if roles - ROLES:
            raise row.error(f"unknown role(s) {sorted(roles - ROLES)}; known: {sorted(ROLES)}")
        if code_value is None and not roles:
            raise row.error("a row without a code must have a role (cue, intent)")
        patterns.setdefault(verb, []).append(VerbPattern(
            verb, row["prep"] or None, label, tuple(objects), code_value, targets, roles, row.line))
    return MappingProxyType({
        verb: tuple(sorted(found, key=lambda p: (-p.specificity, p.line))) for verb, found in sorted(patterns.items())
    })
