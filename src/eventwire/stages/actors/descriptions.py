"""Definite descriptions that refer back to a named body (issue 9, item 6, w16actors): "The Keldan Liberal Party
nominated Ana Vale ... The party endorsed her", "the Supreme Court of Keldia ... the court ruled", "Tarsk City
Council ... the council voted". News style names a body once in full and then by "the" and the noun that heads its
name, or by the common noun of its kind ("the court" for a tribunal), only when the reader can tell which body it
is: the description takes the actor (and so the code) of the one body named before it in the article whose name it
heads, else of the one body of its agent type (agents.tsv: party PTY, court JUD, company BUS; only these,
`_BY_TYPE`). None, or two bodies that fit, and it is left as the role pass read it (or, for a word that alone is no
actor, "the party", none): a guess between two would code the wrong side.

A description is the noun with "the" and nothing that picks out another body: no modifier that is not a word of the
body's name ("the opposition party", "the appeals court" after a supreme court are other bodies), no phrase or
clause that restricts it ("the party of the president", "the party with the most seats"), no plural ("the
parties"), and not a place ("at the university", the places stage's). The bodies are named ones: an organisation
mention whose head word is capitalised ("Supreme Court", "Ministry", "Kremlin"), not a role noun ("the Chilean
government", "the Trump administration"), whose country the events stage's home rule already gives
(`sides.home_country`)."""
from __future__ import annotations

import dataclasses
from typing import Any, Sequence

from ...records import Sentence, Span
from ..syntax import is_subject
from .mentions import Ctx, Found
from .placenames import place_noun, where
from .tokens import free

# Nouns that head the names of bodies the role table gives no row (a council or a committee may be a party's,
# a town's or a parliament's; a union a trade union or a union of states): with "the", each refers back to
# the one body named before whose name it heads ("Tarsk City Council ... the council"), never by type. The
# role table's bodies (agents.tsv kinds organisation, head and body: "court", "party", "company", "ministry")
# also refer back by type.
_BODY_NOUNS = frozenset({"council", "committee", "union", "club", "association", "federation", "league",
                         "society", "foundation", "firm", "charity", "institute", "corporation", "organization",
                         "organisation", "network", "church", "bank", "alliance", "coalition", "movement",
                         "front", "assembly", "tribunal", "authority"})
# Role-table kinds of words that name one body (not a person, a group or a word of a name only).
_BODY_KINDS = frozenset({"organisation", "head", "body"})
# Sectors of role-table words that are no body a description refers to: people ("the community", CVL, PPL), and
# the media's name words, which alone mean a thing ("the press", "the news", "the post", "the report").
_NO_BODY_SECTORS = frozenset({"CVL", "PPL", "MED"})
# Agent types by which a description refers back when no name has its head word: a party (PTY), a court (JUD), a
# company (BUS) are bodies an article names one of and then calls by their type ("the Keldan Greens ... the
# party"). Not the state's executive and forces (GOV, MIL, COP, SPY: "the government", "the military", "the
# police" mean the state's as a whole, whose country is the events stage's home rule's, `sides.home_country`),
# a legislature (LEG: "the Senate" is not "the House"), schools, hospitals or media, of which an article names
# one and means another.
_BY_TYPE = frozenset({"PTY", "JUD", "BUS"})
# Modifiers that pick out a body, besides its name's words: with one of these the noun names another body.
_PICKING_DEPS = frozenset({"amod", "compound", "nmod", "poss", "nummod", "quantmod"})


def refer_back(ctx: Ctx, sentences: Sequence[Sentence], found: list[Found], claimed: list[Span]) -> list[Found]:
    """The mentions with each definite description of a named body joined to that body (module docstring): the
    role pass's mention re-keyed, or a new mention for a word the role pass leaves alone ("the party")."""
    bodies = sorted((f for f in found if _named_body(ctx, f)), key=lambda f: f.span.start)
    if not bodies:
        return found
    out = list(found)
    at = {f.span.start: i for i, f in enumerate(out)}
    for index, sentence in enumerate(sentences):
        for root in sentence.tokens():
            noun = _description(ctx, root)
            if noun is None:
                continue
            span = sentence.token_span(root)
            earlier = [b for b in bodies if b.span.end <= sentence.offset + root.left_edge.idx]
            body = _antecedent(ctx, earlier, noun, _modifiers(root), index)
            if body is None:
                continue
            joined = dict(key=body.key, kind="organisation", country=body.country, sector=body.sector,
                          prefix=body.prefix, code=body.code, plural=False)
            i = at.get(span.start)
            if i is not None:
                item = out[i]
                if item.country or item.how != "role" or item.span != span:
                    continue  # the role pass read a country ("the Keldan court") or a longer phrase: its own
                out[i] = dataclasses.replace(item, **joined)
            elif free(span, claimed):
                claimed.append(span)
                out.append(Found(span, "role", name=root.text, phrase=noun, sentence=index, subject=is_subject(root),
                                 **joined))
    return out


