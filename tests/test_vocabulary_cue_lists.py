"""The word lists of titles, publications, non-names and cues (rules/vocabulary/reporting.yaml,
places.yaml, cues.yaml) are what extraction and resolve read: a word a desk adds to one in its
own vocabulary file is found, with no change to the code. One test per list."""
from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.errors import ConfigError
from auditor.extract import extract_claims
from auditor.resolve import resolve_document
from auditor.vocabulary import load_vocabulary
from conftest import FIXTURES


@pytest.fixture(scope="module")
def desk():
    return load_vocabulary([FIXTURES / "rules" / "vocabulary" / "desk-cues.yaml"])


def _claims(text: str, vocab):
    doc = Document(id="d", text=text, source="S", published="2020-02-27")
    return resolve_document(doc, extract_claims(doc, vocab), vocab)


def test_a_new_title_leaves_the_person_as_the_source(desk, vocab):
    text = "Coroner Jane Doe said 12 people died."
    assert [c.according_to for c in _claims(text, vocab)] == ["Coroner Jane Doe"]
    assert [c.according_to for c in _claims(text, desk)] == ["Jane Doe"]


def test_a_full_stop_of_a_title_may_be_left_out(vocab):
    assert [c.according_to for c in _claims("Dr Ana Ruiz said 12 people died.", vocab)] == ["Ana Ruiz"]


def test_a_new_publication_noun_names_its_publisher(desk, vocab):
    text = "The Health Ministry's dashboard showed 40 new cases."
    assert [c.according_to for c in _claims(text, vocab)] == [None]
    assert [c.according_to for c in _claims(text, desk)] == ["Health Ministry"]


def test_a_new_not_name_word_starts_no_place_and_no_source(desk, vocab):
    text = "30 people were arrested in Operation Sandstorm."
    assert [c.where for c in _claims(text, vocab)] == ["Operation Sandstorm"]
    assert [c.where for c in _claims(text, desk)] == [None]
    text = "Everyone said 30 people were arrested."
    assert [c.according_to for c in _claims(text, vocab)] == ["Everyone"]
    assert [c.according_to for c in _claims(text, desk)] == [None]


def test_a_new_not_place_name_is_no_place_but_still_a_source(desk, vocab):
    text = "30 people were arrested in Interpol raids."
    assert [c.where for c in _claims(text, vocab)] == ["Interpol"]
    assert [c.where for c in _claims(text, desk)] == [None]
    assert [c.according_to for c in _claims("Interpol said 30 people were arrested.", desk)] == ["Interpol"]


def test_a_new_change_verb_makes_two_figures_not_a_range(desk, vocab):
    text = "Cases ballooned from 20 to 45 in a week."
    assert [(c.low, c.high) for c in _claims(text, vocab)] == [(20, 45)]
    assert [(c.low, c.high) for c in _claims(text, desk)] == [(20, 20), (45, 45)]


def test_a_new_change_by_verb_makes_a_change_no_statement_of_the_toll(desk, vocab):
    text = "Officials trimmed the death toll by 12 on Monday."
    assert [c.quantity for c in _claims(text, vocab)] == ["somewhere/incident/people/killed"]
    assert [c.quantity for c in _claims(text, desk)] == [None]


def test_a_new_particle_up_verb_makes_up_to_a_level(desk, vocab):
    text = "The bank nudged rates up to 5.5% on Thursday."
    assert [(c.low, c.high) for c in _claims(text, vocab)] == [(float("-inf"), 5.5)]
    assert [(c.low, c.high) for c in _claims(text, desk)] == [(5.5, 5.5)]


def test_a_new_change_noun_makes_a_change(desk, vocab):
    text = "There was a surge of 40 deaths."
    assert [c.quantity for c in _claims(text, vocab)] == ["somewhere/incident/people/killed"]
    assert [c.quantity for c in _claims(text, desk)] == [None]


def test_a_new_money_change_verb_makes_glued_letters_money(desk, vocab):
    text = "The miner sank 6p to 410p."
    assert [c.unit for c in _claims(text, vocab)] == [None, None]
    assert [c.unit for c in _claims(text, desk)] == ["GBP_penny", "GBP_penny"]


def test_a_new_money_cue_makes_a_glued_letter_money(desk, vocab):
    text = "Each bet was 50p."
    assert [(c.value, c.unit) for c in _claims(text, vocab)] == [(50, None)]
    assert [(c.value, c.unit) for c in _claims(text, desk)] == [(50, "GBP_penny")]


def test_a_new_temperature_cue_makes_a_glued_letter_a_degree(desk, vocab):
    text = "A frost of -4c is likely."
    assert [(c.value, c.unit) for c in _claims(text, vocab)] == [(-4, None)]
    assert [(c.value, c.unit) for c in _claims(text, desk)] == [(-4, "degree_Celsius")]


def test_an_unknown_list_is_an_error_with_a_guess(tmp_path):
    f = tmp_path / "typo.yaml"
    f.write_text("extend:\n  word_lists:\n    money_cue: {words: [bet]}\n")
    with pytest.raises(ConfigError, match="did you mean 'money_cues'"):
        load_vocabulary([f])
    f.write_text("word_lists:\n  temperature_cue: {words: [frost]}\n")
    with pytest.raises(ConfigError, match="did you mean 'temperature_cues'"):
        load_vocabulary([f])


def _changes(text: str, vocab):
    doc = Document(id="d", text=text, published="2020-02-27")
    return [(c.text, c.change, c.direction) for c in extract_claims(doc, vocab)]


def test_a_new_rise_word_makes_a_change_upwards(desk, vocab):
    assert _changes("Sales spiked 12% in May.", vocab) == [("12%", "", 0)]
    assert _changes("Sales spiked 12% in May.", desk) == [("12%", "percent", 1)]


def test_a_new_fall_word_makes_a_change_downwards(desk, vocab):
    assert _changes("Exports cratered 8% in May.", vocab) == [("8%", "", 0)]
    assert _changes("Exports cratered 8% in May.", desk) == [("8%", "percent", -1)]


def test_a_new_change_noun_makes_the_figure_after_it_a_change(desk, vocab):
    assert _changes("There was a surge of 40 deaths.", vocab) == [("40", "", 0)]
    assert _changes("There was a surge of 40 deaths.", desk) == [("40", "absolute", 0)]
