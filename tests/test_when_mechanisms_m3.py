"""Two carrying mechanisms of ``when`` made to abstain where they were wrong more often than right on real
text (benchmarks/when_mechanisms.py): a span counted back from publication ("over twelve months", "in the
past two weeks") is its own sentence's window and is not carried to the rates and amounts of the sentences
after it (``when.counted_back``, the period named before in extract/__init__.py); a time still to come
("the 2026 season", published in 2024) that dates one figure of a sentence does not hold for its other
figures, nor set the paragraph's frame (extract/time_frame.py). Sentences are our own."""

from __future__ import annotations

from auditor.documents import Document
from auditor.extract import extract_claims


def _whens(text: str, vocab, published: str) -> dict[str, tuple[str | None, str | None]]:
    claims = extract_claims(Document(id="t", text=text, published=published), vocab)
    return {c.text: (c.when_start, c.when_end) for c in claims}


# -- a span counted back from publication: its own sentence's, carried no further --------------------

def test_a_twelve_month_window_does_not_date_the_next_sentences_rate(vocab):
    w = _whens("Consumer prices rose 0.2 percent in October 2020 from September. Over twelve months prices "
               "climbed 2.6 percent. Core inflation edged up 0.1 percent over the month.", vocab, "2020-11-09")
    assert w["2.6 percent"] == ("2019-11-09", "2020-11-09")        # its own sentence keeps its window
    assert w["0.1 percent"] == ("2020-10-01", "2020-10-31")        # the month named before, not the window


def test_the_past_two_weeks_leave_the_month_named_before_to_the_next_sentence(vocab):
    w = _whens("Shares rose 3 percent in March. In the past two weeks the index gained 4 percent. "
               "Bank stocks added 1.5 percent.", vocab, "2021-04-10")
    assert w["4 percent"] == ("2021-03-27", "2021-04-10")
    assert w["1.5 percent"] == ("2021-03-01", "2021-03-31")


def test_a_counted_back_span_still_dates_the_figures_of_its_own_sentence(vocab):
    w = _whens("In 2023 the port handled 4.1 million tonnes. Over the past three years it invested "
               "$80 million, and its revenue rose 6 percent.", vocab, "2024-02-01")
    assert w["$80 million"] == ("2021-02-01", "2024-02-01")
    assert w["6 percent"] == ("2021-02-01", "2024-02-01")


def test_a_named_period_still_carries_to_the_next_sentences_rate(vocab):
    w = _whens("In the second quarter of 2022 exports rose 4.2 percent. Imports fell 1.1 percent.",
               vocab, "2022-08-15")
    assert w["1.1 percent"] == ("2022-04-01", "2022-06-30")


# -- a time still to come: holds for no other figure, sets no frame ----------------------------------

def test_a_season_to_come_does_not_date_the_counts_reported_beside_it(vocab):
    w = _whens("The league confirmed that the 2026 season will add two teams. The club sold 12,000 season "
               "tickets and earned $4 million from them.", vocab, "2024-05-02")
    assert w["12,000"] == (None, None)


def test_a_final_to_come_does_not_frame_the_scores_of_the_match(vocab):
    w = _whens("The Falcons beat the Rovers by 9 runs on Tuesday and booked a place at the 2026 finals. "
               "Set 140 to win, the Rovers slumped to 31-4 before Ali Khan (38) and Sam Diaz (21) steadied "
               "them.", vocab, "2025-03-06")
    assert w["9"] == ("2025-03-04", "2025-03-04")
    assert w["140"][0] != "2026-01-01"


def test_the_match_day_still_frames_the_scores_after_it(vocab):
    w = _whens("The Falcons beat the Rovers by 9 runs on Tuesday and booked a place at the 2026 finals. "
               "Set 140 to win, the Rovers slumped to 31-4.", vocab, "2025-03-06")
    assert w["140"] == ("2025-03-04", "2025-03-04")


def test_a_past_time_still_holds_for_the_other_figures_of_its_sentence(vocab):
    w = _whens("In 2021 the club sold 9,000 season tickets. Its stadium drew 310,000 fans and it earned "
               "$2 million.", vocab, "2022-05-02")
    assert w["310,000"] == ("2021-01-01", "2021-12-31")
    assert w["$2 million"] == ("2021-01-01", "2021-12-31")
