"""A source the vocabulary writes in capitals is named only in capitals: "who" is a pronoun,
not the World Health Organization; "us" is not the United States."""
from __future__ import annotations

from auditor.documents import Document
from auditor.resolve import claims_of


def _sources(text, vocab):
    return {c.text: (c.according_to, c.source_chain) for c in claims_of(Document("d", text, "Desk", "2023-08-14"),
                                                                        vocab)}


def test_a_relative_pronoun_names_no_source(vocab):
    got = _sources("The 318 fans who waited past midnight got autographs.", vocab)
    assert got["318"] == (None, "Desk")


def test_the_acronym_in_capitals_still_names_it(vocab):
    got = _sources("The WHO said 318 people had been infected.", vocab)
    assert got["318"][0] is not None and got["318"][1] != "Desk"
