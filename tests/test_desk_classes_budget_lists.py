"""A budget's lines listed without the words the earlier rules wait for (sentences written for these
tests): a whole "split between" parts named each with its figure in brackets, no colon; sums of money
listed after a colon, each smaller than the one sum before it. Parts past the whole fire, with the sum;
parts that fit stay quiet."""
from __future__ import annotations

import pytest

from conftest import draft_errors


@pytest.mark.parametrize("text,said", [
    ("The council's $4.2bn budget for next year is split between health ($1.9bn), education ($1.6bn) and "
     "transport ($0.9bn), the finance committee said.", "$1.9bn + $1.6bn + $0.9bn = 4.4 billion"),
    ("The 4,200 staff are split between the wards (1,900), the clinics (1,600) and the labs (900), the "
     "trust said.", "1,900 + 1,600 + 900 = 4,400"),
    ("The council will spend $4.2bn next year: $1.9bn on health, $1.6bn on schools and $0.9bn on roads.",
     "$1.9bn + $1.6bn + $0.9bn = 4.4 billion exceeds the $4.2bn"),
])
def test_listed_lines_past_their_budget_fire_with_the_sum(vocab, ruleset, text, said):
    errors = draft_errors(vocab, ruleset, text)
    assert said in errors.get("listed-parts-add-up", ""), errors


@pytest.mark.parametrize("text", [
    "The council's $4.4bn budget is split between health ($1.9bn), education ($1.6bn) and transport ($0.9bn).",
    "The council will spend $4.6bn next year: $1.9bn on health, $1.6bn on schools and $0.9bn on roads.",
    # a change after the colon is no list of parts
    "Spending rose to $4.2bn: up $0.3bn on last year, and $0.2bn more than planned.",
    # two sums before the colon: which one the lines split is not said
    "The council will spend $4.2bn next year and borrow $1.1bn: $1.9bn on health and $1.6bn on schools.",
])
def test_lines_that_fit_or_are_no_lines_stay_quiet(vocab, ruleset, text):
    assert "listed-parts-add-up" not in draft_errors(vocab, ruleset, text)
