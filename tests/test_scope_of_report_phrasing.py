"""Scope of figures in phrasings of market, budget, poll and statistics reports that earlier
rules missed: a word of change right before a figure, a restatement after "or", a signed figure
in brackets. Sentences written for these tests (benchmarks/realtext/heldout3 holds the
evaluation set)."""
from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.extract import extract_claims


def claims(text: str, vocab, published: str = "2023-05-10") -> dict[str, object]:
    return {c.text: c for c in extract_claims(Document(id="t", text=text, published=published), vocab)}


def field(text: str, vocab, name: str, published: str = "2023-05-10") -> dict[str, object]:
    return {t: getattr(c, name) for t, c in claims(text, vocab, published).items()}


@pytest.mark.parametrize("text,quote,measure", [
    # "up" and "down" right before a figure, with no verb of their own
    ("Steel shipments were worth 3.2 billion euros, up 4.1 percent from a year earlier.", "4.1 percent", "rose"),
    ("The regional party is down one point to 41% in the survey.", "one", "fell"),
    # ... and they win over a verb farther off in the sentence
    ("Both parties are losing ground: the regional party is down one point to 41%.", "one", "fell"),
    # a noun of change, and a participle of it before "by"
    ("The index ended at 1,204.11, a rise of 31.5 points.", "31.5", "rose"),
    ("The queue has grown by just over two million since.", "just over two million", "rose"),
    # a sign in brackets after a change is the same change as a share
    ("Timber output grew by 12 tonnes (+3.1%) in 2021.", "3.1%", "rose"),
    ("Timber output fell by 12 tonnes (-3.1%) in 2021.", "-3.1%", "fell"),
    # a restatement after "or", with or without a comma, takes the measure of the figure before it
    ("The index closed at 1,234.5, up 45.6 points or 3.8%.", "3.8%", "rose"),
    ("The gauge eased 1.5 points, or 6.2%, to 20.1.", "6.2%", "fell"),
    ("The storm had affected 12,345 families, or 45,678 people, across five regions.", "45,678", "affected"),
])
def test_a_word_of_change_right_before_a_figure(vocab, text, quote, measure):
    assert field(text, vocab, "measure")[quote] == measure


@pytest.mark.parametrize("text,quote", [
    ("The forward put up 16 points and 13 rebounds.", "16"),     # "up" the verb's particle
    ("Renewables made up 75% of the new capacity.", "75%"),
    ("Temperatures hit -5C overnight.", "-5C"),                  # a sign with no bracket
    ("The death toll is up 5 to 42, officials said.", "5"),      # the toll's own measure stays
])
def test_no_change_where_the_word_is_no_change(vocab, text, quote):
    assert field(text, vocab, "measure")[quote] in (None, "killed")


def test_just_over_is_a_lower_bound(vocab):
    c = claims("Orders reached just over 300 in May.", vocab)["just over 300"]
    assert (c.hedge, c.low, c.high, c.low_inclusive) == ("more_than", 300, float("inf"), False)
