"""Which outlet published an article, counted by registered domain: `edition.cnn.com` and `cnn.com` are one.

GDELT's NumSources counts distinct sources; with hosts, every subdomain of one newspaper (edition., www.,
amp., en.) counted as another source. courlan (installed with trafilatura) knows the public-suffix list,
so `www.bbc.co.uk` becomes `bbc.co.uk`, not `co.uk`.
"""
from __future__ import annotations

import re

_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_HOST = re.compile(r"^[a-z0-9-]+(?:\.[a-z0-9-]+)+$", re.IGNORECASE)


def registered_domain(url_or_host: str | None) -> str | None:
    """The registered domain of a URL or a bare host name; the host itself where it has none (an IP address,
    localhost); None for anything that is not a URL or a host."""
    from courlan.urlutils import extract_domain

    text = (url_or_host or "").strip()
    if not text:
        return None
    url = text if _SCHEME.match(text) else f"http://{text}"
    host = re.sub(r"^[a-z][a-z0-9+.-]*://", "", url.lower()).split("/")[0].split("?")[0].split("#")[0]
    host = host.rsplit("@", 1)[-1].split(":")[0]
    if not host or (not _SCHEME.match(text) and not _HOST.match(host)):
        return None
    return extract_domain(url) or host.removeprefix("www.")


def outlet(source: str | None, url: str | None) -> str | None:
    """The outlet of an article: its `source` (reduced to its registered domain when it is a host name, as
    "edition.cnn.com"), else its URL's registered domain; None when neither is known."""
    source = (source or "").strip()
    if source:
        return registered_domain(source) if _HOST.match(source) else source
    return registered_domain(url) if url and _SCHEME.match(url.strip()) else None
