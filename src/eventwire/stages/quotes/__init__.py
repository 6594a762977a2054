"""The quotes stage: direct, mixed and indirect quotes, each with its cue and speaker.

By job: `marks` reads the quotation marks (on a same-length normalised copy of the text, so offsets never
move) into *regions*, and holds the article's paragraphs (`Lines`, built once per article, the pipeline's
own paragraphs); `attributions` reads the parse for cues, their speaker phrases and contents;
`transcripts` reads interview turns ("NAME:", "((Jo Wu))", "Q:"/"A:"); `pairing` joins regions and
attributions into direct, mixed and indirect quotes; `speakers` resolves each speaker phrase to an actor.
"""
from __future__ import annotations

import dataclasses

from ...knowledge import Knowledge
from ...knowledge.cues import Cues
from ...records import Actor, Article, Quote, Span
from .attributions import Attribution, clause_subjects, find_attributions
from .marks import Lines, Region, _Regions, find_regions, normalise_marks
from .pairing import build_quotes
from .speakers import (_documents, _surnames, continued_speaker, generic, interviewer_own, performed_act,
                       quoted_term, resolve_speaker, sourceless, unsigned_reports, unvoiced_it)
from .transcripts import Turn, _Turns, transcript_turns


def run(article: Article, knowledge: Knowledge) -> Article:
    """Fill `article.quotes`, in text order, ids q1, q2, …"""
    if not article.paragraphs:
        return article
    cues: Cues = knowledge.cues
    lines = Lines.of(article.text)
    regions = _Regions(find_regions(article.text, lines))
    found_turns = transcript_turns(article.text, lines)
    drafts = build_quotes(article.text, regions, find_attributions(article, cues, regions, lines, found_turns),
                          clause_subjects(article, regions), lines)
    turns = _Turns(found_turns)
    surnames = _surnames(article)
    sentences = list(article.sentences())
    documents = _documents(sentences, cues)
    quotes = []
    # Reported speech that reports no one ("it was reported that …", "agreed to discuss the findings") is no
    # quote: see `sourceless`; nor is a declaration that performs an act ("declared a curfew"): `performed_act`.
    drafts = [continued_speaker(article, d, sentences, lines) for d in drafts
              if not sourceless(d, sentences, cues) and not unsigned_reports(d, sentences, cues)
              and not quoted_term(article.text, d, sentences)
              and not performed_act(d, sentences, cues, knowledge.verbs, knowledge.cameo)]
    # (speaker span, actor) of the quotes resolved so far: the antecedents a later "he said" may take
    spoken: list[tuple[Span, Actor]] = []
    for draft in drafts:
        speaker, speaker_span = resolve_speaker(article, draft, drafts, turns, surnames, sentences, documents,
                                                  knowledge.agents.roles, lines, spoken)
        if generic(article, draft, speaker, turns) or unvoiced_it(article, draft, speaker, sentences, cues) \
                or interviewer_own(article, draft, speaker, turns, cues, knowledge.agents.roles):
            continue  # "you can say that …", "it shows that …", "((WN)) When I say …": no one's reported words
        if speaker is not None and speaker_span is not None:
            spoken.append((speaker_span, speaker))
        quotes.append(Quote(id=f"q{len(quotes) + 1}", kind=draft.kind, content=draft.content, cue=draft.cue,
                            speaker=speaker.id if speaker is not None else None, speaker_span=speaker_span))
    return dataclasses.replace(article, quotes=tuple(quotes))


__all__ = ["Attribution", "Lines", "Region", "Turn", "find_attributions", "find_regions", "normalise_marks",
           "run", "transcript_turns"]
