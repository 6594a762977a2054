"""End to end in a real browser: Debian's Chromium driven by Playwright (no browser download).

Locally these tests skip, saying why, when there is no Chromium; under CI=true they fail instead (.ci/run
installs it). Screenshots are saved as test artefacts in a pytest temporary folder (printed), or in
EVENTWIRE_SCREENSHOTS when set (the README's pictures: EVENTWIRE_SCREENSHOTS=docs/screenshots).
"""
from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path
from typing import Any, Iterator

import pytest

from eventwire import Pipeline
from eventwire.render import article_view, html_page
from eventwire.store import open_store
from eventwire.web import create_app
from tests.workbench import make_store

CHROMIUM = Path(os.environ.get("EVENTWIRE_CHROMIUM", "/usr/bin/chromium"))
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"browser tests cannot run under CI: {reason}")
    pytest.skip(f"browser tests skipped: {reason} (apt-get install chromium; pip install playwright)")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed")
    if not CHROMIUM.exists():
        _unavailable(f"no Chromium at {CHROMIUM}")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> Path:
    return make_store(tmp_path_factory.mktemp("e2e") / "w.duckdb", pipeline)


@pytest.fixture(scope="module")
def artefacts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = Path(os.environ["EVENTWIRE_SCREENSHOTS"]) if os.environ.get("EVENTWIRE_SCREENSHOTS") \
        else tmp_path_factory.mktemp("artefacts")
    folder.mkdir(parents=True, exist_ok=True)
    print(f"screenshots in {folder}")
    return folder


class Server:
    """The app on a free localhost port, served by uvicorn in a thread."""

    def __init__(self, store: Any, allow_edits: bool) -> None:
        import uvicorn

        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.server = uvicorn.Server(uvicorn.Config(create_app(store, allow_edits=allow_edits), host="127.0.0.1",
                                                    port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> "Server":
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"


@pytest.fixture(scope="module")
def server(db: Path, browser: Any) -> Iterator[Server]:
    with open_store(db, read_only=True) as store, Server(store, allow_edits=False) as running:
        yield running


def _page(browser: Any) -> tuple[Any, list[str]]:
    page = browser.new_page(viewport={"width": 1280, "height": 820})
    seen: list[str] = []
    page.on("dialog", lambda dialog: (seen.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    page.on("pageerror", lambda error: seen.append(f"error: {error}"))
    # Only the app's own origin may be asked for anything: the pages must work offline.
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(("http://127.0.0.1", "file:", "data:"))
               else (seen.append(f"request: {route.request.url}"), route.abort()))
    return page, seen


def test_article_view_runs_no_markup_from_the_text_and_explains_a_record(browser: Any, server: Server,
                                                                         artefacts: Path) -> None:
    page, seen = _page(browser)
    page.goto(server.url("/articles/hostile-1"))
    assert page.evaluate("window.__pwned") is None
    assert page.locator("img").count() == 0
    assert "<script>window.__pwned = 1</script>" in page.inner_text("#text")
    assert "<script>window.__pwned = 3</script>" in page.inner_text("h1")
    page.locator("sup.label.k-event").first.click()
    details = page.inner_text("#details")
    assert "pattern" in details and "attack [" in details and "sentence" in details
    assert page.locator("#details form").count() == 0  # read-only: no correction form
    page.screenshot(path=str(artefacts / "article.png"))
    assert seen == [] and page.evaluate("window.__pwned") is None
    page.close()


def test_the_show_html_page_runs_only_its_own_script(browser: Any, db: Path, tmp_path: Path) -> None:
    with open_store(db, read_only=True) as store:
        file = tmp_path / "hostile.html"
        file.write_text(html_page(article_view(store, "hostile-1")), encoding="utf-8")
    page, seen = _page(browser)
    page.goto(file.as_uri())
    page.locator("sup.label.k-actor").first.click()  # its own script works: the record shows
    assert "RUSMIL" in page.inner_text("#details")
    assert page.evaluate("window.__pwned") is None and seen == []
    page.close()


def test_filtering_and_sorting_the_event_browser(browser: Any, server: Server, artefacts: Path) -> None:
    page, seen = _page(browser)
    page.goto(server.url("/events"))
    everything = int(page.inner_text("#total"))
    page.fill("input[name=actor]", "RUS")
    page.fill("input[name=type]", "ASSAULT")
    page.click("form.filters button")
    page.wait_for_url("**/events?*actor=RUS*")
    filtered = int(page.inner_text("#total"))
    assert 0 < filtered < everything
    assert all(cell == "ASSAULT" for cell in page.locator("table.events tbody td:nth-child(2)").all_inner_texts())
    page.click("th a:has-text('Goldstein')")
    page.wait_for_url("**sort=goldstein*")
    assert int(page.inner_text("#total")) == filtered
    page.screenshot(path=str(artefacts / "events.png"))
    page.locator("a.article-link").first.click()
    page.wait_for_url("**/articles/**")
    assert page.locator("#details h2").inner_text().startswith("event")  # the row's event is shown
    assert seen == []
    page.close()


def test_a_dyad_bar_opens_its_events(browser: Any, server: Server, artefacts: Path) -> None:
    page, seen = _page(browser)
    page.goto(server.url("/dyad?actor=RUS&recipient=UKR"))
    bars = page.locator("#dyad-chart a.bar")
    assert bars.count() > 0
    page.screenshot(path=str(artefacts / "dyad.png"))
    month = bars.first.get_attribute("data-month")
    bars.first.locator("rect").click()
    page.wait_for_url(f"**month={month}*")
    assert int(page.inner_text("#total")) > 0
    assert seen == []
    page.close()


def test_the_other_views_draw(browser: Any, server: Server, artefacts: Path) -> None:
    page, seen = _page(browser)
    for name, path, mark in (("network", "/network", "a.edge"), ("quotes", "/quotes?speaker=Biden", "table.quotes td"),
                             ("map", "/map", "a.place")):
        page.goto(server.url(path))
        assert page.locator(mark).count() > 0, name
        page.screenshot(path=str(artefacts / f"{name}.png"))
    page.locator("a.place circle").first.click(force=True)
    page.wait_for_url("**/events?*near=*")
    assert int(page.inner_text("#total")) > 0
    assert seen == []
    page.close()


def test_a_correction_made_in_the_browser_is_applied(browser: Any, db: Path, tmp_path: Path, artefacts: Path) -> None:
    copy = tmp_path / "edit.duckdb"
    copy.write_bytes(db.read_bytes())
    with open_store(copy) as store, Server(store, allow_edits=True) as running:
        page, seen = _page(browser)
        page.goto(running.url("/articles/talks-2"))
        label = page.locator("sup.label.k-event", has_text="ASSAULT")
        label.first.click()
        page.fill("#details input[name=cameo]", "112")
        page.fill("#details input[name=why]", "the jets' raid was only announced")
        page.fill("#details input[name=user]", "e2e")
        page.click("#details button[type=submit]")
        page.wait_for_selector("#details h3")  # after the reload, the event shows its correction
        assert page.locator("sup.label.k-event", has_text="ACCUSE 112").count() == 1
        assert "e2e: coded ACCUSE 112" in page.inner_text("#details")
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(artefacts / "correction.png"))
        page.goto(running.url("/events?type=ASSAULT"))
        assert "bombed" not in page.inner_text("table.events")
        assert seen == []
        page.close()
