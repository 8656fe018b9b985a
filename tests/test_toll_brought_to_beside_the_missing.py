"""A toll a count of more victims brings to N is a toll, not the measure of the clause after it
("..., with 30 people still missing"). Sentences written for these tests."""
from __future__ import annotations

from conftest import resolved_by_text


def resolved(vocab, text, published="2022-09-14T12:00:00"):
    return resolved_by_text(vocab, text, published)


def test_a_toll_brought_to_a_figure_keeps_its_measure_before_the_missing(vocab):
    cs = resolved(vocab, "Divers found 12 more victims near Bergen, taking the toll to 97, "
                         "with 30 people still missing.")
    assert cs["97"].measure == "killed"
    assert cs["30"].measure == "missing"


def test_an_anaphor_still_takes_its_own_verb(vocab):
    cs = resolved(vocab, "Four police officers died in Bergen and 11 others were wounded.")
    assert cs["11"].measure == "injured"
