"""Numbers in tokenised (Penn-Treebank style) text, and the non-claims that only
look like numbers there: "6 . 2 %" is 6.2 %, "80 , 000" is 80,000, "1 / 4" a
quarter, "oct . 13" a date. Ordinary prose must read as before."""
from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.extract import extract_claims
from conftest import find_numbers


def numbers(text: str) -> list[tuple[str, float]]:
    return [(text[n.start:n.end], n.value) for n in find_numbers(text, text.lower())]


def claims(text: str, vocab) -> list[tuple[str, float | None, str | None]]:
    return [(c.text, c.value, c.unit) for c in extract_claims(Document(id="t", text=text), vocab)]


@pytest.mark.parametrize("text,expected", [
    ("output grew 4 . 5 % last year", [("4 . 5", 4.5)]),
    ("a crowd of 65 , 000 fans", [("65 , 000", 65000.0)]),
    ("some 1 , 250 , 000 voters", [("1 , 250 , 000", 1250000.0)]),
    ("a bill of 3 , 400 . 75 euros", [("3 , 400 . 75", 3400.75)]),
    ("a budget of $ 12 . 5 million", [("12 . 5 million", 12500000.0)]),
    ("shares fell 3 / 8 point", [("3 / 8", 0.375)]),
    ("bonds priced at 99 3 / 4", [("99 3 / 4", 99.75)]),
])
def test_tokenised_numbers_are_one_number(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("He left in 2019. 5 people stayed.", [("2019", 2019.0), ("5", 5.0)]),
    ("rooms 3, 4 and 5", [("3", 3.0), ("4", 4.0), ("5", 5.0)]),
    ("votes 7 , 12 and 30", [("7", 7.0), ("12", 12.0), ("30", 30.0)]),
    ("open 24/7", [("24/7", 24 / 7)]),
])
def test_prose_is_not_read_as_tokenised(text, expected):
    assert numbers(text) == expected


def test_tokenised_percent_and_money(vocab):
    assert claims("sales rose 6 . 2 % to $ 1.45 billion .", vocab) == [
        ("6 . 2 %", 6.2, "percent"), ("$ 1.45 billion", 1450000000.0, "USD")]
    assert claims("the plan costs $ 31 . 5 million .", vocab) == [("$ 31 . 5 million", 31500000.0, "USD")]


@pytest.mark.parametrize("text", [
    "the loan is due oct . 21 .",
    "bonds due nov . 30 , 2004 , priced at par",
    "the payment on sept . 9 was late",
    "as of jan . 2 , 1991 the fund",
])
def test_tokenised_month_abbreviations_are_dates(text, vocab):
    assert claims(text, vocab) == []
