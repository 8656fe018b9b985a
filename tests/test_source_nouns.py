"""A source noun names a source as a word of its own: "a bodyguard said" is no "guard"."""
from __future__ import annotations

from auditor.documents import Document
from auditor.resolve import claims_of


def _said(text, vocab):
    return {c.text: c.according_to for c in claims_of(Document("d", text, "Desk", "2023-08-14"), vocab)}


def test_a_source_noun_inside_a_longer_word_names_nothing(vocab):
    assert _said("Three people were hurt in the crush, a bodyguard said.", vocab)["Three"] is None


def test_the_noun_as_a_word_of_its_own_still_names_the_source(vocab):
    assert _said("Three people were hurt in the crush, a guard said.", vocab)["Three"] == "guard"
    assert _said("The coastguard said it had rescued 212 people.", vocab)["212"] == "coastguard"


def test_who_gave_a_rival_figure_is_its_source_not_what_it_counts(vocab):
    text = ("Teachers joined a march against the closures on Tuesday. The union put the Lyon march at 90,000, "
            "while the police headquarters gave 21,000.")
    cs = {c.text: c for c in claims_of(Document("d", text, "Desk", "2023-08-14"), vocab)}
    assert cs["21,000"].according_to == "police"
    assert cs["21,000"].thing != "police"
    assert cs["21,000"].quantity == cs["90,000"].quantity


def test_a_prefecture_that_counts_a_crowd_is_a_source(vocab):
    assert _said("In Rennes the prefecture counted 8,500 marchers.", vocab)["8,500"] == "prefecture"


def test_a_source_named_by_its_acronym_keeps_it_beside_a_rivals_known_source(vocab):
    said = _said("The CGT put the Lyon march at more than 90,000, while the police gave 21,000.", vocab)
    assert said["more than 90,000"] == "CGT"
    assert said["21,000"] == "police"


def test_the_outlet_a_source_speaks_to_is_not_the_source(vocab):
    from auditor.documents import Document
    from auditor.resolve import claims_of
    [told] = claims_of(Document(id="d", text="At least 30 people died in the raids, a doctor told AFP.",
                                source="Daily", published="2024-03-05"), vocab)
    assert told.according_to != "AFP"
    [reported] = claims_of(Document(id="d", text="The raids killed 30 people, AFP reported.",
                                    source="Daily", published="2024-03-05"), vocab)
    assert reported.according_to == "AFP"


def test_a_broadcaster_or_a_newspaper_is_a_source(vocab):
    assert _said("The broadcaster estimated that some 52,000 people protested.", vocab)["some 52,000"] == "broadcaster"
    assert _said("The newspaper reported 14 deaths on Sunday.", vocab)["14"] == "newspaper"
