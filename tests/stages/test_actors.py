"""The actors stage on sentences of our own, run alone on a parsed article."""
from __future__ import annotations

import pytest

from eventwire.pipeline import make_article
from eventwire.stages import actors


@pytest.fixture(scope="module")
def parse(pipeline):
    def run(text: str, published: str | None = "2024-05-02"):
        article = pipeline.parse([make_article("t", text, published)])[0]
        return actors.run(article, pipeline.knowledge)

    return run


def at(article, text, nth=0):
    """The actor with a mention of exactly `text` (the nth occurrence)."""
    start = -1
    for _ in range(nth + 1):
        start = article.text.index(text, start + 1)
    for actor in article.actors:
        for mention in actor.mentions:
            if (mention.span.start, mention.span.end) == (start, start + len(text)):
                return actor, mention
    return None, None


def test_name_chain_is_one_person_with_a_dated_role(parse):
    article = parse("President Vladimir V. Putin of Russia met the press on Monday. Mr. Putin said little. "
                    "Later Putin left.")
    putin, first = at(article, "President Vladimir V. Putin")
    assert putin.name == "Vladimir Putin" and putin.code == "RUSGOV" and putin.kind == "person"
    assert at(article, "Mr. Putin")[0] is putin
    assert at(article, "Putin", 2)[0] is putin
    assert first.how == "name"


def test_roles_depend_on_the_date(parse):
    then = parse("Barack Obama spoke in Chicago.", published="2015-03-01")
    later = parse("Barack Obama spoke in Chicago.", published="2019-03-01")
    assert at(then, "Barack Obama")[0].code == "USAGOV"
    assert at(later, "Barack Obama")[0].code == "USAELI"


def test_family_name_first_and_titles(parse):
    article = parse("The North Korean leader, Kim Jong-un, inspected a factory. Mr. Kim praised the workers.")
    kim, _ = at(article, "Kim Jong-un")
    assert kim.code == "PRKGOV"
    assert at(article, "Mr. Kim")[0] is kim
    title, mention = at(article, "North Korean leader")
    assert title is kim and mention.how == "title"


def test_title_without_a_name_finds_the_office_holder(parse):
    article = parse("Xi Jinping arrived on Tuesday. The Chinese president then met students.")
    xi, _ = at(article, "Xi Jinping")
    assert at(article, "Chinese president")[0] is xi


def test_appositive_title_names_the_person(parse):
    article = parse("Britain's foreign secretary, Sarah Quill, visited Oslo.")
    person, _ = at(article, "Sarah Quill")
    assert at(article, "Britain's foreign secretary")[0] is person
    assert person.country == "GBR"


def test_capitals_as_governments_and_as_places(parse):
    article = parse("Relations between Moscow and Pyongyang have warmed. The summit sent a message to Washington. "
                    "Beijing's influence is waning. The Kremlin said nothing. A minister visited Pyongyang, "
                    "and later arrived in Seoul.")
    moscow, mention = at(article, "Moscow")
    assert (moscow.country, moscow.sector, moscow.code, mention.how) == ("RUS", "GOV", "RUSGOV", "capital")
    assert at(article, "Pyongyang")[0].code == "PRKGOV"
    assert at(article, "Washington")[0].code == "USAGOV"
    assert at(article, "Beijing")[0].code == "CHNGOV"
    assert at(article, "Kremlin")[0] is moscow
    assert at(article, "Pyongyang", 1)[0] is None
    assert at(article, "Seoul")[0] is None


def test_countries_and_demonyms(parse):
    article = parse("Russia and North Korea signed a pact. Russian engineers will help North Koreans.")
    russia, mention = at(article, "Russia")
    assert (russia.kind, russia.code, mention.how) == ("country", "RUS", "country")
    assert at(article, "North Korea")[0].code == "PRK"
    assert at(article, "North Koreans")[0].code == "PRK"
    assert russia is not at(article, "North Korea")[0]


def test_groups_with_a_country(parse):
    article = parse("U.S. officials warned on Monday. Russian troops crossed the river. Analysts were unsure.")
    officials, mention = at(article, "U.S. officials")
    assert (officials.code, officials.kind, mention.how) == ("USAGOV", "group", "group")
    assert at(article, "Russian troops")[0].code == "RUSMIL"
    analysts, _ = at(article, "Analysts")
    assert analysts.kind == "group" and analysts.sector is None


