"""Suppressions end to end: inline markers, front matter, and baselines in a pipeline."""
from __future__ import annotations

import json
import shutil

from click.testing import CliRunner

from auditor.cli import cli
from conftest import ROOT

EXAMPLE = ROOT / "examples" / "idleb"


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def findings(result):
    return [(f["severity"], f["rule"]) for f in json.loads(result.stdout)["findings"]]


def test_baseline_pipeline_reports_only_new_findings(tmp_path):
    drafts = tmp_path / "drafts"
    shutil.copytree(EXAMPLE, drafts)
    baseline = tmp_path / "baseline.json"
    first = run("audit", str(drafts), "--write-baseline", str(baseline), "--format", "json")
    assert first.exit_code == 1 and len(findings(first)) == 5
    data = json.loads(baseline.read_text())
    assert data["version"] == "1" and len(data["fingerprints"]) == 5 == len(data["findings"])
    assert data["fingerprints"] == sorted(data["fingerprints"])

    # the same documents against the baseline: nothing new, exit 0
    again = run("audit", str(drafts), "--baseline", str(baseline), "--format", "json")
    assert again.exit_code == 0 and findings(again) == []

    # a new draft with a new error: only it is reported
    (drafts / "07-new-draft.md").write_text(
        "---\nsource: Desk\npublished: 2020-02-27T23:59:00+03:00\n---\n"
        "Seven civilians, including four children and five women, were killed in Idlib on Thursday.\n")
    new = run("audit", str(drafts), "--baseline", str(baseline), "--format", "json")
    assert new.exit_code == 1
    # its parts add up to more than the whole, and its "four children killed" disagrees with the OSDH's three
    assert sorted(findings(new)) == [("error", "parts-exceed-whole"), ("error", "same-toll-same-day")]


def test_writing_a_baseline_while_using_one_keeps_the_baselined_findings(tmp_path):
    baseline, rewritten = tmp_path / "b.json", tmp_path / "b2.json"
    run("audit", str(EXAMPLE), "--write-baseline", str(baseline), "--format", "json")
    r = run("audit", str(EXAMPLE), "--baseline", str(baseline), "--write-baseline", str(rewritten),
            "--format", "json")
    assert r.exit_code == 0 and findings(r) == []
    assert json.loads(rewritten.read_text())["fingerprints"] == json.loads(baseline.read_text())["fingerprints"]


def test_fingerprints_survive_a_reordered_batch(tmp_path):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    files = sorted(str(p) for p in EXAMPLE.glob("*.md"))
    run("audit", *files, "--write-baseline", str(a), "--format", "json")
    run("audit", *reversed(files), "--write-baseline", str(b), "--format", "json")
    assert a.read_text() == b.read_text()


def test_a_file_that_is_not_a_baseline_is_exit_2(tmp_path):
    bad = tmp_path / "b.json"
    bad.write_text('{"fingerprints": "abc"}')
    r = run("audit", str(EXAMPLE), "--baseline", str(bad))
    assert r.exit_code == 2 and "not a baseline file" in r.stderr and "Traceback" not in r.stderr


def test_inline_marker_suppresses_a_rule_for_its_document(tmp_path):
    doc = tmp_path / "draft.md"
    doc.write_text("Seven civilians, including four children and five women, were killed on Thursday.\n")
    assert findings(run("audit", str(doc), "--format", "json", "--published", "2020-02-27")) == \
        [("error", "parts-exceed-whole")]
    doc.write_text("Seven civilians, including four children and five women, were killed on Thursday.\n"
                   "<!-- auditor: ignore parts-exceed-whole -->\n")
    r = run("audit", str(doc), "--format", "json", "--published", "2020-02-27")
    assert r.exit_code == 0 and findings(r) == []


def test_front_matter_ignore_list(tmp_path):
    doc = tmp_path / "draft.md"
    doc.write_text("---\nsource: Desk\npublished: 2020-02-27\ntitle: 40 dead in Idlib air strike\n"
                   "ignore: [headline-matches-body]\n---\n"
                   "14 people were killed in an air strike in Idlib on Thursday.\n")
    r = run("audit", str(doc), "--format", "json")
    assert r.exit_code == 0 and findings(r) == []
    doc.write_text(doc.read_text().replace("ignore: [headline-matches-body]\n", ""))
    assert findings(run("audit", str(doc), "--format", "json")) == [("error", "headline-matches-body")]


def test_suppressing_in_one_document_hides_findings_that_involve_it(tmp_path):
    shutil.copytree(EXAMPLE, tmp_path / "d")
    draft = tmp_path / "d" / "06-ledger-draft.md"
    draft.write_text(draft.read_text() + "\n<!-- auditor: ignore toll-never-falls, part-exceeds-whole -->\n")
    rules = {rule for _, rule in findings(run("audit", str(tmp_path / "d"), "--format", "json"))}
    assert rules == {"same-toll-same-day"}
