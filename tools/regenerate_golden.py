"""Rewrite the golden outputs in tests/golden/ from this checkout (`make golden`).

Run it after a change that is meant to alter output, then read `git diff tests/golden/` (one record per
line) before committing it with the change.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the tests package, from a plain checkout

from eventwire import Pipeline  # noqa: E402
from tests.goldens import GOLDEN, regenerate  # noqa: E402


def main() -> int:
    written = regenerate(Pipeline())
    print(f"wrote {len(written)} golden outputs in {GOLDEN}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
