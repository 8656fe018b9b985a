"""The hedge lexicon (rules/vocabulary/hedges.yaml): every entry's examples, and DESIGN.md's table."""
from __future__ import annotations

import math

import pytest

from auditor.documents import Document
from auditor.extract import extract_claims
from auditor.vocabulary import load_vocabulary

VOCAB = load_vocabulary()
EXAMPLES = [(name, ex) for table in (VOCAB.hedges, VOCAB.vague) for name, e in table.items() for ex in e.examples]


def claims_of(text: str):
    return extract_claims(Document(id="t", text=text, published="2020-02-27"), VOCAB)


@pytest.mark.parametrize("name,example", EXAMPLES, ids=[f"{n}:{e.text}" for n, e in EXAMPLES])
def test_lexicon_example(name, example):
    (c,) = claims_of(example.text)
    assert c.hedge == name
    if example.value is not None:
        assert c.value == example.value
    assert c.low == pytest.approx(example.low if example.low is not None else -math.inf)
    assert c.high == pytest.approx(example.high if example.high is not None else math.inf)
    if example.low_inclusive is not None:
        assert c.low_inclusive is example.low_inclusive
    if example.high_inclusive is not None:
        assert c.high_inclusive is example.high_inclusive


@pytest.mark.parametrize("text,low,high,low_inc,high_inc", [
    ("33 soldiers died.", 33, 33, True, True),
    ("No fewer than 33 soldiers died.", 33, math.inf, True, True),
    ("In excess of 33 soldiers died.", 33, math.inf, False, True),
    ("As many as 33 soldiers died.", 0, 33, True, True),
    ("Under 33 soldiers died.", 0, 33, True, False),
    ("Almost 1,000 soldiers died.", 900, 1000, True, False),
    ("Roughly 1,000 soldiers died.", 900, 1100, True, True),
    ("Between 20 and 30 soldiers died.", 20, 30, True, True),
    ("From 20 to 30 soldiers died.", 20, 30, True, True),
    ("20-30 soldiers died.", 20, 30, True, True),
    ("Between 2 and 3 million people fled.", 2_000_000, 3_000_000, True, True),
    ("Tens of thousands of people fled.", 20_000, 100_000, True, False),
    ("Hundreds of thousands of people fled.", 200_000, 1_000_000, True, False),
])
def test_design_table(text, low, high, low_inc, high_inc):
    (c,) = claims_of(text)
    assert (c.low, c.high) == (low, high)
    if math.isfinite(low) and low:
        assert c.low_inclusive is low_inc
    if math.isfinite(high):
        assert c.high_inclusive is high_inc


def test_an_estimated_figure_is_a_point_with_the_hedge_recorded():
    (c,) = claims_of("An estimated 948,000 people were displaced.")
    assert (c.low, c.high, c.hedge) == (948000, 948000, "estimated")


def test_a_change_is_two_claims_not_a_range():
    claims = claims_of("The toll rose from 22 to 33 soldiers killed.")
    assert [c.value for c in claims] == [22, 33]


@pytest.mark.parametrize("text,hedge,low,high", [
    ("Growth was revised up to 0.6% in the second estimate.", None, 0.6, 0.6),
    ("The central bank pushed rates up to 5.25% on Wednesday.", None, 5.25, 5.25),
    ("Prices have gone up to $4 a gallon.", None, 4, 4),
    ("The estimate was marked up to 1.2 million people.", None, 1_200_000, 1_200_000),
    # a bound where no verb takes "up" as its particle
    ("Up to 300 people may have died.", "at_most", 0, 300),
    ("The storm could kill up to 300 people.", "at_most", 0, 300),
    ("The toll has risen to up to 300 people.", "at_most", 0, 300),
])
def test_up_to_after_a_phrasal_verb_is_the_level_reached(text, hedge, low, high):
    """"revised up to 0.6%": "up" belongs to the verb (cues.yaml ``particle_up_verbs``), and the
    figure is the level reached, not an upper bound."""
    (c,) = claims_of(text)
    assert (c.hedge, c.low, c.high) == (hedge, pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize("text", [
    "Families went to camps holding up to 300 people.",
    "Officials moved them to shelters for up to 300 people.",
])
def test_up_to_after_a_preposition_stays_a_bound(text):
    (c,) = claims_of(text)
    assert (c.hedge, c.low, c.high) == ("at_most", 0, 300)
