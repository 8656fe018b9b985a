"""A desk's vocabulary extends the built-ins (Vale-style): add, extend, replace, remove."""
from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.errors import ConfigError
from auditor.extract import extract_claims
from auditor.vocabulary import load_vocabulary
from conftest import FIXTURES

VOCAB = FIXTURES / "rules" / "vocabulary"


@pytest.fixture(scope="module")
def desk():
    return load_vocabulary([VOCAB / "desk.yaml"])


def test_new_entries_are_added(desk):
    assert desk.measures["shelled"].cumulative
    assert desk.thing_ancestors("medics") == ["medics", "civilians", "people"]


def test_extend_appends_to_a_builtin_entry_without_copying_it(desk, vocab):
    assert desk.measures["killed"].words == vocab.measures["killed"].words + ["martyred", "martyrs"]
    assert desk.measures["killed"].cumulative is True
    assert "conscripts" in desk.things["soldiers"].words and desk.things["soldiers"].parent == "military"
    assert desk.canonical_place("Edlib") == "Idlib" and desk.canonical_place("Idleb") == "Idlib"


def test_remove_drops_a_builtin_entry(desk, vocab):
    assert "Hatay governor" in vocab.sources and "Hatay governor" not in desk.sources


def test_the_builtins_are_untouched_by_a_desk_file(vocab):
    assert "martyred" not in vocab.measures["killed"].words and "shelled" not in vocab.measures


def test_a_known_name_replaces_the_entry():
    v = load_vocabulary([VOCAB / "replace.yaml"])
    assert v.things["children"].parent == "people" and v.things["children"].words == ["children", "minors"]


def test_extraction_uses_the_extended_vocabulary(desk):
    doc = Document(id="d", text="Five medics were martyred in Edlib on Thursday.", source="S",
                   published="2020-02-27")
    [c] = extract_claims(doc, desk)
    assert (c.value, c.thing_class, c.measure, c.where) == (5, "medics", "killed", "Idlib")


def test_files_apply_in_order_later_ones_see_earlier_ones(tmp_path):
    later = tmp_path / "later.yaml"
    later.write_text("extend:\n  measures:\n    shelled:\n      words: [pounded]\n")
    v = load_vocabulary([VOCAB / "desk.yaml", later])
    assert v.measures["shelled"].words == ["shelled", "shelling", "bombarded", "pounded"]


@pytest.mark.parametrize("name, position, message", [
    ("extend-unknown.yaml", (3, 5), "measures: no entry 'kiled' to change (did you mean 'killed'?) "
                                    "(entries come from the built-ins and earlier --vocabulary files)"),
    ("remove-unknown.yaml", (2, 12), "places: no entry 'Idleb' to change (did you mean 'Idlib'?) "
                                     "(entries come from the built-ins and earlier --vocabulary files)"),
    ("extend-bad-field.yaml", (4, 7), "unknown key 'word' (did you mean 'words'?)"),
    ("unknown-parent.yaml", (2, 3), "thing 'medics' has unknown parent 'civilian' (did you mean 'civilians'?)"),
    ("unknown-section.yaml", (1, 1), "unknown key 'measurse' (did you mean 'measures'?)"),
])
def test_vocabulary_errors_point_at_the_line(name, position, message):
    with pytest.raises(ConfigError) as info:
        load_vocabulary([VOCAB / name])
    assert (info.value.path, (info.value.line, info.value.col), info.value.message) == \
        (str(VOCAB / name), position, message)
