"""The measure mechanism's policy (fixP3): a measure word of another clause yields to the figure's own,
and the lightly hurt are a part of the injured, never their number.

Measured over every events dev set: a near measure word with "because", "although", "unless" ... between
it and the figure was the main clause's ("the number of dead may go higher because N others are in
serious condition": N read as dead and set against the toll); and "a further N had minor injuries"
was keyed as all the injured. Sentences here are written for these tests.
"""
from __future__ import annotations

import pytest

from auditor.audit import extract_all
from auditor.documents import Document


def measures(vocab, text):
    doc = Document(id="d", text=text, source="Wire", published="2021-03-05T10:00:00", title=None)
    return {c.text: c for c in extract_all([doc], vocab)}


# -- a measure word across a subordinate clause's opening word ----------------------------------

@pytest.mark.parametrize("text, figure, measure", [
    ("The toll is likely to climb because 18 other passengers remain in critical condition.", "18", "critical"),
    ("The number of deaths may rise because 21 of the wounded are in intensive care.", "21", "critical"),
    ("The count of dead will grow unless 40 fishermen still missing are found.", "40", "missing"),
])
def test_a_figure_after_because_takes_its_own_clauses_measure(vocab, text, figure, measure):
    assert measures(vocab, text)[figure].measure == measure


def test_a_figure_after_because_with_no_measure_of_its_own_takes_none(vocab):
    # the figure's clause names no measure: better none than the main clause's
    c = measures(vocab, "Dozens were dead because 14 buildings had no fire exits.")["14"]
    assert c.measure != "killed" and not (c.quantity or "").endswith("/killed")


@pytest.mark.parametrize("text, figure, measure", [
    ("Only 12 people were killed, though 300 were injured in the blast.", "300", "injured"),
    ("Floods killed 25 people and 3,000 were displaced.", "3,000", "displaced"),
    ("Floods killed 25 people and 3,000 were displaced.", "25", "killed"),
    ("The storm has killed 61 people, officials said on Tuesday.", "61", "killed"),
    ("Rescuers said the blast had killed at least 19 people as of Monday.", "at least 19", "killed"),
])
def test_a_figure_in_the_clause_of_its_measure_keeps_it(vocab, text, figure, measure):
    assert measures(vocab, text)[figure].measure == measure


# -- the lightly hurt: a part of the injured ------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Nine people were seriously hurt and a further 85 suffered minor injuries.", "85"),
    ("Another 40 people were slightly injured, the fire service said.", "40"),
    ("In all, 230 people suffered light injuries, the ministry said.", "230"),
])
def test_the_lightly_hurt_are_not_the_number_of_injured(vocab, text, figure):
    c = measures(vocab, text)[figure]
    assert c.measure == "minor injuries"
    assert not (c.quantity or "").endswith("/injured")


@pytest.mark.parametrize("text, figure", [
    ("The fire killed 40 people. Another 85 were injured, police said.", "85"),
    ("At least 230 people were injured in the crash.", "At least 230"),
    ("The attack left 64 people wounded.", "64"),
])
def test_the_injured_without_a_degree_stay_the_injured(vocab, text, figure):
    assert measures(vocab, text)[figure].measure == "injured"
