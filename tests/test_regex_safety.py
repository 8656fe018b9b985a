"""No pattern backtracks catastrophically: extraction on 100,000-character
adversarial strings stays within a bound measured against a plain scan of
the same text (not an absolute time, so the test holds on slow machines)."""
from __future__ import annotations

import re
import time

import pytest

from auditor.documents import Document, html_to_text
from auditor.extract import extract_claims
from auditor.vocabulary import load_vocabulary

VOCAB = load_vocabulary()
N = 100_000
ADVERSARIAL = {
    "digits": "1" * N,
    "grouped-digits": "1," * (N // 2),
    "digit-space": "1 " * (N // 2),
    "dots": "1." * (N // 2),
    "hyphens": "1-" * (N // 2),
    "number-words": ("one hundred and " * N)[:N],
    "hedges": ("at least more than " * N)[:N],
    "dates": ("February 27, " * N)[:N],
    "capitalised": ("The Syrian Observatory For Human Rights " * N)[:N],
    "according-to": ("according to the " * N)[:N],
    "said": ("Officials said " * N)[:N],
    "places": ("in Aaaa Bbbb " * N)[:N],
    "sentence-of-claims": ("12 people killed in Idlib on Thursday, officials said, " * N)[:N],
    "parentheses": "(" * N,
    "brackets": "<" * N,
    "spaces": " " * N,
    "newlines": "\n" * N,
    "percent": "1% " * (N // 3),
    "currency": "$1 " * (N // 3),
    # many dotted dates and addresses in a text that ends with a point (each once copied the text)
    "dotted-dates": ("on 12.05.2019 and " * N)[:N - 1] + ".",
    "ip-addresses": ("at 10.0.0.1 or " * N)[:N - 1] + ".",
}
PLAIN = re.compile(r"\w+|\W")


def _best(fn, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_extraction_is_linear_on_hostile_text(name):
    text = ADVERSARIAL[name]
    doc = Document("x", text, published="2020-02-27")
    baseline = _best(lambda: sum(1 for _ in PLAIN.finditer(text)))
    elapsed = _best(lambda: extract_claims(doc, VOCAB), repeat=1)
    # a plain tokenising scan is the unit; extraction does real work per number,
    # but must stay within a constant factor of it, whatever the input
    assert elapsed < 400 * baseline + 0.05, f"{name}: {elapsed:.3f}s vs plain scan {baseline:.4f}s"


def test_html_stripping_is_linear():
    text = "<div " * N
    baseline = _best(lambda: sum(1 for _ in PLAIN.finditer(text)))
    assert _best(lambda: html_to_text(text), repeat=1) < 100 * baseline + 0.05
