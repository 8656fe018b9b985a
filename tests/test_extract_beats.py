"""Extraction beyond conflict tolls: the counted thing of any noun, measures of economy,
election, business and disaster copy, and the numbers of those beats that are no claims.
Sentences written for these tests (benchmarks/realtext holds the evaluation set)."""
from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.extract import extract_claims


def scope(text: str, vocab, field: str) -> dict[str, object]:
    return {c.text: getattr(c, field) for c in extract_claims(Document(id="t", text=text), vocab)}


def texts(text: str, vocab) -> list[str]:
    return [c.text for c in extract_claims(Document(id="t", text=text), vocab)]


@pytest.mark.parametrize("text,expected", [
    ("The county has 48,210 registered voters.", {"48,210": "voters"}),
    ("The plant employs 3,400 workers.", {"3,400": "workers"}),
    ("Factories added 12,000 jobs in May.", {"12,000": "jobs"}),
    ("The storm damaged 210 houses and 14 schools.", {"210": "houses", "14": "schools"}),
    # coordination: each count keeps its own noun
    ("The gunman killed 11 pupils and two teachers.", {"11": "pupils", "two": "teachers"}),
    ("Nine nurses and three doctors fell ill.", {"Nine": "nurses", "three": "doctors"}),
    # a partitive: the whole the number is a part of
    ("Four of the ferries were cancelled.", {"Four": "ferries"}),
    ("The storm killed 14 villagers, six of them children.", {"14": "villagers", "six": "children"}),
    # a count with no noun takes the one listed before it
    ("Spain received 3,100 applications, Portugal 1,200.", {"3,100": "applications", "1,200": "applications"}),
    ("Clinics reported 40 suspected cases, and 12 have been confirmed.",
     {"40": "suspected cases", "12": "cases"}),
])
def test_counted_thing_of_any_noun(vocab, text, expected):
    assert {k: v for k, v in scope(text, vocab, "thing").items() if k in expected} == expected


@pytest.mark.parametrize("text,expected", [
    ("The jobless rate fell to 4.1 percent.", "jobless rate"),
    ("Retail sales rose 2.5% in April.", "Retail sales"),
    ("Turnout was 61 percent.", "Turnout"),
    ("It recorded a turnout of 58 percent.", "turnout"),
    ("The firm will close 15% of its stores.", "stores"),
    ("Exports are expected to grow by 3 per cent.", "Exports"),
])
def test_thing_of_a_percentage_is_its_subject_or_whole(vocab, text, expected):
    assert list(scope(text, vocab, "thing").values()) == [expected]


@pytest.mark.parametrize("text,expected", [
    ("The carmaker will cut 4,000 jobs.", "cut"),
    ("The bank plans to lay off 900 staff.", "cut"),
    ("Employers added 175,000 jobs last month.", "created"),
    ("Voters cast 2.1 million ballots.", "cast"),
    ("The party won 41 seats.", "won"),
    ("The fire has burned 12,000 acres.", "burned"),
    ("Some 3,000 migrants arrived on the island.", "arrived"),
    ("The clinic vaccinated 800 children.", "vaccinated"),
    ("Prices rose 0.4% in March.", "rose"),
    ("Output fell 1.2 percent.", "fell"),
    # a measure of the clause says more than rose or fell
    ("The death toll rose to 52.", "killed"),
])
def test_measures_beyond_casualties(vocab, text, expected):
    assert list(scope(text, vocab, "measure").values()) == [expected]


@pytest.mark.parametrize("text,expected", [
    # the verb before a list, and the verb after it, belong to every count of the list
    ("The party won 812,000 votes and 22 seats.", {"812,000": "won", "22": "won"}),
    ("Three men, two women and a boy died in the crash.", {"Three": "killed", "two": "killed"}),
    ("200 people drowned in the north, 150 in the east and 90 in the south, officials said. "
     "The floods killed 45 people in Sylhet, 30 in Sunamganj and 12 in Habiganj.",
     {"45": "killed", "30": "killed", "12": "killed"}),
    # a clause of its own: the number's own verb wins over the one before "and"
    ("At least 5 people died in the valley and about 9,000 were displaced.",
     {"At least 5": "killed", "about 9,000": "displaced"}),
])
def test_a_list_shares_its_verb_and_a_clause_keeps_its_own(vocab, text, expected):
    assert {k: v for k, v in scope(text, vocab, "measure").items() if k in expected} == expected


@pytest.mark.parametrize("text", [
    "A magnitude 6.4 earthquake struck the coast.",
    "The 7.1-magnitude quake was felt in the capital.",
    "The survey measured the quake at 5.8.",
    "A 6.2 quake shook the region.",
    "They lived in a two-story house.",
    "The nine-party alliance met on Monday.",
    "The victims were aged 3 to 15.",
    "Prices were higher in the 12 months to June.",
    "She read the first two chapters.",
])
def test_not_claims_of_these_beats(vocab, text):
    assert texts(text, vocab) == []


