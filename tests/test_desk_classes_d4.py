"""Classes of in-document inconsistency a desk's drafts showed (brief D4), end to end with the built-in
rules: "N of those NOUN" whose whole is the figure of that noun, not a figure of another noun said in
between; a share set off at the end of a part's clause ("Of the 96 boats, 18 capsized ..., nearly one
in three"; "Of those, 820 passed ..., about 61% of the total"); a currency joined to its number by a
hyphen ("a 40,000-pound grant") among the parts of a stated total, a part not rounded more coarsely
than that total; counts with no noun of their own ("Seventy-one went to ...") told after a whole; an
amount followed by "made up the rest" or "with the remainder" as a part of the whole before it; a
running total named again as "the total had climbed to" or by its noun and start ("count of ... since
March stood at"); and a headline's wider noun ("animals") that the body uses to refer back to its lead
count. Each planted wording has a clean twin.
"""
from __future__ import annotations

import pytest

from auditor.audit import audit
from auditor.documents import Document
from auditor.extract import extract_claims

CASES = [
    # "N of those NOUN": the whole is the figure of that noun, not the count said in between
    ("of those noun, past a count of another noun, right",
     "The food bank in Ostry handed out 12,400 parcels last winter, its manager said. Tinned goods, most of "
     "them donated by three churches and a school, made up 8,100 of those parcels, about two-thirds of the total.",
     []),
    ("of those noun, past a count of another noun, wrong",
     "The food bank in Ostry handed out 12,400 parcels last winter, its manager said. Tinned goods, most of "
     "them donated by three churches and a school, made up 13,100 of those parcels.", ["part-exceeds-whole"]),
    # a share set off at the end of a part's clause
    ("a fraction at the end of a part's clause, wrong",
     "Of the 140 yachts that started the Rennick race, 22 retired, ran aground or missed a mark in the fog, "
     "nearly one in three, the club said.", ["share-matches-its-parts"]),
    ("a fraction at the end of a part's clause, right",
     "Of the 140 yachts that started the Rennick race, 44 retired, ran aground or missed a mark in the fog, "
     "nearly one in three, the club said.", []),
    ("a hedged percent of the total after a quoted base, wrong",
     "\"We tested 1,350 learner drivers this spring, at four centres,\" said examiner Paula Greig. Of those, "
     "820 passed on the first attempt by the end of May, about 70% of the total, the agency said.",
     ["share-matches-its-parts"]),
    ("a hedged percent of the total after a quoted base, right",
     "\"We tested 1,350 learner drivers this spring, at four centres,\" said examiner Paula Greig. Of those, "
     "820 passed on the first attempt by the end of May, about 61% of the total, the agency said.", []),
    # a hyphenated currency among parts of a stated total
    ("a hyphenated currency in a stated sum, wrong",
     "The new pavilion was paid for by a 60,000-euro grant from the region, 18,500 euros from the club and "
     "9,000 euros from a raffle, a total of 93,000 euros, the treasurer said.", ["listed-parts-add-up"]),
    ("a hyphenated currency in a stated sum, right",
     "The new pavilion was paid for by a 60,000-euro grant from the region, 18,500 euros from the club and "
     "9,000 euros from a raffle, a total of 87,500 euros, the treasurer said.", []),
    # counts with no noun of their own, a sentence or a clause each, after the whole
    ("elided counts after a whole, wrong",
     "A record 164 cadets from the Harlow academy joined summer camps this year, the trust said on Monday. "
     "Seventy-one went to Brecon, where the first camp opened in 1974. Fifty-two spent a week on the coast, "
     "and 58 stayed at the lakes.", ["listed-parts-add-up"]),
    ("elided counts after a whole, right",
     "A record 181 cadets from the Harlow academy joined summer camps this year, the trust said on Monday. "
     "Seventy-one went to Brecon, where the first camp opened in 1974. Fifty-two spent a week on the coast, "
     "and 58 stayed at the lakes.", []),
    # an amount before "made up the rest" is a part of the whole before it
    ("an amount before the rest, larger than its whole",
     "The county spent 62,000 pounds on the Lammas fair this summer. The largest single cost was the "
     "marquees. A hire firm from Tarbet was paid 68,400 pounds for the tents and the crews. Security, "
     "parking and cleaning made up the rest.", ["amount-within-its-whole"]),
    ("an amount before the rest, within its whole",
     "The county spent 62,000 pounds on the Lammas fair this summer. The largest single cost was the "
     "marquees. A hire firm from Tarbet was paid 38,400 pounds for the tents and the crews. Security, "
     "parking and cleaning made up the rest.", []),
    ("a figure with the remainder, larger than the whole before it",
     "The Brora ferry carried 212,000 travellers in 2025, the port said. Each boat holds up to nine cars. "
     "Tourists from abroad numbered 236,000 last year, with the remainder commuters and hauliers.",
     ["part-exceeds-whole"]),
    ("a figure with the remainder, within the whole before it",
     "The Brora ferry carried 212,000 travellers in 2025, the port said. Each boat holds up to nine cars. "
     "Tourists from abroad numbered 136,000 last year, with the remainder commuters and hauliers.", []),
    ("an amount of another year before the rest",
     "The trust raised 50,000 pounds in 2024. In 2025 its shops brought in 64,000 pounds, with the rest "
     "from grants.", []),
    # a running total named again, lower
    ("the total had climbed to, lower",
     "Cyclists in Dunholm had ridden 61,200 kilometres since March 1 by the end of July, the organiser "
     "told the council in August. In an update on Tuesday, the council said the total had climbed to "
     "56,900 kilometres.", ["running-total-never-falls-in-text"]),
    ("the total had climbed to, higher",
     "Cyclists in Dunholm had ridden 61,200 kilometres since March 1 by the end of July, the organiser "
     "told the council in August. In an update on Tuesday, the council said the total had climbed to "
     "66,900 kilometres.", []),
    ("a count since a start named by its noun, lower",
     "\"Since March we have planted 7,700 trees along the river,\" volunteer leader Omar Said said in June. "
     "By September the group's count of trees planted since March stood at 7,070, its newsletter says.",
     ["running-total-never-falls-in-text"]),
    ("a count since a start named by its noun, higher",
     "\"Since March we have planted 7,700 trees along the river,\" volunteer leader Omar Said said in June. "
     "By September the group's count of trees planted since March stood at 9,070, its newsletter says.", []),
    # "the First World War" is a name, not an earlier figure
    ("a first in a name dates no figure",
     "The chapel, built in 1921 as a memorial to the 23 men of the valley killed in the First World War, "
     "seats 140 people.", []),
]


