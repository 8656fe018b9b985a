""""X out of Y": a ratio when Y is a base of one ("nine out of 10 doctors", "three out of four
voters", "2 out of 100 patients"), but two counts when Y is a total written in other digits (an
election, a score: "won 14 out of 73 seats" is 14 seats won of 73)."""
from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.extract import extract_claims
from auditor.extract.numbers import find_numbers


def values(text: str, vocab) -> list[float | None]:
    return [c.value for c in extract_claims(Document(id="t", text=text), vocab)]


@pytest.mark.parametrize("text,expected", [
    ("In Sabah, Warisan won 14 out of 73 seats.", [14, 73]),
    ("The Accra side won eleven out of 38 matches this season.", [11, 38]),
    ("Voters in Tamil Nadu backed the alliance in 39 out of 234 constituencies.", [39, 234]),
])
def test_a_count_of_a_total(text, expected, vocab):
    assert values(text, vocab) == expected


@pytest.mark.parametrize("text,expected", [
    ("Nine out of 10 clinics in Lusaka lack oxygen.", 0.9),
    ("Three out of four voters in Quito backed the plan.", 0.75),
    ("Only 2 out of 100 patients relapsed.", 0.02),
])
def test_a_ratio_stays_one_figure(text, expected, vocab):
    assert values(text, vocab) == [pytest.approx(expected)]


def test_a_total_in_words_stays_a_fraction():
    text = "two out of five hundred tvs"
    assert [n.value for n in find_numbers(text, text, frozenset(), frozenset())] == [pytest.approx(0.004)]
