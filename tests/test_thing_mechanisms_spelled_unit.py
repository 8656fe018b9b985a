"""A physical quantity whose unit is spelled out ("10 kilometres", "32,024 tonnes") took the unit word as its
thing whenever nothing after it said what it measured (benchmarks/thing_mechanisms.py: that step was right 4
times and wrong 12 over the realtext dev sets). Where a verb joins a subject to it ("the eruption column rose
10 kilometres"), or it is the level a change before it reached ("throughput edged up 0.3% to 32,024 tonnes"),
that subject is what it measures; the unit word stays the thing where nothing names one ("burned 12,400
acres") or where the figure before is of another thing ("a market share of 82%, against 44,170 tonnes").

Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from conftest import claims_by_text

DAY = "2026-04-15"


@pytest.mark.parametrize("text,quote,thing", [
    ("The ash plume rose 8 kilometres above the crater.", "8 kilometres", "ash plume"),
    ("The lake level dropped 12 centimeters overnight, the agency said.", "12 centimeters", "lake level"),
    ("Cargo throughput edged up 1.2% to 14,250,300 tonnes in the half.", "14,250,300 tonnes", "Cargo throughput"),
    ("Exports averaged nearly 2.1 million barrels a day in May.", "nearly 2.1 million barrels", "Exports"),
])
def test_a_spelled_unit_measures_the_subject_joined_to_it(vocab, text, quote, thing):
    assert claims_by_text(vocab, text, DAY)[quote].thing == thing


@pytest.mark.parametrize("text,quote,thing", [
    ("The fires have burned 12,400 acres since Monday.", "12,400 acres", "acres"),
    ("It carried 675,000 tonnes of freight, a market share of 82%, against 44,170 tonnes for its rival.",
     "44,170 tonnes", "tonnes"),
])
def test_the_unit_word_stays_where_no_subject_is_joined(vocab, text, quote, thing):
    assert claims_by_text(vocab, text, DAY)[quote].thing == thing
