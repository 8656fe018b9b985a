"""Currencies come from one table, rules/vocabulary/currencies.yaml: every code works in every
position, adjectival names give their code, and a desk's own currencies are found in text."""
from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.errors import ConfigError
from auditor.extract import extract_claims
from auditor.vocabulary import load_vocabulary
from conftest import FIXTURES

VOCAB = FIXTURES / "rules" / "vocabulary"


def claims(text: str, vocab) -> list[tuple[str, float | None, str | None]]:
    return [(c.text, c.value, c.unit) for c in extract_claims(Document(id="t", text=text), vocab)]


@pytest.fixture(scope="module")
def desk():
    return load_vocabulary([VOCAB / "desk-currencies.yaml"])


@pytest.mark.parametrize("text,expected", [
    # codes glued to the digits, as "USD5" always was
    ("a fine of SEK5", [("SEK5", 5.0, "SEK")]),
    ("tickets at HKD5 each", [("HKD5", 5.0, "HKD")]),
    ("a BRL5 million loan", [("BRL5 million", 5_000_000.0, "BRL")]),
    ("a PLN12 fee", [("PLN12", 12.0, "PLN")]),
    # with a space, after the number, with a million prefix
    ("a fee of HKD 5", [("HKD 5", 5.0, "HKD")]),
    ("it cost 5 BRL", [("5 BRL", 5.0, "BRL")]),
    ("a budget of 30 MSEK", [("30 MSEK", 30_000_000.0, "SEK")]),
    ("sales of MBRL 4.5", [("MBRL 4.5", 4_500_000.0, "BRL")]),
    ("revenue of 75 KRW million", [("75 KRW million", 75_000_000.0, "KRW")]),
])
def test_every_code_in_every_position(text, expected, vocab):
    assert claims(text, vocab) == expected


@pytest.mark.parametrize("text,expected", [
    ("a fine of 5 Swiss francs", [("5 Swiss francs", 5.0, "CHF")]),
    ("a fine of 5 francs", [("5 francs", 5.0, "CHF")]),
    ("a grant of 40 Australian dollars", [("40 Australian dollars", 40.0, "AUD")]),
    ("worth 40 Hong Kong dollars", [("40 Hong Kong dollars", 40.0, "HKD")]),
    ("a meal for 200 Mexican pesos", [("200 Mexican pesos", 200.0, "MXN")]),
    ("a meal for 200 pesos", [("200 pesos", 200.0, "PESOS")]),     # which pesos, the text does not say
    ("a pension of 900 roubles", [("900 roubles", 900.0, "RUB")]),
    ("bread at 3 Brazilian real", [("3 Brazilian real", 3.0, "BRL")]),
    ("fares of 40 U.S. dollars", [("40 U.S. dollars", 40.0, "USD")]),
    ("5 dollars and 50 cents", [("5 dollars and 50 cents", 5.5, "USD")]),
    ("5 dollars and 2 dimes", [("5 dollars and 2 dimes", 5.2, "USD")]),     # ten dimes to the dollar
])
def test_names_and_adjectival_names_give_their_code(text, expected, vocab):
    assert claims(text, vocab) == expected


@pytest.mark.parametrize("text,expected", [
    ("we try 5 times a day", [("5", 5.0, None)]),             # "try" in lower case is a verb
    ("the lira fell to 20 TRY", [("20 TRY", 20.0, "TRY")]),   # in capitals, the code
    ("costs rose 5 real points", [("5", 5.0, None)]),          # "real" alone is no currency
    ("he took 30 mins to answer", [("30 mins", 30.0, "minute")]),
])
def test_words_that_look_like_currencies_stay_words(text, expected, vocab):
    assert claims(text, vocab) == expected


@pytest.mark.parametrize("text,expected", [
    ("a ticket costs 120 Samoan tala", [("120 Samoan tala", 120.0, "WST")]),
    ("a ticket costs WST120", [("WST120", 120.0, "WST")]),
    ("a ticket costs WS$120", [("WS$120", 120.0, "WST")]),
    ("a budget of MWST 5", [("MWST 5", 5_000_000.0, "WST")]),       # "M" on a desk's code, after
    ("a budget of 5 MWST", [("5 MWST", 5_000_000.0, "WST")]),
    ("a budget of twenty MWST", [("twenty MWST", 20_000_000.0, "WST")]),
    ("the fee is 3 tez", [("3 tez", 3.0, "XTZ")]),
    ("the fee is ꜩ3", [("ꜩ3", 3.0, "XTZ")]),
    ("she paid 20 greenbacks", [("20 greenbacks", 20.0, "USD")]),
    ("a stamp costs 90 rappen", [("90 rappen", 90.0, "CHF_rappen")]),
])
def test_a_desk_currency_is_found_in_text(text, expected, desk):
    assert claims(text, desk) == expected


def test_the_builtins_do_not_know_the_desk_currency(vocab):
    assert claims("the fee is 3 tez", vocab) == [("3", 3.0, None)]
    assert "WST" not in vocab.currencies and "greenbacks" not in vocab.currencies["USD"].words


def test_a_name_that_means_two_currencies_is_an_error_at_its_line():
    with pytest.raises(ConfigError) as err:
        load_vocabulary([VOCAB / "currency-twice.yaml"])
    assert "'dollars' already names currency 'USD'" in str(err.value)
    assert "currency-twice.yaml" in str(err.value)


@pytest.mark.parametrize("yaml_text, message", [
    ("currencies:\n  ABC:\n    codes: [abcd]\n", "three capital letters"),
    ("currencies:\n  ABC:\n    wrods: [abc]\n", "wrods"),
])
def test_a_malformed_currency_is_a_one_line_error(tmp_path, yaml_text, message):
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml_text)
    with pytest.raises(ConfigError, match=message):
        load_vocabulary([bad])
