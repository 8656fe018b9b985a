from __future__ import annotations

import datetime as dt

import pytest

from auditor.extract.when import time_expressions

PUB = dt.date(2020, 2, 27)   # a Thursday


@pytest.mark.parametrize("text,start,end", [
    ("killed Thursday", "2020-02-27", "2020-02-27"),
    ("killed on Tuesday", "2020-02-25", "2020-02-25"),
    ("at least 42 in February", "2020-02-01", "2020-02-29"),
    ("in December", "2019-12-01", "2019-12-31"),
    ("Since December, more", "2019-12-01", "2020-02-27"),
    ("Triggered in March 2011 by", "2011-03-01", "2020-02-27"),
    ("in just three months", "2019-11-27", "2020-02-27"),
    ("yesterday", "2020-02-26", "2020-02-26"),
    ("last week", "2020-02-17", "2020-02-23"),
    ("this year", "2020-01-01", "2020-02-27"),
    ("on February 27, 2020", "2020-02-27", "2020-02-27"),
    ("on 26 February", "2020-02-26", "2020-02-26"),
    ("in 2019", "2019-01-01", "2019-12-31"),
])
def test_resolves_against_publication(text, start, end):
    (t,) = time_expressions(text, 0, len(text), PUB)
    assert (t.when_start.isoformat(), t.when_end.isoformat()) == (start, end)


def test_may_the_verb_is_not_a_month():
    text = "The toll may rise."
    assert time_expressions(text, 0, len(text), PUB) == []


def _claims(vocab, text: str, published: str):
    from auditor.audit import extract_all
    from auditor.documents import Document
    doc = Document(id="d", text=text, source="Wire", published=published)
    return {c.text: c for c in extract_all([doc], vocab)}


@pytest.mark.parametrize("between", ["behind the rally of", "second only to the march of", "compared with"])
def test_a_date_after_a_figure_of_comparison_is_that_figures(vocab, between):
    # the count of the day published is not dated by the earlier one it is ranked against
    cs = _claims(vocab, f"Organisers said 90,000 protesters marched, {between} 150,000 on May 2.", "2021-06-12")
    assert cs["90,000"].when_start == "2021-06-12"
    assert cs["150,000"].when_start == "2021-05-02"
