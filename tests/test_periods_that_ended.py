"""A period named by its end in a relative clause ("in the year that ended in June", "the quarter
which ended in March", "the year that closed in December") runs back from that end, as "the year to
June" does; said in the past tense, it is the last such period to have ended by publication."""
from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.extract import extract_claims


def periods(text: str, published: str, vocab) -> list[tuple[str, str | None, str | None]]:
    doc = Document(id="t", text=text, published=published)
    return [(c.text, c.when_start, c.when_end) for c in extract_claims(doc, vocab)]


@pytest.mark.parametrize("text, published, expected", [
    ("Revenue rose 6.3% in the year that ended in June.", "2025-07-15",
     [("6.3%", "2024-07-01", "2025-06-30")]),
    ("Turnover fell 4% in the quarter which ended in March.", "2025-05-02",
     [("4%", "2025-01-01", "2025-03-31")]),
    ("Sales fell 2% in the year that closed in December.", "2025-07-15",
     [("2%", "2024-01-01", "2024-12-31")]),
    ("Net profit rose 11% in the three months that ended in June.", "2025-08-01",
     [("11%", "2025-04-01", "2025-06-30")]),
    ("Exports grew 7% in the year through March.", "2025-04-20",
     [("7%", "2024-04-01", "2025-03-31")]),
])
def test_a_period_named_by_its_end(text, published, expected, vocab):
    assert periods(text, published, vocab) == expected


def test_a_year_to_a_month_ahead_may_still_be_a_forecast(vocab):
    # "to" (not "ended"): the nearest such year, which may lie ahead of publication
    assert periods("The bank sees growth of 3% in the year to December.", "2025-11-20", vocab) == \
        [("3%", "2025-01-01", "2025-12-31")]
