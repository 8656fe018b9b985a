"""Two classes of a change stated beside its two ends, end to end with the built-in rules; each planted
wording has a clean twin.

- "from A in <an ordinal period, of last year or a year> to B in <the same period this year>": the earlier
  end carries a period named by an ordinal ("the third quarter of last year", "the first half of 2025",
  "the same quarter this year"), and is still the change's start;
- the change named after both ends by a change noun of the vocabulary (``change_nouns`` in
  rules/vocabulary/cues.yaml), including "an improvement of" and "a deterioration of", which say no
  direction of their own.
"""
from __future__ import annotations

import pytest

from conftest import draft_errors, draft_findings

CASES = [
    ("points after ordinal periods that disagree (on-time flights)",
     "On-time departures rose from 64.0 per cent in the second quarter of last year to 69.5 per cent in the "
     "same quarter this year, an improvement of 7.5 percentage points.", "change-matches-endpoints"),
    ("points after ordinal periods that agree (on-time flights)",
     "On-time departures rose from 64.0 per cent in the second quarter of last year to 69.5 per cent in the "
     "same quarter this year, an improvement of 5.5 percentage points.", None),
    ("a count after a year's ordinal period that disagrees (burglaries)",
     "Reported burglaries fell from 2,480 in the first half of 2025 to 2,110 in the same half this year, a "
     "drop of 470.", "change-matches-endpoints"),
    ("a count after a year's ordinal period that agrees (burglaries)",
     "Reported burglaries fell from 2,480 in the first half of 2025 to 2,110 in the same half this year, a "
     "drop of 370.", None),
    ("a deterioration that disagrees with its ends (reading scores)",
     "The share of pupils reading at the expected level slipped from 78 per cent in the spring of 2024 to 74 "
     "per cent this spring, a deterioration of 6 percentage points.", "change-matches-endpoints"),
    ("a deterioration that agrees with its ends (reading scores)",
     "The share of pupils reading at the expected level slipped from 78 per cent in the spring of 2024 to 74 "
     "per cent this spring, a deterioration of 4 percentage points.", None),
]


@pytest.mark.parametrize("text,rule", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_change_beside_ends_with_periods(text, rule, ruleset, vocab):
    errors = draft_errors(vocab, ruleset, text)
    assert sorted(errors) == ([rule] if rule else []), errors


def test_the_message_recomputes_the_points(ruleset, vocab):
    [finding] = [f for f in draft_findings(vocab, ruleset, CASES[0][1]) if f.rule == "change-matches-endpoints"]
    assert "is +5.5 points, not +7.5 percentage points" in finding.message
