"""Who speaks, from a newsroom's own phrasing (sentences written for these tests):
- a possessive inside one name is no owner ("St Mary's Hospital", "Women's Aid", "the People's Bank of
  China": the whole name), while a country's or a company's possessive still gives the body or person
  after it ("Kenya's Red Cross", "Apple's Tim Cook");
- a time adverbial ending right before the subject modifies no source ("Earlier in the day officials
  said": officials, not "day officials");
- a person named by a role after a body's possessive speaks for the body ("UNICEF's regional director
  said": UNICEF), after a country's for the country's officials ("Kenya's health minister said");
- an office of justice or inquiry speaks as the governor does ("the coroner said", "prosecutors said");
  not the mayor, who speaks for the council a report quotes beside him (tests/test_events_classes_e10.py:
  one running total).
"""
from __future__ import annotations

import pytest

from conftest import claims_by_text


def source_of(vocab, text: str) -> str | None:
    (claim,) = claims_by_text(vocab, text, "2026-03-03").values()
    return claim.according_to


@pytest.mark.parametrize("name,source", [
    ("St Brendan's Hospital", "St Brendan's Hospital"),
    ("Officials at Saint Luke's Hospital", "Saint Luke's Hospital"),
    ("Women's Aid", "Women's Aid"),
    ("The Children's Hospital of Eastern Ontario", "Children's Hospital of Eastern Ontario"),
    ("The People's Bank of China", "People's Bank of China"),
    ("King's College Hospital", "King's College Hospital"),
    # an owner that is a country or a company
    ("Kenya's Red Cross", "Red Cross"),
    ("Apple's Tim Cook", "Tim Cook"),
])
def test_a_possessive_inside_a_name_keeps_the_name_whole(vocab, name, source):
    assert source_of(vocab, f"{name} said 34 people were treated.") == source


@pytest.mark.parametrize("text,source", [
    ("Earlier in the day officials had put the toll at 19.", "officials"),
    ("Later that night police said 40 people were arrested.", "police"),
    ("On Monday evening health officials said 12 people had died.", "health officials"),
    ("Earlier in the week county authorities said 300 homes were lost.", "county authorities"),
])
def test_a_time_adverbial_before_the_subject_is_no_part_of_it(vocab, text, source):
    assert source_of(vocab, text) == source


@pytest.mark.parametrize("who,source", [
    ("the coroner", "coroner"),
    ("the county sheriff", "county sheriff"),
    ("prosecutors", "prosecutors"),
    ("the regulator", "regulator"),
])
def test_local_officials_named_by_office_are_sources(vocab, who, source):
    assert source_of(vocab, f"At least 23 people died in the fire, {who} said on Tuesday.") == source


@pytest.mark.parametrize("text,source", [
    ("UNICEF's regional director said 34 children were treated.", "UNICEF"),
    ("The WHO's regional director said 34 people were treated.", "WHO"),
    ("Amnesty's Middle East director said 34 people were detained.", "Amnesty International"),
    # a country before the role places the figure; the official is the source
    ("Kenya's health minister said 34 people had died.", "health minister"),
    ("Turkey's interior minister said 34 people were detained.", "interior minister"),
])
def test_a_role_after_its_bodys_possessive_names_the_body(vocab, text, source):
    assert source_of(vocab, text) == source
