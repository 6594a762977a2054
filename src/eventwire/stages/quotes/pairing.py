"""Pairing: regions and attributions become quotes. An attribution whose content is a region is a direct
quote; one whose content mixes quoted and unquoted words is mixed; one without quotation marks is indirect.
Regions that no attribution's content covers look for their speaker nearby: a cue in their own sentence,
"X said." right after, "X said:" right before, then the previous quote of the paragraph, or of the previous
paragraph for a quote-only paragraph. Speakers are still spans here."""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Iterable, Mapping

from ...knowledge.cues import THIRD_PARTY_ONLY
from ...records import Span
from .attributions import _PRONOUN_SPEAKERS, Attribution
from .marks import _WORD, Lines, Region, _fold, _inside, _overlapping, _words

# Regions this short are scare quotes ("so-called 'experts'") unless an attribution's content holds them.
MIN_DIRECT_WORDS = 3
# A content needs this many unquoted words, besides its quoted ones, to be a mixed quote, not a direct one
# whose parse dragged in a stray word.
MIN_MIXED_WORDS = 2
# A quoted stretch that nothing attributes is kept only from this length: shorter ones are names and titles.
MIN_LOOSE_WORDS = 4
_TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "on", "in", "and", "for", "to", "with", "at", "by", "or"})


@dataclass(frozen=True, slots=True)
class _QuoteDraft:
    kind: str
    content: tuple[Span, ...]
    cue: Span | None
    speaker_span: Span | None
    paragraph: int


def _quoted_mask(text: str, regions: Iterable[Region]) -> bytearray:
    mask = bytearray(len(text))
    for region in regions:
        mask[region.outer.start:region.outer.end] = b"\x01" * (region.outer.end - region.outer.start)
    return mask


def _unquoted_words(text: str, spans: Iterable[Span], mask: bytearray, skip: Iterable[Span]) -> int:
    skipped = [s for s in skip if s is not None]
    count = 0
    for span in spans:
        for match in _WORD.finditer(text, span.start, span.end):
            if mask[match.start()]:
                continue
            if any(s.start <= match.start() < s.end for s in skipped):
                continue
            count += 1
    return count


def _merge_spans(spans: Iterable[Span]) -> tuple[Span, ...]:
    merged: list[Span] = []
    for span in sorted(spans):
        if merged and span.start <= merged[-1].end + 1:
            merged[-1] = Span(merged[-1].start, max(merged[-1].end, span.end))
        else:
            merged.append(span)
    return tuple(merged)


