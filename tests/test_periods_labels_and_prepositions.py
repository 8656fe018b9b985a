"""Numbers that name a span, a period or a thing, not a count: "five weeks running", "a rolling
six months", "nine quarters ago", "the second quarter of 2021", "the June quarter", "a Category 4
storm", "reactor 3", "the 22-metre line", "a 90-percent confidence level"; and "over" after a verb
whose preposition it is ("scattered over nine wards"), no "more than"."""
from __future__ import annotations

import math

import pytest

from auditor.documents import Document
from auditor.extract import extract_claims


def claims(text: str, vocab) -> list[tuple[str, float | None, float | None]]:
    return [(c.text, c.low, c.high) for c in extract_claims(Document(id="t", text=text), vocab)]


@pytest.mark.parametrize("text", [
    "Fuel prices have climbed for five weeks running.",
    "Rents have now fallen for eleven months on end.",
    "Exports grew for the fourth month in a row and for three years running.",
    "The agency reviews its budget over a rolling six months.",
    "Output was last this weak nine quarters ago.",
    "It reported a loss for the second quarter of 2021.",
    "Margins widened in the June quarter.",
    "Rain fell on each of the remaining 10 days of the trip.",
])
def test_spans_and_periods_are_no_claims(text, vocab):
    assert claims(text, vocab) == []


@pytest.mark.parametrize("text", [
    "The cyclone weakened from a Category 4 storm to a Category 2 one.",
    "Engineers shut down reactor 3 after the tremor.",
    "Operators restarted Lethabo unit 5 on Sunday.",
    "The Top 100 index slipped at the open.",
    "The winger was tackled on the 22-metre line.",
    "The estimates use a 90-percent confidence level.",
])
def test_labels_markings_and_confidence_levels_are_no_claims(text, vocab):
    assert claims(text, vocab) == []


@pytest.mark.parametrize("text,expected", [
    ("A quarter of the households lost power.", [("A quarter", 0.25, 0.25)]),
    ("Three quarters of the staff left.", [("Three quarters", 0.75, 0.75)]),
    ("A 10-metre wall collapsed onto the road.", [("10-metre", 10, 10)]),
])
def test_shares_and_measures_stay(text, expected, vocab):
    assert claims(text, vocab) == expected


@pytest.mark.parametrize("text,expected", [
    ("The 310 cases were scattered over nine wards.", [("310", 310, 310), ("nine", 9, 9)]),
    ("The camp is split over two sites.", [("two", 2, 2)]),
])
def test_over_after_its_verb_is_a_preposition(text, expected, vocab):
    assert claims(text, vocab) == expected


def test_over_as_more_than_stays(vocab):
    (_, low, high), = claims("Over 300 homes were flooded.", vocab)
    assert (low, high) == (300, math.inf)


def test_a_business_unit_with_an_amount_stays(vocab):
    assert claims("The rail unit 285 million crowns short of target.", vocab)[0][0] == "285 million crowns"
