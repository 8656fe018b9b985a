"""Who said it and where, in phrasings met on many beats (sentences written for these tests):
- a list of places each with its figure ("Those counties were Ardmoor (412), Bellwick (96)", "Kelton
  has logged over 900 cases, Mirrin more than 600") gives each figure the name before it, known to the
  gazetteer or not, once the list is one of places (a known name in it, or a kind of place in the plural
  or after "by" heading it); a list of parties or teams with their figures names no place;
- a company described between commas by a noun of a body and what qualifies it ("Orvane Bank, the
  region's biggest lender by assets, said") is the source, as it is with the description alone.
"""
from __future__ import annotations

import pytest

from conftest import resolved_by_text


def _field(vocab, text: str, field: str) -> dict[str, str | None]:
    return {t: getattr(c, field) for t, c in resolved_by_text(vocab, text, "2026-03-03").items()}


@pytest.mark.parametrize("text,expected", [
    ("Cases were highest in four districts: Ardmoor (412), Bellwick (96), Corrandale (45) and Kathmandu (12).",
     {"412": "Ardmoor", "96": "Bellwick", "45": "Corrandale", "12": "Kathmandu"}),
    ("By province, the largest rises were in Tessora (2.4%), Vellamund (2.1%) and Quarrowe (1.7%).",
     {"2.4%": "Tessora", "2.1%": "Vellamund", "1.7%": "Quarrowe"}),
    ("Kelton has logged over 900 cases, Mirrin more than 600 and Nairobi about 450.",
     {"over 900": "Kelton", "more than 600": "Mirrin", "about 450": "Nairobi"}),
])
def test_a_list_of_places_gives_each_figure_its_place(vocab, text, expected):
    got = _field(vocab, text, "where")
    assert {t: got.get(t) for t in expected} == expected


@pytest.mark.parametrize("text", [
    "The poll put the parties at Harmony (9.9%), New Unity (8%) and Progressives (7%).",
    "The standings were Rovers (41), United (38) and Athletic (35).",
])
def test_a_list_of_parties_or_teams_names_no_place(vocab, text):
    assert set(_field(vocab, text, "where").values()) == {None}


@pytest.mark.parametrize("text,source", [
    ("Orvane Bank, the region's biggest lender by assets, said its net profit rose 8 percent.", "Orvane Bank"),
    ("Tessel Bank (TSB), the country's largest lender by deposits, said on Monday profit rose 9 percent.",
     "Tessel Bank"),
    ("Halvard Mining, the world's second-largest producer of copper, said output fell 4 percent.",
     "Halvard Mining"),
    ("Brisk Air, the island's only carrier, said it flew 1.2 million passengers.", "Brisk Air"),
])
def test_a_company_described_between_commas_is_the_source(vocab, text, source):
    assert set(_field(vocab, text, "according_to").values()) == {source}

