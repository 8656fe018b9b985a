"""A headline's change in per cent ("Lido swimmers up 40%") is recomputed from the body's levels
("52,000 swimmers, up from 47,000": +10.6%), as a change in words ("up by a third") already was.
Sentences of our own."""
from __future__ import annotations

import pytest

from auditor.audit import audit
from auditor.documents import Document

BODY = "The lido counted 52,000 swimmers this summer, up from 47,000 last year, the trust said."


def _headline_findings(title: str, text: str, vocab, ruleset):
    doc = Document(id="d", title=title, source="Desk", published="2025-09-30", text=text)
    return [f for f in audit([doc], ruleset, vocab).findings if f.rule == "headline-matches-body"]


def test_a_headline_percentage_the_levels_do_not_give_fires_with_the_arithmetic(vocab, ruleset):
    found = _headline_findings("Lido swimmers up 40 per cent", BODY, vocab, ruleset)
    assert len(found) == 1
    assert "47,000 to 52,000 (+10.6%)" in found[0].message
    assert "40 per cent" in found[0].message


@pytest.mark.parametrize("title", ["Lido swimmers up 10 per cent", "Lido swimmers up 11%"])
def test_a_headline_percentage_the_levels_give_is_clean(title, vocab, ruleset):
    assert _headline_findings(title, BODY, vocab, ruleset) == []


def test_a_body_that_states_the_headline_change_is_clean(vocab, ruleset):
    text = ("Ferries carried 1.3 million passengers last year, 12% more than the year before. Freight fell "
            "from 400 lorries a day to 350.")
    assert _headline_findings("Ferry passengers up 12%", text, vocab, ruleset) == []


def test_a_change_of_something_else_is_not_set_against_the_headline(vocab, ruleset):
    # the body's levels count bookings, the headline's change is of visitors: nothing to recompute
    text = "Bookings rose to 9,400 from 9,000, the museum said."
    assert _headline_findings("Museum visitors up 25%", text, vocab, ruleset) == []


def test_a_headline_change_by_half_is_read_and_recomputed(vocab, ruleset):
    found = _headline_findings("Lido swimmers up by half", BODY, vocab, ruleset)
    assert len(found) == 1 and "47,000 to 52,000 (+10.6%)" in found[0].message
    halved = "The lido counted 26,000 swimmers this summer, down from 52,000 last year, the trust said."
    assert _headline_findings("Lido swimmers down by half", halved, vocab, ruleset) == []


def test_half_past_a_clock_hour_is_no_fraction(vocab):
    from auditor.extract import extract_claims
    doc = Document(id="d", text="The pool will close by half past six on Friday.", source="Desk",
                   published="2025-09-30")
    assert [c.text for c in extract_claims(doc, vocab) if c.text.startswith("half")] == []


def test_by_half_reads_the_same_whatever_was_read_before(vocab):
    # the number-run cache is keyed on the word before a run that changes its reading ("than", "by")
    from auditor.extract import extract_claims

    def halves(text: str) -> list[str]:
        doc = Document(id="d", text=text, source="Desk", published="2025-09-30")
        return [c.text for c in extract_claims(doc, vocab) if c.text == "half"]

    for _ in range(2):
        assert halves("The lido kept its summer hours and half.") == []
        assert halves("Queues at the lido were cut by half.") == ["half"]
        assert halves("The lido kept its summer hours and half.") == []
