"""A level set against its own past in one sentence is a change from it (relations ``_from_to_pairs``;
sentences written for these tests): "A, against B the year before", "A, compared with B in 2024" read as "A, up
from B" does. Over the dev desk sets the comparison was read only across sentences (a change told alone, then
"The figure was A, against B"), so "starts stood at 184,300, against 246,900 in the same months a year earlier,
a fall of 31 per cent" and a headline's "falls 30%" over "351 million, compared with 412 million in 2024" went
unchecked. Guards: the clause after B must name an earlier time (statistics.yaml ``earlier_base_words`` or a
year), and no year there may be as late as one before it ("in 2019, against 150,000 in the same period of 2025"
is the later figure); a change told in the sentence before still takes the pair.
"""
from __future__ import annotations

import pytest

from conftest import draft_errors


@pytest.mark.parametrize("text", [
    "Between April and June, sales stood at 52,400, against 61,800 in the same months a year earlier, a fall of "
    "24 per cent.",
    "The port handled 3.1 million containers, compared with 2.6 million in 2024, a rise of 31 per cent.",
])
def test_a_change_that_misses_its_two_levels_fires(vocab, ruleset, text):
    errors = draft_errors(vocab, ruleset, text)
    assert "change-matches-endpoints" in errors, errors


@pytest.mark.parametrize("text", [
    # the same, right
    "Between April and June, sales stood at 52,400, against 61,800 in the same months a year earlier, a fall of "
    "15 per cent.",
    "The port handled 3.1 million containers, compared with 2.6 million in 2024, a rise of 19 per cent.",
    # the figure after "against" is of a later time: no change from it
    "Visitors from abroad are still below their peak: 241,000 came in 2019, against 150,000 in the same "
    "months of 2025, a fall the board blamed on flights.",
    # no earlier time after it: another thing, no change
    "The north recorded 4,800 thefts, against 3,100 in the south, 12 per cent fewer than planned.",
])
def test_levels_that_fit_or_are_no_past_stay_quiet(vocab, ruleset, text):
    errors = draft_errors(vocab, ruleset, text)
    assert "change-matches-endpoints" not in errors, errors


def test_a_change_told_alone_before_still_takes_the_pair(vocab, ruleset):
    text = ("Bus journeys fell 20 per cent last year. Passengers made 212 million journeys, against 238 million the "
            "year before.")
    errors = draft_errors(vocab, ruleset, text)
    assert "change-matches-endpoints" in errors, errors
