"""People who "turned out" for a march, a rally or a protest are the size of the crowd, not a turnout at
the polls: "turned out" is the measure of both, and only the sentence (a gathering named, nothing of a
vote) tells them apart. Read as votes cast, the crowd a march's organisers gave was never set against
the police's count of the same crowd. Sentences written for these tests."""
from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.resolve import claims_of


def _measures(text: str, vocab) -> dict[str, str | None]:
    return {c.text: c.measure for c in claims_of(Document(id="d", text=text, published="2019-11-17"), vocab)}


@pytest.mark.parametrize("text, figure", [
    ("In Leeds, march organisers said 40,000 people had turned out on Saturday.", "40,000"),
    ("Some 12,000 people turned out for the rally in the square, police said.", "Some 12,000"),
    ("Organisers of the protest said 8,500 demonstrators turned out despite the rain.", "8,500"),
])
def test_people_who_turned_out_for_a_gathering_took_part(vocab, text, figure):
    assert _measures(text, vocab)[figure] == "took part"


@pytest.mark.parametrize("text, figure", [
    ("About 2.1 million voters turned out in the runoff, the election commission said.", "About 2.1 million"),
    ("About 61,000 people turned out to vote at the town hall election, the council said.", "About 61,000"),
])
def test_people_who_turned_out_to_vote_cast_their_ballots(vocab, text, figure):
    assert _measures(text, vocab)[figure] == "cast"
