"""Classes of in-text relations between a draft's own numbers (brief fixK), end to end with the built-in rules.
Every sentence is our own; each planted wording has a clean twin.

- parts counted ahead: a figure, then a small count said to be all there are ("Only three operators",
  "one of four causes", "all two"...: relations.yaml ``parts_count_cues``), then that many figures of its kind
  told over the next sentences: they are all of the figure, so they add up to it (business, election and
  public-finance copy alike). Without such a count, or with a list that goes on past it, parts told in later
  sentences may be a selection and are not summed;
- one figure at one scale: a hedged round sum ("almost 2m euros", "just under 2bn pounds") or count ("Roughly
  25,000 runners") and the one precise figure near its size, of that currency or counted noun, told in another
  sentence with other words (a sale, a cost, a bill; "took part", "started"), are one figure said twice,
  and the precise one must lie within what the hedge allows. Not when two precise figures are near it,
  when the two are of periods that do not meet (a day inside a month is a part of it), when either is looked
  for (a forecast, a target, "expects"), when each is named as a kind of one thing ("Beer duty", "Wine
  duty"), or when one is a rate ("a year") and the other a total.
"""
from __future__ import annotations

import pytest

from auditor.audit import audit
from auditor.documents import Document

COUNTED_AHEAD = [
    ("three regions, short of the whole (complaints)",
     "The ombudsman handled 5,400 complaints last year. Only three regional offices take them in. The northern "
     "office logged 2,100, the southern office 1,900 and the western office 1,000.", True),
    ("three regions, adding up (complaints)",
     "The ombudsman handled 5,400 complaints last year. Only three regional offices take them in. The northern "
     "office logged 2,100, the southern office 1,900 and the western office 1,400.", False),
    ("the only three candidates, over two sentences (election)",
     "A total of 84,300 votes were cast for the only three candidates on the ballot. Ana Ruiz took 41,200 of "
     "them. Li Wen won 30,100 votes, and Omar Fadel came last with 11,000.", True),
    ("the only three candidates, adding up (election)",
     "A total of 84,300 votes were cast for the only three candidates on the ballot. Ana Ruiz took 41,200 of "
     "them. Li Wen won 30,100 votes, and Omar Fadel came last with 13,000.", False),
    ("two collectors of a levy, money past the whole (public finance)",
     "The state raised 9.6bn crowns from road tolls this year. Just two operators collect them. NorthLink "
     "handed over 5.9bn crowns and Vial passed on 4.1bn crowns.", True),
    ("two collectors of a levy, money adding up (public finance)",
     "The state raised 9.6bn crowns from road tolls this year. Just two operators collect them. NorthLink "
     "handed over 5.9bn crowns and Vial passed on 3.7bn crowns.", False),
    ("one of four causes, told one a sentence (grid faults)",
     "Engineers logged 3,820 faults on the grid over the winter. The company traced each fault to one of four "
     "causes. Storms caused 1,640 of the faults. Worn equipment explained another 1,010. Tree falls were "
     "behind 560, and digging work behind 310.", True),
    ("one of four causes, adding up (grid faults)",
     "Engineers logged 3,820 faults on the grid over the winter. The company traced each fault to one of four "
     "causes. Storms caused 1,640 of the faults. Worn equipment explained another 1,010. Tree falls were "
     "behind 860, and digging work behind 310.", False),
    # decoys: a selection, not all of the whole
    ("no count said ahead: two routes of many (airline)",
     "The airline flew 2.1 million passengers in the year. Its route to the capital carried 400,000 and the "
     "island route 350,000.", False),
    ("a list that goes on past the count (shops)",
     "The chain sold 61,000 bicycles last year. Only two of its shops sell e-bikes. Shop A sold 9,000, shop B "
     "7,000 and the website 12,000.", False),
    ("the count is of something else, larger parts (stadium)",
     "The club sold 18,000 season tickets. Only three stands were open on Saturday, when 21,400 fans came "
     "and 19,800 stayed to the end.", False),
]

