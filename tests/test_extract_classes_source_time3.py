"""A report's source and period, read on over the figures after its lede: the source a report is
built on goes on to its later figures that name none (counts too, over sentences with no figure,
and where a sentence reads on: "the report puts", "the data showed"), until another is named; a
source's name loses the words that are no part of it ("published on Monday", a reader's age); the
period the first sentence with figures sets (a month or more) dates the counts after it that name
no time; a time that dates an event a noun names ("first held in 2009", "will reopen in June", "at
the October election") or a publication ("published on Monday") dates no figure and is not carried;
a currency's country is no place for its amount."""
from __future__ import annotations

import pytest

from auditor.claims import with_stated_times
from auditor.documents import Document
from auditor.extract import extract_claims


def claims(text: str, vocab, published: str = "2024-05-20") -> dict[str, tuple]:
    found = extract_claims(Document(id="d", text=text, published=published), vocab)
    return {c.text: (c.according_to, c.when_start, c.when_end, c.where) for c in found}


def sources(text: str, vocab, published: str = "2024-05-20") -> dict[str, str | None]:
    return {k: v[0] for k, v in claims(text, vocab, published).items()}


def periods(text: str, vocab, published: str = "2024-05-20") -> dict[str, tuple[str | None, str | None]]:
    return {k: (v[1], v[2]) for k, v in claims(text, vocab, published).items()}


def stated_periods(text: str, vocab, published: str = "2024-05-20") -> dict[str, tuple[str | None, str | None]]:
    """The periods the text states: none for a time carried from the paragraph's frame."""
    found = extract_claims(Document(id="d", text=text, published=published), vocab)
    return {c.text: (c.when_start, c.when_end) for c in with_stated_times(found)}


# the report's source, named in its lede, goes on to the figures after it that name none
@pytest.mark.parametrize("text, published, expected", [
    # a figureless sentence between, then a sentence that reads on ("The report puts")
    ("KIGALI — Malaria infections keep rising, a Rwanda Biomedical Centre report says: since March 3, "
     "2023, more than 8,200 people have caught the disease and 14 have died. Most of the deaths were in "
     "the east. The report puts the deaths at six in Kayonza, five in Ngoma and three in Kirehe.",
     "2023-09-12", {"six": "Rwanda Biomedical Centre", "five": "Rwanda Biomedical Centre",
                    "three": "Rwanda Biomedical Centre"}),
    # "the data showed": the lede's source, for a count too
    ("SANTIAGO — Chile's copper exports came to 3.9 billion U.S. dollars in March, up 8.2 percent on a "
     "year earlier, according to customs data released on Friday. Buyers in 41 countries took the metal, "
     "the data showed.",
     "2024-04-08", {"3.9 billion U.S. dollars": "customs", "41": "customs"}),
    # figures a body publishes: its counts after them are the body's
    ("The Labour Party won 41 seats with 33.2% of the vote, figures published by the national election "
     "office show. The Greens took 12 seats (9.8%) and the Liberals 9 seats.",
     "2024-06-10", {"12": "national election office", "9.8%": "national election office",
                    "9": "national election office"}),
    # a dateline of its own sentence, then the lede's source, to the counts after a new source's clause
    ("RIGA, 12.02.2024. Cargo through the port fell 6.1% last year to 19.4 million tonnes, LETA reports. "
     "Containers made up 31% of the total, said the port authority; 4,100 ships called and 212 of them "
     "were tankers.",
     "2024-02-12", {"6.1%": "LETA", "4,100": "LETA", "212": "LETA"}),
    # a new source named later takes over
    ("More than two million passengers used the airport last year, 9.4% more than in 2022, the airport "
     "operator said. Of them, 41,000 flew on domestic routes and 610,000 on charter flights.",
     "2024-01-20", {"41,000": "airport operator", "610,000": "airport operator"}),
])
def test_the_report_source_goes_on(vocab, text, published, expected):
    got = sources(text, vocab, published)
    assert {k: got.get(k) for k in expected} == expected


