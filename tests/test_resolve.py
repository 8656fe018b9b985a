"""Resolve: which quantity each claim reports, from the whole document (DESIGN.md, Quantities).

Sentences here are written for these tests; each case is one class of phrasing.
"""
from __future__ import annotations

import pytest

from auditor.audit import extract_all
from auditor.documents import Document
from auditor.resolve import quantity_key
from auditor.resolve.sources import authority, outlet_chain


def resolved(vocab, text, title=None, source="Wire", published="2021-03-05T10:00:00"):
    doc = Document(id="d", text=text, source=source, published=published, title=title)
    return extract_all([doc], vocab)


def by_text(claims):
    return {c.text: c for c in claims}


# -- referents -------------------------------------------------------------------------------

def test_others_take_the_referent_and_their_own_measure(vocab):
    cs = by_text(resolved(vocab, "Twelve Chilean soldiers died in the ambush and 30 others were injured."))
    assert cs["Twelve"].quantity == "incident/soldiers[Chile]/killed"
    others = cs["30"]
    assert others.thing == "Chilean soldiers" and others.measure == "injured"
    assert others.quantity == "incident/soldiers[Chile]/injured"


def test_soldiers_troops_and_troopers_are_one_quantity_with_the_documents_nationality(vocab):
    text = ("At least 20 Kenyan soldiers were killed on Monday, the army said. "
            "Eleven troops died in the first attack. A later count put the toll at 24 troopers.")
    cs = resolved(vocab, text)
    keys = {c.quantity for c in cs if c.measure == "killed"}
    assert keys == {"incident/soldiers[Kenya]/killed"}


def test_a_bare_class_takes_the_nationality_of_the_headline(vocab):
    cs = resolved(vocab, "Nine soldiers were killed in the ambush.", title="Ambush kills nine Malian soldiers")
    assert cs[0].quantity == "incident/soldiers[Mali]/killed" and cs[0].thing == "Malian soldiers"


def test_people_from_a_national_force_are_its_soldiers(vocab):
    cs = resolved(vocab, "At least 15 people from the Nigerian forces died in the raid.")
    assert cs[0].quantity == "incident/soldiers[Nigeria]/killed"


def test_two_nationalities_are_two_quantities(vocab):
    cs = by_text(resolved(vocab, "The clash killed 8 Indian soldiers and 5 Pakistani soldiers."))
    assert cs["8"].quantity != cs["5"].quantity


def test_a_count_of_something_else_is_not_the_storys_people(vocab):
    text = "At least 40 people were killed in blasts at three hotels, police said."
    cs = by_text(resolved(vocab, text))
    assert cs["At least 40"].quantity == "somewhere/incident/people/killed"   # no place named
    assert cs["three"].quantity == "somewhere/incident/hotels/count-of"      # the hotels hit, not people


def test_shares_and_ratios_count_nothing(vocab):
    text = "The study found 70 times more deaths than the official 64, and half of them were elderly."
    keys = {c.text: c.quantity for c in resolved(vocab, text)}
    assert keys.get("70") is None and keys.get("half") is None


# -- sources ---------------------------------------------------------------------------------

@pytest.mark.parametrize("name, expected", [
    ("the Syrian Observatory for Human Rights", "OSDH"),
    ("SOHR", "OSDH"),
    ("the Britain-based monitor", "OSDH"),
    ("Turkish officials", "Turkey authorities"),
    ("Lebanon's health ministry", "Lebanon authorities"),
    ("the governor of Hatay", "Turkey authorities"),
    ("the Sri Lankan police", "Sri Lanka authorities"),
    ("UNICEF", "UN"),                       # an agency speaks for the UN
    ("Idlib", None),                        # a place (a dateline) is no source
    ("agency", None),                       # a bare noun: resolved from context instead
])
def test_sources_resolve_to_the_authority_behind_them(vocab, name, expected):
    assert authority(name, vocab) == expected


def test_a_person_introduced_with_a_role_speaks_for_that_government(vocab):
    text = ("Hospitals are full, said Amara Okafor, Nigeria's health minister. "
            "Okafor said 35 people had died by Friday.")
    c = resolved(vocab, text)[-1]
    assert c.text == "35" and c.according_to == "Okafor" and c.authority == "Nigeria authorities"


