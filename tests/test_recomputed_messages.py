"""A draft's own numbers: each finding states the arithmetic, and the HTML report shows it
beside the quoted sentence (issue 14, statcheck-style). Sentences of our own, one per kind."""
from __future__ import annotations

import re

import pytest

from auditor.audit import audit
from auditor.documents import Document
from auditor.report import ReportContext, render_html, rule_infos


def _findings(text: str, ruleset, vocab, title: str | None = None):
    doc = Document(id="draft", text=text, title=title, source="Draft", published="2021-05-04T12:00:00")
    return audit([doc], ruleset, vocab, ()).findings


@pytest.mark.parametrize("text, rule, recomputed", [
    # parts against their whole, named as the text names it
    ("The 20 dead included 12 miners and 9 rescuers, officials said.",
     "listed-parts-add-up", "12 + 9 = 21 exceeds the 20 dead"),
    # parts against their stated total
    ("Roads get 4.2 billion euros, schools 3.1 billion and hospitals 2.5 billion, which together account for "
     "11.8 billion euros.", "listed-parts-add-up", "= 9.8 billion, not the stated total 11.8 billion euros"),
    # a share against its part and whole
    ("Turnout was 71%, with 1.2 million of the 2.4 million registered voters casting ballots.",
     "share-matches-its-parts", "1.2 million of 2.4 million is 50"),
    # shares of one base
    ("The measure passed with 61% voting yes, 36% voting no and 7% leaving their ballots blank.",
     "shares-add-up-to-at-most-100", "61% + 36% + 7% = 104%"),
    # change mismatch: absolute, per cent, points
    ("Membership rose by 300 to 1,450 from 1,250 last year.", "change-matches-endpoints",
     "from 1,250 to 1,450 is +200, not +300"),
    ("Exports fell by 20% in March, from 50,000 tonnes to 45,000 tonnes.", "change-matches-endpoints",
     "is −10%, not −20%"),
    ("The jobless rate fell 2.3 points from 7.1% to 5.3%.", "change-matches-endpoints",
     "from 7.1% to 5.3% is −1.8 points, not −2.3"),
    ("The council set a $54bn budget on Monday, up from $48.7bn last year, an increase of about 25%.",
     "change-matches-endpoints", "from $48.7bn to $54bn is +10.9%, not about +25%"),
    # budget lines in the sentence after their budget
    ("The council set a $54bn budget on Monday. It includes $60bn of procurement and $9bn for salaries.",
     "listed-parts-add-up", "$60bn + $9bn = 69 billion exceeds the $54bn budget"),
    # unit mismatch: one quantity in two units
    ("The pipeline runs 12 miles (30 km) to the coast.", "same-quantity-stated-consistently",
     "30 km is 18.6 miles, not 12 miles"),
    # converted figures as a reader writes them: no scientific notation, units plural, the gallon named
    ("The reservoir lost 2.5 million litres (about 900,000 gallons) a day.", "same-quantity-stated-consistently",
     "is 3,406,871 litres (us gallons) or 4,091,481 litres (imperial gallons), not 2.5 million litres"),
    ("The farm covers 1,200 hectares (some 1,800 acres).", "same-quantity-stated-consistently",
     "some 1,800 acres is 728 hectares, not 1,200 hectares"),
    # a rounded figure and a precise one in the same unit: the range in that unit, not in base units
    ("Rail strikes halted services on nearly 40 days in 2025. In all, trains stood still on 31 days that "
     "year.", "same-quantity-stated-consistently", "nearly 40 days stands for 36–40; 31 days is outside it"),
    # a change of temperature converts with no 32-degree offset
    ("Night-time lows have climbed by 2 degrees Celsius (5.4 degrees Fahrenheit) since 1990.",
     "same-quantity-stated-consistently", "5.4 degrees fahrenheit is 3 °c (as a difference), not 2 degrees"),
    # a running total that falls between bulletins
    ("On Monday morning the health ministry reported 37 deaths. In its latest bulletin, the ministry put the "
     "death toll at 31.", "running-total-never-falls-in-text",
     "falls from 37 to 31 within one text (31 − 37 = −6, a fall)"),
])
def test_each_finding_states_its_arithmetic(ruleset, vocab, text, rule, recomputed):
    found = [f for f in _findings(text, ruleset, vocab) if f.rule == rule]
    assert found, [f.rule for f in _findings(text, ruleset, vocab)]
    assert recomputed.lower() in found[0].message.lower(), found[0].message


@pytest.mark.parametrize("text", [
    "The 20 dead included 12 miners and 6 rescuers, officials said.",
    "Turnout was 50%, with 1.2 million of the 2.4 million registered voters casting ballots.",
    "Membership rose by 200 to 1,450 from 1,250 last year.",
    "The pipeline runs 12 miles (19 km) to the coast.",
    "Night-time lows have climbed by 2 degrees Celsius (3.6 degrees Fahrenheit) since 1990.",
    "The glacier's surface warmed by 0.4C (0.7F) in a decade.",
    "The lake reached 24 degrees Celsius (75 degrees Fahrenheit) in July.",
    "Fuel prices are up 140% on two years ago, and 61% of drivers say they drive less.",
])
def test_consistent_figures_give_no_error(ruleset, vocab, text):
    assert [f.message for f in _findings(text, ruleset, vocab) if f.severity == "error"] == []


def test_the_html_report_shows_the_arithmetic_beside_the_quoted_sentence(ruleset, vocab):
    text = "Membership rose by 300 to 1,450 from 1,250 last year."
    doc = Document(id="draft", text=text, source="Draft", published="2021-05-04T12:00:00")
    html = render_html(audit([doc], ruleset, vocab, ()), ReportContext(rules=rule_infos(ruleset)))
    section = re.search(r'<section class="finding[^"]*"[^>]*data-rule="change-matches-endpoints".*?</section>',
                        html, re.S)
    assert section is not None
    body = section.group(0)
    message = body.lower().index("from 1,250 to 1,450 is +200, not +300")   # the report capitalises it
    quote = body.index("<blockquote")
    assert message < quote          # the recomputation heads the finding, the quoted sentence follows
    assert "Membership rose by 300 to" in re.sub(r"<[^>]+>", "", body[quote:])


@pytest.mark.parametrize("text, recomputed", [
    # the change stands between its verb and "from A to B": two figures, not a range
    ("The jobless rate rose 2 percentage points from 5% to 9%.", "from 5% to 9% is +4 points, not +2"),
    ("The jobless rate rose 1 point from 5.1% to 7.9%.", "is +2.8 points, not +1"),
    ("Prices rose 50 cents from $1.10 to $1.30 a litre.", "not +50"),
])
def test_a_change_before_from_a_to_b_is_checked_against_both(ruleset, vocab, text, recomputed):
    found = [f for f in _findings(text, ruleset, vocab) if f.rule == "change-matches-endpoints"]
    assert found, [f.message for f in _findings(text, ruleset, vocab)]
    assert recomputed.lower() in found[0].message.lower(), found[0].message
