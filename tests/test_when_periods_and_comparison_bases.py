"""The period of a figure in report phrasings earlier rules misread: month ranges after "in" or
"for", fiscal years and their parts, a quarter named by the month it ends, a base of comparison
(which dates the figure it follows, never the others), "a year earlier" after a figure, and a
release's period carried to the rates and amounts of the sentences after it. Sentences written
for these tests (benchmarks/realtext/heldout4 holds the evaluation set)."""
from __future__ import annotations

import pytest

from auditor.claims import with_stated_times
from auditor.documents import Document
from auditor.extract import extract_claims


def when(text: str, vocab, published: str) -> dict[str, tuple[str | None, str | None]]:
    found = extract_claims(Document(id="t", text=text, published=published), vocab)
    return {c.text: (c.when_start, c.when_end) for c in found}


@pytest.mark.parametrize("text,published,quote,period", [
    # a range of months after "in", "for", "during": the whole range, not its first month
    ("Kenya's tea exports rose 6 percent in April to June, the board said.", "2025-08-02", "6 percent",
     ("2025-04-01", "2025-06-30")),
    ("Tourist arrivals for May to August totalled 2.1 million, the agency reported.", "2024-09-30",
     "2.1 million", ("2024-05-01", "2024-08-31")),
    # months of a named fiscal year
    ("Revenue for July to December of fiscal 2024-25 came to $3.2 billion.", "2025-02-11", "$3.2 billion",
     ("2024-07-01", "2024-12-31")),
    # a fiscal year written with two years, after a preposition: April to March
    ("In 2019-20 the state's borrowing reached Rs 41,000 crore.", "2024-06-01", "Rs 41,000 crore",
     ("2019-04-01", "2020-03-31")),
    # the first months of the fiscal year: from April, not back from publication
    ("Over the first nine months of the financial year, sales were up 4.2 percent.", "2025-01-20",
     "4.2 percent", ("2024-04-01", "2024-12-31")),
    # the first weeks of the year: from 1 January to the end of that week
    ("Over the first 20 weeks of the year, 310 measles cases were confirmed.", "2025-06-30", "310",
     ("2025-01-01", "2025-05-18")),
    # the quarter ended a day: the three months to it
    ("The bank earned $4.1 billion for the quarter ended September 30.", "2024-11-05", "$4.1 billion",
     ("2024-07-01", "2024-09-30")),
    # a quarter named by the month it ends
    ("Profit in the December quarter was A$410 million.", "2025-02-20", "A$410 million",
     ("2024-10-01", "2024-12-31")),
    # the fiscal year under way
    ("The treasury expects a shortfall of about $9 billion for the current fiscal year.", "2025-11-03",
     "about $9 billion", ("2025-04-01", "2026-03-31")),
    ("Officials expect tax receipts to grow 7 percent over the full financial year.", "2024-10-15",
     "7 percent", ("2024-04-01", "2025-03-31")),
])
def test_ranges_fiscal_years_and_quarters(vocab, text, published, quote, period):
    assert when(text, vocab, published)[quote] == period


def test_a_list_of_two_months_is_no_range(vocab):
    got = when("Output fell 2 percent in January and 3 percent in March.", vocab, "2025-05-01")
    assert got["2 percent"] == ("2025-01-01", "2025-01-31")
    assert got["3 percent"] == ("2025-03-01", "2025-03-31")


def test_two_years_that_do_not_follow_are_no_fiscal_year(vocab):
    got = when("In 2019-23 the fund paid out $40 million.", vocab, "2024-06-01")
    assert got["$40 million"] == (None, None)


def test_a_base_of_comparison_dates_no_other_figure(vocab):
    text = ("Kenya's current account deficit was $1.2 billion in March 2025. Compared with March 2024, "
            "exports grew $210 million, or 4.1 percent.")
    got = when(text, vocab, "2025-05-20")
    # not the base: the period of the report, carried from the sentence before
    assert got["$210 million"] == ("2025-03-01", "2025-03-31")
    assert got["4.1 percent"] == ("2025-03-01", "2025-03-31")


