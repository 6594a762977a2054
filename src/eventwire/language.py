"""Which language a text is in, so that non-English text is reported and skipped, never coded as English.

eventwire's grammar, codebooks and the default spaCy model are English: a French article run through
them yields nonsense coded as events. py3langid (a small, offline, MIT-licensed language identifier:
langid.py's model, 97 languages) names the language of each article before it is parsed; an article in
a language not asked for becomes a Failure with the reason, and `--lang fr` (or `--lang any`) lets it
through when the user has a pipeline for it (`--model`).
"""
from __future__ import annotations

import dataclasses
import math
from typing import Iterable, Iterator

from .records import Article, Failure

# Below this many letters a guess is noise ("Kim met Putin." is anything); such texts are let through.
MIN_LETTERS = 40
ANY = "any"
# How much likelier (natural log of the odds) the identifier's best language must be than a wanted one before the
# text is taken for the other. A short English sentence full of names is a near tie with a language written like
# English ("Hamas leader Dana Kell met British Prime Minister Tony Blair." is Nigerian Pidgin by a hair, 0.1); a
# sentence that is in French, Polish or Swahili is 55 or more against English. ln(1000): a factor of a thousand.
WANTED_MARGIN = math.log(1000)


def detect(text: str, wanted: frozenset[str] = frozenset({"en"})) -> str | None:
    """The ISO 639-1 code of the text's language ("en", "fr"), or None when the text is too short to tell. A
    `wanted` language the identifier finds nearly as likely as its best (`WANTED_MARGIN`) is the one named:
    the identifier's best guess on a short text is often a close neighbour of the language it is in."""
    if sum(ch.isalpha() for ch in text[:5000]) < MIN_LETTERS:
        return None
    import py3langid

    ranked = py3langid.rank(text[:5000])  # (language, log-probability), likeliest first
    best, best_score = ranked[0]
    near = [language for language, score in ranked if language in wanted and best_score - score <= WANTED_MARGIN]
    return str(near[0] if near else best)


def parse_languages(value: str | None) -> frozenset[str] | None:
    """`--lang en,fr` → {"en", "fr"}; "any" → None (no check); default English."""
    if value is None:
        return frozenset({"en"})
    codes = frozenset(code.strip().lower() for code in value.split(",") if code.strip())
    return None if ANY in codes else codes or frozenset({"en"})


def keep_languages(items: Iterable[Article | Failure], languages: frozenset[str] | None) -> Iterator[Article | Failure]:
    """Articles in `languages` (all when None) pass, with their language in meta["language"]; any other
    becomes a Failure that names its language."""
    for item in items:
        if isinstance(item, Failure) or languages is None:
            yield item
            continue
        language = detect(item.text, languages)
        if language is None or language in languages:
            yield dataclasses.replace(item, meta={**item.meta, "language": language}) if language else item
            continue
        yield Failure(item.id, f"skipped: the text is in language {language!r}, not "
                               f"{', '.join(sorted(languages))}; eventwire codes English "
                               f"(--lang {language} to process it anyway, with a --model for it)")
