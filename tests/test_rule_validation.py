"""A broken rule file is one line that points at it: path:line:col, exit 2, never a traceback.

Every file in tests/fixtures/rules/broken/ is one class of error; expected.yaml
beside them holds the exact message and position each must give.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

import auditor.yamlload as yamlload
from auditor.cli import cli
from auditor.errors import ConfigError
from auditor.ruleset import load_rule_file, load_ruleset
from conftest import FIXTURES, ROOT

BROKEN = FIXTURES / "rules" / "broken"
EXPECTED = yaml.safe_load((BROKEN / "expected.yaml").read_text(encoding="utf-8"))
CASES = sorted(p.name for p in BROKEN.glob("*.yaml") if p.name != "expected.yaml")


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_every_broken_file_has_an_expected_error_and_there_are_at_least_12():
    assert sorted(EXPECTED) == CASES
    assert len(CASES) >= 12


@pytest.mark.parametrize("name", CASES)
def test_broken_rule_file_gives_the_exact_error(name, monkeypatch):
    want = EXPECTED[name]
    if "max_bytes" in want:
        monkeypatch.setattr(yamlload, "MAX_YAML_BYTES", want["max_bytes"])
    with pytest.raises(ConfigError) as info:
        load_ruleset([BROKEN / name], builtins=False)
    err = info.value
    assert (Path(err.path).name, err.line, err.col) == (want["file"], want["line"], want["col"])
    assert err.message == want["message"].replace("{dir}", str(BROKEN))
    assert str(err) == f"{err.path}:{err.line}:{err.col}: {err.message}"


@pytest.mark.parametrize("name", ["unknown-type.yaml", "duplicate-key.yaml", "python-tag.yaml",
                                  "template-escape.yaml", "bad-table-cell.yaml"])
def test_cli_rules_check_exits_2_with_the_position_and_the_line(name):
    r = run("rules", "check", str(BROKEN / name))
    want = EXPECTED[name]
    assert r.exit_code == 2
    assert "Traceback" not in r.stderr
    first = r.stderr.splitlines()[0]
    assert first.endswith(f"{want['file']}:{want['line']}:{want['col']}: "
                          + want["message"].replace("{dir}", str(BROKEN)))
    if name.endswith(".yaml") and want["file"].endswith(".yaml"):
        assert "^" in r.stderr       # the offending line is shown with a caret
    else:                            # a table's line is never echoed (issue 17: no file content in errors)
        assert "^" not in r.stderr and "thirty" in first


def test_rules_check_reports_every_broken_file():
    r = run("rules", "check", str(BROKEN / "unknown-type.yaml"), str(BROKEN / "bad-severity.yaml"),
            str(ROOT / "rules" / "packs" / "tolls.yaml"))
    assert r.exit_code == 2
    assert "unknown-type.yaml:3:11" in r.stderr and "bad-severity.yaml:4:5" in r.stderr
    assert "2 of 3 files have errors" in r.stderr


@pytest.mark.parametrize("name", ["unknown-key.yaml", "alias.yaml", "template-escape.yaml", "missing-table.yaml"])
def test_a_rule_that_fails_to_load_never_gives_a_clean_run(name):
    r = run("audit", str(ROOT / "examples" / "idleb"), "--rules", str(BROKEN / name), "--fail-on", "never")
    assert r.exit_code == 2
    assert r.stderr.startswith("auditor: error: ") and r.stderr.count("\n") == 1
    assert "Traceback" not in r.stderr


def test_duplicate_rule_ids_across_files(tmp_path):
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    a.write_text("rules:\n  - id: my-rule\n    type: agreement\n")
    b.write_text("rules:\n\n  - id: my-rule\n    type: bounds\n")
    with pytest.raises(ConfigError) as info:
        load_ruleset([a, b], builtins=False)
    assert str(info.value) == f"{b}:3:5: duplicate rule id 'my-rule' (first defined at {a}:2)"


def test_a_user_rule_may_not_reuse_a_builtin_id(tmp_path):
    a = tmp_path / "a.yaml"
    a.write_text("rules:\n  - id: toll-never-falls\n    type: monotonic\n")
    with pytest.raises(ConfigError, match="duplicate rule id 'toll-never-falls'"):
        load_ruleset([a])


def test_a_file_over_the_size_cap_is_refused_before_parsing(tmp_path):
    big = tmp_path / "big.yaml"
    big.write_text("rules: []\n" + "#" * (yamlload.MAX_YAML_BYTES + 1))
    with pytest.raises(ConfigError, match=r"over the 2,097,152-byte limit") as info:
        load_rule_file(big)
    assert (info.value.line, info.value.col) == (1, 1)


def test_billion_laughs_is_refused_at_the_first_anchor(tmp_path):
    f = tmp_path / "lol.yaml"
    f.write_text('a: &a ["lol","lol"]\nb: &b [*a,*a]\nc: [*b,*b]\n')
    with pytest.raises(ConfigError, match=r"anchors \(&a\)"):
        load_rule_file(f)


def test_message_that_fails_at_render_time_is_a_config_error_naming_the_rule(tmp_path):
    f = tmp_path / "r.yaml"
    f.write_text("rules:\n  - id: my-rule\n    type: agreement\n    message: '{{ nobody.text }}'\n"
                 "    where: {measure: killed}\n")
    r = run("audit", str(ROOT / "examples" / "idleb"), "--rules", str(f), "--no-builtin-rules")
    assert r.exit_code == 2
    assert "rule 'my-rule': message template failed" in r.stderr and "Traceback" not in r.stderr


def test_did_you_mean_for_a_misspelt_option_of_the_type(tmp_path):
    f = tmp_path / "r.yaml"
    f.write_text("rules:\n  - id: my-rule\n    type: agreement\n    relative_tolerence: 0.1\n")
    with pytest.raises(ConfigError) as info:
        load_rule_file(f)
    assert info.value.message == ("unknown key 'relative_tolerence' (did you mean 'relative_tolerance'?) "
                                  "for a rule of type 'agreement'")
    assert (info.value.line, info.value.col) == (4, 5)


def test_disabled_rules_are_validated_but_do_not_run(tmp_path):
    f = tmp_path / "r.yaml"
    f.write_text("rules:\n  - id: my-rule\n    type: bounds\n    enabled: false\n    max: 1\n")
    assert load_ruleset([f], builtins=False).rules == ()
    assert [r.id for r in load_ruleset([f], builtins=False, include_disabled=True).rules] == ["my-rule"]
    f.write_text("rules:\n  - id: my-rule\n    type: bounds\n    enabled: false\n    maximum: 1\n")
    with pytest.raises(ConfigError, match="did you mean 'max'"):
        load_ruleset([f], builtins=False)
