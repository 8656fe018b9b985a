"""Issue 17, item 7: a reference table is read only from the folder of the rule file that
names it (or below), symlinks resolved and checked, and no error echoes a file's content.
Fixtures: tests/fixtures/hostile/tables/."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor.cli import cli

TABLES = Path(__file__).parent / "fixtures" / "hostile" / "tables"
GOOD = "33 soldiers were killed on Thursday in Idlib, officials said.\n"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def check(rule_file: Path):
    r = run("rules", "check", rule_file)
    assert r.exit_code == 2 and "Traceback" not in r.output
    return r.stderr


@pytest.mark.parametrize("name", ["traversal.yaml", "absolute.yaml"])
def test_a_table_outside_the_rule_folder_is_refused_unread(name):
    err = check(TABLES / name)
    assert "relative to the rule file's folder, within it" in err
    assert "root:" not in err and "PATH=" not in err


def test_a_symlink_out_of_the_rule_folder_is_refused(tmp_path):
    folder = tmp_path / "rules"
    folder.mkdir()
    shutil.copy(TABLES / "through-link.yaml", folder)
    secret = tmp_path / "secret.csv"
    secret.write_text("thing,value\nTOKEN=hunter2,1\n")
    os.symlink(secret, folder / "figures.csv")
    err = check(folder / "through-link.yaml")
    assert "leads outside the rule file's folder (a symlink?)" in err and "hunter2" not in err
    (folder / "figures.csv").unlink()
    os.symlink("/proc/self/environ", folder / "figures.csv")
    err = check(folder / "through-link.yaml")
    assert "leads outside the rule file's folder" in err and "PATH=" not in err


def test_a_symlink_inside_the_rule_folder_is_followed(tmp_path):
    folder = tmp_path / "rules"
    (folder / "data").mkdir(parents=True)
    shutil.copy(TABLES / "through-link.yaml", folder)
    (folder / "data" / "real.csv").write_text("thing,measure,value\nsoldiers,killed,33\n")
    os.symlink(folder / "data" / "real.csv", folder / "figures.csv")
    r = run("rules", "check", folder / "through-link.yaml")
    assert r.exit_code == 0, r.output


def test_cell_content_is_not_echoed(tmp_path):
    shutil.copy(TABLES / "through-link.yaml", tmp_path)
    (tmp_path / "figures.csv").write_text("thing,value\nsoldiers,SECRET=abc/def\n")
    err = check(tmp_path / "through-link.yaml")
    assert "expected a number, got a value that is not one" in err and "SECRET" not in err


def test_a_cell_over_the_csv_field_limit_is_a_config_error(tmp_path):
    shutil.copy(TABLES / "through-link.yaml", tmp_path)
    (tmp_path / "figures.csv").write_text('thing,value\n"' + "x" * 200_000 + '",1\n')
    err = check(tmp_path / "through-link.yaml")
    assert "figures.csv:2: not a CSV table this program reads (field larger than field limit (131072))" in err
