"""Who a figure is according to, in report phrasings earlier rules misread: a name with "and"
inside it ("the Trade and Investment Ministry", "the Centre for Disease Control and
Prevention"), a long name after "according to", "according to X data" after a figure a subject
"put", a person named before a description with a role in it, and a reporting word used as a
noun ("the official forecast of"). Sentences written for these tests (benchmarks/realtext/heldout4
holds the evaluation set)."""
from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.extract import extract_claims


def source(text: str, vocab) -> dict[str, str | None]:
    found = extract_claims(Document(id="t", text=text, published="2024-05-10"), vocab)
    return {c.text: c.according_to for c in found}


@pytest.mark.parametrize("text,quote,who", [
    ("Exports fell 8 percent to $4.1 billion, according to data from the Trade and Investment Ministry.",
     "8 percent", "Trade and Investment Ministry"),
    ("Measles has killed 41 children this year, according to the weekly situation report of the Ghana "
     "Institute for Infection Control and Prevention.", "41",
     "Ghana Institute for Infection Control and Prevention"),
])
def test_a_name_with_and_inside_it(vocab, text, quote, who):
    assert source(text, vocab)[quote] == who


def test_two_sources_joined_by_and_are_not_one_name(vocab):
    got = source("At least 30 people died, according to the UN and Red Cross.", vocab)
    assert got["At least 30"] != "UN and Red Cross"


def test_according_to_after_a_figure_beats_the_subject_that_put_it(vocab):
    got = source("FPIs put $310 million into local bonds on Friday, according to exchange data.", vocab)
    assert got["$310 million"] == "exchange"


def test_a_person_before_a_description_with_a_role(vocab):
    text = ("By Friday, 12,400 migrants had crossed the border, Ana Lucia Ferraz, Brazil's deputy "
            "head of refugee affairs, told reporters.")
    assert source(text, vocab)["12,400"] == "Ana Lucia Ferraz"


def test_a_forecast_as_a_noun_names_no_source(vocab):
    text = ("Output grew 2.1 percent, below the official forecast of 2.5 percent, the statistics "
            "office said.")
    assert source(text, vocab)["2.1 percent"] != "official"
