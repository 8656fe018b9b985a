"""The increment mechanism of resolve (``_is_increment``): "N more" drops a figure's key as an
addition only when what it adds to is a figure of its own measure; after a figure of another
measure, in its sentence or the one before, "more" counts others (fixC2, measured over the events
dev sets with benchmarks/key_mechanisms.py)."""

from __future__ import annotations

from conftest import resolved_by_text


def test_more_after_a_toll_in_the_sentence_before_counts_the_injured(vocab):
    claims = resolved_by_text(vocab, "The ferry fire in Dhaka killed 42 people, police said. Nearly 130 more "
                                     "people were hurt, many of them with burns.", "2024-03-02")
    assert claims["Nearly 130"].measure == "injured"
    assert claims["Nearly 130"].quantity is not None


def test_more_after_a_wounded_count_counts_other_wounded_in_one_sentence_still(vocab):
    claims = resolved_by_text(vocab, "The mortar strike killed 17 and 25 more were wounded in the market.",
                              "2024-03-02")
    assert claims["25"].quantity is not None


def test_more_of_the_same_measure_in_the_sentence_before_is_still_an_addition(vocab):
    claims = resolved_by_text(vocab, "The storm killed 31 people in the valley, officials said. Six more "
                                     "people died in hospital.", "2024-03-02")
    assert claims["Six"].quantity is None


def test_more_with_no_figure_before_is_an_addition(vocab):
    claims = resolved_by_text(vocab, "Divers found four more bodies in the river.", "2024-03-02")
    assert claims["four"].quantity is None


def test_more_added_today_after_another_measure_is_still_an_addition(vocab):
    claims = resolved_by_text(vocab, "The number of dead from the mine collapse reached 88. Fourteen more "
                                     "miners were pulled out alive today.", "2024-03-02")
    assert claims["Fourteen"].quantity is None


def test_more_with_the_total_it_adds_to_after_another_measure_is_still_an_addition(vocab):
    claims = resolved_by_text(vocab, "Police said 14 suspects had been detained. Divers recovered three more "
                                     "bodies on Tuesday, bringing the death toll to 61.", "2024-03-02")
    assert claims["three"].quantity is None
