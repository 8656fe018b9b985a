"""Classes of cross-source failure first seen on held-out events 13 (brief fix3_events), with sentences
written for these tests (other places, beats and numbers): a report's own earlier figures of a standing
count, the missing a week later, other standing counts (people without power, water or heat) that go up
and down, outage counts worded as people, homes, households or customers, a verb cutting a service off,
a clause that points back to a place ("where", "there"), and a number glued to a model designation."""
from __future__ import annotations

from conftest import resolved_by_text, rules_fired


def resolved(vocab, text, published="2023-01-10T10:00:00", source="Wire"):
    return resolved_by_text(vocab, text, published, source)


# -- a report's own earlier figures of a standing count are its timeline -----------------------------

def test_earlier_figures_of_the_missing_quoted_by_another_speaker_are_superseded(vocab):
    text = ("Fire Chief Lena Brandt said on Tuesday that 58 residents were still unaccounted for in Bellhaven. "
            "Earlier, Mayor Tomas Irving had said the count stood at 91 missing.")
    claims = resolved(vocab, text)
    assert claims["91"].superseded
    assert not claims["58"].superseded


def test_a_reports_own_earlier_missing_count_raises_no_conflict(vocab, ruleset):
    fired = rules_fired(vocab, ruleset,
                        ("Coast Daily", "2023-01-10T18:00:00",
                         "Provincial governor Ana Cruz said on Tuesday that 230 villagers were missing after the "
                         "landslide in Benguet. Earlier, the police chief had put the number of missing at 120."))
    assert "same-toll-same-day" not in fired


# -- the missing are a snapshot: a later, lower list is an update --------------------------------------

def test_the_missing_a_week_later_are_an_update(vocab, ruleset):
    fired = rules_fired(vocab, ruleset,
                        ("Rio Wire", "2022-02-18T20:00:00",
                         "Officials in Petropolis said on Friday that 218 people were missing after the mudslides."),
                        ("Serra News", "2022-02-25T20:00:00",
                         "The number of people missing in Petropolis dropped to 87 on Friday, after many were "
                         "found alive, officials said."))
    assert "same-toll-same-day" not in fired


def test_rival_missing_counts_of_one_day_still_conflict(vocab, ruleset):
    fired = rules_fired(vocab, ruleset,
                        ("Rio Wire", "2022-02-18T20:00:00",
                         "Officials in Petropolis said on Friday that 218 people were missing after the mudslides."),
                        ("Serra News", "2022-02-18T21:00:00",
                         "Firefighters in Petropolis said on Friday that 35 people were missing after the mudslides."))
    assert "same-toll-same-day" in fired


# -- utility outages: a standing count of people, homes or customers -----------------------------------

def test_outages_worded_as_people_homes_or_customers_are_one_count(vocab):
    text = ("An ice storm left 310,000 customers in Quebec without power on Thursday. Hydro crews said more than "
            "500,000 homes had no electricity by evening. About 1.1 million people in Quebec were left in the dark, "
            "the province said.")
    claims = resolved(vocab, text)
    keys = {claims[k].quantity for k in ("310,000", "more than 500,000", "About 1.1 million")}
    assert len(keys) == 1
    key = keys.pop()
    assert key is not None and key.endswith("/customers/without power")


def test_a_verb_that_cuts_the_power_off_counts_an_outage(vocab):
    claims = resolved(vocab, "The cyclone cut power to more than 90,000 households in Queensland on Sunday.")
    assert claims["more than 90,000"].measure == "without power"
    claims = resolved(vocab, "By Sunday night electricity had been knocked out for 45,000 homes in Darwin.")
    assert claims["45,000"].measure == "without power"


def test_people_without_water_are_not_people_without_power(vocab):
    claims = resolved(vocab, "In Jackson, 150,000 residents were without running water on Monday, while 20,000 "
                             "homes had no power.")
    assert claims["150,000"].measure == "without water"
    assert claims["20,000"].measure == "without power"
    assert claims["150,000"].quantity != claims["20,000"].quantity


