"""Readers: every bad input becomes a Failure naming the record, and the stream goes on."""
from __future__ import annotations

import io
import json
import os
from datetime import date
from pathlib import Path

import pytest

from eventwire.formats import readers
from eventwire.formats.readers import count_records, read_jsonl_lines, read_source, read_sources
from eventwire.records import Article, Failure


def line(**fields: object) -> str:
    return json.dumps(fields, ensure_ascii=False)


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def outcome(items: list[Article | Failure]) -> list[tuple[str, str]]:
    return [("ok", i.id) if isinstance(i, Article) else (i.id, i.reason) for i in items]


def test_a_jsonl_line_becomes_an_article_with_its_metadata() -> None:
    [article] = read_jsonl_lines([line(id="a", text="Talks resumed.", published="2021-06-01", title="T",
                                       url="https://example.org/a", licence="CC BY", extra="ignored")], "in")
    assert isinstance(article, Article)
    assert (article.id, article.text, article.published) == ("a", "Talks resumed.", date(2021, 6, 1))
    assert dict(article.meta) == {"title": "T", "url": "https://example.org/a", "licence": "CC BY"}


@pytest.mark.parametrize("bad, expected", [
    ("{not json", ("in:2", "not valid JSON")),
    ("[1, 2]", ("in:2", "must be a JSON object")),
    (line(id="b"), ("b", "'text' is missing")),
    (line(id="b", text="   "), ("b", "the text is empty")),
    (line(id="b", text="x", published="next week"), ("b", "not a YYYY-MM-DD date")),
    (line(id="b", text="a\x00b"), ("b", "NUL")),
    (line(text="no id"), ("in:2", "")),  # no id: the line number names the record, and it is read
])
def test_a_bad_line_in_the_middle_fails_alone(bad: str, expected: tuple[str, str]) -> None:
    lines = [line(id="a", text="First."), bad, line(id="c", text="Third.")]
    result = outcome(list(read_jsonl_lines(lines, "in")))
    assert result[0] == ("ok", "a") and result[2] == ("ok", "c")
    record, reason = result[1]
    if expected[1]:
        assert record == expected[0] and expected[1] in reason
    else:
        assert result[1] == ("ok", "in:2")


def test_bytes_lines_blank_lines_a_bom_and_bad_utf8() -> None:
    lines = [b"\xef\xbb\xbf" + line(id="a", text="First.").encode(), b"\n", b'{"id": "b", "text": "caf\xe9"}\n',
             line(id="c", text="Third.").encode() + b"\r\n"]
    result = outcome(list(read_jsonl_lines(lines, "in")))
    assert result[0] == ("ok", "a") and result[2] == ("ok", "c")
    assert result[1][0] == "in:3" and "not valid UTF-8" in result[1][1]


def test_a_line_separator_inside_a_json_string_does_not_split_the_line(tmp_path: Path) -> None:
    path = write(tmp_path / "in.jsonl", line(id="a", text="One\u2028two.") + "\n" + line(id="b", text="B.") + "\n")
    items = list(read_source(str(path)))
    assert [i.id for i in items] == ["a", "b"] and all(isinstance(i, Article) for i in items)
    assert items[0].text == "One\u2028two."  # type: ignore[union-attr]


def test_a_file_with_a_bad_utf8_line_keeps_its_other_lines(tmp_path: Path) -> None:
    data = (line(id="a", text="A.") + "\n").encode() + b'{"id": "b", "text": "\xff"}\n' + (line(id="c", text="C.")).encode()
    result = outcome(list(read_source(str(write(tmp_path / "in.jsonl", data)))))
    assert [r[0] for r in result] == ["ok", f"{tmp_path / 'in.jsonl'}:2", "ok"]


