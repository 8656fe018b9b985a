"""Policies of the checks' paths that raised more false alarms than conflicts over every events set
(benchmarks/false_alarms.py), each with sentences of our own that must change and some that must stay.

Rounding: across reports, a rounding is one authority's figure told again; two authorities' figures in
two texts that lie apart as stated are rival statements or two quantities, which agreement judges (it
knows rival counts, updates, places, parts). Overlapping statements and one text's figures stay rounding's.
"""
from __future__ import annotations

import pytest

from conftest import flagged

ROUNDING = "rounding-matches-precise-figure"
DAY = "2026-03-14T18:00:00"


def _rules(vocab, ruleset, *docs: tuple[str, str, str]) -> list[str]:
    return [f.rule for f in flagged(vocab, ruleset, *docs)]


@pytest.mark.parametrize("docs", [
    # two outlets' figures of one march, one round, one precise
    [("Valley Courier", DAY, "About 3 million people marched through Ostrava on Saturday."),
     ("Morning Ledger", DAY, "Police said 1.2 million people marched through Ostrava on Saturday.")],
    [("Valley Courier", DAY, "Nearly 60,000 people marched through Ostrava on Saturday."),
     ("Morning Ledger", DAY, "Police said 31,500 people marched through Ostrava on Saturday.")],
    # a rescue service's round count in one report, the hospital's precise one in another
    [("Harbour Post", DAY, "Around 500 people were hurt in the blast at the port on Saturday, rescuers said."),
     ("City Gazette", DAY, "The city hospital treated 212 people hurt in the blast at the port on Saturday.")],
], ids=["two outlets, millions", "two outlets, thousands", "rescuers beside the hospital"])
def test_apart_figures_of_two_authorities_are_no_rounding(docs, vocab, ruleset):
    assert ROUNDING not in _rules(vocab, ruleset, *docs)


@pytest.mark.parametrize("docs", [
    # one report's round figure beside the police's precise one: a text's own pair stays rounding's
    [("Valley Courier", DAY, "About 3 million people marched through the capital on Saturday. Police said "
                             "1.2 million had taken part.")],
    # one text's own figures, one round and apart from its precise count: agreement compares neither
    [("Valley Courier", DAY, "Nearly 100 people have died in the floods in the north, the paper reported. By "
                             "Saturday evening at least 155 people had died in the floods in the north.")],
    # a floor beside a precise figure it lies under, statements that overlap: rounding's own word
    [("Wire A", "2020-02-27", "Since December, more than 948,000 people have been displaced."),
     ("Draft", "2020-02-27", "Since December, more than 800,000 people have been displaced.")],
], ids=["one report, rival counts", "one text's own figures", "a stale floor beside the precise figure"])
def test_roundings_that_stay(docs, vocab, ruleset):
    assert ROUNDING in _rules(vocab, ruleset, *docs)


# Monotonic: a fall is one statement's. A later text that gives its lower figure twice (the lede and a
# paragraph below) gave one finding a sentence, each a false alarm or a true one counted twice.
FALLS = "toll-never-falls"
EARLIER = ("Coast Wire", "2026-03-14T09:00:00",
           "At least 88 people were killed when a ferry capsized in Bangladesh on Friday, the health ministry said.")


def _falls(vocab, ruleset, *docs: tuple[str, str, str]) -> list:
    return [f for f in flagged(vocab, ruleset, *docs) if f.rule == FALLS]


def test_a_lower_figure_stated_twice_is_one_fall(vocab, ruleset):
    later = ("Harbour Post", "2026-03-15T09:00:00",
             "The ferry disaster in Bangladesh on Friday killed 61 people, the health ministry said on Sunday. "
             "Divers searched the hull all day.\n\nThe health ministry said 61 people were killed in the "
             "capsizing in Bangladesh on Friday and 140 were rescued.")
    found = _falls(vocab, ruleset, EARLIER, later)
    assert len(found) == 1, [f.message for f in found]
    assert {c.text for c in found[0].claims} >= {"At least 88", "61"}
    assert len(found[0].claims) == 3


def test_two_lower_figures_are_two_falls(vocab, ruleset):
    later = ("Harbour Post", "2026-03-15T09:00:00",
             "The ferry disaster in Bangladesh on Friday killed 61 people, the health ministry said on Sunday.")
    other = ("City Gazette", "2026-03-16T09:00:00",
             "The capsizing in Bangladesh on Friday killed 59 people, the health ministry said on Monday.")
    assert len(_falls(vocab, ruleset, EARLIER, later, other)) == 2


def test_a_higher_later_figure_is_no_fall(vocab, ruleset):
    later = ("Harbour Post", "2026-03-15T09:00:00",
             "The ferry disaster in Bangladesh on Friday killed 96 people, the health ministry said on Sunday. "
             "The health ministry said 96 people were killed.")
    assert _falls(vocab, ruleset, EARLIER, later) == []

