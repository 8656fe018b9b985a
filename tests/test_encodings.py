"""Legacy encodings: a Windows-1252 file is read (charset-normalizer), its encoding
reported; UTF-32 with a BOM is read; only undecodable bytes are an error."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from auditor.cli import cli
from auditor.documents import read_documents

HOSTILE = Path(__file__).parent / "fixtures" / "hostile"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def test_a_windows_1252_file_is_read_and_its_claims_extracted():
    path = HOSTILE / "cp1252-english.txt"
    raw = path.read_bytes()
    assert b"\x96" in raw and b"\x93" in raw          # cp1252's en dash and curly quote: not UTF-8
    (doc,), problems = read_documents([str(path)])
    assert not problems and doc.encoding == "cp1252"
    assert "The toll rose – at least 33" in doc.text and "“We mourn 33 martyrs,”" in doc.text
    r = run("claims", path, "--format", "jsonl")
    assert r.exit_code == 0, r.output
    claims = [json.loads(line) for line in r.stdout.splitlines()]
    assert any(c["text"] == "at least 33" and c["low"] == 33 and c["thing"] == "Turkish soldiers"
               and c["measure"] == "killed" and c["where"] == "Idlib" for c in claims)


def test_the_guessed_encoding_is_reported_in_verbose_output():
    r = run("audit", HOSTILE / "cp1252-article.txt", "-v", "--published", "2020-02-27", "--fail-on", "never")
    assert r.exit_code == 0, r.output
    assert "cp1252-article.txt: not UTF-8, read as cp1252" in r.stderr


def test_utf32_with_a_bom_is_read():
    (doc,), problems = read_documents([str(HOSTILE / "utf32.txt")])
    assert not problems and doc.text.startswith("33 soldiers were killed")


def test_utf8_with_a_stray_byte_is_still_an_error(tmp_path):
    path = tmp_path / "stray.txt"
    path.write_bytes("Le bilan: 33 soldats tués — d’après l’ONU.".encode() + b"\x92 fin")
    docs, (problem,) = read_documents([str(path)])
    assert not docs and problem.message.startswith("not valid UTF-8 text (byte")
