""""since" and a time right after a tenure ("the party, in power since 2014,", "the county he has represented
as a senator since 2014"): the start of someone's time in office, an event of a thing's own history, not
the start of the period the sentence's figures count; so neither the figures nor the paragraph's frame
take it (tenure_words). Over the real-text dev sets this span dated election figures 0 right / 9 wrong.
"since" after no tenure keeps opening the figures' period. Sentences are our own."""

from __future__ import annotations

from auditor.documents import Document
from auditor.extract import extract_claims


def _whens(text: str, vocab, published: str = "2024-06-14") -> dict[str, tuple[str | None, str | None]]:
    return {c.text: (c.when_start, c.when_end)
            for c in extract_claims(Document(id="t", text=text, published=published), vocab)}


# -- a tenure's start dates no figure -------------------------------------------------------------------

def test_a_party_in_power_since_a_year_gives_its_seats_no_period(vocab):
    w = _whens("The Liberal party, in power since 2015, won 41 of the 90 seats.", vocab)
    assert w["41"] == (None, None)


def test_a_seat_represented_since_a_year_gives_its_votes_no_period(vocab):
    w = _whens("Turnout was highest in the northern district, which she has represented as a deputy since "
               "2019: 88,412 voters.", vocab)
    assert w["88,412"] == (None, None)


def test_a_tenure_sets_no_frame_for_the_sentences_after(vocab):
    w = _whens("The mayor, in office since 2018, took the most votes. Her list won 23 seats.", vocab)
    assert w["23"] == (None, None)


# -- "since" that opens the figures' period -------------------------------------------------------------

def test_a_toll_since_a_month_keeps_its_period(vocab):
    w = _whens("Cholera has killed 140 people in the country since October 2023.", vocab)
    assert w["140"] == ("2023-10-01", "2024-06-14")


def test_since_a_year_with_no_tenure_keeps_its_period(vocab):
    w = _whens("Since 2015 the party has won 41 by-elections.", vocab)
    assert w["41"] == ("2015-01-01", "2024-06-14")
