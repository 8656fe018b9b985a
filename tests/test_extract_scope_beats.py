"""Attribution and time of figures in economy, election, health and disaster copy.
Sentences written for these tests (benchmarks/realtext holds the evaluation set)."""
from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.extract import extract_claims


def field(text: str, vocab, name: str, published: str | None = None) -> dict[str, object]:
    doc = Document(id="t", text=text, published=published)
    return {c.text: getattr(c, name) for c in extract_claims(doc, vocab)}


@pytest.mark.parametrize("text,expected", [
    # the body after a possessive, the body before a spokesperson's role
    ("Kenya's health ministry said 30 people died.", "health ministry"),
    ("Oxfam's regional director for East and Southern Africa said 2,000 families fled.", "Oxfam"),
    # lower-case words that qualify a source noun stay with it
    ("At least 9 people died, county authorities said.", "county authorities"),
    ("The civil protection agency said 17 people were hurt.", "civil protection agency"),
    # an auxiliary between the source and its verb
    ("Officials have said at least 120 homes were destroyed.", "Officials"),
    # a title goes, the name stays; the person of "X of the Y" is the source
    ("Interior Minister Lena Duarte said 64 people were arrested.", "Lena Duarte"),
    ("Sam Okafor of the Red Cross said 300 people were evacuated.", "Sam Okafor"),
    ("Officials of the National Disaster Agency said 80 houses collapsed.", "National Disaster Agency"),
    # a description before a name: the name
    ("The aid group Sea Relief said 51 people were rescued.", "Sea Relief"),
    ("Ernst & Young said it would cut 3,000 jobs.", "Ernst & Young"),
    ("According to the U.S. Energy Department, output rose 4%.", "U.S. Energy Department"),
])
def test_attribution_names_the_body(vocab, text, expected):
    assert list(field(text, vocab, "according_to").values())[0] == expected


def test_a_place_that_recorded_a_figure_is_no_source(vocab):
    assert field("Kerala recorded 71.2 per cent turnout.", vocab, "according_to") == {"71.2 per cent": None}


@pytest.mark.parametrize("text,expected", [
    ("Turnout was 59.1 per cent, down from 66.4% in 2019.",
     {"59.1 per cent": (None, None), "66.4%": ("2019-01-01", "2019-12-31")}),
    ("The council approved a budget of $54bn for 2024.", {"$54bn": ("2024-01-01", "2024-12-31")}),
    ("Output grew 1.1% in the first quarter.", {"1.1%": ("2024-01-01", "2024-03-31")}),
    ("Exports rose 8% in fiscal 2022-23.", {"8%": ("2022-04-01", "2023-03-31")}),
    ("Sales totalled 41,000 cars from January to April.", {"41,000": ("2024-01-01", "2024-04-30")}),
    ("Voting ran from Oct. 2 to Oct. 9, and 80,100 people voted.", {"80,100": ("2023-10-02", "2023-10-09")}),
    ("The lake was at its lowest in 60 years, with 40% of its water gone.", {"40%": (None, None)}),
    ("Growth is projected at 2.4% this year.", {"2.4%": ("2024-01-01", "2024-12-31")}),
    ("Shelters held 900 people by the end of March.", {"900": ("2024-03-31", "2024-03-31")}),
    ("Rescuers have saved 310 people since Friday.", {"310": ("2024-05-10", "2024-05-14")}),
    # the time of the statement dates a figure only when nothing else does
    ("Hiring rose by 52,000 in April, the agency said on Friday.", {"52,000": ("2024-04-01", "2024-04-30")}),
    ("The 2019 floods destroyed 1,200 homes.", {"1,200": ("2019-01-01", "2019-12-31")}),
])
def test_a_figure_keeps_its_own_time(vocab, text, expected):
    got = {k: (c[:10] if c else None, d[:10] if d else None) for k, (c, d) in
           {k: v for k, v in zip(field(text, vocab, "text", "2024-05-14"),
                                 zip(field(text, vocab, "when_start", "2024-05-14").values(),
                                     field(text, vocab, "when_end", "2024-05-14").values()))}.items()}
    assert {k: got[k] for k in expected} == expected


def test_a_name_is_no_month(vocab):
    assert field("Governor Jan Mohammed said 11 people died.", vocab, "when_start", "2024-05-14") == {"11": None}


def test_the_end_of_a_date_range_is_no_claim_and_a_hyphenated_month_range_is_a_period(vocab):
    doc = Document(id="t", text="Between Nov. 15 to 18 the January-to-November total reached 4,000 units.",
                   published="2023-12-10")
    got = [(c.text, c.when_start, c.when_end) for c in extract_claims(doc, vocab)]
    assert got == [("4,000", "2023-01-01", "2023-11-30")]


def test_a_number_ends_the_subject_of_a_percentage(vocab):
    assert field("In fiscal year 2018-19 revenue rose 12%.", vocab, "thing") == {"12%": "revenue"}


@pytest.mark.parametrize("text,expected", [
    ("According to the latest Reuters tally, 41 people died.", "Reuters"),
    ("Exports reached $2 billion, according to Eurostat data.", "Eurostat"),
    ("According to official figures, 30 people died.", None),
])
def test_the_source_of_a_tally_is_its_body(vocab, text, expected):
    assert list(field(text, vocab, "according_to").values()) == [expected]
