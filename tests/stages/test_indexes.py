"""The offset and name indexes the stages keep for long articles answer exactly as the scans they replace."""
from __future__ import annotations

import random

from eventwire.records import Span
from eventwire.stages.actors.entities import _names_a_person
from eventwire.stages.actors.grouping import _chain, _FullNames
from eventwire.stages.actors.mentions import Found
from eventwire.stages.actors.pronouns import _antecedent, _person_antecedent
from eventwire.stages.actors.tokens import FoundList
from eventwire.stages.quotes import find_regions, marks, transcripts

_NAMES = ["Orla Penhallow", "Tamsin Vyke", "Bram Okonkwo-Hale", "Penhallow", "Vyke", "Idris Penhallow", "Okonkwo",
          "Lysa Marrow-Vale", "Marrow", "Quill"]


def _found(rng: random.Random, sentence: int, start: int) -> Found:
    name = rng.choice(_NAMES)
    kind = rng.choice(["person", "person", "country", "organisation"])
    return Found(Span(start, start + len(name)), rng.choice(["name", "pronoun"]), (kind if kind != "person"
                 else "person", name), kind, name, sentence=sentence, subject=rng.random() < 0.5)


class _Sentence:
    def __init__(self, span: Span) -> None:
        self.span = span


def test_found_list_near_holds_every_possible_antecedent_and_its_surnames_match_a_scan() -> None:
    rng = random.Random(5)
    sentences = [_Sentence(Span(n * 100, n * 100 + 90)) for n in range(40)]
    found = FoundList(sentences=sentences)
    plain: list[Found] = []
    for number in range(40):
        items = [_found(rng, number, number * 100 + rng.randint(0, 60)) for _ in range(rng.randint(0, 4))]
        if rng.random() < 0.1:  # a mention whose span leaves its sentence still counts
            items.append(_found(rng, number, max(0, number * 100 - 150)))
        found += items
        plain += items
        for word in ("Penhallow", "Vyke", "Hale", "Okonkwo-Hale", "Quill", "Marrow-Vale"):
            assert _names_a_person(word, found) == _names_a_person(word, plain)
            assert _names_a_person(word, found, items[:1]) == _names_a_person(word, plain, items[:1])
        span = Span(number * 100 + 70, number * 100 + 72)
        for gender in ("m", "f"):
            genders = {("person", name): rng.choice("mf") for name in _NAMES}
            assert _person_antecedent(found.near(number), span, number, gender, genders) == \
                _person_antecedent(plain, span, number, gender, genders)
        for reach in (0, 1):
            assert _antecedent(found.near(number), span, number, lambda f: f.subject, reach=reach) == \
                _antecedent(plain, span, number, lambda f: f.subject, reach=reach)
    assert list(found) == plain


def test_full_names_give_chain_the_same_person_as_a_scan() -> None:
    entries = [(0, "Orla Penhallow", "Orla Penhallow"), (3, "Tamsin Vyke", "Tamsin Vyke"),
               (5, "Idris Penhallow", "Idris Penhallow"), (8, "Bram Okonkwo-Hale", "Bram Okonkwo-Hale"),
               (9, "Lysa Marrow-Vale", "Lysa Marrow-Vale"), (12, "Orla Penhallow", "Orla Penhallow")]
    indexed = _FullNames(entries)
    for word in ("Penhallow", "penhallow", "Orla", "Vyke", "Hale", "Okonkwo-Hale", "Bram", "Vale", "Nobody"):
        for order in (1, 4, 6, 10, 13):
            assert _chain(word, order, indexed) == _chain(word, order, list(entries))


