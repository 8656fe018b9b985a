"""Classes of in-document inconsistency a desk's drafts showed (brief U), end to end with the built-in
rules: a part "of the total" (the word names the whole itself, even when the part exceeds it), parts
told a sentence each and closed by "the remaining", shares of one base run past 100% with a fraction
("the remaining three in ten") or a ranked share ("came next with"), a fraction of what a check found
("a check of the N ... found M, one in five"), a running total restated lower by a body's own speaker,
and two decoys: a measured level that falls (no running total) and two sums of money that share only a
word of time. Each planted wording has a clean twin.
"""
from __future__ import annotations

import pytest

from auditor.audit import audit
from auditor.documents import Document

CASES = [
    # a part "of the total": the count told before it is its whole
    ("part of the total exceeds it",
     "Trams on the Oxley loop carried 2.3m riders last year, the operator said. Season-ticket holders "
     "accounted for 2,600,000 of the total, with the rest paying on board.", ["part-exceeds-whole"]),
    ("part of the total within it",
     "Trams on the Oxley loop carried 2.3m riders last year, the operator said. Season-ticket holders "
     "accounted for 1,600,000 of the total, with the rest paying on board.", []),
    ("part of the total after a sum told since",
     "Volunteers planted 5,200 trees in Harlow in March. In April they planted 800 more. Oaks made up 5,900 "
     "of the total.", []),
    # parts a sentence each, closed by "the remaining"
    ("parts a sentence each, wrong",
     "Anglers on the Esk caught 3,150 sea trout this season. Boat anglers landed 1,240 of the trout. Bank "
     "anglers took 1,050. The remaining 960 were caught by juniors.", ["listed-parts-add-up"]),
    ("parts a sentence each, right",
     "Anglers on the Esk caught 3,150 sea trout this season. Boat anglers landed 1,240 of the trout. Bank "
     "anglers took 1,050. The remaining 860 were caught by juniors.", []),
    ("parts a sentence each, other words, wrong",
     "The Harwick clinic gave 12,400 flu jabs over the winter. Care home residents received 5,100 of the "
     "jabs. Health workers were given 4,300. The remaining 2,600 went to pregnant women.",
     ["listed-parts-add-up"]),
    ("parts a sentence each, other words, right",
     "The Harwick clinic gave 12,000 flu jabs over the winter. Care home residents received 5,100 of the "
     "jabs. Health workers were given 4,300. The remaining 2,600 went to pregnant women, it said.", []),
    # shares of one base told sentence by sentence, the last a fraction
    ("shares run past 100 with a fraction",
     "Sales of bikes in Tolmere reached 4,200 this year. City bikes took 45 per cent of sales. Mountain bikes "
     "came next with 31%. Cargo bikes made up the remaining three in ten, the shop said.",
     ["shares-add-up-to-at-most-100"]),
    ("shares within 100 with a fraction",
     "Sales of bikes in Tolmere reached 4,200 this year. City bikes took 45 per cent of sales. Mountain bikes "
     "came next with 35%. Cargo bikes made up the remaining one in five, the shop said.", []),
    # a fraction of what a check found
    ("fraction of what a check found, wrong",
     "A survey of the 2,140 bus shelters in Hollin county found 880 were damaged, roughly one in five, the "
     "council said on Monday.", ["share-matches-its-parts"]),
    ("fraction of what a check found, right",
     "A survey of the 2,140 bus shelters in Hollin county found 440 were damaged, roughly one in five, the "
     "council said on Monday.", []),
    ("fraction of what an audit showed, wrong",
     "An audit of all 960 fire hydrants in Brenn found that 310 did not work, about a half, the water "
     "company said.", ["share-matches-its-parts"]),
    ("fraction of what an audit showed, right",
     "An audit of all 960 fire hydrants in Brenn found that 310 did not work, about a third, the water "
     "company said.", []),
    # a running total restated lower by the body's own speaker
    ("running total falls in its leader's words",
     "Brayford council had given out 9,400 bottles of water to households by Saturday night, the council "
     "said. \"Since the main burst, our teams have handed out 8,700 bottles,\" council leader Amira Shah "
     "said on Monday.", ["running-total-never-falls-in-text"]),
    ("running total rises in its leader's words",
     "Brayford council had given out 9,400 bottles of water to households by Saturday night, the council "
     "said. \"Since the main burst, our teams have handed out 10,700 bottles,\" council leader Amira Shah "
     "said on Monday.", []),
    # decoys: a level that falls, two sums of money sharing a word of time
    ("a level is no running total",
     "The lake peaked at 6.1 metres in 2019, when the marina flooded; it stood at 5.7 metres on Friday "
     "morning, the harbour board said.", []),
    ("two sums of money a year apart in use",
     "Parking fines came to 23,800 pounds over the year, the council said. It expects the new permit "
     "charge to raise about 18,000 pounds a year.", []),
]


@pytest.mark.parametrize("text,errors", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_desk_class_u(text, errors, ruleset, vocab):
    doc = Document(id="draft", text=text, title=None, source="Desk", published="2026-06-10T12:00:00")
    found = audit([doc], ruleset, vocab).findings
    assert sorted({f.rule for f in found if f.severity == "error"}) == sorted(errors), [f.message for f in found]
