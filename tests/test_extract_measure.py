"""What a count measures (killed, injured, displaced...): the verb nearest before it,
unless that verb ends another clause ("30 died and 40 were hurt"), when the
number's own verb after it wins."""
from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.extract import extract_claims


def measures(text: str, vocab) -> list[tuple[str, str | None]]:
    return [(c.text, c.measure) for c in extract_claims(Document(id="d", text=text, published="2024-03-14"), vocab)]


@pytest.mark.parametrize("text, expected", [
    ("30 people died and 40 were hurt, the UN said.", [("30", "killed"), ("40", "injured")]),
    ("Twelve soldiers died and 30 were injured on Monday.", [("Twelve", "killed"), ("30", "injured")]),
    ("The strike killed 12 and wounded 30 people.", [("12", "killed"), ("30", "injured")]),
    # no verb of its own after it: the one before still counts
    ("Four people were killed and 2 more in the afternoon.", [("Four", "killed"), ("2", "killed")]),
    ("The flood displaced 5,000 families.", [("5,000", "displaced")]),
])
def test_measure_of_each_number(vocab, text, expected):
    assert measures(text, vocab) == expected
