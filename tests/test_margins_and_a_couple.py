""""plus or minus 2.8 points" is a margin, no negative figure; "a couple of" is two, as "a
dozen" is twelve (numbers.py), and "a couple of weeks" a duration, no claim."""
from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.extract import extract_claims


def claims(text: str, vocab) -> list[tuple[str, float | None]]:
    return [(c.text, c.value) for c in extract_claims(Document(id="t", text=text), vocab)]


@pytest.mark.parametrize("text,expected", [
    ("The survey's margin of error is plus or minus 2.8 percentage points.", [("2.8 percentage points", 2.8)]),
    ("Results are accurate to plus/minus 4 points.", [("4", 4.0)]),
    ("Temperatures fell to minus 12 degrees.", [("minus 12 degrees", -12.0)]),
])
def test_plus_or_minus_is_no_sign(text, expected, vocab):
    assert claims(text, vocab) == expected


@pytest.mark.parametrize("text,expected", [
    ("The keeper made a couple of saves late on.", [("a couple", 2.0)]),
    ("Only a couple of thousand fans travelled.", [("a couple of thousand", 2000.0)]),
    ("The couple of Harrogate won the prize.", []),
    ("The flood should recede in a couple of weeks.", []),
    ("The club borrowed the striker for a couple of months.", []),
])
def test_a_couple_of_is_two(text, expected, vocab):
    assert claims(text, vocab) == expected
