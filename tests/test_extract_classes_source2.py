"""Who a figure is according to when its sentence names nobody, or names them oddly: a source
named by a sentence with no figure goes on to the figures after it; a title and an honorific
before a name are no part of it; people who speak from a body name the body; who makes a
projection is its source, not a statistics office named before."""
from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.extract import extract_claims


def sources(text: str, vocab) -> dict[str, str | None]:
    found = extract_claims(Document(id="d", text=text, published="2024-05-20"), vocab)
    return {c.text: c.according_to for c in found}


# a source named in a lead (or a sentence introducing a list) that holds no figure
@pytest.mark.parametrize("text, expected", [
    ("QUITO — The national electoral council has finished counting the ballots from every precinct, "
     "the state news agency Andes reported. With all votes in, Lucia Mora took 38.4% and Pablo Vera 31.2%.",
     {"38.4%": "Andes", "31.2%": "Andes"}),
    ("ACCRA - The economy did better than forecast in the first quarter, the latest tables from the "
     "Ministry of Trade and the Industry Service show. Output grew 3.1% and exports 4.6%.",
     {"3.1%": "Ministry of Trade and the Industry Service", "4.6%": "Ministry of Trade and the Industry Service"}),
    ("Support for the ruling party slipped again, the latest Kantar opinion poll shows. "
     "It had the party on 29 per cent, down three points.",
     {"29 per cent": "Kantar"}),
    # a paragraph between: the source does not reach over it
    ("The statistics board said the figures were final.\n\nPrices rose 2.2% in March.",
     {"2.2%": None}),
    # the sentence before names two sources: none is carried
    ("The central bank and the finance ministry met on Monday, the agency Tass reported, and "
     "Reuters said talks went well. Rates stayed at 7.5%.",
     {"7.5%": None}),
    # a quotation before: no carry
    ("\"We are pleased,\" the minister told reporters. Exports rose 6.1% in April.",
     {"6.1%": None}),
])
def test_a_source_named_by_a_sentence_without_figures_goes_on(vocab, text, expected):
    got = sources(text, vocab)
    assert {k: got.get(k) for k in expected} == expected


def test_a_figure_that_names_unnamed_data_keeps_no_carried_source(vocab):
    text = ("Consumer prices rose 0.6% in May, the statistics office said. The economy shrank 4.2% last "
            "year, according to official projections.")
    assert sources(text, vocab)["4.2%"] is None


# a title with an office of several words, and an honorific, before a name
@pytest.mark.parametrize("text, expected", [
    ("Minister of Labour and Social Security Dr Amina Sule told lawmakers that 12,400 jobs were added.",
     "Amina Sule"),
    ("Trade and Industry Minister Prof. Kofi Mensah said exports rose 9 percent.", "Kofi Mensah"),
    ("Finance Minister Dr Lena Hart said the deficit was 3.1 percent.", "Lena Hart"),
])
def test_a_title_and_an_honorific_are_no_part_of_the_name(vocab, text, expected):
    assert set(sources(text, vocab).values()) == {expected}


# people who speak from a body: the body is the source
@pytest.mark.parametrize("text, expected", [
    ("Some 412 cases of cholera were recorded this month, according to sources at the Vector Control Unit.",
     "Vector Control Unit"),
    ("At least 31 people died, according to sources in the Ministry of Health and Sanitation.",
     "Ministry of Health and Sanitation"),
    # officials stay officials (resolve reads them as the country's authorities)
    ("At least 31 people died, according to officials at the Ministry of Mines.", "officials"),
    ("Some 19 people were hurt, according to doctors at MSF.", "MSF"),
])
def test_people_who_speak_from_a_body_name_the_body(vocab, text, expected):
    assert set(sources(text, vocab).values()) == {expected}


def test_people_in_a_place_stay_who_they_are(vocab):
    got = sources("At least 40 homes burned, according to officials in Portugal.", vocab)
    assert set(got.values()) != {"Portugal"}


