"""How claims of one quantity compare (DESIGN.md, Quantities), end to end on small fixtures.

tests/fixtures/quantities/ holds one folder per situation, written for these tests:
toll-updates (a toll that rises through the day and an initial figure), toll-rivals
(one source quoted with two figures, and a later, lower figure of another source),
crowd-estimates (rival estimates of a snapshot quantity).
"""
from __future__ import annotations

from auditor.audit import audit
from auditor.documents import Document, read_documents
from conftest import FIXTURES

QUANTITIES = FIXTURES / "quantities"


def findings(folder, ruleset, vocab):
    docs, problems = read_documents([str(QUANTITIES / folder)])
    assert problems == []
    return [f for f in audit(docs, ruleset, vocab).findings if f.severity != "info"]


def test_a_later_higher_toll_is_an_update_and_an_initial_figure_conflicts_with_nothing(ruleset, vocab):
    # 12 on Thursday, 19 on Friday, "initially put at 7": nothing to report
    assert findings("toll-updates", ruleset, vocab) == []


def test_rivals_and_falls_are_reported_with_why_they_are_not_updates(ruleset, vocab):
    got = {(f.rule, tuple(sorted(c.text for c in f.claims))): f for f in findings("toll-rivals", ruleset, vocab)}
    # the Red Crescent quoted with 40 at 09:00 and 25 at 11:00: its own figure falls
    assert ("toll-never-falls", ("25", "40")) in got
    # another source's 31 a day later is lower than 40: a disagreement, not an update
    rival = got[("same-toll-same-day", ("31", "40"))]
    assert rival.severity == "error"
    assert "the lower figure came later" in rival.explanation and "not an update" in rival.explanation


def test_rival_estimates_of_a_snapshot_disagree_whatever_the_day(ruleset, vocab):
    got = [(f.rule, f.severity) for f in findings("crowd-estimates", ruleset, vocab) if f.rule == "estimates-agree"]
    assert got == [("estimates-agree", "warning")]


def test_same_day_different_sources_that_do_not_overlap_disagree(ruleset, vocab):
    docs = [Document("a", "A bus crash killed 17 people on Tuesday, police said.", "Wire A", "2021-06-01"),
            Document("b", "A bus crash killed 27 people on Tuesday, the hospital said.", "Wire B", "2021-06-01")]
    got = [f for f in audit(docs, ruleset, vocab).findings if f.rule == "same-toll-same-day"]
    assert len(got) == 1 and got[0].severity == "error"
    assert "so neither is an update of the other" in got[0].explanation


def test_one_source_two_figures_one_day_is_a_warning(ruleset, vocab):
    docs = [Document("a", "Since May, 948,000 people have been displaced, according to the UN.", "Wire", "2021-06-01"),
            Document("b", "Since May, 849,000 people have been displaced, according to the UN.", "Draft", "2021-06-01")]
    got = [f for f in audit(docs, ruleset, vocab).findings if f.rule == "same-displacement-figure"]
    assert [f.severity for f in got] == ["warning"] and "misquote" in got[0].explanation


def test_the_archive_is_a_source_of_claims_and_audit_runs_the_checks(tmp_path, ruleset, vocab):
    from auditor.batch import audit_documents
    from auditor.store import ClaimStore

    wires, _ = read_documents([str(QUANTITIES / "toll-rivals" / "01-wire.md")])
    draft, _ = read_documents([str(QUANTITIES / "toll-rivals" / "03-later-lower.md")])
    with ClaimStore(tmp_path / "archive.duckdb") as store:
        from auditor.batch import ingest_paths
        ingest_paths([str(QUANTITIES / "toll-rivals" / "01-wire.md")], store, vocab, jobs=1)
    with ClaimStore(tmp_path / "archive.duckdb", read_only=True) as store:
        result = audit_documents(draft, ruleset, vocab, jobs=1, store=store)
    rules = {(f.rule, tuple(sorted(c.doc for c in f.claims))) for f in result.findings}
    assert ("same-toll-same-day", ("01-wire", "03-later-lower")) in rules
    assert wires  # the wire was read back from the archive, not given


def test_a_text_that_gives_a_figure_as_earlier_orders_same_day_reports(ruleset, vocab):
    """Two reports of one day without clock times: a third text says 18 came before 25, so
    the 18 elsewhere is the earlier figure, not a rival of the 25."""
    docs = [Document(id="a", source="Wire A", published="2021-03-06",
                     text="Eighteen Chilean soldiers were killed in the ambush, the Observatory said."),
            Document(id="b", source="Wire B", published="2021-03-06",
                     text="The ambush killed 25 Chilean soldiers, Chilean officials said."),
            Document(id="c", source="Wire C", published="2021-03-06",
                     text="Chilean officials said 25 Chilean soldiers died in the ambush. "
                          "A previous count had put the number of soldiers killed at 18.")]
    got = [f for f in audit(docs, ruleset, vocab).findings if f.severity != "info"]
    assert got == []
    # without the third text, the two figures of one day are rivals
    alone = [f for f in audit(docs[:2], ruleset, vocab).findings if f.severity != "info"]
    assert [f.rule for f in alone] == ["same-toll-same-day"]