@pytest.mark.parametrize("text,errors", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_desk_class_d4(text, errors, ruleset, vocab):
    doc = Document(id="draft", text=text, title=None, source="Desk", published="2026-09-20T12:00:00")
    found = audit([doc], ruleset, vocab).findings
    assert sorted({f.rule for f in found if f.severity == "error"}) == sorted(errors), [f.message for f in found]


@pytest.mark.parametrize("title,body,fires", [
    ("Dog shelter rehomes nearly 800 animals in a year",
     "A shelter on the edge of Coldbrook rehomed 540 dogs this year, its manager said on Monday. About "
     "two-thirds of the animals went to families with children.", True),
    ("Dog shelter rehomes nearly 600 animals in a year",
     "A shelter on the edge of Coldbrook rehomed 570 dogs this year, its manager said on Monday. About "
     "two-thirds of the animals went to families with children.", False),
])
def test_headline_wider_noun_named_back(title, body, fires, ruleset, vocab):
    doc = Document(id="draft", text=body, title=title, source="Desk", published="2026-09-20T12:00:00")
    found = [f for f in audit([doc], ruleset, vocab).findings if f.rule == "headline-matches-body"]
    assert bool(found) == fires, [f.message for f in found]


@pytest.mark.parametrize("text,unit", [
    ("They won a 2,500-pound prize.", "GBP"),
    ("It took a 300-euro fine.", "EUR"),
    ("It was a 50-dollar bill.", "USD"),
])
def test_hyphenated_currency_word(text, unit, vocab):
    doc = Document(id="d", text=text, title=None, source="Desk", published="2026-09-20T12:00:00")
    claims = extract_claims(doc, vocab)
    assert [(c.kind, c.unit) for c in claims] == [("currency", unit)]
