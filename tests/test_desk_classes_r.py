"""Classes of in-document inconsistency a desk's drafts showed (brief R), end to end with the built-in rules: a level
given with its difference from an earlier one ("63 depots, 18 fewer than the 76 it had in 2012") is a change the
three figures must agree on; a rounded field of competitors named again exactly under another noun of its entry
("Around 300 runners ... of the 346 entrants"), a warning of the rounding rule; a headline figure is compared with
the body's figure of its scale ("passes three million specimens" with 2.4 million, not with 5,300 brought back on
one trip), and a headline share in words with the body's part of its whole ("Half of potholes repaired" over 2,650
of 7,400); and two decoys that are no inconsistency: a price and its alternative for another group ("30 pounds, or
12 pounds for children") are neither a restatement of one amount nor parts of a total after them. Each planted
wording has a clean twin.
"""
from __future__ import annotations

import pytest

from auditor.audit import audit
from auditor.documents import Document

CASES = [
    # a level, then its difference from an earlier level after "than"
    ("fewer than the earlier level, wrong",
     "Harrowgate county now runs 63 gritting depots, 18 fewer than the 76 it had in 2012, the highways "
     "department said on Monday.", ["change-matches-endpoints"]),
    ("fewer than the earlier level, right",
     "Harrowgate county now runs 63 gritting depots, 13 fewer than the 76 it had in 2012, the highways "
     "department said on Monday.", []),
    ("more than the earlier level, wrong",
     "The Tollbridge clinic saw 1,215 patients in March, 140 more than the 1,105 it treated in February, "
     "its manager Aisha Rahman said.", ["change-matches-endpoints"]),
    ("more than the earlier level, right",
     "The Tollbridge clinic saw 1,215 patients in March, 110 more than the 1,105 it treated in February, "
     "its manager Aisha Rahman said.", []),
    ("fewer than in a year, the noun between, wrong",
     "Penmarra harbour registered 212 fishing boats this spring, 31 boats fewer than the 236 counted in 2019.",
     ["change-matches-endpoints"]),
    # a price and its alternative for another group: no restatement, no parts of the prize fund
    ("a price and a concession before a total",
     "Tickets cost 30 pounds, or 12 pounds for children, and total takings reached 41,000 pounds, the "
     "organisers of the Kestrel Fair said.", []),
    ("a price and a concession alone",
     "A season pass at the Brockhurst lido costs 85 euros, or 40 euros for pensioners.", []),
    ("a restated amount in another notation still compared",
     "The charity raised $4.5m, or 5.2 million dollars, at its spring gala in Lowell.",
     ["same-quantity-stated-consistently"]),
    ("listed parts before a total still summed",
     "The Elmbury shelter rehomed 120 dogs, 85 cats and 40 rabbits last year, 265 animals in all.",
     ["listed-parts-add-up"]),
    ("listed parts joined by or are alternatives, no sum",
     "Day passes cost 14 euros, or 9 euros for students, or 6 euros for children, and the trust took "
     "61,000 euros in all.", []),
]


@pytest.mark.parametrize("text,errors", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_desk_class_r(text, errors, ruleset, vocab):
    doc = Document(id="draft", text=text, title=None, source="Desk", published="2026-06-10T12:00:00")
    found = audit([doc], ruleset, vocab).findings
    assert sorted({f.rule for f in found if f.severity == "error"}) == sorted(errors), [f.message for f in found]


HEADLINES = [
    # a headline figure of millions against the body's figure of its scale, named by a compound noun
    ("Herbarium passes three million specimens",
     "The Calder Herbarium now holds 2.4 million plant specimens, after 61,000 were added last year, its "
     "curators said. A survey team brought back 5,300 specimens from the Ardmore hills in May.",
     "2.4 million"),
    ("Herbarium passes two million specimens",
     "The Calder Herbarium now holds 2.04 million plant specimens, after 61,000 were added last year, its "
     "curators said. A survey team brought back 5,300 specimens from the Ardmore hills in May.", None),
    # a headline share in words against the body's part of its whole
    ("Half of reported potholes repaired in Wexcombe",
     "Drivers reported 7,400 potholes to Wexcombe council last year, and its crews repaired 2,650 of them "
     "within a month, the council said. Crews also cleared 310 blocked drains.", "2,650 of 7,400"),
    ("Half of reported potholes repaired in Wexcombe",
     "Drivers reported 7,400 potholes to Wexcombe council last year, and its crews repaired 3,640 of them "
     "within a month, the council said. Crews also cleared 310 blocked drains.", None),
    ("A third of bus shelters in Dunmere lack lighting",
     "A council audit of Dunmere's bus shelters found that 34% had no working light, while repairs to the "
     "rest cost 18,000 pounds.", None),
    # "Hundreds of" the thing over the body's count of that thing, given after a larger total of it
    ("Hundreds of roadside grit bins found empty",
     "Halworth council has 2,150 roadside grit bins on its register, and a January inspection found 610 were "
     "empty.", None),
    ("Hundreds of roadside grit bins found empty",
     "Halworth council has 2,150 roadside grit bins on its register, and a January inspection found 1,610 were "
     "empty.", "2,150"),
]


@pytest.mark.parametrize("title,text,said", HEADLINES, ids=[f"{h[0]} / {h[2]}" for h in HEADLINES])
def test_desk_class_r_headlines(title, text, said, ruleset, vocab):
    doc = Document(id="draft", text=text, title=title, source="Desk", published="2026-06-10T12:00:00")
    found = [f for f in audit([doc], ruleset, vocab).findings if f.severity == "error"]
    if said is None:
        assert not found, [f.message for f in found]
    else:
        assert [f.rule for f in found] == ["headline-matches-body"], [f.message for f in found]
        assert said in found[0].message and "  " not in found[0].message


WARNINGS = [
    ("runners named again as entrants, above the rounding",
     "Around 300 runners lined up for the Corrie Hill fell race on Saturday, the club said.\n\n"
     "Of the 346 entrants, 41 were running the course for the first time.", True),
    ("runners named again as entrants, within the rounding",
     "Around 300 runners lined up for the Corrie Hill fell race on Saturday, the club said.\n\n"
     "Of the 318 entrants, 41 were running the course for the first time.", False),
    ("contestants named again as players, below the rounding",
     "Nearly 600 contestants signed up for the Ostrava quiz league this season.\n\n"
     "Of the 512 players, a third were new to the league, its secretary said.", True),
]


@pytest.mark.parametrize("text,warned", [c[1:] for c in WARNINGS], ids=[c[0] for c in WARNINGS])
def test_desk_class_r_rounding(text, warned, ruleset, vocab):
    doc = Document(id="draft", text=text, title=None, source="Desk", published="2026-06-10T12:00:00")
    found = audit([doc], ruleset, vocab).findings
    rounding = [f for f in found if f.rule == "rounding-matches-precise-figure"]
    assert bool(rounding) == warned, [f.message for f in found]
    assert not [f for f in found if f.severity == "error"], [f.message for f in found]
