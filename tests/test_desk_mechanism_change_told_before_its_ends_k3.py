"""The change relation across two sentences (fixK3): a change told alone in one sentence ("fell 18 per cent last
year") and its two ends in the next, a level set against an earlier one ("14,200 crossings in 2025, against
16,100 the year before", "The figure was ..., compared with ..."). Over the dev sets, 5 planted change errors
were missed, each with the relation not found; in 2 of them (two sets) the change and its ends were told this
way. The pair is linked only to the one change of the sentence before, of its noun or named back as "the
figure", so a change of another thing stays apart.

Sentences here are written for these tests.
"""
from __future__ import annotations

import pytest

from conftest import draft_errors

RULE = "change-matches-endpoints"

FIRES = [
    ("per cent, against, same noun",
     "Ferry crossings on the Lomm estuary fell 18 per cent last year, the port authority said. The ferries made "
     "14,200 crossings in 2025, against 16,100 crossings the year before."),
    ("per cent, compared with, named back as the figure",
     "Applications for building permits rose 25 per cent in the year to June, the planning office said. The "
     "figure was 3,120, compared with 2,940 a year earlier."),
    ("an amount, against, same noun",
     "Sales of season tickets dropped by 900 this summer. The club sold 11,300 season tickets, against 11,800 "
     "season tickets last summer."),
    ("the pair's noun named by the second of two figures before it",
     "Ticket prices rose 4 per cent and crossings fell 18 per cent last year. The ferries made 14,200 "
     "crossings in 2025, against 16,100 crossings the year before."),
]

QUIET = [
    ("per cent, against, same noun, fits",
     "Ferry crossings on the Lomm estuary fell 12 per cent last year, the port authority said. The ferries made "
     "14,200 crossings in 2025, against 16,100 crossings the year before."),
    ("the figure, compared with, fits",
     "Applications for building permits rose 6 per cent in the year to June, the planning office said. The "
     "figure was 3,120, compared with 2,940 a year earlier."),
    ("a change of another thing before the pair",
     "Fares rose 9 per cent in January, the operator said. Trams carried 51 million passengers, against 49 "
     "million passengers a year earlier."),
    ("a pair after a sentence with no change",
     "The ferries are run by the port authority. They made 14,200 crossings in 2025, against 16,100 crossings "
     "the year before."),
    ("a pair of another noun after the change",
     "Crossings fell 18 per cent last year. The port employed 410 staff, against 455 staff the year before."),
]


@pytest.mark.parametrize("text", [c[1] for c in FIRES], ids=[c[0] for c in FIRES])
def test_a_change_told_before_its_ends_is_checked_against_them(text, ruleset, vocab):
    assert RULE in draft_errors(vocab, ruleset, text)


@pytest.mark.parametrize("text", [c[1] for c in QUIET], ids=[c[0] for c in QUIET])
def test_a_fitting_or_unrelated_change_stays_quiet(text, ruleset, vocab):
    assert RULE not in draft_errors(vocab, ruleset, text)