def test_a_toll_update_after_the_lede_keeps_its_own_source(vocab):
    # people who speak for themselves ("Rescuers") end the reach of the source before
    got = sources("At least 40 people have been killed since Monday, police said. Rescuers pulled 30 "
                  "survivors from the rubble.", vocab, "2024-03-07")
    assert got["30"] is None


def test_a_paragraph_after_a_figureless_source_still_ends_it(vocab):
    got = sources("The statistics board said the figures were final.\n\nPrices rose 2.2% in March.", vocab)
    assert got["2.2%"] is None


# a source's name without the words that are not its name
@pytest.mark.parametrize("text, expected", [
    ("Support for the governing party dipped to 27 percent, according to the Kantar survey published "
     "on Monday.", "Kantar"),
    ("Grain shipments rose 14 percent, according to trade figures issued on Wednesday.", "trade"),
    ("The lira lost 2 percent against the dollar, 24News Online reports.", "24News Online"),
    ("The centre-right party slipped in a survey by Ipsos, which puts it at 24 percent.", "Ipsos"),
    ("Maria Gomez, 61, said 300 of the sheep she kept had died.", "Maria Gomez"),
    ("Inflation eased to 3.1 percent, the latest figures from Eurostat show.", "Eurostat"),
])
def test_a_source_name_keeps_only_its_name(vocab, text, expected):
    got = sources(text, vocab)
    assert expected in got.values()
    assert all(v in (expected, None) for v in got.values())


@pytest.mark.parametrize("text", [
    "Prices rose 2 percent, according to official figures published on Monday.",
    "Prices rose 2 percent, according to the latest data.",
])
def test_unnamed_data_still_name_no_source(vocab, text):
    assert set(sources(text, vocab).values()) == {None}


# the period a report's first sentence with figures sets, for the counts after it that name none
@pytest.mark.parametrize("text, published, expected", [
    ("KIGALI — Malaria infections keep rising, a Rwanda Biomedical Centre report says: since March 3, "
     "2023, more than 8,200 people have caught the disease and 14 have died. Most of the deaths were in "
     "the east. The report puts the deaths at six in Kayonza, five in Ngoma and three in Kirehe.",
     "2023-09-12", {"six": ("2023-03-03", "2023-09-12"), "three": ("2023-03-03", "2023-09-12")}),
    ("More than two million passengers used the airport last year, 9.4% more than in 2022, the airport "
     "operator said. Of them, 41,000 flew on domestic routes and 610,000 on charter flights. In December alone "
     "it handled 150,000.",
     "2024-01-20", {"41,000": ("2023-01-01", "2023-12-31"), "610,000": ("2023-01-01", "2023-12-31"),
                    "150,000": ("2023-12-01", "2023-12-31")}),
    ("Factories in Ontario shed 12,400 jobs in the first nine months of 2023, the agency said. Another "
     "3,100 were cut at mines.",
     "2023-10-30", {"3,100": ("2023-01-01", "2023-09-30")}),
])
def test_the_report_period_dates_later_counts(vocab, text, published, expected):
    got = periods(text, vocab, published)
    assert {k: got.get(k) for k in expected} == expected


def test_a_lead_without_a_source_dates_no_later_count(vocab):
    # no report: "Rescuers said 40 villages were cut off" is no breakdown of the 12,000
    got = stated_periods("Floods in Assam displaced 12,000 people in June. Rescuers said 40 villages were cut off.",
                         vocab, "2025-07-02")
    assert got["40"] == (None, None)


def test_a_short_lead_period_dates_no_later_count(vocab):
    # breaking news: "since Monday" is the story's own days, not a report's period
    got = stated_periods("At least 40 people have been killed since Monday, police said. Firefighters pulled "
                         "30 survivors from the rubble.", vocab, "2024-03-07")
    assert got["30"] == (None, None)


