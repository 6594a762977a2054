"""The GDELT 2.0 event table: 61 columns, one row per event deduplicated across articles."""
from __future__ import annotations

import dataclasses
import io
from typing import Iterator

import pytest

from eventwire.formats.gdelt import COLUMNS, LEAD_CHARS, gdelt_rows, write_gdelt
from eventwire.knowledge import Knowledge
from eventwire.records import Actor, Mention, Place
from eventwire.store import Store, open_store
from tests.test_store import build, reported, span


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    return Knowledge()


@pytest.fixture()
def store() -> Iterator[Store]:
    with open_store(":memory:") as opened:
        opened.ingest([
            reported("wire-a", "Agency A", "https://a.example/1"),
            reported("wire-b", "Agency B", None),
            reported("wire-d", "Agency A", None, published="2022-05-10", first="9 May 2022", day="2022-05-09"),
        ])
        yield opened


def rows(store: Store, knowledge: Knowledge, **options: bool) -> list[dict[str, str]]:
    return [dict(zip(COLUMNS, row)) for row in gdelt_rows(store.event_mentions(), knowledge, **options)]


def test_one_row_per_event_with_its_report_counts(store: Store, knowledge: Knowledge) -> None:
    table = rows(store, knowledge)
    assert all(len(row) == 61 for row in table)
    # The meetings of 2021 and 2022 (e1) and the threat (e3), which all three date "April 2021" (a month:
    # its Day is the first day of the month, as in the PLOVER export and the CLI table, which also say it
    # is month-precise); the hypothetical aid (e2) is left out.
    assert [(r["Day"], r["EventCode"], r["NumMentions"], r["NumSources"], r["NumArticles"]) for r in table] == [
        ("20210304", "042", "2", "2", "2"), ("20210401", "138", "3", "2", "3"), ("20220509", "042", "1", "1", "1")]
    meeting = table[0]
    assert (meeting["MonthYear"], meeting["Year"], meeting["FractionDate"]) == ("202103", "2021", "2021.2575")
    assert (meeting["EventBaseCode"], meeting["EventRootCode"], meeting["QuadClass"], meeting["GoldsteinScale"]) == (
        "042", "04", "1", "1.9")
    assert meeting["AvgTone"] == "" and meeting["SOURCEURL"] == "https://a.example/1"
    assert len(meeting["DATEADDED"]) == 14 and meeting["DATEADDED"].isdigit()
    assert all(0 < int(row["GlobalEventID"]) < 2 ** 53 for row in table)


def test_actor_columns(store: Store, knowledge: Knowledge) -> None:
    meeting, threat = rows(store, knowledge)[:2]
    assert [meeting[f"Actor1{c}"] for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "Type1Code")] == [
        "RURGOV", "ANNA VARGA", "RUR", "", "GOV"]
    assert [meeting[f"Actor2{c}"] for c in ("Code", "Name", "CountryCode", "Type1Code")] == [
        "FREGOV", "OLAF BRANDT", "FRE", "GOV"]
    assert (threat["Actor1Code"], threat["Actor1Type1Code"], threat["Actor2Code"], threat["Actor2Type1Code"]) == (
        "RURMIL", "MIL", "FRE", "")


def test_action_geo_from_the_event_place_with_a_fips_country(knowledge: Knowledge) -> None:
    article = build()
    moved = dataclasses.replace(article.places[0], name="Lakeport", country="DEU", lat=52.5, lon=13.4)
    with open_store(":memory:") as store:
        store.ingest([dataclasses.replace(article, places=(moved,))])
        meeting = rows(store, knowledge)[0]
    assert [meeting[f"ActionGeo_{c}"] for c in ("Type", "FullName", "CountryCode", "ADM1Code", "Lat", "Long",
                                                  "FeatureID")] == [
        "4", "Lakeport, Germany", "GM", "", "52.5", "13.4", "123456"]
    assert meeting["Actor1Geo_Type"] == "" and meeting["Actor2Geo_FullName"] == ""


def test_a_country_place_is_geo_type_1(knowledge: Knowledge) -> None:
    article = build()
    country = Place("p1", span(article.text, "Lakeport"), "United Kingdom", "GBR", 54.0, -2.0, 2635167, "country")
    with open_store(":memory:") as store:
        store.ingest([dataclasses.replace(article, places=(country,))])
        meeting = rows(store, knowledge)[0]
    assert [meeting[f"ActionGeo_{c}"] for c in ("Type", "FullName", "CountryCode", "ADM1Code")] == [
        "1", "United Kingdom", "UK", "UK"]


