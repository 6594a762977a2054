"""The web app through the ASGI test client: the JSON API answers as the CLI does, writes need
--allow-edits, and no request value reaches markup, SQL text or the file system."""
from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from pathlib import Path
from typing import Iterator

import pyarrow.parquet as pq
import pytest
from starlette.testclient import TestClient

from eventwire import Pipeline, cli
from eventwire.store import open_store
from eventwire.web import create_app
from tests.workbench import make_store


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> Path:
    return make_store(tmp_path_factory.mktemp("web") / "w.duckdb", pipeline)


@pytest.fixture()
def client(db: Path) -> Iterator[TestClient]:
    with open_store(db, read_only=True) as store:
        yield TestClient(create_app(store))


@pytest.fixture()
def editor(db: Path, tmp_path: Path) -> Iterator[TestClient]:
    copy = tmp_path / "edit.duckdb"
    copy.write_bytes(db.read_bytes())
    with open_store(copy) as store:
        yield TestClient(create_app(store, allow_edits=True))


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    try:
        cli.main(list(args))
    except SystemExit as exit:
        assert exit.code in (0, None)
    out, err = capsys.readouterr()
    assert "error" not in err
    return out


@pytest.mark.parametrize("query", [
    {}, {"actor": "RUS"}, {"actor": "Biden"}, {"recipient": "UKR", "type": "ASSAULT"}, {"type": "11"},
    {"since": "2024-03", "until": "2024-04-10"}, {"near": "Kharkiv", "km": "100"}, {"actor": "RUS", "limit": "2"},
])
def test_api_events_are_the_cli_json_rows_in_the_same_order(client: TestClient, db: Path,
                                                            capsys: pytest.CaptureFixture[str],
                                                            query: dict[str, str]) -> None:
    response = client.get("/api/events", params=query)
    assert response.status_code == 200
    args = [x for key, value in query.items() for x in (f"--{key}", value)]
    expected = json.loads(run_cli(capsys, "events", "--db", str(db), "--format", "json", *args))
    assert response.json() == expected
    assert expected or query.get("near")  # the filters find something, so the comparison means something


@pytest.mark.parametrize("query", [{}, {"speaker": "Biden"}, {"text": "accept"}, {"limit": "1"}])
def test_api_quotes_are_the_cli_json_rows(client: TestClient, db: Path, capsys: pytest.CaptureFixture[str],
                                          query: dict[str, str]) -> None:
    args = [x for key, value in query.items() for x in (f"--{key}", value)]
    expected = json.loads(run_cli(capsys, "quotes", "--db", str(db), "--format", "json", *args))
    assert client.get("/api/quotes", params=query).json() == expected
    assert expected


def test_writes_are_refused_without_allow_edits(client: TestClient) -> None:
    response = client.post("/api/corrections", json={"event": "hostile-1/e1", "wrong": True})
    assert response.status_code == 403
    for path in ("/events", "/api/events", "/articles/hostile-1", "/anything"):
        assert client.post(path, json={}).status_code == 403
        assert client.delete(path).status_code == 403
    assert client.get("/api/corrections", params={"article_id": "hostile-1", "event_id": "e1"}).json() == []


def test_a_correction_through_the_api_is_applied_and_kept(editor: TestClient) -> None:
    before = {(r["article_id"], r["event_id"]): r for r in editor.get("/api/events").json()}
    target = next(k for k, r in before.items() if r["trigger"] == "bombed")
    response = editor.post("/api/corrections", json={"article_id": target[0], "event_id": target[1],
                                                     "cameo": "112", "why": "words", "user": "tess"})
    assert response.status_code == 201, response.text
    assert response.json()["made_by"] == "tess"
    after = {(r["article_id"], r["event_id"]): r for r in editor.get("/api/events").json()}
    assert (after[target]["event"], after[target]["cameo"]) == ("ACCUSE", "112")
    history = editor.get("/api/corrections", params={"article_id": target[0], "event_id": target[1]}).json()
    assert [h["why"] for h in history] == ["words"]
    wrong = editor.post("/api/corrections", json={"event": f"{target[0]}/{target[1]}", "wrong": True})
    assert wrong.status_code == 201
    assert target not in {(r["article_id"], r["event_id"]) for r in editor.get("/api/events").json()}


def test_bad_or_foreign_writes_are_refused(editor: TestClient) -> None:
    assert editor.post("/api/corrections", json={"event": "hostile-1/e1", "cameo": "999"}).status_code == 400
    assert editor.post("/api/corrections", json={"event": "hostile-1/e1"}).status_code == 400
    assert editor.post("/api/corrections", json=["x"]).status_code == 400
    assert editor.post("/api/corrections", data={"event": "hostile-1/e1", "wrong": "true"}).status_code == 415
    foreign = editor.post("/api/corrections", json={"event": "hostile-1/e1", "wrong": True},
                          headers={"Origin": "http://evil.example"})
    assert foreign.status_code == 403


