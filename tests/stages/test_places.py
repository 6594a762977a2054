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
    article = parse("The Russian probe crashed into the moon, and Mars is next, Chinese engineers said.")
    texts = {p.span.text(article.text) for p in article.places}
    assert not texts & {"moon", "Mars", "Russian", "Chinese"}


def test_a_street_sits_in_the_city_named_before_it(parse):
    article = parse("Protesters gathered in Chicago on Saturday and marched down Halsted Street at noon.")
    chicago = named(article, "Chicago")[0]
    street = [p for p in article.places if "Halsted" in p.span.text(article.text)]
    if street:  # spaCy may not tag the street; when it does, it must not land far away
        assert abs(street[0].lat - chicago.lat) < 0.5 and street[0].geonameid is None


def test_unknown_names_are_left_out(parse):
    article = parse("The caravan crossed Zzyzxqua Valley before reaching Cairo.")
    assert all(p.lat is not None for p in article.places)
    assert named(article, "Cairo")[0].country == "EGY"
