from __future__ import annotations

from auditor.documents import read_documents
from conftest import FIXTURES

DOCS = FIXTURES / "documents"


def test_markdown_front_matter_sets_source_published_title_url():
    docs, problems = read_documents([str(DOCS / "front-matter.md")])
    assert problems == []
    (d,) = docs
    assert (d.id, d.source, d.title, d.url) == ("front-matter", "Wire A", "Soldiers killed", "https://example.org/a")
    assert d.published == "2020-02-27T18:40:00+03:00"
    assert d.text.startswith("At least 29 soldiers")


def test_plain_text_takes_source_from_file_name_and_published_from_option():
    docs, _ = read_documents([str(DOCS / "plain-no-front-matter.txt")], published="2020-02-27")
    (d,) = docs
    assert d.source == "plain-no-front-matter"
    assert d.published_date.isoformat() == "2020-02-27"


def test_jsonl_reads_one_document_a_line():
    docs, problems = read_documents([str(DOCS / "two-documents.jsonl")])
    assert [d.id for d in docs] == ["a", "b"] and problems == []
    assert docs[1].url == "https://example.org/b" and docs[1].source == "Wire B"


def test_jsonl_bad_lines_are_problems_and_good_lines_survive():
    docs, problems = read_documents([str(DOCS / "one-good-line-two-bad.jsonl")])
    assert [d.id for d in docs] == ["ok"]
    assert [p.path.rsplit(":", 1)[1] for p in problems] == ["2", "3"]
    assert "not JSON" in problems[0].message and '"text"' in problems[1].message


def test_html_drops_scripts_and_tags():
    (d,), _ = read_documents([str(DOCS / "page-with-markup.html")])
    assert "999" not in d.text and "<b>" not in d.text
    assert "More than 400 civilians" in " ".join(d.text.split())


def test_directory_is_read_recursively_in_sorted_order():
    docs, problems = read_documents([str(DOCS)])
    assert [d.id for d in docs][:2] == ["front-matter", "ok"]
    assert {p.path.split("/")[-1].split(":")[0] for p in problems} == {
        "one-good-line-two-bad.jsonl", "malformed-front-matter.md", "unknown-published-date.md"}


def test_malformed_front_matter_and_bad_date_are_one_line_problems():
    _, problems = read_documents([str(DOCS / "malformed-front-matter.md"), str(DOCS / "unknown-published-date.md")])
    assert "malformed YAML front matter" in problems[0].message
    assert "not an ISO 8601 date" in problems[1].message
    assert all("\n" not in str(p) for p in problems)


def test_stdin_and_missing_paths():
    docs, problems = read_documents(["-", "no/such/file.txt"], stdin=b"5 people died.")
    assert docs[0].id == "stdin" and docs[0].text == "5 people died."
    assert problems[0].message == "no such file or directory"


def test_empty_and_binary_files_are_problems(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02abc")
    (tmp_path / "bad-utf8.txt").write_bytes("caf\xe9 cr\xe8me br\xfbl\xe9e".encode() + b"\xff")
    (tmp_path / "utf16.txt").write_bytes("12 people died.".encode("utf-16"))
    docs, problems = read_documents([str(tmp_path)])
    assert [d.id for d in docs] == ["utf16"]
    assert sorted(p.message.split(" (")[0] for p in problems) == ["binary file, not text", "empty document",
                                                                 "not valid UTF-8 text"]
