"""The times stage: TIMEX3 recognition and normalisation (TimeML / TempEval-3 conventions).

By job: `grammar` declares the rules (pattern, handler, vetoes) and compiles them from the vocabulary in
`knowledge/data/time_words.tsv`; `recognise` finds their matches, longest first; `vetoes` rejects names
and numbers that only look like dates ("Theresa May", "March" as a verb, "2000 troops") from spaCy's
parse; `tense` gives the direction that decides whether a bare "Friday" or "July" lies before or after
the publication date; `normalise` computes the values with `eventwire.timex`, anchored on
`article.published` for deictic expressions ("last week") and on the last date mentioned for anaphoric
ones ("two days later", "a year earlier", "the following month").
"""
from __future__ import annotations

import dataclasses

from ...knowledge import Knowledge
from ...records import Article
from .grammar import Grammar, build_grammar, grammar_for
from .recognise import find_times


def run(article: Article, knowledge: Knowledge) -> Article:
    grammar = grammar_for(knowledge)
    return dataclasses.replace(article, times=tuple(find_times(article, grammar)))


__all__ = ["Grammar", "build_grammar", "find_times", "grammar_for", "run"]
