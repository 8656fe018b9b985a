"""A bound after a number ("N or more", "N or greater") leaves a following "than"
to the number after it: "300 or greater than 250" is two claims, "300 or greater"
(at least 300) and "greater than 250" (more than 250)."""
from __future__ import annotations

import math

import pytest

from auditor.documents import Document
from auditor.extract import extract_claims


def claims(text: str, vocab) -> list[tuple[str, float | None, str | None, float, float]]:
    return [(c.text, c.value, c.hedge, c.low, c.high)
            for c in extract_claims(Document(id="t", text=text), vocab)]


@pytest.mark.parametrize("text,expected", [
    ("The gauge read 300 or greater than 250 at noon.",
     [("300 or greater", 300.0, "at_least", 300.0, math.inf),
      ("greater than 250", 250.0, "more_than", 250.0, math.inf)]),
    ("Turnout was 40 or more than thirty in each ward.",
     [("40 or more", 40.0, "at_least", 40.0, math.inf),
      ("more than thirty", 30.0, "more_than", 30.0, math.inf)]),
    ("A ticket costs 12 or more than $9 at the door.",
     [("12 or more", 12.0, "at_least", 12.0, math.inf),
      ("more than $9", 9.0, "more_than", 9.0, math.inf)]),
    ("It will take 8 or fewer than 10 votes.",
     [("8 or fewer", 8.0, "at_most", 0.0, 8.0),
      ("fewer than 10", 10.0, "less_than", 0.0, 10.0)]),
])
def test_than_before_a_number_stays_with_it(text, expected, vocab):
    assert claims(text, vocab) == expected


@pytest.mark.parametrize("text,expected", [
    ("They counted 300 or more.", [("300 or more", 300.0, "at_least", 300.0, math.inf)]),
    ("They counted 300 or more ducks.", [("300 or more", 300.0, "at_least", 300.0, math.inf)]),
    ("We hope for 300 or more than that.", [("300 or more than", 300.0, "at_least", 300.0, math.inf)]),
    ("It holds more than 300 or fewer than 500 seats.",
     [("more than 300", 300.0, "more_than", 300.0, math.inf),
      ("fewer than 500", 500.0, "less_than", 0.0, 500.0)]),
])
def test_post_hedges_elsewhere_unchanged(text, expected, vocab):
    assert claims(text, vocab) == expected
