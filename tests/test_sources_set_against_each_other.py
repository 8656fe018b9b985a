"""A source named across a contrast (", while X said", ", whereas", ";") speaks for the figures on
its own side only: the official count before it is not its figure, and the two are rivals.
Sentences written for these tests."""
from __future__ import annotations

from auditor.audit import audit
from auditor.documents import Document
from conftest import resolved_by_text


def resolved(vocab, text, published="2022-03-08T12:00:00"):
    return resolved_by_text(vocab, text, published)


def test_unofficial_reports_speak_only_for_their_own_figure(vocab):
    cs = resolved(vocab, "In Quetta, 35 people were confirmed injured, while unofficial reports spoke of at least "
                         "90 injured.")
    assert cs["at least 90"].according_to == "unofficial reports"
    assert cs["35"].according_to != "unofficial reports"


def test_a_source_across_a_semicolon_is_not_the_figures(vocab):
    cs = resolved(vocab, "Twelve people died in the fire in Quetta; the police said 30 were hurt.")
    assert cs["Twelve"].according_to != "police"
    assert cs["30"].according_to == "police"


def test_a_source_on_the_figures_own_side_still_speaks_for_it(vocab):
    cs = resolved(vocab, "Police put the crowd in Lyon at 20,000, while organisers said 90,000 marched.")
    assert cs["20,000"].according_to == "police"
    assert cs["90,000"].according_to == "organisers"


def test_an_official_count_and_unofficial_reports_far_apart_are_flagged(vocab, ruleset):
    doc = Document(id="d", source="Wire", published="2022-03-08",
                   text="A blast hit a market in Quetta on Monday. Twenty people were confirmed injured, "
                        "while unofficial reports spoke of at least 75 injured.")
    rules = {f.rule for f in audit([doc], ruleset, vocab).findings if f.severity in ("error", "warning")}
    assert "same-toll-same-day" in rules
