"""Classes of in-document inconsistency a desk's drafts showed (brief D5), end to end with the built-in
rules: a stated change given as the amount added after both ends ("..., up from 410,000 last year, an
extra 52,000"); a breakdown that opens "N of the NOUN" under a count of the sentence before, named by
another noun ("140 entrants ... Sixty of the runners came from ..."), its list closed by "the other N";
and the sources of an amount listed in the sentence after it ("The money comes from a 900,000-pound
grant, ..."), all of it unless another source with no figure follows. Each planted wording has a clean
twin. A lone "N of the NOUN" of a noun the sentence before did not count stays unlinked (only a breakdown
closed by "the other" or "the remaining" ties it to that count).
"""
from __future__ import annotations

import pytest

from auditor.audit import audit
from auditor.documents import Document

CASES = [
    # a stated change as the amount added, after both ends
    ("an extra amount after up from, wrong",
     "Takings at the Ferrisford beer festival reached 64,500 euros, up from 51,000 euros in 2025, an extra "
     "17,500 euros for the lifeboat fund.", ["change-matches-endpoints"]),
    ("an extra amount after up from, right",
     "Takings at the Ferrisford beer festival reached 64,500 euros, up from 51,000 euros in 2025, an extra "
     "13,500 euros for the lifeboat fund.", []),
    ("an additional count after from and to, wrong",
     "The hospice's bed count went from 18 to 26 this autumn, an additional 6 beds, its director said.",
     ["change-matches-endpoints"]),
    ("an additional count after from and to, right",
     "The hospice's bed count went from 18 to 26 this autumn, an additional 8 beds, its director said.", []),
    ("a further amount in dollars, wrong",
     "The county set aside $2.3 million for road repairs, up from $1.9 million a year earlier, a further "
     "$0.6 million, the budget shows.", ["change-matches-endpoints"]),
    ("an extra amount that is no change of the ends",
     "Ticket sales came to 4,200, up from 3,900 last year. An extra 300 seats will be added next year.", []),
    # "N of the NOUN" under a count of the sentence before, another noun
    ("of the group by another noun, parts short of the whole",
     "A record 131 riders entered the Tolvern hill climb on Sunday, the club said. Fifty-two of the cyclists "
     "came from Cornwall and 44 from Devon. The other 29 travelled from Brittany.", ["listed-parts-add-up"]),
    ("of the group by another noun, parts that fit",
     "A record 125 riders entered the Tolvern hill climb on Sunday, the club said. Fifty-two of the cyclists "
     "came from Cornwall and 44 from Devon. The other 29 travelled from Brittany.", []),
    ("of the group by the same noun, wrong",
     "The Kestle choir festival drew 86 choirs this year. Thirty of the choirs sang in Welsh and 41 in English. "
     "The other 9 sang in Cornish.", ["listed-parts-add-up"]),
    ("of the group by the same noun, right",
     "The Kestle choir festival drew 80 choirs this year. Thirty of the choirs sang in Welsh and 41 in English. "
     "The other 9 sang in Cornish.", []),
    ("of the group as the clause before the first part, wrong",
     "The Pellin sea swim drew 96 swimmers on New Year's Day. Of the bathers, 41 came from the town and "
     "37 from the villages. The other 12 were visitors.", ["listed-parts-add-up"]),
    ("of the group as the clause before the first part, right",
     "The Pellin sea swim drew 90 swimmers on New Year's Day. Of the bathers, 41 came from the town and "
     "37 from the villages. The other 12 were visitors.", []),
    ("of the group, a breakdown larger than the whole",
     "Some 240 bowlers took part in the Ardley open. Two hundred of the players came from Kent and 70 from "
     "Surrey, and the remaining 15 from abroad.", ["listed-parts-add-up"]),
    ("of the group, a lone part of a noun not counted before: no whole",
     "Some 240 bowlers took part in the Ardley open. Three hundred of the players came from outside the "
     "county.", []),
    ("a count of the group inside its sentence: no part of the count before",
     "In the county 6 drivers in fatal crashes were over the limit. Cyclists accounted for 14 of the deaths.",
     []),
    ("of a group the sentence before names with no figure: no link",
     "The 40 stalls at the Brandle market sold cheese to shoppers from across the county. Sixty of the "
     "shoppers answered a survey.", []),
    # the sources of an amount told in the sentence after it
    ("sources of a cost, short of it",
     "The new lifeboat station at Penwith will cost 2.1 million pounds, the charity said. The money comes "
     "from a 900,000-pound grant from the lottery fund, 650,000 pounds of the charity's reserves and "
     "a 450,000-pound appeal, its treasurer said.", ["listed-parts-add-up"]),
    ("sources of a cost, all of it",
     "The new lifeboat station at Penwith will cost 2.1 million pounds, the charity said. The money comes "
     "from a 900,000-pound grant from the lottery fund, 750,000 pounds of the charity's reserves and "
     "a 450,000-pound appeal, its treasurer said.", []),
    ("sources of a cost paid for by, over it",
     "The bridge repair is priced at 3.4 million dollars. It will be paid for by 2.5 million dollars from "
     "the state and 1.2 million dollars from the county.", ["listed-parts-add-up"]),
    ("sources of a cost with another source named after: not all of it",
     "The new lifeboat station at Penwith will cost 2.1 million pounds, the charity said. The money comes "
     "from a 900,000-pound grant and 650,000 pounds of reserves, and the rest from donations.", []),
    # a fraction that names the base, then a list of shares of no base of their own in the next sentence
    ("a fraction of the base then two shares, over 100",
     "The Corrin dog show had 320 entries on Sunday. Three-quarters of the entries were pedigree dogs. "
     "Crossbreeds made up 18 per cent, and 12% were rescue dogs shown by their new owners.",
     ["shares-add-up-to-at-most-100"]),
    ("a fraction of the base then two shares, within 100",
     "The Corrin dog show had 320 entries on Sunday. Three-quarters of the entries were pedigree dogs. "
     "Crossbreeds made up 15 per cent, and 10% were rescue dogs shown by their new owners.", []),
    ("half of the visitors then two shares, over 100",
     "Half of the visitors to the Lorne gardens came by car, a survey found. Coaches accounted for 35%, "
     "and 22% walked or cycled in.", ["shares-add-up-to-at-most-100"]),
    ("half of the visitors then two shares, within 100",
     "Half of the visitors to the Lorne gardens came by car, a survey found. Coaches accounted for 30%, "
     "and 20% walked or cycled in.", []),
    ("a fraction then a single share of another question: never added",
     "Two-thirds of the members voted in the ballot. Women made up 58% of the committee.", []),
    # a share that points back to the part the sentence before gives ("That is ...")
    ("that is a share of the part before, wrong",
     "The Wexley lido sold 9,600 swims this summer. Season-ticket holders took 2,100 of them. \"That is "
     "nearly half of all our swims, which shows how loyal people are,\" said manager Ines Cardo.",
     ["share-matches-its-parts"]),
    ("that is a share of the part before, right",
     "The Wexley lido sold 9,600 swims this summer. Season-ticket holders took 2,100 of them. \"That is "
     "nearly a quarter of all our swims, which shows how loyal people are,\" said manager Ines Cardo.", []),
    ("this group alone was a share, wrong",
     "A cattery near Orrin took in 220 cats last year. Of those, 66 came from one house. This group alone was "
     "about 45% of the year's intake, the owner said.", ["share-matches-its-parts"]),
    ("this group alone was a share, right",
     "A cattery near Orrin took in 220 cats last year. Of those, 66 came from one house. This group alone was "
     "about 30% of the year's intake, the owner said.", []),
    ("it represents a share of a part in money, wrong",
     "The festival cost 80,000 pounds to stage. Of that sum, 12,000 pounds went on security. It represents "
     "a quarter of the budget, the organisers said.", ["share-matches-its-parts"]),
    # the subject of a running total grown to a later figure, named by another noun
    ("a petition grown to fewer names",
     "An online petition to keep the Haddow swimming pool open had collected 5,320 signatures by early "
     "August, its organiser said. The council says the pool loses 90,000 pounds a year. On Tuesday the "
     "petition had grown to 4,870 names.", ["running-total-never-falls-in-text"]),
    ("a petition grown to more names",
     "An online petition to keep the Haddow swimming pool open had collected 5,320 signatures by early "
     "August, its organiser said. The council says the pool loses 90,000 pounds a year. On Tuesday the "
     "petition had grown to 5,870 names.", []),
    ("an appeal that reached less money",
     "The Salcombe lifeboat appeal raised 41,500 pounds in its first month. Donations came from 16 "
     "countries. By the end of the year the appeal had reached 38,900 pounds.",
     ["running-total-never-falls-in-text"]),
    ("an appeal that reached more money",
     "The Salcombe lifeboat appeal raised 41,500 pounds in its first month. Donations came from 16 "
     "countries. By the end of the year the appeal had reached 48,900 pounds.", []),
    ("grown to a figure of an earlier year than the first: no fall",
     "The village had 2,400 residents in 2020, the census showed. In 1900 the village had grown to 1,900 "
     "residents.", []),
    ("a club that grew, another subject's figure before",
     "The Yarrow rowing club has 210 members. The town has 180 boats on its moorings. Since then the "
     "fleet has grown to 195 boats.", []),
    # an amount said of one thing "alone", a part of the total an earlier sentence gives
    ("a part said alone, more than the total",
     "The Tarnside lido reopened in May after repairs that cost 1.9 million euros. The main pool was "
     "relined with steel. The new roof alone came to 2.2 million euros, council papers show.",
     ["amount-within-its-whole"]),
    ("a part said alone, within the total",
     "The Tarnside lido reopened in May after repairs that cost 1.9 million euros. The main pool was "
     "relined with steel. The new roof alone came to 0.6 million euros, council papers show.", []),
    ("security alone will cost, more than the budget",
     "The Dunmow folk weekend has a budget of 48,000 pounds. Security alone will cost 52,000 pounds this "
     "year, the organisers said.", ["amount-within-its-whole"]),
    ("alone after a small price: the price is no whole",
     "Tickets to the Harnby air show cost 25 pounds. The display team alone cost 180,000 pounds to book.", []),
    ("alone of another year: no part",
     "The museum spent 30,000 pounds on repairs in 2025. In 2019 the roof alone cost 45,000 pounds.", []),
]