def test_state_media_takes_the_country_named_before(parse):
    article = parse("Iranian factories are busy, according to the country's state media.")
    media, _ = at(article, "the country's state media")
    assert media.code == "IRNGOVMED" and media.sector == "GOV"


def test_possessed_role_takes_the_possessor_country(parse):
    article = parse("Mr. Putin's army is on the defensive.", published="2023-09-13")
    army, _ = at(article, "army")
    assert army.code == "RUSMIL"


def test_organisations(parse):
    article = parse("NATO met in Brussels while the United Nations Security Council debated.")
    assert at(article, "NATO")[0].code == "IGOWSTNAT"
    council, _ = at(article, "United Nations Security Council")
    assert council.code == "IGOUNO" and council.kind == "organisation" and council.country is None


def test_unknown_person_gets_country_from_the_appositive(parse):
    article = parse("The plan failed, according to Lee Dorim, an analyst at a research institute in Seoul, "
                    "who spoke on Friday.")
    person, _ = at(article, "Lee Dorim")
    assert person.kind == "person" and person.country == "KOR"


def test_pronouns(parse):
    article = parse("Mr. Putin met Mr. Kim in Vladivostok. He praised the talks. Later Mr. Kim waved, and his "
                    "aides cheered.", published="2023-09-13")
    putin, _ = at(article, "Mr. Putin")
    kim, _ = at(article, "Mr. Kim")
    he, mention = at(article, "He")
    assert he is putin and mention.how == "pronoun"
    assert at(article, "his")[0] is kim


def test_they_goes_to_the_group_subject(parse):
    article = parse("U.S. officials warned of arms deals. They fear more shipments.")
    officials, _ = at(article, "U.S. officials")
    assert at(article, "They")[0] is officials


def test_relative_who(parse):
    article = parse("“It will pass,” said Ann Corder, director of the Grant Institute, who said more.")
    person, _ = at(article, "Ann Corder")
    assert at(article, "who")[0] is person


def test_ids_follow_first_mention_and_output_is_deterministic(parse):
    text = "Ukraine and Poland met. Polish officials spoke. Ukraine agreed."
    first, second = parse(text), parse(text)
    assert [a.id for a in first.actors] == [f"a{i}" for i in range(1, len(first.actors) + 1)]
    assert first.actors == second.actors
    starts = [a.mentions[0].span.start for a in first.actors]
    assert starts == sorted(starts)


def test_mentions_do_not_overlap(parse):
    article = parse("U.S. officials and the Russian president met President Vladimir Putin of Russia.",
                    published="2023-01-01")
    spans = sorted(m.span for a in article.actors for m in a.mentions)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))


def test_country_names_are_not_role_words(parse):
    article = parse("The United Kingdom left the bloc. Her Majesty's government agreed.")
    kingdom, mention = at(article, "United Kingdom")
    assert kingdom.code == "GBR" and mention.how == "country"
    assert at(article, "Her")[0] is None


def test_surname_missed_by_the_tagger_joins_the_person(parse):
    article = parse("Pawel Adamowicz was attacked on stage. Adamowicz died in hospital the next day.")
    person, _ = at(article, "Pawel Adamowicz")
    later, _ = at(article, "Adamowicz", 1)
    assert later is person


def test_older_articles_use_older_roles(parse):
    article = parse("President Bush met Mr. Putin.", published="2008-03-01")
    assert at(article, "President Bush")[0].code == "USAGOV"
    assert at(article, "Mr. Putin")[0].code == "RUSGOV"


def test_a_sector_without_a_country_is_coded_with_dashes(parse):
    article = parse("Rebels shelled the town overnight.")
    rebels, _ = at(article, "Rebels")
    assert (rebels.country, rebels.sector, rebels.code) == (None, "REB", "---REB")


def test_a_country_the_parser_runs_into_a_body_name(parse):
    article = parse("The US State Department warned against travel to the region.")
    department, _ = at(article, "US State Department")
    assert department.code == "USAGOV"


