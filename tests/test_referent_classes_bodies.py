"""A count of bodies takes no measure from the figure beside it: "treated 72 wounded and received 41
bodies" does not make 41 wounded, nor "pulled out 12 survivors and 30 bodies" 30 survivors. Recovered
("14 bodies were recovered"), bodies are a count of the dead; otherwise they count nothing the audit
compares. Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import resolved_by_text


def resolved(vocab, text):
    return resolved_by_text(vocab, text, "2025-06-24T10:00:00", "Wire")


@pytest.mark.parametrize("text,bodies", [
    ("The hospital treated 72 wounded and received 41 bodies, officials said.", "41"),
    ("Rescuers pulled out 12 survivors and 30 bodies from the rubble on Sunday.", "30"),
    ("The clinic admitted 60 injured people and 15 bodies were taken to its morgue.", "15"),
])
def test_bodies_beside_another_count_take_none_of_its_measure(vocab, text, bodies):
    claim = resolved(vocab, text)[bodies]
    assert claim.measure is None
    assert claim.quantity is None


def test_the_count_beside_the_bodies_keeps_its_own(vocab):
    claims = resolved(vocab, "The clinic admitted 60 injured people and 15 bodies were taken to its morgue.")
    assert claims["60"].measure == "injured"
    assert claims["60"].quantity == "somewhere/incident/people/injured"


def test_recovered_bodies_beside_survivors_are_the_dead(vocab):
    claims = resolved(vocab, "Divers found three survivors and 14 bodies were recovered from the ferry.")
    assert claims["14"].measure == "killed"
    assert claims["three"].measure != "killed"
