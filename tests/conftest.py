"""Shared fixtures: the spaCy pipeline loads once for the whole test session."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from eventwire import Pipeline

# CI lays shared/ beside the clone; EVENTWIRE_SHARED points elsewhere (e.g. for a clone in /tmp).
SHARED = Path(os.environ.get("EVENTWIRE_SHARED") or Path(__file__).resolve().parents[1].parent / "shared")


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="session")
def shared_eval() -> Path:
    """The evaluation sets beside the checkout (CI copies shared/ there); used only for quality gates."""
    path = SHARED / "eval"
    if not path.is_dir():
        pytest.skip(f"the evaluation sets are not at {path}")
    return path
