"""A period a figure is set beside is the base of comparison, not the figure's own time.

The sentence-time step dated a change or a level by the only time of its sentence even where that
time followed "5% above", "the same as in", "2.9 times that of", "up 16% on the previous year",
"a 38-percent increase on" or "up 2.7 points from": the base's period (real-text dev sets: 10 claims
over 4 sets wrong, the figure given the year or month before). Such a time is now a base: it dates
only a figure it names ("below October's Rs 1.72 lakh crore", "than the 3,100 of 2019"), and the
figure compared takes the period the text gave before. Sentences are our own."""

from __future__ import annotations

from auditor.documents import Document
from auditor.extract import extract_claims


def _whens(text: str, vocab, published: str) -> dict[str, tuple[str | None, str | None]]:
    return {c.text: (c.when_start, c.when_end)
            for c in extract_claims(Document(id="t", text=text, published=published), vocab)}


Q1 = ("2021-01-01", "2021-03-31")


def test_a_figure_above_a_base_period_keeps_the_period_named_before(vocab):
    w = _whens("The brewer's sales rose in the first quarter of 2021. Sales abroad reached 48.2 million "
               "euros, 7% above the first quarter of 2020.", vocab, "2021-05-10")
    assert w["48.2 million euros"] == Q1
    assert w["7%"] == Q1


def test_a_share_the_same_as_a_month_before_is_not_of_that_month(vocab):
    w = _whens("The party polled well in June. It had 21.4 percent, the same as in May.", vocab, "2021-06-20")
    assert w["21.4 percent"] != ("2021-05-01", "2021-05-31")


def test_times_that_of_a_year_is_a_base(vocab):
    w = _whens("For the whole of 2020 the port handled 3.1 million containers, 1.4 times that of 2019.",
               vocab, "2021-02-01")
    assert w["3.1 million"] == ("2020-01-01", "2020-12-31")


def test_a_change_on_the_previous_year_is_not_dated_by_it(vocab):
    w = _whens("In 2020 the network carried more riders. Ridership was up 12% on the previous year.",
               vocab, "2021-01-20")
    assert w["12%"] != ("2019-01-01", "2019-12-31")


def test_a_percent_increase_before_its_noun_measured_on_a_period(vocab):
    w = _whens("Exports reached 640 million dollars in January-March 2021 (a 22-percent increase on "
               "January-March 2020).", vocab, "2021-04-20")
    assert w["22"] == Q1


def test_points_from_a_month_are_a_base(vocab):
    w = _whens("The party polled 31.5 percent in the May survey, up 1.8 percentage points from April.",
               vocab, "2021-05-28")
    assert w["1.8 percentage points"] != ("2021-04-01", "2021-04-30")


# must stay: the base's own figure, and a time that is no comparison

def test_a_base_named_by_its_owner_dates_the_figure_it_names(vocab):
    w = _whens("Receipts reached 9.4 billion in November, 3 percent below October's 9.7 billion.",
               vocab, "2021-12-02")
    assert w["9.7 billion"] == ("2021-10-01", "2021-10-31")
    assert w["9.4 billion"] == ("2021-11-01", "2021-11-30")


def test_an_own_time_after_the_figure_stays(vocab):
    w = _whens("Sales reached 48.2 million euros in the first quarter of 2021.", vocab, "2021-05-10")
    assert w["48.2 million euros"] == Q1


def test_temperatures_above_a_level_in_a_month_stay_that_month(vocab):
    w = _whens("Temperatures above 40C were recorded on 12 days in July.", vocab, "2021-08-03")
    assert w["12 days"] == ("2021-07-01", "2021-07-31") or w["12 days"] == (None, None)
