"""A share told right after a part of a whole, as what the part makes of it, is checked against the pair: set
off by a comma in the pair's sentence ("..., just over two-thirds of them", "..., which works out at 40%"), or
in the next sentence named as a rate or share ("its success rate, 58 per cent") or opened on "That was".
A share of another base, or one said with its own verb and subject, stays apart. Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from auditor.audit import audit
from auditor.documents import Document


def _share_findings(body: str, ruleset, vocab) -> list:
    doc = Document(id="draft", text=body, title=None, source="Desk", published="2026-10-02T12:00:00")
    return [f for f in audit([doc], ruleset, vocab).findings if f.rule == "share-matches-its-parts"]


@pytest.mark.parametrize("body,fires", [
    ("Inspectors cleared 1,310 of the 2,400 restaurants they visited, just over two-thirds of them, the agency "
     "said.", True),
    ("Inspectors cleared 1,610 of the 2,400 restaurants they visited, just over two-thirds of them, the agency "
     "said.", False),
    ("Lifeguards found the owner in 612 of those rescues, which works out at 40 per cent. Owners reported "
     "1,840 rescues last year.", False),      # the whole comes after: no pair before the share
    ("Owners reported 1,840 lost dogs last year. Wardens found the owner in 612 of those, which works out "
     "at 40 per cent.", True),
    ("The board upheld 930 of the 1,720 complaints it decided. It said its success rate, 58 per cent, was the "
     "best in the region.", True),
    ("The board upheld 930 of the 1,720 complaints it decided. It said its success rate, 54 per cent, was the "
     "best in the region.", False),
    ("Judges granted 640 licences in 2025. That was 81 per cent of the 1,020 requests lodged, the ministry "
     "said.", True),
    ("The board upheld 930 of the 1,720 complaints it decided. The overall success rate across the country "
     "was 71 per cent.", False),     # another base
    ("The board upheld 930 of the 1,720 complaints it decided. Staff turnover averaged 12 per cent.", False),
])
def test_a_share_told_after_its_pair(body, fires, ruleset, vocab):
    assert bool(_share_findings(body, ruleset, vocab)) == fires
