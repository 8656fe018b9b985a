"""A period named in a sentence that holds no figure carries to the rates and amounts of the
next sentence when that one names none ("Collections fell short in 2023-24. The target was
...": the target of 2023-24); a day ("on Monday") does not carry.

Sentences here are written for these tests.
"""
from __future__ import annotations

from conftest import claims_by_text as claims


def test_a_period_carries_from_a_sentence_without_figures(vocab):
    cs = claims(vocab, "NAIROBI - Customs collections fell well short of the goal in 2023-24. The target "
                       "was Sh1.2 trillion, and officials collected 8 percent less.", "2024-09-02")
    assert (cs["Sh1.2 trillion"].when_start, cs["Sh1.2 trillion"].when_end) == ("2023-07-01", "2024-06-30")
    assert cs["8 percent"].when_start == "2023-07-01"


def test_a_day_in_a_sentence_without_figures_does_not_carry(vocab):
    cs = claims(vocab, "The regulator published its review on Monday. Fees rose 4 percent.", "2024-09-04")
    assert cs["4 percent"].when_start is None


def test_a_sentence_with_its_own_period_keeps_it(vocab):
    cs = claims(vocab, "Exports slowed in the first half of 2023. In July they rose 2.5 percent.", "2023-09-04")
    assert cs["2.5 percent"].when_start == "2023-07-01"


def test_a_ledes_day_of_a_statement_is_not_the_figures_day(vocab):
    cs = claims(vocab, "Dock workers have voted to strike over pay, their union said on Tuesday. Turnout was "
                       "71% and 83% backed the action.", "2025-03-05")
    assert cs["71%"].when_start is None and cs["83%"].when_start is None


def test_a_ledes_day_of_the_event_told_before_the_statement_is_the_figures_day(vocab):
    cs = claims(vocab, "Voters turned out in large numbers on Sunday, the electoral board said. Turnout was "
                       "64.5%, the highest in a decade.", "2025-03-04")
    assert cs["64.5%"].when_start == "2025-03-02"
