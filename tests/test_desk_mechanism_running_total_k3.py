"""A mechanism of the desk audit, by policy rather than by phrasing (fixK3, from a tally of every planted
error missed and every wrong finding over the eval desk and desk_heldout..20 together):

- a running total's second figure told by ANOTHER body ("the ministry said on Monday that 86,300 sheep had been
  vaccinated since May 4 ... in an update on Friday, the veterinary office said 81,900"): ``relations._told_later``
  asked for the second to be dated after the first by the resolved times, but a total "since May 4" is dated
  by its start and a later bulletin's day is often read as the whole year, so the pair was dropped (3 of the
  8 running totals missed over the dev sets). Now the text's own words also tell it later: an update ("in an
  update", "latest") or a later weekday in its sentence than in the first's. Two bodies' totals with neither
  told later stay apart (tests/test_desk_classes_x's decoy), as do two nouns' totals.

Sentences here are written for these tests.
"""
from __future__ import annotations

import pytest

from conftest import draft_errors, draft_findings

RUNNING = "running-total-never-falls-in-text"


def _serious(vocab, ruleset, text: str) -> dict[str, str]:
    """rule id -> severity of the error and warning findings on one draft."""
    return {f.rule: f.severity for f in draft_findings(vocab, ruleset, text) if f.severity in ("error", "warning")}


# two bodies' figures of one running total, the second lower: must be flagged
TWO_BODIES_FALL = [
    ("vaccinations, ministry then veterinary office",
     "The farming ministry said on Monday that 86,300 sheep had been vaccinated since the campaign began on "
     "May 4. In an update on Friday, the regional veterinary office said 81,900 sheep had been vaccinated in "
     "the campaign so far."),
    ("permits, agency then minister in parliament",
     "Residents of Wexdale have applied for 12,640 parking permits since the scheme opened on January 9, the "
     "transport agency said on Tuesday. Speaking to councillors on Thursday, the mayor said applications since "
     "the launch stood at 11,980."),
    ("library cards, library then council website",
     "The new central library has issued 23,400 cards since it opened in April, its director said. On Friday "
     "the council's website put the number of cards issued since the opening at 21,750."),
]

# the same pair, rising, or the second said to be the earlier count: quiet
TWO_BODIES_QUIET = [
    ("vaccinations rising",
     "The farming ministry said on Monday that 81,900 sheep had been vaccinated since the campaign began on "
     "May 4. In an update on Friday, the regional veterinary office said 86,300 sheep had been vaccinated in "
     "the campaign so far."),
    ("the second said to be the earlier count",
     "Residents of Wexdale have applied for 12,640 parking permits since the scheme opened on January 9, the "
     "transport agency said on Tuesday. The mayor had earlier put applications since the launch at 11,980."),
    ("two different running totals of two nouns",
     "The council has planted 4,200 trees since March, its parks office said. Volunteers have collected 3,900 "
     "bags of litter since March, the volunteers' group said."),
]


@pytest.mark.parametrize("text", [c[1] for c in TWO_BODIES_FALL], ids=[c[0] for c in TWO_BODIES_FALL])
def test_a_running_total_falling_between_two_bodies_is_flagged(text, ruleset, vocab):
    assert RUNNING in _serious(vocab, ruleset, text)


@pytest.mark.parametrize("text", [c[1] for c in TWO_BODIES_QUIET], ids=[c[0] for c in TWO_BODIES_QUIET])
def test_a_running_total_rising_or_told_earlier_stays_quiet(text, ruleset, vocab):
    assert RUNNING not in _serious(vocab, ruleset, text)


def test_one_bodys_running_total_falling_is_still_an_error(ruleset, vocab):
    text = ("The health board said 1,420 flu cases had been confirmed since October. In its latest bulletin "
            "the health board said 1,370 flu cases had been confirmed since October.")
    assert RUNNING in draft_errors(vocab, ruleset, text)
