"""measure_for's barrier policy (extract/scope.py): the search for a figure's measure stops at the figure
before it, which left counts with no measure and so no quantity key, where that figure only counts the
noun of a prepositional phrase ("the toll from the three blasts ... from 60 to 52"), or where the figure
is the second end of a span ("from 60 to 52", "800 to about 1,000"). Own sentences; some must change,
some must stay as they were."""
from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.resolve import claims_of


def _measures(text: str, vocab) -> list[tuple[str, str | None]]:
    doc = Document(id="d", text=text, source="S", published="2022-09-12")
    return [(c.text, c.measure) for c in claims_of(doc, vocab)]


@pytest.mark.parametrize("text, figure, measure", [
    # a number of a phrase's noun is no barrier to the measure before it
    ("Officials cut the death toll from the three blasts near the old bazaar in the border town, in the "
     "province's north, from 60 to 52, the news agency said.", "60", "killed"),
    ("Officials cut the death toll from the three blasts near the old bazaar in the border town, in the "
     "province's north, from 60 to 52, the news agency said.", "52", "killed"),
    # the second end of a span has the first end's measure
    ("The agency said it was planning around a death figure of 800 to about 1,000 as teams reached the "
     "valleys.", "about 1,000", "killed"),
    ("Police said the number of people arrested overnight rose from 31 to 45 by Sunday.", "45", "arrested"),
])
def test_a_figure_after_a_phrases_number_or_in_a_span_has_the_measure_before(vocab, text, figure, measure):
    assert dict(_measures(text, vocab))[figure] == measure


@pytest.mark.parametrize("text, figure, measure", [
    # a number that is an object ends its clause: what came before is its own measure
    ("The storm killed the two fishermen and flattened 300 homes along the coast.", "300", "destroyed"),
    # two bounds joined by "or" are no span of a count: an age stays without the toll's measure
    ("The inspector said most deaths happened on roads with a 60mph limit, and that almost half involved a "
     "driver under 25 or over 75.", "over 75", None),
    # a span of figures of nothing measured stays without a measure
    ("The mayor said the city had between 20 and 30 shelters, up from 12 to 15 last year.", "15", None),
])
def test_a_figure_after_an_objects_number_keeps_its_own_measure(vocab, text, figure, measure):
    assert dict(_measures(text, vocab))[figure] == measure
