"""Quotation marks and the regions between them."""
from __future__ import annotations

from eventwire.paragraphs import paragraph_spans
from eventwire.stages.quotes.marks import Lines, find_regions, normalise_marks


def test_normalised_copy_keeps_every_offset():
    text = "He said \"no\" and ``yes'' and „ja“ and «oui» and “si”.\nNext ''line"
    norm = normalise_marks(text)
    assert len(norm) == len(text)
    assert norm.count("“") == norm.count("”") + 1  # the last line's quote is left open
    assert norm[8] == "“" and norm[11] == "”"  # straight marks toggle


def test_regions_skip_marks_and_close_at_a_line_break():
    text = "“An open quote that never closes\nPlain text, and “a closed one” here."
    regions = find_regions(text)
    assert [r.span.text(text) for r in regions] == ["An open quote that never closes", "a closed one"]
    assert [r.closed for r in regions] == [False, True]
    assert [r.words for r in regions] == [6, 3]


def test_a_paragraph_reopening_with_a_mark_continues_the_quote():
    text = "She said: “The first part goes on.\n\n“And the second part ends here.”\n\n“A new quote.”"
    regions = find_regions(text)
    assert [r.continues for r in regions] == [False, True, False]


def test_paragraphs_are_the_pipelines_non_blank_lines():
    text = "  Tarn Ellery spoke first.  \n\n   \nThen “the ferry leaves at dawn” was all he said.\n"
    lines = Lines.of(text)
    assert lines.bounds == tuple(paragraph_spans(text))
    assert [text[s:e] for s, e in lines.bounds] == ["Tarn Ellery spoke first.",
                                                     "Then “the ferry leaves at dawn” was all he said."]
    assert lines.at(text.index("Then")) == 1 and lines.at(text.index("spoke")) == 0
    assert [r.paragraph for r in find_regions(text, lines)] == [1]


def test_blank_lines_between_paragraphs_do_not_break_a_continued_quote():
    text = "Ila Brent said: “The nets came up empty.\n \n\t\n“And the boats stayed home.”"
    regions = find_regions(text)
    assert [r.paragraph for r in regions] == [0, 1]
    assert [r.continues for r in regions] == [False, True]
