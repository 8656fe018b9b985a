"""A desk's own rule pack, end to end through the CLI: examples/desk-pack/."""
from __future__ import annotations

import json

from click.testing import CliRunner

from auditor.cli import cli
from conftest import ROOT

PACK = ROOT / "examples" / "desk-pack"
RULES, VOCAB, DRAFTS = str(PACK / "rules"), str(PACK / "vocabulary"), str(PACK / "drafts")


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_the_pack_validates():
    r = run("rules", "check", RULES, "--vocabulary", VOCAB)
    assert r.exit_code == 0 and r.stdout.strip() == "3 rules in 1 file: OK"


def test_the_pack_tests_itself_with_its_vocabulary():
    r = run("rules", "test", RULES, "--vocabulary", VOCAB)
    assert r.exit_code == 0, r.stdout
    assert r.stdout.splitlines()[-1] == "6 of 6 examples passed"


def test_without_its_vocabulary_the_examples_fail():
    r = run("rules", "test", RULES)
    assert r.exit_code == 1 and "FAIL desk-verified-figures" in r.stdout


def test_audit_with_the_pack_adds_the_desks_findings():
    r = run("audit", DRAFTS, "--rules", RULES, "--vocabulary", VOCAB, "--format", "json")
    assert r.exit_code == 1
    got = sorted((f["severity"], f["rule"], tuple(sorted(f"{c['doc']}:{c['text']}" for c in f["claims"])))
                 for f in json.loads(r.stdout)["findings"])
    assert got == [
        ("error", "desk-verified-figures", ("02-desk-draft:Two",)),               # verified: 4 medics
        ("error", "toll-never-falls", ("01-wire:Four", "02-desk-draft:Two")),     # a built-in rule, desk words
        ("warning", "desk-strike-toll-cap", ("02-desk-draft:3300",)),
    ]


def test_disable_a_desk_rule_and_list_it():
    r = run("audit", DRAFTS, "--rules", RULES, "--vocabulary", VOCAB, "--format", "json",
            "--disable", "desk-verified-figures", "--disable", "toll-never-falls")
    assert r.exit_code == 0
    assert [f["rule"] for f in json.loads(r.stdout)["findings"]] == ["desk-strike-toll-cap"]
    listed = run("rules", "list", "--rules", RULES).stdout
    assert "desk-verified-figures" in listed and "toll-never-falls" in listed


def test_only_the_pack_with_no_builtin_rules():
    r = run("audit", DRAFTS, "--rules", RULES, "--vocabulary", VOCAB, "--no-builtin-rules", "--format", "json")
    assert sorted(f["rule"] for f in json.loads(r.stdout)["findings"]) == \
        ["desk-strike-toll-cap", "desk-verified-figures"]


def test_rules_path_may_be_a_file_and_is_repeatable(tmp_path):
    extra = tmp_path / "extra.yaml"
    extra.write_text("rules:\n  - id: no-big-shares\n    type: bounds\n    where: {kind: percent}\n"
                     "    max: 50\n")
    r = run("rules", "list", "--rules", str(PACK / "rules" / "desk.yaml"), "--rules", str(extra),
            "--no-builtin-rules", "--format", "json")
    assert [x["id"] for x in json.loads(r.stdout)] == ["desk-verified-figures", "desk-strike-toll-cap",
                                                       "desk-shelling-agrees", "no-big-shares"]