def test_organisations_split_into_type_and_known_group(knowledge: Knowledge) -> None:
    article = build()
    un = Actor("a5", "United Nations", "organisation", None, "IGO", "IGOUNO",
               (Mention(span(article.text, "Freedonia"), "name"),))
    event = dataclasses.replace(article.events[0], recipients=("a5",), target="IGOUNO")
    with open_store(":memory:") as store:
        store.ingest([dataclasses.replace(article, actors=article.actors[:3] + (un,), events=(event,))])
        meeting = rows(store, knowledge)[0]
    assert [meeting[f"Actor2{c}"] for c in ("Code", "CountryCode", "KnownGroupCode", "Type1Code")] == [
        "IGOUNO", "", "UNO", "IGO"]


def test_negated_and_hypothetical_events_only_when_asked(store: Store, knowledge: Knowledge) -> None:
    assert "07" not in {r["EventCode"] for r in rows(store, knowledge)}
    assert "07" in {r["EventCode"] for r in rows(store, knowledge, include_all=True)}


def test_root_events_are_in_the_lead(knowledge: Knowledge) -> None:
    article = build(extra="\n" + "Filler sentence about the weather. " * 30)
    late = dataclasses.replace(article.events[0], id="e9", sentence=dataclasses.replace(
        article.events[0].sentence, start=len(article.text) - 20, end=len(article.text) - 1), cameo="043")
    with open_store(":memory:") as store:
        store.ingest([dataclasses.replace(article, events=(article.events[0], late))])
        by_code = {r["EventCode"]: r["IsRootEvent"] for r in rows(store, knowledge)}
    assert by_code == {"042": "1", "043": "0"}
    assert len(article.text) > LEAD_CHARS


def test_the_file_is_tab_separated_without_header_and_stable(store: Store, knowledge: Knowledge) -> None:
    first, second = io.StringIO(), io.StringIO()
    assert write_gdelt(store.event_mentions(), first, knowledge) == 3
    write_gdelt(store.event_mentions(), second, knowledge)
    assert first.getvalue() == second.getvalue()
    lines = first.getvalue().splitlines()
    assert len(lines) == 3 and all(line.count("\t") == 60 for line in lines)
    with_header = io.StringIO()
    write_gdelt(store.event_mentions(), with_header, knowledge, header=True)
    assert with_header.getvalue().splitlines()[0].split("\t") == list(COLUMNS)


def test_tabs_and_line_breaks_never_reach_a_cell(knowledge: Knowledge) -> None:
    article = build()
    tabbed = dataclasses.replace(article.actors[0], name="Anna\tVarga\n")
    with open_store(":memory:") as store:
        store.ingest([dataclasses.replace(article, actors=(tabbed,) + article.actors[1:],
                                          meta={"url": "https://x.example/a\tb"})])
        out = io.StringIO()
        write_gdelt(store.event_mentions(), out, knowledge)
    assert all(line.count("\t") == 60 for line in out.getvalue().splitlines())
    assert "ANNA VARGA" in out.getvalue()


def test_the_mentions_table_has_one_row_per_report_with_offsets(store: Store) -> None:
    from eventwire.formats.exports import export
    from eventwire.formats.gdelt import MENTION_COLUMNS, event_number

    out = io.StringIO()
    report = export(store, "gdelt-mentions", out, header=True)
    lines = [dict(zip(MENTION_COLUMNS, line.split("\t"))) for line in out.getvalue().splitlines()[1:]]
    # Two reports of the 2021 meeting, three of the threat, one of the 2022 meeting; the hypothetical aid is out.
    assert report.rows == (("mentions", 6),) and len(lines) == 6
    meeting = [m for m in store.event_mentions() if m.event_id == "e1" and m.article_id == "wire-a"][0]
    row = next(r for r in lines if r["MentionIdentifier"] == "https://a.example/1"
               and r["GlobalEventID"] == str(event_number(meeting.group_id)))
    text = build("x").text
    assert row["Actor1CharOffset"] == str(text.index("The Ruritanian president"))  # first naming in the sentence
    assert row["Actor2CharOffset"] == str(text.index("Olaf Brandt"))
    assert row["ActionCharOffset"] == str(meeting.trigger[0]) and row["Confidence"] == "100"
    assert row["MentionDocLen"] == str(len(text)) and row["MentionType"] == "1"
