"""Building an input Article from a reader's fields: light on purpose (no spaCy), so that reading and
hash-checking a corpus costs no model import (pipeline.py re-exports it)."""
from __future__ import annotations

from datetime import date

from .cleantext import check_text, clean_label
from .errors import InputError
from .records import Article


def make_article(
    record_id: str, text: str, published: str | date | None = None, meta: dict[str, str] | None = None
) -> Article:
    """Build an input Article, checking the text and the date; raises InputError naming the record."""
    record_id = clean_label(record_id) if isinstance(record_id, str) else record_id
    if isinstance(published, str) and published.strip():
        try:
            published = date.fromisoformat(published.strip()[:10])
        except ValueError:
            shown = published if len(published) <= 40 else published[:40] + "…"
            raise InputError(f"'published' is {shown!r}, not a YYYY-MM-DD date", record=record_id) from None
    elif not isinstance(published, date):
        published = None
    if isinstance(text, str) and "\x00" in text:
        raise InputError("the text contains NUL bytes: binary data, not an article", record=record_id)
    if isinstance(text, str) and text.strip():  # an empty text is the Article's own error
        check_text(text, record_id)
    meta = {key: clean_label(value) for key, value in (meta or {}).items()}
    return Article(id=clean_label(record_id), text=text, published=published, meta=meta)
