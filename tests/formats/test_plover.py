"""PLOVER JSON lines: one record per event report, with its cross-article group."""
from __future__ import annotations

import io
import json
from typing import Iterator

import pytest

from eventwire.formats.plover import plover_record, write_plover
from eventwire.store import Store, open_store
from tests.test_store import reported


@pytest.fixture()
def store() -> Iterator[Store]:
    with open_store(":memory:") as opened:
        opened.ingest([reported("wire-a", "Agency A", "https://a.example/1"), reported("wire-b", "Agency B", None)])
        yield opened


def test_a_record_per_report_in_the_plover_shape(store: Store) -> None:
    records = [plover_record(m) for m in store.event_mentions()]
    assert [r["id"] for r in records] == ["wire-a:e1", "wire-b:e1", "wire-a:e2", "wire-b:e2", "wire-a:e3",
                                          "wire-b:e3"]
    meeting = records[0]
    # The manual's data fields: event, mode and context are lists; the date is always YYYY-MM-DD.
    assert (meeting["date"], meeting["enddate"], meeting["date_precision"], meeting["event"], meeting["mode"],
            meeting["context"]) == ("2021-03-04", "2021-03-04", "day", ["CONSULT"], ["visit"], ["diplomatic"])
    assert meeting["actor"] == [{"code": "RUR", "sector": "GOV", "entity_text": "Anna Varga", "name": "Anna Varga",
                                 "kind": "person", "cameo": "RURGOV", "office": "GOV"}]
    assert [a["name"] for a in meeting["recipient"]] == ["Olaf Brandt"]
    assert (meeting["actor_code"], meeting["recipient_code"], meeting["cameo"]) == ("RURGOV", "FREGOV", "042")
    location = meeting["event_loc"]
    assert (location["extracted_place"], location["resolved_place"], location["country_code"], location["lat"],
            location["lon"], location["geonameid"], location["city"], location["feature_class"],
            location["resolution"]) == ("Lakeport", "Lakeport", "RUR", 45.5, 12.25, 123456, "Lakeport", "P", 4)
    assert "province" in location and "country" in location
    assert (meeting["quad_code"], meeting["event_scale"], meeting["event_text"]) == (1, meeting["goldstein"], ["met"])
    assert meeting["cite_info"]["url"] == "https://a.example/1" and meeting["text_info"]["start"] == 0
    assert meeting["text"].startswith("The Ruritanian president") and meeting["trigger"] == "met"
    start, end = meeting["spans"]["trigger"]
    assert end - start == 3 and meeting["spans"]["sentence"][0] == 0
    assert meeting["story"] == {"id": "wire-a", "title": None, "url": "https://a.example/1", "source": "Agency A",
                                "published": "2021-03-05"}
    assert (meeting["mentions"], meeting["sources"], meeting["articles"]) == (2, 2, 2)
    assert meeting["event_group"] == records[1]["event_group"] != records[2]["event_group"]


def test_undated_events_take_the_publication_date_and_keep_their_modality(store: Store) -> None:
    aid = plover_record(store.event_mentions()[2])
    assert (aid["date"], aid["date_precision"], aid["hypothetical"], aid["negated"], aid["reported_by"],
            aid["event_loc"]) == ("2021-03-05", "day", True, False, "Olaf Brandt", None)
    assert aid["recipient"] == [] and aid["recipient_code"] is None


def test_lines_are_json_with_sorted_keys_and_stable(store: Store) -> None:
    first, second = io.StringIO(), io.StringIO()
    assert write_plover(store.event_mentions(), first) == 6
    write_plover(store.event_mentions(), second)
    assert first.getvalue() == second.getvalue()
    for line in first.getvalue().splitlines():
        record = json.loads(line)
        assert list(record) == sorted(record)


def test_event_loc_names_the_province_of_a_city() -> None:
    from eventwire.formats.plover import admin1_resolver, event_location
    from eventwire.knowledge import Knowledge
    from eventwire.store import PlaceRef

    knowledge = Knowledge()
    city = PlaceRef("p1", "Springfield", "Springfield", "USA", 39.80172, -89.64371, 4250542, "city")
    location = event_location(city, knowledge, admin1_resolver(knowledge))
    assert location is not None
    assert (location["province"], location["admin1_code"], location["country"], location["city"]) == (
        "Illinois", "IL", "United States", "Springfield")
    unknown = PlaceRef("p2", "Lakeport", "Lakeport", "RUR", 45.5, 12.25, 123456, "city")
    assert event_location(unknown, knowledge, admin1_resolver(knowledge))["province"] is None