@pytest.mark.parametrize("name, data, reason", [
    ("bin.jsonl", b'{"id": "a"\x00\x00\x01', "binary data"),
    ("bin.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
    ("latin1.txt", "Caf\u00e9 au lait.".encode("latin-1"), "not valid UTF-8"),
    ("empty.txt", b"  \n\n", "the text is empty"),
    ("notes.docx", b"PK\x03\x04", "unknown kind of file"),
])
def test_bad_files_fail_with_a_reason(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = write(tmp_path / name, data)
    [item] = list(read_source(str(path)))
    assert isinstance(item, Failure) and item.id == str(path) and reason in item.reason


def test_a_missing_file_fails() -> None:
    [item] = list(read_source("/no/such/file.jsonl"))
    assert item == Failure("/no/such/file.jsonl", "no such file or folder")


def test_a_text_file_is_one_article_named_after_the_file(tmp_path: Path) -> None:
    [article] = list(read_source(str(write(tmp_path / "brief-7.txt", "\ufeffThe summit opened.\n"))))
    assert isinstance(article, Article)
    assert (article.id, article.text, article.meta["source"]) == ("brief-7", "The summit opened.\n",
                                                                  str(tmp_path / "brief-7.txt"))


def test_html_gives_its_main_text(tmp_path: Path) -> None:
    body = "<p>The foreign minister arrived in the capital on Monday for two days of talks.</p>" * 3
    html = f"<html><head><title>x</title></head><body><nav>Home | About</nav><article>{body}</article></body></html>"
    [article] = list(read_source(str(write(tmp_path / "page.html", html))))
    assert isinstance(article, Article) and "foreign minister arrived" in article.text
    assert "Home | About" not in article.text


def test_a_folder_is_read_in_sorted_order_skipping_hidden_and_other_files(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", "Bee.")
    write(tmp_path / "a" / "z.txt", "Zed.")
    write(tmp_path / "c.jsonl", line(id="c1", text="C one.") + "\n" + line(id="c2", text="C two."))
    write(tmp_path / ".hidden.txt", "Hidden.")
    write(tmp_path / ".git" / "x.txt", "Git.")
    write(tmp_path / "README.md", "Not an article.")
    assert [i.id for i in read_source(str(tmp_path))] == ["z", "b", "c1", "c2"]
    assert count_records([str(tmp_path)]) == 4


def test_a_folder_with_nothing_readable_fails(tmp_path: Path) -> None:
    write(tmp_path / "README.md", "Not an article.")
    [item] = list(read_source(str(tmp_path)))
    assert isinstance(item, Failure) and item.id == str(tmp_path) and "no .jsonl, .txt or .html" in item.reason


def test_an_unreadable_folder_fails_and_the_rest_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # chmod 000 does not stop root, so the OSError that a real unreadable folder raises is simulated.
    write(tmp_path / "ok" / "a.txt", "Readable.")
    locked = tmp_path / "locked"
    write(locked / "b.txt", "Never read.")
    real_scandir = os.scandir

    def scandir(path: object = ".") -> object:
        if Path(os.fsdecode(path)) == locked:  # type: ignore[arg-type]
            raise PermissionError(13, "Permission denied", str(locked))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    result = outcome(list(read_source(str(tmp_path))))
    assert result == [(str(locked), "cannot list the folder: Permission denied"), ("ok", "a")]


def test_stdin_is_read_as_bytes_so_a_bad_line_fails_alone() -> None:
    stdin = io.BytesIO((line(id="a", text="A.") + "\n").encode() + b"\xff\xfe\n" + line(id="c", text="C.").encode())
    result = outcome(list(read_sources(["-"], stdin=stdin)))
    assert [r[0] for r in result] == ["ok", "<stdin>:2", "ok"]
    assert count_records(["-"]) is None


def test_count_records_counts_lines_and_documents(tmp_path: Path) -> None:
    jsonl = write(tmp_path / "in.jsonl", line(id="a", text="A.") + "\n\n" + line(id="b", text="B.") + "\n")
    txt = write(tmp_path / "d.txt", "D.")
    assert count_records([str(jsonl), str(txt), str(tmp_path / "missing.txt")]) == 4
    assert readers.READABLE_SUFFIXES >= {".jsonl", ".txt", ".html"}


def test_the_sample_corpus_reads_cleanly_and_keeps_its_licence() -> None:
    sample = Path(__file__).resolve().parents[2] / "samples" / "wikinews_politics.jsonl"
    items = list(read_source(str(sample)))
    assert 30 <= len(items) <= 72 and all(isinstance(i, Article) for i in items)
    assert len({i.id for i in items}) == len(items)
    for article in items:
        assert isinstance(article, Article) and article.published is not None
        assert article.meta["url"].startswith("https://en.wikinews.org/")
        assert "CC BY 2.5" in article.meta["licence"]
