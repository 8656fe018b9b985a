"""An amount followed by its conversion alone in brackets ("HUF 900 billion (EUR 2.3 billion)"):
the scale the writer gave only in the conversion is the amount's too, and the hedge of the amount
is its conversion's. Ceilings written with a negation ("must not exceed", "may not top") or a cap
are at most the figure, not more than it; "added up to" is the total reached, exact."""
from __future__ import annotations

import math

import pytest

from auditor.documents import Document
from auditor.extract import extract_claims


def claims(text: str, vocab) -> list[tuple[str | None, float | None, float | None, float | None]]:
    """unit, value, low, high (None for no upper end), rounded to three decimals."""
    def r(x):
        return None if x is None or x == math.inf else round(x, 3)
    return [(c.unit, r(c.value), r(c.low), r(c.high)) for c in extract_claims(Document(id="t", text=text), vocab)]


@pytest.mark.parametrize("text,expected", [
    ("Hungary's shortfall reached HUF 3,100 (EUR 8.3 billion) last year.",
     [("HUF", 3.1e12, 3.1e12, 3.1e12), ("EUR", 8.3e9, 8.3e9, 8.3e9)]),
    ("The Czech budget gap was CZK 310 (EUR 12.4 billion), the ministry said.",
     [("CZK", 310e9, 310e9, 310e9), ("EUR", 12.4e9, 12.4e9, 12.4e9)]),
])
def test_a_scale_given_only_in_the_conversion(text, expected, vocab):
    assert claims(text, vocab) == expected


def test_no_scale_where_the_two_are_a_rate_apart_already(vocab):
    assert claims("A bus ticket costs $5 (€4.60) in Lisbon.", vocab) == [
        ("USD", 5.0, 5.0, 5.0), ("EUR", 4.6, 4.6, 4.6)]


def test_an_amount_with_its_own_scale_keeps_it(vocab):
    got = claims("The port cost HUF 90 million (EUR 230,000) to dredge.", vocab)
    assert got == [("HUF", 9e7, 9e7, 9e7), ("EUR", 230000.0, 230000.0, 230000.0)]


def test_the_conversion_keeps_the_amounts_hedge(vocab):
    text = "Reserves in Budapest will stand at more than HUF 2,000 billion (EUR 5.1 billion) in June."
    assert claims(text, vocab) == [("HUF", 2e12, 2e12, None), ("EUR", 5.1e9, 5.1e9, None)]


def test_a_conversion_of_a_length_keeps_its_hedge_too(vocab):
    text = "The wall in Galway runs for nearly 3 miles (4.8 km) along the shore."
    got = claims(text, vocab)
    assert [c[0] for c in got] == ["mile", "kilometer"]
    assert got[1][3] == 4.8 and got[1][2] < 4.8


def test_a_count_in_brackets_is_no_conversion(vocab):
    got = claims("Up to 300 families (1,400 people) were moved from Tacloban.", vocab)
    assert got == [(None, 300.0, 0, 300.0), (None, 1400.0, 1400.0, 1400.0)]


@pytest.mark.parametrize("text,high", [
    ("Kenya's wage bill should not exceed Sh900 billion next year.", 9e11),
    ("Borrowing must not exceed 60 percent of output, the treaty says.", 60.0),
    ("Nigerian exports may not top $4 billion this quarter.", 4e9),
    ("Each household's water use is capped at 150 litres a day.", 150.0),
    ("The fee cannot exceed 40 dollars under the Oslo rules.", 40.0),
])
def test_a_negated_excess_or_a_cap_is_a_ceiling(text, high, vocab):
    got = claims(text, vocab)
    assert len(got) == 1 and got[0][2] in (0, -math.inf) and got[0][3] == high


@pytest.mark.parametrize("text,value", [
    ("Gifts to the Lagos appeal added up to $2.4 million by Friday.", 2.4e6),
    ("Pension arrears in Accra adds up to 3.1 billion cedis, auditors found.", 3.1e9),
    ("Flood claims in Queensland amounted to A$1.2 billion.", 1.2e9),
])
def test_a_sum_reached_is_exact(text, value, vocab):
    assert [c[1:] for c in claims(text, vocab)] == [(value, value, value)]


def test_exceeding_is_still_a_floor(vocab):
    got = claims("Turnout in Lima exceeded 70 percent.", vocab)
    assert got == [("percent", 70.0, 70.0, None)]
