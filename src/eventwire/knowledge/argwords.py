"""Argument words: the content words that change how a clause's event is read (allegations, appeals,
consent, denial) and the parties that make no event (hazards and mishaps, private groups and sectors).
Data: `data/argument_words.tsv` (its header explains the kinds; the w9private block at its end, the last four; w10wrong's instrument and w10sides' sender; w13modal's standing, following, abstract and means;
w14tribute's honour, mourning, measured, death, died and killed; w16verdict's finding; w18court's ruling,
unlawful and refusal; w19violence's violence, victim and quarry; topic, session 13).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .columns import read_word_classes

if TYPE_CHECKING:
    from . import Knowledge

KINDS = ("allegation", "appeal", "yield", "denial", "hazard", "mishap", "private", "sector",
         "instrument", "sender", "pair", "standing", "following",
         "abstract", "means", "honour", "mourning", "measured", "death", "died", "killed", "finding", "ruling",
         "unlawful", "refusal", "violence", "victim", "quarry", "topic")


@dataclass(frozen=True, slots=True)
class ArgumentWords:
    allegation: frozenset[str] = frozenset()
    appeal: frozenset[str] = frozenset()
    yield_: frozenset[str] = frozenset()
    denial: frozenset[str] = frozenset()  # "denied that it attacked": the act inside is denied, not reported
    hazard: frozenset[str] = frozenset()  # "a fire killed five", "mauled by a lion": no actor did it
    mishap: frozenset[str] = frozenset()  # "killed when the bus overturned": an accident
    private: frozenset[str] = frozenset()  # "fans", "colleagues": private people
    sector: frozenset[str] = frozenset()  # CAMEO sectors of private life ("cvl", "bus"), lowercase
    instrument: frozenset[str] = frozenset()  # "the law condemned women to ...": a rule, no actor
    sender: frozenset[str] = frozenset()  # "troops sent by Chile": the agent owns the force it sends (w10sides)
    pair: frozenset[str] = frozenset()  # "the two countries", "both sides": the two the text named (w11pairs)
    standing: frozenset[str] = frozenset()  # "the right to strike", "a policy of not negotiating" (w13modal)
    following: frozenset[str] = frozenset()  # "thanked his supporters": one's own following (w13modal)
    abstract: frozenset[str] = frozenset()  # "fighting corruption": no object of force (w13modal)
    means: frozenset[str] = frozenset()  # "used Twitter to criticise X": the user acts, not the medium (w13modal)
    honour: frozenset[str] = frozenset()  # "in memory of X": the act's doer commends X (w14tribute)
    mourning: frozenset[str] = frozenset()  # "declared a day of mourning": honours the story's deceased (w14tribute)
    measured: frozenset[str] = frozenset()  # "a minute of silence": mourning when measured (w14tribute)
    death: frozenset[str] = frozenset()  # "the death of X": X died (w14tribute)
    died: frozenset[str] = frozenset()  # "X died", "X passed away" (w14tribute)
    killed: frozenset[str] = frozenset()  # "X was killed" (w14tribute)
    finding: frozenset[str] = frozenset()  # "convicted of beating X": the act named is established (w16verdict)
    ruling: frozenset[str] = frozenset()  # "the court ruled that ...": a court's verb of ruling (w18court)
    unlawful: frozenset[str] = frozenset()  # "... was unconstitutional": what such a ruling finds (w18court)
    refusal: frozenset[str] = frozenset()  # "asked Vell to delay; she declined": the request refused (w18court)
    violence: frozenset[str] = frozenset()  # "stabbed a taxi driver": deliberate violence to a person (w19violence)
    victim: frozenset[str] = frozenset()  # "a taxi driver": a person such violence is done to (w19violence)
    quarry: frozenset[str] = frozenset()  # "shot a deer", "shot a film": no object of force (w19violence)
    topic: frozenset[str] = frozenset()  # "failed to mention the attack": an act talked of, not done by the subject


def load_argument_words(knowledge: "Knowledge") -> ArgumentWords:
    found = read_word_classes(knowledge.path("argument_words.tsv"), "kind", KINDS)
    return ArgumentWords(found["allegation"], found["appeal"], found["yield"], found["denial"], found["hazard"],
                         found["mishap"], found["private"], found["sector"], found["instrument"],
                         found["sender"], found["pair"], found["standing"], found["following"],
                         found["abstract"], found["means"], found["honour"], found["mourning"],
                         found["measured"], found["death"], found["died"], found["killed"],
                         found["finding"], found["ruling"], found["unlawful"],
                         found["refusal"], found["violence"], found["victim"],
                         found["quarry"], found["topic"])
