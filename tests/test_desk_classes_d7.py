"""Classes of in-document inconsistency a desk's drafts showed (brief D7), end to end with the built-in
rules. Each planted wording has a clean twin, and a decoy where the words that look like it relate
other figures.

- a relative change with the new level first and a long noun phrase before the change ("4,610 ... in the
  year to June, down 18 per cent from 5,240");
- "rose by D ..., to Y", with where it started told in the next sentence as the one figure said of an
  earlier time ("A year earlier, ... B");
- an amount of one sentence split by source in the next, each source's amount in brackets, after an
  opening that says how ("By region, the total came from the coast (390m rand), ...");
- shares of one whole told sentence by sentence, each with a verb of a part's contribution ("Coal
  generated 38% of the island's electricity. Hydro supplied 27%, ... the remaining 19%"): share_verbs;
- a part, the noun phrase of what it is, then "out of" its base ("closed 1,240 cases with a charge out of
  1,900 reported"), and the rate of that pair in the next sentence;
- "The council said the total included N ...": a part named after who says it, of the figure of its own noun
  in the sentence before (not the capacity beside it);
- two sums under one head word, each qualified by its own word ("income tax ... 14.2bn", "corporation tax
  7.1bn"), are two quantities, never one stated twice.
"""
from __future__ import annotations

import pytest

from auditor.audit import audit
from auditor.documents import Document
from conftest import desk_vocabulary

