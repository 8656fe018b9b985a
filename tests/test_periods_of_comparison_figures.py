"""A period of comparison dates its own figure, however many words lie between ("the 8,900 cases
recorded in the same period of 2022"); "at the same point of 2018" is the period the sentence
named, in that year, ending where its "as of" day ends it.

Sentences here are written for these tests.
"""
from __future__ import annotations

from conftest import claims_by_text as claims


def period(c):
    return c.when_start, c.when_end


def test_the_same_period_dates_its_own_figure_after_a_few_words(vocab):
    cs = claims(vocab, "The ministry counted 12,480 cases from January 1 to May 28, 40 percent more than the "
                       "8,900 cases recorded in the same period of 2022.", "2023-06-02")
    assert period(cs["12,480"]) == ("2023-01-01", "2023-05-28")
    assert period(cs["8,900"]) == ("2022-01-01", "2022-05-28")


def test_the_same_point_of_a_year_ends_at_the_as_of_day(vocab):
    cs = claims(vocab, "As of 31 March 2019, 14 cases had been reported this year, against 31 cases at the "
                       "same point of 2018.", "2019-04-10")
    assert period(cs["14"]) == ("2019-01-01", "2019-03-31")
    assert period(cs["31"]) == ("2018-01-01", "2018-03-31")
