"""Counts beside a toll that are not the toll: those aboard, the survivors, the buried, the identified
(measures.yaml), and "number" as a verb, which names no tally to carry a measure from."""
from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.resolve import claims_of


def _measures(text: str, vocab) -> list[tuple[str, str | None]]:
    doc = Document(id="d", text=text, source="S", published="2023-06-16")
    return [(c.text, c.measure) for c in claims_of(doc, vocab)]


@pytest.mark.parametrize("text, expected", [
    ("At least 78 people died. Around 750 people had been aboard the trawler.",
     [("At least 78", "killed"), ("Around 750", "aboard")]),
    ("The ferry had 320 passengers on board when it sank; 41 were killed.",
     [("320", "aboard"), ("41", "killed")]),
    ("At least 78 people died. Survivors still number 104, the coastguard said.",
     [("At least 78", "killed"), ("104", "survived")]),
    ("The toll reached 2,862. Some 2,854 victims have been buried so far.",
     [("2,862", "killed"), ("Some 2,854", "buried")]),
    ("At least 96 people died, but only 61 have been identified so far.",
     [("At least 96", "killed"), ("61", "identified")]),
    # a measure's noun that speaks gives the figure no measure ("Survivors said ...")
    ("Survivors said around 320 people had been aboard the ferry.", [("around 320", "aboard")]),
    ("The injured said 12 people had died in the crush.", [("12", "killed")]),
    # ... but a measure in a relative clause before "said" is still the figure's
    ("Witnesses who were on board said there had been more than 700 people.", [("more than 700", "aboard")]),
    # "fallen ill" is an illness, not a fall
    ("Health officials said 212 people have fallen ill since June 2.", [("212", "infected")]),
])
def test_counts_beside_a_toll_keep_their_own_measure(vocab, text, expected):
    assert _measures(text, vocab) == expected


def test_a_tally_named_as_a_noun_still_lends_its_measure(vocab):
    text = "At least 78 people died. The number of victims was later put at 81."
    assert _measures(text, vocab)[-1] == ("81", "killed")
