"""The places stage on sentences of our own, run alone on a parsed article."""
from __future__ import annotations

import dataclasses

import pytest

from eventwire.pipeline import make_article
from eventwire.records import Actor, Mention, Span
from eventwire.stages import places


@pytest.fixture(scope="module")
def parse(pipeline):
    def run(text: str, actors: tuple[Actor, ...] = ()):
        article = pipeline.parse([make_article("t", text, "2024-05-02")])[0]
        article = dataclasses.replace(article, actors=actors)
        return places.run(article, pipeline.knowledge)

    return run


def named(article, text):
    return [p for p in article.places if p.span.text(article.text) == text]


def test_facility_and_country(parse):
    article = parse("The satellite lifted off from the Vostochny Cosmodrome in eastern Russia on Friday.")
    [site] = named(article, "Vostochny Cosmodrome")
    assert site.feature == "facility" and site.country == "RUS"
    assert abs(site.lat - 51.88) < 0.1
    [russia] = named(article, "Russia")
    assert russia.feature == "country"


def test_hyphenated_city_is_one_place(parse):
    article = parse("The delegation then took a train to Komsomolsk-on-Amur, a factory town.")
    [city] = named(article, "Komsomolsk-on-Amur")
    assert city.country == "RUS" and city.feature == "city"
    assert not named(article, "Amur")


def test_city_state_qualifier(parse):
    article = parse("The mayor of Springfield, Ill., spoke to reporters in the evening.")
    [city] = named(article, "Springfield")
    assert city.country == "USA" and abs(city.lat - 39.8) < 0.3  # the Illinois capital, not Missouri's
    assert named(article, "Ill.")[0].name == "Illinois"


def test_ids_follow_the_text(parse):
    article = parse("Officials flew from Berlin to Nairobi and then on to Lima.")
    assert [p.id for p in article.places] == [f"p{i}" for i in range(1, len(article.places) + 1)]
    assert [p.span.start for p in article.places] == sorted(p.span.start for p in article.places)
    assert [p.country for p in article.places] == ["DEU", "KEN", "PER"]


def test_a_capital_acting_as_a_government_is_no_place(parse):
    text = "Talks between Moscow and Canberra stalled, officials in Moscow said."
    first = text.index("Moscow")
    government = Actor("a1", "Russia", "country", "RUS", "GOV", "RUSGOV",
                       (Mention(Span(first, first + 6), "capital"),))
    article = parse(text, (government,))
    spans = [p.span.start for p in article.places]
    assert first not in spans
    assert text.index("Moscow", first + 1) in spans


def test_people_are_no_places(parse):
    text = "Kim Jisoo, an analyst at a Seoul institute, said Jisoo Kim had no comment."
    person = Actor("a1", "Kim Jisoo", "person", "KOR", None, "KOR",
                   (Mention(Span(0, 9), "name"), Mention(Span(text.index("Jisoo Kim"), text.index("Jisoo Kim") + 9), "name")))
    article = parse(text, (person,))
    assert all(p.span.start not in (0, text.index("Jisoo Kim")) for p in article.places)
    assert named(article, "Seoul")


def test_the_moon_and_demonyms_are_no_places(parse):
    article = parse("An Indian lander touched down on the moon; Mars comes next, Chinese and Russian engineers said.")
    texts = {p.span.text(article.text) for p in article.places}
    assert not texts & {"moon", "Mars", "Russian", "Chinese"}


def test_a_street_sits_in_the_city_named_before_it(parse):
    article = parse("Protesters gathered in Chicago on Saturday and marched down Halsted Street at noon.")
    chicago = named(article, "Chicago")[0]
    (street,) = [p for p in article.places if "Halsted" in p.span.text(article.text)]
    assert street.span.text(article.text) == "Halsted Street"
    assert abs(street.lat - chicago.lat) < 0.5 and street.geonameid is None and street.feature == "facility"


def test_districts_and_roads_nothing_places_have_no_coordinates(parse):
    article = parse("Deputies closed Highway 71 after the crash, a spokesman for the Western District office said.")
    by_text = {p.span.text(article.text): p for p in article.places}
    for name in ("Highway 71", "Western District"):
        place = by_text[name]
        assert (place.lat, place.lon, place.country, place.geonameid) == (None, None, None, None), name
    assert by_text["Western District"].feature == "admin"


def test_a_street_named_after_a_city_is_not_in_it(parse):
    article = parse("A new cafe opened on Moscow Street last week.")
    assert all(p.country != "RUS" for p in article.places)


def test_unknown_names_are_left_out(parse):
    article = parse("The caravan crossed Zzyzxqua Valley before reaching Cairo.")
    assert all(p.lat is not None for p in article.places)
    assert named(article, "Cairo")[0].country == "EGY"


