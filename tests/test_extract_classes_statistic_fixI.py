"""The counted thing of levels, rates and statistics, read from the clause (auditor/extract/statistic.py):

* a figure further along the chain of its clause's level or change verb takes the verb's subject, the
  statistic ("the trade deficit narrowed for a fourth quarter, to $3.1 billion from $3.9 billion");
* a figure of comparison right after another figure takes that figure's thing ("the port handled 1.2
  million containers in 2023, 9 percent more than the year before");

and the cases that must stay quiet: another clause between (a new subject after "and" or a comma,
"while", a reporting verb), a transitive verb with its object between, a figure that is itself the
subject, a time or a word never a thing as the subject. Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.extract import extract_claims


def claims(text: str, vocab):
    return {c.text: c for c in extract_claims(Document(id="t", text=text, published="2024-05-10"), vocab)}


# -- the subject of the clause's verb, several complements before the figure --------------------------
@pytest.mark.parametrize("text,quote,thing", [
    # a comma and an adverbial phrase between the verb and its figure, then a base after "from"
    ("Peru's core inflation slowed for a fifth month in a row, to 3.4 percent in April from 3.9 in March.",
     "3.4 percent", "core inflation"),
    # an auxiliary before a verb of a level that no measure names
    ("Food inflation had peaked at 14.2 percent in the spring.", "14.2 percent", "Food inflation"),
    ("The budget gap will shrink to 2.3 billion euros next year, the minister said.", "2.3 billion euros",
     "budget gap"),
    # a change, another figure and its noun, then the level the change led to and its base
    ("Remittances grew by 7.5%, after 2.1% growth a year before, to $4.4 billion from $4.1 billion.",
     "$4.4 billion", "Remittances"),
    ("Remittances grew by 7.5%, after 2.1% growth a year before, to $4.4 billion from $4.1 billion.",
     "$4.1 billion", "Remittances"),
    # a participle after a comma goes on with the clause ("cooled, coming in at")
    ("Measured week on week, fuel prices also eased, coming in at 0.8 percent after 1.1 percent.",
     "0.8 percent", "fuel prices"),
    ("Measured week on week, fuel prices also eased, coming in at 0.8 percent after 1.1 percent.",
     "1.1 percent", "fuel prices"),
    # "from A to B", then the change in money named after a comma
    ("Public debt climbed from 61.2% in 2022 to 64.8% in 2023, an increase of $9.6 billion.", "64.8%",
     "Public debt"),
    ("Public debt climbed from 61.2% in 2022 to 64.8% in 2023, an increase of $9.6 billion.", "$9.6 billion",
     "Public debt"),
    # a copula and "up" with a time phrase before the level
    ("Imports in the first half were up 8.8 percent year on year at 2.5 billion dollars.", "2.5 billion dollars",
     "Imports"),
    # a relative clause without commas inside the subject, a bracketed conversion after the level
    ("Net income for the quarter that ended in March surged by more than 40% on a year earlier to about 12"
     " billion pesos ($700 million).", "about 12 billion pesos", "Net income"),
    # a verb of a level after "to": the clause's verb comes before it
    ("The benchmark index gained 1.2 percent over the week to close at 2,310.5 points.", "1.2 percent",
     "benchmark index"),
    # a measured quantity whose level the subject's verb gives
    ("The river's flow peaked at about 4,100 cubic metres per second on Tuesday.",
     "about 4,100 cubic metres", "flow"),
    # a clause set off by commas belongs to the subject
    ("Services inflation, which leaves out rents, was also 4.1 percent in June.", "4.1 percent",
     "Services inflation"),
    # a level noun after the verb keeps the subject the statistic
    ("Youth unemployment hit its lowest level in a decade last month, 11.2%.", "11.2%", "Youth unemployment"),
])
def test_a_figure_along_its_verbs_chain_takes_the_statistic(vocab, text, quote, thing):
    assert claims(text, vocab)[quote].thing == thing


# -- a figure of comparison right after another figure ----------------------------------------------
@pytest.mark.parametrize("text,quote,thing", [
    ("The port handled 1,204,500 containers in 2023, 9 percent more than the year before.", "9 percent",
     "containers"),
    ("Net lending stood at $8.2 billion at the end of June, 3% less than a year earlier.", "3%", "Net lending"),
    ("In March alone the line carried 84,300 riders, up 6.1% on the same month last year.", "6.1%", "riders"),
    ("The mill produced 412,000 tonnes of sugar, 12 per cent below the 468,000 tonnes of last season.",
     "12 per cent", "sugar"),     # what the tonnes measure (tests/test_thing_classes_measured_fixR.py)
    # a reporting clause between the two figures
    ("Sales of tea came to 1.9 billion rupees in the quarter, the board said, 14 percent higher than a year"
     " ago.", "14 percent", "Sales of tea"),
])
def test_a_comparison_after_a_figure_is_of_its_thing(vocab, text, quote, thing):
    assert claims(text, vocab)[quote].thing == thing


# -- what must stay quiet -------------------------------------------------------------------------------
@pytest.mark.parametrize("text,quote,wrong", [
    # a new subject after "and", its verb left out
    ("Revenue reached 940 billion dinars and spending 1,020 billion dinars, the ministry said.",
     "1,020 billion dinars", "Revenue"),
    # the verb of another clause after "while"
    ("Exports were flat at $2.1 billion, while imports of fuel rose 12% to $900 million.", "12%", "Exports"),
    # a transitive verb and its object between: the verb's subject is the source, not the statistic
    ("Fourteen economists polled by the agency put the annual profit far lower, at 80.5 billion yen.",
     "80.5 billion yen", "agency"),
    # the figure before is the verb's subject
    ("40 mm fell in that week last year and only 6.5 mm this year, a drop of more than 80%.", "6.5 mm", "mm"),
    ("Of the 300 items it prices, 41 percent went up, 22 percent went down and the rest held.",
     "22 percent", "percent"),
    # a time is no statistic
    ("The group saw net profit for its first half climb 11 percent to 2.1 billion rand.", "11 percent",
     "first half"),
    # a reporting verb ends the clause
    ("The jobless rate was 5.9 percent in May, the office said, down 0.2 percentage points from April.",
     "0.2 percentage points", "office"),
])
def test_another_clause_or_no_statistic_gives_no_thing(vocab, text, quote, wrong):
    assert claims(text, vocab)[quote].thing != wrong


@pytest.mark.parametrize("text,quote", [
    # no comparison word after the figure: a list, not a comparison
    ("The airline flew 2.1 million passengers in 2023, 1.8 million of them abroad.", "1.8 million"),
    # a figure in brackets after a name and another figure is that name's share
    ("The provinces with the most cases were Aurora (1,210 cases or 18 percent) and Beta (900 cases).",
     "18 percent"),
])
def test_no_thing_carried_without_a_comparison(vocab, text, quote):
    c = claims(text, vocab)[quote]
    assert c.thing not in ("passengers", "provinces")


# -- the object of a verb of moving is the statistic it moves -------------------------------------------
@pytest.mark.parametrize("text,quote,thing", [
    ("The drought forced the central bank to raise its policy rate to 18 percent.", "18 percent", "policy rate"),
    ("Higher fuel costs pushed the import bill for the quarter to $2.4 billion.", "$2.4 billion", "import bill"),
    ("The storm lifted the insurer's claims costs as much as 35 percent.", "35 percent", "claims costs"),
    ("Pollsters put the margin of error at +/- 2.5 percent.", "2.5 percent", "margin of error"),
    ("Farmers had to cut their herds by up to 40% after the drought.", "up to 40%", "herds"),
])
def test_the_object_of_a_verb_of_moving_is_its_statistic(vocab, text, quote, thing):
    assert claims(text, vocab)[quote].thing == thing


@pytest.mark.parametrize("text,quote,wrong", [
    # an object of a verb that moves nothing is no statistic
    ("The shares finished the session 2.2 percent higher.", "2.2 percent", "session"),
    # an object longer than a noun phrase is no reading
    ("The ruling took the small regional and national opposition parties to court over 12% of the vote.",
     "over 12%", "small regional and national opposition parties"),
])
def test_no_object_read_where_nothing_is_moved(vocab, text, quote, wrong):
    assert claims(text, vocab)[quote].thing != wrong


# -- an item of a list whose verb is left out -------------------------------------------------------------
@pytest.mark.parametrize("text,quote,thing", [
    ("The Liberals were backed by 24.1 per cent (-0.4), the Greens by 11.2 per cent (+0.6) and the Farmers' Union"
     " by 9.8 per cent.", "11.2 per cent", "Greens"),
    ("The Liberals were backed by 24.1 per cent (-0.4), the Greens by 11.2 per cent (+0.6) and the Farmers' Union"
     " by 9.8 per cent.", "9.8 per cent", "Farmers' Union"),
    ("Over the year, bread cost 6.1 percent more and milk 3.4 percent more.", "3.4 percent", "milk"),
    ("The banking index rose by 0.8% and the insurance index by 0.2%.", "0.2%", "insurance index"),
    ("The annual rise in rents came to 9 percent and in energy bills 4.4 percent.", "4.4 percent", "energy bills"),
])
def test_an_item_of_a_list_takes_its_own_name(vocab, text, quote, thing):
    assert claims(text, vocab)[quote].thing == thing


@pytest.mark.parametrize("text,quote,wrong", [
    # an anaphor names no item
    ("The two smaller parties lost ground, the former falling 0.4 points to 6.1 per cent and the latter 0.2"
     " percentage points to 3.3 per cent.", "3.3 per cent", "latter"),
    # a time after "and" is no item
    ("Sales grew 4 percent in the first quarter and the second quarter 2.5 percent.", "2.5 percent",
     "second quarter"),
])
def test_no_item_named_by_an_anaphor_or_a_time(vocab, text, quote, wrong):
    assert claims(text, vocab)[quote].thing != wrong


# -- figures paired with names by "respectively" ----------------------------------------------------------
@pytest.mark.parametrize("text,quote,thing", [
    ("In June, rice, sugar and cooking gas rose by 3.1%, 2.4% and 7.9% respectively.", "2.4%", "sugar"),
    ("In June, rice, sugar and cooking gas rose by 3.1%, 2.4% and 7.9% respectively.", "7.9%", "cooking gas"),
    ("Charges for water and sewerage and for refuse collection went up by 1.2% and 0.6% respectively.", "1.2%",
     "water and sewerage"),
    ("Charges for water and sewerage and for refuse collection went up by 1.2% and 0.6% respectively.", "0.6%",
     "refuse collection"),
    ("The Large and Mid caps indices gained 0.9 percent and 0.4 percent respectively.", "0.9 percent",
     "Large caps indices"),
    ("Two smaller lists, Hope for Tomorrow and Voice of the North, won 6.2% (5) and 4.1% (3) respectively.",
     "4.1%", "Voice of the North"),
    ("The count still puts Ana Ruiz and Tomas Vidal in front and headed for a second round, on 31.5% and 27.2%"
     " respectively.", "27.2%", "Tomas Vidal"),
])
def test_respectively_pairs_figures_with_names(vocab, text, quote, thing):
    assert claims(text, vocab)[quote].thing == thing


def test_respectively_with_lists_of_different_lengths_pairs_nothing(vocab):
    c = claims("Rice and sugar rose by 3.1%, 2.4% and 7.9% respectively.", vocab)["7.9%"]
    assert c.thing not in ("Rice", "sugar")


# -- an index's points named along a change, a comparison after "up by" -----------------------------------
@pytest.mark.parametrize("text,quote,thing", [
    ("The Growth Board index slid 1.9%, shedding around 41.2 points to settle at 2,118.40 points.",
     "around 41.2", "Growth Board index"),
    ("The Growth Board index slid 1.9%, shedding around 41.2 points to settle at 2,118.40 points.",
     "2,118.40", "Growth Board index"),
    ("The ferry line carried 12,480 passengers, up by 8.3%, and the bus line 9,900 riders.", "8.3%", "passengers"),
])
def test_points_of_a_moving_index_and_a_change_after_up_by(vocab, text, quote, thing):
    assert claims(text, vocab)[quote].thing == thing


def test_a_teams_points_are_points(vocab):
    assert claims("The Falcons have 14 points from six games.", vocab)["14"].thing == "points"
