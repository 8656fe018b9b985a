"""The counted thing in context (DESIGN.md, Quantities: ``thing``), one class of phrasing a test.

Sentences here are written for these tests.
"""
from __future__ import annotations

from auditor.audit import extract_all
from auditor.documents import Document


def resolved(vocab, text, title=None, published="2021-03-05T10:00:00"):
    doc = Document(id="d", text=text, source="Wire", published=published, title=title)
    return extract_all([doc], vocab)


def by_text(claims):
    return {c.text: c for c in claims}


# -- a referent taken from the text before is named by its class ------------------------------

def test_a_tally_with_no_noun_names_the_referent_by_its_class(vocab):
    text = ("Eight Chilean soldiers died in the ambush, the army said. Its first figure was five "
            "Chilean troopers, and it later raised it to seven. The count is now 8.")
    cs = by_text(resolved(vocab, text))
    assert cs["five"].thing == "Chilean troopers"            # written with the number: as written
    assert cs["seven"].thing == "Chilean soldiers"
    assert cs["8"].thing == "Chilean soldiers"


def test_the_dead_take_the_referent_by_its_class(vocab):
    text = ("Twelve Chilean troops were killed on Monday, and the army counted 14 dead by nightfall. "
            "The soldiers were on patrol.")
    cs = by_text(resolved(vocab, text))
    assert cs["Twelve"].thing == "Chilean troops"
    assert cs["14"].thing == "Chilean soldiers"
    assert cs["Twelve"].quantity == cs["14"].quantity


def test_another_name_written_with_the_number_stays_as_written(vocab):
    text = "Over 1,200 troops were sent to the flooded valley. By Friday 1,500 had arrived."
    cs = by_text(resolved(vocab, text))
    assert cs["Over 1,200"].thing == "troops"
    assert cs["1,500"].thing == "soldiers"


def test_a_tally_named_before_the_number_is_named_by_its_class(vocab):
    text = "Eleven Kenyan soldiers died on Monday; by Tuesday the count of Kenyan troops killed rose to 14."
    cs = by_text(resolved(vocab, text))
    assert cs["14"].thing == "Kenyan soldiers"


# -- a figure with no noun is of the thing counted just before it -----------------------------

def test_a_figure_compared_with_another_counts_the_same_thing(vocab):
    text = ("The ministry said 398 people died in the floods, not the 520 reported by local media. "
            "The army gives 391, compared with a previous 405.")
    cs = by_text(resolved(vocab, text))
    assert cs["520"].thing == "people"
    assert cs["405"].thing == "people"


def test_a_part_of_them_counts_the_whole_s_thing(vocab):
    text = "The lab examined 96 suspected cases of cholera. Tests confirmed 51 of them, and 30 were negative."
    cs = by_text(resolved(vocab, text))
    assert cs["51"].thing == cs["96"].thing


def test_a_bare_figure_after_a_count_of_no_known_kind_stays_bare(vocab):
    # "seven provinces" is no referent the figure after it could count
    text = "Floods cut power to 900,000 homes in seven provinces. Hunan had the most cuts, about 210,000."
    cs = by_text(resolved(vocab, text))
    assert cs["about 210,000"].thing != "provinces"


# -- people named by their nationality ---------------------------------------------------------

def test_foreign_nationals_are_named_so_with_the_whole_the_sentence_places_them_in(vocab):
    text = ("A fire at a market in Kenya killed 61 people on Monday. The dead include four Somalis and "
            "two Nigerians, police said. The injured also include three Pakistani citizens.")
    cs = by_text(resolved(vocab, text))
    assert cs["four"].thing == "Somali nationals among the dead"
    assert cs["three"].thing == "Pakistani citizens among the injured"
    assert cs["four"].quantity == "incident/people[Somalia]/killed"     # the key is the nationals'


def test_nationals_with_no_whole_named_are_named_as_nationals(vocab):
    text = "The crash killed 40 people in Kenya, including 9 Somalis."
    cs = by_text(resolved(vocab, text))
    assert cs["9"].thing == "Somali nationals"


def test_the_dead_of_the_events_own_country_are_its_people(vocab):
    text = "The heatwave in Italy killed 1,300 Italians in July, the health ministry said."
    cs = by_text(resolved(vocab, text))
    assert cs["1,300"].thing == "people" and cs["1,300"].quantity.endswith("/people/killed")


# -- people named by what they were counted doing ----------------------------------------------