def build_quotes(text: str, regions: list[Region], attributions: list[Attribution],
                 subjects: Mapping[int, Span] | None = None, lines: Lines | None = None) -> list[_QuoteDraft]:
    """Pair regions and attributions into drafts: direct, mixed, indirect; speakers still as spans.
    `subjects` (region index -> the subject of the clause that holds it) speaks for a quote nothing else
    attributes."""
    mask = _quoted_mask(text, regions)
    lines = lines or Lines.of(text)
    owner: dict[int, int] = {}  # region index -> attribution index whose content holds it
    # Outside cues only: a cue inside a quote ("I think …") belongs to the quoted speaker, not to the region.
    outside = [i for i, a in enumerate(attributions) if a.line or not _inside(a.cue, regions)]
    # The tightest content claims a region first: "X said Y told him “…”" gives the quote to Y's cue;
    # a transcript line claims everything on it.
    # A belief cue inside another cue's content ("said she expects the campaign “to …”") is part of what
    # was said: the outer cue claims the quote first.
    def claim_order(i: int) -> tuple[bool, bool, int, int]:
        return (not attributions[i].line, _nested_belief(attributions, i),
                sum(s.end - s.start for s in attributions[i].content), i)

    for index in sorted(outside, key=claim_order):
        attribution = attributions[index]
        for region in _overlapping(attribution.content, regions):
            owner.setdefault(region, index)

    drafts: dict[int, _QuoteDraft] = {}  # keyed by attribution index, so split halves join one quote
    for index in outside:
        attribution = attributions[index]
        if not attribution.content:
            continue
        mine = sorted(r for r, a in owner.items() if a == index)
        touched = _overlapping(attribution.content, regions)
        if touched and not mine and _nested_belief(attributions, index):
            continue  # its quoted words are the outer cue's quote
        skip = (attribution.cue, attribution.speaker_span)
        if mine and any(_unquoted_words(text, (span,), mask, skip) == 0 for span in attribution.content):
            # One clause is a quote in full: another unquoted clause of the same cue is a misparse
            # (“It's over,” she said of the race, in which …), so the quote is direct.
            extra = 0
        else:
            extra = _unquoted_words(text, attribution.content, mask, skip)
        if attribution.line:
            kind = "indirect" if not touched else ("direct" if extra == 0 else "mixed")
            drafts[index] = _QuoteDraft(kind, attribution.content, attribution.cue, attribution.speaker_span,
                                   attribution.paragraph)
        elif not touched:
            drafts[index] = _QuoteDraft("indirect", attribution.content, attribution.cue, attribution.speaker_span,
                                   attribution.paragraph)
        elif extra >= MIN_MIXED_WORDS:
            spans = list(attribution.content) + [regions[r].span for r in mine]
            drafts[index] = _QuoteDraft("mixed", _merge_spans(spans), attribution.cue, attribution.speaker_span,
                                   attribution.paragraph)
        elif mine:
            # Short regions too: “I would,” Melanie said. is a quote, not a scare quote, once a cue claims it.
            drafts[index] = _QuoteDraft("direct", tuple(regions[r].span for r in mine), attribution.cue,
                                   attribution.speaker_span, attribution.paragraph)

    signed: list[_QuoteDraft] = []
    loose: list[tuple[int, _QuoteDraft]] = []
    for number, region in enumerate(regions):
        if number in owner:
            continue  # quoted above
        attribution_index = _nearby_attribution(text, region, regions, attributions, outside, lines)
        if region.words < MIN_DIRECT_WORDS and not _spoken_short(text, region, attributions, attribution_index):
            continue  # a scare quote
        if attribution_index is not None:
            attribution = attributions[attribution_index]
            previous = drafts.get(attribution_index)
            if previous is not None and previous.kind == "direct":
                drafts[attribution_index] = dataclasses.replace(
                    previous, content=previous.content + (region.span,))
            else:
                drafts[attribution_index] = _QuoteDraft("direct", (region.span,), attribution.cue,
                                                   attribution.speaker_span, attribution.paragraph)
            continue
        signature = _dash_signature(text, region)
        if signature is not None:
            signed.append(_QuoteDraft("direct", (region.span,), signature[0], signature[1], region.paragraph))
            continue
        loose.append((number, _QuoteDraft("direct", (region.span,), None, None, region.paragraph)))

    ordered = sorted([*drafts.values(), *signed], key=lambda d: (d.content[0].start, d.content[0].end))
    return _attach_loose(text, regions, ordered, loose, [attributions[i] for i in outside], lines,
                         subjects or {})


def _nested_belief(attributions: list[Attribution], index: int) -> bool:
    """Whether an attribution is a belief cue ("expects", "thinks") inside the content of another cue."""
    attribution = attributions[index]
    return attribution.sense in THIRD_PARTY_ONLY and any(
        other is not attribution and any(s.start <= attribution.cue.start < s.end for s in other.content)
        for other in attributions)


def _nearby_attribution(text: str, region: Region, regions: list[Region], attributions: list[Attribution],
                        outside: list[int], lines: Lines) -> int | None:
    """The cue for a quote no content covers: in its own sentence, just after ("X said."), or before a colon."""
    best: tuple[int, int] | None = None
    for index in outside:
        attribution = attributions[index]
        if attribution.speaker_span is None:
            continue
        if attribution.paragraph not in (region.paragraph, region.paragraph - 1):
            continue
        if attribution.content and _overlapping(attribution.content, regions):
            continue  # it speaks for another quote
        sentence = attribution.sentence
        if attribution.paragraph != region.paragraph:
            # "He went on:" closing one paragraph, the quote opening the next.
            if _colon_before(text, sentence, region):
                distance = 3000 + region.outer.start - sentence.end
            else:
                continue
        elif sentence.overlaps(region.outer):
            distance = min(abs(attribution.cue.start - region.outer.end),
                           abs(region.outer.start - attribution.cue.end))
        elif sentence.start >= region.outer.end and not _WORD.search(text, region.outer.end, sentence.start) \
                and _words(text, attribution.content) <= 2:
            distance = 1000 + sentence.start - region.outer.end  # "“…” He said." split into two sentences
        elif sentence.end <= region.outer.start and _colon_before(text, sentence, region):
            distance = 2000 + region.outer.start - sentence.end  # "He said: “…”"
        else:
            continue
        if best is None or distance < best[0]:
            best = (distance, index)
    return best[1] if best else None


