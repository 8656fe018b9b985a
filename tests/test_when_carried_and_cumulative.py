"""The period a figure takes from the sentences before it, and the period of a running total.

Sentences here are written for these tests.
"""
from __future__ import annotations

from auditor.documents import Document
from auditor.extract import extract_claims


def claims(vocab, text, published="2024-10-30"):
    doc = Document(id="d", text=text, source="Wire", published=published)
    return {c.text: c for c in extract_claims(doc, vocab)}


def test_a_sentence_that_looks_back_gives_its_period_to_no_later_figure(vocab):
    cs = claims(vocab, "Operating profit for July-September came to 3.2 trillion won, the carmaker said. "
                       "Quarterly profit last topped 3 trillion won in the second quarter of 2023. "
                       "Sales grew 12 percent to 40 trillion won.")
    assert (cs["12 percent"].when_start, cs["12 percent"].when_end) == ("2024-07-01", "2024-09-30")
    assert cs["40 trillion won"].when_start == "2024-07-01"


def test_a_sentence_that_moves_on_in_time_gives_its_period_to_later_figures(vocab):
    cs = claims(vocab, "Sales rose 4 percent in the first quarter. In the second quarter they rose 6 percent. "
                       "Margins widened to 11 percent.")
    assert (cs["11 percent"].when_start, cs["11 percent"].when_end) == ("2024-04-01", "2024-06-30")
