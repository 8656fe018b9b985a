"""Project configuration found like ruff's and Vale's, and ``auditor init`` (issue 16)."""
from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from auditor.cli import cli
from auditor.config import find_config, load_config, resolve
from auditor.errors import ConfigError
from conftest import ROOT

EXAMPLE = ROOT / "examples" / "idleb"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def newsroom(tmp_path, monkeypatch):
    """A pyproject.toml with [tool.auditor] at the top, the example drafts three folders down."""
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "desk"\n\n[tool.auditor]\nfail-on = "never"\n'
        'disable = ["part-exceeds-whole"]\nvocabulary = ["vocab"]\n')
    (tmp_path / "vocab").mkdir()
    shutil.copy(ROOT / "examples" / "desk-pack" / "vocabulary" / "desk.yaml", tmp_path / "vocab" / "desk.yaml")
    drafts = tmp_path / "desk" / "2020" / "idleb"
    shutil.copytree(EXAMPLE, drafts)
    monkeypatch.chdir(tmp_path)
    return tmp_path, drafts


def test_discovery_from_a_nested_folder(newsroom):
    top, drafts = newsroom
    assert find_config([str(drafts / "06-ledger-draft.md")]) == top / "pyproject.toml"
    conf = resolve([str(drafts)], {})
    assert conf.path == "pyproject.toml"
    assert conf["fail-on"] == "never" and conf["disable"] == ("part-exceeds-whole",)
    assert conf["vocabulary"] == ("vocab",)           # relative to the config file, shown from here
    assert conf.settings["fail-on"].origin == "pyproject.toml:5"


def test_the_nearest_file_wins_and_auditor_toml_beats_pyproject(newsroom):
    top, drafts = newsroom
    (drafts.parent / "pyproject.toml").write_text('[project]\nname = "no auditor table here"\n')
    assert find_config([str(drafts)]) == top / "pyproject.toml"      # passed over: no [tool.auditor]
    (drafts.parent / "auditor.toml").write_text('fail-on = "warning"\n')
    assert find_config([str(drafts)]) == drafts.parent / "auditor.toml"
    (drafts.parent / "pyproject.toml").write_text('[tool.auditor]\nfail-on = "info"\n')
    assert find_config([str(drafts)]) == drafts.parent / "auditor.toml"


def test_the_audit_uses_the_config_and_flags_override_it(newsroom):
    _, drafts = newsroom
    r = run("audit", drafts, "--format", "json")
    assert r.exit_code == 0                                        # fail-on = "never"
    rules = {f["rule"] for f in json.loads(r.stdout)["findings"]}
    assert "part-exceeds-whole" not in rules and "same-toll-same-day" in rules
    r = run("audit", drafts, "--format", "json", "--fail-on", "error", "--disable", "toll-never-falls")
    assert r.exit_code == 1
    rules = {f["rule"] for f in json.loads(r.stdout)["findings"]}
    assert "part-exceeds-whole" in rules and "toll-never-falls" not in rules
    assert run("audit", drafts, "--no-config").exit_code == 1


def test_auditor_config_shows_what_applies_and_from_where(newsroom):
    _, drafts = newsroom
    r = run("config", drafts)
    assert r.exit_code == 0
    lines = r.stdout.splitlines()
    assert lines[0] == "configuration: pyproject.toml"
    assert lines[1].split() == ["rules", "-", "default"]
    assert lines[2].split() == ["vocabulary", "vocab", "pyproject.toml:7"]
    assert lines[5].split() == ["fail-on", "never", "pyproject.toml:5"]
    r = run("config", drafts, "--no-config")
    assert r.stdout.splitlines()[0] == "configuration: none found (defaults and flags only)"


@pytest.mark.parametrize("text, message", [
    ('fail_on = "never"\n', "auditor.toml:1: unknown setting 'fail_on' (did you mean 'fail-on'?)"),
    ('\nfail-on = "warnings"\n',
     "auditor.toml:2: fail-on: expected one of error, warning, info, never, got 'warnings' (did you mean 'warning'?)"),
    ('rules = "a" \nvocabulary = [1]\n', "auditor.toml:2: vocabulary: expected a list of paths, got [1]"),
    ('rules = ["a"]\nrules = ["b"]\n', "auditor.toml:2:14: not valid TOML: Cannot overwrite a value"),
])
def test_a_broken_config_is_one_line_at_its_line(tmp_path, monkeypatch, text, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "auditor.toml").write_text(text)
    with pytest.raises(ConfigError) as info:
        load_config(tmp_path / "auditor.toml")
    assert str(info.value) == message
    r = run("audit", EXAMPLE, "--config", "auditor.toml")
    assert r.exit_code == 2 and r.stderr == f"auditor: error: {message}\n"


def test_init_then_rules_test_and_audit_work_at_once(tmp_path, monkeypatch):
    r = run("init", tmp_path / "desk")
    assert r.exit_code == 0
    assert sorted(p.relative_to(tmp_path / "desk").as_posix() for p in (tmp_path / "desk").rglob("*")
                  if p.is_file()) == ["auditor.toml", "drafts/example-draft.md", "drafts/example-wire.md",
                                      "rules/desk.yaml", "vocabulary/desk.yaml"]
    monkeypatch.chdir(tmp_path / "desk")
    t = run("rules", "test", "--rule", "desk-medics-toll-agrees")
    assert t.exit_code == 0 and t.stdout.splitlines()[-1] == "2 of 2 examples passed"
    c = run("rules", "check", "rules")
    assert c.exit_code == 0 and c.stdout == "1 rule in 1 file: OK\n" and c.stderr == ""
    t = run("rules", "test", "rules/desk.yaml")
    assert t.exit_code == 0, t.stdout
    a = run("audit", "drafts")
    assert a.exit_code == 1
    assert ("error: [desk-medics-toll-agrees] The Desk says Four medics were killed, Wire says Six "
            "(drafts/example-draft.md:6:1, drafts/example-wire.md:6:1)") in a.stdout


def test_init_never_overwrites(tmp_path):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "desk.yaml").write_text("mine")
    r = run("init", tmp_path)
    assert r.exit_code == 2
    assert r.stderr == (f"auditor: error: {tmp_path / 'rules' / 'desk.yaml'}: already exists; auditor init "
                        "never overwrites a file (choose an empty folder)\n")
    assert (tmp_path / "rules" / "desk.yaml").read_text() == "mine" and not (tmp_path / "auditor.toml").exists()


def test_init_where_it_cannot_write_is_one_line_exit_2(tmp_path):
    (tmp_path / "a-file").write_text("not a folder")
    r = run("init", tmp_path / "a-file" / "desk")
    assert r.exit_code == 2 and r.stderr.count("\n") == 1
    assert r.stderr.startswith(f"auditor: error: {tmp_path / 'a-file' / 'desk'}") and "cannot write" in r.stderr