def test_pronoun_skips_a_person_of_the_other_sex_by_people_tsv(parse):
    # no honorific in the text: the sex comes from people.tsv's gender column
    article = parse("Emmanuel Macron met Angela Merkel in Berlin. She praised the talks.", "2019-05-02")
    she, _ = at(article, "She")
    assert she is not None and she.name == "Angela Merkel"


def test_a_partisan_prefix_names_the_cause_not_the_country(parse):
    article = parse("Pro-Russian separatists shelled the airport, and anti-American protesters gathered.")
    separatists, _ = at(article, "separatists")
    assert (separatists.country, separatists.code) == (None, "---REB")
    assert not any(a.country == "USA" for a in article.actors)
    article = parse("Russian separatists shelled the airport.")
    assert at(article, "Russian separatists")[0].code == "RUSREB"


def test_a_known_person_keeps_their_country_before_any_role(parse):
    # 1990: before any role people.tsv gives Merkel; she is still German
    article = parse("Chancellor Merkel criticised the plan.", "1990-01-01")
    merkel, _ = at(article, "Chancellor Merkel")
    assert merkel.country == "DEU"


def test_a_surname_of_several_people_out_of_office_stays_unresolved(pipeline):
    people = pipeline.knowledge.people
    assert people.only_person("Merkel") == "Angela Merkel"
    assert people.only_person("Kim") is None  # several Kims: no guess


def test_a_country_is_never_a_person(parse):
    article = parse("Sri Lanka has opened an embassy in Oslo.")
    assert at(article, "Sri Lanka")[0].code == "LKA"


def test_local_roles_take_the_country_of_their_place(parse):
    article = parse("Demonstrators in Baghdad blocked a road, and the mayor of Nablus was freed.")
    assert at(article, "Demonstrators")[0].code == "IRQCVL"
    assert at(article, "mayor")[0].country == "PSE"
    article = parse("The ambassador in Moscow met the minister.")
    assert at(article, "ambassador")[0].country is None  # envoys are foreigners where they serve


def test_names_of_a_users_tables_are_actors_whatever_the_tagger_says(pipeline, tmp_path):
    from eventwire.knowledge import Knowledge
    from eventwire.knowledge.importer import import_dictionary
    from eventwire.settings import Settings

    source = tmp_path / "our.actors.txt"
    source.write_text("QUELLMARK_ [QLM]\n+QUELLISH\nTHE_GREY_CHANCERY [QLMGOV]\nODO_BRASK\n\t[QLMMIL 20200101-20301231]\n",
                      encoding="utf-8")
    for name, text in import_dictionary(source, "actors", merge=True).files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    knowledge = Knowledge(Settings(knowledge_dir=tmp_path))
    text = "Quellmark warned Odo Brask, and the Grey Chancery sent a Quellish envoy."
    article = actors.run(pipeline.parse([make_article("t", text, "2024-05-02")])[0], knowledge)
    codes = {a.name: a.code for a in article.actors}
    assert at(article, "Quellmark")[0].country == "QLM"
    assert at(article, "Odo Brask")[0].code == "QLMMIL"  # a dated role on the publication date
    assert codes.get("The Grey Chancery") == "QLMGOV", [(a.name, a.code, a.mentions) for a in article.actors]


def test_a_title_gives_the_sector_a_country_only_role_lacks(pipeline, tmp_path):
    from eventwire.knowledge import Knowledge
    from eventwire.knowledge.importer import import_dictionary
    from eventwire.settings import Settings

    source = tmp_path / "our.actors.txt"
    source.write_text("QUELLMARK_ [QLM]\nODO_BRASK [QLM]\n", encoding="utf-8")
    for name, text in import_dictionary(source, "actors", merge=True).files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    knowledge = Knowledge(Settings(knowledge_dir=tmp_path))
    article = actors.run(pipeline.parse([make_article("t", "Quellmark President Odo Brask spoke.", "2024-05-02")])[0],
                         knowledge)
    assert {a.name: a.code for a in article.actors}.get("Odo Brask") == "QLMGOV", article.actors


# --- actors from context (issue 9) -------------------------------------------------------------------------


def _actors(pipeline, text: str):
    from eventwire import make_article
    article = pipeline.annotate(pipeline.parse([make_article("t", text, "2024-01-10")])[0])
    return {a.name: a for a in article.actors}


