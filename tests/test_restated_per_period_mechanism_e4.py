"""An amount restated "or" in another notation is one quantity (relations ``_restated``) only when both are of
the same item or period (sentences written for these tests): "X, or about Y a week" is a rate of another
period, as "$26,000 each" is one item's, never the amount stated twice (a clean dev desk draft was flagged
for "an increase of 87.57 pounds, or about 1.68 pounds a week")."""
from __future__ import annotations

import pytest

from conftest import draft_errors


@pytest.mark.parametrize("text", [
    "Rent will rise by 312.00 pounds, or about 6 pounds a week, the landlord said.",
    "The new contract is worth 48,000 euros, or roughly 4,000 euros a month.",
    "The subsidy costs 9.1 million dollars a year, or about 25,000 dollars a day.",
])
def test_an_amount_and_its_rate_per_period_are_not_one_quantity(vocab, ruleset, text):
    assert "same-quantity-stated-consistently" not in draft_errors(vocab, ruleset, text)


@pytest.mark.parametrize("text", [
    "The bridge is 12 miles (25 km) long.",
    "The cable runs 40 miles (90 km) under the sea.",
])
def test_one_quantity_in_two_notations_is_still_compared(vocab, ruleset, text):
    assert "same-quantity-stated-consistently" in draft_errors(vocab, ruleset, text)
