"""Numbers and intervals as written: tests/fixtures/extraction/{numbers,intervals}.yaml,
plus the hot path's guarantees (no catastrophic backtracking, linear cost)."""
from __future__ import annotations

import math
import time

import pytest
import yaml

from auditor.documents import Document
from auditor.extract import extract_claims
from conftest import FIXTURES, find_numbers

NUMBERS = yaml.safe_load((FIXTURES / "extraction" / "numbers.yaml").read_text(encoding="utf-8"))
INTERVALS = yaml.safe_load((FIXTURES / "extraction" / "intervals.yaml").read_text(encoding="utf-8"))


def claims_of(text: str, vocab):
    return extract_claims(Document(id="t", text=text, published="2020-02-27"), vocab)


@pytest.mark.parametrize("case", NUMBERS, ids=[c["quote"] for c in NUMBERS])
def test_value(vocab, case):
    start = case["text"].index(case["quote"])
    end = start + len(case["quote"])
    hits = [c for c in claims_of(case["text"], vocab) if c.start < end and start < c.end]
    assert hits, f"no claim for {case['quote']!r}"
    assert hits[0].value == pytest.approx(case["value"]), [(c.text, c.value) for c in hits]
    if "unit" in case:
        assert hits[0].unit == case["unit"]


@pytest.mark.parametrize("case", INTERVALS, ids=[c["text"][:40] for c in INTERVALS])
def test_interval(vocab, case):
    (c, *_) = claims_of(case["text"], vocab)
    assert c.low == pytest.approx(case["low"] if case["low"] is not None else -math.inf) or (
        case["low"] == 0 and c.low <= 0)
    assert c.high == pytest.approx(case["high"] if case["high"] is not None else math.inf)
    for side in ("low_inclusive", "high_inclusive"):
        if side in case:
            assert getattr(c, side) is case[side], (side, c)


@pytest.mark.parametrize("text", [
    "9" * 100_000,
    "one " * 20_000,
    "1," * 50_000,
    "- " * 50_000 + "5",
    "twenty and " * 20_000,
    "1 " * 50_000,
    "a half " * 20_000,
])
def test_hostile_inputs_are_linear(text):
    start = time.perf_counter()
    find_numbers(text, text.lower())
    assert time.perf_counter() - start < 5


def test_spans_are_offsets_into_the_text():
    text = "Nearly a million people and 3 dozens of eggs."
    for n in find_numbers(text, text.lower()):
        assert text[n.start:n.end].strip() == text[n.start:n.end]


def test_every_kind_of_run_token_has_a_handler():
    """The run grammar is a classifier and one handler per kind: a kind the classifier gives
    with no handler would fail on the first text that holds such a token."""
    from auditor.extract import numbers

    kinds = {numbers._kind(tok) for tok in [*numbers._WORD_KINDS, "3", ".5", "½", "apples"]}
    assert kinds == set(numbers._HANDLERS)
    assert numbers._kind("thirds") == "den" and numbers._kind("an") == "a" and numbers._kind("of") == "other"
