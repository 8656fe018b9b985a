""""up to" is a verb's particle, and the number the level reached, after a verb of rising not
in its base form ("the toll rose up to 40") or a verb with a total as object ("took the toll up
to 38"): ``level_up_verbs``, ``total_up_verbs`` and ``total_nouns`` of hedges.yaml. Otherwise it
is a ceiling, and a quantity that cannot be negative (a power, a length) starts at 0."""
from __future__ import annotations

import math

import pytest

from auditor.documents import Document
from auditor.extract import extract_claims


def intervals(text: str, vocab) -> list[tuple[float | None, float | None]]:
    return [(c.low, c.high) for c in extract_claims(Document(id="t", text=text), vocab)]


@pytest.mark.parametrize("text,expected", [
    ("The discovery of more bodies took the toll up to 27.", [(27, 27)]),
    ("Officials brought the number of dead up to 64 on Sunday.", [(64, 64)]),
    ("The death toll has risen up to 19, the governor said.", [(19, 19)]),
    ("Admissions climbed up to 212 by the weekend.", [(212, 212)]),
])
def test_up_to_after_a_rise_is_the_level(text, expected, vocab):
    assert intervals(text, vocab) == expected


@pytest.mark.parametrize("text,expected", [
    ("Each ferry can take up to 450 passengers.", [(0, 450)]),
    ("Cases could rise up to 900 by March.", [(0, 900)]),
    ("Up to 70 people may have drowned.", [(0, 70)]),
])
def test_up_to_as_a_ceiling_stays(text, expected, vocab):
    assert intervals(text, vocab) == expected


@pytest.mark.parametrize("text,expected", [
    ("The new turbines will add up to 600MW to the grid.", [(0, 600)]),
    ("The lava flow is up to 12 metres deep.", [(0, 12)]),
])
def test_a_quantity_under_a_ceiling_starts_at_zero(text, expected, vocab):
    assert intervals(text, vocab) == expected


def test_a_temperature_under_a_ceiling_may_be_below_zero(vocab):
    assert intervals("Overnight lows were below 4 °C in the hills.", vocab) == [(-math.inf, 4)]
