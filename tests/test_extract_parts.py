"""Parts linked to their whole: after a cue ("including", "among them") and
along the list that follows it ("including three children and five women")."""
from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.extract import extract_claims


def parts(text: str, vocab) -> dict[str, str | None]:
    """Each claim's text → the text of the claim it is a part of."""
    found = extract_claims(Document(id="d", text=text, published="2020-02-27T12:00:00"), vocab)
    by_id = {c.id: c for c in found}
    return {c.text: by_id[c.part_of].text if c.part_of else None for c in found}


@pytest.mark.parametrize("text, expected", [
    ("Seven civilians, including three children and two women, were killed on Thursday.",
     {"Seven": None, "three": "Seven", "two": "Seven"}),
    ("At least 40 people died, among them 12 soldiers, 9 children and 3 doctors.",
     {"At least 40": None, "12": "At least 40", "9": "At least 40", "3": "At least 40"}),
    ("Rescuers found 25 bodies, including 10 women, and 30 people were wounded.",
     {"25": None, "10": "25", "30": None}),
    ("Seven civilians, including three children. Two women were also hurt.",
     {"Seven": None, "three": "Seven", "Two": None}),
    ("Seven civilians were killed and 12 wounded.", {"Seven": None, "12": None}),
])
def test_parts_follow_the_cue_and_its_list(vocab, text, expected):
    assert parts(text, vocab) == expected


def test_a_listed_part_takes_the_wholes_measure(vocab):
    found = extract_claims(Document(id="d", text="Seven civilians, including three children and two women, "
                                    "were killed on Thursday.", published="2020-02-27T12:00:00"), vocab)
    assert [(c.text, c.measure) for c in found] == [("Seven", "killed"), ("three", "killed"), ("two", "killed")]
