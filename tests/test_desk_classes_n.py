"""Classes of in-document inconsistency a desk's drafts showed (brief N), end to end with the built-in
rules: a part named again by the noun of its measure ("40 of the newborns" after "310 calves born", as
"the participants" name those enrolled), and a running total brought to a later figure by an addition
("six more training days followed, taking the number so far this year to N") after a figure dated to
an earlier month ("by the end of April"); a rounded count named again exactly with "the" under another
noun of its group ("nearly 9,000 traineeships ... of the 9,840 trainees", "more than a million people ... the
936,000 concertgoers"), a warning of the rounding rule. Each planted wording has a clean twin.
"""
from __future__ import annotations

import pytest

from auditor.audit import audit
from auditor.documents import Document

CASES = [
    # a part named by the noun of the whole's measure, a paragraph after it
    ("newborns of the births, more than them",
     None, "Westcombe Farm Park recorded 230 lambs born in the spring, its busiest season yet, the owners said.\n\n"
           "Staff bottle-fed 260 of the newborns after their ewes could not feed them, shepherd Tom Ellery said.",
     ["part-exceeds-whole"]),
    ("newborns of the births, fewer",
     None, "Westcombe Farm Park recorded 230 lambs born in the spring, its busiest season yet, the owners said.\n\n"
           "Staff bottle-fed 26 of the newborns after their ewes could not feed them, shepherd Tom Ellery said.",
     []),
    ("newborns named again, more than them",
     None, "The maternity unit at St Aldric's saw 1,140 babies born last year, the trust said on Friday. Midwives "
           "delivered 1,310 of the newborns in the new birth centre.", ["part-exceeds-whole"]),
    ("newborns named again, fewer",
     None, "The maternity unit at St Aldric's saw 1,140 babies born last year, the trust said on Friday. Midwives "
           "delivered 310 of the newborns in the new birth centre.", []),
    # a running total dated to the end of a month, then brought to a lower figure by an addition
    ("running total brought lower",
     None, "By the end of April, 1,530 people had volunteered as river wardens along the Esk and the Wend. Six "
           "more training days followed in May, taking the number of volunteers so far this year to 1,480.",
     ["running-total-never-falls-in-text"]),
    ("running total brought higher",
     None, "By the end of April, 1,530 people had volunteered as river wardens along the Esk and the Wend. Six "
           "more training days followed in May, taking the number of volunteers so far this year to 1,610.",
     []),
    ("a year's count down from the year before stays no running total",
     None, "By the end of the season, 2,210 people had taken the ferry to Inchmore, down from 2,450 the "
           "season before, the operator said.", []),
]


@pytest.mark.parametrize("title,text,errors", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_desk_class_n(title, text, errors, ruleset, vocab):
    doc = Document(id="draft", text=text, title=title, source="Desk", published="2026-06-10T12:00:00")
    found = audit([doc], ruleset, vocab).findings
    assert sorted({f.rule for f in found if f.severity == "error"}) == sorted(errors), [f.message for f in found]


WARNINGS = [
    ("traineeships named again as trainees, above the rounding",
     "Nearly 9,000 traineeships were taken up in the Ardlow valley last year, the training council said. Of the "
     "9,840 trainees who began, 38% were women.", True),
    ("traineeships named again as trainees, within the rounding",
     "Nearly 9,000 traineeships were taken up in the Ardlow valley last year, the training council said. Of the "
     "8,870 trainees who began, 38% were women.", False),
    ("people named again as concertgoers, below the floor",
     "More than a million people went to a concert in Varholm last year, the city said. \"The 936,000 "
     "concertgoers we counted show the appetite is back,\" said its culture officer, Anya Brekke.", True),
    ("people named again as concertgoers, above the floor",
     "More than a million people went to a concert in Varholm last year, the city said. \"The 1,036,000 "
     "concertgoers we counted show the appetite is back,\" said its culture officer, Anya Brekke.", False),
    ("a part named with the is no restatement of another group",
     "About 40,000 people visited the Varholm fair, the city said. The 12,500 pupils who came on school trips "
     "got in free.", False),
]


@pytest.mark.parametrize("text,warned", [c[1:] for c in WARNINGS], ids=[c[0] for c in WARNINGS])
def test_desk_class_n_rounding(text, warned, ruleset, vocab):
    doc = Document(id="draft", text=text, title=None, source="Desk", published="2026-06-10T12:00:00")
    found = audit([doc], ruleset, vocab).findings
    rounding = [f for f in found if f.rule == "rounding-matches-precise-figure"]
    assert bool(rounding) == warned, [f.message for f in found]
    assert not [f for f in found if f.severity == "error"], [f.message for f in found]
