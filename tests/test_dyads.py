"""Dyads at actor, country and sector level; --actor by a country's name; summary without countryless dyads."""
from __future__ import annotations

import dataclasses
from typing import Iterator

import pytest

from eventwire.dyads import country_code
from eventwire.errors import StoreError
from eventwire.pipeline import make_article
from eventwire.records import Actor, Event, Mention
from eventwire.store import Store, open_store
from tests.test_store import span

TEXT = ("Iranian troops shelled a border post of the United States. Minister Dara Velani accused the "
        "United States of lying. Washington threatened Dara Velani. The cabinet praised the police.")


def iran_article(article_id: str = "ir-1", published: str = "2020-01-10", dates: tuple[str | None, ...] = (
        "2020-01-03", "2020-01", "2020")) -> object:
    """Invented names; real country codes (IRN, USA), coded as the pipeline would code them."""
    article = make_article(article_id, TEXT, published, {"url": f"https://edition.news-x.example/{article_id}"})
    t = article.text
    actors = (
        Actor("a1", "Iranian troops", "group", "IRN", "MIL", "IRNMIL", (Mention(span(t, "Iranian troops"), "group"),)),
        Actor("a2", "United States", "country", "USA", None, "USA",
              (Mention(span(t, "United States"), "country"), Mention(span(t, "United States", 1), "country"),
               Mention(span(t, "Washington"), "capital"))),
        Actor("a3", "Dara Velani", "person", "IRN", "GOV", "IRNGOV",
              (Mention(span(t, "Dara Velani"), "name"), Mention(span(t, "Dara Velani", 1), "name"))),
        Actor("a4", "cabinet", "organisation", None, "GOV", "---GOV", (Mention(span(t, "cabinet"), "role"),)),
        Actor("a5", "police", "group", None, "COP", "---COP", (Mention(span(t, "police"), "role"),)),
    )
    sent = lambda part: span(t, part)  # noqa: E731 - the events' evidence: one word stands for its sentence
    events = (
        Event("e1", "ASSAULT", None, (), "195", -10.0, 4, ("a1",), ("a2",), "IRNMIL", "USA", dates[0], None,
              sent("shelled"), sent("shelled")),
        Event("e2", "ACCUSE", None, (), "112", -2.0, 3, ("a3",), ("a2",), "IRNGOV", "USA", dates[1], None,
              sent("accused"), sent("accused")),
        Event("e3", "THREATEN", None, (), "130", -4.4, 3, ("a2",), ("a3",), "USA", "IRNGOV", dates[2], None,
              sent("threatened"), sent("threatened")),
        Event("e4", "SUPPORT", None, (), "051", 3.4, 1, ("a4",), ("a5",), "---GOV", "---COP", None, None,
              sent("praised"), sent("praised")),
    )
    return dataclasses.replace(article, actors=actors, events=events)


@pytest.fixture()
def store() -> Iterator[Store]:
    with open_store(":memory:") as opened:
        opened.ingest([iran_article()])
        yield opened


def test_country_level_rolls_government_military_and_people_up_to_the_country(store: Store) -> None:
    rows = store.dyads(level="country")
    assert [(r.source, r.target, r.events) for r in rows] == [("IRN", "USA", 2), ("USA", "IRN", 1)]
    first = rows[0]
    assert (first.verbal_conflict, first.material_conflict, first.goldstein) == (0.5, 0.5, -6.0)
    assert first.verbal_cooperation == first.material_cooperation == 0.0


def test_actor_and_sector_levels_and_both_directions(store: Store) -> None:
    assert [(r.source, r.target) for r in store.dyads(level="actor")] == [
        ("---GOV", "---COP"), ("IRNGOV", "USA"), ("IRNMIL", "USA"), ("USA", "IRNGOV")]
    assert {(r.source, r.target) for r in store.dyads(level="sector")} == {("GOV", "COP")}  # USA has no sector
    both = store.dyads(level="country", both_directions=True)
    assert [(r.source, r.target, r.events) for r in both] == [("IRN", "USA", 3)]
    with pytest.raises(StoreError, match="no dyad level"):
        store.dyads(level="planet")


def test_dyads_by_month_file_a_year_only_event_in_its_own_row(store: Store) -> None:
    rows = store.dyads(level="country", by="month")
    assert [(r.period, r.source, r.target, r.events) for r in rows] == [
        ("2020", "USA", "IRN", 1), ("2020-01", "IRN", "USA", 2)]


def test_a_country_name_finds_its_government_military_and_people(store: Store) -> None:
    assert country_code("Iran") == "IRN" and country_code("Iranian") == "IRN"
    assert country_code("IRN") is None and country_code("Dara Velani") is None
    by_name = store.events(actor="Iran", recipient="United States")
    by_code = store.events(actor="IRN", recipient="USA")
    assert sorted(r.event_id for r in by_name) == sorted(r.event_id for r in by_code) == ["e1", "e2"]


def test_summary_leaves_out_dyads_without_a_country_unless_asked(store: Store) -> None:
    assert ("---GOV", "---COP", 1) not in store.summary().top_dyads
    assert ("---GOV", "---COP", 1) in store.summary(all_dyads=True).top_dyads
    assert ("IRNGOV", "USA", 1) in store.summary().top_dyads


def test_an_unknown_event_type_names_the_valid_ones(store: Store) -> None:
    with pytest.raises(StoreError, match="no event type 'PARTY'.*ACCUSE.*CAMEO code prefix"):
        store.events(type="PARTY")
    assert [r.event_id for r in store.events(type="assault")] == ["e1"]
