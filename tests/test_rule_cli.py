"""The `auditor rules` commands: list, check, test, explain, docs."""
from __future__ import annotations

import json

from click.testing import CliRunner

from auditor.checks import CHECKS
from auditor.cli import cli
from conftest import ROOT

CASES = ROOT / "tests" / "cases"


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_list_shows_id_type_severity_description_and_marks_rules_that_are_off():
    r = run("rules", "list")
    assert r.exit_code == 0
    rows = {line.split()[0]: line.split()[1:3] for line in r.stdout.splitlines()}
    assert rows["toll-never-falls"] == ["monotonic", "error"]
    assert rows["rounding-matches-precise-figure"] == ["rounding", "warning"]
    assert rows["matches-official-figures"] == ["reference", "off"]
    assert {t for t, _ in rows.values()} == set(CHECKS)
    assert "A source's toll for a past event never falls" in r.stdout


def test_list_json():
    data = json.loads(run("rules", "list", "--format", "json").stdout)
    row = next(x for x in data if x["id"] == "same-toll-same-day")
    assert row["type"] == "agreement" and row["enabled"] is True and row["path"].endswith("tolls.yaml")


def test_test_runs_the_given_files_and_a_failing_example_is_exit_1(tmp_path):
    ok = run("rules", "test", str(CASES / "bounds.yml"))
    assert ok.exit_code == 0 and ok.stdout.splitlines()[-1] == "9 of 9 examples passed"
    bad = tmp_path / "bad.yaml"
    bad.write_text("rules:\n  - id: wrong-expectation\n    type: bounds\n    max: 10\n    examples:\n"
                   "      - name: should fire but does not\n        docs:\n"
                   "          - {text: \"Five people were killed.\"}\n        expect: [wrong-expectation]\n")
    r = run("rules", "test", str(bad))
    assert r.exit_code == 1
    assert "FAIL wrong-expectation: should fire but does not (expected ['wrong-expectation'], got [])" in r.stdout


def test_test_a_single_rule_and_unknown_ids():
    r = run("rules", "test", "--rule", "toll-never-falls")
    assert r.exit_code == 0 and all("toll-never-falls" in line for line in r.stdout.splitlines()[:-1])
    r = run("rules", "test", "--rule", "toll-never-fall")
    assert r.exit_code == 2 and "did you mean 'toll-never-falls'" in r.stderr


def test_test_notes_rules_without_examples(tmp_path):
    f = tmp_path / "r.yaml"
    f.write_text("rules:\n  - id: untested\n    type: bounds\n    max: 10\n"
                 "  - id: tested\n    type: bounds\n    max: 10\n    examples:\n"
                 "      - docs: [{text: \"Five people were killed.\"}]\n")
    r = run("rules", "test", str(f))
    assert "note untested: no examples" in r.stdout and r.exit_code == 0


def test_check_accepts_folders_and_counts_rules():
    r = run("rules", "check", str(ROOT / "rules" / "packs"))
    assert r.exit_code == 0 and r.stdout.strip().endswith("files: OK")


def test_check_a_missing_path_is_exit_2():
    r = run("rules", "check", "no/such/rules.yaml")
    assert r.exit_code == 2 and "no/such/rules.yaml: no such rule file or directory" in r.stderr


def test_explain_shows_the_rule_its_examples_and_its_type_docs():
    r = run("rules", "explain", "headline-matches-body")
    assert r.exit_code == 0
    assert "headline-matches-body (headline, error) from" in r.stdout
    assert "[title: 40 dead in Idlib air strike]" in r.stdout
    assert "What it checks" in r.stdout and "Why it matters" in r.stdout
    r = run("rules", "explain", "matches-official-figures")
    assert "(reference, error, off)" in r.stdout


def test_explain_unknown_rule_is_exit_2_with_a_hint():
    r = run("rules", "explain", "part-exceeds-hole")
    assert r.exit_code == 2 and "did you mean 'part-exceeds-whole'" in r.stderr


def test_disable_accepts_a_rule_that_is_already_off():
    r = run("audit", str(ROOT / "examples" / "idleb"), "--disable", "matches-official-figures",
            "--format", "json")
    assert r.exit_code == 1 and len(json.loads(r.stdout)["findings"]) == 5