def test_the_same_period_of_a_year_is_the_named_period_then(vocab):
    text = ("Chile's copper output grew 3.1 percent in January to March, while mining investment "
            "fell 2 percent, having risen 5.5 percent in the same period of 2023.")
    got = when(text, vocab, "2024-05-02")
    assert got["3.1 percent"] == ("2024-01-01", "2024-03-31")
    assert got["2 percent"] == ("2024-01-01", "2024-03-31")
    assert got["5.5 percent"] == ("2023-01-01", "2023-03-31")


def test_a_change_on_the_same_months_is_of_the_months_now(vocab):
    text = "Receipts for April to October total $52 billion, up 9.5 percent on the same months of 2023-24."
    assert when(text, vocab, "2024-11-20")["9.5 percent"] == ("2024-04-01", "2024-10-31")


def test_higher_than_in_the_same_month_last_year_is_not_last_year(vocab):
    got = when("Card spending was 14 percent higher than in the same month last year.", vocab, "2025-03-05")
    assert got["14 percent"] != ("2024-01-01", "2024-12-31")


def test_a_year_earlier_after_a_figure(vocab):
    text = "The insurer's profit for the quarter ended March 31 was £210 million, against £180 million a year earlier."
    got = when(text, vocab, "2025-05-08")
    assert got["£210 million"] == ("2025-01-01", "2025-03-31")
    assert got["£180 million"] == ("2024-01-01", "2024-03-31")


def test_a_change_on_a_year_earlier_is_of_its_own_month(vocab):
    got = when("Rents were up 3.3 percent on a year earlier in February.", vocab, "2025-03-20")
    assert got["3.3 percent"] == ("2025-02-01", "2025-02-28")


def test_the_previous_quarter_is_its_own_figures_only(vocab):
    text = ("Ghana's economy grew 4.8 percent in July to September. Adjusted for the seasons, it grew "
            "1.1 percent, more than the 0.9 percent recorded in the previous quarter.")
    got = when(text, vocab, "2024-12-10")
    assert got["1.1 percent"] == ("2024-07-01", "2024-09-30")
    assert got["0.9 percent"] == ("2024-04-01", "2024-06-30")


def test_over_those_months_is_the_period_before(vocab):
    text = ("The province's deficit for April to December came to $3.4 billion. Over those nine months, "
            "revenue increased 2.2 percent.")
    got = when(text, vocab, "2025-02-27")
    assert got["2.2 percent"] == ("2024-04-01", "2024-12-31")
    assert "nine months" not in got         # a duration, no claim


def test_a_figure_of_comparison_keeps_its_own_period_and_the_next_sentence_the_main_one(vocab):
    text = ("The carrier reported revenue of $2.3 billion for the quarter ended June 30, "
            "up from $2.0 billion in the first quarter of last year. Operating margin widened to 11 percent.")
    got = when(text, vocab, "2025-07-30")
    assert got["$2.3 billion"] == ("2025-04-01", "2025-06-30")
    assert got["11 percent"] == ("2025-04-01", "2025-06-30")


def stated_when(text: str, vocab, published: str) -> dict[str, tuple[str | None, str | None]]:
    found = extract_claims(Document(id="t", text=text, published=published), vocab)
    return {c.text: (c.when_start, c.when_end) for c in with_stated_times(found)}


def test_a_count_or_a_day_is_not_carried(vocab):
    # a time carried from the paragraph's frame is context, never a stated period (test_when_classes_time_frame)
    text = ("Floods in Assam displaced 12,000 people in June. Rescuers said 40 villages were cut off.")
    assert stated_when(text, vocab, "2025-07-02")["40"] == (None, None)
    text = "The index rose 1.2 percent on Monday. Bank shares gained 2 percent."
    assert stated_when(text, vocab, "2025-07-02")["2 percent"] == (None, None)
