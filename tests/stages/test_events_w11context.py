"""Sides of no country take the event's home country (issue 9, item 6; `sides.home_country`): the place its
clause names, else the story's dominant country. The whole pipeline runs; sentences and people are invented
(the places are real, for the gazetteer)."""
from __future__ import annotations

from eventwire.pipeline import make_article
from eventwire.stages import sides

from .test_events import affirmed, full_events


def coded(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return affirmed(full_events(pipeline, text))



def test_detained_suspects_are_the_place_countrys(pipeline) -> None:
    # "suspects" is a role (CVL): the target of the arrest, of where it happened
    assert ("173", "NZLCOP", "NZLCVL") in coded(pipeline, "Two suspects were detained in Wellington on Sunday.")


def test_agentless_charge_is_the_place_countrys_judiciary(pipeline) -> None:
    found = coded(pipeline, "Police in Auckland arrested a man on Sunday. The man was charged with murder in Auckland.")
    assert ("173", "NZLJUD", "NZLPPL") in found


def test_explicit_nationality_is_kept(pipeline) -> None:
    found = coded(pipeline, "A Syrian man was detained in Wellington on Sunday.")
    assert ("173", "NZLCOP", "SYRPPL") in found


def test_a_foreign_participant_leaves_the_other_side_uncoded(pipeline) -> None:
    # the Chilean police in Wellington: whose the man is, the text does not say
    found = coded(pipeline, "In Wellington on Sunday, Chilean police arrested a man.")
    assert all(target != "NZLPPL" for _, _, target in found)


def test_dominant_country_from_places_and_coded_actors(pipeline) -> None:
    one = pipeline(make_article("t", "Chile's president Ana Ruiz met the Chilean foreign minister in Santiago. "
                                     "Chile will host the summit, Ruiz said.", "2024-01-10"))
    assert sides.dominant_country(one) == "CHL"
    two = pipeline(make_article("t", "Chile and Peru signed a treaty. Peru and Chile will meet in Lima and "
                                     "Santiago.", "2024-01-10"))
    assert sides.dominant_country(two) is None


def test_home_country_never_over_a_participant_of_another(pipeline) -> None:
    article = pipeline(make_article("t", "Chile's president Ana Ruiz spoke in Santiago on Monday.", "2024-01-10"))
    chilean = next(a for a in article.actors if a.country == "CHL")
    assert sides.home_country(article, [chilean, None], None) == "CHL"
    assert sides.home_country(article, [None], "NZL") == "NZL"  # the place named beats the story's
    assert sides.home_country(article, [chilean], "NZL") is None


def test_private_people_stay_private(pipeline) -> None:
    # two private people in one place: no political event, though both are of that place
    assert coded(pipeline, "On Sunday in Wellington, a man met a woman.") == []


def test_club_president_is_no_head_of_state(pipeline) -> None:
    article = pipeline(make_article("t", "The president of the football club praised the mayor of Santiago.",
                                    "2024-01-10"))
    president = next(a for a in article.actors if a.name.lower().startswith("president"))
    assert president.sector is None and president.country is None
    article = pipeline(make_article("t", "The president of the company criticised the government of Chile.",
                                    "2024-01-10"))
    president = next(a for a in article.actors if a.name.lower().startswith("president"))
    assert president.sector == "BUS"
