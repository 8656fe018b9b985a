"""A rate joined to its level by a verb of pace ("Kenya's inflation quickened to 9.1%", "growth
slowed to 2.4 percent") has that rate for its thing; a subject with a "for" phrase ("Turnout for the
county seats was 61.2 per cent") has the head before it; a share in brackets right after the name of
a category, an item of a list ("food, drinks and tobacco (12.4%); transport (9.7%)"), is that
category's (a place in brackets is not: "in Lagos (41%)")."""
from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.extract import extract_claims


def things(text: str, vocab) -> dict[str, str | None]:
    return {c.text: c.thing for c in extract_claims(Document(id="t", text=text), vocab)}


@pytest.mark.parametrize("text,figure,thing", [
    ("Kenya's inflation quickened to 9.1% in June, the statistics office said.", "9.1%", "inflation"),
    ("Chile's inflation accelerated to 6.3 percent in March.", "6.3 percent", "inflation"),
    ("Turnout for the county seats was 61.2 per cent, the commission said.", "61.2 per cent", "Turnout"),
    ("Revenue for the quarter was $4.2 billion, the airline said.", "$4.2 billion", "Revenue"),
])
def test_the_subject_of_a_rate_or_level(text, figure, thing, vocab):
    assert things(text, vocab)[figure] == thing


@pytest.mark.parametrize("text,figure,thing", [
    ("Three groups beat the average, the office said: food, drinks and tobacco (12.4%); clothing and "
     "footwear (10.1%); transport (9.7%).", "12.4%", "food, drinks and tobacco"),
    ("Three groups beat the average, the office said: food, drinks and tobacco (12.4%); clothing and "
     "footwear (10.1%); transport (9.7%).", "9.7%", "transport"),
    ("Prices rose in two groups in Lima: rent (5.2%) and energy and fuel (8.8%).", "8.8%", "energy and fuel"),
])
def test_a_category_before_its_bracketed_share(text, figure, thing, vocab):
    assert things(text, vocab)[figure] == thing


def test_a_place_before_a_bracketed_share_is_no_thing(vocab):
    # (the statistic of the clause may be: "Support" in Lagos was 41%; the place never is)
    got = things("Support was highest in Lagos (41%) and lowest in Kano (12%).", vocab)
    assert got["41%"] not in ("Lagos", "Kano") and got["12%"] not in ("Lagos", "Kano")


@pytest.mark.parametrize("text,figure,thing", [
    ("Measles has killed 41 people in Ituri, a case fatality rate of 2.1 per cent.", "2.1 per cent",
     "case fatality rate"),
    ("Chile posted a jobless rate of 8.7 percent in May.", "8.7 percent", "jobless rate"),
    ("The economy grew at an annual rate of 3% in the quarter.", "3%", "economy"),
])
def test_a_rate_named_before_of_keeps_its_head(text, figure, thing, vocab):
    assert things(text, vocab)[figure] == thing


@pytest.mark.parametrize("text,figure,thing", [
    ("Storm damage in Tabasco was first estimated at $2bn by the state.", "$2bn", "Storm damage"),
    ("The loss was initially put at $40 million, the insurer said.", "$40 million", "loss"),
    ("Shipments bound for China grew 6.1 percent to $4.2 billion.", "6.1 percent", "Shipments"),
    ("Palm oil shipped from Sabah rose 4 percent in the season.", "4 percent", "Palm oil"),
])
def test_an_adverb_or_participle_between_subject_and_figure(text, figure, thing, vocab):
    assert things(text, vocab)[figure] == thing


@pytest.mark.parametrize("text,figure,thing", [
    ("Ghana shipped cocoa worth $2.1 billion last season.", "$2.1 billion", "cocoa"),
    ("In all 12,300,400 shares worth Rs 2.4 billion changed hands in Karachi.", "Rs 2.4 billion", "shares"),
    ("Contracts worth $300 million were signed in Accra.", "$300 million", "Contracts"),
])
def test_what_an_amount_is_worth(text, figure, thing, vocab):
    assert things(text, vocab)[figure] == thing


@pytest.mark.parametrize("text,figure,thing", [
    ("Rice exports jumped 12 percent to a record high of $3.4 billion.", "$3.4 billion", "Rice exports"),
    ("Tea exports surged 18.3 percent to an all-time high of $1.2 billion.", "$1.2 billion", "Tea exports"),
    ("Coffee imports climbed to an all-time high of $900 million.", "$900 million", "Coffee imports"),
    ("Oil prices hit a record of $120 a barrel in Lagos.", "$120", "Oil prices"),
])
def test_a_record_or_high_is_the_level_of_the_subject(text, figure, thing, vocab):
    assert things(text, vocab)[figure] == thing


def test_a_count_before_its_bracketed_share_is_no_category(vocab):
    got = things("Of the 22 cases, nine (40.9%) were in Sindh; three (13.6%) were in Punjab.", vocab)
    assert got["13.6%"] != "three" and got["40.9%"] != "nine"
