"""What was allowed (people at an event, storeys in a building) is one quantity across reports:
two sources' numbers allowed that do not overlap are rival estimates (estimates-agree); storeys
and floors are one count. Sentences written for these tests."""
from __future__ import annotations

from conftest import resolved_by_text, rules_fired


def resolved(vocab, text, published="2023-05-10T12:00:00", source="Wire"):
    return resolved_by_text(vocab, text, published, source)


def test_storeys_and_floors_are_one_count_of_what_was_approved(vocab):
    a = resolved(vocab, "The planning office said 12 storeys had been approved for the hotel in Porto.")
    b = resolved(vocab, "The developer had been given a permit for 18 floors in Porto.")
    assert a["12"].measure == b["18"].measure == "permitted"
    assert a["12"].thing_class == b["18"].thing_class == "storeys"
    assert a["12"].quantity == b["18"].quantity


def test_two_sources_far_apart_on_the_number_allowed_are_rival_estimates(vocab, ruleset):
    fired = rules_fired(
        vocab, ruleset,
        ("Radio Sur", "2023-05-10", "Police said permission had been given for 3,000 people at the concert in Seville, "
                                    "but 40,000 people turned up."),
        ("Diario Uno", "2023-05-11", "Only 30,000 people had been allowed at the concert in Seville, "
                                     "the organisers said."))
    assert "estimates-agree" in fired


def test_two_sources_agreeing_on_the_number_allowed_raise_nothing(vocab, ruleset):
    fired = rules_fired(
        vocab, ruleset,
        ("Radio Sur", "2023-05-10", "Police said permission had been given for 30,000 people "
                                    "at the concert in Seville."),
        ("Diario Uno", "2023-05-11", "Only 30,000 people had been allowed at the concert in Seville, "
                                     "the organisers said."))
    assert "estimates-agree" not in fired


def test_storeys_approved_far_apart_between_two_officials_are_flagged(vocab, ruleset):
    fired = rules_fired(
        vocab, ruleset,
        ("City Post", "2023-05-10", "The mayor said 9 storeys had been approved for the tower that fell in Porto."),
        ("Porto Daily", "2023-05-11", "The planning agency said 14 floors had been approved for the tower in Porto."))
    assert "estimates-agree" in fired