def _spoken_short(text: str, region: Region, attributions: list[Attribution], index: int | None) -> bool:
    """Whether a one- or two-word quote is speech, not a scare quote: its cue follows it at once, with
    only the speaker in between (“You winning?” she said)."""
    if index is None:
        return False
    cue = attributions[index].cue
    if cue.start < region.outer.end:
        return False
    gap = text[region.outer.end:cue.start]
    return len(_WORD.findall(gap)) <= 4 and not any(mark in gap for mark in ".;:\n")


def _colon_before(text: str, sentence: Span, region: Region) -> bool:
    """Whether the sentence ends with a colon that introduces the region ("He said:" / "She went on:")."""
    return text[sentence.start:region.outer.start].rstrip().endswith(":") \
        and not _WORD.search(text, sentence.end, region.outer.start)


# “…” ― Jane Doe, or “…” — Jane Doe, teacher: a quote signed with a dash and a name that ends the line.
_SIGNATURE = re.compile(r"[\s,.]*([—―–]|--)\s*((?:[A-Z][\w.'’-]*\s*){1,5})(?=$|,|\(|\n)")


def _dash_signature(text: str, region: Region) -> tuple[Span, Span] | None:
    """(cue, speaker span) of a quote signed with a dash and a name, as in vox pops and epigraphs."""
    line_end = text.find("\n", region.outer.end)
    line_end = len(text) if line_end < 0 else line_end
    match = _SIGNATURE.match(text[region.outer.end:line_end])
    if match is None:
        return None
    base = region.outer.end
    name_start = base + match.start(2)
    name_end = name_start + len(match.group(2).rstrip())
    return Span(base + match.start(1), base + match.end(1)), Span(name_start, name_end)


def _attach_loose(text: str, regions: list[Region], drafts: list[_QuoteDraft], loose: list[tuple[int, _QuoteDraft]],
                  attributions: list[Attribution], lines: Lines, subjects: Mapping[int, Span]) -> list[_QuoteDraft]:
    """Quotes without a cue of their own: one half of a split quote, a continued paragraph, or a
    quote-only paragraph that goes on with the previous paragraph's speaker."""
    result = list(drafts)
    for number, draft in loose:
        region = regions[number]
        if _title_like(text, region):
            continue  # on Fox News's “Fox and Friends”: a name, not more of the quote
        following = _split_head_of(region, result)
        if following is not None:
            result[result.index(following)] = dataclasses.replace(
                following, content=(region.span,) + following.content)
            continue
        previous = _split_tail_of(text, region, result, attributions)
        if previous is not None:
            kind = "mixed" if previous.kind == "indirect" else previous.kind
            result[result.index(previous)] = dataclasses.replace(
                previous, kind=kind, content=previous.content + (region.span,), paragraph=region.paragraph)
            continue
        before = [d for d in result if d.content[-1].end <= region.span.start]
        last = max(before, key=lambda d: d.content[-1].end) if before else None
        if last is not None and _quote_only_paragraph(text, regions, lines, region.paragraph) and \
                last.paragraph == region.paragraph - 1:
            result.append(dataclasses.replace(draft, speaker_span=last.speaker_span))
            continue
        introduced = _introducing_attribution(text, region, attributions)
        if introduced is not None:
            result.append(dataclasses.replace(draft, speaker_span=introduced.speaker_span))
            continue
        if _worth_keeping(text, region):
            # "Reid has gone after Trump as a “human leech who will bleed the country”": the quote is the
            # words of the clause's subject.
            result.append(dataclasses.replace(draft, speaker_span=subjects.get(number)))
    return sorted(result, key=lambda d: (d.content[0].start, d.content[0].end))


