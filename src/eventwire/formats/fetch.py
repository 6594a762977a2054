"""More ways in: web pages by URL, RSS/Atom feeds and WARC archives, as Articles (or Failures).

    read_url_list(path or "-")   a file of URLs, one per line ("#" starts a comment), or "-" for stdin
    read_url(url)                one page (or a feed: each of its entries)
    read_feed(xml, where)        an RSS 2.0 / RSS 1.0 / Atom document: one article per entry
    read_warc(path)              the HTML and text responses of a WARC file (warcio)

Pages are fetched with trafilatura (its downloader: timeouts, retries, size limits) and their main text
extracted with it; a page that cannot be fetched or holds no article text is a Failure for that URL and
the stream goes on. An article's id is its URL, so fetching the same page again finds it unchanged.
"""
from __future__ import annotations

import sys
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator

from ..errors import EventwireError, InputError
from ..articles import make_article
from ..records import Article, Failure


URL_PREFIXES = ("http://", "https://")
FEED_SUFFIXES = frozenset({".rss", ".atom"})
WARC_SUFFIXES = (".warc", ".warc.gz")
_ATOM = "{http://www.w3.org/2005/Atom}"
_RSS1 = "{http://purl.org/rss/1.0/}"

Fetcher = Callable[[str], tuple[bytes | None, str]]  # url → (body, reason it failed)


def fetcher(allow_private: bool = False) -> Fetcher:
    """`fetch` with its setting bound, for the readers' `fetcher` argument."""
    return lambda url: fetch(url, allow_private)


def is_url(source: str) -> bool:
    return source.lower().startswith(URL_PREFIXES)


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def fetch(url: str, allow_private: bool = False) -> tuple[bytes | None, str]:
    """The body of `url` (None and the reason when it cannot be had): trafilatura's downloader.

    Its SSRF protection refuses loopback and private addresses unless `allow_private` (a local server, an
    intranet): a URL list from elsewhere must not make eventwire probe the machine's own network."""
    from trafilatura.downloads import fetch_response
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "SSRF_PROTECTION", "off" if allow_private else "on")
    try:
        response = fetch_response(url, config=config)
    except Exception as error:  # a network library can raise many things; each is one record's failure
        return None, f"cannot fetch the page: {type(error).__name__}: {error}"
    if response is None:
        return None, "cannot fetch the page (no answer, or refused by the downloader)"
    if response.status != 200:
        return None, f"cannot fetch the page: HTTP {response.status}"
    if not response.data:
        return None, "the page is empty"
    return bytes(response.data), ""


def looks_like_feed(body: bytes) -> bool:
    head = body[:1000].lstrip().lower()
    return (head.startswith(b"<?xml") or head.startswith(b"<rss") or head.startswith(b"<feed")
            or head.startswith(b"<rdf")) and (b"<rss" in head or b"<feed" in head or b"<rdf" in head)


def page_article(url: str, body: bytes, published: str | date | None = None,
                 title: str | None = None) -> Article | Failure:
    """The main text of an HTML page (or a text/plain body) as an article whose id is its URL."""
    import trafilatura

    try:
        html = body.decode("utf-8", errors="replace")
        if "<" not in html[:2000]:
            text = html  # plain text
        else:
            text = trafilatura.extract(html, url=url, include_comments=False, include_tables=False,
                                       favor_precision=True) or ""
            if published is None or title is None:
                meta = trafilatura.extract_metadata(html, default_url=url)
                if meta is not None:
                    published = published or meta.date
                    title = title or meta.title
        if not text.strip():
            return Failure(url, "no article text found in the page")
        meta_fields = {"url": url, **({"title": title} if title else {})}
        return make_article(url, text, _day(published), meta_fields)
    except EventwireError as error:
        return Failure(url, error.reason)


def read_url(url: str, fetcher: Fetcher = fetch) -> Iterator[Article | Failure]:
    """One URL: a page is one article; a feed, one per entry."""
    body, reason = fetcher(url)
    if body is None:
        yield Failure(url, reason)
    elif looks_like_feed(body):
        yield from read_feed(body, url, fetcher)
    else:
        yield page_article(url, body)


