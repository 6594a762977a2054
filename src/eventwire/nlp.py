"""The one place that loads spaCy. The pipeline is a setting, so users can plug in any English model."""
from __future__ import annotations

from typing import Any

from .errors import SettingsError


def load_nlp(model: str) -> Any:
    """Load a spaCy pipeline by package name or path; needs a parser and NER."""
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
    return nlp
