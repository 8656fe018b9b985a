"""Scope of figures in phrasings that real reports use and earlier rules missed: what an
amount is for, the level after a change, the head of a subject before a place, quarters
and numbered weeks, appositions and names with "and" in them. Sentences written for
these tests (benchmarks/realtext/heldout2 holds the evaluation set)."""
from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.extract import extract_claims


def claims(text: str, vocab, published: str = "2023-05-10") -> dict[str, object]:
    return {c.text: c for c in extract_claims(Document(id="t", text=text, published=published), vocab)}


def field(text: str, vocab, name: str, published: str = "2023-05-10") -> dict[str, object]:
    return {t: getattr(c, name) for t, c in claims(text, vocab, published).items()}


@pytest.mark.parametrize("text,quote,thing", [
    # an amount and what it is for, or what it is in
    ("The plan sets aside $4.1 million for capital works and $900,000 for new parks.", "$4.1 million",
     "capital works"),
    ("The plan sets aside $4.1 million for capital works and $900,000 for new parks.", "$900,000", "parks"),
    ("The club raised €2 million in ticket sales last season.", "€2 million", "ticket sales"),
    ("Of the total, £40m goes to school meals.", "£40m", "school meals"),
    ("The council approved a $12 million library after a long debate.", "$12 million", "library"),
    # the level a change reached, and its restatement, are of what changed
    ("Retail payrolls fell by 4,200 to 310,500 in March.", "310,500", "Retail payrolls"),
    ("Payrolls dropped by 12,000, or 0.4%, in May.", "0.4%", "Payrolls"),
    ("The vacancy rate rose 0.3 percentage points to 4.8 percent.", "4.8 percent", "vacancy rate"),
    # a count whose subject a change verb joins
    ("Casual employment rose by 9,800 in the month.", "9,800", "Casual employment"),
    # the head of the subject comes before its place, and the owner is no part of it
    ("Core inflation in the southern region reached 3.4% in April.", "3.4%", "Core inflation"),
    ("Chile's industrial production fell 2.2 percent in April.", "2.2 percent", "industrial production"),
    ("Freight volume across the network rose 1.1 percent.", "1.1 percent", "Freight volume"),
])
def test_the_thing_of_amounts_levels_and_subjects(vocab, text, quote, thing):
    assert field(text, vocab, "thing")[quote] == thing


def test_a_time_after_for_is_no_purpose(vocab):
    got = field("The firm earned $3 million in the quarter and $2 million in June.", vocab, "thing")
    assert got == {"$3 million": None, "$2 million": None}


@pytest.mark.parametrize("text,published,quote,when", [
    # a quarter written as a range of months
    ("Exports grew 2.4 percent in October-December from the quarter before.", "2023-02-14", "2.4 percent",
     ("2022-10-01", "2022-12-31")),
    # a week written as a range of days, after "the week of"
    ("Sales rose 3% during the week of Jan. 8-14.", "2024-01-20", "3%", ("2024-01-08", "2024-01-14")),
    # a numbered week of the year: Monday to Sunday
    ("In week 10 the region reported 412 cases.", "2024-03-20", "412", ("2024-03-04", "2024-03-10")),
    ("The clinic saw 85 patients by epidemiological week 6.", "2023-03-01", "85", ("2023-02-06", "2023-02-12")),
])
def test_quarters_and_weeks(vocab, text, published, quote, when):
    c = claims(text, vocab, published)[quote]
    assert (c.when_start, c.when_end) == when


@pytest.mark.parametrize("text,published", [
    ("Sales rose 3% during the week of Jan. 8-14.", "2024-01-20"),
    ("In week 10 the region reported 412 cases, up from 390 in week 9.", "2024-03-20"),
    ("Turnout in Precinct 4 reached 1,210 voters.", "2024-03-20"),
])
def test_week_numbers_day_range_ends_and_precincts_are_no_claims(vocab, text, published):
    got = claims(text, vocab, published)
    assert not {"14", "10", "9", "4"} & set(got)


@pytest.mark.parametrize("text,quote,who", [
    # an apposition after the name describes it; the name is the source
    ("Statistics Norway, the country's official data agency, said prices rose 4.8% in May.", "4.8%",
     "Statistics Norway"),
    ("Northwind Traders, which makes kitchen tools, said sales rose 12 percent.", "12 percent",
     "Northwind Traders"),
    # a name with "and" inside its "of" part is whole
    ("Claims reached 31,000, according to the Department of Labor and Industries.", "31,000",
     "Department of Labor and Industries"),
    # the body the figures come from, not the figures
    ("Output fell 1.2 percent, according to revised data from the National Statistics Office.", "1.2 percent",
     "National Statistics Office"),
    ("School staff said 240 pupils were absent.", "240", "School staff"),
])
def test_the_source_is_the_name(vocab, text, quote, who):
    assert field(text, vocab, "according_to")[quote] == who


def test_a_list_of_sources_keeps_its_first(vocab):
    assert field("According to Reuters and AFP, 15 people died.", vocab, "according_to") == {"15": "Reuters"}


@pytest.mark.parametrize("text", [
    "Parliament passed the budget for fiscal 2031-32 on Monday.",
    "The plan covers the year 2081/82 in the local calendar.",
    "Output rose for the first time in three quarters.",
    "After four days of protests the square was cleared.",
])
def test_year_pairs_and_durations_are_no_claims(vocab, text):
    assert claims(text, vocab) == {}


