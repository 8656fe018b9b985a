"""Classes of cross-source failure first seen on held-out events 6, 7 and 10 (brief fixV), with
sentences written for these tests (other places, beats and numbers): a venue's capacity beside the
number allowed and the crowd packed in, "N of them had been rescued" as the rescued count, and a
crowd's "head count". The permit tests pin what holds already: a permit that "had been given" in a
text with no other figure of its key stays current (a permit beside a rival figure in the same text
is still read as an earlier figure: left open, see the report of brief fixV)."""
from __future__ import annotations

from conftest import resolved_by_text, rules_fired


def resolved(vocab, text, published="2022-09-18T10:00:00", source="Wire"):
    return resolved_by_text(vocab, text, published, source)


# -- a permit that had been given: what was allowed (guards) -----------------------------------------

def test_a_permit_that_had_been_given_is_no_earlier_figure(vocab):
    claims = resolved(vocab, "Inspectors said the tower in Accra had been given a building permit for 9 floors.")
    assert not claims["9"].superseded
    claims = resolved(vocab, "Police in Porto said permission had been given for 3,000 people at the concert.")
    assert not claims["3,000"].superseded
    assert claims["3,000"].measure == "permitted"


def test_a_toll_that_had_been_given_is_still_an_earlier_figure(vocab):
    claims = resolved(vocab, "The toll of the floods in Kerala, which had been given as 40, rose to 64 on Monday.")
    assert claims["40"].superseded


def test_storeys_permitted_by_two_accounts_are_compared(vocab, ruleset):
    a = ("Wire A", "2022-09-18T10:00:00",
         "The city's planning chief said 12 storeys had been approved for the tower in Accra.")
    b = ("Wire B", "2022-09-18T12:00:00",
         "Records showed that the developer had been given a building permit for 8 floors in Accra.")
    assert rules_fired(vocab, ruleset, a, b) == ["estimates-agree"]


# -- a venue's capacity: the number it was allowed to hold -------------------------------------------

def test_a_venue_meant_for_a_number_is_the_number_allowed(vocab):
    claims = resolved(vocab, "Fans were crushed in a stadium in Lima meant for only 12,000 on Sunday.")
    assert claims["12,000"].measure == "permitted"
    claims = resolved(vocab, "Fans filled a ground in Lima with a capacity of 25,000 on Sunday.")
    assert claims["25,000"].measure == "permitted"


def test_the_crowd_packed_into_a_venue_is_not_the_number_allowed(vocab):
    claims = resolved(vocab, "Police said 40,000 people were packed into a stadium in Lima meant for only 12,000.")
    assert claims["40,000"].measure != "permitted"
    assert claims["12,000"].measure == "permitted"
    claims = resolved(vocab, "Organisers had permission for 3,000 people in a park in Lyon designed for 9,000.")
    assert claims["3,000"].measure == "permitted"      # its own word before it


def test_a_permit_and_a_capacity_far_apart_are_flagged(vocab, ruleset):
    a = ("Wire A", "2022-09-18T10:00:00",
         "A complaint says permission had been given for 4,000 people at the festival in Lima.")
    b = ("Wire B", "2022-09-19T10:00:00",
         "Some 90,000 fans were squeezed into a festival ground in Lima meant for only 40,000, police said.")
    assert "estimates-agree" in rules_fired(vocab, ruleset, a, b)


# -- "N of them had been rescued": the rescued, not a part set aside --------------------------------

def test_of_them_rescued_is_a_count_of_the_rescued(vocab):
    claims = resolved(vocab, "Officials said 1,200 people were on the ferry off Mindanao and that 640 of them "
                             "had so far been rescued.")
    assert claims["640"].measure == "rescued"
    assert claims["640"].quantity and claims["640"].quantity.endswith("/rescued")


def test_of_them_without_a_measure_is_still_a_part(vocab):
    claims = resolved(vocab, "At least 52 people died in the fire in Dhaka, and 20 of them were children.")
    assert claims["20"].quantity is None


def test_rescued_counts_of_one_day_far_apart_are_flagged(vocab, ruleset):
    a = ("Wire A", "2022-09-18T10:00:00",
         "The minister said 900 workers were in the mine in Zonguldak and that 310 of them had been rescued.")
    b = ("Wire B", "2022-09-18T10:00:00",
         "The operator said nearly 520 workers had been rescued from the mine in Zonguldak.")
    assert "estimates-agree" in rules_fired(vocab, ruleset, a, b)


# -- a crowd's head count -----------------------------------------------------------------------------

def test_a_head_count_is_the_size_of_a_crowd(vocab):
    claims = resolved(vocab, "A city survey put the head count at 30,000 at the march in Porto on Saturday.")
    assert claims["30,000"].measure == "took part"


def test_a_firms_headcount_is_its_staff_no_crowd(vocab):
    claims = resolved(vocab, "The airline said it would reduce its headcount by 860 employees this year.")
    assert claims["860"].measure != "took part"
