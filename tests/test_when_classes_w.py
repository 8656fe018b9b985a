"""Classes of `when` met on fresh real text (round W), each with our own sentences:

* a span of months or quarters named as one period: "from March to June 318 boats" (a figure, not a
  day, after the last month), "March-May this year" (the relative year kept with the months, not read
  apart as the year so far), quarters and halves by their codes ("in Q2", "H1 2019", "Q1-Q3");
* a rate after "after" is the one the figure follows ("at 0.3 percent after 0.5 percent in March"):
  the month after it is that rate's, not the figure's.
"""

from __future__ import annotations

from auditor.documents import Document
from auditor.extract import extract_claims


def _whens(text: str, vocab, published: str = "2024-08-20") -> dict[str, tuple[str | None, str | None]]:
    claims = extract_claims(Document(id="t", text=text, published=published), vocab)
    return {c.text: (c.when_start, c.when_end) for c in claims}


# -- spans of months and quarters ----------------------------------------------------------------------

def test_a_figure_right_after_a_span_of_months_keeps_the_whole_span(vocab):
    w = _whens("From March to June 318 fishing boats were inspected, against 290 a year earlier.", vocab)
    assert w["318"] == ("2024-03-01", "2024-06-30")


def test_a_day_after_the_last_month_is_still_a_day(vocab):
    w = _whens("Between March 2 and June 5, 41 ferries were cancelled.", vocab)
    assert w["41"] == ("2024-03-02", "2024-06-05")


def test_a_hyphenated_span_keeps_its_relative_year(vocab):
    w = _whens("Coffee exports reached $1.2 billion in March-May this year, 7.5 per cent more than "
               "a year before.", vocab)
    assert w["$1.2 billion"] == ("2024-03-01", "2024-05-31")
    assert w["7.5 per cent"] == ("2024-03-01", "2024-05-31")


def test_a_span_to_a_month_of_last_year(vocab):
    w = _whens("Tourist arrivals from February to October last year came to 2.6 million.", vocab)
    assert w["2.6 million"] == ("2023-02-01", "2023-10-31")


def test_a_quarter_by_its_code_with_a_year(vocab):
    w = _whens("The airline's cargo revenue climbed 9 percent in Q2 2023 to $410 million.", vocab)
    assert w["9 percent"] == ("2023-04-01", "2023-06-30")
    assert w["$410 million"] == ("2023-04-01", "2023-06-30")


def test_a_half_year_by_its_code_without_a_year_is_the_last_begun(vocab):
    w = _whens("Provincial tax receipts in H1 reached 4.2 billion dinars.", vocab)
    assert w["4.2 billion dinars"] == ("2024-01-01", "2024-06-30")


def test_a_run_of_quarters_by_their_codes(vocab):
    w = _whens("The lender's return on equity in Q1-Q3 was 18.2pc, it said.", vocab, published="2024-11-12")
    assert w["18.2pc"] == ("2024-01-01", "2024-09-30")


def test_a_virus_name_is_no_quarter(vocab):
    w = _whens("The H1N1 strain made up 62 percent of the samples tested.", vocab)
    assert w["62 percent"] == (None, None)


def test_a_code_mixing_quarters_and_halves_is_no_period(vocab):
    w = _whens("Output in Q1-H2 rose 3 percent.", vocab)
    assert w["3 percent"] != ("2024-01-01", "2024-12-31")


# -- a rate after "after" ------------------------------------------------------------------------------

def test_the_month_after_after_is_the_earlier_rates(vocab):
    w = _whens("Annual inflation in July eased to 6.1 percent. Month on month, prices rose 0.3 percent "
               "after 0.5 percent in June.", vocab)
    assert w["0.5 percent"] == ("2024-06-01", "2024-06-30")
    assert w["0.3 percent"] != ("2024-06-01", "2024-06-30")


def test_a_count_after_after_keeps_the_sentences_day(vocab):
    w = _whens("The toll rose to 40 on Tuesday after 12 more bodies were found.", vocab)
    assert w["40"] == ("2024-08-20", "2024-08-20")


# -- "by the end of" a month of this year ends a running tally --------------------------------------------

