"""The counted thing of a figure with no counted noun after it, in economy, trade, public-finance, poll
and market copy: a name before its bracketed figure in a list ("among them China (TND -1211.8 million)",
"The Progressives (4.2%)"), not a place a preposition opens the list with ("highest in Lagos (41%)");
the subject across an aside or a relative clause ("Core inflation, which leaves out food, energy and
fuel, stayed higher at 3.2 percent", "the number of people who ... was up 111%", "the cargo it handled
grew"); the noun "with" governs ("ended the year with growth of 5.6 percent"); a participle clause's
subject ("..., edging up from 22.7% to 23.4%"); an amount's change in the same money ("€370 million,
about €100 million more"); a subject whose verb a list leaves out ("and imports $6.28 billion", "; the
Progressive Party from 11.4% to 8.8%"); a move in points of a named subject ("the coverage rate improved
by 4.6 points")."""
from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.extract import extract_claims


def things(text: str, vocab) -> dict[str, str | None]:
    return {c.text: c.thing for c in extract_claims(Document(id="t", text=text), vocab)}


@pytest.mark.parametrize("text,figure,thing", [
    ("The trade gap came mostly from a few partners, among them Brazil (USD -410.2 million), Peru (USD "
     "-96.4 million) and Chile (USD -12.8 million).", "USD -96.4 million", "Peru"),
    ("Shipments were helped by Egypt (+6.1%), Jordan (+12.4%) and Oman (+0.9%).", "12.4%", "Jordan"),
    ("The lowest scores went to the Green Left (2.9%) and the Farmers' League (1.7%).", "2.9%", "Green Left"),
    ("The Liberal Alliance (5.6%) edged ahead of the New Centre (5.1%), the survey found.", "5.1%", "New Centre"),
    ("The week's top gainers were Orbit Cement (11.3%), Kestrel Shipping Co (8.2%) and Lotus Bank (4.4%).",
     "8.2%", "Kestrel Shipping Co"),
])
def test_a_name_before_its_bracketed_figure(text, figure, thing, vocab):
    assert things(text, vocab)[figure] == thing


@pytest.mark.parametrize("text,figure", [
    ("Turnout was highest in Lagos (41%) and lowest in Kano (12%).", "12%"),
    ("Retail sales rose fastest in Ontario (4.1%), Quebec (3.2%) and Alberta (2.9%).", "3.2%"),
    ("Retail sales rose fastest in Ontario (4.1%), Quebec (3.2%) and Alberta (2.9%).", "2.9%"),
])
def test_names_in_a_list_a_preposition_of_place_opens_are_no_thing(text, figure, vocab):
    # (the statistic of the clause may be: "Retail sales" in Quebec rose 3.2%; the place never is)
    assert things(text, vocab)[figure] not in ("Lagos", "Kano", "Ontario", "Quebec", "Alberta")


@pytest.mark.parametrize("text,figure,thing", [
    ("Core inflation, which strips out food, fuel and other volatile items, stayed higher at 2.7 percent.",
     "2.7 percent", "Core inflation"),
    ("Rice exports to Asia, which take 64.2% of the crop, went up by 3.8%.", "3.8%", "Rice exports"),
    ("Unemployment held steady at 5.1 percent in March.", "5.1 percent", "Unemployment"),
    ("The Farmers' Party, also hurt by the row, dropped from 6.2% to 4.9%.", "6.2%", "Farmers' Party"),
])
def test_the_subject_across_an_aside(text, figure, thing, vocab):
    assert things(text, vocab)[figure] == thing


@pytest.mark.parametrize("text,figure,thing", [
    ("The number of migrants who reached the islands by boat was up 48% on the year.", "48%",
     "number of migrants"),
    ("The number of tourists it welcomed in Bali rose by nearly 23%.", "nearly 23%", "number of tourists"),
    ("The freight it moved grew 7 percent in the half.", "7 percent", "freight"),
    ("The share of firms that plan to hire fell to 31 percent.", "31 percent", "share of firms"),
])
def test_the_subject_before_a_relative_clause(text, figure, thing, vocab):
    assert things(text, vocab)[figure] == thing


