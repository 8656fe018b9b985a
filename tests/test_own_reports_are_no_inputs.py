"""A report the auditor wrote is no news document: run again on a folder that holds the last run's
report, the run audits the same documents (not the findings' quoted sentences) and writes its report
where the last one was; a report named as an input is skipped with the reason, and the rest audited."""
from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner

from auditor.cli import cli
from auditor.own_files import is_own_report
from conftest import ROOT


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def folder(tmp_path):
    shutil.copytree(ROOT / "examples" / "idleb", tmp_path / "desk")
    return tmp_path / "desk"


@pytest.mark.parametrize("name", ["report.html", "report.txt"])
def test_a_second_run_reads_the_same_documents_and_replaces_its_report(folder, name):
    first = run("audit", folder, "-o", folder / name)
    assert first.exit_code == 1
    assert is_own_report(str(folder / name))
    written = (folder / name).read_text(encoding="utf-8")
    second = run("audit", folder, "-o", folder / name)
    assert second.exit_code == 1, second.output
    assert "6 documents, 20 claims" in first.output and "6 documents, 20 claims" in second.output
    assert (folder / name).read_text(encoding="utf-8") == written


def test_a_report_named_as_an_input_is_skipped_with_the_reason(folder, tmp_path):
    run("audit", folder, "-o", tmp_path / "old.html")
    result = run("audit", tmp_path / "old.html", *sorted(folder.glob("*.md")), "-o", tmp_path / "new.json")
    assert result.exit_code == 2
    assert "old.html: an audit report this program wrote, not a document" in result.output
    assert "6 documents, 20 claims" in result.output


def test_a_page_that_only_names_the_auditor_is_read(tmp_path):
    page = tmp_path / "page.html"
    page.write_text('<html><head><meta name="generator" content="WordPress 6.4"></head><body><p>The auditor '
                    "said 14 people were killed in the blast on Monday.</p></body></html>", encoding="utf-8")
    notes = tmp_path / "notes.txt"
    notes.write_text("Counts so far:\n3 documents, 20 claims: 4 errors, 1 warning, 0 info\nThe auditor said "
                     "14 people were killed.\n", encoding="utf-8")
    assert not is_own_report(str(page)) and not is_own_report(str(notes))
    result = run("audit", tmp_path, "-o", tmp_path / "out.json")
    assert "2 documents" in result.output, result.output