def read_url_list(source: str, stdin: IO[str] | IO[bytes] | None = None,
                  fetcher: Fetcher = fetch) -> Iterator[Article | Failure]:
    """A file listing URLs, one per line, or "-" for stdin; blank lines and "#" comments are skipped."""
    if source == "-":
        stream: Iterable[Any] = stdin if stdin is not None else sys.stdin
        lines = [line.decode("utf-8", "replace") if isinstance(line, bytes) else line for line in stream]
    else:
        try:
            lines = Path(source).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            yield Failure(source, f"cannot read the list of URLs: {getattr(error, 'strerror', None) or error}")
            return
    for number, line in enumerate(lines, 1):
        url = line.strip()
        if not url or url.startswith("#"):
            continue
        if not is_url(url):
            yield Failure(f"{source}:{number}", f"not an http(s) URL: {url[:80]!r}")
            continue
        yield from read_url(url, fetcher)


def _text(element: Any, *names: str) -> str | None:
    for name in names:
        child = element.find(name)
        if child is not None and (child.text or "").strip():
            return child.text.strip()
    return None


def _day(value: str | date | None) -> date | None:
    """A feed's or page's date (RFC 822, ISO 8601) as a day; None when it cannot be read."""
    if value is None or isinstance(value, date):
        return value
    text = value.strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


def feed_entries(body: bytes) -> list[dict[str, Any]]:
    """The entries of an RSS 2.0, RSS 1.0 (RDF) or Atom feed: link, title, published, summary. Raises
    InputError when the document is no feed."""
    from lxml import etree

    try:
        root = etree.fromstring(body, parser=etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as error:
        raise InputError(f"not a valid feed: {error}") from None
    entries = []
    if root.tag == f"{_ATOM}feed":
        for entry in root.iter(f"{_ATOM}entry"):
            link = next((l.get("href") for l in entry.findall(f"{_ATOM}link")
                         if l.get("rel", "alternate") == "alternate" and l.get("href")), None)
            entries.append({"link": link, "title": _text(entry, f"{_ATOM}title"),
                            "published": _text(entry, f"{_ATOM}published", f"{_ATOM}updated"),
                            "summary": _text(entry, f"{_ATOM}content", f"{_ATOM}summary"),
                            "id": _text(entry, f"{_ATOM}id")})
    elif root.tag in ("rss", "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}RDF"):
        items = list(root.iter("item")) + list(root.iter(f"{_RSS1}item"))
        for item in items:
            entries.append({"link": _text(item, "link", f"{_RSS1}link"),
                            "title": _text(item, "title", f"{_RSS1}title"),
                            "published": _text(item, "pubDate", "{http://purl.org/dc/elements/1.1/}date"),
                            "summary": _text(item, "description", f"{_RSS1}description"),
                            "id": _text(item, "guid")})
    else:
        raise InputError(f"not an RSS or Atom feed (its root is <{etree.QName(root).localname}>)")
    return entries


def read_feed(body: bytes, where: str, fetcher: Fetcher = fetch) -> Iterator[Article | Failure]:
    """One article per feed entry: its linked page, fetched; an entry without a link is its own text."""
    try:
        entries = feed_entries(body)
    except InputError as error:
        yield Failure(where, error.reason)
        return
    for number, entry in enumerate(entries, 1):
        link = entry["link"]
        if link and is_url(link):
            page, reason = fetcher(link)
            if page is None:
                yield Failure(link, reason)
            else:
                yield page_article(link, page, entry["published"], entry["title"])
            continue
        record = entry["id"] or f"{where}#{number}"
        try:
            yield make_article(record, entry["summary"] or "", _day(entry["published"]),
                               {"title": entry["title"]} if entry["title"] else {})
        except EventwireError as error:
            yield Failure(record, error.reason)


def read_feed_file(path: Path, fetcher: Fetcher = fetch) -> Iterator[Article | Failure]:
    try:
        body = path.read_bytes()
    except OSError as error:
        yield Failure(str(path), f"cannot read the file: {error.strerror or error}")
        return
    yield from read_feed(body, str(path), fetcher)


def read_warc(path: Path) -> Iterator[Article | Failure]:
    """The HTML (and plain-text) `response` records of a WARC file, one article each; its id is the
    record's target URI. Other records (requests, metadata, images) are skipped."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        with path.open("rb") as handle:
            for record in ArchiveIterator(handle):
                if record.rec_type != "response":
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI") or str(path)
                kind = (record.http_headers.get_header("Content-Type") or "" if record.http_headers else "")
                if kind and not kind.lower().startswith(("text/html", "application/xhtml", "text/plain")):
                    continue
                status = record.http_headers.get_statuscode() if record.http_headers else "200"
                if status != "200":
                    yield Failure(uri, f"the archived response is HTTP {status}")
                    continue
                yield page_article(uri, record.content_stream().read())
    except (OSError, ArchiveLoadFailed) as error:
        yield Failure(str(path), f"cannot read the WARC file: {getattr(error, 'strerror', None) or error}")
