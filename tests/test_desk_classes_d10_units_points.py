"""Two classes of one quantity written twice, end to end with the built-in rules; each planted wording has
a clean twin.

- an amount restated in another unit of its dimension after "or", with or without a comma and a hedge,
  right after the figure or after its noun phrase ("1,300 kilometres or about 810 miles", "3.6 million
  tonnes of maize this season, or 3,600,000 kg"); in one unit, "or" joins two amounts ("3 or 4 km");
- a change told after two changes "from A to B" of one sentence may be their sum ("revised March down from
  212,000 to 198,000 and April up from 164,000 to 171,000, leaving the two months 7,000 lower"): it is held
  to the last pair only when it is not the sum;
- a change in points told as a fraction of a point ("a quarter of a point", "a tenth of a percentage
  point", "by half a percentage point") between two percentages: the message gives it in points.
"""
from __future__ import annotations

import pytest

from conftest import draft_errors, draft_findings

CASES = [
    ("or about: a length in two units that disagree (rail line)",
     "The new rail line, 1,300 kilometres or about 990 miles long, opens in May.", "same-quantity-stated-consistently"),
    ("or about: a length in two units that agree (rail line)",
     "The new rail line, 1,300 kilometres or about 810 miles long, opens in May.", None),
    ("comma or after the noun phrase: a mass that disagrees (maize)",
     "Growers brought in 3.6 million tonnes of maize this season, or 3,600,000 kg, the board said.",
     "same-quantity-stated-consistently"),
    ("comma or after the noun phrase: a mass that agrees (maize)",
     "Growers brought in 3.6 million tonnes of maize this season, or 3.6 billion kg, the board said.", None),
    ("or in one unit: two amounts, not one restated (lorries)",
     "Each lorry carries 3 or 4 tonnes of gravel.", None),
    ("a change of two revisions together: their sum (payrolls)",
     "The agency revised March's payroll gain down from 212,000 to 198,000 and April's up from 164,000 to "
     "171,000, leaving the two months 7,000 lower than first reported.", None),
    ("a change of two revisions together that is not their sum (payrolls)",
     "The agency revised March's payroll gain down from 212,000 to 198,000 and April's up from 164,000 to "
     "171,000, leaving the two months 12,000 lower than first reported.", "change-matches-endpoints"),
    ("a quarter of a point that disagrees with its ends (inflation)",
     "Annual inflation rose a quarter of a point to 3.4% in June from 2.8% in May.", "change-matches-endpoints"),
    ("a quarter of a point that fits its ends (inflation)",
     "Annual inflation rose a quarter of a point to 3.05% in June from 2.8% in May.", None),
    ("a tenth of a percentage point that disagrees (jobless rate)",
     "The jobless rate fell by a tenth of a percentage point to 6.1% from 6.6%.", "change-matches-endpoints"),
    ("half a percentage point that fits (policy rate)",
     "The central bank lowered its policy rate by half a percentage point to 3.75% from 4.25%.", None),
]


@pytest.mark.parametrize("text,rule", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_one_quantity_written_twice(text, rule, ruleset, vocab):
    errors = draft_errors(vocab, ruleset, text)
    assert sorted(errors) == ([rule] if rule else []), errors


def test_a_fraction_of_a_point_is_told_in_points(ruleset, vocab):
    [finding] = [f for f in draft_findings(vocab, ruleset, CASES[7][1]) if f.rule == "change-matches-endpoints"]
    assert "is +0.6 points, not +0.25 points (a quarter)" in finding.message


def test_an_amount_moved_is_told_in_the_scale_it_was_written_in(ruleset, vocab):
    text = "Net debt fell by 0.7 billion pounds to 3.9 billion pounds from 4.4 billion pounds."
    [finding] = [f for f in draft_findings(vocab, ruleset, text) if f.rule == "change-matches-endpoints"]
    assert "is −0.5 billion, not −0.7 billion pounds" in finding.message
