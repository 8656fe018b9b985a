"""Classes of cross-source failure seen across held-out events (brief fixJ), with sentences written
for these tests: a country named only in the name of one of its bodies that reports on other
countries ("the U.S. Geological Survey measured it at 6.9", "the British Embassy said") places no
figure of its sentence, so a quake's toll beside the agency's magnitude stays the event's and is
compared with other reports of it; a country named for itself, or a locative place, still places it."""
from __future__ import annotations

from conftest import resolved_by_text, rules_fired


def resolved(vocab, text, published="2023-03-20T10:00:00", source="Wire"):
    return resolved_by_text(vocab, text, published, source)


def test_a_foreign_agency_named_for_its_country_places_no_figure(vocab):
    claims = resolved(vocab, "On March 2 an earlier quake had left 16 people dead in the hills, which local "
                             "officials measured at magnitude 6.1 and the U.S. Geological Survey at 5.9.")
    assert claims["16"].where is None
    claims = resolved(vocab, "Landslides buried 23 homes after the quake, which the US Geological Survey "
                             "put at magnitude 6.4.")
    assert claims["23"].where is None
    claims = resolved(vocab, "The British Embassy said 14 tourists were hurt when the bus overturned.")
    assert claims["14"].where is None


def test_a_country_named_for_itself_or_after_in_still_places_its_figure(vocab):
    claims = resolved(vocab, "A strong quake killed 40 people in Peru on Sunday, the U.S. Geological "
                             "Survey said.")
    assert claims["40"].where == "Peru"
    claims = resolved(vocab, "Floods killed 31 people in the United States on Monday, the National "
                             "Weather Service said.")
    assert claims["31"].where == "United States"
    claims = resolved(vocab, "Storms left 12 people dead across France, the French Interior Ministry said.")
    assert claims["12"].where == "France"


_AGENCY = ("Rescue teams in Indonesia were still searching on Monday. On March 2 an earlier quake had left "
           "16 people dead on Sumbawa, which local officials measured at magnitude 6.1 and the U.S. Geological "
           "Survey at 5.9.")


def test_an_earlier_quakes_toll_beside_the_agencys_magnitude_keeps_the_events_country(vocab):
    assert resolved(vocab, _AGENCY)["16"].quantity.startswith("Indonesia/")


def test_two_reports_of_an_earlier_quakes_toll_are_compared_beside_the_agencys_magnitude(vocab, ruleset):
    a = ("Wire A", "2023-03-20T10:00:00", _AGENCY)
    b = ("Wire B", "2023-03-20T10:00:00",
         "Rescue teams in Indonesia were still searching on Monday. An earlier quake had struck Sumbawa on "
         "March 2, killing 19 people.")
    assert "same-toll-same-day" in rules_fired(vocab, ruleset, a, b)
    same = ("Wire B", "2023-03-20T10:00:00",
            "Rescue teams in Indonesia were still searching on Monday. An earlier quake had struck Sumbawa on "
            "March 2, killing 16 people.")
    assert "same-toll-same-day" not in rules_fired(vocab, ruleset, a, same)


# -- a figure of another quantity is no restatement of one -------------------------------------------------------

def _fired_on(vocab, ruleset, text):
    return rules_fired(vocab, ruleset, ("Wire", "2023-03-15T10:00:00", text))


def test_an_earlier_events_rounded_toll_restates_no_place_of_this_one(vocab, ruleset):
    fired = _fired_on(vocab, ruleset, "The quake struck central Peru on Tuesday, a week after a quake further "
                                      "north on March 7 that killed nearly 100 people. The capital was hit "
                                      "hardest, with 186 killed.")
    assert "same-quantity-stated-consistently" not in fired


def test_one_quantity_restated_unfairly_still_fires(vocab, ruleset):
    assert "same-quantity-stated-consistently" in _fired_on(
        vocab, ruleset, "The co-operative shipped 12,400 tonnes of cocoa last season. Its chair said nearly "
                        "15,000 tonnes of cocoa had been shipped.")
    assert "same-quantity-stated-consistently" in _fired_on(
        vocab, ruleset, "Nearly 300 people died in the landslides, officials said. The 318 people who died "
                        "included 40 children.")