@pytest.mark.parametrize("text,figure,thing", [
    ("Chile closed the quarter with growth of 2.3 percent.", "2.3 percent", "growth"),
    ("The region ended 2019 with unemployment of 8.1 percent, the lowest in a decade.", "8.1 percent",
     "unemployment"),
])
def test_the_noun_with_governs(text, figure, thing, vocab):
    assert things(text, vocab)[figure] == thing


def test_the_subject_of_a_participle_clause(vocab):
    got = things("The Centre Party is still the largest, edging up from 19.2% to 20.1% in the month, and the "
                 "Greens were close behind, rising from 15.5% to 16.3%.", vocab)
    assert got["19.2%"] == "Centre Party" and got["20.1%"] == "Centre Party"
    assert got["15.5%"] == "Greens" and got["16.3%"] == "Greens"


def test_a_subject_whose_verb_a_list_leaves_out(vocab):
    got = things("Backing fell for most parties: the Workers' Party dropped from 9.3% to 7.7%; the Civic "
                 "League from 12.4% to 10.8%.", vocab)
    assert got["12.4%"] == "Civic League" and got["10.8%"] == "Civic League"
    got = things("Exports reached $2.41 billion, 9.1 percent up on 2022, and imports $4.02 billion, up 5.3 "
                 "percent.", vocab)
    assert got["$4.02 billion"] == "imports" and got["5.3 percent"] == "imports"


@pytest.mark.parametrize("text,figure,thing", [
    ("The pension funds ended with a surplus of €212 million, about €40 million more than a year earlier.",
     "about €40 million", "surplus"),
    ("The port's revenue reached $8.1 billion, $1.2 billion or 17 percent more than in 2021.", "$1.2 billion",
     "port's revenue"),
])
def test_an_amounts_change_in_the_same_money(text, figure, thing, vocab):
    got = things(text, vocab)[figure]
    assert got is not None and thing.split()[-1] in got


@pytest.mark.parametrize("text,figure,thing", [
    ("The coverage rate improved by 3.1 points to 78.4%.", "78.4%", "coverage rate"),
    ("Annual inflation was highest in clothing, shoes and accessories (6.2 percent); transport (5 percent).",
     "6.2 percent", "clothing, shoes and accessories"),
])
def test_a_move_in_points_and_a_ranked_category(text, figure, thing, vocab):
    assert things(text, vocab)[figure] == thing


@pytest.mark.parametrize("text,figure,thing", [
    ("Rosneft said it boosted output 5% in the year.", "5%", "output"),
    ("The ministry said that exports rose 5% in May.", "5%", "exports"),
    ("Japan's real gross domestic product grew 2.1 percent in the quarter.", "2.1 percent",
     "real gross domestic product"),
])
def test_what_the_new_readings_leave_alone(text, figure, thing, vocab):
    assert things(text, vocab)[figure] == thing


@pytest.mark.parametrize("text,figure,thing", [
    ("Peru's Wholesale Price Index (WPI) climbed 0.8% in June.", "0.8%", "Wholesale Price Index"),
    ("Gross fixed capital formation (GFCF) grew 4.4 percent in the year.", "4.4 percent",
     "Gross fixed capital formation"),
    ("The Liberal Bloc, one of the two governing parties, was third (9.4%), the survey showed.", "9.4%",
     "Liberal Bloc"),
])
def test_a_subject_with_its_acronym_or_its_rank(text, figure, thing, vocab):
    assert things(text, vocab)[figure] == thing


def test_a_level_ranked_by_place_and_the_places_after_it(vocab):
    got = things("By province, annual inflation was highest in the Salta province at 7.9 percent, in the "
                 "Jujuy province at 7.4 percent and in Tucuman city at 6.8 percent.", vocab)
    assert got["7.9 percent"] == got["7.4 percent"] == got["6.8 percent"] == "annual inflation"
