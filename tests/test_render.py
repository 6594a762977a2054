"""`eventwire show`: every record marked on the text, in the terminal and as one self-contained HTML page."""
from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from rich.console import Console

from eventwire import Pipeline
from eventwire.corrections import correct
from eventwire.errors import StoreError
from eventwire.render import annotated_html, article_view, html_page, pieces, records_json, terminal
from eventwire.store import open_store
from tests.workbench import HOSTILE, make_store


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> Path:
    return make_store(tmp_path_factory.mktemp("render") / "w.duckdb", pipeline)


def test_the_view_marks_actors_events_quotes_times_and_places(db: Path) -> None:
    with open_store(db, read_only=True) as store:
        view = article_view(store, "hostile-1")
    kinds = {m.kind for m in view.marks}
    assert {"actor", "event", "time", "place", "cue", "quote"} <= kinds
    attacked = next(m for m in view.marks if m.kind == "event" and view.text[m.start:m.end] == "attacked")
    record = view.records[attacked.ref]
    assert record["pattern"] and record["cameo"] and record["sentence"].startswith("Russian troops attacked")
    assert "ASSAULT" in attacked.label and "RUSMIL" in attacked.label
    # The pieces cover the text exactly once, in order.
    assert "".join(view.text[p.start:p.end] for p in pieces(view)) == view.text == HOSTILE


def test_an_unknown_article_is_an_error(db: Path) -> None:
    with open_store(db, read_only=True) as store, pytest.raises(StoreError, match="no article"):
        article_view(store, "nope")


def test_terminal_shows_codes_after_marks(db: Path) -> None:
    with open_store(db, read_only=True) as store:
        view = article_view(store, "hostile-1")
    console = Console(record=True, width=120, color_system="truecolor")
    console.print(terminal(view))
    plain = console.export_text(clear=False)
    assert "attacked [ASSAULT" in plain and "Russian troops [RUSMIL]" in plain
    assert "attack [" in plain  # the pattern column of the events table
    assert "\x1b[" in console.export_text(styles=True)  # coloured


def test_html_escapes_every_text_and_allows_only_its_own_script(db: Path) -> None:
    with open_store(db, read_only=True) as store:
        view = article_view(store, "hostile-1")
    body = str(annotated_html(view))
    assert "<script>" not in body and "<img" not in body
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in body
    data = str(records_json(view))
    assert "<" not in data and ">" not in data
    page = html_page(view)
    assert page.count("<script") == 2  # the JSON data block and the page's own script
    assert "<script>window.__pwned" not in page and "<img src=x" not in page
    assert "&lt;script&gt;window.__pwned = 3&lt;/script&gt;Markup in the title" in page
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert policy and "default-src 'none'" in html.unescape(policy[1]) and "script-src 'sha256-" in html.unescape(policy[1])
    assert "http://" not in page.replace("http-equiv", "") and "https://" not in page  # nothing fetched


def test_corrections_show_in_the_view_and_raw_shows_the_machine(db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "c.duckdb"
    copy.write_bytes(db.read_bytes())
    with open_store(copy) as store:
        event = next(r for r in store.events() if r.article_id == "hostile-1" and r.trigger == "attacked")
        correct(store, "hostile-1", event.event_id, cameo="112", user="ana", why="words only")
        view = article_view(store, "hostile-1")
    record = view.records[f"event:{event.event_id}"]
    assert record["event"] == "ACCUSE" and record["machine"].startswith("ASSAULT")
    assert record["corrected"][0]["by"] == "ana" and record["corrected"][0]["why"] == "words only"
    with open_store(copy, read_only=True, raw=True) as raw:
        assert article_view(raw, "hostile-1").records[f"event:{event.event_id}"]["event"] == "ASSAULT"