ONE_SUM = [
    ("an auction's sale said hedged, then its results outside (business)",
     "A private collection of clocks sold for nearly 3m euros at auction on Tuesday. The 410 lots fetched 3.42 "
     "million euros in all, the auction house said.", True),
    ("an auction's sale said hedged, then its results inside (business)",
     "A private collection of clocks sold for nearly 3m euros at auction on Tuesday. The 410 lots fetched 2.86 "
     "million euros in all, the auction house said.", False),
    ("a scheme's cost said hedged, then costed outside (public finance)",
     "The government will spend about 1.5bn pounds on the school repair scheme. The treasury's costing, "
     "published on Wednesday, puts it at 1.87 billion pounds.", True),
    ("a scheme's cost said hedged, then costed inside (public finance)",
     "The government will spend about 1.5bn pounds on the school repair scheme. The treasury's costing, "
     "published on Wednesday, puts it at 1.46 billion pounds.", False),
    ("a turnover rounded, then the accounts outside (company results)",
     "The bakery chain turned over roughly 40m dollars last year. Its annual accounts put revenue at 47.6 "
     "million dollars.", True),
    ("a turnover rounded, then the accounts inside (company results)",
     "The bakery chain turned over roughly 40m dollars last year. Its annual accounts put revenue at 41.3 "
     "million dollars.", False),
    # decoys: two sums
    ("a forecast beside what was had (fees)",
     "Parking fines brought in 14,600 pounds over the year. The council expects the new permit fee to raise "
     "about 12,000 pounds.", False),
    ("two precise sums near the hedged one (museum)",
     "The museum's rebuild will cost about 8m euros. The state grant is 7.2 million euros, and the city has "
     "set aside 8.9 million euros for the wider site.", False),
    ("last year's sum beside this year's (tickets)",
     "Ticket revenue rose to about 5m euros this year. It was up from 4.1 million euros in 2025.", False),
    ("two kinds of one levy, each named (duties)",
     "Beer duty raised 2.26bn crowns in the year. Wine duty brought in about 2bn crowns.", False),
    ("a rate beside a total (kiosk)",
     "The beach kiosk takes about 20,000 euros a month in summer. Over the whole season it took 23,400 euros.",
     False),
    # counts of one noun: the same, whatever verb or words each is said with
    ("a regatta's boats rounded, then the race log outside (local news)",
     "Almost 60 boats sailed in Saturday's regatta on the lake. The club's race log lists 71 boats.", True),
    ("a regatta's boats rounded, then the race log inside (local news)",
     "Almost 60 boats sailed in Saturday's regatta on the lake. The club's race log lists 57 boats.", False),
    ("a year's visitors rounded in a quote, then the report's year outside (culture)",
     "\"We welcomed roughly 300,000 visitors this year,\" the museum's director said. The museum's annual "
     "report counts 362,400 visitors in the year to October.", True),
    ("a year's visitors rounded in a quote, then the report's year inside (culture)",
     "\"We welcomed roughly 300,000 visitors this year,\" the museum's director said. The museum's annual "
     "report counts 291,800 visitors in the year to October.", False),
    ("runners who took part rounded, then the starters outside (sport)",
     "Roughly 6,000 runners took part in the city half marathon on Sunday. The timing firm said 7,140 runners "
     "started the race.", True),
    # decoys
    ("starters and finishers both near the hedged figure (sport)",
     "About 8,000 runners took part in the race on Sunday. Results show 7,640 runners finished, out of 8,120 "
     "runners who started.", False),
    ("a day's takings beside the month's (shop)",
     "The new shop took about 2,000 pounds on Saturday, its opening day. Over October as a whole, sales came "
     "to 2,340 pounds.", False),
    ("a ferry's passengers and the operator's other counts (transport)",
     "The ferry, carrying 812 passengers, lost one of its two engines off the coast. The operator, which runs "
     "five ferries, cancelled three crossings.", False),
]


def _audit(text, ruleset, vocab, title=None):
    doc = Document(id="draft", text=text, title=title, source="Desk", published="2026-10-20T12:00:00")
    return audit([doc], ruleset, vocab).findings


@pytest.mark.parametrize("text,fires", [c[1:] for c in COUNTED_AHEAD], ids=[c[0] for c in COUNTED_AHEAD])
def test_parts_counted_ahead_add_up_to_their_whole(text, fires, ruleset, vocab):
    found = _audit(text, ruleset, vocab)
    assert any(f.rule == "listed-parts-add-up" for f in found) == fires, [f.message for f in found]
    assert not any(f.severity == "error" and f.rule != "listed-parts-add-up" for f in found), \
        [f.message for f in found]


@pytest.mark.parametrize("text,fires", [c[1:] for c in ONE_SUM], ids=[c[0] for c in ONE_SUM])
def test_one_figure_at_one_scale_said_twice(text, fires, ruleset, vocab):
    found = _audit(text, ruleset, vocab)
    assert any(f.rule == "same-quantity-stated-consistently" for f in found) == fires, [f.message for f in found]
