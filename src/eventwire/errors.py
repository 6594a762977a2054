"""Every error eventwire raises on purpose. Messages say which record and what to do about it."""
from __future__ import annotations


class EventwireError(Exception):
    """Base class: the CLI turns these into a message and an exit code, never a traceback."""

    def __init__(self, message: str, *, record: str | None = None) -> None:
        self.reason = message
        self.record = record
        super().__init__(f"{record}: {message}" if record else message)


class InputError(EventwireError):
    """A source or record cannot be read: missing file, bad encoding, malformed JSON, empty text."""


class SettingsError(EventwireError):
    """A setting is wrong: unknown spaCy pipeline, unreadable data file, bad option value."""


class PipelineError(SettingsError):
    """The stages cannot run in the order given: one reads an Article field no stage before it writes."""


class KnowledgeError(EventwireError):
    """A codebook or gazetteer data file is malformed; names the file and line."""


class StoreError(EventwireError):
    """The DuckDB store cannot be opened, migrated or written."""


class OutputError(EventwireError):
    """An output cannot be written: it would overwrite an input or the store, or the disk refuses it."""