def test_indexed_regions_answer_inside_and_overlapping_as_a_scan() -> None:
    text = ('Vyke said "the harbour stays open" and "no ship leaves" today.\n'
            '"We will wait," Penhallow told the council, "as long as it takes."\n'
            "A 'short' note, then \u201ca curly quote\u201d and an unclosed \"one\n") * 3
    plain = find_regions(text)
    regions = marks._Regions(plain)
    assert len(plain) > 6
    for start in range(0, len(text) - 5, 3):
        for width in (1, 4, 25):
            span = Span(start, min(len(text), start + width))
            assert marks._inside(span, regions) == marks._inside(span, plain)
            parts = [span, Span(start // 2, start // 2 + 3)]
            assert marks._overlapping(parts, regions) == marks._overlapping(parts, plain)


def test_indexed_turns_find_the_turn_a_scan_finds() -> None:
    text = ("Q: Where did the ferry stop, Ms. Vyke?\nVYKE: At Porthleven, then at the quay.\n"
            "Q: And then?\nVYKE: We waited. \"Nobody came,\" she said.\n") * 3
    plain = transcripts.transcript_turns(text)
    turns = transcripts._Turns(plain)
    assert len(plain) > 4
    for start in range(0, len(text) - 3):
        for width in (1, 3, 12):
            span = Span(start, min(len(text), start + width))
            assert transcripts._turn_at(turns, span) is transcripts._turn_at(plain, span)
    for turn in plain:
        assert transcripts._turn_at(turns, turn.cue) is transcripts._turn_at(plain, turn.cue)


def test_label_actor_finds_by_name_last_word_and_initials_as_a_scan_would() -> None:
    from eventwire.records import Actor, Article, Mention

    text = "((TV)) Tamsin Vyke met Orla Penhallow and Idris Penhallow of the Harbour Board; ((OP)) spoke. Vyke left."
    people = [("a1", "Tamsin Vyke", "person"), ("a2", "Orla Penhallow", "person"), ("a3", "Idris Penhallow", "person"),
              ("a4", "Harbour Board", "organisation"), ("a5", "Tamsin  VYKE", "organisation")]
    actors_ = tuple(Actor(i, name, kind, None, None, None, (Mention(Span(90 + n, 91 + n), "name"),))
                    for n, (i, name, kind) in enumerate(people))
    article = Article("t", text, actors=actors_)

    def scan(label: Span):
        name = " ".join(label.text(text).lower().split())
        same = [a for a in actors_ if " ".join(a.name.lower().split()) == name]
        if same:
            return same[0]
        words = name.split()
        found = [a for a in actors_ if a.kind == "person" and a.name.split()[-1].lower() == words[-1]]
        if not found and len(words) == 1 and 2 <= len(name) <= 3:
            found = [a for a in actors_ if a.kind == "person" and len(a.name.split()) == len(name)
                     and "".join(w[0] for w in a.name.lower().split()) == name]
        return found[0] if len(found) == 1 else None

    labels = [Span(2, 4), Span(7, 18), Span(12, 18), Span(23, 37), Span(28, 37), Span(84, 86), Span(102, 106)]
    results = [transcripts._label_actor(article, label) for label in labels]
    assert results == [scan(label) for label in labels]
    assert results[0].id == "a1" and results[1].id == "a1" and results[2].id == "a1" and results[4] is None


def test_times_choose_keeps_what_a_pairwise_scan_keeps() -> None:
    from types import SimpleNamespace

    from eventwire.stages.times.grammar import TimexCandidate
    from eventwire.stages.times.recognise import choose

    rng = random.Random(3)
    rules = [SimpleNamespace(priority=p) for p in range(4)]
    candidates = []
    for _ in range(300):
        start = rng.randint(0, 2000)
        candidates.append(TimexCandidate(start, start + rng.randint(1, 30), rng.choice(rules), {}, 0))
    ordered = sorted(candidates, key=lambda c: (-(c.end - c.start), c.rule.priority, c.start))
    taken: list = []
    for cand in ordered:
        if all(cand.end <= t.start or t.end <= cand.start for t in taken):
            taken.append(cand)
    assert choose(candidates) == sorted(taken, key=lambda c: c.start)
