"""The modules of `stages/actors/` import only the modules below them, as the package docstring lays out, so
that no import cycle can form when a pass borrows a helper."""
from __future__ import annotations

import ast
from pathlib import Path

import eventwire.stages.actors as actors

# each module with the package modules it may import
_BELOW = {
    "mentions": set(),
    "tokens": {"mentions"},
    "placenames": {"mentions", "tokens"},
    "entities": {"mentions", "tokens", "placenames"},
    "roles": {"mentions", "tokens", "entities", "placenames"},
    "people": {"mentions", "tokens", "entities", "roles"},
    "missed": {"mentions", "tokens", "people"},
    "grouping": {"mentions", "roles"},
    "gender": {"mentions", "tokens"},
    "pronouns": {"mentions", "tokens", "gender"},
    "build": {"mentions", "entities", "grouping"},
    "context": {"mentions", "tokens", "roles", "grouping"},
    "descriptions": {"mentions", "tokens", "placenames"},
}


def _package_imports(path: Path) -> set[str]:
    imported = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            imported |= {node.module} if node.module else {alias.name for alias in node.names}
    return imported


def test_every_module_of_the_package_is_laid_out() -> None:
    folder = Path(actors.__file__).parent
    assert {p.stem for p in folder.glob("*.py")} - {"__init__"} == set(_BELOW)


def test_each_module_imports_only_those_below_it() -> None:
    folder = Path(actors.__file__).parent
    for name, allowed in _BELOW.items():
        assert _package_imports(folder / f"{name}.py") <= allowed, name


def test_run_sits_on_top_of_every_module() -> None:
    assert _package_imports(Path(actors.__file__)) == set(_BELOW)
