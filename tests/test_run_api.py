"""The library API behind ``auditor audit``: the CLI's run without the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from auditor.errors import InputError, UsageError
from auditor.run import AuditRun, output_targets, run_audit, write_outputs

EXAMPLE = str(Path(__file__).resolve().parent.parent / "examples" / "idleb")


def test_run_audit_on_the_bundled_example_gives_its_findings():
    outcome = run_audit(AuditRun((EXAMPLE,)))
    assert outcome.result.counts() == {"error": 4, "warning": 1, "info": 0}
    assert outcome.all_findings == outcome.result.findings


def test_a_baseline_suppresses_and_keep_all_findings_still_returns_them(tmp_path):
    first = run_audit(AuditRun((EXAMPLE,)))
    baseline = tmp_path / "baseline.json"
    write_outputs(first, [], write_baseline=str(baseline))
    assert len(json.loads(baseline.read_text())["fingerprints"]) == 5

    quiet = run_audit(AuditRun((EXAMPLE,), baseline=str(baseline)))
    assert quiet.result.findings == () and quiet.result.suppressed == 5
    kept = run_audit(AuditRun((EXAMPLE,), baseline=str(baseline), keep_all_findings=True))
    assert kept.result.findings == () and len(kept.all_findings) == 5


def test_write_outputs_writes_each_target_in_its_format(tmp_path):
    outcome = run_audit(AuditRun((EXAMPLE,), disable=("same-displacement-figure",)))
    written = []
    targets = output_targets((str(tmp_path / "a.json"), str(tmp_path / "b.sarif")), None)
    write_outputs(outcome, targets, on_written=lambda path, fmt: written.append(fmt))
    assert written == ["json", "sarif"]
    report = json.loads((tmp_path / "a.json").read_text())
    assert report["summary"]["error"] == 4
    assert json.loads((tmp_path / "b.sarif").read_text())["version"] == "2.1.0"


@pytest.mark.parametrize("outputs, fmt, message", [
    (("report.pdf",), None, "cannot tell the format"),
    (("-", "-"), "json", "only one -o can be '-'"),
])
def test_output_targets_refuses_what_cannot_be_written(outputs, fmt, message):
    with pytest.raises(UsageError, match=message):
        output_targets(outputs, fmt)


def test_since_without_a_store_and_nothing_readable_are_errors(tmp_path):
    with pytest.raises(UsageError, match="--since needs --store"):
        run_audit(AuditRun((EXAMPLE,), since="7d"))
    with pytest.raises(InputError, match="no readable documents"):
        run_audit(AuditRun((str(tmp_path / "missing.md"),)))
