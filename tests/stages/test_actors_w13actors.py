"""The actor records carry the story's country that the events stage gives their sides (issue 9, item 6,
w13actors: `sides.story_actors`, the `homes` stage), and three kinds of wrong actor codes: a former member of a
profession is no elite, a country's representatives are its delegates, not its legislature. Sentences and
people are our own inventions."""
from __future__ import annotations

import pytest

from eventwire.knowledge.agents import Agent, Agents
from eventwire.pipeline import make_article
from tests.stages.test_actors import parse  # noqa: F401  (the actors stage on one parsed text: one fixture)


def named(article, name):
    found = [a for a in article.actors if a.name.lower() == name.lower()]
    assert len(found) == 1, (name, [(a.name, a.code) for a in article.actors])
    return found[0]


@pytest.fixture(scope="module")
def story(pipeline):
    def run(text: str):
        return pipeline(make_article("t", text, "2024-05-02"))

    return run


NORWAY = ("Police arrested Jon Haugen in Bergen, Norway, on Monday. The court in Oslo ordered him held for two "
          "weeks. Prosecutors in Bergen said Haugen had stolen paintings from a museum in Trondheim. The Norwegian "
          "minister of culture Kari Lunde praised the police.")


def test_actors_named_with_no_country_take_the_story_country_the_events_give_them(story) -> None:
    article = story(NORWAY)
    assert named(article, "police").code == "NORCOP" and named(article, "police").country == "NOR"
    assert named(article, "court").code == "NORJUD"
    assert named(article, "prosecutors").code == "NORJUD"
    assert named(article, "police").sector == "COP"  # the sector stays the text's
    # the output agrees with itself: every event side the events stage gave a country, the actor has
    by_id = {a.id: a for a in article.actors}
    sides = [(by_id[e.actors[0]], e.source) for e in article.events if e.actors and e.source] + \
            [(by_id[e.recipients[0]], e.target) for e in article.events if e.recipients and e.target]
    assert sides and all(actor.country == code[:3] for actor, code in sides if code[:3] != "---")


def test_no_story_country_when_the_story_is_of_two_countries(story) -> None:
    article = story("Chile and Peru signed a fishing accord on Monday, after talks in Lima and Santiago. "
                    "Officials said the court would rule on the old border case.")
    assert named(article, "officials").country is None and named(article, "court").country is None


def test_a_role_served_abroad_takes_no_story_country(story) -> None:
    article = story("Police arrested two men in Bergen, Norway, on Monday. The court in Oslo fined them. "
                    "The ambassador said the men were tourists. Prosecutors in Bergen appealed.")
    assert named(article, "police").country == "NOR"
    assert named(article, "ambassador").country is None


@pytest.mark.parametrize("text, name, sector", [
    ("Former lawyer Dana Rell said nothing.", "Dana Rell", "JUD"),       # a trade: no office left
    ("Former attorney Dana Rell said nothing.", "Dana Rell", "JUD"),
    ("Former judge Ana Kopp said nothing.", "Ana Kopp", "ELI"),          # an office no longer held
    ("Former senator Ana Kopp said nothing.", "Ana Kopp", "ELI"),
])
def test_former_makes_elites_of_office_holders_only(parse, text, name, sector) -> None:
    assert named(parse(text), name).sector == sector


@pytest.mark.parametrize("text, name, code", [
    ("Representatives from Peru met the minister.", "Representatives", "PERGOV"),
    ("Delegates from Peru left the talks.", "Delegates", "PERGOV"),
    ("A representative of Chile spoke first.", "representative", "CHLGOV"),
])
def test_representatives_of_a_country_are_its_delegates(parse, text, name, code) -> None:
    assert named(parse(text), name).code == code


def test_representatives_alone_keep_their_row(parse) -> None:
    # no "of"/"from" phrase naming whom they act for: the table's row ("Representatives", the House)
    assert named(parse("The Peruvian representatives voted against the bill."), "Peruvian representatives"
                 ).sector == "LEG"


def test_traits_stay_out_of_the_phrase_index() -> None:
    agents = Agents([Agent("lawyer", "JUD", "person"), Agent("lawyer", None, "profession"),
                     Agent("representatives", "LEG", "organisation"), Agent("representatives", "GOV", "delegate")])
    assert agents.get("lawyer").sector == "JUD" and agents.get("Representatives").sector == "LEG"
    assert agents.profession("Lawyer") and not agents.profession("judge")
    assert agents.delegate("representatives") == "GOV" and agents.delegate("lawyer") is None
    # the bundled table's traits count when the user's table replaces the roles
    assert Agents([Agent("lawyer", "JUD", "person")], traits=[Agent("lawyer", None, "profession")]).profession(
        "lawyer")


def test_a_body_named_after_a_town_abroad_is_no_body_of_that_country(parse) -> None:
    # a town of another country in a school's name, in a story whose places are all in one country: a namesake
    article = parse("Students at Siena College in Loudonville, New York, protested on Monday. Police in Albany "
                    "arrested two students near Troy. The dean, Mara Quint, spoke in Albany.")
    assert named(article, "Siena College").country is None
    # a body named after a town of the story's own country, or after a country, keeps it
    article = parse("Officers of the Leeds Police arrested a man in Leeds on Monday. He was taken to York and "
                    "then to Sheffield. The Kenya Police were told.")
    assert named(article, "Leeds Police").country == "GBR"
    assert named(article, "Kenya Police").country == "KEN"


@pytest.mark.parametrize("text, absent", [
    ("At least 40 deaths were linked to COVID-19, the health ministry said.", "COVID-19"),  # a digit: no name
    ("A Boeing 707 cargo plane crashed near the airport.", "Boeing"),                     # make and model
    ("Users posted #FreeTarsk all day.", "FreeTarsk"),                                    # a hashtag
    ("उन्होंने कहा कि सरकार मदद करेगी, Ana Vale said.", "सरकार"),                              # another script
])
def test_entities_that_name_nobody_are_no_actors(parse, text, absent) -> None:
    assert absent not in [a.name for a in parse(text).actors]


def test_a_make_named_alone_is_still_an_actor(parse) -> None:
    assert named(parse("Boeing said it would cut jobs."), "Boeing").kind == "organisation"
    # a year after an owner is no model number
    article = parse("Jo Vale sought the Green Party's 2012 presidential nomination.")
    assert "Green Party" in [a.name for a in article.actors]


def test_a_special_representative_is_an_envoy_not_a_legislator(parse) -> None:
    article = parse("Speaking in Lima, the Chilean Special Representative for Peru said the talks would resume.")
    assert named(article, "Chilean Special Representative").code == "CHLGOV"
