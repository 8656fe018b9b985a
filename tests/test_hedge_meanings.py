"""What a hedge means to extraction (a lower or an upper bound, an estimate, the bound that
takes N in) is read from its interval in the vocabulary, not from its name: a hedge a desk adds
in YAML behaves as a built-in one with the same interval."""
from __future__ import annotations

import math

import pytest

from auditor.documents import Document
from auditor.extract import extract_claims
from auditor.vocabulary import load_vocabulary

DESK = """\
hedges:
  floor:
    phrases: [a floor of]
    interval: "[N, inf)"
  ceiling:
    phrases: [a ceiling of]
    interval: "[0, N]"
  ballpark:
    phrases: [ballpark]
    interval: "[0.8N, 1.2N]"
  strictly_over:
    phrases: [strictly over]
    interval: "(N, inf)"
"""


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    f = tmp_path_factory.mktemp("hedges") / "desk.yaml"
    f.write_text(DESK, encoding="utf-8")
    return load_vocabulary([f])


def _claims(text: str, vocab):
    doc = Document(id="d", text=text, published="2020-02-27")
    return [(c.text, c.low, c.high, c.hedge) for c in extract_claims(doc, vocab)]


def test_the_builtin_meanings(vocab):
    assert vocab.lower_bounds == {"at_least", "more_than", "past"}
    assert vocab.upper_bounds == {"at_most", "less_than"}
    assert {name for name, h in vocab.hedge_by_name.items() if h.estimate} == {"about", "estimated"}
    assert {name: h.name for name, h in vocab.or_equal.items()} == {
        "more_than": "at_least", "less_than": "at_most", "past": "at_least"}


def test_a_desk_lower_and_upper_bound_make_one_interval(desk):
    assert _claims("They counted a floor of 10 and a ceiling of 40 boats.", desk) == [
        ("a floor of 10 and a ceiling of 40", 10, 40, "range")]


def test_a_desk_estimate_gives_way_to_a_bound_after_the_number(desk):
    assert _claims("They counted ballpark 500 or more boats.", desk) == [("500 or more", 500, math.inf, "at_least")]


def test_a_desk_bound_without_n_takes_n_in_with_or_equal(desk):
    text = "They counted strictly over 50 or equal to it boats."
    assert [(low, hedge) for _, low, _, hedge in _claims(text, desk)] == [(50, "at_least")]
