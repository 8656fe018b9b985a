"""Four classes of a percentage or a share set against a base that is not its own, end to end with the built-in
rules; each quiet case has a twin that must still fire (stop Q, from distractors of the desk drafts):

- a ratio to a quantity of another kind ("debt at 142 per cent of output", "112 per cent of national income":
  ratio_base_words): it may pass 100, unlike a share of a whole;
- a share sentences after a part and its whole, past a quote ("... solved 1,940. "..." the commissioner said.
  She said officers visited about one in three thefts within a day"): only the sentence right beside the pair
  gives its share;
- "N of the <noun>" after a change that started from an earlier level of that noun ("Calls were down 6 per cent from
  5,130 a year earlier. Feeder vessels made up 1,210 of the calls"): the whole is this period's level, never the
  level the change started from;
- a percentage set against a mark right after another ("about 71 per cent, well short of the 90 per cent
  ministers had hoped for", "shy of the 80 per cent goal": mark_words): no list of shares of one base to add
  up; a ranking of one vote ("34 per cent, ahead of B on 28 per cent") still is one.

Sentences here are written for these tests.
"""
from __future__ import annotations

import pytest

from conftest import draft_errors

CASES = [
    ("a ratio to output over 100 (public debt)",
     "Public debt stands at 142 per cent of output, the central bank said.", None),
    ("a ratio to national income over 100 (household debt)",
     "Household debt has reached 112 per cent of national income.", None),
    ("a share of a whole over 100 (residents)",
     "Health officials said 104% of the district's residents had been vaccinated.", "share-at-most-100-percent"),
    ("a share of a debt over 100 (bond holders)",
     "Foreign banks hold 142 per cent of the country's public debt, the central bank said.",
     "share-at-most-100-percent"),
    ("a share past a quote, of another act (thefts)",
     "Of the 8,200 thefts reported last year, police solved 1,940, the annual report said. \"People who lose "
     "their bikes want to see someone caught,\" the commissioner said. She said officers visited about one in "
     "three thefts within a day.", None),
    ("a share right beside the pair that does not fit (thefts)",
     "Of the 8,200 thefts reported last year, police solved 1,940, the annual report said. About one in three "
     "thefts was solved.", "share-matches-its-parts"),
    ("of the calls after a change from last year's level, fits this year's (port)",
     "The port welcomed 4,820 ship calls this year. Calls were down 6 per cent from 5,130 a year earlier. "
     "Feeder vessels made up 1,210 of the calls, or 25 per cent.", None),
    ("of the calls after a change from last year's level, fits neither (port)",
     "The port welcomed 4,820 ship calls this year. Calls were down 6 per cent from 5,130 a year earlier. "
     "Feeder vessels made up 1,210 of the calls, or 31 per cent.", "share-matches-its-parts"),
    ("a rate short of the mark hoped for (booster uptake)",
     "Uptake of the booster among care workers is about 71 per cent, well short of the 90 per cent ministers "
     "had hoped for.", None),
    ("a rate shy of a goal (booster uptake)",
     "Uptake of the booster among care workers is about 71 per cent, shy of the 80 per cent goal.", None),
    ("shares of one vote ranked, past 100 (council election)",
     "The Greens won 44 per cent of the vote, ahead of Labour on 38 per cent and the Liberals on 21 per cent.",
     "shares-add-up-to-at-most-100"),
    ("shares of one vote ranked, within 100 (council election)",
     "The Greens won 44 per cent of the vote, ahead of Labour on 34 per cent and the Liberals on 19 per cent.",
     None),
]


@pytest.mark.parametrize("text,rule", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_shares_against_their_own_base(text, rule, ruleset, vocab):
    errors = draft_errors(vocab, ruleset, text)
    assert sorted(errors) == ([rule] if rule else []), errors
