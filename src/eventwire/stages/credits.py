"""Credits and bylines are not actors: "WN", "(AP)", "Reporting by JD" name who wrote or supplied the
text, not anyone who acts in it.

spaCy's NER tags a short all-caps token as an ORG or PERSON wherever it stands, so a wire service's
initials in a byline became the most-mentioned "actor" of a corpus. The general cause is a name that no
codebook knows (no CAMEO code), written as initials (two all-caps letters), standing where a text credits
its makers: alone on its line (a byline), in parentheses (a dateline "LISBON (WN) —", a photo credit), or
after "by" or a colon ("Reporting by JD", "Photo: AP"). Initials that a codebook knows ("EU", "UN", "US")
carry a code and are kept; so are uncoded initials anywhere else in a sentence ("JD said on Monday").

The same NER slip makes a time zone an organisation: "at 2100 UTC", "3 p.m. BST". An uncoded all-caps
abbreviation every mention of which follows a clock time is the zone of that time, not an actor.
"""
from __future__ import annotations

import re
from typing import Iterable

from ..records import Actor, Span

_INITIALS = re.compile(r"^[A-Z]{2}$")
# What stands just before a credit on its line: nothing (a byline), "(", "by", "Photo:", "Reporting by JD; editing by".
_CREDIT_BEFORE = re.compile(r"(?:^|\(|\bby|:|;)\s*$", re.IGNORECASE)
# What follows it: the end of the line, ")", ";" or "/" (co-credits), a dash of a dateline.
_CREDIT_AFTER = re.compile(r"^\s*(?:$|\)|;|/|[-—–]\s)")
_ABBREVIATION = re.compile(r"^[A-Z]{2,4}$")
# A clock time just before: "2100", "21:00", "9 p.m.", "9pm", "0900 hours".
_CLOCK_BEFORE = re.compile(r"(?:\b\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?|\b\d{1,2}:\d{2}|\b\d{4}(?:\s+hours)?)\s*$",
                           re.IGNORECASE)


def in_credit_position(text: str, span: Span) -> bool:
    """True when the span stands where a text credits its authors or suppliers (see the module doc)."""
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    before = text[line_start:span.start]
    after = text[span.end:line_end if line_end >= 0 else len(text)]
    return bool(_CREDIT_BEFORE.search(before) and _CREDIT_AFTER.match(after))


def is_credit(actor: Actor, text: str) -> bool:
    """An uncoded actor every mention of which is a pair of initials in a credit position."""
    if actor.code or actor.country or not actor.mentions:
        return False
    return all(_INITIALS.match(m.span.text(text)) and in_credit_position(text, m.span)
               for m in actor.mentions if m.how != "pronoun")


def is_time_zone(actor: Actor, text: str) -> bool:
    """An uncoded abbreviation every mention of which follows a clock time ("at 2100 UTC")."""
    if actor.code or actor.country or not actor.mentions:
        return False
    return all(_ABBREVIATION.match(m.span.text(text))
               and _CLOCK_BEFORE.search(text[max(0, m.span.start - 20):m.span.start])
               for m in actor.mentions if m.how != "pronoun")


def drop_credits(actors: Iterable[Actor], text: str) -> tuple[Actor, ...]:
    """The actors without credits, bylines and time zones; the others keep their ids (ids stay stable and unique)."""
    return tuple(actor for actor in actors if not is_credit(actor, text) and not is_time_zone(actor, text))
