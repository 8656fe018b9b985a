"""Two classes of a figure's time in economic copy:

- a period "to" a month with no year ("in the year to March", "the three months to November") in a sentence
  that reports, not forecasts: the last such period to have ended by publication, not the nearest one
  (which may lie ahead); a forecast's ("expects ... in the year to March") may still lie ahead;
- a percentage change "from" a time ("up 2.6% from September 2015"): the base it is measured on, as with
  "on" ("up 8 per cent on December 2025"), never the figure's own time; "from ... to ..." is its period.

Sentences here are written for these tests.
"""
from __future__ import annotations

import pytest

from conftest import claims_by_text as claims


def _when(c):
    return (str(c.when_start) if c.when_start else None, str(c.when_end) if c.when_end else None)


@pytest.mark.parametrize("text,quote,when", [
    ("Pre-tax profit at the brewer climbed 7% in the year to March, it said.", "7%", ("2015-04-01", "2016-03-31")),
    ("The brewer expects pre-tax profit to climb 7% in the year to March.", "7%", ("2016-04-01", "2017-03-31")),
    ("Factory output grew 0.6% in the three months to November.", "0.6%", ("2015-09-01", "2015-11-30")),
    ("Factory output will grow 0.6% in the three months to November, the institute forecast.", "0.6%",
     ("2016-09-01", "2016-11-30")),
    ("Rents rose 4.4% in the 12 months to June.", "4.4%", ("2015-07-01", "2016-06-30")),
])
def test_a_period_to_a_month_is_the_last_one_ended_unless_forecast(vocab, text, quote, when):
    assert _when(claims(vocab, text, "2016-10-07")[quote]) == when


@pytest.mark.parametrize("text,quote,when", [
    ("Weekly wages were up 3.1% from August 2015, the office said.", "3.1%", (None, None)),
    ("Weekly wages rose 3.1% from August 2015 to August 2016.", "3.1%", ("2015-08-01", "2016-08-31")),
])
def test_a_change_from_a_time_is_measured_on_it(vocab, text, quote, when):
    assert _when(claims(vocab, text, "2016-10-07")[quote]) == when