def test_a_population_given_with_no_noun_counts_residents(vocab):
    cs = by_text(resolved(vocab, "The storm hit Lagos, a city of 15 million, on Tuesday."))
    assert cs["15 million"].thing == "residents"
    cs = by_text(resolved(vocab, "Some 2 million people live in the valley."))
    assert cs["Some 2 million"].thing == "people"


def test_a_toll_of_people_is_no_kind_of_the_people_it_counts(vocab):
    # the homeless include children, so the homeless are no children
    text = "The quake left 80,000 people homeless, among them 30,000 children."
    cs = by_text(resolved(vocab, text))
    assert cs["80,000"].thing == "people" and cs["80,000"].quantity.endswith("/people/homeless")


# -- parts -------------------------------------------------------------------------------------

def test_a_part_of_whom_takes_its_own_noun(vocab):
    text = "A shell hit a house in Aleppo on Monday, killing six members of one family, four of whom were children."
    cs = by_text(resolved(vocab, text))
    assert cs["four"].thing == "children"


def test_a_part_of_a_whole_counted_by_another_measure_is_named_by_the_whole(vocab):
    text = "Of the 900 people injured in the blast, at least 45 were in critical condition, the ministry said."
    cs = by_text(resolved(vocab, text))
    assert cs["at least 45"].thing == "people injured" and cs["at least 45"].measure == "critical"


def test_a_part_of_them_is_no_statement_of_the_whole(vocab):
    text = "Fighting has forced 640,000 people from their homes since May, 52,000 of them in the past week."
    cs = by_text(resolved(vocab, text))
    part = cs["52,000"]
    assert part.thing == "people"
    assert part.thing_key is None and part.quantity is None     # compared with nothing as the whole


# -- the thing as written ----------------------------------------------------------------------

def test_a_word_that_only_says_which_is_kept_with_the_noun_it_modifies(vocab):
    cs = by_text(resolved(vocab, "Most of the dead were in the two church attacks on Sunday."))
    assert cs["two"].thing == "church attacks" and cs["two"].quantity is None


def test_the_measure_written_before_the_thing_is_part_of_it_as_written(vocab):
    cs = by_text(resolved(vocab, "At least 70 injured people were taken to clinics in Homs."))
    assert cs["At least 70"].thing == "injured people" and cs["At least 70"].measure == "injured"


def test_a_figure_compared_with_a_count_counts_its_thing(vocab):
    text = "The agency says 640,000 people have fled since May. That is 90,000 more than its last count."
    cs = by_text(resolved(vocab, text))
    assert cs["90,000"].thing == "people"


def test_a_count_in_hospital_is_named_as_a_part_by_place(vocab):
    text = "The blast killed 80 people. Deaths in hospital numbered 9, the ministry said."
    cs = by_text(resolved(vocab, text))
    assert cs["9"].thing == "people in hospital" and cs["9"].quantity is None


def test_nationals_keep_their_nationality_in_the_thing_key(vocab):
    text = "The attacks killed 290 people in Kenya, including 10 Somalis."
    cs = by_text(resolved(vocab, text))
    assert cs["10"].thing_key == "somali people"


# -- people who took part in a gathering are its crowd -------------------------------------------

def test_people_who_took_part_in_a_march_are_protesters_with_one_key(vocab):
    text = ("Organisers said 60,000 people took to the streets of Lyon on Saturday in a march against "
            "the pension reform. Police put the crowd at 14,000 protesters.")
    cs = by_text(resolved(vocab, text))
    assert cs["60,000"].thing == "protesters"
    assert cs["60,000"].quantity == cs["14,000"].quantity


def test_the_crowd_of_a_protest_counted_in_another_sentence_is_of_protesters(vocab):
    text = ("Farmers held a protest outside parliament on Tuesday. Police later put the crowd "
            "at its peak at 9,500.")
    assert by_text(resolved(vocab, text))["9,500"].thing == "protesters"


def test_a_march_that_drew_people_with_no_measure_drew_protesters(vocab):
    text = "The march against the dam drew 4,000 people on Sunday, organisers said."
    assert by_text(resolved(vocab, text))["4,000"].thing == "protesters"


def test_a_rally_of_the_markets_makes_no_protesters(vocab):
    text = "Stocks staged a rally on Friday. Some 4,000 people took part in the bank's survey."
    assert by_text(resolved(vocab, text))["Some 4,000"].thing == "people"


