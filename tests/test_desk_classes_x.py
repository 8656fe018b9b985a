"""Classes of in-document inconsistency a desk's drafts showed (brief X), end to end with the built-in
rules, each planted wording beside a clean twin:

- a part named by a phrase that points back to the group the sentence before counted, before the
  sentence's first figure ("Among those entrants, ...", "Within that number were ...", "The biggest
  group among them, ..., stood at ..."), whose whole is that group's count, not a gap beside it
  ("..., 900 fewer than in May");
- a round bound ("upwards of", "north of", "more than", "up to") of a quantity whose precise figure,
  told elsewhere in the text, lies on the wrong side of it: a warning (a speaker's loose word, as a hedged
  figure against a register's is for the rounding check); a precise figure within the bound is no
  rounding of it and stays quiet;
- a running total counted since a start ("since the season began") told again later, by the same body
  or another, with words that say it is all there has been ("this season", "in total", "have now been"):
  it may not fall (two bodies' figures of one moment, neither told later, stay rival estimates);
- shares of one base listed after semicolons with their verb left out ("A took 52% of them; B, 30%; C,
  21%"): they add up;
- "in the region of N" read as "about N";
- a share "of all <a counted noun>" set off after a bare count: of the count before it, not of a nearer
  sum of money.
"""
from __future__ import annotations

import pytest

from auditor.audit import audit
from auditor.documents import Document
from auditor.extract import extract_claims

CASES = [
    # a part pointed back to by "among those NOUN" before the sentence's first figure
    ("among those, part too large",
     "A total of 7,420 walkers finished the coastal trek on Saturday, the organisers said. Among those "
     "walkers, 7,980 had signed up through a school or a club.", ["part-exceeds-whole"]),
    ("among those, part fits",
     "A total of 7,420 walkers finished the coastal trek on Saturday, the organisers said. Among those "
     "walkers, 2,980 had signed up through a school or a club.", []),
    ("within that number, part too large",
     "The college enrolled 12,650 students this autumn. Within that number were 13,100 part-time learners, "
     "the registrar said.", ["part-exceeds-whole"]),
    ("within that number, part fits",
     "The college enrolled 12,650 students this autumn. Within that number were 3,100 part-time learners, "
     "the registrar said.", []),
    ("group among them beside a gap, part too large",
     "The housing office had 38,200 households on its waiting list in March, 900 fewer than in February. "
     "The biggest group among them, those waiting over two years, stood at 39,400.", ["part-exceeds-whole"]),
    ("group among them beside a gap, part fits",
     "The housing office had 38,200 households on its waiting list in March, 900 fewer than in February. "
     "The biggest group among them, those waiting over two years, stood at 19,400.", []),
    # a running total since a start, told again later with "have now been", "in total", "this season"
    ("another body's later total, now, falls",
     "Since the outbreak began on May 2, the ministry said on Monday, 86,000 pigs had been slaughtered on "
     "infected farms. The veterinary agency said on Thursday that 81,500 pigs have now been culled in the "
     "outbreak.", ["running-total-never-falls-in-text"]),
    ("another body's later total, now, rises",
     "Since the outbreak began on May 2, the ministry said on Monday, 86,000 pigs had been slaughtered on "
     "infected farms. The veterinary agency said on Thursday that 91,500 pigs have now been culled in the "
     "outbreak.", []),
    ("a length in total, falls",
     "\"By the end of June we had cleared 6.4 km of towpath since work began in 2022,\" the trust's director, "
     "Omar Field, said. The council said on Friday that volunteers had now cleared 6.1 km of towpath in total.",
     ["running-total-never-falls-in-text"]),
    ("a length in total, rises",
     "\"By the end of June we had cleared 6.4 km of towpath since work began in 2022,\" the trust's director, "
     "Omar Field, said. The council said on Friday that volunteers had now cleared 6.9 km of towpath in total.",
     []),
    ("an area burned this season, falls",
     "Fires have burned 12,300 hectares since the season began on May 1, the fire service said on Monday. On "
     "Friday the service said 11,800 hectares had burned this season.", ["running-total-never-falls-in-text"]),
    ("an area burned this season, rises",
     "Fires have burned 12,300 hectares since the season began on May 1, the fire service said on Monday. On "
     "Friday the service said 12,800 hectares had burned this season.", []),
    ("decoy: two bodies' totals, neither told later",
     "The ministry said crews had cleared 41.2 km of road since the storm. The army said its engineers had "
     "cleared 38.5 km of road in total.", []),
    ("another body's total told now, falls",
     "The ministry said crews had cleared 41.2 km of road since the storm. The army said on Friday its "
     "engineers had now cleared 38.5 km of road in total.", ["running-total-never-falls-in-text"]),
    # shares after semicolons, verbs left out
    ("semicolon shares, over 100",
     "The poll asked 2,300 commuters how they got to work. Trains carried 52 per cent of them; buses, 30 "
     "per cent; bicycles, 21 per cent.", ["shares-add-up-to-at-most-100"]),
    ("semicolon shares, within 100",
     "The poll asked 2,300 commuters how they got to work. Trains carried 52 per cent of them; buses, 30 "
     "per cent; bicycles, 16 per cent.", []),
    ("decoy: semicolon shares of two bases",
     "Turnout was 64 per cent in the north; in the south, 58 per cent; nationally, 61 per cent.", []),
    # a bound broken by the precise figure of its quantity
    ("upwards of, broken",
     "The festival sold 31,250 tickets this year. \"Upwards of 40,000 tickets went in a weekend,\" the "
     "promoter, Ana Ruiz, said.", []),
    ("upwards of, kept",
     "The festival sold 41,250 tickets this year. \"Upwards of 40,000 tickets went in a weekend,\" the "
     "promoter, Ana Ruiz, said.", []),
    ("north of, money, broken",
     "The bridge levy raised 1.72 billion euros last year. The transport minister said the levy had "
     "raised north of 2 billion euros.", []),
    ("north of, money, kept",
     "The bridge levy raised 2.08 billion euros last year. The transport minister said the levy had "
     "raised north of 2 billion euros.", []),
]


