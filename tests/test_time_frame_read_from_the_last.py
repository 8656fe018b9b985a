"""The time frame read from the last sentence back (extract/time_frame.py, ``_last_decided``): the
frame a run of sentences leaves is the last deciding sentence's, so the sentences before it are not
read; the frame must be the one a reading first to last gives. Sentences are our own."""

from __future__ import annotations

from auditor.documents import Document
from auditor.extract import extract_claims, time_frame


def _whens(text: str, vocab, published: str = "2024-06-14") -> dict[str, tuple[str | None, str | None, bool]]:
    claims = extract_claims(Document(id="t", text=text, published=published), vocab)
    return {c.text: (c.when_start, c.when_end, c.when_carried) for c in claims}


def test_the_last_dated_sentence_of_a_run_sets_the_frame(vocab):
    w = _whens("The dairy was founded long ago. Its herd grew in 2019. Heavy rain fell on the valley in 2021. "
               "Farmhands milked 310 cows.", vocab)
    assert w["310"] == ("2021-01-01", "2021-12-31", True)


def test_a_sentence_naming_no_time_after_a_dated_one_keeps_its_frame(vocab):
    w = _whens("Heavy rain fell on the valley in 2021. The roofs are green. The gates are painted. "
               "Farmhands milked 310 cows.", vocab)
    assert w["310"] == ("2021-01-01", "2021-12-31", True)


def test_a_present_after_a_dated_sentence_ends_the_frame(vocab):
    w = _whens("Heavy rain fell on the valley in 2021. The herd now grazes on the hill. Farmhands milked 310 cows.",
               vocab)
    assert w["310"][2] is False


def test_a_dated_sentence_after_a_present_sets_the_frame_again(vocab):
    w = _whens("The herd now grazes on the hill. Heavy rain fell on the valley in 2021. Farmhands milked 310 cows.",
               vocab)
    assert w["310"] == ("2021-01-01", "2021-12-31", True)


def test_a_dated_figure_sentence_then_a_dated_figureless_one_the_later_wins(vocab):
    w = _whens("In 2020 the dairy sold 9,000 litres. Heavy rain fell on the valley in 2021. Farmhands milked 310 cows.",
               vocab)
    assert w["310"] == ("2021-01-01", "2021-12-31", True)


def test_a_dated_figure_sentence_after_a_dated_figureless_one_the_later_wins(vocab):
    w = _whens("Heavy rain fell on the valley in 2021. In 2022 the dairy sold 9,000 litres. Farmhands milked 310 cows.",
               vocab)
    assert w["310"] == ("2022-01-01", "2022-12-31", True)


def test_a_statement_day_after_a_dated_sentence_ends_the_frame(vocab):
    w = _whens("Heavy rain fell on the valley in 2021. The ministry said on Friday that roads were shut. "
               "Farmhands milked 310 cows.", vocab)
    assert w["310"][2] is False


def test_the_sentences_before_the_deciding_one_are_not_read(vocab, monkeypatch):
    read: list[int] = []
    real = time_frame.time_expressions

    def counting(text, start, end, *args, **kwargs):
        read.append(start)
        return real(text, start, end, *args, **kwargs)

    monkeypatch.setattr(time_frame, "time_expressions", counting)
    text = ("The dairy was founded long ago. Its herd grew in 2019. Heavy rain fell on the valley in 2021. "
            "Farmhands milked 310 cows.")
    w = _whens(text, vocab)
    assert w["310"] == ("2021-01-01", "2021-12-31", True)
    assert text.index("The dairy") not in read and text.index("Its herd") not in read
    assert text.index("Heavy rain") in read