def test_demonym_and_lowercase_title_belong_to_the_person(pipeline) -> None:
    actors = _actors(pipeline, "Brazilian foreign secretary Ana Souza met the press.")
    assert actors["Ana Souza"].code == "BRAGOV"
    assert "Brazil" not in actors and "Brazilian" not in actors


def test_title_after_a_country_name_is_the_persons(pipeline) -> None:
    actors = _actors(pipeline, "United States Attorney Jorge Kessler said the firm lied.")
    assert actors["Jorge Kessler"].country == "USA" and actors["Jorge Kessler"].sector == "JUD"
    assert "United States" not in actors


def test_apposition_for_a_body_gives_its_country_and_sector(pipeline) -> None:
    actors = _actors(pipeline, "Tomas Ilves, a spokesman for the Peruvian army, denied the report.")
    assert actors["Tomas Ilves"].code == "PERMIL"


def test_a_given_name_alone_is_not_a_famous_person(pipeline) -> None:
    actors = _actors(pipeline, "The couple have a daughter called Elizabeth.")
    assert all(a.country is None for a in actors.values())


def test_coordinated_demonyms_make_two_groups(pipeline) -> None:
    actors = _actors(pipeline, "Chilean and Peruvian students marched in Lima.")
    codes = sorted(a.code for a in actors.values() if a.kind == "group")
    assert codes == ["CHLEDU", "PEREDU"]


def test_country_the_tagger_missed_is_still_a_country(pipeline) -> None:
    actors = _actors(pipeline, "Uruguay accused Argentina of polluting the river.")
    assert actors["Uruguay"].code == "URY" and actors["Argentina"].code == "ARG"


def test_of_phrase_with_a_possessor_gives_the_country(pipeline) -> None:
    actors = _actors(pipeline, "Kenya will expel exiled leaders of Uganda's opposition movement.")
    assert actors["exiled leaders"].country == "UGA"


def test_surname_later_in_the_article_inherits_the_code(pipeline) -> None:
    actors = _actors(pipeline, "Chilean interior minister Rosa Vidal met reporters. Later, Vidal accused Bolivia "
                               "of harbouring smugglers.")
    vidal = actors["Rosa Vidal"]
    assert vidal.code == "CHLGOV" and len(vidal.mentions) == 2


# --- PETRARCH dictionary semantics: primary agents, stacked agents, of/from/in phrases (issue 9) ----------

_OUR_ACTORS = "QUELLMARK_ [QLM]\n+QUELLISH\n+ORMSBY\nVALDORIA_ [VLD]\n+VALDORIAN\nNORTHERN_RIM_COMPACT [IGONRC]\n"
_OUR_AGENTS = "RELIEF_CORPS [NGO~]\nDIPLOMAT [~GOV]\nPOLICE {} [~COP]\nREBEL [~REB]\nSOLDIER [~MIL]\n" \
              "ACTIVIST [~OPP]\nCHANCELLOR [~GOV]\n"


def our_settings(folder, actors_text: str, agents_text: str):
    """Settings for a knowledge dir made of small dictionaries of our own, converted as a user would
    (import-dictionary)."""
    from eventwire.knowledge.importer import import_dictionary
    from eventwire.settings import Settings

    for kind, text in (("actors", actors_text), ("agents", agents_text)):
        source = folder / f"our.{kind}.txt"
        source.write_text(text, encoding="utf-8")
        for name, table in import_dictionary(source, kind, merge=True).files.items():
            (folder / name).write_text(table, encoding="utf-8")
    return Settings(knowledge_dir=folder)


@pytest.fixture(scope="module")
def ours(pipeline, tmp_path_factory):
    """Actors coded with a small dictionary of our own, converted as a user would (import-dictionary)."""
    from eventwire.knowledge import Knowledge

    knowledge = Knowledge(our_settings(tmp_path_factory.mktemp("ours"), _OUR_ACTORS, _OUR_AGENTS))

    def run(text: str):
        article = actors.run(pipeline.parse([make_article("t", text, "2024-05-02")])[0], knowledge)
        return {a.name: a for a in article.actors}
    return run


