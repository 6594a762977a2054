"""`eventwire serve`: the store in a browser (see app.py)."""
from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
