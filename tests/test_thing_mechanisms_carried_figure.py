"""A rate or an amount with no thing of its own, after the figure before it in its sentence (fixJ4, by
mechanism): where only times, places, links of comparison and change, and verbs of a level or of saying stand
between ("..., above the", "in January, up", "the report showed,", "(Q3: +3%)"), it is a figure of the same
thing. No step gave these figures a thing (the 'none' of benchmarks/thing_mechanisms.py); carried so, 13 of
them turned right and 3 wrong on the realtext dev sets. A noun of another thing between ("in non-food goods
at", "the latter", "with food alone up") keeps it out, and so does a count before a rate ("5 million people,
more than 40% of the population": a share of another whole), and so does "of it" after it (a share of the
figure before).

Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from conftest import claims_by_text

DAY = "2026-04-15"


@pytest.mark.parametrize("text,quote,thing", [
    ("The jobless rate was 6.2% in March, above the 5.9% of a year earlier.", "5.9%", "jobless rate"),
    ("Operating profit reached EUR 410m (Q2: EUR 388m), the group said.", "EUR 388m", "Operating profit"),
    ("Bad loan charges for the half came to $41 million, up from $29 million a year earlier.", "$29 million",
     "Bad loan charges"),
    ("Food prices climbed 4.1% in Lima and 3.6% in Cusco.", "3.6%", "Food prices"),
])
def test_a_figure_after_its_things_figure_takes_its_thing(vocab, text, quote, thing):
    assert claims_by_text(vocab, text, DAY)[quote].thing == thing


@pytest.mark.parametrize("text,quote,other", [
    ("Food prices rose 5.1 percent, with bread alone up 7.4 percent.", "7.4 percent", "Food prices"),
    ("The Centre Party fell to 9.2% and the latter 3.1% in the survey.", "3.1%", "Centre Party"),
    ("Fighting has uprooted 2 million people, 30% of the population.", "30%", "people"),
    ("The fund held $3 billion, 25 percent of it in gold.", "25 percent", "fund"),
])
def test_a_noun_of_another_thing_or_a_count_keeps_it_out(vocab, text, quote, other):
    assert claims_by_text(vocab, text, DAY)[quote].thing != other