def test_one_of_one_family_is_no_count(vocab):
    assert texts("Eleven members of one family died.", vocab) == ["Eleven"]


@pytest.mark.parametrize("text,expected", [
    ("Thousands of protesters marched.", ["Thousands of"]),
    ("Hundreds of firefighters were deployed.", ["Hundreds of"]),
    ("A 5,000-strong crowd gathered.", ["5,000"]),
    ("Two quakes hit the island.", ["Two"]),
])
def test_near_misses_stay_claims(vocab, text, expected):
    assert texts(text, vocab) == expected


@pytest.mark.parametrize("text,expected", [
    # a vague quantity without its "of", before "more" or a measure word
    ("Thousands more are missing.", [("Thousands", 2000, 10000)]),
    ("The quake left hundreds of thousands homeless.", [("hundreds of thousands", 200000, 1000000)]),
    ("Tens of thousands displaced by the floods.", [("Tens of thousands", 20000, 100000)]),
    # bands of two vague quantities multiply
    ("The scheme cost hundreds of millions of dollars.", [("hundreds of millions of dollars", 2e8, 1e9)]),
    # "past" as a bound
    ("The fire has spread past 8,000 acres.", [("past 8,000 acres", 8000, None)]),
])
def test_vague_quantities_and_bounds(vocab, text, expected):
    got = [(c.text, c.low, None if c.high == float("inf") else c.high)
           for c in extract_claims(Document(id="t", text=text), vocab)]
    assert got == expected


def test_percentage_points_are_their_own_unit(vocab):
    got = {c.text: c.unit for c in extract_claims(Document(id="t", text="Support fell 4 percentage points to 38%."),
                                                    vocab)}
    assert got == {"4 percentage points": "percentage_point", "38%": "percent"}


@pytest.mark.parametrize("text,expected", [
    ("TRIPOLI (Libya 24) – At least 7 people died.", ["At least 7"]),
    ("Two sources at the ministry said 31 people had died.", ["31"]),
    ("Three officials told reporters that 12 soldiers were wounded.", ["12"]),
    ("Two officials were killed, police said.", ["Two"]),
    ("Polling in one constituency was postponed.", []),
    ("One house was destroyed.", ["One"]),
    ("Maria Lopez, 71, was rescued on Tuesday.", []),
    ("Prices posted a 12-month increase.", []),
])
def test_numbers_that_count_nothing_reported(vocab, text, expected):
    assert texts(text, vocab) == expected


@pytest.mark.parametrize("text,expected", [
    # the noun of a measure counts itself, except where a casualty word stands for people
    ("The country recorded 2.1 billion tourist arrivals.", {"2.1 billion": "tourist arrivals"}),
    ("The company announced 400 layoffs.", {"400": "layoffs"}),
    ("The strike caused 30 deaths.", {"30": "people"}),
])
def test_a_measure_noun_counted_is_the_thing(vocab, text, expected):
    assert scope(text, vocab, "thing") == expected


def test_a_day_range_sharing_its_month_is_a_date(vocab):
    doc = Document(id="t", text="The drive, held from 12 to 14 March, reached 90,000 children.", published="2024-04-02")
    got = [(c.text, c.when_start, c.when_end) for c in extract_claims(doc, vocab)]
    assert got == [("90,000", "2024-03-12", "2024-03-14")]


def test_a_longer_name_that_starts_with_a_known_source(vocab):
    assert scope("UN Tourism said 1.2 billion people travelled.", vocab, "according_to") \
        == {"1.2 billion": "UN Tourism"}


@pytest.mark.parametrize("text,expected", [
    # people of a nation are people (they compare with "people" in the audit), as written
    ("According to one study, 1,210 Americans died.", ("Americans", "people")),
    # "the dead" counts people
    ("The government cut its count of the dead to 148.", ("people", "people")),
])
def test_counts_of_people_named_otherwise(vocab, text, expected):
    c = extract_claims(Document(id="t", text=text), vocab)[-1]
    assert (c.thing, c.thing_class) == expected


def test_a_noun_of_change_after_the_number_is_no_measure(vocab):
    text = 'Officials lowered the count of the dead to "about 180", a cut of more than 50.'
    assert scope(text, vocab, "measure")['about 180'] == "killed"


def test_a_verb_in_ing_after_a_number_ends_the_noun_phrase(vocab):
    assert scope("With 600 sitting midway.", vocab, "thing") == {"600": None}
    assert scope("The 5 remaining hostages were freed.", vocab, "thing") == {"5": "remaining hostages"}