def _named_body(ctx: Ctx, item: Found) -> bool:
    """An organisation named by a proper name: its mention's head word capitalised ("Liberal Party", "Supreme
    Court of Keldia", "Ministry", "Kremlin"), not a role noun ("Chilean government") nor a pronoun."""
    if item.kind != "organisation" or item.how == "pronoun" or not item.key:
        return False
    head = _head_word(item.span.text(ctx.text))
    return head[:1].isupper()


def _head_word(name: str) -> str:
    """The word that heads a body's name: the last, or the last before "of" ("Supreme Court of Keldia")."""
    words = name.replace("'s", " ").split()
    if "of" in words[1:]:
        words = words[:words.index("of", 1)]
    return words[-1].strip(".,;:()[]\"'") if words else ""


def _description(ctx: Ctx, root: Any) -> str | None:
    """The noun of a definite description of a body ("the party", "The Court", "the party's nominee"), lowercased;
    None for any other noun (module docstring)."""
    if root.pos_ not in ("NOUN", "PROPN") or root.tag_ in ("NNS", "NNPS"):
        return None
    noun = root.lower_
    agent = ctx.knowledge.agents.roles.get(noun)
    if noun not in _BODY_NOUNS and (agent is None or agent.kind not in _BODY_KINDS
                                    or agent.primary in _NO_BODY_SECTORS):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in root.children):
        return None  # "a party", "another court": someone new; "its council": the owner's
    apart = root.i + 1 < len(root.doc) and root.doc[root.i + 1].text == ","  # ", which ...": says no more
    if any(c.dep_ == "prep" or c.dep_ in ("relcl", "acl") and not apart for c in root.children):
        return None  # "the party of the president", "the party with the most seats", "the court that hears it"
    if root.ent_type_ and any(e.start <= root.i < e.end and e.end - e.start > 1 for e in root.sent.ents):
        return None  # a word of a longer name ("the Labour Party")
    if where(root, ctx) and place_noun(ctx, root):
        return None  # "at the university", "outside the court": where, the places stage's
    return noun


def _modifiers(root: Any) -> list[str]:
    """The lowercased words that modify the description's noun ("supreme" of "the supreme court")."""
    return [c.lower_ for c in root.children if c.dep_ in _PICKING_DEPS]


# Sentences back (the description's own and the two before) where a body just named is the one a description
# means, whatever other bodies of its kind the article named further back ("The Keldan Greens and the Liberal
# Party ran ... Two years later the Greens split. The party ..."): news style repeats the full name when the
# body last named is not the one meant.
_RECENT = 2


def _antecedent(ctx: Ctx, bodies: list[Found], noun: str, modifiers: list[str], sentence: int) -> Found | None:
    """The one body of `bodies` (named before, in order) the description refers to: by the head word of its name,
    else by its agent type; the one actor that fits in the last sentences (`_RECENT`), else the one in the whole
    article before; None when none or more than one actor fits. A modifier must be a word of the body's name."""
    def fits(body: Found) -> bool:
        words = {w.lower().strip(".,;:()[]\"'") for w in body.span.text(ctx.text).split()}
        return all(m in words for m in modifiers)

    named = [b for b in bodies if _head_word(b.span.text(ctx.text)).lower() == noun and fits(b)]
    if not named and noun not in _BODY_NOUNS:
        agent = ctx.knowledge.agents.roles.get(noun)
        primary = agent.primary if agent is not None else None
        if primary in _BY_TYPE:
            named = [b for b in bodies if ((b.prefix or "") + (b.sector or ""))[:3] == primary and fits(b)]
    recent = [b for b in named if b.sentence >= sentence - _RECENT]
    for pool in (recent, [] if recent else named):
        keys = list(dict.fromkeys(b.key for b in pool))
        if len(keys) == 1:
            return pool[-1]
    return None