def lone_person(text: str, name: str) -> Actor:
    """A person actor the way the actors stage makes one from a bare name spaCy called PERSON."""
    mentions = []
    start = text.find(name)
    while start >= 0:
        mentions.append(Mention(Span(start, start + len(name)), "surname"))
        start = text.find(name, start + 1)
    return Actor("a1", name, "person", None, None, None, tuple(mentions))


def test_a_town_taken_for_a_person_is_a_place_after_a_verb_of_movement(parse):
    text = "After the wedding the couple moved to Dewsbury, where they raised four children."
    article = parse(text, (lone_person(text, "Dewsbury"),))
    [town] = named(article, "Dewsbury")
    assert town.country == "GBR" and town.feature == "city"


def test_a_person_with_a_full_name_stays_a_person(parse):
    text = "Tom Dewsbury arrived on Monday. Letters came from Dewsbury every week."
    surname = text.rindex("Dewsbury")
    person = Actor("a1", "Tom Dewsbury", "person", None, None, None,
                   (Mention(Span(0, 12), "name"), Mention(Span(surname, surname + 8), "surname")))
    article = parse(text, (person,))
    assert not named(article, "Dewsbury")


def test_a_lone_name_without_a_place_grammar_stays_a_person(parse):
    text = "Dewsbury said the plan was sound, and Dewsbury will vote for it."
    article = parse(text, (lone_person(text, "Dewsbury"),))
    assert not named(article, "Dewsbury")


def test_acronyms_and_institutions_are_no_towns(parse):
    article = parse("The deal needs approval from NATO, and a letter went to the Duma on Tuesday.")
    assert not named(article, "NATO") and not named(article, "Duma")


def test_a_capital_in_a_dateline_is_a_place(parse):
    text = "MANILA, Philippines – Heavy rain closed schools across the region on Monday."
    government = Actor("a1", "Philippine government", "organisation", "PHL", "GOV", "PHLGOV",
                       (Mention(Span(0, 6), "capital"),))
    article = parse(text, (government,))
    [city] = named(article, "MANILA")
    assert city.country == "PHL" and city.feature == "city"


def test_capitals_joined_by_a_route_are_places(parse):
    text = "The airline will add daily flights between Madrid and Lisbon in May."
    madrid, lisbon = text.index("Madrid"), text.index("Lisbon")
    government = Actor("a1", "Spanish government", "organisation", "ESP", "GOV", "ESPGOV",
                       (Mention(Span(madrid, madrid + 6), "capital"),))
    portugal = Actor("a2", "Portuguese government", "organisation", "PRT", "GOV", "PRTGOV",
                     (Mention(Span(lisbon, lisbon + 6), "capital"),))
    article = parse(text, (government, portugal))
    assert [p.country for p in article.places if p.feature == "city"] == ["ESP", "PRT"]


def test_an_organisation_named_like_a_street_or_a_lagoon(pipeline):
    from spacy.tokens import Span as EntitySpan

    text = "They walked along Royal Street to the Carnegie Library."
    doc = pipeline.parse([make_article("t", text, None)])[0].paragraphs[0].doc
    gazetteer = pipeline.knowledge.gazetteer
    street = EntitySpan(doc, 3, 5, label="ORG")
    library = EntitySpan(doc, 7, 9, label="ORG")
    assert street.text == "Royal Street" and library.text == "Carnegie Library"
    assert places._street_or_nature(street, gazetteer)
    assert not places._street_or_nature(library, gazetteer)  # may be the institution


def test_a_capital_sending_a_warning_stays_the_government(parse):
    text = "The minister received a stern warning from Moscow on Tuesday."
    start = text.index("Moscow")
    government = Actor("a1", "Russian government", "organisation", "RUS", "GOV", "RUSGOV",
                       (Mention(Span(start, start + 6), "capital"),))
    assert not named(parse(text, (government,)), "Moscow")
    moved = "The minister flew from Moscow on Tuesday."
    start = moved.index("Moscow")
    government = dataclasses.replace(government, mentions=(Mention(Span(start, start + 6), "capital"),))
    assert named(parse(moved, (government,)), "Moscow")


def test_georgia_beside_us_places_is_the_state(parse):
    text = "Senator Ella Marsh of Georgia toured Savannah and Macon. Georgia will vote in May."
    georgias = named(parse(text), "Georgia")
    assert georgias and all((g.country, g.feature) == ("USA", "admin") for g in georgias)


def test_georgia_beside_tbilisi_is_the_country(parse):
    georgias = named(parse("Crowds gathered in Tbilisi as Georgia voted on Sunday."), "Georgia")
    assert georgias and all(g.country == "GEO" for g in georgias)