def test_people_who_took_part_with_no_gathering_named_stay_people(vocab):
    cs = by_text(resolved(vocab, "Some 12,000 people took part in the city marathon on Sunday."))
    assert cs["Some 12,000"].thing == "people"


def test_the_dead_of_a_protest_are_not_protesters(vocab):
    text = "Police fired on the march in the capital on Friday, and 12 people were killed."
    assert by_text(resolved(vocab, text))["12"].thing == "people"


def test_the_month_march_names_no_gathering(vocab):
    text = "In March, 3,000 people took part in the survey of renters, the council said."
    assert by_text(resolved(vocab, text))["3,000"].thing == "people"


def test_rival_bare_figures_for_a_march_count_its_crowd(vocab):
    text = ("Teachers joined a march against the school closures on Tuesday. The union put the Lyon "
            "march at 90,000, while the police gave 21,000.")
    cs = by_text(resolved(vocab, text))
    assert cs["90,000"].measure == cs["21,000"].measure == "took part"
    assert cs["90,000"].quantity is not None
    assert cs["90,000"].quantity == cs["21,000"].quantity


def test_a_second_figure_given_only_by_its_source_counts_what_the_first_counts(vocab):
    text = ("Some 90,000 people marched against the closures according to the union, and 21,000 "
            "according to the police.")
    cs = by_text(resolved(vocab, text))
    assert cs["21,000"].measure == "took part"
    assert cs["21,000"].quantity == cs["Some 90,000"].quantity


def test_the_crowd_of_a_march_claimed_by_a_source_is_its_turnout(vocab):
    text = ("Thousands joined the march against the reform on Tuesday. The police put the crowd at 21,000 "
            "protesters, far fewer than the 60,000 claimed by the union.")
    cs = by_text(resolved(vocab, text))
    assert cs["60,000"].measure == "took part"
    assert cs["60,000"].quantity == cs["21,000"].quantity


def test_a_bare_figure_in_a_sentence_with_no_gathering_is_no_crowd(vocab):
    text = ("Thousands joined the march against the reform on Tuesday. The council said the repairs "
            "would cost it 21,000.")
    assert by_text(resolved(vocab, text))["21,000"].measure != "took part"


# -- foreigners are a part of a toll, named as foreign nationals ---------------------------------

def test_the_count_of_foreigners_killed_is_of_foreign_nationals_not_the_toll(vocab):
    text = ("The bombings killed 212 people, officials said. The foreign ministry said the count of "
            "foreigners killed had risen to 31.")
    cs = by_text(resolved(vocab, text))
    assert cs["31"].thing == "foreign nationals"
    assert cs["31"].quantity != cs["212"].quantity


def test_foreigners_written_with_their_number_are_kept_as_written(vocab):
    cs = by_text(resolved(vocab, "Nine foreigners were among the dead, the ministry said."))
    assert cs["Nine"].thing == "foreigners"


# -- a toll with where or when it was counted after it ------------------------------------------

def test_a_toll_followed_by_where_or_when_counts_people(vocab):
    for text, number in (("Storm kills over 230 across the Philippines", "over 230"),
                         ("Floods killed 40 during the night.", "40"),
                         ("Fighting has killed 300 nationwide since May.", "300")):
        c = by_text(resolved(vocab, text))[number]
        assert (c.thing, c.measure) == ("people", "killed"), text


def test_a_verb_after_the_counted_noun_is_not_part_of_it(vocab):
    text = "The toll has kept climbing since the two big storms struck the coast on Monday."
    assert by_text(resolved(vocab, text))["two"].thing == "big storms"


def test_the_level_of_it_is_the_level_of_the_tally_before_not_of_a_list(vocab):
    text = ("The toll in the region has kept climbing since the two big storms struck on Monday, "
            "and it now stands at 4,978.")
    c = by_text(resolved(vocab, text))["4,978"]
    assert (c.thing, c.measure) == ("people", "killed")


def test_a_count_at_a_named_hospital_is_named_by_that_hospital(vocab):
    text = "At one facility, Mercy General Hospital, 230 people sought treatment for burns, officials said."
    assert by_text(resolved(vocab, text))["230"].thing == "people treated at Mercy General Hospital"
    text = "Some 90 people were treated at St Luke's Hospital, the ministry said."
    assert by_text(resolved(vocab, text))["Some 90"].thing == "people treated at St Luke's Hospital"
