"""The bad-input matrix: every case gives a one-line message and the right exit
code (2, or a skipped document with the rest of the batch audited), never a traceback."""
from __future__ import annotations

import os
import time

import pytest
from click.testing import CliRunner

from auditor.cli import cli

GOOD = "33 soldiers were killed on Thursday in Idlib, officials said.\n"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def assert_one_line_error(result, *fragments):
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    err_lines = [line for line in result.stderr.splitlines() if line.startswith("auditor:")]
    assert err_lines, result.stderr
    joined = "\n".join(err_lines)
    for f in fragments:
        assert f in joined, joined


def batch_with(tmp_path, name: str, content: bytes):
    """A batch of one good document and one bad one: the bad one is skipped, the good one audited."""
    (tmp_path / "good.txt").write_text(GOOD)
    (tmp_path / name).write_bytes(content)
    r = run("audit", tmp_path, "--format", "json", "--published", "2020-02-27")
    assert '"id": "good"' in r.stdout, r.output
    return r


@pytest.mark.parametrize("name,content,message", [
    ("empty.txt", b"", "empty document"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file, not text"),
    # UTF-8 with a stray byte is not taken for a legacy encoding (a Windows-1252 file is read: test_encodings.py)
    ("bad-utf8.txt", "5 soldats tu\xe9s, d\xe9c\xe9d\xe9s \u2014 selon l\u2019ONU.".encode() + b"\xff.",
     "not valid UTF-8 text"),
    ("front.md", b"---\nsource: [oops\n---\n5 people died.\n", "malformed YAML front matter"),
    ("date.md", b"---\npublished: next Tuesday-ish\n---\n5 people died.\n", "is not an ISO 8601 date"),
    ("broken.jsonl", b'{"id": "x", "text": \n', "not JSON"),
])
def test_bad_document_is_skipped_and_the_rest_audited(tmp_path, name, content, message):
    r = batch_with(tmp_path, name, content)
    assert_one_line_error(r, name, message)


def test_utf16_with_bom_is_read(tmp_path):
    (tmp_path / "utf16.txt").write_bytes("33 soldiers were killed on Thursday.".encode("utf-16"))
    r = run("claims", tmp_path / "utf16.txt", "--format", "jsonl")
    assert r.exit_code == 0 and '"value": 33' in r.stdout


def test_document_over_the_size_limit_is_skipped_without_reading_it(tmp_path):
    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)      # a 50 MB (sparse) file
    r = batch_with(tmp_path, "huge.txt", b"")  if False else None
    (tmp_path / "good.txt").write_text(GOOD)
    r = run("audit", tmp_path, "--format", "json", "--published", "2020-02-27")
    assert_one_line_error(r, "huge.txt", "over the")
    assert '"id": "good"' in r.stdout


def test_ten_thousand_digit_number(tmp_path):
    doc = tmp_path / "digits.txt"
    doc.write_text("Officials said " + "9" * 10_000 + " people were killed and 33 soldiers died.")
    r = run("claims", doc, "--format", "jsonl")
    assert r.exit_code == 0 and "Traceback" not in r.output
    assert '"value": 33' in r.stdout


@pytest.mark.parametrize("line", ["7" * 1_000_000, "," * 1_000_000, "1," * 500_000],
                         ids=["digits", "commas", "digits-and-commas"])
def test_a_line_of_a_million_digits_or_commas(tmp_path, line):
    doc = tmp_path / "line.txt"
    doc.write_text(line + "\n" + GOOD)
    start = time.process_time()      # this process's CPU: a loaded machine does not fail the bound
    r = run("audit", doc, "--format", "json", "--published", "2020-02-27")
    assert r.exit_code in (0, 1), r.output
    assert time.process_time() - start < 20


def test_deeply_nested_html(tmp_path):
    doc = tmp_path / "nested.html"
    doc.write_text("<div>" * 100_000 + "<p>33 soldiers were killed on Thursday.</p>" + "</div>" * 100_000)
    r = run("claims", doc, "--format", "jsonl")
    assert r.exit_code == 0 and '"value": 33' in r.stdout


def test_directory_with_no_documents(tmp_path):
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    assert_one_line_error(run("audit", tmp_path), "no documents")


@pytest.mark.parametrize("target", ["loop-b.txt", "nowhere.txt"])
def test_a_link_that_loops_or_dangles_is_skipped_by_name(tmp_path, target):
    """Named on the command line, a link to nothing readable is one skipped input with its
    reason (it once stopped the run with Python's "Symlink loop" as an internal error)."""
    (tmp_path / "good.txt").write_text(GOOD)
    os.symlink(tmp_path / "loop-b.txt", tmp_path / "loop-a.txt")
    os.symlink(tmp_path / "loop-a.txt", tmp_path / "loop-b.txt")
    link = tmp_path / "link.txt"
    os.symlink(tmp_path / target, link)
    r = run("audit", link, tmp_path / "good.txt", "--format", "json", "--published", "2020-02-27")
    assert '"id": "good"' in r.stdout, r.output
    assert_one_line_error(r, "link.txt", "symbolic link to nothing readable")


def test_output_in_a_missing_directory(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    assert_one_line_error(run("audit", tmp_path / "a.txt", "-o", tmp_path / "missing" / "r.html"), "does not exist")


def test_output_in_a_read_only_directory(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    target = ro / "r.html"
    if os.access(ro, os.W_OK):       # root ignores permissions: use a read-only file system instead
        target = "/sys/auditor-report.html"
        if os.access("/sys", os.W_OK) and os.path.isdir("/sys/kernel"):
            pass
    try:
        assert_one_line_error(run("audit", tmp_path / "a.txt", "-o", target), "cannot write")
    finally:
        ro.chmod(0o700)


def test_existing_output_survives_a_failed_write(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    out = tmp_path / "report.json"
    assert run("audit", tmp_path / "a.txt", "-o", out, "--fail-on", "never").exit_code == 0
    previous = out.read_bytes()
    bad_rules = tmp_path / "bad.yaml"
    bad_rules.write_text("rules: [")
    assert_one_line_error(run("audit", tmp_path / "a.txt", "-o", out, "--rules", bad_rules), "bad.yaml")
    assert out.read_bytes() == previous


@pytest.mark.parametrize("name,content,message", [
    ("alias-bomb.yaml",
     'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n'
     'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n',
     "alias-bomb.yaml:1:4: YAML anchors (&a) are not allowed in rule files"),
    ("python-tag.yaml", "rules:\n  - !!python/object/apply:os.system ['echo pwned']\n",
     "python-tag.yaml:2:5: YAML tag '!!python/object/apply:os.system' is not allowed"),
    ("duplicate-keys.yaml", "rules:\n  - id: a-rule\n    type: agreement\n    type: monotonic\n",
     "duplicate-keys.yaml:4:5: duplicate key 'type' (first defined on line 3)"),
])
def test_hostile_rule_files(tmp_path, name, content, message):
    (tmp_path / "a.txt").write_text(GOOD)
    path = tmp_path / name
    path.write_text(content)
    assert_one_line_error(run("audit", tmp_path / "a.txt", "--rules", path), message)


def test_hundred_megabyte_rules_file_is_refused_unread(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    big = tmp_path / "big.yaml"
    with big.open("wb") as fh:
        fh.truncate(100 * 1024 * 1024)
    start = time.perf_counter()
    assert_one_line_error(run("audit", tmp_path / "a.txt", "--rules", big), "big.yaml", "over the")
    assert time.perf_counter() - start < 5
