"""A crowd is counted again once its day is over: the later, higher count of one authority, reported
later, is the final count and no rival of the first; two named authorities' counts stay rivals, and so
does a figure given without a source against a named one (it may be the organisers'). Sentences
written for these tests.
"""
from __future__ import annotations

from conftest import flagged

EVENING = ("Wire A", "2025-03-15T21:00:00",
           "The interior ministry said up to 80,000 people marched across the country on Saturday "
           "against the pension law.")


def crowd_findings(vocab, ruleset, *docs):
    return [f for f in flagged(vocab, ruleset, *docs) if "80,000" in f.message]


def test_the_same_ministrys_later_count_of_the_day_is_an_update(vocab, ruleset):
    later = ("Wire B", "2025-03-28T10:00:00",
             "In all, 86,000 protesters marched across the country on March 15, the interior ministry "
             "said in its final count.")
    assert crowd_findings(vocab, ruleset, EVENING, later) == []


def test_an_unsourced_figure_the_next_day_may_be_anyones(vocab, ruleset):
    next_day = ("Daily C", "2025-03-16T07:00:00",
                "An estimated 86,000 protesters took to the streets across the country on Saturday.")
    assert crowd_findings(vocab, ruleset, EVENING, next_day)


def test_an_unsourced_figure_far_above_the_first_is_another_count(vocab, ruleset):
    next_day = ("Daily C", "2025-03-16T07:00:00",
                "Some 400,000 protesters took to the streets across the country on Saturday.")
    assert crowd_findings(vocab, ruleset, EVENING, next_day)


def test_the_organisers_next_day_count_is_a_rival(vocab, ruleset):
    next_day = ("Daily C", "2025-03-16T07:00:00",
                "The unions said 86,000 protesters took to the streets across the country on Saturday.")
    assert crowd_findings(vocab, ruleset, EVENING, next_day)
