"""Numbers that are not claims (DESIGN.md): one parametrised case per line of
tests/fixtures/extraction/nonclaims.yaml, named after its class."""
from __future__ import annotations

import pytest
import yaml

from auditor.documents import Document
from auditor.extract import extract_claims
from auditor.extract.nonclaims import not_a_claim
from conftest import FIXTURES

CASES = yaml.safe_load((FIXTURES / "extraction" / "nonclaims.yaml").read_text(encoding="utf-8"))
PARAMS = [(cls, c["text"], c["number"]) for cls, cases in CASES.items() for c in cases]


def claims_of(text: str, vocab):
    return extract_claims(Document(id="t", text=text, published="2020-02-27"), vocab)


@pytest.mark.parametrize("cls,text,number", PARAMS, ids=[f"{cls}:{t[:40]}" for cls, t, _ in PARAMS])
def test_not_a_claim(vocab, cls, text, number):
    start = text.index(number)
    hits = [c for c in claims_of(text, vocab) if c.number_start <= start < max(c.number_end, c.number_start + 1)]
    assert hits == [], f"{cls}: {number!r} in {text!r} became {[(c.text, c.value) for c in hits]}"


def test_every_class_of_the_issue_has_cases():
    assert set(CASES) >= {"dates", "years", "clock times", "durations used as dates", "ages", "ordinals",
                          "phone numbers", "addresses", "model names", "page furniture"}


@pytest.mark.parametrize("text", [
    "Some 30 soldiers were killed.",
    "A duration that is a quantity: the battery failed after three days.",
    "He was detained for 3 years.",
    "Deaths rose 15% in 2020.",
    "The patrol stopped one mile away from the camp.",
    "The tolls were Turkey, 33, and Syria, 12.",
    "Labour won 20-30 seats in the north.",             # a range of a count after a score word
    "Between 20-30 people were hurt in the match.",
    "One child died in the fire.",                       # one of a count, not a speaker
    "Five survivors said the boat capsized.",
])
def test_near_misses_stay_claims(vocab, text):
    assert claims_of(text, vocab), text


def test_a_line_of_codes_is_not_a_table_of_claims(vocab):
    text = ",".join(["7"] * 1000) + "\n33 soldiers were killed on Thursday."
    assert [c.value for c in claims_of(text, vocab)] == [33]


def test_reasons_are_named():
    text = "A 12-year-old boy"
    assert not_a_claim(text, 2, 4, "12", 12, False, False) == "age"


def test_a_dash_before_a_number_is_no_minus_sign(vocab):
    found = claims_of("Women were nearly two-thirds of the dead -- 97. Temperatures fell to -5 overnight.", vocab)
    assert [c.value for c in found if c.text.endswith(("97", "5"))] == [97, -5]


def test_a_number_word_in_a_headline_is_still_a_number(vocab):
    found = claims_of("Blast Kills Nine People In Market", vocab)
    assert [c.value for c in found] == [9]
