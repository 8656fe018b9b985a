"""Outputs never destroy what they land on (the attack of the hardening issue, item 1).

Every node here is made inside a temporary folder: never the machine's own /dev.
"""
from __future__ import annotations

import os
import stat

import pytest
from click.testing import CliRunner

from auditor.cli import cli
from conftest import ROOT

DRAFT = ROOT / "examples" / "idleb" / "06-ledger-draft.md"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture()
def victim(tmp_path):
    path = tmp_path / "victim.txt"
    path.write_text("At least 29 soldiers were killed on Thursday.\n")
    return path


def test_output_onto_its_own_input_is_refused(victim):
    before = victim.read_bytes()
    r = run("audit", victim, "-o", victim)
    assert r.exit_code == 2
    assert "is an input of this run" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert victim.read_bytes() == before


def test_output_onto_an_input_inside_a_folder_or_a_hard_link_is_refused(tmp_path, victim):
    link = tmp_path / "other-name.html"
    os.link(victim, link)
    before = victim.read_bytes()
    for target in (victim, link):
        r = run("audit", tmp_path, "-o", target)
        assert r.exit_code == 2 and "input of this run" in r.stderr
    r = run("audit", victim, "--claims-csv", victim)
    assert r.exit_code == 2
    r = run("audit", victim, "--write-baseline", victim)
    assert r.exit_code == 2
    assert victim.read_bytes() == before


def test_output_onto_a_rule_file_is_refused(tmp_path, victim):
    rules = tmp_path / "rules"
    rules.mkdir()
    rule = rules / "desk.yaml"
    rule.write_text("rules: []\n")
    r = run("audit", victim, "--rules", rules, "-o", tmp_path / "rules" / "desk.yaml")
    assert r.exit_code == 2 and rule.read_text() == "rules: []\n"


def test_read_only_file_is_neither_replaced_nor_re_moded(tmp_path, victim):
    out = tmp_path / "report.json"
    out.write_text("{}")
    out.chmod(0o444)
    r = run("audit", victim, "-o", out)
    assert r.exit_code == 2 and "read-only" in r.stderr
    assert out.read_text() == "{}" and stat.S_IMODE(out.stat().st_mode) == 0o444


def test_fifo_is_left_a_fifo(tmp_path, victim):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    r = run("audit", victim, "-o", fifo)
    assert r.exit_code == 2 and "not a regular file" in r.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_symlink_is_left_a_symlink_and_its_target_untouched(tmp_path, victim):
    target = tmp_path / "kept.json"
    target.write_text("keep me")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    r = run("audit", victim, "-o", link)
    assert r.exit_code == 2 and "symbolic link" in r.stderr
    assert link.is_symlink() and target.read_text() == "keep me"


def _device(path, minor):
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, minor))
    except (PermissionError, OSError) as exc:
        pytest.skip(f"cannot make a device node here: {exc}")
    return path


def test_device_node_is_left_a_device(tmp_path, victim):
    node = _device(tmp_path / "zero.json", 5)     # the zero device: no place for a report
    r = run("audit", victim, "-o", node)
    assert r.exit_code == 2
    assert "not a regular file" in r.output
    assert stat.S_ISCHR(os.lstat(node).st_mode)


def test_the_null_device_takes_the_report_and_stays_a_device(tmp_path, victim):
    """``-o /dev/null`` is how a pipeline keeps only the exit code (made here in a temp folder)."""
    node = _device(tmp_path / "null", 3)
    r = run("audit", victim, "-o", node, "--claims-csv", tmp_path / "claims.csv")
    assert r.exit_code == 0, r.output          # one clean claim: no finding, no usage error
    assert stat.S_ISCHR(os.lstat(node).st_mode)
    assert os.lstat(node).st_rdev == os.makedev(1, 3)
    assert (tmp_path / "claims.csv").read_text().startswith("doc,source,")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_rules_docs_refuses_a_fifo(tmp_path):
    fifo = tmp_path / "rules.md"
    os.mkfifo(fifo)
    r = run("rules", "docs", "-o", fifo)
    assert r.exit_code == 2 and stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_the_same_output_twice_is_refused(tmp_path, victim):
    out = tmp_path / "a.json"
    r = run("audit", victim, "-o", out, "-o", out)
    assert r.exit_code == 2 and "twice" in r.stderr and not out.exists()


def test_a_new_file_and_an_earlier_report_are_written(tmp_path, victim):
    old = tmp_path / "old.json"
    assert run("audit", victim, "-o", old, "--fail-on", "never").exit_code == 0
    victim.write_text("At least 31 soldiers were killed and 40 wounded on Thursday.\n")
    new = tmp_path / "new.html"
    r = run("audit", victim, "-o", old, "-o", new, "--fail-on", "never")
    assert r.exit_code == 0
    assert '"claims": 2' in old.read_text() and new.exists()


def test_write_baseline_may_update_the_baseline_it_reads(tmp_path):
    base = tmp_path / "base.json"
    r = run("audit", DRAFT, "--write-baseline", base, "--fail-on", "never")
    assert r.exit_code == 0 and base.exists()
    r = run("audit", DRAFT, "--baseline", base, "--write-baseline", base)
    assert r.exit_code == 0


def test_output_onto_the_settings_file_of_the_run_is_refused(tmp_path, victim):
    settings = tmp_path / "auditor.toml"
    settings.write_text('fail-on = "warning"\n')
    for flag in ("-o", "--claims-csv", "--write-baseline"):
        args = ["audit", victim, flag, settings] + (["--format", "json"] if flag == "-o" else [])
        r = run(*args)
        assert r.exit_code == 2 and "input of this run" in r.stderr, flag
    assert settings.read_text() == 'fail-on = "warning"\n'


def test_rules_docs_writes_markdown_files_only(tmp_path):
    vocabulary = tmp_path / "desk.yaml"
    vocabulary.write_text("units: {}\n")
    r = run("rules", "docs", "-o", vocabulary)
    assert r.exit_code == 2 and ".md" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert vocabulary.read_text() == "units: {}\n"
    r = run("rules", "docs", "-o", tmp_path / "rules.md")
    assert r.exit_code == 0 and (tmp_path / "rules.md").read_text().startswith("# ")
