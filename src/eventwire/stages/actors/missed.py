"""Names the tagger missed: names the tables know, whatever spaCy tagged them as, or if it tagged them at
all."""
from __future__ import annotations

from ...records import Sentence, Span
from ..syntax import is_subject
from .mentions import Ctx, Found
from .people import title_country, widen_over_titles
from .tokens import NAME_WORDS, free, inside_place, span_of, supported, text_span

# spaCy labels of things that are no actor: a table's name inside such a span is still that actor
_NOT_ACTOR_LABELS = frozenset({"FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "LANGUAGE"})


def known_names(ctx: Ctx, sentence: Sentence, index: int, claimed: list[Span], *, people_only: bool
                ) -> list[Found]:
    """Names the tables know, whatever spaCy tagged them as (or if it tagged them at all: names it has never
    seen, such as a user's own actors): the longest run of capitalised words that is a name of
    countries.tsv (or a demonym used as a noun: "an Eriadorian"), organisations.tsv, or a full name or
    alias of people.tsv ("the White House" as a dictionary's USAGOV). With `people_only` (before the role
    pass, so that role words inside such names are not taken for roles: "the Grey Chancery"), only those;
    countries come after it, so that "Valdorian envoy" stays one role mention with its country."""
    out: list[Found] = []
    countries = ctx.knowledge.countries
    organisations = ctx.knowledge.agents.organisations
    people = ctx.knowledge.people
    tokens = sentence.tokens()
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if not token.text[:1].isupper() or supported(token.doc, token.i):
            i += 1
            continue
        item = None
        for length in range(min(NAME_WORDS, len(tokens) - i), 0, -1):
            words = tokens[i:i + length]
            if not words[-1].text[:1].isupper():
                continue
            found = text_span(ctx, sentence, words)
            if found is None or not free(found[1], claimed):
                continue
            text, span = found
            subject = is_subject(words[-1])
            # a tagged entity is pass 3's (countries, organisations, capitals as governments), unless it is
            # a name of people.tsv that spaCy took for a place or an organisation ("the White House")
            # (labels that never name an actor, such as FAC in "Eid at Osgiliath with Gondor", do not count)
            tagged = people_only or any(w.ent_type_ and w.ent_type_ not in _NOT_ACTOR_LABELS for w in words)
            country = None if tagged or inside_place(ctx, token.doc, words[0].i, words[-1].i + 1,
                                                     sentence.sent.start) else countries.find(text) or (
                countries.by_adjective(text) if length == 1 else None)
            if country is not None:
                item = Found(span, "country", ("country", country.code), "country", country.name, country.code,
                             sentence=index, subject=subject)
            elif not tagged and (org := organisations.find(text)) is not None:
                item = Found(span, "name", ("org", org.code, org.name), "organisation", org.name, org.country,
                             org.sector, code=org.code, sentence=index, subject=subject)
            elif people_only and (roles := people.roles_of(text)):
                # with its titles, as pass 1 reads a person: "Bree Prime Minister Romendacil"
                # (not over an "of"-country: this pass claims the name alone, and the role pass the title)
                start, title = widen_over_titles(ctx, words[0].doc[words[0].i:words[-1].i + 1], of_country=False)
                prefix = title_country(ctx, words[0].doc[start:words[0].i]) if start < words[0].i else None
                sector = ctx.knowledge.agents.roles.get(title).sector if title else None
                item = Found(span_of(sentence, words[0].doc[start], words[-1]) if title else span, "name",
                             ("person", roles[0].name), "person", roles[0].name, country=prefix, sector=sector,
                             phrase=title.lower() if title else None, sentence=index, subject=subject)
            if item is not None:
                claimed.append(span)
                out.append(item)
                i += length
                break
        else:
            i += 1
    return out
