"""A rounded figure and a precise one of the same noun, told in other sentences, are one quantity said twice;
but a figure expected, forecast or hoped for is no rounding of the one had ("the ministry had expected about
9,000"). And hedges of "nearly" a desk writes ("getting on for", "the best part of"). Sentences written for
these tests.
"""
from __future__ import annotations

import pytest

from auditor.audit import audit
from auditor.documents import Document

REPORT = "The scheme registered 6,420 households in the year to October, the housing agency said on Monday. "


def _linked(body: str, ruleset, vocab) -> bool:
    doc = Document(id="draft", text=body, title=None, source="Desk", published="2026-11-16T12:00:00")
    found = audit([doc], ruleset, vocab).findings
    return any({"6,420"} <= {c.text for c in f.claims} and len(f.claims) > 1 for f in found
               if f.severity in ("error", "warning"))


@pytest.mark.parametrize("said,fires", [
    ('"About 9,000 households have registered this year," the minister said.', True),
    ('"Roughly 6,000 households have registered this year," the minister said.', False),   # a fair rounding
    ("The ministry had expected about 9,000 households to register.", False),      # looked for, not had
    ("About 9,000 households registered in 2021, the first year of the scheme.", False),   # another period
])
def test_a_rounded_figure_and_the_one_looked_for(said, fires, ruleset, vocab):
    assert _linked(REPORT + said, ruleset, vocab) == fires


@pytest.mark.parametrize("phrase,low,high", [
    ("Getting on for 12,000", 10800, 12000),
    ("The best part of 12,000", 10800, 12000),
])
def test_hedges_of_nearly(phrase, low, high, ruleset, vocab):
    doc = Document(id="d", text=f"{phrase} pupils attended the classes.", title=None, source="Desk",
                   published="2026-11-16T12:00:00")
    claim = audit([doc], ruleset, vocab).claims[0]
    assert (claim.low, claim.high) == (low, high)
