"""A headline figure the lead states is the body's figure (checks/headline.py ``_echoes_the_lead``; drafts
written for these tests): a later step told further down ("next May ... 13.60 pounds") is another figure,
and a clean dev desk draft was flagged for it. A headline the lead does not state still fires."""
from __future__ import annotations

from auditor.audit import audit
from auditor.documents import Document


def headline_findings(vocab, ruleset, title: str, body: str) -> list[str]:
    doc = Document(id="draft", text=body, title=title, source="Desk", published="2026-05-04T12:00:00")
    return [f.message for f in audit([doc], ruleset, vocab).findings if f.rule == "headline-matches-body"]


BODY = ("Harland's living wage went up by 0.90 pounds on Monday, to 12.80 pounds an hour from 11.90 pounds, the "
        "second of three rises the council agreed last year.\n\nThe rise of 7.6 per cent is ahead of inflation.\n\n"
        "A third step, next May, will lift the wage to 13.60 pounds.")


def test_a_headline_the_lead_states_is_quiet(vocab, ruleset):
    assert not headline_findings(vocab, ruleset, "Harland living wage rises to 12.80 pounds an hour", BODY)


def test_a_headline_the_lead_does_not_state_still_fires(vocab, ruleset):
    assert headline_findings(vocab, ruleset, "Harland living wage rises to 12.20 pounds an hour", BODY)
