"""`Store`, one DuckDB database with its schema, ingest and queries, and `open_store`, which opens one."""
from __future__ import annotations

import threading
from pathlib import Path

import duckdb

from ..errors import StoreError
from .ingest import Ingesting
from .queries import Querying
from .schema import SCHEMA_VERSION, has_table, migrate, schema_version


class Store(Ingesting, Querying):
    """One DuckDB database. Not thread-safe: use one Store per thread (DuckDB allows one writing process)."""

    def __init__(self, connection: duckdb.DuckDBPyConnection, path: str, read_only: bool = False,
                 raw: bool = False) -> None:
        self.connection = connection
        self.path = path
        self.read_only = read_only
        self.raw = raw  # True: queries show the machine output, without the analysts' corrections
        # The connection queries read through: one with the corrections overlay (corrections.py), or None
        # for `connection` itself (no corrections, or raw).
        self.reader: duckdb.DuckDBPyConnection | None = None
        # Held for every use of `connection`: ingest commits from a timer thread while the input side still
        # asks the store whether an article is unchanged (incremental.py), and a DuckDB connection must not
        # be used by two threads at once ("connection is busy with another call"). Re-entrant, because a
        # commit under the lock reinstalls the corrections overlay, which queries.
        self.lock = threading.RLock()

    def apply_corrections(self) -> None:
        """(Re)install the corrections overlay that every query reads through; call after correcting."""
        from ..corrections import overlay

        self.reader = overlay(self)

    # -- life cycle -----------------------------------------------------------------------------------

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self.reader is not None and self.reader is not self.connection:
            self.reader.close()
        self.connection.close()

    def schema_version(self) -> int:
        return schema_version(self.connection)

    def migrate(self) -> None:
        """Bring the schema up to SCHEMA_VERSION, one transaction per migration."""
        migrate(self.connection, self.path)


def open_store(path: str | Path = "eventwire.duckdb", read_only: bool = False, raw: bool = False) -> Store:
    """Open (and create or migrate) a store; ':memory:' for a throw-away one. Raises StoreError.

    `read_only=True` needs an existing store of the current schema; it lets several readers share a file.
    Queries apply the analysts' corrections (corrections.py); `raw=True` shows the machine output instead.
    """
    name = str(path)
    if name != ":memory:":
        file = Path(name)
        if not file.parent.is_dir():
            raise StoreError(f"the folder {str(file.parent)!r} does not exist; create it first", record=name)
        if file.is_dir():
            raise StoreError("is a folder, not a database file", record=name)
        if read_only and not file.exists():
            raise StoreError("no store here; run `eventwire ingest PATH --db FILE` first", record=name)
        if not _is_duckdb_file(file):
            # DuckDB would open some other formats (JSON, say) as a throw-away in-memory database: an ingest
            # into a mistyped --db would then seem to succeed and store nothing.
            raise StoreError("not a DuckDB database file; give a new or existing .duckdb file", record=name)
    try:
        connection = duckdb.connect(name, read_only=read_only and name != ":memory:")
    except duckdb.Error as error:
        raise StoreError(f"cannot open the store: {error}", record=name) from error
    store = Store(connection, name, read_only=read_only and name != ":memory:", raw=raw)
    try:
        if store.read_only:
            version = store.schema_version() if has_table(connection, "schema_version") else 0
            if version != SCHEMA_VERSION:
                raise StoreError(
                    f"the store has schema version {version}, this eventwire uses {SCHEMA_VERSION}; "
                    "open it for writing (eventwire ingest) to migrate it", record=name)
        else:
            store.migrate()
        store.apply_corrections()
    except BaseException:
        connection.close()
        raise
    return store


def _is_duckdb_file(file: Path) -> bool:
    """True for a missing file (DuckDB will create it) or one with DuckDB's header magic."""
    try:
        with file.open("rb") as handle:
            head = handle.read(_MAGIC_END)
    except FileNotFoundError:
        return True
    except OSError as error:
        raise StoreError(f"cannot read the store: {error.strerror or error}", record=str(file)) from error
    return head[_MAGIC_START:_MAGIC_END] == b"DUCK"


# Where DuckDB's storage format puts its magic bytes: after an 8-byte checksum.
_MAGIC_START, _MAGIC_END = 8, 12