def test_an_official_named_in_the_sentence_is_the_source(vocab):
    c = resolved(vocab, "Peruvian officials now say 14 people were killed in the landslide.")[0]
    assert c.authority == "Peru authorities"


def test_the_monitor_refers_back_to_the_source_named_before(vocab):
    text = ("The Syrian Observatory for Human Rights said 12 civilians died. "
            "Later the monitor said 15 fighters were killed.")
    assert [c.authority for c in resolved(vocab, text)] == ["OSDH", "OSDH"]


def test_an_unattributed_figure_belongs_to_the_wire_the_outlet_cites(vocab):
    assert outlet_chain("Valley Daily (citing Harbour Wire)", vocab) == ["Valley Daily", "Harbour Wire"]
    assert outlet_chain("Morning Star (AFP copy)", vocab) == ["Morning Star", "AFP"]
    c = resolved(vocab, "Floods killed 19 people.", source="Valley Daily (citing Harbour Wire)")[0]
    assert c.authority == "Harbour Wire" and c.source_chain == "Valley Daily > Harbour Wire"


# -- time ------------------------------------------------------------------------------------

def test_as_of_is_the_publication_and_an_initial_figure_is_superseded(vocab):
    text = ("Rescuers had initially put the number of dead at 7. "
            "The toll rose to 19 on Friday.")
    cs = by_text(resolved(vocab, text))
    assert cs["7"].superseded and cs["7"].as_of is None
    assert not cs["19"].superseded and cs["19"].as_of == "2021-03-05T10:00:00"


def test_earlier_now_keeps_the_current_figure(vocab):
    cs = by_text(resolved(vocab, "The death toll, earlier put at 58, now stands at 61."))
    assert cs["58"].superseded and not cs["61"].superseded


@pytest.mark.parametrize("sentence, period", [
    ("At least 42 Malian soldiers have died in February.", "2021-02-01..2021-02-28"),
    ("Since December 1, more than 90,000 people have been displaced.", "2020-12-01.."),
    ("So far this month 12 people have been killed.", "2021-03-01.."),
    ("At least 12 people were killed on Thursday.", "incident"),
])
def test_a_stated_span_is_part_of_the_quantity(vocab, sentence, period):
    c = resolved(vocab, sentence)[0]
    assert c.quantity is not None and c.quantity.split("/")[-3] == period


def test_a_span_without_a_publication_date_is_named_by_its_words(vocab):
    c = resolved(vocab, "Since December, more than 90,000 people have been displaced.", published=None)[0]
    assert c.quantity == "somewhere/since december/people/displaced"


def test_the_quantity_key_needs_a_thing_and_a_measure():
    assert quantity_key("soldiers", "Turkey", "killed", None) == "incident/soldiers[Turkey]/killed"
    assert quantity_key("people", None, "displaced", ("2020-12-01", "2021-02-01")) == \
        "2020-12-01..2021-02-01/people/displaced"
    # a period running to the day of publication is open: one quantity whatever day reports it
    assert quantity_key("people", None, "displaced", ("2020-12-01", "2021-02-01"), "2021-02-01T10:00") == \
        "2020-12-01../people/displaced"
    assert quantity_key(None, None, "killed", None) is None and quantity_key("people", None, None, None) is None


def test_the_key_starts_with_the_country_of_the_documents_event(vocab):
    cs = resolved(vocab, "Floods killed 40 people in Beirut. Two days later 12 people were missing in Beirut.")
    assert {c.quantity.split("/")[0] for c in cs} == {"Lebanon"}
    # a thing with a nationality names its incident itself
    c = resolved(vocab, "At least 12 Kenyan soldiers were killed in Beirut.")[0]
    assert c.quantity == "incident/soldiers[Kenya]/killed"


def test_kinds_come_from_the_measures_vocabulary(vocab):
    cs = by_text(resolved(vocab, "Fires killed 12 people. Organisers said 5,000 protesters marched."))
    assert cs["12"].quantity_kind == "cumulative" and cs["5,000"].quantity_kind == "snapshot"


