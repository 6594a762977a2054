"""Sources are counted by registered domain."""
from __future__ import annotations

import pytest

from eventwire.outlets import outlet, registered_domain


@pytest.mark.parametrize("given, expected", [
    ("https://edition.cnn.com/2024/01/02/world", "cnn.com"), ("http://cnn.com/x", "cnn.com"),
    ("edition.cnn.com", "cnn.com"), ("https://www.bbc.co.uk/news/1", "bbc.co.uk"),
    ("http://127.0.0.1:8000/a", "127.0.0.1"), ("", None), ("not a host", None),
])
def test_registered_domain(given: str, expected: str | None) -> None:
    assert registered_domain(given) == expected


def test_outlet_prefers_the_source_and_reduces_a_host() -> None:
    assert outlet("Wire Service", "https://edition.cnn.com/x") == "Wire Service"
    assert outlet("edition.cnn.com", None) == outlet(None, "https://cnn.com/y") == "cnn.com"
    assert outlet(None, None) is None
