"""Counts beside a toll that are not a statement of it (issue 13, held-out events): a rate ("100
people a day"), what was added ("another 100 bodies"), people taken hostage, and the figure a toll
rises to though the sentence says something else was earlier. Sentences written for these tests."""
from __future__ import annotations

from conftest import resolved_by_text


def resolved(vocab, text, published="2024-03-05T20:00:00"):
    return resolved_by_text(vocab, text, published)


def test_a_rate_is_no_count_of_the_toll(vocab):
    cs = resolved(vocab, "The toll rose to 640 on Friday. Over the past week it has grown by about 50 people a day.")
    assert cs["about 50"].quantity is None
    assert cs["640"].quantity is not None
    # "a day earlier" dates a figure; it is no rate
    cs = resolved(vocab, "Officials said 30 people died a day earlier.")
    assert cs["30"].quantity is not None


def test_another_adds_to_the_same_count_but_counts_others_after_another_measure(vocab):
    cs = resolved(vocab, "Rescuers recovered 40 bodies on Friday. They recovered another 60 bodies on Saturday.")
    assert cs["60"].quantity is None and cs["40"].quantity is not None
    cs = resolved(vocab, "The crush killed at least 125 people. Another 180 people were injured.")
    assert cs["180"].measure == "injured" and cs["180"].quantity is not None


def test_people_taken_hostage_are_no_toll_of_the_dead(vocab):
    cs = resolved(vocab, "At least 900 people were killed and 150 were taken hostage, officials said.")
    assert cs["150"].measure == "taken hostage"
    assert cs["150"].quantity != cs["At least 900"].quantity


def test_the_figure_a_toll_rises_to_is_current_whatever_came_earlier(vocab):
    cs = resolved(vocab, "The toll from the fire that broke out nine days earlier rose on Monday to 212.")
    assert cs["212"].superseded is False
    cs = resolved(vocab, "A day earlier, the toll rose to 180. It now stands at 212.")
    assert cs["180"].superseded is True


def test_a_province_the_sentence_opens_with_keys_its_part_of_the_national_toll(vocab):
    cs = resolved(vocab, "Floods have killed at least 900 people across Pakistan since June. "
                         "In Sindh province alone, 310 people have died. In the province of Punjab, 120 died.")
    assert cs["at least 900"].quantity.startswith("Pakistan/")
    assert cs["310"].quantity.startswith("Sindh/") and cs["120"].quantity.startswith("Punjab/")


def test_a_record_since_a_year_is_no_period_of_the_figure(vocab):
    cs = resolved(vocab, "The commission put turnout at 58.1%, the lowest since 2001.")
    assert cs["58.1%"].when_start is None
    cs = resolved(vocab, "Since 2011, 500,000 people have been killed.")
    assert cs["500,000"].when_start == "2011-01-01"
