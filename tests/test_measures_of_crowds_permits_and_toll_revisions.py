"""Measures of a crowd, of what was permitted, of the rescued, and of counts listed in brackets.

Sentences here are written for these tests.
"""
from __future__ import annotations

from conftest import claims_by_text


def claims(vocab, text, published="2024-07-03"):
    return claims_by_text(vocab, text, published)


def test_a_crowd_that_gathered_is_no_charge_of_another_clause(vocab):
    cs = claims(vocab, "Police charged the promoters with negligence after 40,000 people gathered at a "
                       "stadium that holds 25,000.")
    assert cs["40,000"].measure == "took part"


def test_a_survey_that_turned_up_evidence_is_no_crowd(vocab):
    cs = claims(vocab, "Researchers, who surveyed thousands of households, turned up evidence of 4,645 deaths.")
    assert cs["4,645"].measure == "killed"
    assert cs["thousands of"].measure is None


def test_what_was_permitted_is_its_own_measure(vocab):
    cs = claims(vocab, "The council said permission had been given for 5,000 people, but more than 20,000 "
                       "people turned up. Only 6,000 had been allowed at the park.")
    assert cs["5,000"].measure == "permitted"
    assert cs["6,000"].measure == "permitted"
    assert cs["more than 20,000"].measure == "took part"
    assert cs["more than 20,000"].thing == "people"


def test_people_brought_out_alive_were_rescued(vocab):
    cs = claims(vocab, "By evening 120 workers had been brought out alive. Divers pulled 14 people out alive.")
    assert cs["120"].measure == "rescued"
    assert cs["14"].measure == "rescued"


def test_counts_in_brackets_after_their_names_share_the_verb(vocab):
    cs = claims(vocab, "Jobs were lost in retail (52,000), mining (18,000) and tourism (9,000), the agency said.")
    assert [cs[k].measure for k in ("52,000", "18,000", "9,000")] == ["lost"] * 3


def test_a_count_with_a_verb_of_its_own_after_and_takes_no_measure_before_it(vocab):
    cs = claims(vocab, "By noon 363 miners had been brought out alive and more than 200 bodies had been recovered.")
    assert cs["363"].measure == "rescued"
    assert cs["more than 200"].measure != "rescued"
