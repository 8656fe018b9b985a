"""A march named as an event is not the month of March: "the Women's March", "the People's March", "the
March for Our Lives", "the March on Washington". Read as the month, it dated a crowd to March of the
publication's year, so no two reports of the same day's crowd were compared. The month itself stays a
month ("in March", "the year to March", "March 3"). Sentences written for these tests."""
from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.extract import extract_claims


def _when(text: str, vocab, published: str = "2019-11-17") -> dict[str, tuple[str | None, str | None]]:
    found = extract_claims(Document(id="d", text=text, published=published), vocab)
    return {c.text: (c.when_start and c.when_start[:10], c.when_end and c.when_end[:10]) for c in found}


@pytest.mark.parametrize("text, figure", [
    ("Organisers of the People's March said 60,000 walked through the city centre on Saturday.", "60,000"),
    ("Police put the crowd at the Farmers' March at about 12,000 on Saturday.", "about 12,000"),
    ("Some 45,000 students joined the March for Climate Justice on Saturday, the organisers said.", "Some 45,000"),
    ("The March on Parliament drew 30,000 people on Saturday, police said.", "30,000"),
])
def test_a_named_march_is_no_month(vocab, text, figure):
    assert _when(text, vocab)[figure] == ("2019-11-16", "2019-11-16")


@pytest.mark.parametrize("text, figure, period", [
    ("Exports rose 4 percent in March, the bureau said.", "4 percent", ("2019-03-01", "2019-03-31")),
    ("March sales fell 3 percent, the retailers' association said.", "3 percent", ("2019-03-01", "2019-03-31")),
])
def test_the_month_stays_a_month(vocab, text, figure, period):
    assert _when(text, vocab)[figure] == period
