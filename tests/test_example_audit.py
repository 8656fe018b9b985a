"""The bundled example and the seed article, end to end through the library."""
from __future__ import annotations

from auditor.audit import audit
from auditor.documents import read_documents
from conftest import ROOT, shared_path


def findings_of(paths, ruleset, vocab, **kw):
    docs, problems = read_documents([str(p) for p in paths], **kw)
    assert problems == []
    return audit(docs, ruleset, vocab).findings


def summary(findings):
    return sorted((f.severity, f.rule, tuple(sorted(f"{c.doc}:{c.text}" for c in f.claims))) for f in findings)


def test_bundled_example_reports_exactly_the_planted_inconsistencies(ruleset, vocab):
    got = summary(findings_of([ROOT / "examples" / "idleb"], ruleset, vocab))
    assert got == sorted([
        # Turkish officials' toll falls in the draft: 33 at 23:30 (Anadolu), 22 at 23:55
        ("error", "toll-never-falls", ("04-anadolu-2330:33", "06-ledger-draft:22")),
        # the draft's 22 against the Observatory's figures (AFP's at least 29 held at 22:00,
        # the Observatory's 34 at 23:45: neither is an earlier, lower figure that 22 updates)
        ("error", "same-toll-same-day", ("02-afp-2200:At least 29", "02-afp-2200:more than 30",
                                         "05-reuters-2345:34", "06-ledger-draft:22")),
        # nine children among seven civilians (against the Observatory's earlier three
        # children it is a higher, later figure of one source: an update, not a conflict)
        ("error", "part-exceeds-whole", ("06-ledger-draft:nine", "06-ledger-draft:seven")),
        # the UN's more than 948,000 displaced, quoted by the draft as 849,000
        ("error", "toll-never-falls", ("02-afp-2200:more than 948,000", "06-ledger-draft:849,000")),
        # 33 (Turkish officials) against 34 (the Observatory): within the 5% tolerance
        ("warning", "same-toll-same-day", ("05-reuters-2345:33", "05-reuters-2345:34")),
    ])


def test_compatible_pairs_give_no_error_or_warning(ruleset, vocab):
    flagged = {(c.doc, c.text) for f in findings_of([ROOT / "examples" / "idleb"], ruleset, vocab)
               if f.severity != "info" for c in f.claims if c.doc != "06-ledger-draft"
               and not (f.rule == "same-toll-same-day" and f.severity == "warning")}
    # wires are only ever named as the other side of a draft error, never against each other
    findings = findings_of([ROOT / "examples" / "idleb"], ruleset, vocab)
    for f in findings:
        if f.severity == "error":
            assert any(c.doc == "06-ledger-draft" for c in f.claims), f.message
    assert ("02-afp-2200", "Seven") not in flagged


def test_seed_article_has_no_error(ruleset, vocab):
    seed = shared_path("seed", "afp-idleb-2020-02-27.txt")
    findings = findings_of([seed], ruleset, vocab, published="2020-02-27")
    assert [f for f in findings if f.severity == "error"] == []
    # "at least 29" and OSDH's "more than 30" overlap: at most an info finding
    assert [(f.severity, f.rule) for f in findings] == [("info", "same-toll-same-day")]
