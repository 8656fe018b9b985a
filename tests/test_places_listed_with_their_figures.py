"""Places listed with their figures, with a kind of place or brackets, and nearby towns.

Sentences here are written for these tests.
"""
from __future__ import annotations

from conftest import claims_by_text


def claims(vocab, text, published="2024-04-08"):
    return claims_by_text(vocab, text, published)


def test_places_listed_with_their_kind_and_a_with(vocab):
    cs = claims(vocab, "Deaths were highest in Kisumu county, with 25, ahead of Nakuru county with 21 "
                       "and Kericho county with 18.")
    assert [cs[k].where for k in ("25", "21", "18")] == ["Kisumu", "Nakuru", "Kericho"]


def test_places_listed_with_their_figures_in_brackets(vocab):
    cs = claims(vocab, "Cases by district: Kandy district (2,540), Galle district (1,741), Matara (1,422).")
    assert [cs[k].where for k in ("2,540", "1,741", "1,422")] == ["Kandy", "Galle", "Matara"]


def test_a_nearby_town_is_the_place_of_its_figure(vocab):
    cs = claims(vocab, "Officials said 43 people died in Lima and five in nearby Callao, a port.")
    assert cs["43"].where == "Lima"
    assert cs["five"].where == "Callao"


def test_a_seat_won_by_a_margin_is_the_place_of_the_margin(vocab):
    cs = claims(vocab, "In Hamilton, Jan Smith won by 29 votes over Bob Brown; Amy Ross took Ōhāriu West by "
                       "131 votes; and Kiri Tane held Kaikōura by just 4 votes.", published="2023-11-03")
    assert cs["29"].where == "Hamilton"
    assert cs["131"].where == "Ōhāriu West"
    assert cs["4"].where == "Kaikōura"


def test_a_place_that_introduces_the_next_figure_is_not_the_place_of_this_one(vocab):
    cs = claims(vocab, "According to the ministry, the mountain province has the heaviest toll (1,293), "
                       "followed by Taroudant (452).", published="2023-09-10")
    assert cs["452"].where == "Taroudant"
    assert cs["1,293"].where != "Taroudant"


def test_a_place_name_joined_by_a_particle_is_not_cut(vocab):
    cs = claims(vocab, "Floods in Mato Grosso do Sul have displaced 12,400 people. Prices in Dar es Salaam "
                       "rose 4 percent.")
    assert cs["12,400"].where == "Mato Grosso do Sul"
    assert cs["4 percent"].where == "Dar es Salaam"


def test_a_list_of_places_after_a_copula_gives_each_figure_its_place(vocab):
    cs = claims(vocab, "The regions with the most cases were Western Visayas (4,120 cases or 14 percent), "
                       "Eastern Visayas (3,050 cases or 10 percent) and Soccsksargen (2,210 cases).")
    assert [cs[k].where for k in ("4,120", "14 percent", "3,050", "2,210")] == [
        "Western Visayas", "Western Visayas", "Eastern Visayas", "Soccsksargen"]


def test_a_place_and_the_land_around_it_is_not_the_place_alone(vocab):
    cs = claims(vocab, "Officials said 140 people were missing in Puerto Montt and the surrounding area.")
    assert cs["140"].where != "Puerto Montt"
    cs = claims(vocab, "Officials said 140 people were missing in Puerto Montt.")
    assert cs["140"].where == "Puerto Montt"
