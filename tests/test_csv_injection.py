"""Issue 17, item 8: no CSV the tool writes holds a cell a spreadsheet would run as a
formula; numbers stay numbers. Fixture: tests/fixtures/hostile/formula.jsonl."""
from __future__ import annotations

import csv
import io
from pathlib import Path

from click.testing import CliRunner

from auditor.cli import cli
from auditor.report.machine import _cell

FORMULA = Path(__file__).parent / "fixtures" / "hostile" / "formula.jsonl"
DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def rows_of(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def assert_no_formula(rows: list[dict]) -> None:
    assert rows
    for row in rows:
        for value in row.values():
            if value.startswith(DANGEROUS):
                float(value.replace(",", ""))     # only a plain number may start with - or +


def test_claims_csv_neutralises_text_and_keeps_numbers():
    r = run("claims", FORMULA, "--format", "csv")
    assert r.exit_code == 0, r.output
    rows = rows_of(r.stdout)
    assert_no_formula(rows)
    assert {row["doc"] for row in rows} == {"'=cmd|' /C calc'!A0", "'-b"}
    assert {row["source"] for row in rows} == {"'+SUM(1,2)", "\\tWire B"}   # the tab escaped when read
    assert sorted(float(row["value"]) for row in rows if row["value"])[:1] == [-5.0]   # data, not neutralised
    assert "-5" in {row["value"] for row in rows}


def test_findings_csv_and_claims_csv_of_an_audit(tmp_path):
    r = run("audit", FORMULA, "-o", tmp_path / "findings.csv", "--claims-csv", tmp_path / "claims.csv",
            "--fail-on", "never")
    assert r.exit_code == 0, r.output
    findings = rows_of((tmp_path / "findings.csv").read_text())
    assert_no_formula(findings)
    assert any("'=cmd" in row["docs"] or row["docs"].startswith("'-b") for row in findings)
    assert_no_formula(rows_of((tmp_path / "claims.csv").read_text()))


def test_cell():
    assert _cell("=1+1") == "'=1+1" and _cell("@A1") == "'@A1" and _cell("\rx") == "'\rx"
    assert _cell("-5") == "-5" and _cell("+1,234.5") == "+1,234.5" and _cell(-5) == -5 and _cell(None) is None
    assert _cell("-5 soldiers") == "'-5 soldiers" and _cell("Wire") == "Wire"