def test_pages_escape_article_text_and_send_a_strict_policy(client: TestClient) -> None:
    page = client.get("/articles/hostile-1")
    assert page.status_code == 200
    assert "script-src 'self'" in page.headers["content-security-policy"]
    body = page.text
    assert "<script>window.__pwned" not in body and "<img src=x" not in body
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in body
    assert 'href="javascript:' not in body
    events = client.get("/events").text
    assert "<script>window.__pwned" not in events and "&lt;script&gt;" in events


def test_request_values_never_reach_sql_text_or_files(client: TestClient) -> None:
    assert client.get("/api/events", params={"actor": "x' OR '1'='1"}).json() == []
    assert client.get("/events", params={"sort": "goldstein; DROP TABLE events"}).status_code == 400
    assert client.get("/events", params={"km": "far"}).status_code == 400
    assert client.get("/static/../store.py").status_code == 404
    assert client.get("/static/%2e%2e%2fstore.py").status_code == 404
    assert client.get("/static/style.css").status_code == 200
    assert client.get("/articles/../../etc/passwd").status_code == 404
    assert len(client.get("/api/events").json()) > 0  # still all there


def test_the_event_browser_filters_sorts_and_pages(client: TestClient) -> None:
    everything = client.get("/api/events").json()
    page = client.get("/events", params={"type": "ASSAULT", "sort": "goldstein", "order": "desc"}).text
    assert f'<span id="total">{sum(1 for r in everything if r["event"] == "ASSAULT")}</span>' in page
    assert "/articles/hostile-1#e1" in page
    assert "Goldstein ▼" in page


def test_exports_hold_only_the_filtered_events(client: TestClient) -> None:
    wanted = client.get("/api/events", params={"actor": "RUS"}).json()
    rows = list(csv.DictReader(io.StringIO(client.get("/events/export", params={"format": "csv", "actor": "RUS"}).text)))
    assert [(r["article_id"], r["event_id"]) for r in rows] == [(r["article_id"], r["event_id"]) for r in wanted]
    plover = client.get("/events/export", params={"format": "plover", "actor": "RUS"}).text.splitlines()
    assert sorted(json.loads(line)["id"] for line in plover) == sorted(f"{r['article_id']}:{r['event_id']}" for r in wanted)
    gdelt = client.get("/events/export", params={"format": "gdelt", "actor": "RUS"})
    assert gdelt.status_code == 200 and 0 < len(gdelt.text.splitlines()) <= len(wanted)
    archive = zipfile.ZipFile(io.BytesIO(client.get("/events/export", params={"format": "parquet", "actor": "RUS"}).content))
    with archive.open("tables/events.parquet") as handle:
        assert pq.read_table(handle).num_rows == len(wanted)
    assert client.get("/events/export", params={"format": "xls"}).status_code == 400


def test_the_dyad_chart_links_each_bar_to_its_events(client: TestClient) -> None:
    page = client.get("/dyad", params={"actor": "RUS", "recipient": "UKR"}).text
    bars = [line for line in page.split("<a ") if 'class="bar"' in line]
    assert bars
    for bar in bars:
        link = re.search(r'href="([^"]+)"', bar)[1].replace("&amp;", "&")
        count = int(re.search(r": (\d+) ", bar)[1])
        assert f'<span id="total">{count}</span>' in client.get(link).text


def test_network_quotes_and_map_pages(client: TestClient) -> None:
    network = client.get("/network").text
    assert 'class="edge"' in network and "/events?source=" in network
    edge = re.search(r'<a href="([^"]+)" class="edge"[^>]*><path[^>]*><title>[^<]*: (\d+) events', network)
    assert f'<span id="total">{edge[2]}</span>' in client.get(edge[1].replace("&amp;", "&")).text
    quotes = client.get("/quotes", params={"speaker": "Biden"}).text
    assert "We will not accept this" in quotes
    assert "/articles/hostile-1" in quotes
    world = client.get("/map").text
    assert world.count("<path") > 150 and 'class="place"' in world
    assert client.get("/static/countries.geojson").json()["type"] == "FeatureCollection"


def test_serve_warns_when_not_bound_to_localhost(db: Path, capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    calls: list[tuple[str, int]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, host, port, **kw: calls.append((host, port)))
    cli.main(["serve", "--db", str(db), "--host", "0.0.0.0", "--port", "8123"])
    _, err = capsys.readouterr()
    assert "warning: listening on 0.0.0.0" in err and calls == [("0.0.0.0", 8123)]
    cli.main(["serve", "--db", str(db)])
    _, err = capsys.readouterr()
    assert "warning" not in err and calls[-1] == ("127.0.0.1", 8000)
