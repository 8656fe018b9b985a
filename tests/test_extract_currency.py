"""Money written the ways the currency suites write it: a million prefix on a
code ("30 MUSD"), a code glued to digits ("USD115"), a symbol that starts the
next amount ("$ 10 $ 20"), a country's dollar ("HK$", "US $")."""
from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.extract import extract_claims


def claims(text: str, vocab) -> list[tuple[str, float | None, str | None]]:
    return [(c.text, c.value, c.unit) for c in extract_claims(Document(id="t", text=text), vocab)]


@pytest.mark.parametrize("text,expected", [
    ("the fund lost 12 MUSD last year", [("12 MUSD", 12_000_000.0, "USD")]),
    ("a budget of 7.5 MEUR", [("7.5 MEUR", 7_500_000.0, "EUR")]),
    ("grants totalling nine MGBP", [("nine MGBP", 9_000_000.0, "GBP")]),
    ("a fee of USD40", [("USD40", 40.0, "USD")]),
    ("sales of MEUR 4.5 in May", [("MEUR 4.5", 4_500_000.0, "EUR")]),
    ("a loan of MUSD12", [("MUSD12", 12_000_000.0, "USD")]),
    ("Maud 60 people came", [("60", 60.0, None)]),
    ("a fee of EUR7.25", [("EUR7.25", 7.25, "EUR")]),
    ("costs were $ 1,200.00 $ 3,450.10 in all", [("$ 1,200.00", 1200.0, "USD"), ("$ 3,450.10", 3450.1, "USD")]),
    ("a $ 40 million deal", [("$ 40 million", 40_000_000.0, "USD")]),
    ("it raised HK$ 8 million", [("HK$ 8 million", 8_000_000.0, "HKD")]),
    ("it raised US $ 8 million", [("US $ 8 million", 8_000_000.0, "USD")]),
    ("it raised A$8 million", [("A$8 million", 8_000_000.0, "AUD")]),
    ("it raised C $ 8 million", [("C $ 8 million", 8_000_000.0, "CAD")]),
    ("A $ 9 million grant", [("$ 9 million", 9_000_000.0, "USD")]),
    ("an issue of $ 90 million first mortgage bonds", [("$ 90 million", 90_000_000.0, "USD")]),
])
def test_money(text, expected, vocab):
    assert claims(text, vocab) == expected


@pytest.mark.parametrize("text,expected", [
    ("a 30m drop", [("30m", 30.0, "meter")]),
    ("some 2m people fled", [("some 2m", 2_000_000.0, None)]),
    ("a 3bn loan", [("3bn", 3_000_000_000.0, None)]),
    ("the musd index", []),
])
def test_scales_in_news_unchanged(text, expected, vocab):
    assert claims(text, vocab) == expected


@pytest.mark.parametrize("text,expected", [
    ("it cost 4 $ 20 cents", [("4 $ 20 cents", 4.2, "USD")]),
    ("apples sold at 80 cents a dozen", [("80 cents", 80.0, "USD_cent")]),
    ("she baked a dozen pies", [("a dozen", 12.0, None)]),
])
def test_minor_units_and_rates(text, expected, vocab):
    assert claims(text, vocab) == expected
