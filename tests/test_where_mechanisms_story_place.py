"""The story's place carried to figures that name none (``carried_scope.story_place``), by mechanism:
it reads the lede's two sentences (a first sentence of a by-line or a dateline of its own names no
place), a facility named by its town places an airport's or a port's story, and only the lede's own
people place it by their country (a later sentence's winners are no venue)."""
from __future__ import annotations

from auditor.documents import Document
from auditor.extract import extract_claims
from auditor.vocabulary import load_vocabulary

VOCAB = load_vocabulary()


def _claims(text: str) -> dict:
    doc = Document(id="t", text=text, source="Test Wire", published="2025-03-04")
    return {c.text: c for c in extract_claims(doc, VOCAB) if not c.in_title}


def test_a_by_line_first_leaves_the_second_sentence_to_place_the_story():
    got = _claims("Filed 04.03.2025 at 09h10 by Coast Wire. Morocco's jobless rate eased to 12.8 percent in "
                  "the fourth quarter. Youth unemployment stood at 35.1 percent.")
    assert got["35.1 percent"].where == "Morocco"
    assert got["35.1 percent"].where_carried


def test_a_capital_alone_as_the_first_sentence_then_the_country():
    got = _claims("HANOI. March 3 - Vietnam posted a trade surplus of $1.6 billion in February. Exports "
                  "climbed 9.2 percent.")
    assert got["9.2 percent"].where in ("Vietnam", "Hanoi")


def test_an_airport_named_by_its_town_places_its_traffic():
    got = _claims("Oslo Airport handled 2.1 million passengers in May, up 6 percent on a year earlier. "
                  "Freight volumes reached 14,300 tonnes.")
    assert got["14,300 tonnes"].where == "Oslo Airport"
    assert got["14,300 tonnes"].where_carried


def test_a_port_named_by_its_town_places_its_throughput():
    got = _claims("Mombasa Port moved 1.6 million containers last year. Transshipment cargo rose 18 "
                  "percent.")
    assert got["18 percent"].where == "Mombasa Port"


def test_a_lower_case_facility_or_an_unknown_town_places_nothing():
    got = _claims("The airport handled 2.1 million passengers in May. Freight reached 14,300 tonnes.")
    assert got["14,300 tonnes"].where is None
    got = _claims("Zqxvian Airport handled 2.1 million passengers in May. Freight reached 14,300 tonnes.")
    assert got["14,300 tonnes"].where is None


def test_winners_of_a_people_named_after_the_lede_place_no_race():
    got = _claims("Ugandan runner Joshua Okello has won the city marathon in record time. Ugandans have "
                  "now taken it four times. He took home $25,000.")
    assert got["$25,000"].where != "Uganda"


def test_the_lede_own_people_still_place_the_story():
    got = _claims("Some 52% of Romanians would back early elections, a survey shows. Turnout in the last "
                  "vote was 41%.")
    assert got["41%"].where == "Romania"