@pytest.mark.parametrize("text,errors", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_desk_class_x(text, errors, ruleset, vocab):
    doc = Document(id="draft", text=text, title=None, source="Desk", published="2026-06-10T12:00:00")
    found = audit([doc], ruleset, vocab).findings
    assert sorted({f.rule for f in found if f.severity == "error"}) == sorted(errors), [f.message for f in found]


BOUNDS = {c[0]: c[1] for c in CASES if "of," in c[0]}


@pytest.mark.parametrize("name", list(BOUNDS))
def test_broken_bound_is_a_warning_with_its_arithmetic(name, ruleset, vocab):
    """A broken bound is a speaker's loose word against a count: a warning that says which side it is on."""
    doc = Document(id="draft", text=BOUNDS[name], title=None, source="Desk", published="2026-06-10T12:00:00")
    messages = [f.message for f in audit([doc], ruleset, vocab).findings
                if f.severity == "warning" and f.rule == "same-quantity-stated-consistently"]
    if name.endswith("broken"):
        assert any(" puts it above " in m and "is below that" in m for m in messages), messages
    else:
        assert not messages


def test_in_the_region_of_is_about(vocab):
    doc = Document(id="d", text="In the region of 6,000 homes were sold.", title=None, source="Desk",
                   published="2026-06-10T12:00:00")
    (c,) = [c for c in extract_claims(doc, vocab) if c.value == 6000]
    assert (c.low, c.high) == pytest.approx((5400, 6600))


def test_share_of_all_a_noun_is_of_the_count_not_the_money(ruleset, vocab):
    text = ("The agency counted 3.2 million visitors last year. They spent 4.1 billion euros. Walkers were "
            "the largest group, at 0.81 million, or about a quarter of all visitors.")
    doc = Document(id="d", text=text, title=None, source="Desk", published="2026-06-10T12:00:00")
    result = audit([doc], ruleset, vocab)
    share = next(c for c in result.claims if c.text == "about a quarter")
    whole = next(c for c in result.claims if c.id == share.share_of)
    assert whole.value == 3_200_000
    assert not [f for f in result.findings if f.severity == "error"]