def test_by_the_end_of_a_month_this_year_is_the_year_to_that_month(vocab):
    w = _whens("By the end of May this year, 2,140 permits had been issued.", vocab)
    assert w["2,140"] == ("2024-01-01", "2024-05-31")


def test_by_the_end_of_a_month_alone_stays_its_last_day(vocab):
    w = _whens("By the end of May 2,140 permits had been issued.", vocab)
    assert w["2,140"] == ("2024-05-31", "2024-05-31")


# -- a four-digit figure after a date is no year ------------------------------------------------------------

def test_a_figure_after_a_date_is_not_its_year(vocab):
    w = _whens("As of 30 June, 5412 households had been reached by the programme.", vocab)
    assert w["5412"] == ("2024-06-30", "2024-06-30")


def test_a_year_after_a_date_is_still_its_year(vocab):
    w = _whens("On 3 June, 2022, 14 people were hurt.", vocab)
    assert w["14"] == ("2022-06-03", "2022-06-03")


# -- a vote's day given as a date before its noun ----------------------------------------------------------

def test_results_of_a_vote_named_by_its_date_take_its_day(vocab):
    w = _whens("The governor won 54.2 percent of the vote in the March 9 regional election, the commission "
               "said on Thursday. Her rival took 312,400 votes, or 38.1 percent.", vocab, published="2025-03-14")
    assert w["54.2 percent"] == ("2025-03-09", "2025-03-09")
    assert w["312,400"] == ("2025-03-09", "2025-03-09")
    assert w["38.1 percent"] == ("2025-03-09", "2025-03-09")



# -- a whole year and a half-year named by their end ---------------------------------------------------------

def test_over_a_year_as_a_whole_is_that_year_and_no_figure(vocab):
    claims = extract_claims(Document(id="t", text="Over 2023 as a whole the producer index averaged 97.4, a "
                                     "fall of 2.2% on the year before.", published="2024-01-09"), vocab)
    w = {c.text: (c.when_start, c.when_end) for c in claims}
    assert "Over 2023" not in w
    assert w["97.4"] == ("2023-01-01", "2023-12-31")


def test_throughout_a_year_is_that_year(vocab):
    w = _whens("Throughout 2022 the agency resettled 4,310 refugees.", vocab)
    assert w["4,310"] == ("2022-01-01", "2022-12-31")


def test_over_a_year_in_a_change_stays_no_period(vocab):
    w = _whens("Sales rose 3% over 2015, the company said.", vocab)
    assert w["3%"] != ("2015-01-01", "2015-12-31")


def test_the_half_year_ending_in_a_month_is_the_six_months_to_it(vocab):
    w = _whens("In the half-year ending in June, operating profit rose to 812 million euros.", vocab)
    assert w["812 million euros"] == ("2024-01-01", "2024-06-30")


def test_the_half_year_to_a_day(vocab):
    w = _whens("Revenue for the half year to 31 December was A$2.3 billion.", vocab, published="2025-02-20")
    assert w["A$2.3 billion"] == ("2024-07-01", "2024-12-31")


# -- "for the period": the period the sentence before named --------------------------------------------------

def test_for_the_period_is_the_one_named_before(vocab):
    w = _whens("The treasury published its accounts for January-September 2024 on Friday. The report puts the "
               "deficit for the period at 4.1 billion pesos.", vocab, published="2024-11-02")
    assert w["4.1 billion pesos"] == ("2024-01-01", "2024-09-30")


def test_the_period_of_a_year_is_no_anaphor(vocab):
    w = _whens("Output rose in March. For the period of 2023 as a whole, exports reached $2 billion.", vocab)
    assert w["$2 billion"] != ("2024-03-01", "2024-03-31")


def test_after_a_rise_of_a_rate_in_a_month_is_that_rates_month(vocab):
    w = _whens("Annual inflation in July was 3.9 percent. Prices were flat at 0.0 percent after a rise of "
               "0.7 percent in June.", vocab)
    assert w["0.7 percent"] == ("2024-06-01", "2024-06-30")
    assert w["0.0 percent"] == ("2024-07-01", "2024-07-31")
