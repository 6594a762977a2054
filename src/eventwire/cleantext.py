"""Text hygiene at the edges: what the readers accept as an article, and how record text reaches a terminal.

- A lone surrogate (valid in JSON as "\\udc00", but no Unicode character) cannot be encoded as UTF-8: spaCy's
  tokenizer, DuckDB and every writer fail on it. A text holding one is refused (the record fails alone);
  an id or metadata value gets U+FFFD in its place, so the record can still be named.
- A text with no visible character (only spaces, control or zero-width characters) is no article.
- In messages, ids and record text are escaped (newlines, ANSI escapes, bidi controls), so a record cannot
  forge an extra `error:` line or recolour the terminal.
"""
from __future__ import annotations

import re
import unicodedata

from .errors import InputError

_SURROGATE = re.compile("[\ud800-\udfff]")
# Characters that draw nothing: whitespace, controls (Cc), format characters (Cf: zero-width, bidi marks,
# BOM), unassigned code points and private use (Cn, Co), and combining marks with nothing to combine with.
_INVISIBLE = frozenset({"Cc", "Cf", "Cn", "Co", "Cs", "Zs", "Zl", "Zp", "Mn", "Me"})
# In messages: every control, format and separator character but the plain space, escaped.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff"
                     "\ufff9-\ufffb\ud800-\udfff]")


def check_text(text: str, record: str) -> str:
    """`text` if it can be an article; else InputError naming `record` and what is wrong."""
    bad = _SURROGATE.search(text)
    if bad:
        raise InputError(f"the text holds a lone surrogate U+{ord(bad.group()):04X} at character {bad.start()}, "
                         "which is no Unicode character; fix the source's encoding", record=record)
    if not any(unicodedata.category(char) not in _INVISIBLE for char in text):
        raise InputError("the text has no visible characters (only spaces, control or zero-width characters)",
                         record=record)
    return text


# spaCy's tokenizer is quadratic in the length of a run without whitespace (10,000 em dashes: 9 s), and the
# stages are slow on the thousands of one-character tokens such a run becomes. No word is this long: the
# parser sees the first _RUN_KEEP characters of such a run and blanks for the rest. Same length, same offsets;
# the records keep the original text.
_LONG_RUN = re.compile(r"\S{400,}")
_RUN_KEEP = 100


def break_runs(text: str) -> str:
    """`text` with every run of 400 or more non-space characters blanked after its first _RUN_KEEP ones."""
    if len(text) < 400 or not _LONG_RUN.search(text):
        return text
    return _LONG_RUN.sub(lambda run: run.group()[:_RUN_KEEP] + " " * (len(run.group()) - _RUN_KEEP), text)


def clean_label(value: str) -> str:
    """An id or metadata value with each lone surrogate replaced by U+FFFD (same length, so still unique-ish)."""
    return _SURROGATE.sub("\ufffd", value)


def shown(value: object) -> str:
    """`value` as one safe line for a message: controls and invisible format characters escaped."""
    return _UNSAFE.sub(_escape, str(value))


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    named = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
    if char in named:
        return named[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


__all__ = ["break_runs", "check_text", "clean_label", "parse_text", "shown"]


# Editors bracket the name they put into a quotation for a handle or a pronoun ("Thank you [Bill de Blasio] for
# ...", "[Indian Prime Minister Narendra] Modi"); the small parser reads the brackets as words and loses the
# sentence's grammar around the name. Brackets round a name (capitalised words, name particles between them) are
# blanked for the parser: same length, same offsets; the records keep the original text. Other insertions
# ("[who]", "[fights against]", "[i]t", "shocking[ly]") are the editor's words and stay as written.
_INSERTION = re.compile(r"(?<!\w)\[([A-Z][\w'.-]*(?:\s+(?:[a-z]{1,3}\s+)*[A-Z][\w'.-]*)*)\](?!\w)")


def parse_text(text: str) -> str:
    """The text the parser reads: `text` with long runs broken (`break_runs`) and editorial brackets round a name
    blanked, of the same length."""
    text = break_runs(text)
    if "[" not in text:
        return text
    return _INSERTION.sub(lambda found: " " + found.group(1) + " ", text)
