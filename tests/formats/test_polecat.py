"""POLECAT's public column layout, filled where eventwire has the data."""
from __future__ import annotations

import io

from eventwire.formats.polecat import COLUMNS, polecat_rows, write_polecat
from eventwire.knowledge import Knowledge
from eventwire.store import open_store
from tests.test_dyads import iran_article
from tests.test_store import build


def test_the_layout_and_its_cells() -> None:
    assert len(COLUMNS) == 40 and COLUMNS[:5] == ("Event ID", "Event Date", "Event Type", "Event Mode",
                                                  "Event Intensity")
    with open_store(":memory:") as store:
        store.ingest([iran_article(), build("art-1")])
        mentions = store.event_mentions()
        rows = [dict(zip(COLUMNS, row)) for row in polecat_rows(mentions, Knowledge())]
        out = io.StringIO()
        assert write_polecat(mentions, out, Knowledge()) == len(rows)
    assert out.getvalue().splitlines()[0].split("\t") == list(COLUMNS)
    assert all(len(row) == 40 for row in rows)
    shelling = next(r for r in rows if r["Event ID"] == "ir-1:e1")
    assert (shelling["Event Date"], shelling["Event Type"], shelling["Quad Code"], shelling["Actor Name"],
            shelling["Actor Country"], shelling["Primary Actor Sector"], shelling["Recipient Country"]) == (
        "2020-01-03", "ASSAULT", "4", "Iranian troops", "IRN", "MIL", "USA")
    assert shelling["Event Intensity"] == "" and shelling["Version"].startswith("eventwire")
    assert shelling["Story People"] == "Dara Velani" and "United States" in shelling["Story Organizations"]
    meeting = next(r for r in rows if r["Event ID"] == "art-1:e1")
    assert (meeting["Placename"], meeting["City"], meeting["Latitude"], meeting["Contexts"]) == (
        "Lakeport", "Lakeport", "45.5", "diplomatic")