def test_a_primary_agent_goes_before_the_country(ours) -> None:
    found = ours("Relief Corps Quellmark opened a clinic in Valdoria.")
    assert found["Relief Corps Quellmark"].code == "NGOQLM"
    assert found["Relief Corps Quellmark"].sector == "NGO" and found["Relief Corps Quellmark"].country == "QLM"


def test_a_primary_agent_stacks_with_a_role(ours) -> None:
    found = ours("A Relief Corps Quellmark diplomat criticized Valdoria.")
    assert [a.code for a in found.values() if a.kind == "person"] == ["NGOQLMGOV"]


def test_agent_words_before_the_head_stack_in_order(ours) -> None:
    found = ours("Quellish rebel police attacked Valdorian soldiers.")
    assert found["Quellish rebel police"].code == "QLMREBCOP"
    assert found["Valdorian soldiers"].code == "VLDMIL"


def test_from_and_in_phrases_give_the_country(ours) -> None:
    found = ours("Soldiers from Quellmark crossed into Valdoria.")
    assert found["Soldiers"].code == "QLMMIL"
    found = ours("Activists in Valdoria accused Quellmark of torture.")
    assert found["Activists"].code == "VLDOPP"


def test_from_and_in_phrases_with_real_countries(parse) -> None:
    article = parse("Troops from Chile shelled a village near the border.")
    assert at(article, "Troops")[0].code == "CHLMIL"
    article = parse("Rights activists in Peru accused the police of torture.")
    assert at(article, "Rights activists")[0].country == "PER"


def test_a_title_before_a_name_the_dictionary_codes_as_a_country_is_a_person(ours) -> None:
    # "+ORMSBY" is a synonym of Quellmark's bare code: after a title it names one of its people
    found = ours("Chancellor Ormsby left for Valdoria on Monday.")
    assert found["Ormsby"].code == "QLMGOV" and found["Ormsby"].kind == "person"


def test_anti_makes_the_country_an_actor_pro_does_not(ours) -> None:
    # PETRARCH codes the country of "anti- X" as the one acted against; "pro-X" names a cause only
    assert "Valdoria" in ours("Quellish rebels broke up an anti-Valdoria rally.")
    assert "Valdoria" not in ours("Quellish rebels broke up a pro-Valdoria rally.")


def test_an_untagged_name_after_a_title_is_a_person(parse) -> None:
    named = lambda article: {a.name: a.code for a in article.actors}  # noqa: E731
    assert named(parse("Judge Marta Quispe of Bolivia ordered the arrest of the minister."))["Marta Quispe"] == "BOLJUD"
    assert named(parse("Bolivian judge Marta Quispe ordered the arrest of the minister."))["Marta Quispe"] == "BOLJUD"
    article = parse("Prime Minister Office staff met on Monday.")
    assert not [a for a in article.actors if a.kind == "person" and a.name == "Office"]


def test_a_state_after_of_gives_its_country(parse) -> None:
    article = parse("Senator Ruth Vandermeer of Ohio said the bill was dead.")
    assert {a.name: a.code for a in article.actors}["Ruth Vandermeer"] == "USALEG"


def test_a_bare_noun_joined_to_a_modified_one_shares_its_country(ours) -> None:
    # "Quellish rebels and police" are Quellish rebels and Quellish police; "and the police" is a phrase of its own
    assert {a.code for a in ours("Quellish rebels and police attacked Valdoria.").values()} == {
        "QLMREB", "QLMCOP", "VLD"}
    assert "QLMCOP" not in {a.code for a in ours("Quellish rebels and the police attacked Valdoria.").values()}


def test_a_name_with_several_codes_makes_an_actor_of_each(pipeline, tmp_path) -> None:
    from eventwire.knowledge import Knowledge

    knowledge = Knowledge(our_settings(tmp_path, _OUR_ACTORS + "THE_TWIN_MARCHES [TWA/TWB]\n", _OUR_AGENTS))
    article = actors.run(pipeline.parse([make_article("t", "The Twin Marches criticized Valdoria.", "2024-05-02")])[0],
                         knowledge)
    codes = sorted(a.code for a in article.actors)
    assert codes == ["TWA", "TWB", "VLD"]
    twins = [a for a in article.actors if a.code in ("TWA", "TWB")]
    assert twins[0].mentions == twins[1].mentions  # the same words name both


