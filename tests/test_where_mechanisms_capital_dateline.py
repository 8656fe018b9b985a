"""A wire's dateline in a capital, when its lead names no place of the country, is the desk the copy was
filed from: a national statistic under it (a rate, an amount) is the country's, while a count stays the
capital's (an event the wire covers where it stands), and a figure whose sentence names its own place
keeps it."""
from __future__ import annotations

from auditor.documents import Document
from auditor.extract import extract_claims
from auditor.vocabulary import load_vocabulary

VOCAB = load_vocabulary()


def _claims(text: str) -> dict:
    doc = Document(id="t", text=text, source="Test Wire", published="2025-03-04")
    return {c.text: c for c in extract_claims(doc, VOCAB) if not c.in_title}


def test_a_vote_share_under_a_capital_dateline_is_the_country():
    got = _claims("LIMA, March 3 (Wire) - The incumbent took 41.6% of the vote on Sunday, election officials "
                  "said, with the runner-up on 28.9%.")
    assert got["41.6%"].where == "Peru"
    assert got["28.9%"].where == "Peru"


def test_an_amount_under_a_capital_dateline_is_the_country():
    got = _claims("NAIROBI (Wire) - The treasury raised $1.5 billion from a bond sale, officials said.")
    assert got["$1.5 billion"].where == "Kenya"


def test_a_count_under_a_capital_dateline_stays_the_capital():
    got = _claims("LIMA, March 3 (Wire) - A fire in a market killed 14 people, firefighters said.")
    assert got["14"].where == "Lima"


def test_a_rate_naming_its_own_place_keeps_it():
    got = _claims("LIMA, March 3 (Wire) - Prices in Arequipa rose 3.1% in February, the statistics office said.")
    assert got["3.1%"].where == "Arequipa"


def test_a_dateline_that_is_no_capital_keeps_its_city():
    got = _claims("MOMBASA, March 3 (Wire) - Port traffic rose 6.2% in February, the authority said.")
    assert got["6.2%"].where == "Mombasa"