def test_rival_outage_counts_of_one_day_conflict(vocab, ruleset):
    fired = rules_fired(vocab, ruleset,
                        ("Gulf Wire", "2021-08-30T20:00:00",
                         "In Louisiana, as many as 300,000 people were without power on Monday."),
                        ("Bayou Radio", "2021-08-30T21:00:00",
                         "More than 1 million homes and businesses in Louisiana had no electricity on Monday, the "
                         "state's utility commission said."))
    assert "outages-agree" in fired


def test_an_outage_that_grew_or_fell_from_day_to_day_is_an_update(vocab, ruleset):
    fired = rules_fired(vocab, ruleset,
                        ("Gulf Wire", "2021-08-30T20:00:00",
                         "More than 1 million customers in Louisiana had no electricity on Monday."),
                        ("Bayou Radio", "2021-09-02T21:00:00",
                         "About 600,000 customers in Louisiana were still without power on Thursday."))
    assert "outages-agree" not in fired


def test_overlapping_outage_counts_agree(vocab, ruleset):
    fired = rules_fired(vocab, ruleset,
                        ("Gulf Wire", "2021-08-30T20:00:00",
                         "At least 800,000 people in Louisiana had no power on Monday."),
                        ("Bayou Radio", "2021-08-30T21:00:00",
                         "More than 1 million homes in Louisiana were without electricity on Monday."))
    assert "outages-agree" not in fired


# -- a clause that points back to the place named before it --------------------------------------------

def test_there_points_back_to_the_place_just_named(vocab):
    claims = resolved(vocab, "The storm hit Louisiana hardest: there, more than 1 million homes lost power.")
    assert (claims["more than 1 million"].quantity or "").startswith("Louisiana/")
    claims = resolved(vocab, "Of all the states, Colorado suffered most; there, 260,000 customers had no power.")
    assert (claims["260,000"].quantity or "").startswith("Colorado/")


def test_where_after_the_events_own_region_keeps_the_countrys_key(vocab):
    claims = resolved(vocab, "The UN said it feared for civilians in Syria's northwest, above all in Aleppo, where "
                             "since November fighting has driven out 300,000 people.")
    assert not (claims["300,000"].quantity or "").startswith("Aleppo/")


# -- a number glued to a model designation is no count -------------------------------------------------

def test_a_model_designation_is_no_count(vocab):
    claims = resolved(vocab, "About 180 people were aboard the Airbus A320-200 when it landed in Lisbon.")
    assert claims.get("200") is None or claims["200"].quantity is None
    claims = resolved(vocab, "More than 160 people were on board the Boeing 737-800, the airline said.")
    assert claims.get("800") is None or claims["800"].quantity is None
    assert claims["More than 160"].quantity is not None


def test_a_designation_raises_no_rival_count_of_those_aboard(vocab, ruleset):
    fired = rules_fired(vocab, ruleset,
                        ("Air Wire", "2019-03-10T20:00:00",
                         "The airline said 157 people were aboard the jet that crashed near Bishoftu."),
                        ("Sky Radio", "2019-03-11T09:00:00",
                         "More than 150 people were aboard the Boeing 737-800 that crashed near Bishoftu."))
    assert "estimates-agree" not in fired


def test_a_range_is_still_a_count(vocab):
    claims = resolved(vocab, "Between 20-30 people were hurt in the blast in Lyon on Monday.")
    assert claims["Between 20-30"].quantity is not None


def test_an_outage_said_of_the_counted_people_is_not_their_measure(vocab):
    claims = resolved(vocab, "Six residents of a care home in Tulsa left without power by the ice storm have died, "
                             "officials said on Friday.")
    assert claims["Six"].measure == "killed"
    claims = resolved(vocab, "Nine tenants who were without heat for days died of the cold in Buffalo, police said.")
    assert claims["Nine"].measure == "killed"


def test_an_existential_there_points_back_to_no_place(vocab):
    claims = resolved(vocab, "The storm reached Louisiana on Monday, and there were more than 1 million homes without "
                             "power across the South by the evening.")
    assert not (claims["more than 1 million"].quantity or "").startswith("Louisiana/")