def test_a_dateline_is_a_place_even_when_taken_for_a_person(parse):
    text = "ALEXANDRIA, Va. (Wire) — Teachers walked out on Tuesday."
    article = parse(text, (lone_person(text, "ALEXANDRIA"),))
    [city] = named(article, "ALEXANDRIA")
    assert (city.country, city.feature) == ("USA", "city") and 38 < city.lat < 39.5
    assert places.dateline_place(article) == city
    assert places.dateline_place(parse("Teachers walked out in Alexandria on Tuesday.")) is None


def test_a_county_in_a_story_about_a_town_is_that_towns_county(parse):
    text = "Officials in Parsippany said Morris County roads were closed."
    [county] = named(parse(text), "Morris County")
    assert (county.country, county.feature) == ("USA", "admin") and 40 < county.lat < 41.5


def test_divisions_of_every_country(parse):
    import importlib.util

    if importlib.util.find_spec("reverse_geocoder") is None:
        import pytest
        pytest.skip("reverse_geocoder (a declared dependency) is not installed")
    article = parse("Aid reached Borno State on Monday, and later Chelyabinsk Oblast and Kerala.")
    by_text = {p.span.text(article.text): p for p in article.places}
    assert (by_text["Borno State"].country, by_text["Borno State"].feature) == ("NGA", "admin")
    assert (by_text["Chelyabinsk Oblast"].country, by_text["Chelyabinsk Oblast"].feature) == ("RUS", "admin")
    assert by_text["Kerala"].country == "IND"


def test_a_name_after_at_that_hangs_from_a_person_is_an_institution(parse):
    article = parse("Dr. Lena Marsh at Saint Anselm said the clinic received twelve patients.")
    assert not named(article, "Saint Anselm")
    article = parse("The delegates met at Bristol on Monday.")
    assert [p.country for p in named(article, "Bristol")] == ["GBR"]


def test_an_organisation_known_by_its_role_word_is_no_town(parse):
    text = "Democrats in Congress vowed to investigate the minister."
    at = text.index("Congress")
    congress = Actor("a1", "Congress", "organisation", None, "LEG", "---LEG",
                     (Mention(Span(at, at + len("Congress")), "role"),))
    assert not named(parse(text, (congress,)), "Congress")


def test_text_after_and_length_read_the_doc_text_without_joining_it(pipeline):
    # The sweep asks for a few characters after a name, and _doc_span for the paragraph's length, many times
    # per paragraph: both read the tokens near the end instead of Doc.text, and must give the same strings.
    doc = pipeline.nlp("Mayor Ilse Marnow flew to Kettleby,  Wendria, on Tuesday. She left again.  ")
    assert places._text_length(doc) == len(doc.text)
    assert places._text_length(pipeline.nlp("")) == 0
    for start in range(len(doc)):
        for end in range(start, min(len(doc), start + 4) + 1):
            span = doc[start:end]
            for size in (1, 5, 48):
                assert places._text_after(span, size) == doc.text[span.end_char:span.end_char + size]



@pytest.mark.parametrize("name, kept", [
    ("Seoul Central District Court", "Central District Court"),   # a large city leads the name
    ("Abu Dhabi Media", "Media"),                                  # a two-word city
    ("Kenya Wildlife Service", "Wildlife Service"),                # a country
    ("Fox News", "Fox News"),                                      # "Fox" is no well-known place
    ("Nairobi", "Nairobi"),                                        # a one-word name is left whole
])
def test_an_organisations_name_blocks_places_only_after_a_well_known_place_leading_it(pipeline, name, kept):
    """The actors stage makes "Seoul Central District Court" one organisation; "Seoul" in it still says where
    the court is, so only the rest of the name keeps places out."""
    text = f"Officials at {name} spoke on Monday."
    article = pipeline.parse([make_article("t", text, "2024-05-02")])[0]
    start = text.index(name)
    span = places._past_leading_place(article, Span(start, start + len(name)), pipeline.knowledge.gazetteer)
    assert span.text(text) == kept


# w12actors: a county or well-known city whose name GeoNames gives only to towns abroad (or only as an
# alternate name) resolves to the county or city the news means; a qualifier still picks the namesake.
@pytest.mark.parametrize("name, country", [
    ("Norfolk", "GBR"), ("Suffolk", "GBR"), ("Fife", "GBR"), ("County Kerry", "IRL"),
    ("Medina", "SAU"), ("Mecca", "SAU"),
])
def test_w12_counties_and_exonyms_resolve_at_home(pipeline, name, country) -> None:
    place = pipeline.knowledge.gazetteer.resolve(name)
    assert place is not None and place.country == country, (name, place)


def test_a_local_feature_in_a_named_place_is_there_not_at_a_namesake(parse):
    # "Blenheim" alone is a town in New Zealand; the palace is said to be in Oxfordshire
    article = parse("The painting was stolen from Blenheim Palace in Oxfordshire, England. It had been shown to "
                    "visitors at Blenheim.")
    [palace] = named(article, "Blenheim Palace")
    assert palace.country == "GBR" and palace.feature == "facility"
