"""Property tests (hypothesis) for the invariants DESIGN.md names: spans inside the text, ids that resolve,
offsets that survive quote-mark normalisation, output in input order, on text generated from news words."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire import Pipeline, make_article
from eventwire.formats.contract import to_contract
from eventwire.stages.quotes import normalise_marks

MARKS = ['"', "''", "``", "“", "”", "„", "«", "»", "'", "‘", "’"]
WORDS = ["The", "minister", "said", "President", "Anna", "Varga", "met", "Premier", "Olaf", "Brandt", "of",
         "Freedonia", "in", "Lakeport", "on", "Monday", "told", "reporters", "next", "year", "last", "week",
         "police", "arrested", "protesters", "troops", "attacked", "Ruritania", "he", "she", "will", "visit",
         "2019", "March", "signed", "a", "treaty", "with", "Germany", ".", ",", "\n", *MARKS]
texts = st.lists(st.sampled_from(WORDS), min_size=1, max_size=30).map(" ".join).filter(str.strip)

FEW = settings(max_examples=25, deadline=None, derandomize=True,
               suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@given(st.lists(st.sampled_from(["a", " ", "\n", *MARKS]), max_size=40).map("".join))
@settings(max_examples=300, deadline=None, derandomize=True)
def test_quote_mark_normalisation_keeps_every_offset(text: str) -> None:
    marked = normalise_marks(text)
    assert len(marked) == len(text)
    for before, after in zip(text, marked):
        assert after == before or before in "\"'`“”„«»‘’"  # only quote marks change, each in its place


def spans(record: dict) -> list[list[int]]:
    found = [s for a in record["actors"] for s in a["mentions"]]
    found += [t["span"] for t in record["times"]] + [p["span"] for p in record["places"]]
    found += [e["sentence"] for e in record["events"]] + [e["trigger"] for e in record["events"] if e["trigger"]]
    found += [s for q in record["quotes"] for s in q["content"]]
    found += [q[k] for q in record["quotes"] for k in ("cue", "speaker_span") if q[k]]
    return found


@given(st.lists(texts, min_size=1, max_size=3))
@FEW
def test_extract_output_keeps_its_invariants(pipeline: Pipeline, batch: list[str]) -> None:
    articles = [make_article(f"a{n}", text, "2023-09-13") for n, text in enumerate(batch)]
    out = list(pipeline.pipe(articles))
    assert [a.id for a in out] == [a.id for a in articles]  # output order is input order
    for article in out:
        record = to_contract(article)
        text = article.text
        assert all(0 <= s[0] < s[1] <= len(text) for s in spans(record)), record
        actors = {a["id"] for a in record["actors"]}
        places = {p["id"] for p in record["places"]}
        for event in record["events"]:
            assert set(event["actors"]) | set(event["recipients"]) <= actors
            assert event["reported_by"] in actors | {None} and event["place"] in places | {None}
            if event["trigger"]:
                assert event["sentence"][0] <= event["trigger"][0] < event["trigger"][1] <= event["sentence"][1]
        assert all(q["speaker"] in actors | {None} for q in record["quotes"])
