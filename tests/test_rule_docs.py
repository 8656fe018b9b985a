"""docs/rules.md is generated from the rule types: it must not drift from them."""
from __future__ import annotations

from click.testing import CliRunner

from auditor.checks import CHECKS
from auditor.checks.docs import render_rules_reference
from auditor.cli import cli
from conftest import ROOT

DOCS = ROOT / "docs" / "rules.md"


def test_docs_rules_md_is_up_to_date():
    assert DOCS.read_text(encoding="utf-8") == render_rules_reference(), \
        "docs/rules.md is stale: run `auditor rules docs -o docs/rules.md`"


def test_every_rule_type_is_documented_like_ruff():
    for name, module in CHECKS.items():
        doc = module.__doc__ or ""
        assert doc.startswith(f"{name}: "), name
        for section in ("What it checks", "Why it matters", "Example"):
            assert f"\n{section}\n" in doc, (name, section)
        assert all(f.description for f in module.Options.model_fields.values()), name
        assert f"## `{name}`" in DOCS.read_text(encoding="utf-8")


def test_rules_docs_command_prints_the_reference():
    r = CliRunner().invoke(cli, ["rules", "docs"], catch_exceptions=False)
    assert r.exit_code == 0 and r.stdout == render_rules_reference()
