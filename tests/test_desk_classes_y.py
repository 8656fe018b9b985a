"""Classes of in-document inconsistency a desk's drafts showed (brief Y), end to end with the built-in
rules: an "m" glued to a decimal among figures of its size (a million, not a metre), a part "of those"
after a clock time in the clause ("Of the 900 runners who set off at 9am, 612 ..., roughly two-thirds"),
a sentence's first figure "of them" / "of those jobs" whose whole is the sentence before (its level, not
where a change started), a change whose earlier end is the sentence before ("had 64 in 2018. Today it has
51, a fall of 13"), parts told a sentence each and
closed by "the other N", amounts listed in one sentence and closed by "the remaining" under the figure
the sentence before gives, and shares of one base closed by "The rest, a third of the total". Each
planted wording has a clean twin, and lengths written "1.8m" stay metres.
"""
from __future__ import annotations

import pytest

from auditor.audit import audit
from auditor.documents import Document
from auditor.extract.numbers import find_numbers

CASES = [
    # an "m" glued to a decimal, listed with figures of its size: millions of the list's unit
    ("glued m among pounds, sum wrong",
     "The new lido cost 2.75 million pounds. A lottery fund gave 900,000 pounds, the county put in 0.8m "
     "from its leisure budget, and the remaining 1,150,000 pounds came from a public appeal.",
     ["listed-parts-add-up"]),
    ("glued m among pounds, sum right",
     "The new lido cost 2.85 million pounds. A lottery fund gave 900,000 pounds, the county put in 0.8m "
     "from its leisure budget, and the remaining 1,150,000 pounds came from a public appeal.", []),
    # amounts of one sentence closed by "the remaining", the whole in the sentence before
    ("amounts closed by the remaining under the sentence before, wrong",
     "Restoring the Calder mill wheel cost 410,000 euros. The heritage agency paid 150,000 euros, the "
     "town gave 95,000 euros and the remaining 190,000 euros was raised by a trust.", ["listed-parts-add-up"]),
    ("amounts closed by the remaining under the sentence before, right",
     "Restoring the Calder mill wheel cost 435,000 euros. The heritage agency paid 150,000 euros, the "
     "town gave 95,000 euros and the remaining 190,000 euros was raised by a trust.", []),
    # parts a sentence each, the first "of them", closed by "the other N"
    ("parts closed by the other, wrong",
     "Dunmore library lent 3,200 e-books in October. Crime novels made up 1,450 of them. Biographies "
     "accounted for 980, a record for the month. Readers borrowed the other 900 from the children's list.",
     ["listed-parts-add-up"]),
    ("parts closed by the other, right",
     "Dunmore library lent 3,200 e-books in October. Crime novels made up 1,450 of them. Biographies "
     "accounted for 980, a record for the month. Readers borrowed the other 770 from the children's list.",
     []),
    ("a first figure of them exceeds the sentence before",
     "The Pellow depot runs 212 buses. Electric models make up 240 of them, the operator said.",
     ["part-exceeds-whole"]),
    ("a first figure of them within the sentence before",
     "The Pellow depot runs 212 buses. Electric models make up 64 of them, the operator said.", []),
    ("of those jobs, a quote after a level and its past, wrong",
     "Crews at Hexley fire station answered 1,240 calls in 2025, up from 1,100 in 2024, the service said. "
     "\"Chimney fires were behind 1,310 of those jobs,\" said station manager Ruth Onyango.",
     ["part-exceeds-whole"]),
    ("of those jobs, a quote after a level and its past, right",
     "Crews at Hexley fire station answered 1,240 calls in 2025, up from 1,100 in 2024, the service said. "
     "\"Chimney fires were behind 1,180 of those jobs,\" said station manager Ruth Onyango.", []),
    # "Of the N ... at 9am, M ..., roughly two-thirds": a clock time in the clause before the part
    ("a fraction after a clock time, wrong",
     "Of the 900 runners who set off at 9.30am, 402 finished the course, roughly two-thirds, the "
     "organisers said.", ["share-matches-its-parts"]),
    ("a fraction after a clock time, right",
     "Of the 900 runners who set off at 9.30am, 612 finished the course, roughly two-thirds, the "
     "organisers said.", []),
    ("one in five after a clock time, wrong",
     "Of the 1,500 ferries due before 10am, 610 left late, about one in five, the port said.",
     ["share-matches-its-parts"]),
    # a level in one sentence, the next opening with the new level and naming its change
    ("a change across two sentences, wrong",
     "The Ashby choir had 64 singers in 2018. Today it has 51, a fall of 9, its conductor said.",
     ["change-matches-endpoints"]),
    ("a change across two sentences, right",
     "The Ashby choir had 64 singers in 2018. Today it has 51, a fall of 13, its conductor said.", []),
    ("a rise across two sentences, wrong",
     "Allotment plots in Kelby numbered 230 in 2020. This year there are 296, a rise of 76, the parish said.",
     ["change-matches-endpoints"]),
    # shares of one base told a sentence each, closed by "The rest, a third of the total"
    ("shares closed by the rest, a third, wrong",
     "The helpline took 6,120 calls in the spring. Billing queries made up 41% of the calls. Faults "
     "accounted for 32 per cent. The rest, a third of the total, were about moving home.",
     ["shares-add-up-to-at-most-100"]),
    ("shares closed by the rest, a quarter, right",
     "The helpline took 6,120 calls in the spring. Billing queries made up 41% of the calls. Faults "
     "accounted for 32 per cent. The rest, a quarter of the total, were about moving home.", []),
]


@pytest.mark.parametrize("text,errors", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_desk_class_y(text, errors, ruleset, vocab):
    doc = Document(id="draft", text=text, title=None, source="Desk", published="2026-06-10T12:00:00")
    found = audit([doc], ruleset, vocab).findings
    assert sorted({f.rule for f in found if f.severity == "error"}) == sorted(errors), [f.message for f in found]


@pytest.mark.parametrize("text,value", [
    ("Voltan's buses carried 2.4m of the journeys and Rell's 1,900,000.", 2_400_000),
    ("The council gave 0.5m and a charity 420,000 dollars.", 500_000),
    ("The wave reached 4m and 120,000 homes lost power.", 4),          # a length beside a count of other size
    ("The hall is 1.8m wide. It seats 300,000 a year.", 1.8),           # a sentence apart
    ("Winds of 30m/s hit the 250,000 residents.", 30),                  # a speed
])
def test_glued_m_is_a_million_among_peers(text, value):
    lower = text.lower()
    first = find_numbers(text, lower, frozenset({"usd", "gbp"}), frozenset("$£€"))[0]
    assert first.value == value