def test_a_name_written_with_underscores_is_the_name(ours) -> None:
    # the dictionary's phrase and the text's both join the words with "_" or " " (PETRARCH's reading)
    found = ours("Valdoria condemned the Northern_Rim_Compact on Monday.")
    assert found["Northern Rim Compact"].code == "IGONRC"


def test_an_acronym_in_brackets_is_the_short_name_of_the_actor_before_it(ours) -> None:
    found = ours("The Northern Rim Compact (NRC) criticized Valdoria. The NRC later praised Quellmark.")
    assert "NRC" not in found
    compact = found["Northern Rim Compact"]
    assert compact.code == "IGONRC" and len(compact.mentions) == 3


def test_a_rank_before_a_persons_role_does_not_stack(parse) -> None:
    # "deputy" and "civilian" are role words of their own, but before "minister" or "officials" they say
    # which one, not whose: the code stays the head's
    article = parse("The deputy foreign minister of Chile met civilian officials in Lima.")
    assert {a.name: a.code for a in article.actors}["foreign minister"] == "CHLGOV"
    assert at(article, "officials")[0].sector == "GOV"


def test_a_place_before_a_title_or_a_state_tag_after_a_name_places_the_person(parse) -> None:
    named = lambda text: {a.name: a.code for a in parse(text).actors}  # noqa: E731
    assert named("Ohio Senator Ruth Vandermeer criticized the bill.")["Ruth Vandermeer"] == "USALEG"
    assert named("Senator Ruth Vandermeer (D-Ohio) criticized the bill.")["Ruth Vandermeer"] == "USALEG"
    assert named("Lima Mayor Rosa Quintana opened the bridge.")["Rosa Quintana"] == "PERGOV"
    assert named("US Supreme Court Justice Mara Ellison wrote the opinion.")["Mara Ellison"] == "USAJUD"
    # an envoy serves elsewhere: a city before the title says where, not whose
    assert named("Geneva envoy Lakhdar Bramini met rebels.").get("Lakhdar Bramini") in (None, "---GOV")


def test_a_list_of_owners_makes_one_group_each(ours) -> None:
    found = ours("The diplomats of Quellmark and Valdoria left the talks.")
    assert sorted(a.code for a in found.values() if a.kind == "group") == ["QLMGOV", "VLDGOV"], found
    assert not any(a.kind == "country" for a in found.values())  # the owners' names are the groups' mentions
    found = ours("The diplomats of Quellmark and a Valdorian general left the talks.")
    assert sorted(a.code for a in found.values() if a.kind == "group") == ["QLMGOV"], found


def test_listed_owners_keep_their_whole_names(pipeline) -> None:
    actors = _actors(pipeline, "The envoys of the United States and North Korea met in Geneva.")
    groups = {a.code: a for a in actors.values() if a.kind == "group"}
    assert sorted(groups) == ["PRKGOV", "USAGOV"], actors
    assert "North Korea" in groups["PRKGOV"].name


def test_a_plural_noun_that_speaks_is_a_group(parse) -> None:
    article = parse("Glaciologists have said the Varnek ice shelf is thinning. Critics argued the survey was late.")
    glaciologists, mention = at(article, "Glaciologists")
    assert glaciologists is not None and glaciologists.kind == "group" and mention.how == "group"
    assert at(article, "Critics")[0].kind == "group"


def test_a_speaking_group_takes_the_country_its_phrase_names(parse) -> None:
    article = parse("Chilean beekeepers told reporters that the hives were empty.")
    group, _ = at(article, "Chilean beekeepers")
    assert group is not None and group.country == "CHL" and group.kind == "group"


def test_plural_nouns_that_do_not_speak_are_no_groups(parse) -> None:
    article = parse("Glaciologists measured the Varnek ice shelf. The results show it is thinning. "
                    "Others said little, and the reports said nothing new.")
    for word in ("Glaciologists", "results", "Others", "reports"):
        assert at(article, word)[0] is None, word


def test_things_that_show_and_questions_make_no_groups(parse) -> None:
    article = parse("Preliminary soundings suggest the Varnek ice shelf is thinning. "
                    "Which glaciologists would you ask about it?")
    for word in ("soundings", "glaciologists"):
        assert at(article, word)[0] is None, word