# -- classes found on real coverage (sentences written for these tests) ------------------------

def test_deaths_are_of_people_whatever_was_counted_before(vocab):
    text = ("Surveyors visited 3,300 homes across the valley and found evidence of 812 excess deaths. "
            "The official count of 40 deaths badly understates the losses.")
    cs = by_text(resolved(vocab, text, published="2022-06-01"))
    assert cs["812"].thing_class == "people" and cs["812"].quantity.endswith("/people/killed")
    assert cs["40"].thing_class == "people" and cs["40"].quantity == cs["812"].quantity


def test_a_toll_revised_from_one_figure_to_another_keeps_its_measure(vocab):
    cs = by_text(resolved(vocab, "Officials revised the flood's death toll up from 12 to nearly 300."))
    assert cs["nearly 300"].measure == "killed" and cs["nearly 300"].quantity == cs["12"].quantity


def test_foreign_nationals_among_the_dead_are_a_quantity_of_their_own(vocab):
    text = "The fire in Beirut killed at least 41 people, among them five Nepalis and three Kenyans."
    cs = by_text(resolved(vocab, text))
    assert cs["at least 41"].quantity == "Lebanon/incident/people/killed"
    assert cs["five"].quantity != cs["at least 41"].quantity
    assert cs["three"].quantity == "incident/people[Kenya]/killed"


def test_nationals_of_the_events_own_country_are_its_people(vocab):
    text = "The storm struck the coast of Cuba overnight: 210 Cubans died, and 40 people were hurt."
    cs = by_text(resolved(vocab, text))
    assert cs["210"].quantity == "Cuba/incident/people/killed"


def test_a_count_up_to_a_stated_end_is_keyed_by_that_end(vocab):
    text = ("A newspaper counted 700 deaths between Aug. 3 and the end of September. "
            "A rival count put the number who died through September at 640.")
    cs = by_text(resolved(vocab, text, published="2022-03-01"))
    assert cs["700"].quantity == cs["640"].quantity
    assert cs["700"].quantity.split("/")[1] == "..2021-09-30"
    assert (cs["700"].when_start, cs["700"].when_end) == ("2021-08-03", "2021-09-30")


def test_the_events_own_month_in_a_when_clause_is_no_period_of_the_count(vocab):
    text = "At least 900 people died when the cyclone hit the coast in October 2021, the study found."
    cs = resolved(vocab, text, published="2022-05-10")
    assert cs[0].quantity.split("/")[1] == "incident"


def test_the_incident_place_comes_from_the_opening_when_no_claim_is_placed(vocab):
    text = ("A cyclone devastated Haiti last autumn. The official toll stands at 80. "
            "A university study puts the toll at 1,900, far above Hurricane Ivan.")
    cs = by_text(resolved(vocab, text, published="2022-05-10"))
    assert cs["80"].quantity == "Haiti/incident/people/killed" == cs["1,900"].quantity


def test_an_anaphor_after_a_tally_word_takes_the_measure_counted_last(vocab):
    text = ("Twenty Chilean soldiers were killed in the ambush on Monday, the army said. "
            "An earlier count had put the victims of the ambush at 14.")
    cs = by_text(resolved(vocab, text))
    assert cs["14"].measure == "killed" and cs["14"].superseded
    assert cs["14"].quantity == cs["Twenty"].quantity


def test_citizens_of_a_country_are_its_nationals_not_the_storys_dead(vocab):
    text = "Shelling in Aleppo killed 30 people on Monday; at least 12 Jordanian citizens died in the city."
    cs = by_text(resolved(vocab, text))
    assert cs["at least 12"].quantity == "incident/people[Jordan]/killed"
    assert cs["30"].quantity == "Syria/incident/people/killed"


def test_a_part_of_whom_is_not_the_toll(vocab):
    text = "An air strike in Aleppo on Monday killed five members of one family, three of whom were children."
    cs = by_text(resolved(vocab, text))
    assert cs["three"].quantity is None


def test_a_count_named_by_a_noun_of_another_measure_is_not_people(vocab):
    cs = by_text(resolved(vocab, "The region recorded 707 million arrivals last year, and 9,000 job cuts followed."))
    assert cs["707 million"].thing_class != "people"


