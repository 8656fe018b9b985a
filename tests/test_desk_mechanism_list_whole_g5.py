"""A policy of ``relations._totals`` (fixG5): a list of amounts closed in its own sentence by its whole named
after a comma ("12 gold, 15 silver and 17 bronze medals, a haul of 41"; "..., for a national crop of 881,000
tonnes") was read as no total, since only "in total", "altogether" and the like marked one; the list then added
up to nothing. The nouns that name such a whole are ``list_whole_nouns`` in rules/vocabulary/relations.yaml; the
figure is taken as strictly as one followed by "in all": only the free items right before it, split by commas
and "and", are its parts.

Sentences here are written for these tests.
"""
from __future__ import annotations

import pytest

from conftest import draft_findings

LISTED = "listed-parts-add-up"


def _serious(vocab, ruleset, text: str) -> set[str]:
    return {f.rule for f in draft_findings(vocab, ruleset, text) if f.severity in ("error", "warning")}


WRONG_SUMS = [
    ("a fleet's catch",
     "The Tarrow fleet landed 2,300 tonnes of herring, 1,150 tonnes of mackerel and 640 tonnes of sprat, a "
     "combined catch of 3,890 tonnes, the harbour office said."),
    ("a national harvest by region",
     "Growers in the north picked 61,000 tonnes of apples, the west 44,000 tonnes and the south 27,000 tonnes, "
     "for a national harvest of 128,000 tonnes."),
    ("a tally of trees",
     "Volunteers planted 1,200 oaks, 850 beeches and 400 rowans over the winter, a tally of 2,650 trees."),
]

QUIET = [
    ("the same catch adding up",
     "The Tarrow fleet landed 2,300 tonnes of herring, 1,150 tonnes of mackerel and 640 tonnes of sprat, a "
     "combined catch of 4,090 tonnes, the harbour office said."),
    ("the tally adding up",
     "Volunteers planted 1,200 oaks, 850 beeches and 400 rowans over the winter, a tally of 2,450 trees."),
    ("a harvest named after a comma, with no list before it",
     "Growers in the north picked 61,000 tonnes of apples this autumn, a harvest of average size, and expect "
     "prices of 540 euros a tonne."),
    ("the noun of another figure's kind",
     "The council spent 2.1 million euros on roads and 900,000 euros on parks, a sum of money it says was "
     "raised from 14 local taxes."),
]


@pytest.mark.parametrize("text", [c[1] for c in WRONG_SUMS], ids=[c[0] for c in WRONG_SUMS])
def test_a_list_closed_by_its_whole_after_a_comma_must_add_up(text, ruleset, vocab):
    assert LISTED in _serious(vocab, ruleset, text)


@pytest.mark.parametrize("text", [c[1] for c in QUIET], ids=[c[0] for c in QUIET])
def test_lists_that_add_up_or_have_no_whole_stay_quiet(text, ruleset, vocab):
    assert LISTED not in _serious(vocab, ruleset, text)
