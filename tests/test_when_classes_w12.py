"""Two classes of a figure's day in running copy:

- two figures of one sentence, each with its own day after it ("40 on Monday and 12 more on Tuesday"): a
  day that follows another figure closely is that figure's, and the later figure takes the day after it,
  not the nearer one before it; a time further on, past other words or punctuation ("about 40 cm below
  the record set in 1998"), is not the figure's;
- "overnight": the night that ends on the morning of the report, so a figure reached overnight holds on
  the report's day (as "last night" and "yesterday" are the day before).

Sentences here are written for these tests (published on Tuesday 11 August 2026).
"""
from __future__ import annotations

import pytest

from conftest import claims_by_text as claims

TUESDAY = "2026-08-11"


def _day(c):
    return str(c.when_start) if c.when_start == c.when_end and c.when_start else (c.when_start, c.when_end)


@pytest.mark.parametrize("text,days", [
    ("Police arrested 40 people on Monday and 12 more on Tuesday.", {"40": "2026-08-10", "12": TUESDAY}),
    ("Rescuers pulled 9 survivors from the rubble on Sunday and 3 others on Monday, the agency said.",
     {"9": "2026-08-09", "3": "2026-08-10"}),
    ("The ministry counted 210 cases on Saturday and 260 on Monday.", {"210": "2026-08-08", "260": "2026-08-10"}),
])
def test_each_figure_takes_the_day_written_after_it(vocab, text, days):
    got = claims(vocab, text, TUESDAY)
    assert {quote: _day(got[quote]) for quote in days} == days


def test_a_time_past_other_words_is_not_the_figures(vocab):
    got = claims(vocab, "The river peaked at 7.3 metres early on Monday, about 40 centimetres below the record "
                        "set in 1998.", TUESDAY)
    assert _day(got["about 40 centimetres"]) == "2026-08-10"


@pytest.mark.parametrize("text,quote,day", [
    ("The fire grew to 18,500 acres overnight, Cal Fire said.", "18,500 acres", TUESDAY),
    ("The toll rose from 11 to 14 overnight as rescuers reached the village.", "14", TUESDAY),
    ("Police said 25 people were arrested last night.", "25", "2026-08-10"),
    ("Police said 25 people were arrested yesterday.", "25", "2026-08-10"),
])
def test_overnight_is_the_report_day(vocab, text, quote, day):
    assert _day(claims(vocab, text, TUESDAY)[quote]) == day
