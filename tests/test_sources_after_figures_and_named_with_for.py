"""Sources that show a figure after it ("a Bloomberg survey showed"), or named with "for" inside the name.

Sentences here are written for these tests.
"""
from __future__ import annotations

from conftest import claims_by_text


def claims(vocab, text, published="2024-07-31"):
    return claims_by_text(vocab, text, published)


def test_a_survey_that_shows_a_figure_names_its_source(vocab):
    cs = claims(vocab, "Sales were expected to reach 9.8 billion rand, a Bloomberg survey showed.")
    assert cs["9.8 billion rand"].according_to == "Bloomberg"


def test_figures_that_show_are_no_source_named(vocab):
    cs = claims(vocab, "Official figures show 30 people died in the floods.")
    assert cs["30"].according_to is None


def test_a_name_joined_by_for_stays_whole(vocab):
    cs = claims(vocab, "About 8,000 people have fled, by the International Organization for Migration's estimate. "
                       "The Office for Budget Responsibility's forecast put growth at 1.2%.")
    assert cs["About 8,000"].according_to == "International Organization for Migration"
    assert cs["1.2%"].according_to == "Office for Budget Responsibility"
