"""A count with no noun of its own ("and 12 more were damaged", "12 others") takes the thing counted just
before it in its sentence, even one the taxonomy does not know ("structures", "barns"); the dead, the
injured and the missing stay people, and a noun of people ("victims") keeps its own reading. Sentences
written for these tests.
"""
from __future__ import annotations

import pytest

from conftest import resolved_by_text


@pytest.mark.parametrize("text,quote,thing", [
    ("Cal Fire said 57 structures had been destroyed and 12 more were damaged.", "12", "structures"),
    ("Cal Fire said 57 structures had been destroyed and 12 others were damaged.", "12", "structures"),
    ("The storm flattened 57 barns and damaged 12 more.", "12", "barns"),
    ("Police arrested 40 protesters and 12 more were injured.", "12", "protesters"),
])
def test_a_count_with_no_noun_takes_the_thing_just_before(vocab, text, quote, thing):
    assert resolved_by_text(vocab, text, "2026-08-11")[quote].thing == thing


def test_not_across_sentences(vocab):
    got = resolved_by_text(vocab, "The storm flattened 57 barns. Later 12 more were damaged.", "2026-08-11")
    assert got["12"].thing is None