@pytest.mark.parametrize("text,errors", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_desk_class_d5(text, errors, ruleset, vocab):
    doc = Document(id="draft", text=text, title=None, source="Desk", published="2026-09-20T12:00:00")
    found = audit([doc], ruleset, vocab).findings
    assert sorted({f.rule for f in found if f.severity == "error"}) == sorted(errors), [f.message for f in found]


@pytest.mark.parametrize("title,body,fires", [
    ("Book fair draws 9,000 visitors",
     "Some 6,200 people visited the Carrow book fair over the weekend, organisers said on Monday.", True),
    ("Book fair draws 6,000 visitors",
     "Some 6,200 people visited the Carrow book fair over the weekend, organisers said on Monday.", False),
    ("Charity walk draws 4,000 walkers",
     "About 2,900 people walked the 10-mile route around Lake Orme on Sunday, the charity said.", True),
    ("Charity walk draws 3,000 walkers",
     "About 2,900 people walked the 10-mile route around Lake Orme on Sunday, the charity said.", False),
    ("Late opening draws 8,000 shoppers",
     "About 5,100 people shopped in Tennerby town centre on Thursday evening, the council said.", True),
    ("Late opening draws 5,000 shoppers",
     "About 5,100 people shopped in Tennerby town centre on Thursday evening, the council said.", False),
])
def test_headline_agent_noun_of_the_body_verb(title, body, fires, ruleset, vocab):
    doc = Document(id="draft", text=body, title=title, source="Desk", published="2026-09-20T12:00:00")
    found = [f for f in audit([doc], ruleset, vocab).findings if f.rule == "headline-matches-body"]
    assert bool(found) == fires, [f.message for f in found]
