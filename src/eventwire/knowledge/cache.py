"""A disk cache for tables built from large data files (the generated layer's people, organisations and
verb dictionary), so that start-up stays fast. Like the gazetteer's city index: keyed by the input files'
size and mtime and by the knowledge package's code, kept in `cityindex.cache_dir()`; an unwritable or
damaged cache costs the build time, nothing else.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any, Callable, Sequence, TypeVar

T = TypeVar("T")


def _stamp(tag: str, inputs: Sequence[Path]) -> str:
    digest = hashlib.sha256(tag.encode())
    code = sorted(Path(__file__).parent.glob("*.py"))
    for path in [*inputs, *code]:
        stat = path.stat()
        digest.update(f"{path}|{stat.st_size}|{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:24]


def load_cached(settings: Any, tag: str, inputs: Sequence[Path], build: Callable[[], T]) -> T:
    """`build()`, or its result cached on disk for exactly these inputs."""
    from .cityindex import cache_dir

    folder = cache_dir(settings)
    path = folder / f"table-{tag}-{_stamp(tag, inputs)}.pickle"
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)  # noqa: S301 - our own cache file, in the user's cache folder
    except Exception:  # missing, stale format or damaged: rebuild
        pass
    value = build()
    temporary: str | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob(f"table-{tag}-*.pickle"):
            old.unlink(missing_ok=True)  # an earlier stamp of the same table
        with tempfile.NamedTemporaryFile(dir=folder, delete=False, suffix=".tmp") as handle:
            temporary = handle.name
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
    return value
