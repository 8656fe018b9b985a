"""Physical units come from the vocabulary (rules/vocabulary/units.yaml): a unit a desk adds
in its own vocabulary file is recognised after a number, with no change to the code."""
from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.errors import ConfigError
from auditor.extract import extract_claims
from auditor.extract.lexicon import lexicon
from auditor.vocabulary import load_vocabulary
from conftest import FIXTURES

VOCAB = FIXTURES / "rules" / "vocabulary"


@pytest.fixture(scope="module")
def desk():
    return load_vocabulary([VOCAB / "furlongs.yaml"])


def _units(text: str, vocab):
    doc = Document(id="d", text=text, source="S", published="2020-02-27")
    return [(c.value, c.unit) for c in extract_claims(doc, vocab)]


def test_a_new_unit_and_a_new_spelling_are_recognised(desk, vocab):
    text = "The convoy drove 12 furlongs and then 30 klicks across the desert."
    assert _units(text, vocab) == [(12, None), (30, None)]
    assert _units(text, desk) == [(12, "furlong"), (30, "kilometer")]


def test_an_exact_word_is_taken_in_its_own_case_only(desk, vocab):
    assert _units("The ferry sailed at 20 kt into the storm.", vocab) == [(20, None)]
    assert _units("The ferry sailed at 20 kt into the storm.", desk) == [(20, "knot")]
    assert _units("The ferry sailed at 20 KT into the storm.", desk) == [(20, None)]


def test_one_way_to_write_two_units_is_an_error(tmp_path):
    f = tmp_path / "clash.yaml"
    f.write_text("units:\n  megaliter: {exact_words: [ML]}\n")
    with pytest.raises(ConfigError, match="unit 'megaliter': 'ML' already names unit 'milliliter'"):
        load_vocabulary([f])


def test_the_unit_table_is_the_vocabulary_file(vocab):
    units = lexicon(vocab).units
    assert units.words == {" ".join(w.lower().split()): name for name, e in vocab.units.items()
                           for w in (*e.words, *e.exact_words)}
    assert units.canonical("Kilometres") == "kilometer" and units.canonical("furlongs") is None


def test_a_unit_pint_does_not_know_is_an_error_at_its_line(tmp_path):
    f = tmp_path / "typo.yaml"
    f.write_text("units:\n  furlongg: {words: [furlongs]}\n")
    with pytest.raises(ConfigError, match=r"typo.yaml:2:3: unit 'furlongg' is not a unit pint knows"):
        load_vocabulary([f])
