"""Actors outside the tables (issue 9, item 6): proper names ending in a role word, media names, titles with
a sector. Sentences and names are our own."""
from __future__ import annotations

import pytest

from eventwire.knowledge.agents import KINDS
from tests.stages.test_actors import parse  # noqa: F401  (the actors stage on one parsed text: one fixture)


def named(article, name):
    found = [a for a in article.actors if a.name == name]
    assert len(found) == 1, (name, [a.name for a in article.actors])
    return found[0]


def test_head_rows_are_a_kind_of_their_own(pipeline) -> None:
    assert "head" in KINDS
    roles = pipeline.knowledge.agents.roles
    for word, sector in (("party", "PTY"), ("commission", "GOV"), ("news", "MED"), ("herald", "MED"),
                         ("times", "MED"), ("report", "MED")):
        agent = roles.get(word)
        assert agent is not None and (agent.sector, agent.kind) == (sector, "head"), word


@pytest.mark.parametrize("text, name, sector", [
    ("The Blue Lantern Party accused the government of fraud.", "Blue Lantern Party", "PTY"),
    ("The Ruritanian Solidarity Party withdrew its candidate.", "Ruritanian Solidarity Party", "PTY"),
    ("Granite News reported that the army shelled the village.", "Granite News", "MED"),
    ("The Harbor Times accused the mayor of corruption.", "Harbor Times", "MED"),
    ("The Kestrel Herald criticised the governor.", "Kestrel Herald", "MED"),
    ("The Northern Liberation Front attacked an army post.", "Northern Liberation Front", "REB"),
])
def test_a_proper_name_ending_in_a_role_word_takes_its_sector(parse, text, name, sector) -> None:
    actor = named(parse(text), name)
    assert actor.kind == "organisation" and actor.sector == sector, text


def test_the_whole_name_is_the_mention_not_the_role_word(parse) -> None:
    # the role pass used to take "Liberation Front" (the role row) and drop "Northern"
    article = parse("The Northern Liberation Front attacked an army post.")
    actor = named(article, "Northern Liberation Front")
    (mention,) = actor.mentions
    assert mention.span.text(article.text) == "Northern Liberation Front"


def test_a_country_word_in_the_name_gives_the_country(parse) -> None:
    article = parse("Thailand's Ruak Tham Party withdrew its candidate on Friday.")
    actor = named(article, "Ruak Tham Party")
    assert (actor.country, actor.code) == ("THA", "THAPTY")


def test_a_name_with_a_complement_takes_the_sector_of_its_head(parse) -> None:
    article = parse("The candidate said the corrupt Commission on Presidential Debates refuses to have her.")
    actor = next(a for a in article.actors if "Commission" in a.name)
    assert actor.sector == "GOV"


def test_a_ministry_with_its_country_is_still_that_government(parse) -> None:
    # "Health" is no role and no country, but a ministry of a state is its government (CAMEO)
    article = parse("The Peruvian Health Ministry criticised the clinic.")
    assert any(a.code == "PERGOV" and a.name == "Peruvian government" for a in article.actors)


@pytest.mark.parametrize("text", [
    "The party held a birthday party for the news anchor.",
    "She read the report in the news.",
])
def test_a_head_word_alone_is_no_actor(parse, text) -> None:
    article = parse(text)
    assert not any(a.name.lower() in ("party", "news", "report") for a in article.actors), text


def test_a_reporter_of_a_media_name_is_media(parse) -> None:
    article = parse("Granite News reporter Mira Tolan said the army attacked the village.")
    assert named(article, "Mira Tolan").sector == "MED"


def test_a_speaking_media_name_is_media(parse) -> None:
    article = parse("Later the Dunmore Herald said the dam had cracked.")
    assert named(article, "Dunmore Herald").sector == "MED"


def test_an_apposed_multiword_role_gives_the_sector(parse) -> None:
    article = parse("Dana Ortiz, a former presidential candidate, endorsed the mayor.")
    assert named(article, "Dana Ortiz").sector == "PTY"


def test_a_lowercase_title_after_former_or_fellow_is_a_title(parse) -> None:
    article = parse("The move came after fellow former presidential candidate Dana Ortiz and former senator "
                    "Hal Brennick announced their support.")
    assert named(article, "Dana Ortiz").sector == "PTY"
    # a former senator no longer sits: CAMEO's elites (ELI), as for a known person's past role (w12actors)
    assert named(article, "Hal Brennick").sector == "ELI"


def test_the_title_sector_holds_for_later_surnames(parse) -> None:
    article = parse("Later, former presidential candidate Dana Ortiz met the mayor. Ortiz praised the plan.")
    actor = named(article, "Dana Ortiz")
    assert actor.sector == "PTY" and len(actor.mentions) == 2


def test_a_country_word_in_the_title_gives_the_country(parse) -> None:
    article = parse("U.S. Senator Hal Brennick urged Chile to release the prisoners. Brennick praised the deal.")
    actor = named(article, "Hal Brennick")
    assert actor.code == "USALEG" and len(actor.mentions) == 2



def test_a_name_running_past_its_head_is_kept_whole(parse) -> None:
    # a country word leads the name, and the name runs on past "Commission": the whole entity, its head's sector
    article = parse("On Thursday the United States Commission on Fair Elections criticized the move.")
    names = [a for a in article.actors if "Commission" in a.name]
    assert names and all("Commission on" in a.name and a.sector == "GOV" for a in names), [a.name for a in names]
    assert [a.code for a in names] == ["USAGOV"]
