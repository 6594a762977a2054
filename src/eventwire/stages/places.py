"""The places stage (first cut: to be written)."""
from __future__ import annotations

from ..knowledge import Knowledge
from ..records import Article


def run(article: Article, knowledge: Knowledge) -> Article:
    return article
