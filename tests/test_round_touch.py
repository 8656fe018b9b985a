"""Hedges that meet only at a round figure ("nearly 2,000" and "more than 2,000") differ by the
convention that reads them ([0.9N, N) and (N, ∞)), not by a count: a note, never an error or
warning. At a precise figure ("47" and "more than 47") the open end is meant: still a conflict."""
from __future__ import annotations

from auditor.audit import audit
from auditor.checks.base import touch_at_round_number
from auditor.claims import Interval
from auditor.documents import Document


def _findings(ruleset, vocab, *texts: tuple[str, str, str]):
    docs = [Document(f"d{n}", text, source, published) for n, (source, published, text) in enumerate(texts)]
    return [f for f in audit(docs, ruleset, vocab).findings if f.rule in ("same-toll-same-day", "toll-never-falls")]


def test_meeting_at_a_round_figure_is_touching():
    assert touch_at_round_number(Interval(1800, 2000, True, False), Interval(2000, float("inf"), False, True))
    assert touch_at_round_number(Interval.point(300), Interval(300, float("inf"), False, True))
    assert not touch_at_round_number(Interval.point(47), Interval(47, float("inf"), False, True))
    assert not touch_at_round_number(Interval.point(300), Interval(310, float("inf"), False, True))
    assert not touch_at_round_number(Interval(1800, 2000, True, True), Interval.point(2000))   # they overlap


def test_two_sources_meeting_at_a_round_figure_get_a_note(ruleset, vocab):
    got = _findings(ruleset, vocab,
                    ("Wire A", "2021-07-14", "Nearly 2,000 people were killed in the floods on Monday."),
                    ("Wire B", "2021-07-14", "More than 2,000 people were killed in the floods on Monday."))
    assert [(f.rule, f.severity) for f in got] == [("same-toll-same-day", "info")]
    assert "round figure" in got[0].message


def test_two_sources_meeting_at_a_precise_figure_conflict(ruleset, vocab):
    got = _findings(ruleset, vocab,
                    ("Wire A", "2021-07-14", "47 people were killed in the floods on Monday."),
                    ("Wire B", "2021-07-14", "More than 47 people were killed in the floods on Monday."))
    # the built-in pack's 5% tolerance makes it a warning (tests/cases/agreement.yml: an error without)
    assert [(f.rule, f.severity) for f in got] == [("same-toll-same-day", "warning")]


def test_one_source_falling_to_a_round_figure_it_had_passed_gets_a_note(ruleset, vocab):
    got = _findings(ruleset, vocab,
                    ("Wire A", "2021-07-14T08:00:00", "More than 2,000 people were killed in the floods on Monday."),
                    ("Wire A", "2021-07-14T20:00:00", "Nearly 2,000 people were killed in the floods on Monday."))
    assert [(f.rule, f.severity) for f in got] == [("toll-never-falls", "info")]
