"""A fiscal year named without its months is the fiscal year of the document's country
(rules/vocabulary/fiscal_years.yaml): July to June in Pakistan or Kenya, April to March in
India or Japan, October to September in the US; the dateline decides, else the first such
country the text names.

Sentences here are written for these tests.
"""
from __future__ import annotations

from conftest import claims_by_text as claims


def period(c):
    return c.when_start, c.when_end


def test_a_two_year_fiscal_runs_july_to_june_in_pakistan(vocab):
    cs = claims(vocab, "KARACHI - Cement makers sold 45.2 million tonnes in the 2021-22 fiscal, "
                       "and 40.1 million tonnes last fiscal, their association said.", "2023-08-10")
    assert period(cs["45.2 million tonnes"]) == ("2021-07-01", "2022-06-30")
    assert period(cs["40.1 million tonnes"]) == ("2022-07-01", "2023-06-30")


def test_a_country_named_in_the_text_decides_without_a_dateline(vocab):
    cs = claims(vocab, "Kenya's revenue authority collected Sh2.1 trillion in 2022/23.", "2023-07-20")
    assert period(cs["Sh2.1 trillion"]) == ("2022-07-01", "2023-06-30")


def test_the_fiscal_just_ended_is_the_last_one(vocab):
    cs = claims(vocab, "CAIRO - Suez Canal revenue reached $9.4 billion in the fiscal year just ended, "
                       "the authority said.", "2023-07-05")
    assert period(cs["$9.4 billion"]) == ("2022-07-01", "2023-06-30")


def test_april_to_march_in_india_and_where_no_country_is_known(vocab):
    cs = claims(vocab, "NEW DELHI - Steel output was 123 million tonnes in 2022-23, the ministry said.",
                "2023-05-10")
    assert period(cs["123 million tonnes"]) == ("2022-04-01", "2023-03-31")
    cs = claims(vocab, "Port traffic was 795 million tonnes in 2022-23, the operator said.", "2023-05-10")
    assert period(cs["795 million tonnes"]) == ("2022-04-01", "2023-03-31")


def test_fiscal_and_one_year_in_japan_and_in_the_us(vocab):
    cs = claims(vocab, "TOKYO - The carmaker sold 9.5 million vehicles in fiscal 2019, it said.", "2020-05-10")
    assert period(cs["9.5 million"]) == ("2019-04-01", "2020-03-31")
    cs = claims(vocab, "WASHINGTON - The deficit was $1.7 trillion in fiscal 2023, the Treasury said.",
                "2023-10-20")
    assert period(cs["$1.7 trillion"]) == ("2022-10-01", "2023-09-30")


def test_a_calendar_country_keeps_the_calendar_year_for_fiscal_and_one_year(vocab):
    cs = claims(vocab, "ACCRA - The government spent $9.1 billion in fiscal 2022, the ministry said.",
                "2023-03-10")
    assert period(cs["$9.1 billion"]) == ("2022-01-01", "2022-12-31")
