"""A word that names money and a unit ("pounds") is the unit only where the sentence speaks of it
(units.yaml ``cued_words`` and ``cues``), and a full stop after a unit is the unit's only where
the sentence goes on."""
from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.errors import ConfigError
from auditor.extract import extract_claims
from auditor.vocabulary import load_vocabulary


def _units(text: str, vocab) -> list[tuple[str, str | None]]:
    doc = Document(id="d", text=text, source="S", published="2024-03-05")
    return [(c.text, c.unit) for c in extract_claims(doc, vocab)]


@pytest.mark.parametrize("text, expected", [
    ("The parcel weighed 5 pounds.", [("5 pounds", "pound")]),
    ("The catch, about 300 pounds (136 kg), was landed at dawn.",
     [("about 300 pounds", "pound"), ("136 kg", "kilogram")]),
    ("He lost 20 pounds in a month.", [("20 pounds", "pound")]),
    # money: no word of weight in the sentence
    ("A ticket cost 5 pounds.", [("5 pounds", "GBP")]),
    ("The fine was 200 pounds.", [("200 pounds", "GBP")]),
    # a cue in the sentence before or after is not this sentence's
    ("The parcel weighed 5 kg. A ticket cost 5 pounds. The baby weighed 3 kg.",
     [("5 kg", "kilogram"), ("5 pounds", "GBP"), ("3 kg", "kilogram")]),
])
def test_pounds_are_a_weight_only_where_the_sentence_weighs(vocab, text, expected):
    assert _units(text, vocab) == expected


def test_a_desk_adds_a_cue(vocab, tmp_path):
    extra = tmp_path / "cues.yaml"
    extra.write_text("extend:\n  units:\n    pound: {cues: [parcel]}\n")
    desk = load_vocabulary([extra])
    text = "A parcel of 5 pounds went missing."
    assert _units(text, vocab) == [("5 pounds", "GBP")]
    assert _units(text, desk) == [("5 pounds", "pound")]


def test_cued_words_without_cues_is_a_load_error(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("units:\n  stone: {words: [st], cued_words: [stones]}\n")
    with pytest.raises(ConfigError, match="cued_words need cues"):
        load_vocabulary([bad])


@pytest.mark.parametrize("text, expected", [
    ("The fish weighed 4 ounces.", "4 ounces"),          # the sentence's full stop
    ("The fire burned 11,950 hectares.", "11,950 hectares"),
    ("The truck carried 5 kg. A second truck was empty.", "5 kg"),
    ("Add 4 oz. of butter.", "4 oz."),                    # an abbreviation's: the sentence goes on
    ("The wall is 30 ft. high.", "30 ft."),
])
def test_a_full_stop_after_a_unit_is_the_unit_s_only_where_the_sentence_goes_on(vocab, text, expected):
    assert [t for t, _ in _units(text, vocab)] == [expected]
