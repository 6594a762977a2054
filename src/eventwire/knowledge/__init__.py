"""Codebooks, dictionaries and gazetteers: data files in `data/`, each with a small loader module.

`Knowledge` is the one object that holds them. Each table is loaded on first use and kept for the
life of the object (a pipeline owns one), so nothing lives at module level.
"""
from __future__ import annotations

import csv
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Iterator, TypeVar

from ..errors import KnowledgeError
from ..settings import Settings

T = TypeVar("T")


def data_file(name: str, settings: Settings | None = None) -> Path:
    """The path of a data file: the user's override folder first, then the bundled copy."""
    if settings is not None and settings.knowledge_dir is not None:
        candidate = Path(settings.knowledge_dir) / name
        if candidate.exists():
            return candidate
    bundled = resources.files("eventwire.knowledge") / "data" / name
    path = Path(str(bundled))
    if not path.exists():
        raise KnowledgeError(f"data file {name!r} is missing from the installation")
    return path


def generated_file(name: str) -> Path | None:
    """The bundled generated layer of a table (`data/generated/NAME`, converted from the field's
    dictionaries by tools/build_generated.py), or None."""
    path = Path(str(resources.files("eventwire.knowledge") / "data" / "generated" / name))
    return path if path.exists() else None


def user_file(name: str, settings: Settings | None) -> Path | None:
    """The user's copy of a table in `settings.knowledge_dir`, or None. It replaces every built-in layer."""
    if settings is not None and settings.knowledge_dir is not None:
        candidate = Path(settings.knowledge_dir) / name
        if candidate.exists():
            return candidate
    return None


def read_tsv(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a TSV data file with a header line; lines starting with '#' are comments.

    Yields (line number, row) so loaders can name the line of a malformed entry.
    """
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as error:
        raise KnowledgeError(f"cannot read {path}: {error}") from error
    with handle:
        lines = ((n, line) for n, line in enumerate(handle, 1) if line.strip() and not line.startswith("#"))
        header: list[str] | None = None
        for number, line in lines:
            cells = next(csv.reader([line.rstrip("\r\n")], delimiter="\t", quoting=csv.QUOTE_NONE))
            if header is None:
                header = cells
                continue
            if len(cells) > len(header):
                raise KnowledgeError(f"{path.name}:{number}: {len(cells)} cells, the header has {len(header)}")
            cells += [""] * (len(header) - len(cells))
            yield number, dict(zip(header, cells))


def list_cell(value: str | None) -> tuple[str, ...]:
    """A cell holding several values separated by "|", stripped, empty items dropped."""
    return tuple(item.strip() for item in (value or "").split("|") if item.strip())


class Knowledge:
    """All of eventwire's data tables, loaded lazily from the bundled files or `settings.knowledge_dir`."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self._derived: dict[str, Any] = {}  # what the stages compile from the tables, by name (see `derived`)

    def path(self, name: str) -> Path:
        return data_file(name, self.settings)

    def layers(self, name: str) -> list[Path]:
        """The files of a table, highest layer first: the user's copy alone (it replaces the built-in ones),
        else the hand-written table, then the generated one beneath it (if the table has one)."""
        user = user_file(name, self.settings)
        if user is not None:
            return [user]
        generated = generated_file(name)
        if name == "organisations.tsv" and not self.settings.generated_organisations:
            generated = None
        return [data_file(name)] + ([generated] if generated is not None else [])

    def derived(self, name: str, build: Callable[[], T]) -> T:
        """What a stage computes from these tables (the times stage's compiled grammar), built on first use
        and kept as long as the tables: the stage owns the code, the Knowledge the cache."""
        if name not in self._derived:
            self._derived[name] = build()
        return self._derived[name]  # type: ignore[no-any-return]

    def load_all(self) -> None:
        """Load every table now (e.g. before forking workers, so that they share one copy)."""
        for name, member in vars(type(self)).items():
            if isinstance(member, cached_property):
                getattr(self, name)

    @cached_property
    def countries(self) -> Any:
        from .countries import load_countries

        return load_countries(self)

    @cached_property
    def people(self) -> Any:
        from .cache import load_cached
        from .people import load_people

        # a large table with its generated layer: cached on disk (it also reads the agents' titles)
        inputs = [*self.layers("people.tsv"), *self.layers("agents.tsv")]
        return load_cached(self.settings, "people", inputs, lambda: load_people(self))

    @cached_property
    def agents(self) -> Any:
        from .agents import load_agents, user_name_files
        from .cache import load_cached

        # the user's people and countries shadow built-in organisations of the same name (agents.user_names)
        inputs = [*self.layers("agents.tsv"), *self.layers("organisations.tsv"), *user_name_files(self)]
        return load_cached(self.settings, "agents", inputs, lambda: load_agents(self))

    @cached_property
    def cameo(self) -> Any:
        from .cameo import load_cameo

        return load_cameo(self)

    @cached_property
    def verbs(self) -> Any:
        from .verbs import load_verbs

        return load_verbs(self)

    @cached_property
    def verb_dictionary(self) -> Any:
        """The PETRARCH-style verb dictionary: the user's `verb_dictionary.tsv`, else the generated one when
        `settings.generated_verbs` asks for it, else None."""
        from .verbdict import FILE, load_verb_dictionary

        from .cache import load_cached

        user = user_file(FILE, self.settings)
        if user is not None:
            return load_verb_dictionary(user, "user")
        generated = generated_file(FILE) if self.settings.generated_verbs else None
        if generated is None:
            return None
        return load_cached(self.settings, "verb-dictionary", [generated], lambda: load_verb_dictionary(generated))

    @cached_property
    def gazetteer(self) -> Any:
        from .gazetteer import load_gazetteer

        return load_gazetteer(self)

    @cached_property
    def argument_words(self) -> Any:
        from .argwords import load_argument_words
        return load_argument_words(self)

    @cached_property
    def cues(self) -> Any:
        from .cues import load_cues

        return load_cues(self)

    @cached_property
    def timewords(self) -> Any:
        from .timewords import load_timewords

        return load_timewords(self)
