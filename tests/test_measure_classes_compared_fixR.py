"""A figure compared with an earlier time of its own is a change: a comparative right after it ("9 per cent
more than the year before", "6.5 percent less than the same quarter last year", "4% down on its 2019
result") gives rose or fell, and so does one ending a market move ("finished 0.8 percent lower"). A
comparison with another thing ("12% more than wheat"), a bound ("30 or more") and a count stay as they
were. Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from conftest import claims_by_text


@pytest.mark.parametrize("text,quote,measure", [
    ("The carrier flew 3.1 million passengers in 2024, 9 per cent more than the year before.", "9 per cent", "rose"),
    ("Imports totalled $4.2 billion, 6.5 percent less than the $4.5 billion of the same quarter last year.",
     "6.5 percent", "fell"),
    ("The alliance polled 21%, 4% down on its 2019 result.", "4%", "fell"),
    ("Freight volumes reached 80,000 tonnes, 7% higher than twelve months earlier.", "7%", "rose"),
    ("Tax receipts came to €9.1 billion, about €400 million more than a year ago.", "about €400 million", "rose"),
    ("Turnover hit $3bn, $250 million or 9 percent more than in 2022.", "$250 million", "rose"),
    ("Bookings were 3.5% below the level of the previous month.", "3.5%", "fell"),
])
def test_a_comparison_with_an_earlier_time_is_a_change(vocab, text, quote, measure):
    assert claims_by_text(vocab, text, "2026-05-04")[quote].measure == measure


@pytest.mark.parametrize("text,quote,measure", [
    ("The lender's shares finished the session 0.8 percent lower.", "0.8 percent", "fell"),
    ("Copper ended the week 2.4% higher at $9,100 a tonne.", "2.4%", "rose"),
])
def test_a_market_move_by_comparison_is_a_change(vocab, text, quote, measure):
    assert claims_by_text(vocab, text, "2026-05-04")[quote].measure == measure


@pytest.mark.parametrize("text,quote", [
    ("Rice cost 12% more than wheat at the market.", "12%"),          # another thing, no earlier time
    ("Sales came to $2bn, or 4% above the 2023 level.", "$2bn"),      # the level, its change restated after it
    ("The fund holds $5 million more than its rival.", "$5 million"),  # another holder
])
def test_a_comparison_with_no_earlier_time_is_no_change(vocab, text, quote):
    assert claims_by_text(vocab, text, "2026-05-04")[quote].measure is None


def test_a_bound_and_a_count_stay_as_they_were(vocab):
    got = claims_by_text(vocab, "At least 30 or more people were hurt. The shelter took in 90 families, 12 "
                                "more than last year.", "2026-05-04")
    assert got["At least 30"].measure == "injured"
    assert got["12"].measure not in ("rose", "fell")


def test_two_rates_of_change_are_no_running_total(vocab):
    got = claims_by_text(vocab, "Rents were 6.1% higher than a year earlier, compared with 7.4% in March.",
                         "2026-05-04")
    assert got["6.1%"].measure == "rose"
    assert not got["6.1%"].earlier and not got["7.4%"].earlier


def test_a_toll_said_earlier_still_precedes(vocab):
    got = claims_by_text(vocab, "The death toll, earlier put at 58, now stands at 52.", "2026-05-04")
    assert got["52"].earlier == got["58"].id
