"""Crowd counts of one day of protest across a country (issue 13, held-out events): a city's
march is a part of the national count, not a rival of it; "in the capital" is the capital of
the country the figure is keyed by; a crowd of one day is never another day's. Sentences
written for these tests."""
from __future__ import annotations

from conftest import resolved_by_text, rules_fired


def resolved(vocab, text, published="2024-03-05T20:00:00", source="Wire"):
    return resolved_by_text(vocab, text, published, source)


def test_a_city_named_by_its_relative_clause_places_the_figure(vocab):
    cs = resolved(vocab, "Turnout held steady elsewhere, such as Lyon, where the prefecture counted 21,000 marchers.")
    assert cs["21,000"].where == "Lyon"
    # an unknown name before ", where" is no place
    cs = resolved(vocab, "They met the Prime Minister, where 12 agreements were signed.")
    assert cs["12"].where is None


def test_a_known_place_before_the_noun_it_places(vocab):
    cs = resolved(vocab, "The union put the Lyon march at more than 60,000, while police gave 19,000.")
    assert cs["more than 60,000"].where == "Lyon" and cs["19,000"].where == "Lyon"
    assert cs["more than 60,000"].according_to == "union" and cs["19,000"].according_to == "police"


def test_city_crowds_in_a_report_of_the_national_count_are_keyed_by_their_city(vocab):
    cs = resolved(vocab, "The union counted 2.8 million marchers across France. "
                         "In Marseille, the prefecture counted 40,000 marchers. "
                         "In Lyon, police counted 19,000 marchers.")
    assert cs["2.8 million"].quantity.startswith("France/")
    assert cs["40,000"].quantity.startswith("Marseille/")
    assert cs["19,000"].quantity.startswith("Lyon/")


def test_in_the_capital_is_the_capital_of_the_countrys_figure(vocab):
    cs = resolved(vocab, "The union counted 2.8 million marchers across France. "
                         "In the capital, the union counted 450,000 demonstrators.")
    assert cs["450,000"].where == "Paris"
    assert cs["450,000"].quantity.startswith("Paris/")


def test_a_citys_march_is_no_rival_of_the_national_count(vocab, ruleset):
    national = ("Wire A", "2024-03-05", "The Interior Ministry counted 1.2 million protesters in France on Tuesday. "
                                        "In Lyon, police counted 19,000 marchers on Tuesday.")
    rival = ("Wire B", "2024-03-05", "The CGT said 3 million protesters marched across France on Tuesday.")
    assert rules_fired(vocab, ruleset, national) == []
    assert rules_fired(vocab, ruleset, national, rival) == ["estimates-agree"]


def test_crowds_of_days_far_apart_are_two_quantities(vocab, ruleset):
    report = ("Wire A", "2024-03-28", "In Lyon, the union counted 45,000 demonstrators on Tuesday, "
                                      "against 80,000 on March 19 by the same count.")
    assert rules_fired(vocab, ruleset, report) == []
    # the same day's rival counts still disagree
    rival = ("Wire B", "2024-03-28", "In Lyon, police counted 9,000 demonstrators on Tuesday.")
    assert rules_fired(vocab, ruleset, report, rival) == ["estimates-agree"]


def test_a_crowd_is_placed_where_it_marched_not_where_its_cause_is(vocab):
    cs = resolved(vocab, "Tens of thousands of demonstrators gathered in Madrid on Sunday to demand a ceasefire "
                         "in Sudan. Police estimated that some 80,000 people joined the march. "
                         "More than 12,000 people have been killed in Sudan.")
    assert cs["some 80,000"].quantity.startswith("Spain/")
    assert cs["More than 12,000"].quantity.startswith("Sudan/")


def test_the_capital_named_by_its_demonym(vocab):
    cs = resolved(vocab, "About 90,000 people marched through the Spanish capital on Saturday, calling for "
                         "an end to the war in Sudan.")
    assert cs["About 90,000"].where == "Madrid"
    # a crowd is of its day, not of the war the sentence names
    assert "/incident/" in cs["About 90,000"].quantity


def test_a_town_no_country_alone_holds_is_placed_by_the_state_after_it(vocab):
    cs = resolved(vocab, "A gunman shot dead 10 people at a shop in Buffalo, New York, on Saturday, police said.")
    assert cs["10"].quantity.startswith("United States/")


def test_people_who_protested_or_demonstrated_are_a_crowd(vocab):
    cs = resolved(vocab, "Some 52,000 people protested in Haifa on Saturday, while organisers said 90,000 were "
                         "demonstrating.")
    assert cs["Some 52,000"].measure == "took part" and cs["90,000"].measure == "took part"
    assert cs["Some 52,000"].quantity == cs["90,000"].quantity


def test_what_was_done_to_some_of_a_crowd_does_not_size_it(vocab):
    cs = resolved(vocab, "Organisers said 120,000 demonstrated in Haifa. The police gave no estimate of the crowd; "
                         "about 80 protesters were dispersed with water cannon late in the evening.")
    assert cs["about 80"].measure != "took part" and cs["about 80"].quantity != cs["120,000"].quantity
    cs = resolved(vocab, "Police said 10,000 protesters were gathered in the square.")
    assert cs["10,000"].measure == "took part"
    cs = resolved(vocab, "A police spokesman said about 60,000 were estimated to be taking part in the march.")
    assert cs["about 60,000"].measure == "took part"
    cs = resolved(vocab, "Unions said 1.2 million people were mobilised across France, while police counted 800,000 "
                         "protesters.")
    assert cs["1.2 million"].measure == "took part"
    assert cs["1.2 million"].quantity == cs["800,000"].quantity
