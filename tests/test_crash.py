"""Crashes are never findings (issue 16): missing values in selectors, and exit 3 for a bug."""
from __future__ import annotations

import math

import pandas as pd
import pytest
from click.testing import CliRunner

from auditor.checks.base import select
from auditor.cli import EXIT_INTERNAL, cli
from auditor.rule import Selector
from conftest import FIXTURES, ROOT

DESK_DRAFTS = str(ROOT / "examples" / "desk-pack" / "drafts")
CIVILIANS = str(FIXTURES / "rules" / "civilians-bounds.yaml")


def _frame(missing):
    """Three claims, the last two with missing fields: None (pandas 2) or NaN (pandas 3)."""
    rows = [
        {"id": "a", "thing_class": "children", "thing_key": "children", "measure": "killed",
         "where": "Saraqeb", "source": "AFP", "according_to": "SOHR", "hedge": "at_least",
         "kind": "count", "unit": None, "doc": "d1"},
        {"id": "b", "thing_class": missing, "thing_key": missing, "measure": missing, "where": missing,
         "source": missing, "according_to": missing, "hedge": missing, "kind": missing, "unit": missing,
         "doc": "d2"},
        {"id": "c", "thing_class": missing, "thing_key": "civilians", "measure": "killed", "where": missing,
         "source": "AFP", "according_to": missing, "hedge": missing, "kind": "count", "unit": missing,
         "doc": "d2"},
    ]
    return pd.DataFrame(rows, dtype=object)


@pytest.mark.parametrize("missing", [None, math.nan, pd.NA], ids=["None", "NaN", "NA"])
@pytest.mark.parametrize("selector, expected", [
    ({"thing": "civilians"}, ["a", "c"]),
    ({"measure": "killed"}, ["a", "c"]),
    ({"where": "Idlib"}, ["a"]),
    ({"source": "AFP"}, ["a", "c"]),
    ({"according_to": "OSDH"}, ["a"]),
    ({"hedge": "at_least"}, ["a"]),
    ({"kind": "count", "thing": "civilians"}, ["a", "c"]),
    ({"unit": "USD"}, []),
])
def test_selectors_skip_missing_values_alike(vocab, missing, selector, expected):
    chosen = select(_frame(missing), Selector(**selector), vocab)
    assert list(chosen["id"]) == expected


def test_selector_on_string_dtype_columns(vocab):
    frame = _frame(None).astype({"thing_class": "string", "thing_key": "string", "where": "string"})
    assert list(select(frame, Selector(thing="civilians", where="Idlib"), vocab)["id"]) == ["a"]


def test_custom_thing_rule_on_drafts_with_missing_things_runs():
    """The crash of issue 16: ``where: {thing: civilians}`` on claims without a thing."""
    r = CliRunner().invoke(cli, ["audit", DESK_DRAFTS, "--rules", CIVILIANS, "--format", "json",
                                 "--fail-on", "never"])
    assert r.exit_code == 0, r.output
    assert "AttributeError" not in r.output


def _boom(claims, rule, ctx):
    raise AttributeError("'float' object has no attribute 'lower'")


def test_a_crash_exits_3_with_one_line_naming_the_input_and_rule(monkeypatch):
    from auditor.checks import CHECKS

    monkeypatch.setattr(CHECKS["bounds"], "check", _boom)
    r = CliRunner().invoke(cli, ["audit", DESK_DRAFTS, "--rules", CIVILIANS, "--no-builtin-rules"])
    assert r.exit_code == EXIT_INTERNAL == 3
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert lines[0].startswith("auditor: internal error while checking rule 'civilians-bounds' (")
    assert "civilians-bounds.yaml:2)" in lines[0] and f"on {DESK_DRAFTS}:" in lines[0]
    assert "AttributeError: 'float' object has no attribute 'lower'" in lines[0]
    assert "Traceback" not in r.stderr and "-v shows the traceback" in lines[0]


def test_a_crash_with_verbose_shows_the_traceback(monkeypatch):
    from auditor.checks import CHECKS

    monkeypatch.setattr(CHECKS["bounds"], "check", _boom)
    r = CliRunner().invoke(cli, ["audit", DESK_DRAFTS, "--rules", CIVILIANS, "--no-builtin-rules", "-v"])
    assert r.exit_code == 3
    assert "Traceback (most recent call last)" in r.stderr and "_boom" in r.stderr
    assert r.stderr.strip().splitlines()[-1].startswith("auditor: internal error while checking rule")


def test_a_crash_in_a_command_without_verbose_offers_no_verbose_flag(monkeypatch, tmp_path):
    import auditor.audit

    def boom(docs, vocab):
        raise AttributeError("'float' object has no attribute 'lower'")

    monkeypatch.setattr(auditor.audit, "extract_all", boom)
    doc = tmp_path / "a.md"
    doc.write_text("At least 29 soldiers were killed on Thursday.\n")
    r = CliRunner().invoke(cli, ["claims", str(doc), "--format", "jsonl"])
    assert r.exit_code == 3
    line = r.stderr.strip().splitlines()[-1]
    assert line.endswith("(a bug: please report it)"), line
