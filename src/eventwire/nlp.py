"""The one place that loads spaCy. The pipeline is a setting, so users can plug in any English model."""
from __future__ import annotations

from typing import Any, Iterable

from .errors import SettingsError
from .knowledge import data_file, read_tsv

TITLE_BOUNDARIES = "eventwire_title_boundaries"  # the name of the component `load_nlp` puts before the parser
TITLES_FILE = "title_abbreviations.tsv"


class TitleBoundaries:
    """A spaCy component run before the parser: no sentence starts right after an abbreviated title ("Gov.",
    "Lt.", "Atty.") when a capitalised word follows it. The small parser splits "including Gov. Mary Hollis and
    Sen. Tom Breck" at a title's full stop, and every stage reads sentences: the endorsement lost its object.
    spaCy's parser takes no transition that starts a sentence a component has ruled out; words it leaves unattached
    at the end can still make a sentence of their own, so this lowers such breaks rather than forbidding them.
    The tokenizer keeps some titles whole ("Gov.") and splits others from their stop ("Lt" "."): both forms are
    read. (Keeping every title whole in the tokenizer was tried: "Pres. Obama" then became a name of its own.)"""

    def __init__(self, abbreviations: Iterable[str]):
        self.abbreviations = frozenset(word.lower() for word in abbreviations)

    def _ends_title(self, doc: Any, index: int) -> bool:
        token = doc[index]
        if token.lower_ in self.abbreviations:
            return True
        return (token.text == "." and index > 0 and not doc[index - 1].whitespace_
                and doc[index - 1].lower_ + "." in self.abbreviations)

    def __call__(self, doc: Any) -> Any:
        for index in range(1, len(doc)):
            if doc[index].text[:1].isupper() and self._ends_title(doc, index - 1):
                doc[index].is_sent_start = False
        return doc


def title_abbreviations() -> list[str]:
    """The abbreviated titles of the bundled `title_abbreviations.tsv`, in lower case."""
    return [row["abbreviation"].strip().lower() for _, row in read_tsv(data_file(TITLES_FILE))]


def add_title_boundaries(nlp: Any) -> Any:
    """`nlp` with `TitleBoundaries` before its parser (once); a pipeline with no parser is returned as it is."""
    from spacy.language import Language

    if "parser" not in nlp.pipe_names or TITLE_BOUNDARIES in nlp.pipe_names:
        return nlp
    if not Language.has_factory(TITLE_BOUNDARIES):
        Language.factory(TITLE_BOUNDARIES, func=lambda nlp, name: TitleBoundaries(title_abbreviations()))
    nlp.add_pipe(TITLE_BOUNDARIES, before="parser")
    return nlp


def load_nlp(model: str) -> Any:
    """Load a spaCy pipeline by package name or path; needs a parser and NER. Sentences never break after an
    abbreviated title (`TitleBoundaries`)."""
    import spacy  # imported here so that `eventwire --help` and the store stay fast

    try:
        nlp = spacy.load(model)
    except (OSError, ImportError) as error:
        raise SettingsError(
            f"cannot load the spaCy pipeline {model!r} ({error}); install it with pip or pass --model PATH"
        ) from error
    missing = [name for name in ("parser", "ner") if name not in nlp.pipe_names]
    if missing:
        raise SettingsError(f"the spaCy pipeline {model!r} lacks {', '.join(missing)}; eventwire needs both")
    return add_title_boundaries(nlp)
