"""The sides of an event that the clause leaves implicit but the act itself names.

A legal act in the passive with no agent ("Ana Vale was convicted of fraud", "two men were arrested in
Tarsk") is done by the state's judiciary or police: CAMEO codes convictions (116) with the court as source and
arrests (173) with the police, and PLOVER's sector table gives JUD ("judiciary, courts, prosecutors") and COP.
Which institution is the legal-acts table's (`knowledge/legal.py`); whose it is, the country where the act
happens: the place the clause names, else the country of the one acted upon (courts and police act on their
own country's people unless the text says where), else the story's one country. With none, no source: a
court of no known country acting on a person of none ("Ana Vale was acquitted") says nothing a coder could
code, and the event stays unsourced as before. A body named where it happens ("acquitted in the Senate",
"convicted in a military court") is itself the source.

An adverbial gerund after "by", "in", "after" … ("Chile angered Peru by expelling its envoy") is done by the
subject of the clause it modifies (`subject_controlled_gerund`; the events stage climbs to that subject).
"""
from __future__ import annotations

from typing import Any

from ..knowledge.legal import LegalActs
from ..records import Actor, Article
from .event_places import story_country
from .syntax import is_passive


def legal_sector(token: Any, acts: LegalActs) -> str | None:
    """The sector of the institution that did a passive legal act with no agent; None when the trigger is no
    such act or the clause names who did it."""
    if not is_passive(token) or any(c.dep_ == "agent" for c in token.children):
        return None
    return acts.sector(token.lemma_)


def legal_source(article: Article, token: Any, undergoers: list[Actor | None], place_country: str | None,
                 acts: LegalActs) -> str | None:
    """The source code of a passive legal act with no agent (module docstring), or None when the trigger is
    no such act, the clause names who did it, or no country is known."""
    sector = legal_sector(token, acts)
    if sector is None:
        return None
    country = place_country or next((a.country for a in undergoers if a is not None and a.country), None) \
        or story_country(article)
    return country + sector if country else None


# Prepositions whose gerund takes the clause's subject as its own (subject control of an adverbial gerund):
# "Chile angered Peru by expelling its envoy", "addressed the conflict in mediating the accords", "after
# meeting X". Not "for", "from", "of", "against", whose gerund may be the object's act ("criticised X for
# expelling", "prevented X from attacking").
_SUBJECT_GERUND_PREPS = frozenset({"by", "in", "after", "before", "while", "upon", "on", "through", "without",
                                   "since", "when"})


def subject_controlled_gerund(token: Any) -> bool:
    """A gerund after one of those prepositions on a verb: its subject is the verb's (grammar, not a table)."""
    prep = token.head
    return (token.dep_ == "pcomp" and token.tag_ == "VBG" and prep.dep_ == "prep"
            and prep.lower_ in _SUBJECT_GERUND_PREPS and prep.head.pos_ in ("VERB", "AUX") and prep.head is not prep)
