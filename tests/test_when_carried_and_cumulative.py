"""The period a figure takes from the sentences before it, and the period of a running total.

Sentences here are written for these tests.
"""
from __future__ import annotations

from conftest import claims_by_text


def claims(vocab, text, published="2024-10-30"):
    return claims_by_text(vocab, text, published)


def test_a_sentence_that_looks_back_gives_its_period_to_no_later_figure(vocab):
    cs = claims(vocab, "Operating profit for July-September came to 3.2 trillion won, the carmaker said. "
                       "Quarterly profit last topped 3 trillion won in the second quarter of 2023. "
                       "Sales grew 12 percent to 40 trillion won.")
    assert (cs["12 percent"].when_start, cs["12 percent"].when_end) == ("2024-07-01", "2024-09-30")
    assert cs["40 trillion won"].when_start == "2024-07-01"


def test_a_sentence_that_moves_on_in_time_gives_its_period_to_later_figures(vocab):
    cs = claims(vocab, "Sales rose 4 percent in the first quarter. In the second quarter they rose 6 percent. "
                       "Margins widened to 11 percent.")
    assert (cs["11 percent"].when_start, cs["11 percent"].when_end) == ("2024-04-01", "2024-06-30")


def test_a_total_to_the_end_of_a_month_runs_from_the_start_of_its_year(vocab):
    cs = claims(vocab, "Total customs receipts to the end of March were $14.2bn. "
                       "Spending up to the end of March reached $9bn. By the end of March, 90 people had died.",
                published="2025-04-04")
    assert (cs["$14.2bn"].when_start, cs["$14.2bn"].when_end) == ("2025-01-01", "2025-03-31")
    assert cs["$14.2bn"].thing == "Total customs receipts"
    assert (cs["$9bn"].when_start, cs["$9bn"].when_end) == ("2025-01-01", "2025-03-31")
    assert (cs["90"].when_start, cs["90"].when_end) == ("2025-03-31", "2025-03-31")


def test_an_ordinal_week_of_a_year(vocab):
    cs = claims(vocab, "Malaria had killed at least 120 people by the 20th week of 2023, the ministry said. "
                       "In the 20th week alone, 800 cases were found.", published="2023-05-30")
    assert (cs["at least 120"].when_start, cs["at least 120"].when_end) == ("2023-01-01", "2023-05-21")
    assert (cs["800"].when_start, cs["800"].when_end) == ("2023-05-15", "2023-05-21")


def test_a_first_gain_in_some_years_is_how_far_a_record_reaches(vocab):
    cs = claims(vocab, "Exports rose 10.8 percent to 79 trillion won, their first annual gain in three years. "
                       "Imports fell 4 percent in the past three years.", published="2018-04-18")
    assert cs["10.8 percent"].when_start is None
    assert (cs["4 percent"].when_start, cs["4 percent"].when_end) == ("2015-04-18", "2018-04-18")


def test_a_period_a_change_is_measured_on_is_no_period_of_the_change(vocab):
    cs = claims(vocab, "Customs duty collections for January to March stood at $2bn. "
                       "Excise grew 9.4% on the first three months of 2024.", published="2025-04-04")
    assert (cs["9.4%"].when_start, cs["9.4%"].when_end) == ("2025-01-01", "2025-03-31")


def test_the_period_after_a_figure_of_comparison_is_that_figures(vocab):
    cs = claims(vocab, "Some 9,100 people sought asylum, almost 3,000 more than the 6,200 applicants "
                       "in January-April 2024.", published="2025-05-09")
    assert cs["6,200"].when_start == "2024-01-01"
    assert cs["Some 9,100"].when_start != "2024-01-01"


def test_a_day_after_a_since_clause_and_its_weekday_starts_a_running_total(vocab):
    cs = claims(vocab, "The toll has kept climbing since the storm struck on Sunday, March 3, 2024, and it now "
                       "stands at 312.", published="2024-03-12")
    assert (cs["312"].when_start, cs["312"].when_end) == ("2024-03-03", "2024-03-12")