# a projection is the source's that makes it
@pytest.mark.parametrize("text, expected", [
    ("Annual inflation rose to 4.1 percent in April, the statistics office said. The Bank of Ghana "
     "projects inflation of 3.5 percent at the end of June and 3.0 percent at the end of the year.",
     {"4.1 percent": "statistics office", "3.5 percent": "Bank of Ghana", "3.0 percent": "Bank of Ghana"}),
    ("In January the Migration Board (MB) was expecting 14 000 asylum seekers this year.",
     {"14 000": "MB"}),
    ("The government is now projecting a deficit of 2.8 percent of output.", {"2.8 percent": "government"}),
])
def test_a_projection_is_of_who_makes_it(vocab, text, expected):
    got = sources(text, vocab)
    assert {k: got.get(k) for k in expected} == expected


# a body's figures named before the verb: "NSE data showed"
@pytest.mark.parametrize("text, expected", [
    ("The index closed at 2,318.4 points, a gain of 0.8 percent, NSE data showed.", "NSE"),
    ("Retail sales fell 1.3 percent in March, Destatis figures show.", "Destatis"),
    ("Cases rose 12 percent in the week, the latest Civil Protection figures show.", "Civil Protection"),
])
def test_a_body_named_before_its_data_is_the_source(vocab, text, expected):
    assert sources(text, vocab)[next(iter(sources(text, vocab)))] == expected


@pytest.mark.parametrize("text", [
    "Tax returns show a 40 percent rise in filings.",
    "Prices rose 2 percent, official data showed.",
])
def test_data_named_by_no_body_has_no_source(vocab, text):
    assert set(sources(text, vocab).values()) == {None}


# "he" and "it" after a sentence with no figure that names the speaker
@pytest.mark.parametrize("text, figure, expected", [
    ("Nearly 40 gunmen attacked the post, a police spokesman said. Police Lt. Dario Pena said the attack "
     "began before dawn. He said 7 more attackers were wounded.", "7", "Dario Pena"),
    ("Mayor Maria Solis said the storm struck at night. She said 150 homes lost power.",
     "150", "Maria Solis"),
    ("Shipments grew last year. The figures are in a report the Coffee Export Board (CEB) put out on "
     "Friday. It shows USD 1.8 billion of coffee shipped in March.", "USD 1.8 billion", "CEB"),
])
def test_a_pronoun_after_a_sentence_without_figures_is_its_speaker(vocab, text, figure, expected):
    assert sources(text, vocab)[figure] == expected


def test_epidemiologists_are_a_source(vocab):
    text = "Nationwide, 3,120 patients were reported in April, the epidemiologists said."
    assert sources(text, vocab)["3,120"] == "epidemiologists"


# an honorific or a rank before a name; the name said again in part is as the text writes it, and
# "he" after it is the person named in full
@pytest.mark.parametrize("text, expected", [
    ("Turnout reached 71.2 per cent, Election Commission chairman Datuk Rahim Osman Bakar said. "
     "Rahim Osman added that 3 seats were unfilled. He said 14 seats were still being counted.",
     {"71.2 per cent": "Rahim Osman Bakar", "3": "Rahim Osman", "14": "Rahim Osman Bakar"}),
    ("About 30 fighters were killed, Army Maj. Leo Basco said. Basco said 9 soldiers were hurt. "
     "He said 4 were in hospital.", {"9": "Basco", "4": "Leo Basco"}),
    ("Some 250 families were moved, Sheikh Nasser Al Amin said.", {"Some 250": "Nasser Al Amin"}),
    # two people the part may be: as written
    ("Ana Ruiz said 40 homes were lost. Carlos Ruiz said 12 roads were shut. Ruiz said 3 bridges fell.",
     {"3": "Ruiz"}),
    ("Mayor Ivan Petrov said 40 homes were lost. Petrov said 12 roads were shut. He said 3 bridges fell.",
     {"12": "Petrov", "3": "Ivan Petrov"}),
])
def test_a_person_is_named_without_honorific_and_in_full(vocab, text, expected):
    got = sources(text, vocab)
    assert {k: got.get(k) for k in expected} == expected


# the part of a body that speaks for it
def test_a_media_wing_is_a_source(vocab):
    text = "Troops killed at least five gunmen in the valley, the army's media wing said on Monday."
    assert sources(text, vocab)["at least five"] == "army's media wing"
