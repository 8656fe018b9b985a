"""The words between a figure and a base of comparison after it (sentence_index.BaseGaps) are word lists of
rules/vocabulary/context.yaml (earlier_gap_links, earlier_gap_directions, own_base_gap_stops), compiled once per
vocabulary, so a desk adds its own. Sentences written for these tests."""
from __future__ import annotations

from auditor.extract.sentence_index import base_gaps
from auditor.vocabulary import load_vocabulary


def _desk(tmp_path, name: str, word: str):
    (tmp_path / "desk.yaml").write_text(f"extend: {{word_lists: {{{name}: {{words: [{word}]}}}}}}\n")
    return load_vocabulary([tmp_path / "desk.yaml"])


def _earlier(vocab, after: str) -> bool:
    return base_gaps(vocab).earlier_after.match(after) is not None


def _own_base(vocab, gap: str) -> bool:
    return base_gaps(vocab).own_base_gap.fullmatch(gap) is not None


def test_an_earlier_time_after_a_figure_is_its_own_unless_a_link_word_makes_it_a_base(vocab):
    assert _earlier(vocab, " recorded in the same quarter a year earlier")
    assert _earlier(vocab, " sold the year before")
    assert not _earlier(vocab, " up from a year earlier")
    assert not _earlier(vocab, " more than a year ago")
    assert not _earlier(vocab, " down on the year before")


def test_a_desk_adds_a_link_word_before_an_earlier_time(tmp_path, vocab):
    assert _earlier(vocab, " beside a year earlier")
    desk = _desk(tmp_path, "earlier_gap_links", "beside")
    assert not _earlier(desk, " beside a year earlier")
    assert _earlier(desk, " booked a year earlier")


def test_a_desk_adds_a_direction_word_before_a_year_earlier(tmp_path, vocab):
    assert _earlier(vocab, " better than usual a year earlier") is False     # "than" is a link already
    assert _earlier(vocab, " stronger a year earlier")
    desk = _desk(tmp_path, "earlier_gap_directions", "stronger")
    assert not _earlier(desk, " stronger a year earlier")
    assert _earlier(desk, " stronger the year before")       # directions hold before "a year" only


def test_a_base_after_a_figure_is_its_own_unless_a_stop_word_stands_between(tmp_path, vocab):
    assert _own_base(vocab, " tonnes shipped in the same month ")
    assert _own_base(vocab, " in the ")
    assert not _own_base(vocab, " above the ")
    assert not _own_base(vocab, " twice that of the ")
    assert _own_base(vocab, " beyond the ")
    desk = _desk(tmp_path, "own_base_gap_stops", "beyond")
    assert not _own_base(desk, " beyond the ")
    assert _own_base(desk, " tonnes shipped in the same month ")
