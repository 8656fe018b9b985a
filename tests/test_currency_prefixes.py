"""A currency written right before its digits, glued or one space apart ("Sh4.2bn", "KSh 800",
"Rs.15 lakh", "R3 billion"): the ``glued_prefixes`` of rules/vocabulary/currencies.yaml. A
prefix of one letter (the rand's "R") is money only with a scale after the number or money
words in the sentence: "the N2 motorway", "an R5 rating" stay no claim."""
from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.extract import extract_claims


def claims(text: str, vocab) -> list[tuple[str, float | None, str | None]]:
    return [(c.text, c.value, c.unit) for c in extract_claims(Document(id="t", text=text), vocab)]


@pytest.mark.parametrize("text,expected", [
    ("The county budget grew to Sh4.2 billion this year.", [("Sh4.2 billion", 4.2e9, "KES")]),
    ("Traders lost Sh830 million in the floods.", [("Sh830 million", 8.3e8, "KES")]),
    ("The tax body collected Ksh2.6bn in March.", [("Ksh2.6bn", 2.6e9, "KES")]),
    ("Each trader pays a levy of KSh 800.", [("KSh 800", 800.0, "KES")]),
    ("The dam in Dodoma cost TSh95 billion.", [("TSh95 billion", 9.5e10, "TZS")]),
    ("The court fined the firm Rs.15 lakh.", [("Rs.15 lakh", 1.5e6, "RUPEES")]),
    ("Each farmer got Rs45,000 in relief.", [("Rs45,000", 45000.0, "RUPEES")]),
    ("The utility needs R3 billion for repairs.", [("R3 billion", 3e9, "ZAR")]),
    ("Transnet set aside R750m for the port.", [("R750m", 7.5e8, "ZAR")]),
    ("A basic mobile bundle costs R49 a month.", [("R49", 49.0, "ZAR")]),
])
def test_a_glued_prefix_is_the_currency(text, expected, vocab):
    assert claims(text, vocab) == expected


@pytest.mark.parametrize("text", [
    "Drivers were told to avoid the R61 near Queenstown.",
    "The agency kept its R5 rating for the bonds.",
    "Both teams met in the R3 clash on Sunday.",
])
def test_a_one_letter_prefix_without_money_is_no_amount(text, vocab):
    assert [c for c in claims(text, vocab) if c[2] == "ZAR"] == []
    assert claims(text, vocab) == []


def test_a_prefix_inside_a_word_is_no_currency(vocab):
    assert claims("The PR2 form and the MRs5 code were filed.", vocab) == []


def test_a_desk_adds_a_glued_prefix(tmp_path):
    from auditor.vocabulary import load_vocabulary
    path = tmp_path / "desk.yaml"
    path.write_text("extend:\n  currencies:\n    NGN: {glued_prefixes: [N]}\n", encoding="utf-8")
    desk = load_vocabulary([path])
    assert claims("The state spent N4.5 billion on roads.", desk) == [("N4.5 billion", 4.5e9, "NGN")]
    assert claims("Nurses asked for more N95 masks.", desk) == []
