"""A letter glued to digits: a lower-case "c" or "p" is cents and pence in price
copy ("23c a share", "80p a pint"), Celsius in weather copy ("lows of 4c"), and a
plain count when the sentence says neither (units.glued_letter_unit decides); an
upper-case "C" or "F" is a degree in weather copy and, before another word, the
name of a form ("the 13F report": nonclaims)."""
from __future__ import annotations

import math

import pytest

from auditor.documents import Document
from auditor.extract import extract_claims


def claims(text: str, vocab) -> list[tuple[str, float | None, str | None, str]]:
    return [(c.text, c.value, c.unit, c.kind) for c in extract_claims(Document(id="t", text=text), vocab)]


@pytest.mark.parametrize("text,expected", [
    ("The bank lifted its payout to 23c a share.", [("23c", 23.0, "USD_cent", "currency")]),
    ("Its shares slipped 4c in early trade.", [("4c", 4.0, "USD_cent", "currency")]),
    ("The interim dividend is 8.5c.", [("8.5c", 8.5, "USD_cent", "currency")]),
    ("Diesel now costs 9c more than in May.", [("9c", 9.0, "USD_cent", "currency")]),
    ("A coffee there was $2 and 75c.", [("$2 and 75c", 2.75, "USD", "currency")]),
])
def test_cents(text, expected, vocab):
    assert claims(text, vocab) == expected


@pytest.mark.parametrize("text,expected", [
    ("A pint of milk now sells for 80p.", [("80p", 80.0, "GBP_penny", "currency")]),
    ("Unleaded rose 3p a litre at the pumps.", [("3p", 3.0, "GBP_penny", "currency")]),
    ("The price of a first-class stamp is 95p.", [("95p", 95.0, "GBP_penny", "currency")]),
    ("The miner fell 6p to 410p by lunchtime.",
     [("6p", 6.0, "GBP_penny", "currency"), ("410p", 410.0, "GBP_penny", "currency")]),
    ("The whole meal came to £4 and 20p.", [("£4 and 20p", 4.2, "GBP", "currency")]),
])
def test_pence(text, expected, vocab):
    assert claims(text, vocab) == expected


@pytest.mark.parametrize("text,expected", [
    ("Forecasters expect highs of 28c in Cardiff.", [("28c", 28.0, "degree_Celsius", "quantity")]),
    ("Overnight temperatures fell to 2c in the glens.", [("2c", 2.0, "degree_Celsius", "quantity")]),
    ("It will stay warm, around 21c, until Friday.", [("around 21c", 21.0, "degree_Celsius", "quantity")]),
    ("Lows of -4c are likely in rural spots.", [("-4c", -4.0, "degree_Celsius", "quantity")]),
])
def test_celsius_cue(text, expected, vocab):
    assert claims(text, vocab) == expected


def test_celsius_reads_like_degrees_celsius(vocab):
    """"28c" in weather copy is the same claim as "28 °C", but for its span."""
    glued = extract_claims(Document(id="t", text="Forecasters expect highs of 28c."), vocab)[0]
    spaced = extract_claims(Document(id="t", text="Forecasters expect highs of 28 °C."), vocab)[0]
    assert (glued.value, glued.unit, glued.kind) == (spaced.value, spaced.unit, spaced.kind)


def test_celsius_with_a_hedge_may_be_below_zero(vocab):
    (c,) = extract_claims(Document(id="t", text="Temperatures will be under 3c tonight."), vocab)
    assert (c.text, c.hedge, c.low, c.high) == ("under 3c", "less_than", -math.inf, 3.0)


@pytest.mark.parametrize("text,expected", [
    ("He wore number 17c on his back.", [("17", 17.0, None, "count")]),
    ("Row 12p was empty.", [("12", 12.0, None, "count")]),
    # "up to" is a hedge, not a change from one amount to another
    ("The team may field up to 11c next season.", [("up to 11", 11.0, None, "count")]),
    # money and weather cues at once: no guess
    ("Ice cream prices rose 3c in the heat.", [("3", 3.0, None, "count")]),
    # a cue in another sentence says nothing of this number
    ("Shares were flat. The reading was 14c.", [("14", 14.0, None, "count")]),
    # lines of a video picture, even next to a price
    ("The TV at that price shows 1080p.", [("1080", 1080.0, None, "count")]),
])
def test_no_cue_stays_a_count(text, expected, vocab):
    assert claims(text, vocab) == expected


@pytest.mark.parametrize("text,expected", [
    ("The stock rose 17C a share.", [("17", 17.0, None, "count")]),
    ("Highs of 30C are expected.", [("30C", 30.0, "degree_Celsius", "quantity")]),
])
def test_upper_case_c_is_never_a_cent(text, expected, vocab):
    assert claims(text, vocab) == expected


@pytest.mark.parametrize("text,expected", [
    # the weather: a degree Celsius or Fahrenheit
    ("Temperatures reached 41C in Seville on Sunday.", [("41C", 41.0, "degree_Celsius", "quantity")]),
    ("Lows of 13F are forecast for the plains.", [("13F", 13.0, "degree_Fahrenheit", "quantity")]),
    # no weather word: a quantity word after it keeps the number, as before
    ("It was 13F in Chicago on Monday.", [("13", 13.0, None, "count")]),
    # a capital letter glued to digits before a word names a form, a floor, a grade: no claim
    ("Each fund sends its 13F report to the regulator.", []),
    ("Why must a 13F form be sent at all?", []),
])
def test_capital_c_or_f_glued_to_digits(text, expected, vocab):
    assert claims(text, vocab) == expected


@pytest.mark.parametrize("text,expected", [
    ("A 12cm rule costs $3.", [("12cm", 12.0, "centimeter", "quantity"), ("$3", 3.0, "USD", "currency")]),
    ("Trading in the shares closed at 4pm.", []),
])
def test_longer_suffixes_are_not_the_letter(text, expected, vocab):
    assert claims(text, vocab) == expected


def test_span_holds_the_letter(vocab):
    text = "Analysts see a final dividend of 31c a share."
    (c,) = extract_claims(Document(id="t", text=text), vocab)
    assert text[c.start:c.end] == "31c"
    assert (c.number_start, c.number_end) == (text.index("31"), text.index("31") + 2)
