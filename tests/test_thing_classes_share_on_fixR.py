"""In poll copy a party stands "on" its share with its acronym, a comma or an aside between ("the Farmers'
Union (FU) on 9 percent", "The Pirates, on 6%", "Unity, the junior partner, on 11 percent", "and the Rural
greens, on 4%"): the share is the party's. A bare comma after the object of a verb ("the Left overtakes the
Greens, on 7%") leaves the party to the clause's subject. Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from conftest import claims_by_text

_POLL = "A new opinion poll of 1,000 voters was published on Monday. "


@pytest.mark.parametrize("text,quote,thing", [
    ("They are followed by the opposition Farmers' Union (FU) on 9 percent.", "9 percent", "Farmers' Union"),
    ("The Pirates, on 6%, would return to parliament.", "6%", "Pirates"),
    ("Liberty leads, ahead of Unity, the junior partner, on 11 percent.", "11 percent", "Unity"),
    ("The Greens dropped and the Rural greens, on 4%, are out.", "4%", "Rural greens"),
])
def test_a_party_on_its_share(vocab, text, quote, thing):
    assert claims_by_text(vocab, _POLL + text, "2026-04-20")[quote].thing == thing


def test_no_poll_no_party(vocab):
    got = claims_by_text(vocab, "The Pirates, on 6%, rose on the exchange.", "2026-04-20")
    assert got["6%"].thing != "Pirates"


def test_the_object_of_a_verb_is_not_the_holder(vocab):
    got = claims_by_text(vocab, _POLL + "In the survey the Left overtakes the Greens, on 7% against 6%.", "2026-04-20")
    assert got["7%"].thing != "Greens"
