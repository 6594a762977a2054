"""Named bodies with their country (issue 9, w18bodies): national media and agencies from the organisations table,
newspapers named after their place, a named body whose name gives its sector in a story of one country's affairs;
and the press, whose own country says nothing of whose affairs a story tells. The whole pipeline runs; sentences,
people and bodies are invented (the places are real, for the gazetteer)."""
from __future__ import annotations

from eventwire.knowledge import Knowledge
from eventwire.pipeline import make_article
from eventwire.stages import sides

from .test_events_w11context import coded

# A story of Peru's affairs: its places are Peru's, its police Peru's.
_PERU = "Protests spread across Lima, Cusco and Arequipa on Monday. Police arrested two men in Lima. "


def _actor(article, name: str):
    return next(a for a in article.actors if a.name == name)


def test_national_outlets_and_agencies_have_their_country() -> None:
    organisations = Knowledge().agents.organisations
    for name, code in (("CNN", "USAMED"), ("Agence France-Presse", "FRAMED"), ("AFP", "FRAMED"),
                       ("Xinhua", "CHNMED"), ("NASA", "USAGOV"), ("the CIA", "USASPY"), ("Mossad", "ISRSPY")):
        found = organisations.find(name)
        assert found is not None and found.code == code and found.country == code[:3], name
    # a name shared with other outlets or things stays out of the table
    assert organisations.find("ABC News").country is None and organisations.find("CCTV") is None


def test_a_foreign_outlet_does_not_take_the_home_country_from_the_other_side(pipeline) -> None:
    # the governor of a story set in Peru is Peru's though the outlet criticised is Chile's
    text = _PERU + "The governor criticized the Chilean Broadcasting Corporation on Tuesday."
    assert any(cameo == "111" and source == "PERGOV" and (target or "").startswith("CHLMED")
               for cameo, source, target in coded(pipeline, text))


def test_the_press_casts_no_vote_for_the_storys_country(pipeline) -> None:
    text = ("Police arrested two students in Lima and Cusco on Monday, the Chilean Broadcasting Corporation "
            "reported. The Chilean Broadcasting Corporation said the students were released on Tuesday.")
    article = pipeline(make_article("t", text, "2024-01-10"))
    assert _actor(article, "Chilean Broadcasting Corporation").country == "CHL"
    assert {country for country, _ in sides._country_votes(article)} == {"PER"}


def test_an_outlet_with_a_country_is_still_the_press_at_work(pipeline) -> None:
    # "called the election for X" by an outlet is a projection, no appeal: an outlet is judged political by its
    # sector (private life) whether or not its country is known
    text = "The Lima Times called the election for Ana Ruiz on Sunday."
    article = pipeline(make_article("t", text, "2024-01-10"))
    assert _actor(article, "Lima Times").code == "PERMED"
    assert not any(cameo.startswith("02") for cameo, _, _ in coded(pipeline, text))


def test_a_papers_place_gives_its_country_with_new_head_nouns(pipeline) -> None:
    for paper in ("Cusco Review-Journal", "Santiago Tribune", "Lima Daily Chronicle", "Quito Telegraph"):
        article = pipeline(make_article("t", f"The {paper} accused the mayor of corruption.", "2024-01-10"))
        assert _actor(article, paper).sector == "MED", paper
        assert _actor(article, paper).country in ("PER", "CHL", "ECU"), paper


def test_a_named_body_with_a_sector_takes_the_storys_country(pipeline) -> None:
    text = _PERU + "The government signed a contract with the Vellmark Trading Company on Tuesday."
    assert ("057", "PERGOV", "PERBUS") in coded(pipeline, text)


def test_a_named_body_with_no_sector_takes_no_country(pipeline) -> None:
    # "Tarvex" may be a product, a website or a person: no bare country code for it
    text = _PERU + "The government signed a contract with Tarvex on Tuesday."
    assert ("057", "PERGOV", None) in coded(pipeline, text)


def test_a_named_body_of_a_story_of_foreign_bodies_takes_none(pipeline) -> None:
    # the bodies the story names with a country are as often Chile's: the company may be either's
    text = (_PERU + "The Chilean Mining Corporation and the Chilean Port Authority criticized the Peruvian "
            "Mining Board. The government signed a contract with the Vellmark Trading Company on Tuesday.")
    assert ("057", "PERGOV", "PERBUS") not in coded(pipeline, text)
