"""Which pairs of figures the restatement relations read as one quantity said twice (``same_as``).

Mechanisms narrowed here, each with pairs that must still be linked and pairs that must not:

* by its noun alone, a round figure given bare (no hedge, no bound) is its own count, not a rounding of another
  count of the noun ("88,000 jobseekers ... 126,000 jobseekers"); a hedged one still is ("about 3,000");
* two figures each a rate of its own period ("a year", "a week"), or a rate beside a figure of no rate, are two
  quantities, in one sentence ("52,000 pounds a year, or 1,000 pounds a week") or in two;
* by its noun alone, a hedged figure and a precise one more than half as large again are two counts (the sole
  figure at one scale's bound), not one rounded; figures closer, or tied by a measure, still are one;
* a figure named again with "the" restates no figure of another period ("the 4.6 million euros this year"
  after last year's 3.2 million).

Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from auditor.audit import audit
from auditor.documents import Document


def _restated(body: str, ruleset, vocab) -> list[str]:
    """The messages of restatement findings an error or a warning on ``body``."""
    doc = Document(id="draft", text=body, title=None, source="Desk", published="2026-03-04T12:00:00")
    return [f.message for f in audit([doc], ruleset, vocab).findings
            if f.rule == "same-quantity-stated-consistently" and f.severity in ("error", "warning")]


@pytest.mark.parametrize("body,fires", [
    # two bare round counts of one noun: two counts (a region's and a city's, a stock and a flow)
    ("The agency counted 88,000 jobseekers in the capital in March. Across the region, 126,000 jobseekers "
     "were registered at the end of the month, the agency said.", False),
    ("The hospital ordered 300,000 face masks in the spring. By June it had used 182,500 face masks, "
     "the trust said.", False),
    # the same noun with a hedged round figure: still one quantity rounded wrongly
    ("About 300,000 face masks were delivered to the hospital in the spring. The trust said 412,600 face masks "
     "were delivered in the spring.", True),
    ("Nearly 2,000 volunteers cleared the beaches on Saturday, the charity said. The charity said 2,380 "
     "volunteers took part in the clean-up on Saturday.", True),
])
def test_a_bare_round_count_is_no_rounding_by_its_noun_alone(body, fires, ruleset, vocab):
    assert bool(_restated(body, ruleset, vocab)) == fires


@pytest.mark.parametrize("body,fires", [
    # one pay told as two periods' rates, in one sentence: no conversion to check (quiet before too)
    ("The offer is worth 31,200 pounds a year, or 600 pounds a week, to a senior nurse, the union said.", False),
    # a rate of a week and a figure of a month, of a week and of a year: two quantities
    ("The council collects nearly 300 tonnes of waste a week from the district. It collected 410 tonnes of "
     "waste last month, the council said.", False),
    ("The charity helps nearly 4,000 families each week, its director said. The charity helped 4,620 families "
     "a month last winter, she said.", False),
    ("About 50,000 visitors a month come to the museum, the director said. The museum had 71,300 visitors in "
     "July, the director said.", False),
    # both rates of one period: still one quantity said twice
    ("Farmers harvested nearly 40,000 tonnes of wheat a year on average over the decade, the ministry said. "
     "The 46,500 tonnes of wheat harvested a year was a record for the valley, the ministry said.", True),
    # a conversion of units with no period stays checked
    ("The pipeline runs 12 miles (30 km) to the coast.", True),
])
def test_rates_of_two_periods_are_two_quantities(body, fires, ruleset, vocab):
    assert bool(_restated(body, ruleset, vocab)) == fires


@pytest.mark.parametrize("body,fires", [
    ("The fund paid out 3.2 million euros in grants last year. This year the 4.6 million euros in grants went "
     "to 90 firms, the ministry said.", False),
    # one period: the amount named again with "the" still restates the first
    ("Customs seized 2.4 tonnes of cocaine on Monday, officials said. The 2,900 kg of cocaine was hidden in "
     "bananas, officials said.", True),
])
def test_a_figure_named_again_restates_none_of_another_period(body, fires, ruleset, vocab):
    assert bool(_restated(body, ruleset, vocab)) == fires


@pytest.mark.parametrize("body,fires", [
    # tied by the noun alone, far apart: two counts of the noun
    ("Rangers ringed around 800 birds on the island last year. The survey counted 430 nesting birds last year, "
     "the trust said.", False),
    ("The shelter rehomed about 600 cats in 2025, its manager said. The shelter took in 345 stray cats in 2025, "
     "down from 410 in 2024.", False),
    # tied by the noun alone, near: one count rounded wrongly
    ("Volunteers planted around 900 trees along the canal last winter. In all, 1,080 trees were planted along "
     "the canal last winter, the trust said.", True),
    # tied by a measure (the same verb), up to twice apart: still one quantity
    ("Nearly 300 people died in the heatwave, the health department said. The department said the 540 people "
     "who died in the heatwave included 211 aged over 75.", True),
])
def test_a_count_tied_by_its_noun_alone_is_at_one_scale(body, fires, ruleset, vocab):
    assert bool(_restated(body, ruleset, vocab)) == fires
