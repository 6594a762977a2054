"""Quote cues: verbs, phrases and nouns that attribute speech, writing or opinion (`data/quote_cues.tsv`), each
with its sense, which says when it is a cue at all (see the table's header)."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Mapping

from .columns import choice, lower, read_rows, text

if TYPE_CHECKING:
    from . import Knowledge

FILE = "quote_cues.tsv"
DOCUMENTS_FILE = "quote_documents.tsv"
DOCUMENT_ROLES = ("document", "release", "voice", "author")
POS = ("verb", "phrase", "noun")
SENSES = ("speech", "writing", "question", "report", "cognition", "intention", "discovery")
# Senses that never make a quote: what someone wanted, decided, imagined or found out is not what they said.
NEVER_CUES = frozenset({"intention", "discovery"})
# Senses that make a quote only when someone else's view is reported (a named or role subject, not "I").
THIRD_PARTY_ONLY = frozenset({"cognition"})
OBJECTS = ("", "content", "listener", "bare", "naming", "it", "act", "transfer")
# What a verb cue's subject is: "speaker" when only someone who speaks or writes can be it ("say", "argue").
SUBJECTS = ("", "speaker")


@dataclass(frozen=True, slots=True)
class Cues:
    """The cue table, indexed the ways the quotes stage looks words up.

    verbs: lemma -> sense for one-word verbs; particle_verbs: (lemma, particle or preposition) -> sense
    ("point out", "call for"); phrases: lower-cased word tuple -> sense ("according to"); nouns: lemma ->
    sense ("statement"); objects: verb cue ("deny", "call for") -> what its direct object is ("content",
    "listener"), or "bare" for verbs that are cues only without an object or infinitive ("continue"), or
    "naming" for verbs that are cues only when they say what something is called ("call", "label"), or
    "it" for verbs that are cues only with the object "it" ("as she put it"), or "act" for verbs whose
    object is what was said unless the verb patterns code the verb with that object as a material act
    ("declared a state of emergency" performs it), or "transfer" for verbs whose object is what was said
    ("denied the report") except with a second object or in the passive with one, where they give or
    withhold a thing ("denied him entry", "were denied visas").
    """

    verbs: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    particle_verbs: Mapping[tuple[str, str], str] = field(default_factory=lambda: MappingProxyType({}))
    phrases: Mapping[tuple[str, ...], str] = field(default_factory=lambda: MappingProxyType({}))
    nouns: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    objects: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # quote_documents.tsv: nouns naming a document ("report"), whose author is the speaker, and verbs whose
    # subject is the author of the document that is their object ("released a statement").
    documents: frozenset[str] = frozenset()
    releases: frozenset[str] = frozenset()
    # Verb cues ("say", "argue", "call for") whose subject is always someone who speaks or writes, never a
    # thing that shows ("the results suggest"): the table's `subject` column.
    speakers: frozenset[str] = frozenset()
    # The voice rows of quote_documents.tsv (also in `documents`): bodies that speak for an owner ("Jo Wu's
    # office"), which are no text a clause can be set in ("in his office, …").
    voices: frozenset[str] = frozenset()
    # The author rows of quote_documents.tsv: nouns for the writer of a document ("co-author of the study").
    authors: frozenset[str] = frozenset()

    def verb(self, lemma: str, particle: str | None = None) -> str | None:
        """The sense of a verb cue, or None; a particle verb is tried before the bare verb."""
        lemma = lemma.lower()
        if particle:
            sense = self.particle_verbs.get((lemma, particle.lower()))
            if sense:
                return sense
        return self.verbs.get(lemma)

    def takes_particle(self, lemma: str, particle: str) -> bool:
        return (lemma.lower(), particle.lower()) in self.particle_verbs

    def speaks(self, lemma: str, particle: str | None = None) -> bool:
        """Whether the subject of this verb cue is always someone speaking or writing ("say", "argue")."""
        cue = lemma.lower() if not particle else f"{lemma.lower()} {particle.lower()}"
        return cue in self.speakers

    def object_role(self, lemma: str) -> str:
        """What a verb cue's direct object is: "content", "listener", "bare" (the verb is no cue when it has
        one), "naming" (a cue only with the object's new name), "it" (a cue only with the object "it": "as
        she put it"), "act" ("content", but no cue with an object the verb patterns code as a material
        act: "declared a curfew"), "transfer" ("content", but no cue with two objects: "denied him entry")
        or "" (neither, or not a cue)."""
        return self.objects.get(lemma.lower(), "")


_CUE_COLUMNS = {"cue": lower, "pos": choice(*POS), "sense": choice(*SENSES), "object": text, "subject": text}


def read_cues(path: Path) -> Cues:
    """Build a `Cues` from a `quote_cues.tsv`; raises KnowledgeError naming the bad line."""
    verbs: dict[str, str] = {}
    particle_verbs: dict[tuple[str, str], str] = {}
    phrases: dict[tuple[str, ...], str] = {}
    nouns: dict[str, str] = {}
    objects: dict[str, str] = {}
    speakers: set[str] = set()
    seen: dict[tuple[str, str], int] = {}
    for row in read_rows(path, _CUE_COLUMNS):
        cue, pos, sense, role = " ".join(row["cue"].split()), row["pos"], row["sense"], row["object"]
        if not cue:
            raise row.error("the cue is empty")
        if role not in OBJECTS or (role and pos != "verb"):
            raise row.error(f"object {role!r} must be empty, or one of {', '.join(OBJECTS[1:])} for a verb")
        if (pos, cue) in seen:
            raise row.error(f"{pos} cue {cue!r} is listed twice (first on line {seen[(pos, cue)]})")
        seen[(pos, cue)] = row.line
        words = tuple(cue.split())
        if pos == "phrase":
            phrases[words] = sense
        elif pos == "noun":
            nouns[cue] = sense
        elif len(words) == 1:
            verbs[cue] = sense
        elif len(words) == 2:
            particle_verbs[(words[0], words[1])] = sense
        else:
            raise row.error(f"a verb cue is a lemma with at most one particle: {cue!r}")
        if role:
            objects[cue] = role
        subject = row["subject"]
        if subject not in SUBJECTS or (subject and pos != "verb"):
            raise row.error(f"subject {subject!r} must be empty, or one of {', '.join(SUBJECTS[1:])} for a verb")
        if subject:
            speakers.add(cue)
    return Cues(
        verbs=MappingProxyType(verbs), particle_verbs=MappingProxyType(particle_verbs),
        phrases=MappingProxyType(phrases), nouns=MappingProxyType(nouns), objects=MappingProxyType(objects),
        speakers=frozenset(speakers),
    )


def read_document_roles(path: Path) -> dict[str, frozenset[str]]:
    """The words of a `quote_documents.tsv` by role (document, release, voice, author); raises KnowledgeError
    on a bad line."""
    found: dict[str, set[str]] = {role: set() for role in DOCUMENT_ROLES}
    for row in read_rows(path, {"word": lower, "role": choice(*DOCUMENT_ROLES)}):
        word = row["word"]
        if not word or " " in word:
            raise row.error(f"the word must be one lemma, not {word!r}")
        found[row["role"]].add(word)
    return {role: frozenset(words) for role, words in found.items()}


def read_documents(path: Path) -> tuple[frozenset[str], frozenset[str]]:
    """(document and voice nouns, release verbs) from a `quote_documents.tsv`; raises KnowledgeError on a
    bad line."""
    return _documents_and_releases(read_document_roles(path))


def _documents_and_releases(found: dict[str, frozenset[str]]) -> tuple[frozenset[str], frozenset[str]]:
    # A voice (a candidate's campaign) speaks for its owner as a document does for its author: the two
    # are found the same way ("Jo Wu's campaign said", "the campaign said" after "Jo Wu's campaign").
    return found["document"] | found["voice"], found["release"]


def load_cues(knowledge: "Knowledge") -> Cues:
    """The cue table of `knowledge` (bundled or overridden by `settings.knowledge_dir`), with its documents."""
    cues = read_cues(knowledge.path(FILE))
    roles = read_document_roles(knowledge.path(DOCUMENTS_FILE))  # one reading serves all three sets
    documents, releases = _documents_and_releases(roles)
    return dataclasses.replace(cues, documents=documents, releases=releases, voices=roles["voice"],
                               authors=roles["author"])
