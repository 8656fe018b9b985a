"""The headline check reads how headlines name measures from the vocabulary (measures.yaml:
``headline_word``, ``alike``), so a desk changes it with no change to the code."""
from __future__ import annotations

from auditor.audit import audit
from auditor.documents import Document
from auditor.vocabulary import load_vocabulary
from conftest import FIXTURES

DRAFT = Document(id="d", title="Floods: 300 rescued in the north", source="Desk", published="2024-03-05",
                 text="Soldiers evacuated 420 villagers from the flooded valley on Monday, officials said.")


def _headline_rules(vocab, ruleset):
    return [f.rule for f in audit([DRAFT], ruleset, vocab).findings if f.rule == "headline-matches-body"]


def test_the_builtin_vocabulary_names_the_headline_words_of_measures(vocab):
    assert vocab.measure_entry("killed").headline_word == "dead"
    assert "evacuated" in vocab.measure_entry("displaced").alike


def test_a_desk_makes_two_measures_alike_for_its_headlines(vocab, ruleset):
    assert _headline_rules(vocab, ruleset) == []
    desk = load_vocabulary([FIXTURES / "rules" / "vocabulary" / "rescued-alike.yaml"])
    assert "evacuated" in desk.measure_entry("rescued").alike
    assert _headline_rules(desk, ruleset) == ["headline-matches-body"]
