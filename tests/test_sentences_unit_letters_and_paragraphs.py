"""Sentence ends after a letter glued to a figure ("minus 9C.") and at a blank line; initials
("J. Smith") stay inside their sentence. Sentences written for these tests."""
from __future__ import annotations

import pytest

from auditor.extract.sentences import sentence_starts


def split(text: str) -> list[str]:
    starts = sentence_starts(text)
    return [text[a:b].strip() for a, b in zip(starts, starts[1:] + [len(text)])]


@pytest.mark.parametrize("text,parts", [
    ("Night temperatures fell to minus 9C. The operator said 3,720 homes were cut off.",
     ["Night temperatures fell to minus 9C.", "The operator said 3,720 homes were cut off."]),
    ("The high was 41.3F. Forecasters expect rain.", ["The high was 41.3F.", "Forecasters expect rain."]),
    ("The survey was led by J. Smith of the institute.", ["The survey was led by J. Smith of the institute."]),
    ("It was signed by Gen. Mara Oduya on Friday.", ["It was signed by Gen. Mara Oduya on Friday."]),
    # a blank line ends a paragraph and its sentence, whatever the word before the point
    ("The report was written by Anna K.\n\nIt runs to 40 pages.", ["The report was written by Anna K.",
                                                                  "It runs to 40 pages."]),
])
def test_sentence_ends(text, parts):
    assert split(text) == parts