def _introducing_attribution(text: str, region: Region, attributions: list[Attribution]) -> Attribution | None:
    """The attribution of the sentence just before a quote that stands as a sentence of its own in the same
    paragraph: "Jo Wu called him a visionary. “He saw it coming.”" The quote goes on with that speaker."""
    if region.words < MIN_DIRECT_WORDS or not _stands_alone(text, region):
        return None
    before = [a for a in attributions if a.paragraph == region.paragraph and a.speaker_span is not None
              and a.sentence.end <= region.outer.start and not _WORD.search(text, a.sentence.end, region.outer.start)]
    if not before:
        return None
    sentence = max(a.sentence for a in before)
    # The first cue of that sentence is its main clause's: "Jo Wu, who told reporters …, said …".
    return min((a for a in before if a.sentence == sentence), key=lambda a: a.cue.start)


def _stands_alone(text: str, region: Region) -> bool:
    """Whether a quote ends its sentence: only a line break, the end, or a new sentence follows it."""
    rest = text[region.outer.end:region.outer.end + 3]
    return not rest.strip() or re.match(r"\s+[\"“'`A-Z]", rest) is not None or rest[0] in "\n"


def _split_head_of(region: Region, drafts: list[_QuoteDraft]) -> _QuoteDraft | None:
    """The direct quote whose cue follows this region in its paragraph: “A,” he told the host, “B.”"""
    after = [d for d in drafts if d.kind == "direct" and d.paragraph == region.paragraph and d.cue is not None
             and d.content[0].start >= region.span.end
             and region.outer.end <= d.cue.start < d.content[0].start]
    return min(after, key=lambda d: d.content[0].start) if after else None


def _split_tail_of(text: str, region: Region, drafts: list[_QuoteDraft],
                   attributions: list[Attribution]) -> _QuoteDraft | None:
    """The quote this region goes on with: the last quote of the paragraph when no one else speaks in
    between ("…,” Mr. X said. “…”), or a reported clause whose cue comes just before ("…, X said. “…”")."""
    before = [d for d in drafts if d.content[-1].end <= region.span.start
              and (d.paragraph == region.paragraph or region.continues)]
    if not before:
        return None
    quoted = [d for d in before if d.kind in ("direct", "mixed")]
    last_quoted = max(quoted, key=lambda d: d.content[-1].end) if quoted else None
    last = max(before, key=lambda d: d.content[-1].end)
    if last.kind == "indirect" and last.cue is not None and last.content[-1].end <= last.cue.start \
            and (last_quoted is None or last_quoted.content[-1].end < last.content[0].start):
        candidate = last  # the reported half before its cue, then the quoted half
    else:
        candidate = last_quoted  # an indirect clause between the halves ("…,” she said, adding …) is no break
    if candidate is None:
        return None
    if region.continues or not _other_speaker_between(text, candidate, region, attributions):
        return candidate
    return None


def _worth_keeping(text: str, region: Region) -> bool:
    """A quoted stretch with no speaker anywhere near: a quote when it is long and not a title."""
    return region.words >= MIN_LOOSE_WORDS


def _title_like(text: str, region: Region) -> bool:
    """"The Steve Harvey Morning Show", "Contract With America": every word capitalised reads as a title."""
    words = _WORD.findall(text, region.span.start, region.span.end)
    return all(w[0].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in words)


def _other_speaker_between(text: str, previous: _QuoteDraft, region: Region, attributions: list[Attribution]) -> bool:
    """Whether a cue with another speaker stands between a quote and the next region of its paragraph."""
    start, end = previous.content[-1].end, region.outer.start
    mine = _fold(text, previous.speaker_span)
    # Cues in the attribution's own sentence describe the speaker ("said Jo Wu, a lawyer who has been
    # challenging …"): only a later sentence can bring in someone else.
    own = [a.sentence for a in attributions if a.cue == previous.cue]
    for attribution in attributions:
        if own and attribution.sentence == own[0]:
            continue
        if start <= attribution.cue.start < end and attribution.speaker_span is not None:
            if attribution.cue == previous.cue or attribution.speaker_span == previous.speaker_span:
                continue
            if _fold(text, attribution.speaker_span) in _PRONOUN_SPEAKERS:
                continue  # "He did not say more. “…”": most likely the same speaker
            if _fold(text, attribution.speaker_span) != mine:
                return True
    return False


def _quote_only_paragraph(text: str, regions: list[Region], lines: Lines, paragraph: int) -> bool:
    start, end = lines.bounds[paragraph]
    mine = [r.outer for r in regions if r.paragraph == paragraph]
    return all(any(o.start <= m.start() < o.end for o in mine) for m in _WORD.finditer(text, start, end))
