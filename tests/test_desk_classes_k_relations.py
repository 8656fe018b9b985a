"""Classes of in-text relations between a draft's own numbers (brief fixK), end to end with the built-in rules.
Every sentence is our own; each planted wording has a clean twin.

- parts counted ahead: a figure, then a small count said to be all there are ("Only three operators",
  "one of four causes", "all two"...: relations.yaml ``parts_count_cues``), then that many figures of its kind
  told over the next sentences: they are all of the figure, so they add up to it (business, election and
  public-finance copy alike). Without such a count, or with a list that goes on past it, parts told in later
  sentences may be a selection and are not summed.
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


def _audit(text, ruleset, vocab, title=None):
    doc = Document(id="draft", text=text, title=title, source="Desk", published="2026-10-20T12:00:00")
    return audit([doc], ruleset, vocab).findings


@pytest.mark.parametrize("text,fires", [c[1:] for c in COUNTED_AHEAD], ids=[c[0] for c in COUNTED_AHEAD])
def test_parts_counted_ahead_add_up_to_their_whole(text, fires, ruleset, vocab):
    found = _audit(text, ruleset, vocab)
    assert any(f.rule == "listed-parts-add-up" for f in found) == fires, [f.message for f in found]
    assert not any(f.severity == "error" and f.rule != "listed-parts-add-up" for f in found), \
        [f.message for f in found]
