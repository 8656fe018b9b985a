"""An output replaces only a file auditor wrote (or an empty one).

`-o` mistyped onto a news document, a rule pack or a desk's table of official
figures that the run does not read was overwritten before: the run's own inputs
were protected, nothing else. Now every writer (reports in each format, the
claims table, the baseline, the rules reference) refuses a file it did not write,
and replaces its own earlier output as before.
"""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from auditor.cli import cli
from auditor.own_files import written_by_auditor
from conftest import ROOT

DRAFT = ROOT / "examples" / "idleb" / "06-ledger-draft.md"

# files a newsroom keeps beside its reports, none of them written by auditor
FOREIGN = {
    "story.md": "---\nsource: AFP\n---\nAt least 29 soldiers were killed on Thursday.\n",
    "desk.yaml": "rules:\n  - id: desk-toll\n    type: agreement\n",
    "official-figures.csv": "quantity,value\nsoldiers killed,29\n",
    "page.html": "<html><head><title>Our story</title></head><body><p>29 killed</p></body></html>\n",
    "notes.txt": "Call the governor's office about the 29 before 6pm.\n",
    "other-tool.json": '{"tool": {"name": "statcheck"}, "results": []}\n',
    "results.sarif": '{"runs": [{"tool": {"driver": {"name": "vale"}}}]}\n',
    "junit.xml": '<?xml version="1.0"?>\n<testsuites name="pytest"></testsuites>\n',
}

# every writer, as the arguments that make it write `target` (the format forced where a suffix would not say it)
WRITERS = {
    "html": ["audit", DRAFT, "--format", "html", "-o"],
    "json": ["audit", DRAFT, "--format", "json", "-o"],
    "csv": ["audit", DRAFT, "--format", "csv", "-o"],
    "sarif": ["audit", DRAFT, "--format", "sarif", "-o"],
    "junit": ["audit", DRAFT, "--format", "junit", "-o"],
    "text": ["audit", DRAFT, "--format", "text", "-o"],
    "github": ["audit", DRAFT, "--format", "github", "-o"],
    "claims csv": ["audit", DRAFT, "--claims-csv"],
    "baseline": ["audit", DRAFT, "--write-baseline"],
}


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args] + ["--fail-on", "never"] * (args[0] == "audit"),
                              catch_exceptions=False)


@pytest.mark.parametrize("writer", sorted(WRITERS))
@pytest.mark.parametrize("name", sorted(FOREIGN))
def test_a_file_auditor_did_not_write_is_refused_and_kept(tmp_path, writer, name):
    target = tmp_path / name
    target.write_text(FOREIGN[name])
    r = run(*WRITERS[writer], target)
    assert r.exit_code == 2
    assert "auditor did not write it" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert target.read_text() == FOREIGN[name]


@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_each_writer_replaces_its_own_earlier_output(tmp_path, writer):
    target = tmp_path / "out"
    assert run(*WRITERS[writer], target).exit_code == 0
    assert written_by_auditor(str(target)), f"{writer} output is not recognised as ours"
    first = target.read_bytes()
    assert run(*WRITERS[writer], target).exit_code == 0
    assert target.read_bytes() == first


def test_an_output_of_one_format_may_replace_another_of_ours(tmp_path):
    target = tmp_path / "findings"
    assert run("audit", DRAFT, "--format", "sarif", "-o", target).exit_code == 0
    assert run("audit", DRAFT, "--format", "json", "-o", target).exit_code == 0
    assert '"tool"' in target.read_text()


def test_an_empty_placeholder_is_written(tmp_path):
    # a pipeline's `out=$(mktemp)` names an empty file
    for content in ("", "  \n"):
        target = tmp_path / "placeholder"
        target.write_text(content)
        assert run("audit", DRAFT, "--format", "json", "-o", target).exit_code == 0
        assert target.read_text().startswith("{")


def test_rules_docs_replaces_its_reference_but_not_a_document(tmp_path):
    reference = tmp_path / "rules.md"
    assert run("rules", "docs", "-o", reference).exit_code == 0
    assert run("rules", "docs", "-o", reference).exit_code == 0
    story = tmp_path / "story.md"
    story.write_text(FOREIGN["story.md"])
    r = run("rules", "docs", "-o", story)
    assert r.exit_code == 2 and story.read_text() == FOREIGN["story.md"]


def test_a_large_foreign_file_is_judged_by_its_ends(tmp_path):
    big = tmp_path / "archive.json"
    big.write_bytes(b"{" + b" " * 20_000_000 + b'"x": 1}')
    r = run("audit", DRAFT, "-o", big)
    assert r.exit_code == 2 and big.stat().st_size == 20_000_008