def test_three_quarters_of_a_whole_is_still_a_share(vocab):
    assert claims("Three quarters of voters backed the plan.", vocab)["Three quarters"].low == 0.75


def test_a_range_from_cents_to_dollars_is_in_dollars(vocab):
    c = claims("Analysts see earnings of 88 cents to $1.10 a share.", vocab)["88 cents to $1.10"]
    assert (c.low, c.high, c.unit) == (0.88, 1.10, "USD")


@pytest.mark.parametrize("text,when", [
    # the year of publication, in a report of what happened: January to the day of publication
    ("In 2023 alone, 41 ships have been seized.", ("2023-01-01", "2023-05-10")),
    # a forecast for it is the whole year
    ("Growth in 2023 is expected to reach 2.5%.", ("2023-01-01", "2023-12-31")),
    # a past year is whole
    ("In 2021, 41 ships were seized.", ("2021-01-01", "2021-12-31")),
])
def test_the_year_so_far(vocab, text, when):
    [c] = claims(text, vocab).values()
    assert (c.when_start, c.when_end) == when


@pytest.mark.parametrize("text,quote,thing", [
    # "Rs." before an amount is rupees, and its point ends no sentence
    ("The province gets Rs. 120 billion for teacher training this year.", "Rs. 120 billion", "teacher training"),
    ("The plan carries a shortfall of Rs. 75 billion.", "Rs. 75 billion", "shortfall"),
])
def test_rupees_written_rs(vocab, text, quote, thing):
    c = claims(text, vocab)[quote]
    assert (c.unit, c.thing) == ("RUPEES", thing)


def test_mrs_is_no_currency(vocab):
    assert {c.unit for c in claims("Mrs. 5 and Mrs 6 spoke; 3 people came.", vocab).values()} == {None}


@pytest.mark.parametrize("text,quote,thing", [
    # the items of a list before "at" and a level, after a clause break
    ("Rents led, followed by fuel, power and water at 4.4%.", "4.4%", "fuel, power and water"),
    ("Clothing stood at 1.1% and imported household goods at 0.2%.", "0.2%", "imported household goods"),
    # the base of a comparison is of the same thing as the figure before it
    ("Dairy prices rose 3.7%, up from 3.1% in May.", "3.1%", "Dairy prices"),
    # a verb before the subject ends it
    ("The firm forecast full-year sales of $9 billion.", "$9 billion", "full-year sales"),
    ("The carrier expects revenue of about $2 billion.", "about $2 billion", "revenue"),
    # the subject's head before "with"
    ("The number of towns with water shortages dropped from 44 to 31.", "31", "number of towns"),
    # a change restated as a noun after a comma
    ("Output shrank 0.6 percent in the quarter, an annualized fall of 2.4 percent.", "2.4 percent", "Output"),
    # a physical quantity counts its unit
    ("The blaze has burned 12,400 hectares so far.", "12,400 hectares", "hectares"),
])
def test_the_thing_of_lists_comparisons_and_quantities(vocab, text, quote, thing):
    assert field(text, vocab, "thing")[quote] == thing


def test_an_at_inside_a_clause_is_no_list(vocab):
    assert field("Banks lend at 5% now.", vocab, "thing") == {"5%": None}


def test_a_budget_for_the_year_of_publication_is_the_whole_year(vocab):
    [c] = claims("The board approved spending of $8m for 2023.", vocab).values()
    assert (c.when_start, c.when_end) == ("2023-01-01", "2023-12-31")


@pytest.mark.parametrize("text,quote,who", [
    # who forecasts or expects a figure gives it
    ("Contoso forecast third-quarter revenue of $1.2 billion.", "$1.2 billion", "Contoso"),
    ("For next year Fabrikam expects sales of around $800 million, while analysts expect $750 million.",
     "around $800 million", "Fabrikam"),
    ("For next year Fabrikam expects sales of around $800 million, while analysts expect $750 million.",
     "$750 million", "analysts"),
    # the unit of a number before a source noun is no part of the source
    ("Profit beat the 52 cents economists had forecast.", "52 cents", "economists"),
])
def test_who_forecasts_a_figure(vocab, text, quote, who):
    assert field(text, vocab, "according_to")[quote] == who


@pytest.mark.parametrize("text,quote,measure", [
    # the verb left out after a name in a list of results
    ("In the city council, Greens won 21 and Labour 19.", "19", "won"),
    # a change restated after "or"
    ("Payrolls declined by 15,000, or 0.9%, in May.", "0.9%", "fell"),
])
def test_an_elided_verb_is_shared(vocab, text, quote, measure):
    assert field(text, vocab, "measure")[quote] == measure


def test_a_place_that_introduces_the_next_figure_is_not_this_ones(vocab):
    got = field("Kenya accounts for most cases with 4,100, followed by Uganda with 1,200 and Rwanda with 300.",
                vocab, "where")
    assert got == {"4,100": "Kenya", "1,200": "Uganda", "300": "Rwanda"}


def test_a_place_after_a_figure_stays_its_own(vocab):
    got = field("In Syria, 30 people died in Idlib and 40 in Aleppo.", vocab, "where")
    assert got == {"30": "Idlib", "40": "Aleppo"}
