"""A unit or a currency a desk adds in its own vocabulary file is treated like a built-in one
by every pass that reads units and currencies: the number finder (a code glued to digits), the
non-claims (a compound adjective, a selection), the currency after a number, the unit suffix
glued to digits, and the letters glued to digits (their lexicon, compiled from the vocabulary)."""
from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.errors import ConfigError
from auditor.extract import extract_claims
from auditor.vocabulary import load_vocabulary
from conftest import desk_vocabulary

DESK = """\
units:
  furlong: {words: [furlong, furlongs]}
  tesla: {words: [tesla, teslas], exact_words: [T]}
remove:
  units: [metric_ton]        # on this desk a capital T glued to digits is a tesla
currencies:
  VUV: {codes: [VUV], words: [vatu, vatus], adjectives: [Vanuatu]}
"""


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    return desk_vocabulary(tmp_path_factory, DESK)


def _claims(text: str, vocab):
    doc = Document(id="d", text=text, source="S", published="2020-02-27")
    return [(c.text, c.value, c.unit) for c in extract_claims(doc, vocab)]


def test_a_desk_unit_is_no_compound_adjective(desk, vocab):
    text = "The 12-furlong race drew a big field."
    assert _claims(text, vocab) == []                       # "a 12-furlong race": a compound adjective
    assert _claims(text, desk) == [("12-furlong", 12, "furlong")]


def test_a_desk_unit_after_the_first_is_no_selection(desk, vocab):
    text = "Only the first 10 furlongs were run on turf."
    assert _claims(text, vocab) == []                       # "the first 10": a selection
    assert _claims(text, desk) == [("10 furlongs", 10, "furlong")]


def test_a_desk_currency_word_is_no_compound_adjective(desk, vocab):
    text = "He handed over a 1,000-vatu note and walked off."
    assert _claims(text, vocab) == []
    assert [value for _, value, _ in _claims(text, desk)] == [1000]


@pytest.mark.parametrize("text,expected", [
    ("The budget rose to VUV5 billion.", [("VUV5 billion", 5e9, "VUV")]),
    ("The fine was 300 VUV.", [("300 VUV", 300, "VUV")]),
    ("The fine was 300 Vanuatu vatus.", [("300 Vanuatu vatus", 300, "VUV")]),
])
def test_a_desk_currency_code_is_found_before_and_after_the_number(desk, text, expected):
    assert _claims(text, desk) == expected


def test_the_builtins_do_not_know_the_desk_currency(vocab):
    assert _claims("The budget rose to VUV5 billion.", vocab) == []
    assert _claims("The fine was 300 VUV.", vocab) == [("300", 300, None)]


def test_a_desk_unit_glued_to_digits_in_its_own_case(desk, vocab):
    text = "The clinic runs a 1.5T magnet."
    assert _claims(text, vocab) == [("1.5T", 1.5, None)]
    assert _claims(text, desk) == [("1.5T", 1.5, "tesla")]
    assert _claims("The truck carries 40t of grain.", desk) == [("40t", 40, None)]


def test_the_glued_money_letters_are_the_vocabularys(tmp_path, vocab):
    """A desk whose pound has no "p" reads "80p" as no pence."""
    f = tmp_path / "no-p.yaml"
    f.write_text("currencies:\n  GBP:\n    symbols: ['£']\n    codes: [GBP]\n    words: [pound, pounds]\n"
                 "    minor: {penny: {words: [penny, pence], ratio: 100}}\n", encoding="utf-8")
    text = "A pint of milk now sells for 80p."
    assert _claims(text, vocab) == [("80p", 80, "GBP_penny")]
    assert [unit for _, _, unit in _claims(text, load_vocabulary([f]))] == [None]


def test_the_glued_weather_letters_are_the_vocabularys(tmp_path, vocab):
    f = tmp_path / "no-f.yaml"
    f.write_text("units:\n  degree_Fahrenheit: {words: [fahrenheit]}\n", encoding="utf-8")
    text = "Overnight lows of 13F are expected."
    assert _claims(text, vocab) == [("13F", 13, "degree_Fahrenheit")]
    assert [unit for _, _, unit in _claims(text, load_vocabulary([f]))] == [None]


def test_a_weather_letter_must_be_one_letter(tmp_path):
    f = tmp_path / "bad.yaml"
    f.write_text("units:\n  kelvin: {words: [kelvin], weather_letters: [KK]}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="weather letter 'KK' must be one letter"):
        load_vocabulary([f])
