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
    ("The Cebu lender booked a profit of P2.8 billion.", [("P2.8 billion", 2.8e9, "PHP")]),
    ("Davao farmers lost P640 million to the drought.", [("P640 million", 6.4e8, "PHP")]),
    ("The tollway operator earned P9.1bn in fees.", [("P9.1bn", 9.1e9, "PHP")]),
    ("A jeepney fare costs P13 in Quezon City.", [("P13", 13.0, "PHP")]),
])
def test_a_glued_prefix_is_the_currency(text, expected, vocab):
    assert claims(text, vocab) == expected


@pytest.mark.parametrize("text", [
    "Drivers were told to avoid the R61 near Queenstown.",
    "The agency kept its R5 rating for the bonds.",
    "Both teams met in the R3 clash on Sunday.",
    "The P2 group stage opens in Lyon.",
    "Officers filed the form P45 after the inquiry.",
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


@pytest.mark.parametrize("text,expected", [
    ("The club sold 40p stickers to fans at the price shown.", "GBP_penny"),
    ("Shares fell 3p to 120p in London.", "GBP_penny"),
])
def test_a_lower_case_letter_after_the_digits_stays_a_minor_unit(text, expected, vocab):
    """The peso's capital "P" before the digits is no penny, and the penny's "p" after them no peso."""
    assert {c[2] for c in claims(text, vocab)} == {expected}


def test_p_as_a_page_or_a_label_is_no_peso(vocab):
    text = "Details are on p. 12 of the report; the 4P plan covers Manila."
    assert [c for c in claims(text, vocab) if c[2] == "PHP"] == []
