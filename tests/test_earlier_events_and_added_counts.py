"""Figures a report gives that are not a statement of its own quantity: a toll of an earlier
event the text names by how long ago it was, and "another N" after a count of bodies (what it
adds); and a story placed by a town the gazetteer knows when it names that town in its headline
and again in its opening. Sentences written for these tests."""
from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.resolve import claims_of


def keys(text: str, vocab, title: str | None = None) -> dict[str, str | None]:
    doc = Document(id="d", text=text, title=title, source="Desk", published="2025-03-10")
    return {c.text: c.quantity for c in claims_of(doc, vocab) if not c.in_title}


@pytest.mark.parametrize("text, earlier, current", [
    ("The landslide comes four years after a dam failed upstream and killed 31 people. "
     "Rescuers said 12 people were killed on Sunday.", "31", "12"),
    ("A decade after the cyclone killed 8,000 people, the delta was hit again; at least 45 people died.",
     "8,000", "at least 45"),
])
def test_a_toll_of_an_earlier_event_is_no_figure_of_this_one(vocab, text, earlier, current):
    found = keys(text, vocab)
    assert found[earlier] is None
    assert found[current] is not None and found[current].endswith("/killed")


def test_days_after_the_event_still_count_it(vocab):
    found = keys("Two days after the earthquake, rescuers said 140 people had died.", vocab)
    assert found["140"] is not None and found["140"].endswith("/killed")


@pytest.mark.parametrize("text, added", [
    ("A hospital in the next district took in 31 bodies, and police said 20 of them were men. "
     "Another 64 lay dead at the site itself.", "64"),
    ("Divers recovered 12 bodies on Monday. Another 9 were found overnight.", "9"),
])
def test_another_figure_after_a_count_of_bodies_adds_to_it(vocab, text, added):
    assert keys(text, vocab)[added] is None


def test_another_figure_of_another_measure_is_its_own_count(vocab):
    found = keys("The blast killed 125 people. Another 180 were injured.", vocab)
    assert found["180"] is not None and found["180"].endswith("/injured")


def test_a_town_named_in_the_headline_and_the_opening_places_the_story(vocab):
    text = ("Salvage teams worked through the night at the collapsed block. The Lagos State "
            "government said on Tuesday that 14 people were dead.")
    found = keys(text, vocab, title="Toll rises at collapsed block as Lagos orders inquiry")
    assert found["14"] is not None and found["14"].startswith("Nigeria/")


@pytest.mark.parametrize("text, part", [
    ("The toll has reached 96. Most of the dead, 81, were in the old town, the rest in two villages.", "81"),
    ("At least 340 homes were flooded; the majority of them, 260, stood along the river.", "260"),
])
def test_a_figure_in_apposition_to_most_of_a_group_is_a_part(vocab, text, part):
    assert keys(text, vocab)[part] is None
