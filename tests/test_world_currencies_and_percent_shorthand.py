"""More of the world's currencies in the one table (a deficit in kunas is money, not a count of
kunas), and the shorthand of business copy for per cent ("8pc") and percentage points ("0.3pp")."""
from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.extract import extract_claims


def claims(text: str, vocab) -> list[tuple[str, float | None, str | None]]:
    return [(c.text, c.value, c.unit) for c in extract_claims(Document(id="t", text=text), vocab)]


@pytest.mark.parametrize("text,expected", [
    ("The shortfall reached 4.2 billion kunas.", [("4.2 billion kunas", 4_200_000_000.0, "HRK")]),
    ("The city borrowed 800 million lei.", [("800 million lei", 800_000_000.0, "RON")]),
    ("Farmers were paid 90 million Moldovan lei.", [("90 million Moldovan lei", 90_000_000.0, "MDL")]),
    ("The mine paid 1.5 billion Zambian kwacha in tax.", [("1.5 billion Zambian kwacha", 1_500_000_000.0, "ZMW")]),
    ("The levy raised 6 billion kwacha.", [("6 billion kwacha", 6_000_000_000.0, "KWACHA")]),
    ("A fine of 200,000 CFA francs applies.", [("200,000 CFA francs", 200_000.0, "CFA_FRANCS")]),
    ("The bond raised 700 million Peruvian soles.", [("700 million Peruvian soles", 700_000_000.0, "PEN")]),
    ("The fund holds 12 billion Chilean pesos.", [("12 billion Chilean pesos", 12_000_000_000.0, "CLP")]),
    ("Rents rose to Dh9,000 a month.", [("Dh9,000", 9_000.0, "AED")]),
    ("The stadium cost QR1.2 billion.", [("QR1.2 billion", 1_200_000_000.0, "QAR")]),
    ("The tender was worth 3 billion riels.", [("3 billion riels", 3_000_000_000.0, "KHR")]),
    ("Wages rose to 400,000 tenge.", [("400,000 tenge", 400_000.0, "KZT")]),
])
def test_a_currency_of_the_table_is_money(text, expected, vocab):
    assert claims(text, vocab) == expected


@pytest.mark.parametrize("text,expected", [
    # a code that is a word or the name of something else is no currency where it means that
    ("Delegates met at the COP 28 summit.", [("28", 28.0, None)]),
    ("She paid 40 pence for a pen.", [("40 pence", 40.0, "GBP_penny")]),
])
def test_codes_that_are_words_stay_words(text, expected, vocab):
    assert claims(text, vocab) == expected


@pytest.mark.parametrize("text,expected", [
    ("Pre-tax profit rose 8pc in the quarter.", [("8pc", 8.0, "percent")]),
    ("Exports grew 5.7 pc on the year.", [("5.7 pc", 5.7, "percent")]),
    ("The bad-loan ratio fell 0.3pp to 4.1pc.", [("0.3pp", 0.3, "percentage_point"), ("4.1pc", 4.1, "percent")]),
    ("Support slipped 2 ppts to 31pc.", [("2 ppts", 2.0, "percentage_point"), ("31pc", 31.0, "percent")]),
])
def test_per_cent_and_percentage_points_in_shorthand(text, expected, vocab):
    assert claims(text, vocab) == expected


@pytest.mark.parametrize("text", ["The school bought 30 PC units.", "A 20 PP bag of sand."])
def test_capital_pc_and_pp_are_not_per_cent(text, vocab):
    assert all(unit not in ("percent", "percentage_point") for _, _, unit in claims(text, vocab))
