"""Classes of the cross-source audit on events, round O: a figure of an earlier event the text
names by its year and then by name or pronoun ("It killed 31 people") is no figure of this one.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.resolve import claims_of


def keys(text: str, vocab) -> dict[str, str | None]:
    doc = Document(id="d", text=text, source="Desk", published="2025-03-10")
    return {c.text: c.quantity for c in claims_of(doc, vocab) if not c.in_title}


@pytest.mark.parametrize("text, earlier, current", [
    ("Rescuers said 12 people were killed on Sunday. The slide is already worse than the failure of a "
     "levee in 2009 near a quarry run by Tordal Minerals. The Tordal failure flooded three valleys. "
     "It killed 31 people and destroyed a school.", "31", "12"),
    ("At least 45 people died when the ferry sank on Monday. The loss is the worst since the sinking of a "
     "barge in 2011 off the coast, operated by Marenco Lines. The Marenco sinking killed 64 passengers.",
     "64", "At least 45"),
])
def test_a_toll_of_a_named_earlier_event_is_no_figure_of_this_one(vocab, text, earlier, current):
    found = keys(text, vocab)
    assert found[earlier] is None
    assert found[current] is not None and found[current].endswith("/killed")


def test_a_pronoun_after_this_event_still_counts_it(vocab):
    text = ("The quake was stronger than the one in 2011 that hit the coast. The Hokuto region was hit hardest. "
            "It killed 240 people, officials said.")
    found = keys(text, vocab)
    assert found["240"] is not None and found["240"].endswith("/killed")


@pytest.mark.parametrize("text, listed, expected", [
    ("The storm's toll passed 1,200 across Mozambique, Malawi and Zanzibar on Friday.", "1,200",
     "Malawi+Mozambique+Tanzania/"),
    ("Floods have killed 640 people in Pakistan, India and Bangladesh since June.", "640",
     "Bangladesh+India+Pakistan/"),
])
def test_a_toll_over_a_list_of_places_is_a_total_of_its_own(vocab, text, listed, expected):
    found = keys(text, vocab)
    assert found[listed] is not None and found[listed].startswith(expected)


def test_a_list_of_people_places_no_toll(vocab):
    found = keys("Police in Peru said 14 people died, according to Ramos, Quispe and Flores.", vocab)
    assert found["14"] is not None and found["14"].startswith("Peru/")


def test_a_total_over_more_countries_is_no_earlier_value_of_one_countrys(vocab):
    from auditor.claims import with_fields
    from auditor.resolve import _other_places_apart

    text = ("Deaths from the floods passed 900 across Kenya, Somalia and Ethiopia on Monday. "
            "The death toll has risen to 610, and in Somalia 120 people died.")
    doc = Document(id="d", text=text, source="Desk", published="2025-03-10")
    wide, narrow, _ = claims_of(doc, vocab)
    linked = with_fields(narrow, earlier=wide.id)
    assert _other_places_apart([wide, linked])[1].earlier == ""
    same = with_fields(linked, quantity=wide.quantity)
    assert _other_places_apart([wide, same])[1].earlier == wide.id


@pytest.mark.parametrize("text, whole", [
    ("Navy divers said only 58 of the 212 passengers and crew on the Marisol had been found alive.", "212"),
    ("Officials said 31 of the 140 passengers were still unaccounted for on Tuesday.", "140"),
])
def test_the_passengers_a_part_is_picked_from_are_the_count_aboard(vocab, text, whole):
    found = keys(text, vocab)
    assert found[whole] is not None and found[whole].endswith("people/aboard")


def test_the_whole_of_another_group_stays_no_figure(vocab):
    found = keys("Rescuers said 40 of the 300 miners had been brought to the surface.", vocab)
    assert found["300"] is None
