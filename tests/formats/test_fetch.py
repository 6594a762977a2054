"""Web pages by URL, RSS/Atom feeds and WARC files: a local HTTP server, and a WARC written here."""
from __future__ import annotations

import io
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator

import pytest

from eventwire.formats.fetch import feed_entries, fetcher, read_url, read_url_list, read_warc
from eventwire.formats.readers import read_source
from eventwire.records import Article, Failure

LOCAL = fetcher(allow_private=True)  # the test server is on 127.0.0.1
PAGE = """<html><head><title>Border talks</title></head><body><article><h1>Border talks</h1>
<p>The foreign minister of Freedonia, Ada Korr, met the envoy of Ruritania in Lakeport on Tuesday to discuss
the reopening of the border crossing, officials said.</p>
<p>The two sides agreed to meet again next month, according to a statement issued after the talks.</p>
</article></body></html>"""

RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Border talks</title><link>{base}/story</link><pubDate>Tue, 02 Jan 2024 10:00:00 GMT</pubDate></item>
<item><title>Gone</title><link>{base}/missing</link></item>
<item><title>Brief</title><guid>brief-1</guid><description>Freedonia recalled its ambassador from Ruritania on Monday after the dispute over the border crossing.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>W</title>
<entry><title>Border talks</title><link href="{base}/story"/><published>2024-01-03T08:00:00Z</published></entry>
</feed>"""


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the http.server API
            base = f"http://127.0.0.1:{self.server.server_address[1]}"
            pages = {"/story": ("text/html", PAGE), "/feed.rss": ("application/rss+xml", RSS.format(base=base)),
                     "/feed.atom": ("application/atom+xml", ATOM.format(base=base))}
            if self.path not in pages:
                self.send_error(404)
                return
            kind, body = pages[self.path]
            data = body.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", f"{kind}; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_file_of_urls_fetches_each_page_and_a_failure_is_one_record(site: str, tmp_path: Path) -> None:
    urls = tmp_path / "urls.txt"
    urls.write_text(f"# today's reading\n{site}/story\n\n{site}/missing\nftp://x\n", encoding="utf-8")
    items = list(read_url_list(str(urls), fetcher=LOCAL))
    assert isinstance(items[0], Article) and items[0].id == f"{site}/story"
    assert "Ada Korr" in items[0].text and items[0].meta["url"] == f"{site}/story"
    assert isinstance(items[1], Failure) and items[1].id == f"{site}/missing" and "404" in items[1].reason
    assert isinstance(items[2], Failure) and "not an http(s) URL" in items[2].reason


def test_urls_on_stdin(site: str) -> None:
    items = list(read_url_list("-", stdin=io.StringIO(f"{site}/story\n"), fetcher=LOCAL))
    assert [type(i) for i in items] == [Article]


def test_an_rss_feed_gives_an_article_per_entry(site: str) -> None:
    items = list(read_url(f"{site}/feed.rss", LOCAL))
    assert isinstance(items[0], Article) and str(items[0].published) == "2024-01-02"
    assert items[0].meta["title"] == "Border talks"
    assert isinstance(items[1], Failure) and "404" in items[1].reason
    assert isinstance(items[2], Article) and items[2].id == "brief-1" and "ambassador" in items[2].text


def test_an_atom_feed(site: str) -> None:
    items = list(read_url(f"{site}/feed.atom", LOCAL))
    assert len(items) == 1 and isinstance(items[0], Article) and str(items[0].published) == "2024-01-03"


def test_local_addresses_are_refused_unless_allowed(site: str) -> None:
    # SSRF protection: a list of URLs from elsewhere must not probe this machine's own network.
    items = list(read_source(f"{site}/story"))
    assert len(items) == 1 and isinstance(items[0], Failure)


def test_not_a_feed() -> None:
    with pytest.raises(Exception, match="not an RSS or Atom feed"):
        feed_entries(b"<html><body>hi</body></html>")


def test_a_warc_file(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for uri, kind, status, body in (("https://news.example/a", "text/html", "200 OK", PAGE),
                                        ("https://news.example/logo.png", "image/png", "200 OK", "PNG"),
                                        ("https://news.example/gone", "text/html", "404 Not Found", "gone")):
            headers = StatusAndHeaders(status, [("Content-Type", kind)], protocol="HTTP/1.1")
            record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body.encode("utf-8")),
                                               http_headers=headers)
            writer.write_record(record)
    items = list(read_source(str(path)))
    assert isinstance(items[0], Article) and items[0].id == "https://news.example/a" and "Lakeport" in items[0].text
    assert len(items) == 2 and isinstance(items[1], Failure) and "404" in items[1].reason
    broken = tmp_path / "broken.warc"
    broken.write_bytes(b"this is not a warc")
    assert all(isinstance(i, Failure) for i in read_warc(broken))
