"""Scope words that must survive as written: names in any script and units written as symbols.

Sentences here are written for these tests.
"""
from __future__ import annotations

from conftest import claims_by_text


def claims(vocab, text, published="2023-11-03"):
    return claims_by_text(vocab, text, published)


def test_a_name_keeps_its_letters_outside_ascii(vocab):
    cs = claims(vocab, "The trust paid 40 Māori landowners and 12 Sámi herders in the first round.")
    assert cs["40"].thing == "Māori landowners"
    assert cs["12"].thing == "Sámi herders"


def test_a_place_keeps_its_letters_outside_ascii(vocab):
    cs = claims(vocab, "Twelve people died in Zürich and 4 in Tāmaki Makaurau, officials said.")
    assert cs["Twelve"].where == "Zürich"
    assert cs["4"].where == "Tāmaki Makaurau"


def test_a_unit_glued_to_its_number_is_no_thing(vocab):
    cs = claims(vocab, "The typhoon brought gusts of 120mph to the coast. The cyclone had winds of 200km/h.")
    assert cs["120mph"].thing == "gusts"
    assert cs["200km/h"].thing == "winds"


def test_a_unit_spelled_out_is_the_thing(vocab):
    cs = claims(vocab, "The fires burned 506,050 acres. Crews saved 1,200 acres of forest.")
    assert cs["506,050 acres"].thing == "acres"
    assert cs["1,200 acres"].thing == "forest"     # the whole after the unit, where the text names one


def test_pc_after_a_figure_is_no_thing(vocab):
    cs = claims(vocab, "The province collected R2bn in the first half, 55pc more than last year.")
    assert (cs.get("55pc") or cs["55"]).thing != "pc"


def test_a_span_of_months_after_the_subject_is_no_thing(vocab):
    cs = claims(vocab, "Operating profit for July-September rose to 3.2 trillion won, the carmaker said. "
                       "Sales for Jan-Mar fell 4% to 2 billion rand.", published="2024-10-30")
    assert cs["3.2 trillion won"].thing == "Operating profit"
    assert cs["4%"].thing == "Sales"


def test_a_currency_word_inside_the_figure_is_no_measure(vocab):
    cs = claims(vocab, "Exports climbed to 900 billion won in May.")
    assert cs["900 billion won"].measure != "won"


def test_a_toll_that_climbs_after_a_long_clause_is_still_the_toll(vocab):
    cs = claims(vocab, "The death toll from the cyclone, which struck the port city of Beira in central "
                       "Mozambique with almost no warning late on Sunday, has climbed to 62.")
    assert cs["62"].measure == "killed"
