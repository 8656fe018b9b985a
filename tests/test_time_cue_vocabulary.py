"""The time cue words of extraction are word lists of rules/vocabulary/context.yaml, compiled once per vocabulary,
so a desk adds its own: the words between a figure and a base of comparison after it (sentence_index.BaseGaps:
earlier_gap_links, earlier_gap_directions, own_base_gap_stops) and the words that make a time a base of
comparison (when.TimeCues). Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

from auditor.extract.sentence_index import base_gaps, time_cues
from auditor.extract.when import time_expressions
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


# when.TimeCues: the words that make a time a base of comparison (base_links, than_comparatives, equative_words,
# beside_words, same_period_nouns, base_change_verbs, base_change_nouns)
PUB = dt.date(2024, 6, 20)


def _bases(vocab, text: str) -> dict[str, bool]:
    return {text[t.start:t.end]: t.base for t in time_expressions(text, 0, len(text), PUB, cues=time_cues(vocab))}


def test_a_time_after_a_link_word_is_a_base_of_comparison(vocab):
    assert _bases(vocab, "Orders reached 5,000 in May, compared with April 2023.")["April 2023"] is True
    assert _bases(vocab, "Orders reached 5,000 in May, 12% above April 2023.")["April 2023"] is True
    assert _bases(vocab, "Orders were up 8 per cent on March 2023.")["March 2023"] is True
    assert _bases(vocab, "Orders reached 5,000 in May, as in April 2023.")["in April 2023"] is False
    assert _bases(vocab, "Orders reached 5,000 in May and rose again in April 2023.")["in April 2023"] is False


def test_the_built_in_words_are_read_without_a_vocabulary(vocab):
    text = "Orders reached 5,000 in May, compared with April 2023."
    assert [t.base for t in time_expressions(text, 0, len(text), PUB)] == list(_bases(vocab, text).values())


def test_a_desk_adds_a_base_link(tmp_path, vocab):
    text = "Orders reached 5,000 in May, contrasted with April 2023."
    assert _bases(vocab, text)["April 2023"] is False
    assert _bases(_desk(tmp_path, "base_links", "contrasted with"), text)["April 2023"] is True


def test_a_desk_adds_a_word_a_figure_is_set_beside(tmp_path, vocab):
    text = "Orders reached 5,000 in May, 12% beyond April 2023."
    assert _bases(vocab, text)["April 2023"] is False
    assert _bases(_desk(tmp_path, "beside_words", "beyond"), text)["April 2023"] is True


def test_a_desk_adds_a_verb_of_a_change_measured_on_a_time(tmp_path, vocab):
    text = "Orders widened 8 per cent on March 2023."
    assert _bases(vocab, text)["March 2023"] is False
    assert _bases(_desk(tmp_path, "base_change_verbs", "widened"), text)["March 2023"] is True


def _spans(vocab, text: str) -> list[tuple[dt.date, dt.date]]:
    return [(t.when_start, t.when_end) for t in time_expressions(text, 0, len(text), PUB, cues=time_cues(vocab))]


def test_a_change_between_two_months_is_the_later_months_move(tmp_path, vocab):
    march = (dt.date(2024, 3, 1), dt.date(2024, 3, 31))
    assert _spans(vocab, "Prices rose 1.1% between February and March.") == [march]
    assert _spans(vocab, "Prices were studied between February and March.") == [(dt.date(2024, 2, 1), march[1])]
    text = "The gap widened 1.1% between February and March."
    assert _spans(vocab, text) == [(dt.date(2024, 2, 1), march[1])]
    assert _spans(_desk(tmp_path, "between_change_verbs", "widened"), text) == [march]
