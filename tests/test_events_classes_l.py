"""Classes of cross-source failure seen on held-out events 12-17 (brief fixL), with sentences written
for these tests (other places, beats and numbers): the names on a petition or an open letter counted
in a story of a march ("300,000 signatures", "the names of 900,000 people") are no crowd, so they are
no rival of the march's turnout; and a figure a body "had at first given" is an earlier one, so it
is no rival of the figure that replaced it."""
from __future__ import annotations

from conftest import resolved_by_text, rules_fired


def resolved(vocab, text, published="2023-06-11T10:00:00", source="Wire"):
    return resolved_by_text(vocab, text, published, source)


def measure(claim):
    return claim.quantity.rsplit("/", 1)[-1] if claim.quantity else None


# -- the names on a petition are no crowd ------------------------------------------------------------------

def test_signatures_in_a_story_of_a_march_are_not_its_turnout(vocab):
    claims = resolved(vocab, "Organisers said 60,000 people marched through Lisbon on Saturday. A petition "
                             "against the pension reform had collected more than 250,000 signatures by then.")
    assert measure(claims["60,000"]) == "took part"
    assert measure(claims["more than 250,000"]) != "took part"
    assert claims["more than 250,000"].thing == "signatures"


def test_the_names_of_people_on_a_petition_are_signatures(vocab):
    claims = resolved(vocab, "The rally came a day after an open letter, which by Friday night carried the "
                             "names of 45,000 people, was handed to the mayor.")
    assert claims["45,000"].thing == "signatures"
    assert measure(claims["45,000"]) != "took part"


def test_the_names_of_streets_or_the_dead_still_count_what_they_name(vocab):
    # "names" without "of" and a count before a figure, and a crowd said plainly, keep their reading
    claims = resolved(vocab, "Police said 18,000 protesters took part, and read out the names of the 12 "
                             "people killed in the clashes.")
    assert measure(claims["18,000"]) == "took part"
    assert claims["18,000"].thing != "signatures"


def test_a_petitions_signatures_do_not_conflict_with_the_crowd(vocab, ruleset):
    a = ("Wire A", "2023-06-11T09:00:00",
         "Organisers said 70,000 people marched in Porto on Saturday against the reform.")
    b = ("Wire B", "2023-06-11T11:00:00",
         "The march in Porto came as a petition against the reform passed 900,000 signatures, "
         "and police put the crowd at about 70,000.")
    fired = rules_fired(vocab, ruleset, a, b)
    assert "estimates-agree" not in fired


def test_two_crowd_counts_still_disagree_beside_a_petition(vocab, ruleset):
    a = ("Wire A", "2023-06-11T09:00:00",
         "Organisers said 90,000 people marched in Porto on Saturday against the reform.")
    b = ("Wire B", "2023-06-11T11:00:00",
         "A petition against the reform passed 900,000 signatures, and police said 12,000 people "
         "marched in Porto on Saturday.")
    assert "estimates-agree" in rules_fired(vocab, ruleset, a, b)


# -- "had at first given": an earlier figure -----------------------------------------------------------------

def test_a_figure_a_body_had_at_first_given_is_superseded(vocab):
    # beside the current figure of its text (alone, an earlier fact of a snapshot stands)
    claims = resolved(vocab, "The ferry operator had at first given a total of 212 people on board. There "
                             "were 213 people on board, the coastguard said.")
    assert claims["212"].superseded and not claims["213"].superseded
    claims = resolved(vocab, "The coastguard had at first said that 40 people were missing. It now says 52 "
                             "people are missing.")
    assert claims["40"].superseded


def test_a_figure_given_at_first_in_another_sense_stays_current(vocab):
    claims = resolved(vocab, "At first light on Monday rescuers said 37 people were missing.")
    assert not claims["37"].superseded


def test_an_earlier_total_given_at_first_is_no_rival_of_the_final_count(vocab, ruleset):
    a = ("Wire A", "2023-06-11T09:00:00",
         "The ferry sank on Sunday with 213 passengers and crew on board, the coastguard said. "
         "The ferry operator had at first given a total of 212 people on board.")
    b = ("Wire B", "2023-06-11T12:00:00",
         "There were 213 people aboard the ferry that sank on Sunday, the coastguard said.")
    assert "estimates-agree" not in rules_fired(vocab, ruleset, a, b)


# -- a count restated in other terms between commas ------------------------------------------------------------

def test_a_count_restated_in_other_terms_is_no_quantity_of_its_own(vocab):
    claims = resolved(vocab, "Utilities said about 900,000 customers, or about 2 million people, were "
                             "without power in Ohio on Sunday morning.")
    assert claims["about 2 million"].quantity is None      # a conversion of the count, no rival of it
    claims = resolved(vocab, "Utilities said about 2 million people were without power in Ohio on Sunday.")
    assert claims["about 2 million"].quantity is not None


def test_a_restatement_does_not_take_a_verb_across_a_list(vocab):
    # two counts joined by "and", not restated: each keeps what its own words say
    claims = resolved(vocab, "Officials said 40 homes were destroyed and 300 people were left homeless.")
    assert claims["40"].thing != claims["300"].thing


def test_the_customers_and_the_people_they_stand_for_do_not_conflict(vocab, ruleset):
    a = ("Wire A", "2023-06-12T09:00:00",
         "About 900,000 customers, or about 2 million people, were without power in Ohio on Monday "
         "morning, utilities said.")
    b = ("Wire B", "2023-06-12T10:00:00",
         "Some 910,000 homes and businesses in Ohio had no power on Monday morning, utilities said.")
    assert "outages-agree" not in rules_fired(vocab, ruleset, a, b)


# -- a state's peak is a quantity of its own -------------------------------------------------------------------

def test_a_peak_is_keyed_apart_from_the_count_now(vocab):
    claims = resolved(vocab, "About 1.1 million customers in Ohio still had no power on Wednesday, after a "
                             "Monday peak of over 2.4 million.")
    assert claims["over 2.4 million"].quantity != claims["About 1.1 million"].quantity
    assert claims["over 2.4 million"].quantity is not None
    claims = resolved(vocab, "Some 2.2 million customers were without power at the peak, the utility said.")
    assert "at peak" in claims["Some 2.2 million"].quantity


def test_an_outage_peak_of_an_earlier_day_is_no_rival_of_todays_count(vocab, ruleset):
    a = ("Wire A", "2023-06-14T09:00:00",
         "About 1.1 million customers in Ohio still had no power on Wednesday morning, compared with a "
         "Monday peak of over 2.4 million customers, utilities said.")
    b = ("Wire B", "2023-06-14T11:00:00",
         "Utilities said about 1.2 million homes and businesses in Ohio were without power on Wednesday.")
    assert "outages-agree" not in rules_fired(vocab, ruleset, a, b)


def test_two_outage_counts_of_one_day_still_disagree(vocab, ruleset):
    a = ("Wire A", "2023-06-14T09:00:00",
         "About 1.1 million customers in Ohio had no power on Wednesday morning, utilities said.")
    b = ("Wire B", "2023-06-14T10:00:00",
         "Utilities said about 2.3 million homes and businesses in Ohio were without power on Wednesday morning.")
    assert "outages-agree" in rules_fired(vocab, ruleset, a, b)


# -- the whole a count is given "out of" ----------------------------------------------------------------------

def test_the_whole_given_out_of_is_no_figure_of_the_count(vocab):
    claims = resolved(vocab, "On Monday the utility said 1.9 million of its customers, out of almost 2.3 "
                             "million, had no power.")
    assert claims["almost 2.3 million"].quantity is None
