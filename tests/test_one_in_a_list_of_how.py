""""one" with no noun after it, in a list that tells how or who of a count before it in the
sentence ("two guards died, one by gunfire and one who fell"; "three bodies were found; one was a
teacher") is a pronoun, no toll of its own. Real counts of one stay: "One person died", "one by
Muda" (seats won by a party), "and one in Kaduna" (a place), "and one was killed"."""
from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.extract import extract_claims


def values(text: str, vocab) -> list[float | None]:
    return [c.value for c in extract_claims(Document(id="t", text=text), vocab)]


@pytest.mark.parametrize("text,expected", [
    ("Two guards died in Mombasa, one by gunfire and one who fell from the wall.", [2]),
    ("Three bodies were found near Davao; one was a teacher and another a farmer.", [3]),
    ("Five climbers were hurt on Kilimanjaro: one in a fall, and one after a rockslide.", [5]),
])
def test_one_telling_how_or_who_is_no_count(text, expected, vocab):
    assert values(text, vocab) == expected


@pytest.mark.parametrize("text,expected", [
    ("One person died in the Harare fire.", [1]),
    ("The alliance won 40 seats, with six more won by the DPP and one by Muda.", [40, 6, 1]),
    ("Floods killed 12 in Kano and one in Kaduna.", [12, 1]),
    ("Two people were hurt in Quetta, and one was killed.", [2, 1]),
])
def test_a_count_of_one_stays(text, expected, vocab):
    assert values(text, vocab) == expected
