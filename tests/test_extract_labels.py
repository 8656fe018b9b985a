"""Numbers that are labels, codes, list markers or set phrases, not claims
(DESIGN.md), and their near misses that stay claims."""
from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.extract import extract_claims


def claims(text: str, vocab) -> list[tuple[str, float | None, str | None]]:
    return [(c.text, c.value, c.unit) for c in extract_claims(Document(id="t", text=text), vocab)]


@pytest.mark.parametrize("text", [
    "the firm booked one-time charges",
    "the firm booked one - time charges",
    "a zero-coupon note",
    "a zero - coupon note",
    "it was a one-off payment",
    "she chose a 7 - iron",
    "they issued 20 - year notes",
    "the plan: 1 ) lowers costs ; 2 ) cuts delays",
    "1) lowers costs 2) cuts delays",
    "take highway 61 to exit 212",
    "he ranked no . 3 in the world",
    "the code was KX4-881 on the tag",
    "serial 55812Q90 was recalled",
    "Springfield, IL 62704",
    "in the first half of the year",
    "during the second half of 2021",
])
def test_not_claims(text, vocab):
    assert claims(text, vocab) == [], text


@pytest.mark.parametrize("text,expected", [
    ("a 5,000-strong crowd", [("5,000", 5000.0, None)]),
    ("half of the voters stayed home", [("half", 0.5, None)]),
    ("they sold 5 (five) cars", [("5", 5.0, None), ("five", 5.0, None)]),
    ("a field of 3km2 burned", [("3km2", 3.0, "kilometer ** 2")]),
    ("it cost USD115 in fees", [("USD115", 115.0, "USD")]),
    ("it cost EUR12.5 in fees", [("EUR12.5", 12.5, "EUR")]),
])
def test_near_misses_stay_claims(text, expected, vocab):
    assert claims(text, vocab) == expected


@pytest.mark.parametrize("text", [
    "Flat 12a was empty",
    "a 3D printer",
    "account 2211-448812-90 was closed",
    "she is one of the best players",
    "it was one of the city ' s oldest shops",
    "which one is it",
])
def test_codes_and_idioms_are_not_claims(text, vocab):
    assert claims(text, vocab) == [], text


@pytest.mark.parametrize("text,expected", [
    ("the 1972 quarter was weak", []),
    ("three quarters of the vote", [("three quarters", 0.75, None)]),
    ("one of the six victims", [("one", 1.0, None), ("six", 6.0, None)]),
    ("all that one acre can yield", [("one acre", 1.0, "acre")]),
    ("bills of 3 , 000 . 50 dollars", [("3 , 000 . 50 dollars", 3000.5, "USD")]),
    ("a wage of 44,120.50 january", [("44,120.50", 44120.5, None)]),
])
def test_numbers_near_labels(text, expected, vocab):
    assert claims(text, vocab) == expected


@pytest.mark.parametrize("text,expected", [
    ("it ran on a 6502 processor", []),
    ("the cluster MACS J0717.5+3745 was faint", []),
    ("they shipped 300 chips", [("300", 300.0, None)]),
    ("a gain of +4 percent", [("4 percent", 4.0, "percent")]),
])
def test_products_and_coordinates(text, expected, vocab):
    assert claims(text, vocab) == expected
