"""What a hedge means to extraction (a lower or an upper bound, an estimate, the bound that
takes N in) is read from its interval in the vocabulary, not from its name: a hedge a desk adds
in YAML behaves as a built-in one with the same interval."""
from __future__ import annotations

import math

import pytest

from auditor.documents import Document
from auditor.extract import extract_claims
from auditor.vocabulary import load_vocabulary
from conftest import desk_vocabulary

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
    return desk_vocabulary(tmp_path_factory, DESK)


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


# -- in the checks: what a hedged figure allows is read from its interval (Claim.shape) -----------

CHECK_DESK = """\
hedges:
  getting_on_for:
    phrases: [getting on for]
    interval: "[0.9N, N)"
  in_the_region_of:
    phrases: [in the region of]
    interval: "[0.9N, 1.1N]"
  north_of:
    phrases: [north of]
    interval: "(N, inf)"
"""


@pytest.mark.parametrize("builtin, own, unfair", [
    ("nearly 900,000", "getting on for 900,000", True),      # a step below 900,000 stops short of 948,213
    ("more than 800,000", "north of 800,000", True),         # a step above 800,000 stops short
    ("about 900,000", "in the region of 900,000", False),
    ("more than 940,000", "north of 940,000", False),
])
def test_a_desk_hedge_rounds_as_the_builtin_of_its_interval(tmp_path, ruleset, builtin, own, unfair):
    from auditor.audit import audit

    f = tmp_path / "desk.yaml"
    f.write_text(CHECK_DESK, encoding="utf-8")
    vocab = load_vocabulary([f])

    def findings(rounded: str) -> list[tuple[str, str]]:
        docs = [Document(f"d{n}", f"The UN said {figure} people were displaced in Idlib on Monday.",
                         f"Wire {n}", "2021-07-14") for n, figure in enumerate((rounded, "948,213"))]
        return sorted((x.rule, x.severity) for x in audit(docs, ruleset, vocab).findings)

    assert findings(own) == findings(builtin)
    assert (("rounding-matches-precise-figure", "warning") in findings(own)) == unfair


@pytest.mark.parametrize("text, shape, approximate", [
    ("They counted 40 boats.", "exact", False),
    ("They counted an estimated 40 boats.", "exact", False),
    ("They counted about 40 boats.", "around", True),
    ("They counted nearly 40 boats.", "under", True),
    ("They counted fewer than 40 boats.", "below", True),
    ("They counted up to 40 boats.", "below", False),
    ("They counted more than 40 boats.", "above", True),
    ("They counted at least 40 boats.", "above", False),
    ("They counted between 40 and 50 boats.", "", False),
    ("They counted hundreds of boats.", "", False),
])
def test_the_shape_of_a_claim_is_read_from_its_interval(vocab, text, shape, approximate):
    (c,) = extract_claims(Document(id="d", text=text, published="2020-02-27"), vocab)
    assert (c.shape, c.approximate) == (shape, approximate)
