"""The people displaced inside a country over a whole war (a standing number, "internally displaced")
are not the flight one offensive caused ("400,000 people have fled the offensive"): two measures,
never compared as one figure."""
from __future__ import annotations

from auditor.audit import audit
from auditor.documents import Document

WIRE = ("Fighting in the north has forced about 400,000 people from their homes, the UN "
        "said on Tuesday. More than three million people are displaced inside the country after "
        "eight years of war, according to the government.")
OTHER = "Some 3.4 million people are internally displaced, aid agencies said on Tuesday."


def _displacement(ruleset, vocab, *docs: Document):
    result = audit(list(docs), ruleset, vocab)
    return result, [f for f in result.findings if f.rule == "same-displacement-figure" and f.severity != "info"]


def test_displaced_inside_the_country_is_its_own_measure(ruleset, vocab):
    result, _ = _displacement(ruleset, vocab, Document("a", WIRE, "Wire A", "2021-03-04"))
    measures = {c.text: c.measure for c in result.claims}
    assert measures == {"about 400,000": "displaced", "More than three million": "internally displaced"}


def test_a_war_long_stock_does_not_conflict_with_an_offensives_flight(ruleset, vocab):
    _, got = _displacement(ruleset, vocab, Document("a", WIRE, "Wire A", "2021-03-04"))
    assert got == []


def test_two_stocks_of_the_internally_displaced_are_still_compared(ruleset, vocab):
    _, got = _displacement(ruleset, vocab, Document("a", WIRE, "Wire A", "2021-03-04"),
                           Document("b", "Some 1.2 million people are internally displaced, aid agencies said "
                                         "on Tuesday.", "Wire B", "2021-03-04"))
    assert [sorted(c.text for c in f.claims) for f in got] == [["More than three million", "Some 1.2 million"]]
