"""A headline's share of the vote against the body's, named by other subjects ("Ruling party wins 54% of
the vote" over "the ruling party's candidate won 59.4% of the vote"): compared when the body's sentence
names the headline's subject before its share; a rival's share ("27.9% for the opposition") is another
quantity. Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from auditor.audit import audit
from auditor.documents import Document

BODY = ("The governing alliance's candidate won Sunday's presidential election with 61.2% of the vote, against "
        "31.5% for the opposition's candidate, the electoral commission said on Monday.")


@pytest.mark.parametrize("title,fires", [
    ("Governing alliance wins 51% of the vote", True),
    ("Governing alliance wins 61% of the vote", False),
    ("Opposition wins 21% of the vote", False),      # the body's sentence never names the opposition first
])
def test_a_headline_share_of_the_vote(title, fires, ruleset, vocab):
    doc = Document(id="draft", text=BODY, title=title, source="Desk", published="2026-05-04T12:00:00")
    found = audit([doc], ruleset, vocab).findings
    assert any(f.rule == "headline-matches-body" for f in found) == fires, [f.message for f in found]
