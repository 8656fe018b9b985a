"""Where a figure is, in report phrasings earlier rules misread: a dateline's region ("CITY,
Country -"), the place a lead names in the dateline's country, places listed with their
figures ("followed by Kano with 212, Kaduna 98"), a place by where it lies ("Sindh in the
south"), and "There" for the place of the sentence before. The places are the gazetteer's.
Sentences written for these tests (benchmarks/realtext/heldout4 holds the evaluation set)."""
from __future__ import annotations

from auditor.documents import Document
from auditor.extract import extract_claims


def where(text: str, vocab) -> dict[str, str | None]:
    return {c.text: c.where for c in extract_claims(Document(id="t", text=text, published="2024-05-10"), vocab)}


def test_a_datelines_region_is_the_default_place(vocab):
    text = "NAIROBI, Kenya - The economy grew 5.6 percent in the first quarter, the statistics office said."
    assert where(text, vocab)["5.6 percent"] == "Kenya"


def test_the_lead_place_in_the_datelines_country(vocab):
    text = ("MELBOURNE (AAP) - Floods in Queensland have cut 40 roads, the state's emergency service says. "
            "Crews have rescued 120 people since Friday.")
    assert where(text, vocab)["120"] == "Queensland"


def test_a_datelines_city_stays_beside_its_own_district(vocab):
    text = ("Kano (Reuters) - A fire at a market in Kano State destroyed shops on Monday. "
            "Officials said 200 traders lost their stalls.")
    assert where(text, vocab)["200"] == "Kano"


def test_places_listed_with_their_figures(vocab):
    text = ("Lagos had the most confirmed cases, 310, followed by Kano with 212, Kaduna 98 and Oyo 41; "
            "Kano recorded the most deaths, 19, ahead of Lagos's 12 and Oyo's 7.")
    got = where(text, vocab)
    assert got["310"] == "Lagos"
    assert got["212"] == "Kano"
    assert got["98"] == "Kaduna"
    assert got["41"] == "Oyo"
    assert got["19"] == "Kano"
    assert got["12"] == "Lagos"


def test_a_place_by_where_it_lies_and_there_after_it(vocab):
    text = ("Sindh in the south is the worst hit: 40 dead and 61 injured. "
            "There the rains have destroyed 900 houses.")
    got = where(text, vocab)
    assert got["40"] == "Sindh"
    assert got["900"] == "Sindh"


def test_an_existential_there_is_no_place(vocab):
    text = "Sindh in the south is the worst hit: 40 dead. There were 12 deaths in other provinces."
    assert where(text, vocab)["12"] != "Sindh"


def test_a_dateline_in_capitals_of_any_script_with_a_day_and_an_agency(vocab):
    # one dateline pattern for every wire opening: accented capitals, a region, a day, the agency
    got = where("SÃO PAULO (Reuters) - Coffee exports rose 12 percent in May, the exporters' council said.", vocab)
    assert got["12 percent"] == "São Paulo"
    got = where("KYIV, Ukraine, Feb 3 (Reuters) - Power cuts left 40,000 homes dark overnight, the grid "
                "operator said.", vocab)
    assert got["40,000"] == "Ukraine"
    assert "3" not in got and "Feb 3" not in got


def test_an_opening_aside_in_dashes_is_no_dateline(vocab):
    # mixed case, no region, day or agency, and no place the gazetteer knows: not a dateline
    got = where("The toll - now 40 - rose again on Sunday after rescuers reached the valley.", vocab)
    assert got["40"] != "The toll"
    got = where("Marta Ruiz Pérez — the mayor since 2019 — said 35 families were moved.", vocab)
    assert got["35"] is None
