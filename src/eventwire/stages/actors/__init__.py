"""The actors stage: who is in the article, with every mention of each, and their CAMEO codes.

Mentions are found in four passes over each sentence, each pass claiming its spans so that a later,
looser pass cannot take them again:

1. people: spaCy PERSON entities (and names the parse shows to be people: "Chang Min, an analyst"),
   widened over their honorifics and titles ("Mr. Putin", "President Vladimir V. Putin");
2. role nouns from `agents.tsv` at the head of a noun phrase, with the country the phrase gives them
   ("U.S. officials", "Russia's defense minister", "the North Korean leader", "state media");
3. the other entities: countries by name or demonym, organisations (`organisations.tsv`), and seats of
   government or capitals used for the government ("the Kremlin said", "between Moscow and
   Pyongyang"), marked how="capital"; a capital used as a place ("visited Pyongyang") is left to the
   places stage;
4. pronouns (he/she/they/its) resolved to a recent compatible actor.

Mentions are then grouped into actors: people by name chains ("Vladimir V. Putin" = "Mr. Putin" =
"Putin") and `people.tsv` (dated roles give country and sector on the publication date; a person with
no role that day but a past one is coded ELI, CAMEO's elites, as PETRARCH does for former officials),
titles to the person holding that title in that country ("the Russian president"), and everything else
by country and sector. Ids follow the order of first mention. Entities that name nobody (text in another
script, "COVID-19", "a Boeing 707") are skipped (`tokens.no_name`), and a body named after a town of another
country than the one the article's place names give is named after a namesake ("Siena College" in a story set
in New York: `tokens.local_body_country`). The story's country for actors named with none comes later, once
places and events are known (`sides.story_actors`).

The package, one module per pass, each importing only those below it: `people` (pass 1), `roles` (pass 2),
`entities` (pass 3), `missed` (names the tagger missed, tried between the passes), `placenames` (places the
tagger took for people or organisations: no actors, or their local government where they act), `grouping`
(people and titles), `descriptions` ("the party" after "the Liberal Party": the one body named before that a
definite description refers back to), `context` (owners the context gives: counted countries, a pronoun's country),
`pronouns` (pass 4), `gender` (a person's sex, for he/she: honorifics, gendered role nouns, people.tsv, a
first name, linked pronouns) and `build` (the actors), over `tokens` (helpers over tokens and the mentions
found so far) and `mentions` (the records passed between them). `missed` builds on `people`, `people` on
`roles` (and `entities`, for the sector a body's name gives), `roles` on `entities`; `grouping` on `roles`, `build` on `grouping` and `entities`, `context` on
`grouping` and `roles`, `descriptions` on `placenames` and `tokens`, `pronouns` on `gender`, `entities` and
`roles` on `placenames`.
"""
from __future__ import annotations

import dataclasses
import functools

from ...knowledge import Knowledge
from ...records import Article, Span
from ..credits import drop_credits
from ..quotes.marks import find_regions
from . import build, context, descriptions, entities, gender, grouping, missed, people, placenames, pronouns, roles
from .mentions import Ctx, Found
from ..sides import dominant_of
from .tokens import Claimed, FoundList, place_country_votes


def run(article: Article, knowledge: Knowledge) -> Article:
    claimed: list[Span] = Claimed()
    sentences = list(article.sentences())
    # the story's country is counted only if a body named after a town asks for it (`Ctx.story`)
    ctx = Ctx(knowledge, article.text, article.published,
              story=functools.cache(lambda: dominant_of(place_country_votes(ctx, sentences))))
    found: list[Found] = FoundList(sentences=sentences)
    for index, sentence in enumerate(sentences):
        found += people.people(ctx, sentence, index, claimed)
        found += entities.entities(ctx, sentence, index, claimed, known_only=True)
        found += missed.known_names(ctx, sentence, index, claimed, people_only=True)
        found += roles.roles(ctx, sentence, index, claimed)
        found += roles.speaking_groups(ctx, sentence, index, claimed)
        found += missed.known_names(ctx, sentence, index, claimed, people_only=False)
        found += entities.entities(ctx, sentence, index, claimed, known_only=False, earlier=found)
        found += roles.speaking_names(ctx, sentence, index, claimed)
    found = FoundList(placenames.places_named(ctx, sentences, found), sentences)
    found = grouping.resolve_people(ctx, found)
    found = grouping.resolve_titles(ctx, found)
    found = FoundList(descriptions.refer_back(ctx, sentences, found, claimed), sentences)
    found = grouping.organisation_titles(sentences, found)
    found = context.counted_owners(ctx, sentences, found, claimed)
    found = FoundList(roles.joint_actors(ctx, grouping.parenthetical_aliases(ctx, found)), sentences)
    # once: the pronouns added below are no new named people, but tell the sex of those they link (`gender.learn`)
    genders = gender.genders_of(ctx, found)
    # a pronoun outside quotation marks never stands for a person named inside them (`pronouns._quoted_others`)
    quoted = [region.span for region in find_regions(article.text)]
    for index, sentence in enumerate(sentences):
        found += pronouns.pronouns(ctx, sentence, index, claimed, found, genders, quoted)
    found = FoundList(context.pronoun_countries(ctx, sentences, found, claimed), sentences)
    actors = gender.with_genders(build.build(ctx, found), found, genders)
    return dataclasses.replace(article, actors=drop_credits(actors, article.text))
