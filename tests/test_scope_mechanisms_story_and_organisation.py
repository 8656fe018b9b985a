"""The mechanisms that give a figure with no place or no source of its own the story's: the place the
lede names when it names no country first (a city, a territory, a people), and the organisation the
lede opens with when it reports its own figures with no reporting verb. Both are carried (context,
not stated: the audit never sees them)."""
from __future__ import annotations

from auditor.documents import Document
from auditor.extract import extract_claims
from auditor.vocabulary import load_vocabulary

VOCAB = load_vocabulary()


def _claims(text: str) -> dict:
    doc = Document(id="t", text=text, source="Test Wire", published="2025-03-04")
    return {c.text: c for c in extract_claims(doc, VOCAB) if not c.in_title}


def test_a_company_reporting_its_results_is_the_source_of_its_figures():
    got = _claims("Harlow Freight Group's operating profit rose to $412 million in the first half. Revenue "
                  "grew 8% to $2.1 billion, and the group added 1,200 staff.")
    for quote in ("$412 million", "8%", "$2.1 billion"):
        assert got[quote].according_to == "Harlow Freight Group"
        assert got[quote].according_carried


def test_a_one_word_company_described_beside_its_name():
    got = _claims("Velmora, the country's largest private lender, posted net income of 9.4 billion pesos "
                  "for the quarter, up 15 percent.")
    assert got["9.4 billion pesos"].according_to == "Velmora"


def test_a_company_named_again_by_its_kind():
    got = _claims("flyNorda carried 3.2 million passengers last year, 11 per cent more than in 2023. "
                  "The airline's load factor reached 81 per cent.")
    assert got["3.2 million"].according_to == "flyNorda"
    assert got["81 per cent"].according_to == "flyNorda"


def test_an_it_said_of_a_story_about_one_company_is_the_company():
    got = _claims("Kordex Tyre Company's sales rose 6% in 2024. It said exports made up 40% of the total.")
    assert got["40%"].according_to == "Kordex Tyre Company"


def test_a_figure_with_a_source_of_its_own_keeps_it():
    got = _claims("Harlow Freight Group's operating profit rose to $412 million in the first half. Analysts "
                  "had expected $390 million, Reuters said.")
    assert got["$412 million"].according_to == "Harlow Freight Group"
    assert got["$390 million"].according_to != "Harlow Freight Group"


def test_no_organisation_when_the_lede_opens_with_a_place_a_person_or_a_common_word():
    assert _claims("Peru's trade surplus reached $1.2 billion in May.")["$1.2 billion"].according_to is None
    assert _claims("Maria Costa won 54% of the vote on Sunday.")["54%"].according_to is None
    assert _claims("Savings came to $181 million from April to December.")["$181 million"].according_to is None


def test_a_lede_that_names_a_city_first_places_the_story_there():
    got = _claims("Passenger traffic through Copenhagen Airport rose to 2.5 million in June. Transfer "
                  "passengers grew 4 percent.")
    assert got["4 percent"].where in ("Copenhagen", "Copenhagen Airport")
    assert got["4 percent"].where_carried


def test_a_lede_that_names_a_people_places_the_story_in_their_country():
    got = _claims("Some 41.2% of Bulgarians would vote in a snap election, a survey shows. Turnout in the "
                  "last vote was 34%.")
    assert got["34%"].where == "Bulgaria"


def test_a_person_of_a_people_places_nothing():
    got = _claims("Kenyan runner Paul Kibet won the city marathon on Sunday. He took home $50,000.")
    assert got["$50,000"].where != "Kenya"


def test_a_country_lede_still_wins_over_a_city_later():
    got = _claims("Prices in Ghana rose 23.1% in March. In Accra, rents climbed. Food prices rose 20%.")
    assert got["20%"].where == "Ghana"


def test_a_body_named_for_a_people_places_nothing():
    got = _claims("The Danish Embassy said 14 tourists were hurt when their bus overturned.")
    assert got["14"].where is None
