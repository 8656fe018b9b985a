"""A clock time told in words ("half past six", "a quarter to nine", "20 minutes to ten") is no
claim of its hour; a range "from 2 to 5" still is one. Sentences of our own."""
from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.extract import extract_claims


def _texts(vocab, text: str) -> list[str]:
    return [c.text for c in extract_claims(Document(id="d", text=text, source="Desk", published="2026-04-28"), vocab)]


@pytest.mark.parametrize("text,hour", [
    ("The library will close by half past six on Friday.", "six"),
    ("The ferry left at a quarter to nine with 40 passengers.", "nine"),
    ("The first train ran at ten past 8 on Monday.", "8"),
    ("Voting ended at 20 minutes to ten, officials said.", "ten"),
])
def test_the_hour_of_a_clock_time_in_words_is_no_claim(vocab, text, hour):
    assert not any(t.endswith(hour) for t in _texts(vocab, text)), _texts(vocab, text)


@pytest.mark.parametrize("text,claims", [
    ("The toll climbed from 2 to 5 people overnight.", {"2", "5"}),
    ("Fares rose past 12 euros in March.", {"past 12 euros"}),
])
def test_ranges_and_bounds_keep_their_figures(vocab, text, claims):
    assert claims <= set(_texts(vocab, text))
