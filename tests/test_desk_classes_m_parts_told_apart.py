"""Classes of a whole and its parts (or shares) told in different sentences, end to end with the built-in
rules; each planted wording has a clean twin.

- "N of them" after figures of another kind in its own sentence (a duration, an age, a size): "them" is the
  sentence before's figure, as for a sentence's first figure ("Loans under 5,000 euros made up 1,900 of
  them");
- a breakdown after a colon opening with the whole's noun named back ("The votes split as follows: ..."):
  its parts add up to the one figure of that noun in the sentence before;
- a share "up from X%" or "down from X%" beside the share of a run of shares told sentence by sentence:
  where the share stood before, not another share of the run, so the run goes on ("46% of homes, up from
  30% ... Gas made up 40%, and oil the remaining 20%");
- a share "of them" (or "of those") in the sentence after an "N of M" pair: a share of the N, a sub-group,
  never the pair's rate ("1,380 of the 2,200 members voted. About a quarter of them voted online");
- a negative figure written with "minus" or a sign, restated in another unit: its precision is half its last
  digit either way ("minus 4C (25F)": -4C is 24.8F);
- "the last"/"the final" before an amount of money or a scaled sum is the last item of a breakdown, not a
  pick of a few ("the first ten runners" stays no claim).
"""
from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.extract import extract_claims
from conftest import draft_errors, draft_findings

CASES = [
    ("of them after a duration: a part above its whole (loans)",
     "The bank approved 1,800 small business loans in the spring. Loans of under 12 months made up 1,950 of "
     "them, the bank said.", "part-exceeds-whole"),
    ("of them after a duration: a part within its whole (loans)",
     "The bank approved 1,800 small business loans in the spring. Loans of under 12 months made up 950 of "
     "them, the bank said.", None),
    ("of them after an age: a part above its whole (patients)",
     "The clinic saw 730 patients in November. Children under 5 accounted for 790 of them.",
     "part-exceeds-whole"),
    ("of them after an age: a part within its whole (patients)",
     "The clinic saw 730 patients in November. Children under 5 accounted for 190 of them.", None),
    ("of them after a comma: the figure before it, its unit elided (no look back)",
     "The crew of 4 sailed north in May. The captain had logged 9,000 hours at sea, 2,400 of them "
     "in the Arctic.", None),
    ("a named-back breakdown after a colon that does not add up (votes)",
     "Residents cast 12,400 votes in the parish poll. The votes split as follows: 7,100 for the bypass, "
     "4,300 against it and 1,300 spoilt.", "listed-parts-add-up"),
    ("a named-back breakdown after a colon that adds up (votes)",
     "Residents cast 12,400 votes in the parish poll. The votes split as follows: 7,100 for the bypass, "
     "4,000 against it and 1,300 spoilt.", None),
    ("a named-back breakdown of a noun the sentence before does not count (no whole)",
     "Residents cast 12,400 votes in the parish poll. The grants were divided as follows: 7,100 for roads, "
     "4,300 for parks and 1,300 for lights.", None),
    ("shares over two sentences past 100%, an earlier share beside the first (heating)",
     "Heat pumps accounted for 35% of the 80,000 new heating systems fitted last year, up from 22% a year "
     "before. Gas boilers made up 52%, and oil the remaining 18%.", "shares-add-up-to-at-most-100"),
    ("shares over two sentences within 100%, an earlier share beside the first (heating)",
     "Heat pumps accounted for 35% of the 80,000 new heating systems fitted last year, up from 22% a year "
     "before. Gas boilers made up 52%, and oil the remaining 13%.", None),
    ("a share of them after a pair: a sub-group, not the pair's rate (members)",
     "Of the 2,200 members of the co-operative, 1,380 voted on the merger. About a quarter of them voted "
     "online.", None),
    ("a share with no back reference after a pair: the pair's rate, which disagrees (members)",
     "Of the 2,200 members of the co-operative, 1,380 voted on the merger. About a quarter of members "
     "took part, the board said.", "share-matches-its-parts"),
    ("minus, restated in Fahrenheit and rounded (frost)",
     "Overnight the temperature fell to minus 7C (19F) in the valleys.", None),
    ("minus, restated in Fahrenheit wrongly (frost)",
     "Overnight the temperature fell to minus 7C (28F) in the valleys.", "same-quantity-stated-consistently"),
    ("a sign, restated in Fahrenheit and rounded (frost)",
     "Overnight the temperature fell to -13C (9F) in the valleys.", None),
]


@pytest.mark.parametrize("text,rule", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_parts_and_shares_told_apart(text, rule, ruleset, vocab):
    errors = draft_errors(vocab, ruleset, text)
    assert sorted(errors) == ([rule] if rule else []), errors


def test_the_named_back_breakdown_states_its_sum(ruleset, vocab):
    [text] = [c[1] for c in CASES if c[0].startswith("a named-back breakdown after a colon that does not")]
    [finding] = [f for f in draft_findings(vocab, ruleset, text) if f.rule == "listed-parts-add-up"]
    assert "7,100 + 4,300 + 1,300 = 12,700" in finding.message


def test_a_part_of_no_thing_is_named_without_none(ruleset, vocab):
    text = "The hotel logged 640 bookings in June. Stays of 48 hours or less made up 700 of them."
    [finding] = [f for f in draft_findings(vocab, ruleset, text) if f.rule == "part-exceeds-whole"]
    assert "None" not in finding.message


@pytest.mark.parametrize("text,kept", [
    ("Parks get the last 300 million, bringing the total to 2 billion euros.", ["300 million", "2 billion euros"]),
    ("Libraries receive the final 45,000 euros.", ["45,000 euros"]),
    ("The first 10 runners got a medal.", []),
    ("Only the top 3 teams qualify.", []),
])
def test_the_last_amount_is_a_claim_and_a_pick_is_not(text, kept, vocab):
    doc = Document(id="draft", text=text, source="Desk", published="2026-10-20T12:00:00")
    assert [c.text for c in extract_claims(doc, vocab)] == kept
