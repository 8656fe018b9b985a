"""The pronoun mechanism (extract._speakers_for_pronouns) and the attribution it reads "he"/"she" back to.

Measured over the real-text dev sets, "he said" resolved to no one (the source cleared) in 9 of its 14
errors, where the person was there to read: named once in full and quoted by a one-word surname after
("Gonsalves told"), named before a title written in capitals ("Ilona Līce, Chairperson of the Board of
..., told"), or named in the figure's own sentence before "he added". These tests hold the three, and the
cases that must stay as they were.

Sentences here are written for these tests (other people, places and numbers than the sets').
"""
from __future__ import annotations

from auditor.extract import scope as sc
from conftest import claims_by_text as claims


def test_a_person_before_a_title_in_capitals_is_the_source_not_the_title(vocab):
    text = "Marta Kowalczyk, Chief Financial Officer of Baltic Ferries Group, told reporters that 40 ships sailed."
    assert [a.who for a in sc.attributions_in(text, 0, len(text), vocab)] == ["Marta Kowalczyk"]


def test_a_description_in_lower_case_beside_a_name_still_gives_the_name(vocab):
    text = "Nordstat, the country's statistics agency, said 40 ships sailed."
    assert [a.who for a in sc.attributions_in(text, 0, len(text), vocab)] == ["Nordstat"]


def test_she_after_a_person_with_a_long_title_is_that_person(vocab):
    text = ('"It was a record summer," Marta Kowalczyk, Chief Financial Officer of Baltic Ferries Group, told '
            "the meeting. On average the line carries 9 000 passengers a day, she said.")
    assert claims(vocab, text, "2024-09-01")["9 000"].according_to == "Marta Kowalczyk"


def test_he_after_a_one_word_surname_of_a_person_named_in_full_is_that_person(vocab):
    text = ("Governor Tomas Albrecht ordered the valley cleared on Sunday. Some 3,200 people had left by "
            "evening, Albrecht told a briefing. About 700 people were staying in 12 schools, he said.")
    cs = claims(vocab, text, "2024-05-06")
    assert cs["About 700"].according_to == "Albrecht"


def test_he_in_the_sentence_of_the_person_quoted_is_that_person(vocab):
    text = ("Lindqvist Air carried 2.1 million passengers in 2023. Chief executive Oskar Lindqvist said the "
            "year had gone well; he added that the airline had opened seven new routes.")
    assert claims(vocab, text, "2024-01-10")["seven"].according_to == "Oskar Lindqvist"


def test_he_with_no_person_named_anywhere_stays_no_ones(vocab):
    text = "The storm flooded the valley overnight. About 700 people were staying in 12 schools, he said."
    assert claims(vocab, text, "2024-05-06")["About 700"].according_to is None


def test_a_one_word_source_never_named_in_full_is_no_person_for_he(vocab):
    text = ("Some 3,200 people had left by evening, Albrecht said. About 700 people were staying in 12 "
            "schools, he said.")
    assert claims(vocab, text, "2024-05-06")["About 700"].according_to is None
