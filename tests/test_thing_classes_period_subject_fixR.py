"""A period between a statistic and its verb is no part of the statistic's name: "Net income for the first half
of 2025 climbed 12 percent", "Takings for the day came to $4.1 million", "Volume over the whole week totalled
9 million shares". A weekday names no period of a statistic ("the carmaker on Monday posted a 7 percent
rise in sales" keeps the carmaker out). Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from conftest import claims_by_text


@pytest.mark.parametrize("text,quote,thing", [
    ("Net income for the first half of 2025 climbed 12 percent, the bank said.", "12 percent", "Net income"),
    ("Takings for the day came to $4.1 million.", "$4.1 million", "Takings"),
    ("Trading over the whole week totalled $37.9 million.", "$37.9 million", "Trading"),
    ("Operating profit for its final quarter rose 8 percent.", "8 percent", "Operating profit"),
])
def test_a_period_after_the_statistic_is_skipped(vocab, text, quote, thing):
    assert claims_by_text(vocab, text, "2026-02-10")[quote].thing == thing


def test_a_weekday_is_no_period_of_the_statistic(vocab):
    got = claims_by_text(vocab, "Kestrel Motors on Monday posted a 7 percent rise in sales.", "2026-02-10")
    assert got["7 percent"].thing != "Kestrel Motors"
