"""Every side with its country (issue 9, w17people): a person named with no role in a story of one country's
affairs is of that country (`sides.home_level`), unless the people the story places are as often of another
(`sides._may_be_visitor`); a "name" of no name's shape takes none. The whole pipeline runs; sentences and people
are invented (the places are real, for the gazetteer)."""
from __future__ import annotations

from eventwire.pipeline import make_article
from eventwire.stages import sides
from eventwire.stages.event_places import story_country

from .test_events_w11context import coded

# A story of Peru's affairs whose people are Peruvian but for one Chilean named in passing.
_PERU = ("Protests spread across Lima, Cusco and Arequipa on Monday. Peruvian President Ana Ruiz met Peruvian "
         "Senator Luis Tello and Peruvian Judge Marta Quispe in Lima. Chilean President Jorge Vidal sent a "
         "message. On Tuesday, Tomas Ferreira criticized Ruiz.")


def _person(pipeline, text: str, name: str):
    article = pipeline(make_article("t", text, "2024-01-10"))
    return article, next(a for a in article.actors if a.name == name)


def test_a_named_person_of_a_story_of_one_countrys_people_takes_its_country(pipeline) -> None:
    # one foreign president among four people placed: Ferreira is no likelier a visitor than anyone else
    _, ferreira = _person(pipeline, _PERU, "Tomas Ferreira")
    assert ferreira.country == "PER"
    assert ("111", "PER", "PERGOV") in coded(pipeline, _PERU)


def test_a_story_whose_people_are_as_often_foreign_gives_a_named_person_none(pipeline) -> None:
    # two Chileans of four people placed: Ferreira may be either country's
    text = _PERU.replace("Peruvian Senator Luis Tello", "Chilean Senator Luis Tello")
    _, ferreira = _person(pipeline, text, "Tomas Ferreira")
    assert ferreira.country is None
    assert all(source != "PER" for _, source, _ in coded(pipeline, text))


def test_a_named_person_takes_the_dominant_country_not_only_the_places(pipeline) -> None:
    # the places alone are split (Santiago, Lima): no `story_country`; with the Peruvian people the story is
    # Peru's, and the named person with no role is of it, as "Dana Kell was sentenced" is the story's
    text = ("Peruvian President Ana Ruiz met Peruvian Senator Luis Tello on Monday, after a visit to Santiago. "
            "Ruiz and Tello spoke in Lima on Tuesday. On Wednesday, Tomas Ferreira criticized Ruiz.")
    article, ferreira = _person(pipeline, text, "Tomas Ferreira")
    assert story_country(article) is None and sides.dominant_country(article) == "PER"
    assert ferreira.country == "PER"


def test_a_visiting_official_of_the_same_sector_still_keeps_a_title_uncoded(pipeline) -> None:
    # the foreign peer of a title is one of two of its sector the story places: "the minister" may be either
    text = ("The Chilean trade minister arrived in Lima on Monday. Peruvian President Ana Ruiz welcomed him in "
            "Lima and Cusco. The minister praised the police.")
    praised = [source for cameo, source, _ in coded(pipeline, text) if cameo == "051"]
    assert "PERGOV" not in praised


def test_no_name_shape_no_country() -> None:
    assert sides._name_shaped("Tomas Ferreira") and sides._name_shaped("Abu Said al-Hamdi")
    assert sides._name_shaped("Élodie Marchand") and sides._name_shaped("Pieter van Rooyen")
    assert sides._name_shaped("van Rooyen") and sides._name_shaped("Mei Ling Hoi-kwan")
    assert not sides._name_shaped("antadoya ann card")
    assert not sides._name_shaped("Family से होता")


# A story set in Peru by its places.
_LIMA = "A strike spread across Lima, Cusco and Arequipa on Monday. "


def test_the_opposition_labour_and_hospitals_are_the_storys_own(pipeline) -> None:
    # the manual's OPP (opposition, anti-government activists), LAB and AGR (organised labour, peasants) and
    # HLH (hospitals, seated where they serve) of a story of one country are its
    found = coded(pipeline, _LIMA + "The government criticized the opposition. Police arrested the farmers. "
                                    "The minister praised the hospital.")
    assert ("111", "PERGOV", "PEROPP") in found
    assert ("173", "PERCOP", "PERAGR") in found
    assert ("051", "PERGOV", "PERHLH") in found


def test_media_and_students_stay_unplaced(pipeline) -> None:
    # news agencies are as often foreign or transnational as local; students as often abroad
    found = coded(pipeline, _LIMA + "The government criticized the news agency. Police arrested the students.")
    assert all(target not in ("PERMED", "PEREDU") for _, _, target in found)


def test_world_leaders_are_of_no_one_country(pipeline) -> None:
    found = coded(pipeline, _LIMA + "President Ana Ruiz of Peru died on Friday. Ruiz was praised by world leaders.")
    assert ("051", "---GOV", "PERGOV") in found


def test_a_title_the_tagger_took_for_a_place_with_its_of_country(pipeline) -> None:
    # "Sultan" alone is tagged GPE (a town of that name): with "of Oman" it is the holder's title
    text = ("On Friday, Dana Kell, the long-serving Sultan of Oman, died aged 79. Kell was mourned by leaders of "
            "Iran and India. Prime Minister Ana Vell of Britain paid tribute.")
    _, kell = _person(pipeline, text, "Dana Kell")
    assert kell.code == "OMNGOV"


def test_a_private_person_alone_is_no_event(pipeline) -> None:
    # the story's country a named person takes says where the person is: with no other side coded, the record
    # says nothing of who did what to whom (as an event with no side coded at all)
    found = coded(pipeline, _PERU + " Ferreira attacked the macho culture.")
    assert ("111", "PER", "PERGOV") in found
    assert all(not (source == "PER" and target is None) for _, source, target in found)


def _codes(pipeline, text: str) -> dict[str, str | None]:
    article = pipeline(make_article("t", text, "2024-01-10"))
    return {a.name: a.code for a in article.actors}


def test_a_local_body_named_after_its_place_is_of_the_places_country(pipeline) -> None:
    # a council, a police department or command, a sheriff's office: the place their name leads with is the
    # one they serve (`actors.tokens.local_body_country`), also when the tagger runs the place and the role
    # word into one organisation ("the Kano State Government")
    assert "NGAGOV" in _codes(pipeline, "The Kano State Government banned the march.").values()
    assert "NGACOP" in _codes(pipeline, "The Ogun State Police Command arrested two men.").values()
    assert "USACOP" in _codes(pipeline, "Officers of the Maricopa County Sheriff's Office arrested a man.").values()
    assert "AUSGOV" in _codes(pipeline, "The Melbourne City Council criticized the developer.").values()


def test_a_council_of_no_known_place_keeps_no_country(pipeline) -> None:
    assert "---GOV" in _codes(pipeline, "The Tarsk City Council criticized the plan.").values()