def test_a_months_own_count_keeps_its_month_beside_a_later_until(vocab):
    text = "March saw 310 cases, the highest monthly figure until November."
    cs = resolved(vocab, text, published="2020-11-20")
    assert (cs[0].when_start, cs[0].when_end) == ("2020-03-01", "2020-03-31")


def test_the_sites_an_attack_hit_and_its_attackers_are_counted_quantities(vocab):
    text = ("Gunmen stormed two churches and five hotels in Beirut on Sunday, killing 80 people. "
            "Police said six attackers carried out the raid.")
    cs = by_text(resolved(vocab, text))
    assert cs["five"].quantity == "Lebanon/incident/hotels/count-of" and cs["five"].measure == "count-of"
    assert cs["two"].quantity == "Lebanon/incident/places of worship/count-of"
    assert cs["six"].quantity == "Lebanon/incident/attackers/count-of"
    assert cs["80"].quantity == "Lebanon/incident/people/killed"


def test_a_total_over_two_countries_is_a_quantity_of_its_own(vocab):
    text = ("The death toll in Iraq and Iran from the floods passed 900 on Monday. "
            "Iraq alone has counted 610 deaths in Basra province, Iraqi officials said.")
    cs = by_text(resolved(vocab, text))
    assert cs["900"].quantity == "Iran+Iraq/incident/people/killed"
    assert cs["610"].quantity == "Iraq/incident/people/killed"


@pytest.mark.parametrize("sentence, earlier", [
    ("An estimated 410 deaths had been announced on Monday.", True),
    ("Some 410 deaths had been reported by Monday evening.", True),
    ("Police said 410 people had been killed in the blasts.", False),   # reported speech: current
])
def test_a_figure_announced_in_the_pluperfect_is_an_earlier_one(vocab, sentence, earlier):
    cs = resolved(vocab, sentence)
    assert cs[0].superseded is earlier


@pytest.mark.parametrize("sentence, number", [
    ("The number of wounded still in hospital had fallen to 61 by Friday.", "61"),
    ("Deaths in hospital numbered 7, the ministry said.", "7"),
    ("Of the 300 injured, 45 people remain in hospital.", "45"),
])
def test_those_in_hospital_are_a_part_not_the_toll(vocab, sentence, number):
    cs = by_text(resolved(vocab, "A bomb in Kabul killed 80 people and injured 300. " + sentence))
    assert cs[number].quantity is None and cs["80"].quantity is not None


def test_a_part_of_the_same_thing_is_no_statement_of_its_whole(vocab):
    cs = by_text(resolved(vocab, "The storm killed 48 people, officials said. Of the 48 dead, 19 were in "
                                 "the capital. Seven civilians, including three children, died in a fire."))
    assert cs["48"].quantity and cs["19"].quantity is None and cs["19"].part_of
    # a part that counts something narrower is a quantity of its own
    assert cs["three"].quantity and cs["three"].quantity != cs["Seven"].quantity


def test_those_taken_to_hospital_are_a_part_of_the_injured(vocab):
    cs = by_text(resolved(vocab, "At least 40 people were wounded in the blast. Thirty-one people were taken to "
                                 "hospital with wounds, medics said."))
    assert cs["At least 40"].quantity and cs["Thirty-one"].quantity is None


def test_a_qualified_count_of_an_incidents_facts_is_some_of_them_not_a_rival_count(vocab):
    # "two luxury hotels" are some of the five the gunmen stormed; "targeted" names them all
    text = ("Gunmen stormed five hotels in Nairobi on Monday. Two luxury hotels were among them. "
            "Police named the five targeted hotels. Four beachfront hotels were attacked.")
    keys = {c.text + " " + c.thing: c.quantity for c in resolved(vocab, text)}
    whole = "Kenya/incident/hotels/count-of"
    assert keys["five hotels"] == whole and keys["five targeted hotels"] == whole
    assert keys["Two luxury hotels"] == "Kenya/incident/luxury hotels/count-of"
    assert keys["Four beachfront hotels"] == "Kenya/incident/beachfront hotels/count-of"
