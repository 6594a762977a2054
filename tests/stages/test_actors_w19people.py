"""People and groups with a country in stories of two countries (issue 9, w19people): a person's stated nationality
("a Chilean national", "is a Peruvian citizen"), a person named as kin of a person with a country ("Luis
Tello's wife, Marta Quispe", "her husband Pablo Vera"), the demonyms of a state's regions (Scottish, Northern
Irish, Catalan, Chechen are their state's; Kurdish is of none), and a body the tables know that the tagger took
for a person. The whole pipeline runs; sentences and people are invented (the places are real)."""
from __future__ import annotations

from eventwire.pipeline import make_article

from .test_events_w11context import coded

# A story of two countries: a Chilean and a Peruvian president, in Lima.
_TWO = ("The two presidents met on Monday for talks about trade and the border, officials said. Chilean President "
        "Ana Rojas met Peruvian President Luis Tello in Lima. ")


def _person(pipeline, text: str, name: str):
    article = pipeline(make_article("t", text, "2024-01-10"))
    return article, next(a for a in article.actors if a.name == name)


def test_a_nationality_in_apposition_is_the_persons_country(pipeline) -> None:
    text = _TWO + "On Tuesday, Marta Quispe, a Chilean national, criticised Tello in a statement."
    article, quispe = _person(pipeline, text, "Marta Quispe")
    assert quispe.country == "CHL"
    # the demonym says whose she is: Chile is no actor of its own there
    assert not any(a.name == "Chile" for a in article.actors)


def test_a_nationality_as_predicate_is_the_persons_country(pipeline) -> None:
    text = _TWO + "Marta Quispe is a Peruvian citizen living in Santiago. Quispe criticised Rojas on Tuesday."
    _, quispe = _person(pipeline, text, "Marta Quispe")
    assert quispe.country == "PER"
    assert ("111", "PER", "CHLGOV") in coded(pipeline, text)


def test_a_multiword_demonym_of_nationality(pipeline) -> None:
    text = _TWO + "On Tuesday, Marta Quispe, a North Korean national, criticised Tello in a statement."
    _, quispe = _person(pipeline, text, "Marta Quispe")
    assert quispe.country == "PRK"


def test_regional_demonyms_are_their_states(pipeline) -> None:
    # PETRARCH's Countries dictionary lists Scotland, Wales and "Northern Irish" under the United Kingdom,
    # Catalonia under Spain, Chechnya under Russia; "Northern Irish" is never Ireland's "Irish"
    found = coded(pipeline, "Northern Irish police arrested Sean Kelly in Belfast on Monday.")
    assert ("173", "GBRCOP", "GBR") in found
    found = coded(pipeline, "Scottish ministers criticised the British government over the budget on Monday.")
    assert ("111", "GBRGOV", "GBRGOV") in found
    found = coded(pipeline, "Chechen fighters attacked Russian troops near the border on Monday, officials said.")
    assert ("190", "RUSREB", "RUSMIL") in found
    found = coded(pipeline, "Catalan leaders criticised the Spanish government on Monday, officials said.")
    assert ("111", "ESPGOV", "ESPGOV") in found
    assert ("111", "IRLGOV", "GBRGOV") in coded(
        pipeline, "The Irish government criticised the British government on Monday, officials said.")


def test_kurdish_is_of_no_one_state(pipeline) -> None:
    # Kurds live in four states: the demonym gives no country (Phoenix codes Kurdish bodies by the state they fight)
    found = coded(pipeline, "Kurdish fighters attacked Turkish troops near the border on Monday, officials said.")
    assert all(source is None or source.startswith("---") for _, source, _ in found)


def test_a_known_body_tagged_as_a_person_is_the_body(pipeline) -> None:
    # "Houthis" is organisations.tsv's YEMREB, whatever the tagger labels it
    text = "Saba reported that Houthis have attacked journalists in Sanaa before, officials said on Monday."
    article = pipeline(make_article("t", text, "2024-01-10"))
    houthis = next(a for a in article.actors if a.name == "Houthis")
    assert houthis.kind == "organisation" and houthis.code == "YEMREB"


def _source(pipeline, text: str, cameo: str) -> str | None:
    return next(source for code, source, _ in coded(pipeline, text) if code == cameo)


def test_kin_of_a_named_person_shares_the_persons_country(pipeline) -> None:
    # a spouse, a child: the family's country, either way round the apposition goes
    assert _source(pipeline, _TWO + "Luis Tello's wife, Marta Quispe, criticised Rojas on Tuesday.", "111") == "PER"
    assert _source(pipeline, _TWO + "Marta Quispe, the wife of Luis Tello, criticised Rojas on Tuesday.",
                   "111") == "PER"
    other = ("The two presidents met on Monday for talks about trade and the border, officials said. Peruvian "
             "President Luis Tello met Chilean President Ana Rojas in Santiago. ")
    assert _source(pipeline, other + "Luis Tello's son Mario Tello criticised Rojas on Tuesday.", "111") == "PER"


def test_kin_of_the_person_a_pronoun_names(pipeline) -> None:
    other = ("The two presidents met on Monday for talks about trade and the border, officials said. Peruvian "
             "President Luis Tello met Chilean President Ana Rojas in Santiago. ")
    assert _source(pipeline, other + "Tello said his son, Mario Tello, criticised Rojas on Tuesday.", "111") == "PER"
    text = other + "Rojas spoke about her husband Pablo Vera, who criticised Tello on Tuesday."
    assert _source(pipeline, text, "111") == "CHL"


def test_kin_of_a_common_noun_says_no_country(pipeline) -> None:
    # "the boy's father" names no one with a country
    text = _TWO + "The boy's father, Juan Perez, criticised Rojas on Tuesday."
    _, perez = _person(pipeline, text, "Juan Perez")
    assert perez.country is None


def test_a_nationality_written_as_a_title_before_the_name(pipeline) -> None:
    # a story of Britain whose suspect is "Libyan national X": his own country, not the story's
    text = ("Police in Reading arrested a man on Sunday after an attack in a park, officials said. Reports named him "
            "as Reading resident and Libyan national Omar Haddad. Haddad criticised the police on Monday.")
    _, haddad = _person(pipeline, text, "Omar Haddad")
    assert haddad.country == "LBY"
