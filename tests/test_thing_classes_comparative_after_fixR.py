"""A comparative after a change ("got 2 percent cheaper", "were 4% dearer", "3 percent costlier") and the
first word of a phrasal verb ("edged up 0.3%") are never what a figure is of: the thing is the subject of
"got", "became", "edged" (statistic_verbs). Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from conftest import claims_by_text


@pytest.mark.parametrize("text,quote,thing", [
    ("Against May, household appliances got 2 percent cheaper.", "2 percent", "household appliances"),
    ("Imported foods became 0.4 per cent cheaper over the month.", "0.4 per cent", "Imported foods"),
    ("The producer price index edged up 0.3% in March.", "0.3%", "producer price index"),
])
def test_the_subject_of_a_comparative_change(vocab, text, quote, thing):
    assert claims_by_text(vocab, text, "2026-04-15")[quote].thing == thing


@pytest.mark.parametrize("text,quote", [
    ("Flats sold in the spring were 4% dearer than a year before.", "4%"),
    ("Petrol was 3 percent costlier than in April.", "3 percent"),
])
def test_a_comparative_is_never_the_thing(vocab, text, quote):
    assert claims_by_text(vocab, text, "2026-04-15")[quote].thing not in ("dearer", "costlier")