CASES = [
    # the new level, a long noun phrase, then ", down N per cent from B"
    ("level first, a long phrase, the relative change wrong",
     "Hospitals in the Marsh district treated 9,120 patients for heat stroke over the summer months, up 25 "
     "per cent from 8,400 a year earlier, the health board said.", ["change-matches-endpoints"]),
    ("level first, a long phrase, the relative change right",
     "Hospitals in the Marsh district treated 9,120 patients for heat stroke over the summer months, up 8.6 "
     "per cent from 8,400 a year earlier, the health board said.", []),
    ("level first, a long phrase, a fall wrong",
     "Ferry operators on the Tarrin strait carried 318,000 passengers in the third quarter of the year, "
     "down 9 per cent from 402,000 in the same months of 2024.", ["change-matches-endpoints"]),
    ("level first, a long phrase, a fall right",
     "Ferry operators on the Tarrin strait carried 318,000 passengers in the third quarter of the year, "
     "down 21 per cent from 402,000 in the same months of 2024.", []),
    ("an absolute change after a long phrase, wrong",
     "The city's food banks handed out 56,300 parcels to families across the northern wards last winter, up "
     "by 9,000 from 49,800 the winter before.", ["change-matches-endpoints"]),
    # "rose by D ..., to Y." then the base in the next sentence
    ("rose by, to, base next sentence, wrong",
     "Landing fees collected at Orvik airport rose by 12 million euros in the nine months to September, to "
     "86 million euros, the operator said. A year earlier the airport took in 78 million euros.",
     ["change-matches-endpoints"]),
    ("rose by, to, base next sentence, right",
     "Landing fees collected at Orvik airport rose by 8 million euros in the nine months to September, to "
     "86 million euros, the operator said. A year earlier the airport took in 78 million euros.", []),
    ("fell by, to, base next sentence, wrong",
     "Spending on agency nurses in the Colm valley trust fell by 3.4m pounds over the financial year, to "
     "21.9m pounds. In the previous year the trust spent 24.1m pounds on agency staff.",
     ["change-matches-endpoints"]),
    ("fell by, to, base next sentence, right",
     "Spending on agency nurses in the Colm valley trust fell by 2.2m pounds over the financial year, to "
     "21.9m pounds. In the previous year the trust spent 24.1m pounds on agency staff.", []),
    ("a figure of another time is no base: the next sentence speaks of a forecast",
     "Landing fees collected at Orvik airport rose by 12 million euros in the nine months to September, to "
     "86 million euros. The operator expects 95 million euros for the full year.", []),
    # an amount split by source in the next sentence, each source's amount in brackets
    ("bracketed sources of the amount before, wrong",
     "Harlow Foods made a pre-tax profit of 842m rand in the half-year. By region, the total came from the "
     "coast (390m rand), the interior (301m rand) and exports (196m rand).", ["listed-parts-add-up"]),
    ("bracketed sources of the amount before, right",
     "Harlow Foods made a pre-tax profit of 842m rand in the half-year. By region, the total came from the "
     "coast (390m rand), the interior (301m rand) and exports (151m rand).", []),
    ("bracketed sources with no opening phrase, wrong",
     "The Ellery dam repair will cost 64 million dollars. The money comes from federal grants (31 million "
     "dollars) and state bonds (38 million dollars).", ["listed-parts-add-up"]),
    ("bracketed sources with no opening phrase, right",
     "The Ellery dam repair will cost 64 million dollars. The money comes from federal grants (31 million "
     "dollars) and state bonds (33 million dollars).", []),
    ("a bracket of another sum is no source",
     "Harlow Foods made a pre-tax profit of 842m rand in the half-year. The chief executive (paid 9m rand last "
     "year) said 120m rand would go to new plant.", []),
    # shares of one whole told sentence by sentence with a verb of a part's contribution
    ("a generation mix over three sentences, over 100",
     "Coal generated 38% of the island's electricity last year. Hydro supplied 27%, and imports over the "
     "interconnector 21%. Rooftop solar produced the remaining 19%.", ["shares-add-up-to-at-most-100"]),
    ("a generation mix over three sentences, 100",
     "Coal generated 38% of the island's electricity last year. Hydro supplied 27%, and imports over the "
     "interconnector 21%. Rooftop solar produced the remaining 14%.", []),
    ("an economy's output by sector, over 100",
     "Tourism contributed 44 per cent of the Vardo region's output in 2025. Farming contributed 23 per cent. "
     "Manufacturing provided the other 38 per cent.", ["shares-add-up-to-at-most-100"]),
    ("an economy's output by sector, 100",
     "Tourism contributed 44 per cent of the Vardo region's output in 2025. Farming contributed 23 per cent. "
     "Manufacturing provided the other 33 per cent.", []),
    ("a share of another base in the next sentence is no part of the first",
     "Wind supplied 58% of the power on the grid in March. Gas provided 71% of home heating.", []),
    # a part, its noun phrase, then "out of" its base; the rate in the next sentence
    ("a part out of its base after a phrase, the rate wrong",
     "Inspectors passed 1,240 lifts as safe on a first visit out of 1,900 examined in Carran county. The agency "
     "put the pass rate at 80 per cent.", ["share-matches-its-parts"]),
    ("a part out of its base after a phrase, the rate right",
     "Inspectors passed 1,240 lifts as safe on a first visit out of 1,900 examined in Carran county. The agency "
     "put the pass rate at 65 per cent.", []),
    ("a part out of its base after a phrase, more than its base",
     "Officers solved 3,120 thefts from parked cars out of 2,640 reported in Lisk last year.",
     ["part-exceeds-whole"]),
    ("people pulled out of buildings are no part of them",
     "Rescuers pulled 14 survivors from the rubble out of 3 collapsed buildings in the old quarter of Sefa.", []),
    # "... said the population included N": a part of the figure of its noun in the sentence before
    ("a part named after who says it, more than its whole",
     "The shelter, built for 400 dogs, housed 520 dogs at the end of June. The council said the total included "
     "610 dogs brought in from other towns.", ["part-exceeds-whole"]),
    ("a part named after who says it, within its whole",
     "The shelter, built for 400 dogs, housed 520 dogs at the end of June. The council said the total included "
     "310 dogs brought in from other towns.", []),
    ("a part named after who says it, without a reporting clause",
     "Lenholm county's hospitals treated 3,400 patients for flu in December. The number included 3,950 "
     "patients over 65.", ["part-exceeds-whole"]),
    ("organisers said the figure included, within its whole",
     "The Rosk book fair drew 18,400 visitors over three days. Organisers said the figure included 6,100 visitors "
     "from abroad.", []),
    ("who says it, then the parts of an earlier whole, not of the sentence before's other noun",
     "The storm killed 61 people across Ostrava province. The foreign dead are four Poles and two Czechs, the "
     "police said. The schools board said the dead included one teacher and six pupils.", []),
    # two sums under one head word, each with its own qualifier
    ("two taxes, one twice the other, are two quantities",
     "The treasury of Sorvane collected 40.5bn crowns over the year. Sales tax raised 16.4bn crowns and "
     "property tax 8.2bn crowns, while fuel duties brought in the remaining 15.9bn crowns.", []),
    ("two kinds of spending, one near the other, are two quantities",
     "Capital spending at the port came to 6.2m dollars in the year, while operating spending came to about 5m "
     "dollars.", []),
    ("two taxes named with their own word, in two sentences",
     "Fuel duty raised 3.4bn pesos over the summer. Tobacco duty brought in about 3bn pesos.", []),
    ("one budget stated twice, the rounding wrong, still fires",
     "The port authority set its capital budget at 6.2m dollars for the year. The capital budget of about "
     "9m dollars will pay for two cranes.", ["same-quantity-stated-consistently"]),
]


@pytest.mark.parametrize("text,errors", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_desk_class_d7(text, errors, ruleset, vocab):
    doc = Document(id="draft", text=text, title=None, source="Desk", published="2026-10-20T12:00:00")
    found = audit([doc], ruleset, vocab).findings
    assert sorted({f.rule for f in found if f.severity == "error"}) == sorted(errors), [f.message for f in found]


def test_share_verbs_come_from_the_vocabulary(tmp_path_factory, ruleset, vocab):
    """The verbs of a part's share told sentence by sentence are a YAML list a desk extends ("fed")."""
    # (no "the remaining": with it, shares told apart are one base's whatever their verb, fixE4)
    text = ("Coal fed 38% of the island's grid last year. Hydro fed 27%, and imports over the interconnector 21%. "
            "Rooftop solar fed 19%.")
    doc = Document(id="draft", text=text, title=None, source="Desk", published="2026-10-20T12:00:00")
    extended = desk_vocabulary(tmp_path_factory, "extend:\n  word_lists:\n    share_verbs:\n      words: [fed]\n")
    assert not [f for f in audit([doc], ruleset, vocab).findings if f.severity == "error"]
    assert {f.rule for f in audit([doc], ruleset, extended).findings if f.severity == "error"} \
        == {"shares-add-up-to-at-most-100"}
