"""Issue 17, minor: YAML errors are clear and short. A merge key is named as such; an
error on a 200 KB line prints at most a window of it."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from auditor.cli import cli

HOSTILE = Path(__file__).parent / "fixtures" / "hostile"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def test_a_merge_key_is_named():
    r = run("rules", "check", HOSTILE / "merge-key-only.yaml")
    assert r.exit_code == 2
    assert "merge-key-only.yaml:3:5: YAML merge keys (<<) are not allowed: write the keys out" in r.stderr
    assert "constructor" not in r.stderr


def test_anchors_still_come_first_in_a_rule_file():
    r = run("rules", "check", HOSTILE / "merge-key-rules.yaml")
    assert r.exit_code == 2 and "YAML anchors (&base) are not allowed in rule files" in r.stderr


def test_an_error_on_a_long_line_prints_a_window_of_it(tmp_path):
    path = tmp_path / "long.yaml"
    path.write_text("rules:\n  - id: a-rule\n    type: bounds\n    description: " + "x" * 200_000 + ": y\n")
    r = run("rules", "check", path)
    assert r.exit_code == 2 and "Traceback" not in r.output
    assert len(r.stderr) < 2_000, len(r.stderr)
    assert "long.yaml:4:" in r.stderr and "^" in r.stderr


def test_a_long_unknown_rule_type_is_cut_in_the_message(tmp_path):
    path = tmp_path / "type.yaml"
    path.write_text("rules:\n  - id: a-rule\n    type: " + "z" * 100_000 + "\n")
    r = run("rules", "check", path)
    assert r.exit_code == 2 and len(r.stderr) < 2_000
