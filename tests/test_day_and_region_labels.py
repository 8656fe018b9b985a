"""Numbers that name, not count: the day of the month in brackets after its weekday ("on Monday
(14)", Brazilian and Portuguese copy), the items of a list after a plural label word ("Zones 3
(Kisumu), 5 and 7B": "7B" is no 7 billion), and a day counted from an event's start ("on day
four", "Day 2 of the hearing"). The counts beside them stay claims."""
from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.extract import extract_claims


def values(text: str, vocab) -> list[float | None]:
    return [c.value for c in extract_claims(Document(id="t", text=text), vocab)]


@pytest.mark.parametrize("text,expected", [
    ("The Recife fire service said on Monday (14) that 23 families had been moved.", [23]),
    ("Curitiba counted 61 cases on Saturday (5), against 40 on Wed. (2).", [61, 40]),
])
def test_a_day_in_brackets_after_its_weekday_is_a_date(text, expected, vocab):
    assert values(text, vocab) == expected


@pytest.mark.parametrize("text,expected", [
    ("Rains hit Zones 3 (Kisumu), 5 and 7B, where 8,200 households lost crops.", [8200]),
    ("Schools in Districts 2, 4 and 9 stayed shut for 11,000 pupils.", [11000]),
    ("Buses skip Routes 5 or 7 until 2,000 new drivers are hired.", [2000]),
    ("Voting in Precincts 12 and 14 drew 3,400 people.", [3400]),
    ("The storm crossed Regions 6 (Western Visayas), 7, 8 and the capital region.", []),
])
def test_a_list_after_a_plural_label_word_is_labels(text, expected, vocab):
    assert values(text, vocab) == expected


def test_a_count_of_a_plural_label_word_stays(vocab):
    assert values("Troops went to 14 districts and 3 zones, and 2 regions asked for aid.", vocab) == [14, 3, 2]


def test_a_label_with_a_scale_letter_is_no_amount(vocab):
    assert values("Region 4B and Zones 2B and 3B reported 70 cases.", vocab) == [70]


@pytest.mark.parametrize("text,expected", [
    ("On day four of the siege 17 hostages were freed.", [17]),
    ("By day 10 of the walkout 4,500 nurses had joined.", [4500]),
    ("Day 2 of the Lahore hearing heard 9 witnesses.", [9]),
    ("Each day 300 lorries cross at Torkham.", [300]),
    ("Fighting went on for a day 2 km from the town.", [2]),
])
def test_a_day_counted_from_an_events_start_is_no_count(text, expected, vocab):
    assert values(text, vocab) == expected
