"""The relation step ``_part_of_a_group_before`` (brief fixM4): a figure told as "N of the NOUN" (or "of our",
"out of those"...) with no figure of its own after it is a part of the figure told before it that counts that
noun, else of the one figure before of its kind and unit at its scale, whatever noun each is named by. Measured
over every dev desk set: the planted errors it ties were lost as "relation not found" (4 more caught), no clean
draft flagged, and every other relation it sets holds. Every sentence here is our own: some must fire, some must
stay quiet (a part within its whole; a fraction; several candidate wholes; another scale; "all N of the"; by
another noun, a part a fifth more than the one figure before, which is another group).
"""
from __future__ import annotations

import pytest

from auditor.audit import audit
from auditor.documents import Document

CASES = [
    # ties the step makes: a part larger than the figure before it is flagged
    ("another noun for the group (club members)",
     "The rowing club counted 640 members this spring, its secretary said. Training starts in June. In the "
     "end 700 of our rowers come from the town itself.", True),
    ("money of the gap, named apart (council budget)",
     "Brandholm council faces a 2.3bn-kroner gap next year. Officials blamed energy costs. The finance chief said "
     "school transport alone made up 2.6 billion kroner of the shortfall.", True),
    ("out of those, the noun said again (clinic)",
     "The clinic treated 12,300 patients in March. Doctors saw 12,950 out of those patients within an hour.", True),
    ("a participle group (job fair)",
     "The fair matched 3,410 graduates with employers in May. No fewer than 3,600 of the people matched had "
     "studied abroad.", True),
    # the same drafts told right: a part within its whole
    ("another noun for the group, within it",
     "The rowing club counted 640 members this spring, its secretary said. Training starts in June. In the "
     "end 500 of our rowers come from the town itself.", False),
    ("money of the gap, within it",
     "Brandholm council faces a 2.3bn-kroner gap next year. Officials blamed energy costs. The finance chief said "
     "school transport alone made up 1.6 billion kroner of the shortfall.", False),
    ("out of those, within it",
     "The clinic treated 12,300 patients in March. Doctors saw 9,950 out of those patients within an hour.", False),
    # decoys: no tie to make
    ("a fraction of the group",
     "The rowing club has 640 members. Three in four of our rowers live in town.", False),
    ("the whole group said so",
     "Divers reached 12 miners and their foreman on Sunday. All 13 of the trapped men were brought up alive.",
     False),
    ("another scale: a few of a stretch of time",
     "The vineyard employs 230 pickers. Three of the last five summers were too dry.", False),
    ("by another noun, far past the count before: another group",
     "Nine coaches were booked for the school trip. Pupils filled 25 of the seats on the first morning.", False),
    ("by another noun said beside the count before: another group",
     "The 30 food vans served families from across the region. Fifty of the families stayed until dark.", False),
    ("of the total, the count before grown since",
     "Walkers cleared 1,400 sacks of litter from the beach in May. In June they cleared 300 more. Plastic filled "
     "1,550 of the haul.", False),
    ("two counts before, neither of the noun",
     "The agency approved 1,200 loans out of 5,900 requests. Lenders backed 1,450 of the new firms.", False),
]


WITHIN = ("part-exceeds-whole", "amount-within-its-whole")


def _audit(text, ruleset, vocab):
    doc = Document(id="draft", text=text, title=None, source="Desk", published="2026-10-20T12:00:00")
    return audit([doc], ruleset, vocab)


@pytest.mark.parametrize("text,fires", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_part_of_a_group_told_before_stays_within_it(text, fires, ruleset, vocab):
    found = _audit(text, ruleset, vocab).findings
    assert any(f.rule in WITHIN and f.severity == "error" for f in found) == fires, [f.message for f in found]
    assert not any(f.severity == "error" and f.rule not in WITHIN for f in found), \
        [f.message for f in found]


def test_the_part_is_tied_to_the_figure_that_counts_its_noun(ruleset, vocab):
    claims = _audit("The bank shut 140 branches in 2025 and sold 2 buildings. It will reopen 18 of the branches by "
                    "the end of the year.", ruleset, vocab).claims
    by_text = {c.text: c for c in claims}
    part, whole = by_text["18"], by_text["140"]
    assert part.part_of == whole.id
