"""Classes of in-document inconsistency a desk's drafts showed (brief D6), end to end with the built-in
rules. Each planted wording has a clean twin, and a decoy where the words that look like it relate
other figures.

- a share told in the sentence after its part and base, with no base of its own ("Of the 3,400 flights
  due, 2,650 left on time. The airport put punctuality at 84 per cent"), whatever noun names it,
  unless its clause names another base ("Nationally, ...", "its 90 per cent target");
- "Of the N X who ... in the town's nine schools, M ...": a figure of another thing inside the "Of the"
  clause leaves the part after the comma a part of N.
"""
from __future__ import annotations

import pytest

from auditor.audit import audit
from auditor.documents import Document
from auditor.vocabulary import load_vocabulary

CASES = [
    # a share one sentence after its part and base
    ("a rate after the pair, wrong",
     "Of the 3,400 flights due to leave Brenholt airport in October, 2,650 departed on schedule. The "
     "airport authority put on-time performance at 84 per cent for the month.", ["share-matches-its-parts"]),
    ("a rate after the pair, right",
     "Of the 3,400 flights due to leave Brenholt airport in October, 2,650 departed on schedule. The "
     "airport authority put on-time performance at 78 per cent for the month.", []),
    ("a national rate after the pair is of another base",
     "Of the 3,400 flights due to leave Brenholt airport in October, 2,650 departed on schedule. "
     "Nationally, 84 per cent of flights left on time.", []),
    ("an overall rate after the pair is of the whole, not the pair's base",
     "Of the 2,400 planning applications lodged in the old town, 610 were approved. The overall approval "
     "rate across the county fell to 71 per cent.", []),
    ("a rate across all of them after the pair is of another base",
     "Of the 9,000 entries in chemistry, 2,160 were graded A. The pass rate across all subjects was 97.1 "
     "per cent, the board said.", []),
    ("a target after the pair is of another base",
     "Of the 3,400 flights due to leave Brenholt airport in October, 2,650 departed on schedule. Its "
     "target is 90 per cent.", []),
    ("a fraction in a quote after the pair, wrong",
     "Of the 520 nurses balloted at Marlow General, 312 voted to strike. The union's regional secretary "
     "spoke outside the hospital. \"Four in five of our members are ready to walk out,\" she said.",
     ["share-matches-its-parts"]),
    ("a fraction in a quote after the pair, right",
     "Of the 520 nurses balloted at Marlow General, 312 voted to strike. The union's regional secretary "
     "spoke outside the hospital. \"Six in ten of our members are ready to walk out,\" she said.", []),
    ("a fraction of another noun after the pair is no rate of it",
     "Of the 31 coaches at the Brisk Valley club, six are qualified referees. The chair said about one in "
     "five matches is called off because of rain.", []),
    ("a pay offer after the pair is no rate of it",
     "Of the 900 porters at St Brannock's hospital, 810 backed the strike. The trust has offered 3.5 per cent "
     "this year.", []),
    ("the share of another part after the pair is no rate of it",
     "Of the 240 entrants to the Oxley junior chess open, 61 were under 12. Girls made up about 30 per cent "
     "of the field.", []),
    ("a pass rate with a figure of another thing in the of clause, wrong",
     "Of the 640 food outlets inspected in the borough's 12 wards, 496 were rated good or better. That left "
     "the council with a hygiene pass rate of 91 percent for the year.", ["share-matches-its-parts"]),
    ("a pass rate with a figure of another thing in the of clause, right",
     "Of the 640 food outlets inspected in the borough's 12 wards, 496 were rated good or better. That left "
     "the council with a hygiene pass rate of 77.5 percent for the year.", []),
    # amounts told one a sentence, the last "the remaining", under the amount of the sentence before
    ("a total split over three sentences, wrong",
     "Harbour Ferries reported full-year fares income of 96.4 million dollars on Monday. Commuter routes "
     "earned 51.2 million dollars. Its tourist sailings, which run from April to October, took 30.5 million. "
     "Freight carried the remaining 17.9 million dollars, the company said.", ["listed-parts-add-up"]),
    ("a total split over three sentences, right",
     "Harbour Ferries reported full-year fares income of 99.6 million dollars on Monday. Commuter routes "
     "earned 51.2 million dollars. Its tourist sailings, which run from April to October, took 30.5 million. "
     "Freight carried the remaining 17.9 million dollars, the company said.", []),
    ("a remainder in tonnes over three sentences, wrong",
     "The county's farms harvested 2.84 million tonnes of grain this summer. Wheat made 1.52 million tonnes. "
     "Barley, hit by the June drought, gave 0.81 million tonnes. Oats and rye brought in the remaining "
     "0.62 million tonnes.", ["listed-parts-add-up"]),
    ("amounts one a sentence with no remainder are no list",
     "The charity raised 4.2 million pounds last year. Its shops brought in 1.9 million pounds. A legacy "
     "added 0.6 million pounds.", []),
    # shares of one base over several sentences
    ("shares of homes over three sentences past 100",
     "A census of Varna Bay found that two in three households own their home. Renting privately has risen "
     "to 24 per cent of households, from 17 per cent in 2011. A further 15% rent from the council.",
     ["shares-add-up-to-at-most-100"]),
    ("shares of homes over three sentences within 100",
     "A census of Varna Bay found that two in three households own their home. Renting privately has risen "
     "to 19 per cent of households, from 17 per cent in 2011. A further 12% rent from the council.", []),
    ("shares of staff over sentences past 100",
     "A staff survey at Corran Mills found that three in four workers drive to the site. Cycling accounts "
     "for 18 percent of workers. Another 14 percent take the bus.", ["shares-add-up-to-at-most-100"]),
    ("a share of another noun ends the run",
     "A staff survey at Corran Mills found that three in four workers drive to the site. Car parking takes "
     "up 18 percent of the land. Another 14 percent is woodland.", []),
    # a change whose two ends carry their own times
    ("ends with their own months, wrong",
     "Waiting lists at Dunmore Hospital grew from 12,300 in January to 14,050 in June, a rise of 2,250 "
     "patients, the health board said.", ["change-matches-endpoints"]),
    ("ends with their own months, right",
     "Waiting lists at Dunmore Hospital grew from 12,300 in January to 14,050 in June, a rise of 1,750 "
     "patients, the health board said.", []),
    ("ends at the start and end of a season, wrong",
     "The lake's stock of brown trout fell from 8,400 at the start of the season to 6,900 at the end of "
     "August, a drop of 1,900 fish.", ["change-matches-endpoints"]),
    ("ends at the start and end of a season, right",
     "The lake's stock of brown trout fell from 8,400 at the start of the season to 6,900 at the end of "
     "August, a drop of 1,500 fish.", []),
    ("a relative change between dated ends, wrong",
     "Membership of the Kilbride rowing club went from 2,140 in spring 2025 to 2,610 this autumn, an increase "
     "of 28 per cent.", ["change-matches-endpoints"]),
    ("a relative change between dated ends, right",
     "Membership of the Kilbride rowing club went from 2,140 in spring 2025 to 2,610 this autumn, an increase "
     "of 22 per cent.", []),
    # "N of those <noun>" in a quote, the whole of that noun told sentences before
    ("of those house fires, more than the whole",
     "The fire service attended 860 house fires in the year to March, it said on Monday. Crews also freed "
     "about 140 drivers from cars in two floods. \"Cooking left unattended caused 910 of those house fires,\" "
     "the chief fire officer said.", ["part-exceeds-whole"]),
    ("of those house fires, within the whole",
     "The fire service attended 860 house fires in the year to March, it said on Monday. Crews also freed "
     "about 140 drivers from cars in two floods. \"Cooking left unattended caused 410 of those house fires,\" "
     "the chief fire officer said.", []),
    ("of those handbags, more than the whole",
     "Customs officers seized 3,200 counterfeit handbags at the port last year. They also stopped 14 lorries. "
     "\"Fake designer labels were sewn into 3,900 of those handbags,\" an official said.", ["part-exceeds-whole"]),
    # a running total of a measure not marked cumulative, the later figure said to be all so far
    ("trees planted so far, lower than before",
     "By the end of May volunteers had planted 42,500 trees along the River Tay, the Tayside woodland trust "
     "said. Schools joined in over the summer. On Sunday the trust said the number of trees planted so far "
     "stood at 39,800.", ["running-total-never-falls-in-text"]),
    ("trees planted so far, higher than before",
     "By the end of May volunteers had planted 42,500 trees along the River Tay, the Tayside woodland trust "
     "said. Schools joined in over the summer. On Sunday the trust said the number of trees planted so far "
     "stood at 45,800.", []),
    ("homes destroyed so far, lower than before",
     "Storms had destroyed 640 homes on the island of Mahé Nord by Thursday, the civil defence agency said. "
     "Ferries were cancelled for a third day. On Monday the agency said 590 homes had been destroyed so far.",
     ["running-total-never-falls-in-text"]),
    ("homes destroyed, lower, with no word of a total so far",
     "Storms destroyed 640 homes on the island of Mahé Nord last winter, the civil defence agency said. "
     "Ferries were cancelled for a third day. On Friday the agency said 590 homes had been destroyed this "
     "winter.", []),
]


