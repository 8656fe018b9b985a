"""Classes of in-text relations a desk's drafts showed (brief fixF), end to end with the built-in rules. Each
planted wording has a clean twin.

- "Of that budget, ...", "Of this quota, ...": a sentence that opens by naming back, with "that" or "this" and a
  noun, the figure of the sentence before whose clause says that noun: its first figure is a part of it (the
  level reached, never where a change started);
- a level with its change named right after it ("..., a drop of 2,300") whose start is told in the next
  sentence in the past perfect ("The office had counted 17,900 in October"): a change between those two;
- "11,240 homes, 8.4 per cent fewer than the 12,270 ...": a difference in per cent between the level and the
  figure after "than", which a headline's change in per cent is held to;
- what something can hold ("can seat up to 250", "will be able to handle 4 million a year") is a capacity:
  no whole of "N of them", no figure a count of the year restates.
"""
from __future__ import annotations

import pytest

from auditor.audit import audit
from auditor.documents import Document

CASES = [
    # "Of that <noun>,"
    ("of that budget: a part past its whole (schools)",
     "The county agreed on Monday to set next year's school building budget at 84 million pounds, down from 91 "
     "million pounds this year. Of that budget, primary schools will get 88 million pounds.",
     ["amount-within-its-whole"]),
    ("of that budget: a part within its whole (schools)",
     "The county agreed on Monday to set next year's school building budget at 84 million pounds, down from 91 "
     "million pounds this year. Of that budget, primary schools will get 52 million pounds.", []),
    ("of this quota: a part past its whole (visas)",
     "The ministry raised the seasonal work visa quota to 45,000 for 2027. Of this quota, farms in the south "
     "may recruit 47,500 workers.", ["part-exceeds-whole"]),
    ("of this quota: a part within its whole (visas)",
     "The ministry raised the seasonal work visa quota to 45,000 for 2027. Of this quota, farms in the south "
     "may recruit 27,500 workers.", []),
    ("decoy: the start of the change is no whole (grants)",
     "The council cut its arts grant fund to 1.2 million euros from 1.9 million euros. Of that fund, theatres "
     "will receive 0.7 million euros.", []),
    # a level, its change, its start in the next sentence
    ("a drop whose start, told after, disagrees (hospital beds)",
     "There were 4,210 patients waiting for a bed at the end of the week, a drop of 650. The trust had counted "
     "4,760 the week before.", ["change-matches-endpoints"]),
    ("a drop whose start, told after, agrees (hospital beds)",
     "There were 4,210 patients waiting for a bed at the end of the week, a drop of 550. The trust had counted "
     "4,760 the week before.", []),
    ("a rise whose start, told after, disagrees (ferry crossings)",
     "The port handled 38,400 crossings in August, a rise of 3,100 on the month. It had recorded 36,100 in "
     "July.", ["change-matches-endpoints"]),
    ("a rise whose start, told after, agrees (ferry crossings)",
     "The port handled 38,400 crossings in August, a rise of 2,300 on the month. It had recorded 36,100 in "
     "July.", []),
    ("decoy: another count told after is no start (retraining)",
     "There were 16,400 claimants at the end of the month, a drop of 900. The office had enrolled 1,240 people "
     "on retraining courses.", []),
    # a difference in per cent "fewer than"
    ("per cent fewer than: wrong (car sales)",
     "Dealers sold 48,300 new cars in the third quarter, 12.5 per cent fewer than the 52,100 sold a year "
     "earlier, the trade body said.", ["change-matches-endpoints"]),
    ("per cent fewer than: right (car sales)",
     "Dealers sold 48,300 new cars in the third quarter, 7.3 per cent fewer than the 52,100 sold a year "
     "earlier, the trade body said.", []),
    ("per cent more than: wrong (museum visits)",
     "The museum welcomed 212,000 visitors over the summer holidays, 18 per cent more than the 192,000 who "
     "came last summer.", ["change-matches-endpoints"]),
    # capacity
    ("a capacity is no whole of 'N of them' (trains)",
     "The new trains can carry up to 620 passengers. The operator has ordered 740 of them for the coast line.",
     []),
    ("a capacity is no whole of 'N of them' (stadium)",
     "The stadium was designed to hold 45,000 fans. The club sold 52,000 of them season tickets over the years.",
     []),
]

UPDATES = [
    ("an update announced the sentence before, lower (potholes)",
     "The council's report on Tuesday said crews had repaired 2,140 potholes since January. On Friday the "
     "council released updated figures. They put the year's total at 2,050 repairs.", True),
    ("an update announced the sentence before, higher (potholes)",
     "The council's report on Tuesday said crews had repaired 2,140 potholes since January. On Friday the "
     "council released updated figures. They put the year's total at 2,190 repairs.", False),
    ("an update announced the sentence before, lower (evacuations)",
     "The agency's morning bulletin said it had moved 1,320 residents to shelters since the river burst its "
     "banks. In the evening it issued a new bulletin. It put the total so far at 1,280 evacuations.", True),
    ("an update announced the sentence before, higher (evacuations)",
     "The agency's morning bulletin said it had moved 1,320 residents to shelters since the river burst its "
     "banks. In the evening it issued a new bulletin. It put the total so far at 1,390 evacuations.", False),
]

HEADLINES = [
    ("headline per cent against 'per cent fewer than' (car sales)",
     "Car sales fall 15% as prices rise",
     "Dealers reported sales of 48,300 new cars in the third quarter, 7.3 per cent fewer than the 52,100 sold a "
     "year earlier, the trade body said.", True),
    ("headline per cent matching 'per cent fewer than' (car sales)",
     "Car sales fall 7% as prices rise",
     "Dealers reported sales of 48,300 new cars in the third quarter, 7.3 per cent fewer than the 52,100 sold a "
     "year earlier, the trade body said.", False),
    ("headline per cent against a body's levels (permits)",
     "Building permits drop 20% in Lorvik",
     "Lorvik issued 3,120 building permits in the year to June, 6 per cent fewer than the 3,320 issued a year "
     "before.", True),
    ("headline per cent matching a body's levels (permits)",
     "Building permits drop 6% in Lorvik",
     "Lorvik issued 3,120 building permits in the year to June, 6 per cent fewer than the 3,320 issued a year "
     "before.", False),
]


def _audit(text, ruleset, vocab, title=None):
    doc = Document(id="draft", text=text, title=title, source="Desk", published="2026-10-20T12:00:00")
    return audit([doc], ruleset, vocab).findings


@pytest.mark.parametrize("text,errors", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_relations_in_text(text, errors, ruleset, vocab):
    found = _audit(text, ruleset, vocab)
    assert sorted({f.rule for f in found if f.severity == "error"}) == sorted(errors), [f.message for f in found]


@pytest.mark.parametrize("title,text,fires", [c[1:] for c in HEADLINES], ids=[c[0] for c in HEADLINES])
def test_headline_change_against_per_cent_fewer(title, text, fires, ruleset, vocab):
    found = _audit(text, ruleset, vocab, title)
    assert any(f.rule == "headline-matches-body" for f in found) == fires, [f.message for f in found]


@pytest.mark.parametrize("text,fires", [c[1:] for c in UPDATES], ids=[c[0] for c in UPDATES])
def test_update_announced_the_sentence_before(text, fires, ruleset, vocab):
    found = _audit(text, ruleset, vocab)
    assert any(f.rule == "running-total-never-falls-in-text" for f in found) == fires, [f.message for f in found]