def test_a_name_that_speaks_is_an_actor(parse) -> None:
    article = parse("According to the Brannock Weekly, the dam held. Later the Dunmore Herald said it had cracked.")
    for name in ("Brannock Weekly", "Dunmore Herald"):
        actor, mention = at(article, name)
        assert actor is not None and actor.kind == "organisation" and mention.how == "name", name


def test_a_name_that_only_reports_is_no_new_actor(parse) -> None:
    article = parse("The Dunmore Herald reported that the dam had cracked.")
    assert at(article, "Dunmore Herald")[0] is None


def test_a_jury_is_the_judiciary(parse) -> None:
    # CAMEO's JUD is the courts; a jury is the court's finder of fact ("a jury convicted …", "jurors acquitted …").
    for text, word in (("A jury in Velby convicted Tomas Reyk of fraud.", "jury"),
                       ("The grand jury indicted Tomas Reyk on Monday.", "grand jury"),
                       ("Jurors heard from Tomas Reyk on Monday.", "Jurors")):
        actor, _ = at(parse(text), word)
        assert actor is not None and actor.sector == "JUD" and actor.code == "---JUD", text


def test_a_person_titled_by_an_organisation_acts_for_it(parse) -> None:
    # "Greenpeace director X", "X, a Greenpeace director", "X, director of Greenpeace": X takes the
    # organisation's code (organisations.tsv: Greenpeace NGOENV), as the event already does from the phrase.
    for text in ("Greenpeace director Maria Lopes condemned the oil company.",
                 "Maria Lopes, a Greenpeace director, condemned the oil company.",
                 "Maria Lopes, director of Greenpeace, condemned the oil company."):
        actor, _ = at(parse(text), "Maria Lopes")
        assert actor is not None and (actor.kind, actor.code, actor.sector) == ("person", "NGOENV", "NGO"), text
    # No organisation in her title: she stays uncoded, and so does a person merely near one.
    actor, _ = at(parse("Maria Lopes met Jo Tanner in Velby."), "Maria Lopes")
    assert actor is not None and actor.code is None
    actor, _ = at(parse("Maria Lopes criticised Greenpeace on Monday."), "Maria Lopes")
    assert actor is not None and actor.code is None


def test_office_of_a_place_gives_the_persons_country(parse) -> None:
    # "Governor X of <city>", "X, the mayor of <city>": an office of a place the gazetteer puts in one
    # country is that country's, whether or not the tagger marked the place.
    for text, name in (("Governor Tomas Arce of Arequipa criticised the government.", "Tomas Arce"),
                       ("Marta Quispe, the mayor of Cusco, praised the firemen.", "Marta Quispe")):
        (actor,) = [a for a in parse(text).actors if a.name == name]
        assert (actor.country, actor.sector) == ("PER", "GOV"), text


def test_apposed_role_with_a_country_word_places_the_person(parse) -> None:
    # "X, Peru's interior minister": the role's possessor; the surname later in the story is the same actor.
    article = parse("Luis Tello, Peru's interior minister, criticised the protesters. Tello resigned on Monday.")
    first, _ = at(article, "Luis Tello")
    later, _ = at(article, "Tello", 1)
    assert first is not None and first.code == "PERGOV"
    assert later is not None and later.id == first.id


def test_a_surname_after_a_foreign_title_is_not_the_famous_namesake(pipeline, tmp_path) -> None:
    # issue 9: "Chilean President Mendes" is a Chilean, not a politician of another country named Mendes
    from eventwire.knowledge import Knowledge

    knowledge = Knowledge(our_settings(tmp_path, _OUR_ACTORS + "TIAGO_MENDES [QLMGOV]\n", _OUR_AGENTS +
                                       "PRESIDENT [~GOV]\n"))

    def run(text: str):
        article = actors.run(pipeline.parse([make_article("t", text, "2024-05-02")])[0], knowledge)
        return [(a.name, a.code) for a in article.actors if a.kind == "person"]
    assert run("Valdorian President Mendes met the press. Mendes said the talks went well.") == [
        ("Mendes", "VLDGOV")]
    assert run("Quellish President Mendes met the press.") == [("Tiago Mendes", "QLMGOV")]
