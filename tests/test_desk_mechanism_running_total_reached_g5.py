"""A policy of ``relations._running_totals`` (fixG5): a level a change reached ("deliveries since July 1
reached 1.84 million tonnes, against 1.52 million tonnes a year ago") was kept out of every running total,
because its base took it out along with itself; a later bulletin of the same total that fell ("the board put
deliveries to date at 1.71 million tonnes" on Thursday) was then never compared with it. Now only the base
stays out; the level reached joins a running total when its own sentence says it counts all so far and the
other figure names the same noun, both dated by a day. A quarter's income beside the half-year's, a rent beside
another rent, exports beside imports stay apart.

Sentences here are written for these tests.
"""
from __future__ import annotations

import pytest

from conftest import draft_findings

RUNNING = "running-total-never-falls-in-text"


def _serious(vocab, ruleset, text: str) -> set[str]:
    return {f.rule for f in draft_findings(vocab, ruleset, text) if f.severity in ("error", "warning")}


FALLS = [
    ("harvest deliveries against last year, then a weekly bulletin",
     "Deliveries of sugar beet to the Holmfirth factory since the campaign began on September 20 reached 412,000 "
     "tonnes by Sunday, the processor said, against 380,000 tonnes at the same point last year. In its weekly "
     "update on Thursday, the processor put deliveries for the campaign to date at 396,000 tonnes."),
    ("visitors compared with a record, then a later count",
     "Since the park reopened on June 1, visits had climbed to 58,200 by Sunday, compared with 51,000 over the "
     "same weeks of 2024, the trust said. In an update on Tuesday, the trust's website said 55,700 visits had "
     "been made so far this season."),
]

QUIET = [
    ("the later bulletin higher",
     "Deliveries of sugar beet to the Holmfirth factory since the campaign began on September 20 reached 412,000 "
     "tonnes by Sunday, the processor said, against 380,000 tonnes at the same point last year. In its weekly "
     "update on Thursday, the processor put deliveries for the campaign to date at 431,000 tonnes."),
    ("a period's level reached, then another period's",
     "Quarterly turnover rose to 8.6 million pounds from 7.9 million pounds a year earlier, the firm said. Its "
     "wage bill for the quarter rose to 7.2 million pounds."),
    ("two nouns of one season",
     "Exports so far this year rose to 54.1 billion dollars from 50.2 billion dollars, the customs office said. "
     "Imports so far this year came to 48.3 billion dollars."),
]


@pytest.mark.parametrize("text", [c[1] for c in FALLS], ids=[c[0] for c in FALLS])
def test_a_level_reached_then_a_lower_bulletin_of_the_total_is_flagged(text, ruleset, vocab):
    assert RUNNING in _serious(vocab, ruleset, text)


@pytest.mark.parametrize("text", [c[1] for c in QUIET], ids=[c[0] for c in QUIET])
def test_levels_reached_that_are_no_fall_of_one_total_stay_quiet(text, ruleset, vocab):
    assert RUNNING not in _serious(vocab, ruleset, text)
