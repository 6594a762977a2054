"""A store that sees only some events: how the web app exports a filtered set with the store's exporters.

The exporters (formats/exports.py) read the whole `events` table. On a second connection to the same
database, a temporary view of that name holding only the chosen events (corrections applied, as every
query sees them) shadows the table, and a Store over that connection is handed to the exporter unchanged.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import TYPE_CHECKING, Iterator, Sequence

from ..corrections import install

if TYPE_CHECKING:
    from ..store import Store


@contextmanager
def filtered_store(store: "Store", rowids: Sequence[int]) -> Iterator["Store"]:
    """A read-only Store whose `events` are the rows of `store` with these rowids."""
    from ..store import Store

    connection = store.connection.cursor()
    try:
        connection.execute("CREATE TEMP TABLE chosen (id BIGINT PRIMARY KEY)")
        if rowids:
            connection.execute("INSERT INTO chosen SELECT DISTINCT unnest(?::BIGINT[])", [list(rowids)])
        install(connection, "corrected", raw=store.raw or store.reader is None)
        connection.execute("""CREATE TEMP VIEW events AS
            SELECT x.* EXCLUDE (rowid) FROM corrected x WHERE x.rowid IN (SELECT id FROM chosen)""")
        yield Store(connection, store.path, read_only=True, raw=True)
    finally:
        connection.close()
