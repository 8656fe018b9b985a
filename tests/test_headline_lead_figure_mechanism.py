"""The headline's lead figure: when no body figure shares the headline figure's head word, the body's lead
figure in the headline figure's unit is the one it sums up ("sets record at 41.3C" over "recorded 39.8C");
a headline's "9.4m" is millions, not metres, when the body measures no length; a bound ("passes 1,500
euros") is kept by a lead figure on its side. Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from auditor.audit import audit
from auditor.documents import Document


def _fires(title: str, body: str, ruleset, vocab) -> bool:
    doc = Document(id="draft", text=body, title=title, source="Desk", published="2026-06-04T12:00:00")
    found = audit([doc], ruleset, vocab).findings
    return any(f.rule == "headline-matches-body" for f in found)


TEMPERATURE = ("A station in the hill town of Varsk measured 37.2C on Tuesday, the hottest June day on record, "
               "the weather office said. Forecasters expect temperatures above 30C to last until Sunday.")
WAIT = ("Patients at the city's emergency departments waited an average of 52 minutes to be seen in May, up from "
        "44 minutes a year earlier, the health board said. Its target is at most 30 minutes.")
VISITORS = ("The Harrowgate museum quarter welcomed 3.1 million visitors in the year to March, the city's tourism "
            "office said on Friday. Ticket sales rose by a fifth.")
PRICE = ("The average price of a new car in the country reached 31,400 euros in the first half, the dealers' "
         "association said on Monday. Electric models cost more.")
LENGTH = ("The new bridge is 1,400 metres long and cost 2.4 million euros, the roads agency said on Monday. Its main "
          "span is 9.1m wide.")


@pytest.mark.parametrize("title,body,fires", [
    ("Varsk sets June heat record at 38.9C", TEMPERATURE, True),
    ("Varsk sets June heat record at 37.2C", TEMPERATURE, False),
    ("Emergency waits hit 61 minutes", WAIT, True),
    ("Emergency waits hit 52 minutes", WAIT, False),
    ("Waiting time now four hours in emergency departments", WAIT, False),     # hours are no minutes
    ("Museum quarter visitor numbers climb to 4.2m", VISITORS, True),
    ("Museum quarter visitor numbers climb to 3.1m", VISITORS, False),
    ("New car price passes 35,000 euros", PRICE, True),        # a bound the lead breaks
    ("New car price passes 30,000 euros", PRICE, False),       # a bound the lead keeps
    ("Bridge span of 9.1m opens", LENGTH, False),              # the body measures lengths: metres
])
def test_the_headline_figure_is_the_lead_figure_of_its_unit(title, body, fires, ruleset, vocab):
    assert _fires(title, body, ruleset, vocab) == fires
