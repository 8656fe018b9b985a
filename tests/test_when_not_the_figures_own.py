"""Times in a figure's sentence that date something else: a part of it ("most of them between
October and January"), the base a change is measured on ("up 6 per cent on October 2025"), a noun
("for classes starting in September") or a later clause ("..., and that ... once ... in March");
and "over the month" / "during the year", which name the period the sentence before named.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.extract import extract_claims

PUBLISHED = "2026-11-20"


def when(text: str, vocab) -> dict[str, tuple[str | None, str | None]]:
    found = extract_claims(Document(id="t", text=text, published=PUBLISHED), vocab)
    return {c.text: (c.when_start, c.when_end) for c in found}


@pytest.mark.parametrize("text,quote,period", [
    # the base a change is measured on dates neither the level nor the change
    ("The gates counted 2,410,000 passengers, up 6 per cent on October 2025.", "2,410,000", (None, None)),
    # ... but a day after "up 3 per cent on" is the day of the move
    ("The index closed up 3 per cent on Tuesday at 7,410 points.", "3 per cent",
     ("2026-11-17", "2026-11-17")),
    # "over the month": the month named in the sentence before
    ("Close to 3 million passengers used the airport in October. Gate counts showed 2,410,000 "
     "passengers over the month, up 6 per cent on October 2025.", "2,410,000", ("2026-10-01", "2026-10-31")),
    # "during the year": a year's span named before; not a month
    ("The brewery sold 41 million litres in the year to June. It employed 1,320 people during the year.",
     "1,320", ("2025-07-01", "2026-06-30")),
    ("Sales reached 4.1 million in October. The firm hired 230 drivers during the year.", "230", (None, None)),
    # a noun's own time
    ("In total, 6,540 requests arrived for classes starting in September.", "6,540", (None, None)),
    # a time in a later clause
    ("Its chief executive said the port had moved 1.46 million containers, and that volumes would "
     "grow once the new quay opened in May.", "1.46 million", (None, None)),
    # a part's time
    ("Crossings were called off on 27 days, most of them between October and January.", "27 days",
     (None, None)),
    # a year naming the past event a record is set against ("since the 2004 tsunami") dates no
    # figure of today's; the clause of that event's own figure keeps its year
    ("With 38 deaths confirmed so far, the floods are the worst disaster since the 2004 tsunami.", "38",
     (None, None)),
    ("Officials called it the biggest evacuation since the 2011 earthquake, which left 1,200 dead.",
     "1,200", ("2011-01-01", "2011-12-31")),
    # "In all" sums up the period of the same thing counted before, but not a day's count: a tally to date
    ("Rescuers pulled 72 workers out alive on Friday. In all, 2,140 workers have now been rescued.", "2,140",
     (None, None)),
    ("The ferry was cancelled on 21 days last year. It rained hard in March. In all, crossings were "
     "called off on nearly 30 days, most of them between October and January.", "nearly 30 days",
     ("2025-01-01", "2025-12-31")),
])
def test_a_time_of_something_else_does_not_date_the_figure(text, quote, period, vocab):
    assert when(text, vocab)[quote] == period


@pytest.mark.parametrize("text,quote,period", [
    # the day a "since" clause's event happened: from that day on
    ("Since the first case was reported on May 4, 146 people have fallen ill.", "146",
     ("2026-05-04", PUBLISHED)),
    ("Roughly 3,000 homes have been without heating since a boiler failed at the plant on Tuesday night.",
     "Roughly 3,000", ("2026-11-17", PUBLISHED)),
    # a day with no "since": that day
    ("The mayor said on Tuesday that 3,720 homes had lost their heat.", "3,720", ("2026-11-17", "2026-11-17")),
    # ... and a clause about that day itself ("in which", "when"): that day
    ("Protests have followed since the dam burst on 2 October, in which 41 people drowned.", "41",
     ("2026-10-02", "2026-10-02")),
])
def test_a_since_clause_dates_from_its_day(text, quote, period, vocab):
    assert when(text, vocab)[quote] == period


def test_a_time_of_its_own_still_dates_the_figure(vocab):
    found = when("Crossings were called off on 27 days in January, most of them at night.", vocab)
    assert found["27 days"] == ("2026-01-01", "2026-01-31")
