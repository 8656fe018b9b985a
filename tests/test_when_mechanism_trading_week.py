"""A calendar week named in a sentence about a market ("this week", "last week", "the week before"): the
market's five trading days, Monday to Friday, as "the week to Thursday" already was (trading_weeks). Over
the real-text dev sets a weekly market report's figures took seven days (or a Monday-to-Saturday week)
where gold has the trading week (31 claims). A week of cases, of rain or of anything that is not a market
keeps its days. Sentences are our own."""

from __future__ import annotations

from auditor.documents import Document
from auditor.extract import extract_claims


def _whens(text: str, vocab, published: str) -> dict[str, tuple[str | None, str | None]]:
    return {c.text: (c.when_start, c.when_end)
            for c in extract_claims(Document(id="t", text=text, published=published), vocab)}


# -- a market's week is its trading days --------------------------------------------------------------

def test_this_week_of_a_stock_exchange_read_on_a_sunday_is_monday_to_friday(vocab):
    w = _whens("This week 2.3 million shares changed hands on the stock exchange.", vocab, "2024-06-16")
    assert w["2.3 million"] == ("2024-06-10", "2024-06-14")


def test_this_week_of_a_bourse_read_on_a_saturday_is_monday_to_friday(vocab):
    w = _whens("This week the bourse gained 1.1%. Turnover came to 45 million dinars.", vocab, "2024-06-15")
    assert w["1.1%"] == ("2024-06-10", "2024-06-14")
    assert w["45 million dinars"] == ("2024-06-10", "2024-06-14")


def test_last_week_of_an_index_is_the_trading_days_of_the_week_before(vocab):
    w = _whens("Last week the benchmark index fell 2.4 per cent.", vocab, "2024-06-12")
    assert w["2.4 per cent"] == ("2024-06-03", "2024-06-07")


# -- what keeps its days --------------------------------------------------------------------------------

def test_a_week_of_cases_keeps_its_seven_days(vocab):
    w = _whens("Last week 1,200 new cholera cases were reported.", vocab, "2024-06-12")
    assert w["1,200"] == ("2024-06-03", "2024-06-09")


def test_a_week_of_rain_read_on_a_sunday_keeps_its_days(vocab):
    w = _whens("This week 84 millimetres of rain fell on the capital.", vocab, "2024-06-16")
    assert w["84 millimetres"] == ("2024-06-10", "2024-06-16")
