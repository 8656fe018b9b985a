"""The hedges written after a number ("29 or more", "29+") or as a sign before it (">= 29") come
from the vocabulary (``after``, ``suffixes``, ``symbols`` in rules/vocabulary/hedges.yaml): a
form a desk adds in its own vocabulary file makes the number the hedge's interval."""
from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.extract import extract_claims
from auditor.vocabulary import load_vocabulary
from conftest import FIXTURES


@pytest.fixture(scope="module")
def desk():
    return load_vocabulary([FIXTURES / "rules" / "vocabulary" / "hedge-forms.yaml"])


def _hedges(text: str, vocab):
    doc = Document(id="d", text=text, source="S", published="2020-02-27")
    return [(c.value, c.hedge, c.low, c.high) for c in extract_claims(doc, vocab)]


def test_a_new_word_after_or_makes_the_hedge(desk, vocab):
    assert _hedges("300 or thereabouts people were evacuated.", vocab)[0][1] is None
    assert _hedges("300 or thereabouts people were evacuated.", desk)[0][:2] == (300, "about")
    assert _hedges("300 or so people were evacuated.", desk)[0][:2] == (300, "about")


def test_a_new_sign_makes_the_hedge(desk, vocab):
    assert _hedges("Casualties: ⩾ 40 people were hurt.", vocab)[0][1] is None
    assert _hedges("Casualties: ⩾ 40 people were hurt.", desk)[0][:3] == (40, "at_least", 40)


def test_the_builtin_forms_are_the_vocabulary_file(vocab):
    assert "more" in vocab.hedges["at_least"].after and "+" in vocab.hedges["at_least"].suffixes
    assert _hedges("29 or fewer people were hurt.", vocab)[0][1] == "at_most"
    assert _hedges("The toll is > 29 people.", vocab)[0][1] == "more_than"


def test_a_hedge_replaced_without_its_forms_leaves_the_number_exact(tmp_path):
    plain = tmp_path / "replace.yaml"
    plain.write_text('hedges:\n  at_least: {phrases: [at least], interval: "[N, inf)"}\n')
    v = load_vocabulary([plain])
    assert _hedges("29 or more people were hurt.", v)[0][1] is None
    assert _hedges("At least 29 people were hurt.", v)[0][1] == "at_least"
