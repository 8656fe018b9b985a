"""Six classes of tempting but consistent figures in one draft, end to end with the built-in rules; each quiet
case has a twin that must still fire (stop Q, from the clean figures of the desk drafts):

- a correction told with the corrected figure first ("2,310 cases, not the 2,405 it reported on Friday, after
  ... counted twice"): the text's word of a correction is the pair's, so the fall is a note, never an error,
  whichever of the two figures carries the word;
- a share said with "made up" and the way it went after it ("made up 44 per cent of recruits, down from 48
  per cent"): "up" is the verb's particle, not a rise, and "down from" says the way;
- a second figure that is a difference or a ratio right after the first ("34 minutes, four minutes shorter
  than in 2022", "6.2 million pounds, or 71 pounds for every 100 pounds of income"): neither restates it;
- a change's two ends, then one named part with "accounting for" ("rose to 12.4 million euros from 11.8
  million euros, with advertising accounting for 5.1 million euros"): the ends are no items of a sum, and
  the part is no total of them;
- a change with a currency's minor unit beside the currency ("rose 8p to £1.45 from 137p", "rose 12 cents to
  1.09 euros from 97 cents"): the figures are set in one unit before they are subtracted;
- a change in points said again in per cent after "or" ("a decline of 0.4 percentage points, or almost 9 per
  cent"): the second is a change too, never a level of the rate to be set against its ends.

Sentences here are written for these tests.
"""
from __future__ import annotations

import pytest

from conftest import draft_errors, draft_findings

CASES = [
    ("the corrected figure first, the correction told (flu cases)",
     "The agency said 2,310 flu cases had been confirmed since October, not the 2,405 it reported on Friday, "
     "after it found 95 cases that had been counted twice.", None),
    ("the corrected figure first, a recount told (flooded homes)",
     "Officials now put the number of homes flooded since Sunday at 640, not the 710 given on Tuesday, after a "
     "recount found some homes had been counted twice.", None),
    ("a later bulletin lower, no correction told (flu cases)",
     "The agency reported on Friday that 2,405 flu cases had been confirmed since October. In its latest "
     "bulletin the agency said 2,310 cases had been confirmed since October.", "running-total-never-falls-in-text"),
    ("made up a share, down from a larger one (recruits)",
     "Women made up 44 per cent of new recruits, down from 48 per cent in 2022.", None),
    ("made up a share, said to be up from a larger one (recruits)",
     "Women made up 44 per cent of new recruits, up from 48 per cent in 2022.", "change-matches-endpoints"),
    ("a difference after a duration (journey)",
     "The average journey took 34 minutes, four minutes shorter than in 2022, the survey found.", None),
    ("a ratio for every hundred after an amount (wage bill)",
     "The club's wage bill rose to 6.2 million pounds, or 71 pounds for every 100 pounds of income.", None),
    ("a length and its conversion after a comma that disagree (rail line)",
     "The new line runs 42 kilometres, or 31 miles, from the port to the airport.",
     "same-quantity-stated-consistently"),
    ("one named part after a change's two ends (revenue)",
     "Revenue rose to 12.4 million euros from 11.8 million euros, with advertising accounting for 5.1 million "
     "euros.", None),
    ("one named part making up after a change's two ends (sales)",
     "Sales climbed to 640 million dollars from 590 million dollars, with online orders making up 210 million "
     "dollars.", None),
    ("a total said with together accounting for, that does not add up (divisions)",
     "The three divisions earned 4.1 million, 3.6 million and 2.2 million euros, together accounting for 9.1 "
     "million euros.", "listed-parts-add-up"),
    ("pence beside pounds, that fit (loaf)", "A loaf rose 8p to £1.45 from 137p.", None),
    ("a change in pence between pounds, that fits (loaf)", "A loaf rose 8p to £1.45 from £1.37.", None),
    ("pence beside pounds, that do not fit (loaf)", "A loaf rose 12p to £1.45 from 137p.",
     "change-matches-endpoints"),
    ("cents beside euros, that fit (milk)",
     "The price of a litre of milk rose 12 cents to 1.09 euros from 97 cents.", None),
    ("cents beside euros, that do not fit (milk)",
     "The price of a litre of milk rose 15 cents to 1.09 euros from 97 cents.", "change-matches-endpoints"),
    ("a rise in per cent from pence to pounds, that fits (fares)",
     "Fares rose 8 per cent to 2.10 pounds from 195 pence.", None),
    ("a rise in per cent from pence to pounds, that does not fit (fares)",
     "Fares rose 20 per cent to 2.10 pounds from 195 pence.", "change-matches-endpoints"),
    ("points, or per cent, after a fall of a rate (jobless)",
     "The unemployment rate fell to 4.1% from 4.5%, a decline of 0.4 percentage points, or almost 9 per cent.",
     None),
    ("points that do not fit, or per cent, after a fall of a rate (jobless)",
     "The unemployment rate fell to 4.1% from 4.5%, a decline of 0.7 percentage points, or almost 9 per cent.",
     "change-matches-endpoints"),
    ("points, or per cent, after a rise of a rate (recycling)",
     "The recycling rate climbed from 38.4% in 2024 to 44.1%, a rise of 5.7 percentage points, or about 15 per "
     "cent.", None),
]


@pytest.mark.parametrize("text,rule", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_told_figures_stay_quiet_and_their_twins_fire(text, rule, ruleset, vocab):
    errors = draft_errors(vocab, ruleset, text)
    assert sorted(errors) == ([rule] if rule else []), errors


def test_a_correction_told_after_the_corrected_figure_is_a_note(ruleset, vocab):
    text = CASES[0][1]
    [finding] = [f for f in draft_findings(vocab, ruleset, text) if f.rule == "running-total-never-falls-in-text"]
    assert finding.severity == "info"
    assert "2,310 − 2,405 = −95" in finding.message and "revised" in finding.message