# a time of an event a noun names, or of a publication, dates no figure
@pytest.mark.parametrize("text, published, figure", [
    ("The fair, first held in 2009, drew 15,000 visitors. Tickets cost 12 euros.", "2024-09-01", "12 euros"),
    ("The fair, first held in 2009, drew 15,000 visitors.", "2024-09-01", "15,000"),
    ("The library will reopen in June after a refit costing 2.4 million pounds, the council said.",
     "2024-03-01", "2.4 million pounds"),
    ("The bakery was put up for sale in May. Shares in the co-operative cost 40 pounds each.",
     "2024-09-01", "40 pounds"),
    ("The party missed out on seats at the October election; a party needs 4 percent of the vote to "
     "enter parliament.", "2024-03-01", "4 percent"),
    ("The opposition leads with 31 percent, according to the Gallup poll published on Tuesday.",
     "2024-03-01", "31 percent"),
])
def test_an_event_or_publication_time_dates_no_figure(vocab, text, published, figure):
    assert periods(text, vocab, published)[figure] == (None, None)


def test_an_event_time_keeps_its_own_figure(vocab):
    got = periods("The club, founded in 1979 with 12 members, now has 400.", vocab, "2024-03-01")
    assert got["12"] == ("1979-01-01", "1979-12-31")


def test_a_time_of_the_figures_after_an_event_noun_still_dates_them(vocab):
    got = periods("Turnout at the October election was 61 percent.", vocab, "2024-03-01")
    assert got["61 percent"] == ("2023-10-01", "2023-10-31")


# a currency's country is no place for the amount
@pytest.mark.parametrize("text, expected", [
    ("Exports reached 2.3 billion U.S. dollars in the first half, customs figures showed.", None),
    ("Ghana earned 1.2 billion U.S. dollars from cocoa in the first quarter.", "Ghana"),
    ("Remittances came to 900 million Hong Kong dollars in March.", None),
    ("Tourism in Hong Kong earned 5 percent more.", "Hong Kong"),
])
def test_a_currency_country_is_no_place(vocab, text, expected):
    assert [v[3] for v in claims(text, vocab).values()][0] == expected



# the base a change or a ratio is measured on dates no figure: "an increase of 6% on the first half of
# 2019", "50 times as many as in 2020"
@pytest.mark.parametrize("text, published, figure, expected", [
    ("The brewer sold 12 million euros of beer in the first half, an increase of 9% on the first half of 2023.",
     "2024-07-30", "9%", ("2024-01-01", "2024-06-30")),
    ("The port handled 8.2 million tonnes in 2023, a fall of 3 percent on 2022.", "2024-02-01", "3 percent",
     ("2023-01-01", "2023-12-31")),
    ("Border guards held 4,000 migrants in the first half, a jump of 40 percent on the second half of 2023.",
     "2024-08-06", "40 percent", ("2024-01-01", "2024-06-30")),
])
def test_a_change_of_a_noun_is_measured_on_its_base(vocab, text, published, figure, expected):
    assert periods(text, vocab, published)[figure] == expected


def test_a_ratio_is_measured_on_its_base(vocab):
    text = "This year border guards have held more than 4,000 migrants, 50 times as many as in 2020."
    assert "2020-01-01" not in {w for v in periods(text, vocab, "2024-08-06").values() for w in v}


def test_a_report_source_does_not_go_on_over_a_line_break(vocab):
    text = ("Organisers put the crowd at 40,000, the organisers said.\nBefore the march began, some "
            "protesters blocked a road. Police arrested three people.")
    assert sources(text, vocab)["three"] is None


def test_an_events_time_after_since_opens_the_figures_period(vocab):
    # "since the X opened on D": the event's day is where the running count starts, not another time
    text = ("Visitors have bought 41,250 tickets since the exhibition opened on March 3, the museum said "
            "on Friday.")
    start, end = periods(text, vocab, "2025-06-13")["41,250"]
    assert (start[:10], end[:10]) == ("2025-03-03", "2025-06-13")
