"""Number words and scales: dozens after hundreds, fractions over ordinal
compounds, "out of five hundreds", "more than half", capital G and M scales,
IP addresses (not claims)."""
from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.extract import extract_claims
from conftest import find_numbers


def numbers(text: str) -> list[tuple[str, float]]:
    return [(text[n.start:n.end], round(n.value, 6)) for n in find_numbers(text, text.lower())]


def claims(text: str, vocab) -> list[tuple[str, float | None, str | None]]:
    return [(c.text, c.value, c.unit) for c in extract_claims(Document(id="t", text=text), vocab)]


@pytest.mark.parametrize("text,expected", [
    ("two hundred and five dozens", [("two hundred and five dozens", 260.0)]),
    ("four hundred dozen", [("four hundred dozen", 4800.0)]),
    ("three dozen", [("three dozen", 36.0)]),
    ("one one hundred fifth", [("one one hundred fifth", round(1 / 105, 6))]),
    ("one one thousand and tenth", [("one one thousand and tenth", round(1 / 1010, 6))]),
    ("the one hundred and fifth day", []),
    ("the two hundred fifth day", []),
    ("three out of four hundreds", [("three out of four hundreds", 0.0075)]),
    ("less than half voted", [("half", 0.5)]),
    ("in the other half", []),
    ("output of 12G", [("12G", 12e9)]),
    ("3,410.5 G in all", [("3,410.5 G", 3410.5e9)]),
    ("2,500,100.5 M in all", [("2,500,100.5 M", 2500100.5e6)]),
])
def test_words_and_scales(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("a 5G phone", []),
    ("eat 5g of salt", [("5g", 5.0, "gram")]),
    ("a 2 GW plant", [("2 GW", 2.0, "gigawatt")]),
    ("they made $4 M in May", [("$4 M", 4_000_000.0, "USD")]),
    ("the server 10.1.20.3 was down", []),
    ("host 172.16.0.9:443 answered", []),
    ("it rose 2.5 percent. 4.5 million people", [("2.5 percent", 2.5, "percent"), ("4.5 million", 4_500_000.0, None)]),
])
def test_scales_and_addresses(text, expected, vocab):
    assert claims(text, vocab) == expected


@pytest.mark.parametrize("text,expected", [
    ("forty and two", [("forty and two", 42.0)]),
    ("thirty and one and two fifths", [("thirty and one and two fifths", 31.4)]),
    ("between forty and sixty", [("forty", 40.0), ("sixty", 60.0)]),
    ("ten and twelve", [("ten", 10.0), ("twelve", 12.0)]),
    ("forty and two hundred", [("forty", 40.0), ("two hundred", 200.0)]),
    ("several hundred", []),
    ("a few hundred", []),
])
def test_and_between_words(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("text,low,high", [
    ("several thousand people fled", 2000, 10000),
    ("a few hundred soldiers were sent", 200, 1000),
    ("several million people", 2_000_000, 10_000_000),
])
def test_several_hundred_is_vague(text, low, high, vocab):
    (c,) = extract_claims(Document(id="t", text=text), vocab)
    assert (c.value, c.low, c.high) == (None, low, high)


def test_a_chain_of_numbers_is_no_range(vocab):
    found = [(c.text, c.value) for c in extract_claims(Document(id="t", text="the code was five-nought-six"), vocab)]
    assert found == [("five", 5.0), ("nought", 0.0), ("six", 6.0)]
    (r,) = extract_claims(Document(id="t", text="between 5-10 people"), vocab)
    assert (r.low, r.high) == (5.0, 10.0)
