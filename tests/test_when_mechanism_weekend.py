""""Over the weekend", "at the weekend", "last weekend": the last Saturday and Sunday up to publication.
The phrase was no time at all, so a weekend's toll took the day its statement was made, or nothing
(the real-text dev sets: a toll "over the weekend" and a boat sunk "at the weekend", gold the
Saturday and Sunday). A weekend named with no preposition ("the weekend edition") stays no time.
Sentences are our own."""

from __future__ import annotations

from auditor.documents import Document
from auditor.extract import extract_claims


def _whens(text: str, vocab, published: str) -> dict[str, tuple[str | None, str | None]]:
    return {c.text: (c.when_start, c.when_end)
            for c in extract_claims(Document(id="t", text=text, published=published), vocab)}


def test_a_toll_over_the_weekend_read_on_a_monday_is_saturday_and_sunday(vocab):
    w = _whens("Landslides killed 17 people over the weekend in the hill districts.", vocab, "2024-06-17")
    assert w["17"] == ("2024-06-15", "2024-06-16")


def test_at_the_weekend_read_midweek_is_the_weekend_before(vocab):
    w = _whens("A ferry capsized at the weekend, leaving 23 passengers missing.", vocab, "2024-06-19")
    assert w["23"] == ("2024-06-15", "2024-06-16")


def test_last_weekend_read_on_a_sunday_ends_that_day(vocab):
    w = _whens("Last weekend 4,000 people marched through the capital.", vocab, "2024-06-16")
    assert w["4,000"] == ("2024-06-15", "2024-06-16")


def test_a_weekend_with_no_preposition_is_no_time(vocab):
    w = _whens("The weekend edition sold 40,000 copies.", vocab, "2024-06-17")
    assert w["40,000"] == (None, None)
