"""Figures beside a toll that are not a toll: an exception to a group ("all the hikers died of cold
except one, who was hit by a falling rock") and people treated ("treated more than 2,000 pilgrims for
heat exhaustion but gave no figure for deaths"): neither may be set against the dead."""
from __future__ import annotations

from auditor.audit import audit
from auditor.documents import Document
from auditor.resolve import claims_of


def _claims(text, vocab):
    return {c.text: c for c in claims_of(Document("d", text, "Desk", "2024-06-19"), vocab)}


def test_an_exception_to_a_group_keeps_no_quantity(vocab):
    assert _claims("Officials said all the hikers had died of cold except one, who was hit by a falling "
                   "rock.", vocab)["one"].quantity is None
    assert _claims("All but two of the 40 miners were rescued.", vocab)["two"].quantity is None
    # the group's own figure still counts
    assert _claims("All but two of the 40 miners were rescued.", vocab)["40"].quantity is not None


def test_people_treated_are_not_the_dead_named_later_in_the_sentence(vocab):
    c = _claims("The authorities said they had treated more than 2,000 pilgrims for heat exhaustion but gave "
                "no figure for deaths.", vocab)["more than 2,000"]
    assert c.measure == "treated"


def test_neither_is_set_against_a_toll(vocab, ruleset):
    doc = Document("d", "At least 550 pilgrims died in the heat, diplomats said. One of them said all the "
                        "Egyptians had died of heat stroke except one, who was crushed. The authorities said "
                        "they had treated more than 2,000 pilgrims for heat exhaustion but gave no figure for "
                        "deaths.", "Desk", "2024-06-19")
    assert not [f for f in audit([doc], ruleset, vocab).findings if f.severity in ("error", "warning")]
