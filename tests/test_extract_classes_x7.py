"""Classes of failure in money copy, fixed in extraction:

- a lower-case "m" for million after a space, when the figure is money ("BD 15.4 m", "£3.2 m", "AED 120 m");
  after a figure that is no money it stays metres ("a wall 4 m high");
- a wire's regional desk or an agency's seat in the dateline ("NAIROBI (Reuters) - Floods in Somalia ...",
  "GENEVA - Measles cases in Nigeria's Kano state ..."): the lead's place abroad is the copy's place, for the
  later sentences that name none.

Sentences here are written for these tests.
"""
from __future__ import annotations

import pytest

from conftest import claims_by_text as claims


@pytest.mark.parametrize("text,quote,value,unit", [
    ("The lender booked a net profit of BD 21.7 m for the half year.", "BD 21.7 m", 21_700_000, "BHD"),
    ("Ticket sales brought the club £3.2 m last season.", "£3.2 m", 3_200_000, "GBP"),
    ("The fund committed AED 120 m to solar parks.", "AED 120 m", 120_000_000, "AED"),
    ("The sea wall will stand 4 m high.", "4 m", 4, "meter"),
])
def test_a_spaced_m_after_money_is_a_million(vocab, text, quote, value, unit):
    c = claims(vocab, text, "2024-03-01")[quote]
    assert (c.value, c.unit) == (value, unit)


@pytest.mark.parametrize("text,quote,place", [
    # a regional desk's dateline: the lead's country abroad is the figures' place, in later sentences too
    ("ADDIS ABABA (Wire) - Floods in South Sudan have killed 48 people, the U.N. said on Tuesday. About "
     "380,000 people have been forced from their homes.", "About 380,000", "South Sudan"),
    # an agency's seat: the same
    ("GENEVA (Wire) - Cholera cases in Malawi have passed 17,000 this year, the WHO said. At least 570 people "
     "have died.", "At least 570", "Malawi"),
    # a place of the dateline's own country in the lead: that place
    ("SYDNEY (Wire) - Bushfires in Victoria destroyed 60 homes on Sunday. About 400 firefighters were "
     "deployed.", "About 400", "Victoria"),
    # a lead that names no place: the dateline's
    ("MANILA (Wire) - Floodwaters rose on Monday. About 2,000 residents were moved to shelters.",
     "About 2,000", "Manila"),
])
def test_a_dateline_abroad_is_no_place_of_the_figures(vocab, text, quote, place):
    assert claims(vocab, text, "2024-08-01")[quote].where == place
