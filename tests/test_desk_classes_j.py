"""Classes of in-document inconsistency a desk's drafts showed (brief J), end to end with the built-in
rules: a change named after both its ends ("down from B ..., a fall of a third") or between them ("a
rise of D on the B sold"), a round mark a total went past ("the first time the total has passed
1,200") that is no whole, a share beside its part and whole after a time phrase ("was 71% last year,
with P of the W") or beside a part whose whole is a sentence before, and a headline's fraction of a
change ("to rise by a third") over the body's two levels. Each planted wording has a clean twin.
"""
from __future__ import annotations

import pytest

from auditor.audit import audit
from auditor.documents import Document

CASES = [
    # a change named after both ends, past what the earlier end was
    ("fall named after its ends, wrong",
     None, "Outreach teams counted 148 people sleeping outside in Tarrow on one night last month, down from 190 "
           "at the same count a year ago, a fall of a third, the council said.", ["change-matches-endpoints"]),
    ("fall named after its ends, right",
     None, "Outreach teams counted 148 people sleeping outside in Tarrow on one night last month, down from 222 "
           "at the same count a year ago, a fall of a third, the council said.", []),
    # a rise between the two ends, on the base it grew from
    ("rise on the base, wrong",
     None, "The Linwood museum sold 52,000 tickets this summer, a rise of 6,000 on the 43,000 sold a year earlier.",
     ["change-matches-endpoints"]),
    ("rise on the base, right",
     None, "The Linwood museum sold 52,000 tickets this summer, a rise of 9,000 on the 43,000 sold a year earlier.",
     []),
    ("percent rise on last year's, right",
     None, "Ferry crossings from Aberlow reached 8,150 in March, an increase of 12% on last year's 7,300, the "
           "operator said.", []),
    # a threshold passed is not the whole of the figure that passed it
    ("threshold passed is no whole",
     None, "Crews at the region's three depots repaired 1,212 bus and tram shelters last year, the first time "
           "the total has passed 1,200, the transport authority said on Monday.", []),
    ("threshold topped is no whole",
     None, "Crews at the region's three depots repaired 1,212 bus and tram shelters last year, the first time "
           "the total has topped 1,200, the transport authority said on Monday.", []),
    ("a stated total still sums its parts",
     None, "Crews repaired 410 bus shelters and 395 tram shelters, a total of 700.", ["listed-parts-add-up"]),
    # a share, then a time phrase, then "with P of the W"
    ("share with its part after a time phrase, wrong",
     None, "The share of ferries leaving Ostmark on time was 71% last year, with 9,300 of the 14,100 sailings "
           "departing within five minutes, the port said.", ["share-matches-its-parts"]),
    ("share with its part after a time phrase, right",
     None, "The share of ferries leaving Ostmark on time was 66% last year, with 9,300 of the 14,100 sailings "
           "departing within five minutes, the port said.", []),
    # a share beside a part whose whole is in the sentence before
    ("fraction beside a part of an earlier whole, wrong",
     None, "Wardens in Lindby visited 2,430 guesthouses over the summer, the council said. In all, 1,190 of the "
           "guesthouses visited, about three-quarters, were rated good.", ["share-matches-its-parts"]),
    ("fraction beside a part of an earlier whole, right",
     None, "Wardens in Lindby visited 2,430 guesthouses over the summer, the council said. In all, 1,190 of the "
           "guesthouses visited, about half, were rated good.", []),
    ("percent beside a part of an earlier whole, right",
     None, "Wardens in Lindby visited 2,430 guesthouses over the summer, the council said. In all, 1,190 of the "
           "guesthouses visited, or 49%, were rated good.", []),
    # a headline's fraction of a change over the body's levels
    ("headline fraction over a from-to, wrong",
     "Kell ferry fare to rise by a third", "The fare for foot passengers on the Kell ferry will rise from 3.60 "
     "pounds to 4.20 pounds in March, the operator said.", ["headline-matches-body"]),
    ("headline fraction over a from-to, right",
     "Kell ferry fare to rise by a sixth", "The fare for foot passengers on the Kell ferry will rise from 3.60 "
     "pounds to 4.20 pounds in March, the operator said.", []),
    ("headline fraction over a level and its start, wrong",
     "Burglaries down by a quarter in Selby", "Police in Selby recorded 1,310 burglaries last year, down from "
     "1,530 the year before.", ["headline-matches-body"]),
    ("headline fraction over a level and its start, right",
     "Burglaries down by a quarter in Selby", "Police in Selby recorded 1,310 burglaries last year, down from "
     "1,740 the year before.", []),
    ("headline fraction the body states in per cent",
     "Burglaries down by a quarter in Selby", "Police in Selby recorded 1,310 burglaries last year, down 25% "
     "from 1,740 the year before.", []),
]


@pytest.mark.parametrize("title,text,errors", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_desk_class_j(title, text, errors, ruleset, vocab):
    doc = Document(id="draft", text=text, title=title, source="Desk", published="2026-11-20T12:00:00")
    found = audit([doc], ruleset, vocab).findings
    assert sorted({f.rule for f in found if f.severity == "error"}) == sorted(errors), [f.message for f in found]