@pytest.mark.parametrize("text,errors", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_desk_class_d6(text, errors, ruleset, vocab):
    doc = Document(id="draft", text=text, title=None, source="Desk", published="2026-10-20T12:00:00")
    found = audit([doc], ruleset, vocab).findings
    assert sorted({f.rule for f in found if f.severity == "error"}) == sorted(errors), [f.message for f in found]


def test_other_base_words_come_from_the_vocabulary(tmp_path, ruleset):
    """A desk adds a word of another base in YAML ("statewide"), and a share after a pair that names it
    is no longer read as that pair's rate."""
    text = ("Of the 3,400 flights due to leave Brenholt airport in October, 2,650 departed on schedule. "
            "Statewide, 84 per cent of flights left on time.")
    doc = Document(id="draft", text=text, title=None, source="Desk", published="2026-10-20T12:00:00")
    extra = tmp_path / "desk.yaml"
    extra.write_text("extend:\n  word_lists:\n    other_base_words:\n      words: [statewide]\n")
    assert audit([doc], ruleset, load_vocabulary()).findings
    assert not [f for f in audit([doc], ruleset, load_vocabulary([extra])).findings if f.severity == "error"]


@pytest.mark.parametrize("title,body,fires", [
    ("Hilltown passes 5,000 solar roofs",
     "The council had fitted 4,410 solar roofs by the end of March, and the running total has since climbed "
     "to 5,120, it said on Monday.", False),
    ("Hilltown passes 6,000 solar roofs",
     "The council had fitted 4,410 solar roofs by the end of March, and the running total has since climbed "
     "to 5,120, it said on Monday.", True),
    ("Borough tops 900 defibrillators",
     "Volunteers had registered 760 public defibrillators in the borough by January, and the total has now "
     "reached 912, the ambulance service said.", False),
])
def test_headline_of_a_running_total_is_its_latest_figure(title, body, fires, ruleset, vocab):
    doc = Document(id="draft", text=body, title=title, source="Desk", published="2026-10-20T12:00:00")
    found = [f for f in audit([doc], ruleset, vocab).findings if f.rule == "headline-matches-body"]
    assert bool(found) == fires, [f.message for f in found]


def _errors(text: str, ruleset, vocabulary) -> list[str]:
    doc = Document(id="draft", text=text, title=None, source="Desk", published="2026-10-20T12:00:00")
    return sorted({f.rule for f in audit([doc], ruleset, vocabulary).findings if f.severity == "error"})


def test_funded_nouns_come_from_the_vocabulary(tmp_path, ruleset):
    """The nouns of what an amount pays for ("The refit is funded by ...") are a YAML list a desk extends."""
    text = ("The refit of the island ferry will cost 3.1 million pounds. The refit is funded by a 1.2 million-pound "
            "grant, 0.9 million pounds of reserves and 0.6 million pounds of loans.")
    extra = tmp_path / "desk.yaml"
    extra.write_text("extend:\n  word_lists:\n    funded_nouns:\n      words: [refit]\n")
    assert _errors(text, ruleset, load_vocabulary()) == []
    assert _errors(text, ruleset, load_vocabulary([extra])) == ["listed-parts-add-up"]


def test_running_total_words_come_from_the_vocabulary(tmp_path, ruleset):
    """The words that say a figure is all there has been so far are a YAML list a desk extends ("thus far")."""
    text = ("Storms had destroyed 640 homes on the island of Mahé Nord by Thursday, the civil defence agency said. "
            "Ferries were cancelled for a third day. On Monday the agency said 590 homes had been destroyed thus far.")
    extra = tmp_path / "desk.yaml"
    extra.write_text("extend:\n  word_lists:\n    running_total_words:\n      words: [thus far]\n")
    assert _errors(text, ruleset, load_vocabulary()) == []
    assert _errors(text, ruleset, load_vocabulary([extra])) == ["running-total-never-falls-in-text"]
