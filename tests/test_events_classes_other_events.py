"""Classes of cross-source failure sorted on held-out events 12-19 (brief fixV), with sentences written
for these tests (other names, beats and numbers):

* figures of another event in the same text: a list of past events, each line opening with its name
  and date ("Miners' Strike, 12 March 1984. Police said 40,000 marched."), and a gathering the text
  names as another ("the previous march", "last year's rally", "the June rally") are keyed by that
  event's period, never the report's own incident, and raise no alarm against its figures."""
from __future__ import annotations

from auditor.claims import of_incident
from conftest import flagged, resolved_by_text

# -- figures of another event -------------------------------------------------------------------------------

LIST_OF_PAST_MARCHES = (
    "About 90,000 people marched through Cardiff on Saturday against the pit closures, organisers said.\n"
    "Some earlier protests in the city:\n"
    "Miners' Strike, 12 March 1984. The union said 40,000 people marched, police put it at 15,000.\n"
    "Hospital March, June 2009. Organisers said 25,000 people rallied outside the assembly.\n")


def test_a_line_that_opens_with_a_past_event_and_its_date_keys_its_figures_by_that_date(vocab):
    claims = resolved_by_text(vocab, LIST_OF_PAST_MARCHES, "2024-05-18")
    assert of_incident(claims["About 90,000"].quantity)
    assert "/1984-03-12/" in claims["40,000"].quantity
    assert "/1984-03-12/" in claims["15,000"].quantity
    assert "/2009-06-01..2009-06-30/" in claims["25,000"].quantity


def test_past_events_in_a_list_raise_no_alarm_against_the_report(vocab, ruleset):
    a = ("Wire A", "2024-05-18T18:00:00", LIST_OF_PAST_MARCHES)
    b = ("Wire B", "2024-05-18T20:00:00", "Police said around 85,000 people marched through Cardiff on Saturday.")
    for f in flagged(vocab, ruleset, a, b):     # the union against the police of 1984 may disagree
        texts = {c.text for c in f.claims}
        assert not (texts & {"40,000", "15,000", "25,000"} and texts & {"About 90,000", "around 85,000"}), texts


def test_a_gathering_named_as_another_keys_its_figure_apart(vocab):
    text = ("Organisers said 300,000 people joined Sunday's march in Lisbon. At the previous march, 120,000 "
            "people marched, police said. Officials put attendance at the June rally at 80,000.")
    claims = resolved_by_text(vocab, text, "2024-10-13")
    assert of_incident(claims["300,000"].quantity)
    assert not of_incident(claims["120,000"].quantity)
    assert "/2024-06-01..2024-06-30/" in claims["80,000"].quantity


def test_another_gathering_raises_no_alarm_against_the_crowd(vocab, ruleset):
    a = ("Wire A", "2024-10-13T18:00:00",
         "Organisers said 300,000 people joined Sunday's march in Lisbon. At last year's rally, "
         "90,000 people marched, police said.")
    b = ("Wire B", "2024-10-13T20:00:00", "Organisers said some 300,000 people marched in Lisbon on Sunday.")
    texts = [f.message for f in flagged(vocab, ruleset, a, b)]
    assert not any("90,000" in m for m in texts), texts


def test_the_reports_own_event_stays_its_incident(vocab):
    # an earlier quake in a report of its aftershock is the report's own event; a date of this week,
    # the incident's
    claims = resolved_by_text(vocab, "A strong aftershock hit the island on Thursday, as the number of people "
                                     "killed by an earlier quake rose to 320.", "2024-08-09")
    assert of_incident(claims["320"].quantity)
    claims = resolved_by_text(vocab, "Harbour Fire, 4 October 2024. Officials said 12 people were killed.",
                              "2024-10-06")
    assert of_incident(claims["12"].quantity)
    # a gathering of the same kind elsewhere that day is no earlier one
    claims = resolved_by_text(vocab, "Some 60,000 people marched in Marseille on Saturday, and a similar protest in "
                                     "Lyon drew 20,000, police said.", "2024-10-06")
    assert of_incident(claims["20,000"].quantity)


# -- a day's share of a running total ------------------------------------------------------------------------

def test_a_days_share_leaves_the_running_totals_key(vocab):
    claims = resolved_by_text(vocab, "An aide to the governor said 14 people had died during the day, and that the "
                                     "number killed since the rains began had reached 96.", "2024-07-12")
    assert claims["14"].quantity is None
    assert claims["96"].quantity is not None
    claims = resolved_by_text(vocab, "The flood toll in Assam climbed to 212 on Saturday. Officials said 58 people "
                                     "were killed on Friday alone.", "2024-07-13")
    assert claims["58"].quantity is None
    assert claims["212"].quantity is not None


def test_a_days_share_raises_no_alarm_against_the_total(vocab, ruleset):
    a = ("Wire A", "2024-07-13T10:00:00", "The state's flood toll climbed to 212 on Saturday, officials said.")
    b = ("Wire B", "2024-07-13T12:00:00", "Officials said 58 people were killed in the floods on Friday alone, and "
                                          "that 212 had died since the rains began.")
    texts = [f.message for f in flagged(vocab, ruleset, a, b)]
    assert not any("58" in m for m in texts), texts


def test_a_figure_of_the_day_that_is_the_whole_stays_keyed(vocab):
    # no larger figure of its key: the day's toll is the toll ("killed 32 people during the day")
    claims = resolved_by_text(vocab, "Air strikes killed 32 people during the day, medics said.", "2024-07-13")
    assert claims["32"].quantity is not None
    # a total after "alone" that is no day's ("in the capital alone") is no day's share
    claims = resolved_by_text(vocab, "Floods have killed 212 people across the country, with 90 deaths in the capital "
                                     "alone, officials said.", "2024-07-13")
    assert claims["212"].quantity is not None
