"""An amount of money "under" or "less than" a figure is between nothing and it: a sum is
never negative ("the monthly average was under $2 billion" is [0, 2 billion)); a rate or a
temperature below a figure may be ("inflation stayed below 2 percent")."""
from __future__ import annotations

import math

from auditor.documents import Document
from auditor.extract import extract_claims


def bounds(text: str, vocab):
    c = extract_claims(Document(id="t", text=text, published="2024-05-10"), vocab)[0]
    return c.low, c.high, c.low_inclusive, c.high_inclusive


def test_an_amount_under_a_figure_starts_at_nothing(vocab):
    assert bounds("In its first year the levy's monthly average was under $2 billion.", vocab)[:3] == (0, 2e9, True)
    assert bounds("The repairs cost less than €40,000.", vocab)[:3] == (0, 40000, True)


def test_a_rate_below_a_figure_may_be_negative(vocab):
    assert bounds("Inflation stayed below 2 percent.", vocab)[0] == -math.inf
