""""since 2019, when 29 people were killed": the clause dates its figure to 2019 itself, while
"Since 2019, 29 people have been killed" runs from 2019 to publication (issue 14: a toll of
another event must not become a whole that today's toll is a part of)."""
from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.extract import extract_claims


@pytest.mark.parametrize("text, when", [
    ("It was the deadliest attack since 2019, when 29 people were killed.", ("2019-01-01", "2019-12-31")),
    ("It was the worst flood since March 2021, when 29 people died.", ("2021-03-01", "2021-03-31")),
    ("Since 2019, 29 people have been killed in the province.", ("2019-01-01", "2022-06-15")),
    ("The toll since March 2021 stands at 29.", ("2021-03-01", "2022-06-15")),
])
def test_since_with_a_when_clause_names_the_period_itself(vocab, text, when):
    [claim] = [c for c in extract_claims(Document(id="d", text=text, published="2022-06-15"), vocab)
               if c.text == "29"]
    assert (claim.when_start, claim.when_end) == when
