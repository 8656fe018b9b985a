"""A number set off by commas right after one person ("his sister, 35, and her son", "the
driver, 52, was held") is an age, no count: the ``age_apposition_nouns`` of labels.yaml. After
a plural ("the workers, 12, were women") it stays a count."""
from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.extract import extract_claims


def values(text: str, vocab) -> list[float | None]:
    return [c.value for c in extract_claims(Document(id="t", text=text), vocab)]


@pytest.mark.parametrize("text", [
    "Her nephew, 19, and a friend were swept away by the river.",
    "Police said the driver, 47, was arrested at the scene.",
    "A fisherman, 63, who had gone out at dawn, is still missing.",
    "The pilot, 38, both of whose passengers survived, was injured.",
])
def test_an_age_after_a_person_is_no_count(text, vocab):
    assert values(text, vocab) == []


def test_the_count_beside_an_age_stays(vocab):
    assert values("His wife, 44, and 12 other villagers were rescued.", vocab) == [12]


def test_a_number_after_a_plural_stays_a_count(vocab):
    assert values("Of the miners, 14, were still trapped on Monday.", vocab) == [14]
