"""A figure run by many outlets is one statement: a finding names its first reports and counts the rest."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from auditor.run import AuditRun, run_audit

SCHEMA = Path(__file__).resolve().parent.parent / "docs" / "json-schema.json"


def _corpus(folder: Path, copies: int) -> None:
    for i in range(copies):
        (folder / f"wire{i:02d}.md").write_text(
            f"---\nsource: Outlet {i:02d}\npublished: 2024-03-01T08:00:00Z\n---\n"
            "At least 33 soldiers were killed in the attack on Thursday, Reuters reported.\n"
            "Officials said 33 soldiers were killed in the attack on Thursday, Reuters reported.\n")
    (folder / "lone.md").write_text(
        "---\nsource: Daily\npublished: 2024-03-01T09:00:00Z\n---\n"
        "Only 12 soldiers were killed in the attack on Thursday, the army said.\n")


def _conflict(folder: Path):
    found = [f for f in run_audit(AuditRun((str(folder),))).result.findings if f.rule == "same-toll-same-day"]
    assert len(found) == 1
    return found[0]


def test_a_figure_in_many_reports_is_named_in_the_first_ten_and_counted_for_the_rest(tmp_path):
    _corpus(tmp_path, 25)
    f = _conflict(tmp_path)
    docs = sorted({c.doc for c in f.claims})
    assert docs == ["lone"] + [f"wire{i:02d}" for i in range(10)]
    assert f.more_reports == 15
    assert f.message.endswith("(and in 15 other reports)")
    assert "also in 15 other reports" in f.explanation
    assert f.to_dict()["more_reports"] == 15


def test_a_figure_in_few_reports_is_named_in_each_with_every_copy_in_the_text(tmp_path):
    _corpus(tmp_path, 4)
    f = _conflict(tmp_path)
    # each listed report keeps its own claims, so a quote anywhere in it is covered
    assert len([c for c in f.claims if c.doc.startswith("wire")]) == 4 * len(
        [c for c in f.claims if c.doc == "wire00"])
    assert f.more_reports == 0 and "other report" not in f.message


def test_the_count_is_valid_json_and_deterministic(tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    _corpus(tmp_path, 12)
    outs = []
    for _ in range(2):
        out = tmp_path.parent / f"{tmp_path.name}.json"
        from auditor.run import output_targets, write_outputs
        write_outputs(run_audit(AuditRun((str(tmp_path),))), output_targets((str(out),), None))
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    report = json.loads(outs[0])
    jsonschema.validate(report, json.loads(SCHEMA.read_text()))
    assert [f["more_reports"] for f in report["findings"] if f["rule"] == "same-toll-same-day"] == [2]


def test_a_figure_in_conflict_with_many_names_the_first_twenty_and_counts_the_rest(tmp_path):
    for i in range(25):
        (tmp_path / f"outlet{i:02d}.md").write_text(
            f"---\nsource: Outlet {i:02d}\npublished: 2024-03-01T08:00:00Z\n---\n"
            "At least 33 soldiers were killed in the attack on Thursday.\n")
    (tmp_path / "lone.md").write_text(
        "---\nsource: Daily\npublished: 2024-03-01T08:00:00Z\n---\n"
        "Only 12 soldiers were killed in the attack on Thursday.\n")
    f = _conflict(tmp_path)
    assert "lone" in {c.doc for c in f.claims}
    assert len({c.doc for c in f.claims}) == 21
    assert f.more_figures == 5 and f.to_dict()["more_figures"] == 5
    assert "5 other figures conflict with it too" in f.explanation
    assert f.message.endswith("(5 other conflicting figures)")


def test_the_statement_in_most_conflicts_is_blamed_first_and_its_conflicts_settled():
    from auditor.checks.agreement import _blame_order
    from auditor.claims import Claim

    def claim(n, published):
        return Claim(doc=f"d{n}", source="S", published=published, start=0, end=1, text=str(n), value=n,
                     low=n, high=n, low_inclusive=True, high_inclusive=True)

    members = [claim(0, "2024-01-01"), claim(1, "2024-01-02"), claim(2, "2024-01-03"), claim(3, "2024-01-01"),
               claim(4, "2024-01-01")]
    # 0 conflicts with 1, 2 and 3; 3 with 4 too: 0 first, then 3 or 4 (tied, 3 first by position)
    order = list(_blame_order(members, [(0, 1), (0, 2), (0, 3), (3, 4)]))
    assert order == [(0, [1, 2, 3]), (3, [4])]
    # a tie in conflicts: the later publication is blamed
    assert list(_blame_order(members, [(0, 2)])) == [(2, [0])]
