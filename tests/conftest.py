"""Shared fixtures: the spaCy pipeline loads once for the whole test session."""
from __future__ import annotations

from pathlib import Path

import pytest

from eventwire import Pipeline

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


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
