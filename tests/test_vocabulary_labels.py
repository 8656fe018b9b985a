"""Label words come from the vocabulary (rules/vocabulary/labels.yaml): a number after a label
word a desk adds in its own vocabulary file names something, and is no claim."""
from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.extract import extract_claims
from auditor.extract.lexicon import lexicon
from auditor.extract.nonclaims import not_a_claim
from auditor.vocabulary import load_vocabulary
from conftest import FIXTURES


@pytest.fixture(scope="module")
def desk():
    return load_vocabulary([FIXTURES / "rules" / "vocabulary" / "wards.yaml"])


def _values(text: str, vocab):
    doc = Document(id="d", text=text, source="S", published="2020-02-27")
    return [c.value for c in extract_claims(doc, vocab)]


def test_a_new_label_word_names_the_number_after_it(desk, vocab):
    text = "Patients in Ward 12 said 30 nurses had quit."
    assert 12 in _values(text, vocab)
    assert _values(text, desk) == [30]


def test_a_label_word_is_taken_in_its_own_case(desk):
    assert 12 in _values("The hospital has 12 ward beds and 30 nurses.", desk)


def test_a_new_lower_case_label_word_in_tokenised_text(desk, vocab):
    text = "the ferry at berth 7 carried 300 passengers ."
    assert 7 in _values(text, vocab)
    assert _values(text, desk) == [300]


def test_the_builtin_labels_are_the_vocabulary_file(vocab):
    assert "Resolution" in vocab.words("label_words", keep_case=True)
    labels = lexicon(vocab).labels
    assert labels.before.search("under Resolution ") and labels.before.search("No ")
    text = "Resolution 2254 was adopted."
    assert not_a_claim(text, 11, 15, "2254", 2254, False, False) == "reference label"
