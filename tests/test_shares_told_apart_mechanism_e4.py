"""Shares of one base told over sentences with any verb (relations ``_shares_told_apart_across``; sentences
written for these tests). ``_shares_across`` waits for one share a sentence, each after a verb of a part
("made up", "accounted for"); over the dev desk sets shares told with other verbs ("heat", "carried") or
several to a sentence were missed with no relation found. The policy now: a share naming its base, and the
shares with no base of their own in that sentence and the two after, are shares of that base when a word
says they are parts apart ("the balance", "the remaining", "the only other", "another"); a change's earlier
end is left out. With no such word (shares that may overlap), or a share of another base, nothing is tied."""
from __future__ import annotations

import pytest

from conftest import draft_errors


@pytest.mark.parametrize("text", [
    "Oil heats 48 per cent of homes, the study found. Gas warms 31 per cent and wood 16 per cent, with "
    "electric heaters making up the balance of 9 per cent.",
    "Cars carried 61 per cent of commuters, down from 70 per cent in 2019. Buses carried 27 per cent. "
    "Bicycles, the only other way counted, carried 15 per cent.",
    "Pensioners hold 44 per cent of the bonds. Banks hold 38 per cent. Another 21 per cent sits with funds.",
])
def test_shares_told_apart_past_100_fire(vocab, ruleset, text):
    assert "shares-add-up-to-at-most-100" in draft_errors(vocab, ruleset, text)


@pytest.mark.parametrize("text", [
    # within 100
    "Oil heats 48 per cent of homes, the study found. Gas warms 31 per cent and wood 12 per cent, with "
    "electric heaters making up the balance of 9 per cent.",
    # the change's earlier end is no share of now
    "Cars carried 61 per cent of commuters, down from 70 per cent in 2019. Buses carried 27 per cent. "
    "Bicycles, the only other way counted, carried 12 per cent.",
    # nothing says the shares are apart: they may overlap
    "Women made up 52 per cent of the staff. Graduates were 61 per cent. Part-timers were 30 per cent.",
    # a share of another base ends the run
    "Oil heats 48 per cent of homes. Gas warms 41 per cent of offices, and the remaining 30 per cent use "
    "electricity.",
])
def test_shares_within_100_or_not_apart_stay_quiet(vocab, ruleset, text):
    assert "shares-add-up-to-at-most-100" not in draft_errors(vocab, ruleset, text)
