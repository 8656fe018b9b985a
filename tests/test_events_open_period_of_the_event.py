"""A running count over an open period that began in the days before the report is the event's own
count (resolve.quantity_key): "arrests since the unrest began on Monday" in Wednesday's paper and
another wire's "police have arrested 2,400 people" state one quantity, so the audit compares them.
A period that began weeks before ("since January"), or a calendar's ("this month" in its first week),
keeps its own key. Sentences written for these tests."""
from __future__ import annotations

from auditor.claims import of_incident
from auditor.resolve import quantity_key
from conftest import flagged, resolved_by_text


def test_a_count_since_a_day_of_this_week_is_the_incidents():
    assert quantity_key("people", None, "arrested", ("2024-03-11", "2024-03-13"), "2024-03-13") \
        == "incident/people/arrested"
    assert quantity_key("people", None, "killed", ("2024-03-06", "2024-03-13"), "2024-03-13") \
        == "incident/people/killed"


def test_an_older_or_calendar_period_keeps_its_own_key():
    assert quantity_key("people", None, "killed", ("2024-01-15", "2024-03-13"), "2024-03-13") \
        == "2024-01-15../people/killed"                     # weeks before: a season's count
    assert quantity_key("people", None, "killed", ("2024-03-01", "2024-03-04"), "2024-03-04") \
        == "2024-03-01../people/killed"                     # "so far this month": a calendar's count
    assert quantity_key("people", None, "killed", ("2024-03-11", "2024-03-12"), "2024-03-20") \
        == "2024-03-11..2024-03-12/people/killed"           # closed: two named days, not the running count


def test_arrests_since_the_unrest_began_key_as_the_incident(vocab):
    text = ("Police have arrested 1,150 people since the riots broke out on Monday, the interior ministry "
            "said on Wednesday.")
    claims = resolved_by_text(vocab, text, "2024-03-13")
    assert of_incident(claims["1,150"].quantity), claims["1,150"].quantity


def test_a_count_since_january_stays_a_seasons_count(vocab):
    text = "Since January 15, at least 640 people have drowned trying to reach the islands, the agency said."
    claims = resolved_by_text(vocab, text, "2024-05-20")
    assert not of_incident(claims["at least 640"].quantity), claims["at least 640"].quantity


def test_two_wires_running_counts_of_one_unrest_are_compared(vocab, ruleset):
    # the lower figure came later, from another source: no update of the higher one
    a = ("Wire A", "2024-03-13T10:00:00",
         "Police have arrested 1,150 people since the riots broke out on Monday, the interior ministry said.")
    b = ("Wire B", "2024-03-13T08:00:00",
         "More than 2,400 people have been arrested in the riots, a lawyers' group said on Wednesday.")
    texts = [{c.text for c in f.claims} for f in flagged(vocab, ruleset, a, b)]
    assert any({"1,150", "More than 2,400"} <= t for t in texts), texts


def test_a_seasons_count_is_not_set_against_one_wreck(vocab, ruleset):
    a = ("Wire A", "2024-05-20T09:00:00",
         "At least 61 migrants drowned when their boat sank off the coast on Sunday, the coastguard said.")
    b = ("Wire B", "2024-05-20T10:00:00",
         "Since January 15, at least 640 migrants have drowned trying to reach the islands, the agency said.")
    texts = [{c.text for c in f.claims} for f in flagged(vocab, ruleset, a, b)]
    assert not any({"At least 61", "at least 640"} <= t for t in texts), texts


def test_a_crowd_over_the_days_since_is_no_one_days_crowd():
    # "took part" is a measure of one day: 90,000 over the protests since Friday is not a day's crowd
    assert quantity_key("people", None, "took part", ("2024-03-08", "2024-03-11"), "2024-03-11",
                        of_one_day=True) == "2024-03-08../people/took part"
