"""A toll the text places in a named spot within the country ("in Puerto Alto in southern Chile",
"the neighbouring hamlet ... the locality of Las Piedras") is that spot's part of the country's toll,
never a rival of it; and a report that names two countries as often is about the one its headline,
else its opening, names (not the first in the alphabet)."""
from __future__ import annotations

from auditor.audit import audit
from auditor.documents import Document
from auditor.resolve import claims_of


def _keys(text, vocab, title=None):
    return {c.text: c.quantity for c in claims_of(Document("d", text, "Desk", "2024-02-06", title=title), vocab)}


def test_a_toll_in_a_name_placed_in_the_country_is_that_places(vocab):
    keys = _keys("Floods have killed at least 45 people in Chile, officials said. A village leader said 19 people "
                 "had died in Puerto Alto in southern Chile.", vocab)
    assert keys["at least 45"].startswith("Chile/")
    assert keys["19"].startswith("Puerto Alto/")


def test_a_toll_of_a_locality_named_with_an_adjective_is_that_places(vocab):
    keys = _keys("Floods have killed at least 45 people in Chile, officials said. That comes on top of a count "
                 "of 19 dead given by a leader of the neighbouring locality of Las Piedras.", vocab)
    assert keys["19"].startswith("Las Piedras/")


def test_a_spot_and_the_country_toll_are_no_conflict(vocab, ruleset):
    doc = Document("d", "Floods have killed at least 45 people in Chile, officials said. A village leader said 19 "
                        "people had died in Puerto Alto in southern Chile.", "Desk", "2024-02-06")
    assert not [f for f in audit([doc], ruleset, vocab).findings if f.severity == "error"]


def test_two_countries_named_as_often_the_headline_or_the_opening_decides(vocab):
    text = ("The storm killed at least 30 people in Peru on Monday. It then crossed into Ecuador, where winds "
            "reached 150 km/h. Rescuers said 12 people were missing.")
    assert _keys(text, vocab, title="Storm kills dozens in Peru")["12"].startswith("Peru/")
    assert _keys(text, vocab)["12"].startswith("Peru/")         # no headline: the country named first
    assert _keys(text, vocab, title="Storm batters Ecuador")["12"].startswith("Ecuador/")
