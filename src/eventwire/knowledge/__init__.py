"""Codebooks, dictionaries and gazetteers: data files in `data/`, each with a small loader module.

`Knowledge` is the one object that holds them. Each table is loaded on first use and kept for the
life of the object (a pipeline owns one), so nothing lives at module level.
"""
from __future__ import annotations

import csv
from importlib import import_module, resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Generic, Iterator, TypeVar, overload

from ..errors import KnowledgeError
from ..settings import Settings

if TYPE_CHECKING:
    from .agents import AgentTables
    from .argwords import ArgumentWords
    from .evaluative import EvaluativeWords
    from .first_names import FirstNames
    from .cameo import Codebook
    from .countries import Countries
    from .cues import Cues
    from .gazetteer import Gazetteer
    from .legal import LegalActs
    from .people import People
    from .timewords import TimeWords
    from .verbdict import VerbDictionary
    from .verbs import VerbPatterns

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


class Table(Generic[T]):
    """One of `Knowledge`'s tables: built on first access by `loader(knowledge)` from the module
    `eventwire.knowledge.<module>` (imported then, so that a stage pays only for the tables it reads), then kept
    in the instance's `__dict__`, which later reads find first (as with `functools.cached_property`)."""

    def __init__(self, module: str, loader: str) -> None:
        self.module = module
        self.loader = loader
        self.name = loader

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, knowledge: None, owner: type | None = None) -> "Table[T]": ...

    @overload
    def __get__(self, knowledge: "Knowledge", owner: type | None = None) -> T: ...

    def __get__(self, knowledge: "Knowledge | None", owner: type | None = None) -> "T | Table[T]":
        if knowledge is None:
            return self
        load: Callable[[Knowledge], T] = getattr(import_module(f"{__name__}.{self.module}"), self.loader)
        value = load(knowledge)
        knowledge.__dict__[self.name] = value
        return value


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
        for name in self.table_names():
            getattr(self, name)

    @classmethod
    def table_names(cls) -> tuple[str, ...]:
        return tuple(name for name, member in vars(cls).items() if isinstance(member, Table))

    # The tables, by attribute name: the module and function that build each from the data files.
    countries: Table[Countries] = Table("countries", "load_countries")
    people: Table[People] = Table("people", "load_cached_people")
    agents: Table[AgentTables] = Table("agents", "load_cached_agents")
    cameo: Table[Codebook] = Table("cameo", "load_cameo")
    verbs: Table[VerbPatterns] = Table("verbs", "load_verbs")
    verb_dictionary: Table[VerbDictionary | None] = Table("verbdict", "load_chosen_verb_dictionary")
    gazetteer: Table[Gazetteer] = Table("gazetteer", "load_gazetteer")
    argument_words: Table[ArgumentWords] = Table("argwords", "load_argument_words")
    evaluative_words: Table[EvaluativeWords] = Table("evaluative", "load_evaluative_words")
    legal_acts: Table[LegalActs] = Table("legal", "load_legal_acts")
    cues: Table[Cues] = Table("cues", "load_cues")
    timewords: Table[TimeWords] = Table("timewords", "load_timewords")
    first_names: Table[FirstNames] = Table("first_names", "load_first_names")
