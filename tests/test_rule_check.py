"""``auditor rules check`` catches, before anything runs, what loads but cannot work (issue 16).

Each file in tests/fixtures/rules/check/ is one mistake; expected.yaml holds
the exact lines ``rules check`` prints for it.
"""
from __future__ import annotations

import pytest
import yaml
from click.testing import CliRunner

from auditor.cli import cli
from auditor.rulecheck import lint_rules
from auditor.ruleset import load_rule_file, load_ruleset
from conftest import FIXTURES, ROOT

CHECK = FIXTURES / "rules" / "check"
EXPECTED = yaml.safe_load((CHECK / "expected.yaml").read_text(encoding="utf-8"))
TOLLS = str(ROOT / "rules" / "packs" / "tolls.yaml")


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_mistake_gives_its_exact_message_at_file_line_col(name):
    r = run("rules", "check", str(CHECK / name))
    reported = [line for line in r.stderr.splitlines() if line.startswith(str(CHECK))]
    want = [str(CHECK / name) + line.replace("{tolls}", TOLLS) for line in EXPECTED[name]]
    assert reported == want
    assert r.exit_code == 2 and r.stderr.splitlines()[-1] == "auditor: 1 of 1 file has errors"
    assert "^" in r.stderr and "Traceback" not in r.stderr


def test_the_mistakes_still_load_so_only_check_catches_them():
    for name in EXPECTED:
        assert load_rule_file(CHECK / name)


def test_a_clean_file_passes_with_selectors_known_to_the_vocabulary():
    r = run("rules", "check", str(CHECK / "clean.yaml"))
    assert r.exit_code == 0 and r.stdout == "1 rule in 1 file: OK\n" and r.stderr == ""


def test_a_rule_without_examples_is_only_a_warning(tmp_path):
    f = tmp_path / "r.yaml"
    f.write_text("rules:\n  - id: untested\n    type: bounds\n    max: 10\n")
    r = run("rules", "check", str(f))
    assert r.exit_code == 0 and r.stdout == "1 rule in 1 file: OK (1 warning)\n"
    assert r.stderr.startswith(f"{f}:2:5: warning: rule 'untested' has no examples")


def test_the_built_in_packs_and_test_cases_are_clean(vocab):
    rules = load_ruleset(builtins=True, include_disabled=True).rules
    assert lint_rules(rules, vocab, taken=rules) == []
    assert run("rules", "check", str(ROOT / "tests" / "cases")).exit_code == 0


def test_a_desk_vocabulary_makes_its_words_known():
    pack = ROOT / "examples" / "desk-pack"
    r = run("rules", "check", str(pack / "rules"))
    assert r.exit_code == 2 and "where.measure: unknown measure 'shelled'" in r.stderr
    r = run("rules", "check", str(pack / "rules"), "--vocabulary", str(pack / "vocabulary"))
    assert r.exit_code == 0, r.stderr


def test_rules_test_on_a_file_without_examples_says_so_and_fails(tmp_path):
    f = tmp_path / "r.yaml"
    f.write_text("rules:\n  - id: untested\n    type: bounds\n    max: 10\n")
    r = run("rules", "test", str(f))
    assert r.exit_code == 1
    assert r.stderr == (f"auditor: {f}: no examples to run; give its rules 'examples:' "
                        "(documents and the rule ids they should fire)\n")
    assert "note untested: no examples" in r.stdout
