"""Measures said without their word (issue 15): displacement by "from their homes", the
homeless, treatment and critical condition, crowds and turnout at a rally, population; and
the reporting "add", the verb after "the dead", the whole after "among", "as of" a date.

Each class has sentences where the measure (or thing, or time) must come out, and sentences
where it must not."""
from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.extract import extract_claims


def _claims(text: str, vocab, title: str | None = None):
    return extract_claims(Document(id="d", text=text, title=title, published="2024-06-03"), vocab)


def measures(text: str, vocab) -> list[tuple[str, str | None]]:
    return [(c.text, c.measure) for c in _claims(text, vocab)]


@pytest.mark.parametrize("text, expected", [
    # displacement without the word "displaced", the phrase after the thing and an aside
    ("The offensive has forced nearly 800,000 people from their homes.", [("nearly 800,000", "displaced")]),
    ("Shelling has driven 410,000 people, most of them women and children, from their homes.",
     [("410,000", "displaced")]),
    ("Some 520,000 residents have had to leave their homes in the north.", [("Some 520,000", "displaced")]),
    ("About 12,000 villagers fled their homes after the attack.", [("About 12,000", "displaced")]),
    # stays: a verb of its own before the phrase, or no phrase at all
    ("Rescuers evacuated 300 people from their homes near the river.", [("300", "evacuated")]),
    ("The storm damaged 3,000 buildings in the port.", [("3,000", "damaged")]),
])
def test_displacement_said_by_leaving_home(vocab, text, expected):
    assert measures(text, vocab) == expected


@pytest.mark.parametrize("text, expected", [
    ("The cyclone left more than 200,000 people homeless.", [("more than 200,000", "homeless")]),
    ("Aid agencies are feeding the 150,000 people left without homes.", [("150,000", "homeless")]),
    ("The quake made thousands homeless, officials said.", [("thousands", "homeless")]),
    ("More than 41,000 families lost their homes in the floods.", [("More than 41,000", "homeless")]),
    # displaced stays displaced: the homeless are a measure of their own
    ("The fighting has displaced 90,000 people.", [("90,000", "displaced")]),
    # "lost" alone stays the measure lost
    ("The ruling party lost 14 seats.", [("14", "lost")]),
])
def test_homeless_is_its_own_measure(vocab, text, expected):
    assert measures(text, vocab) == expected


def test_homeless_is_a_snapshot_and_counts_people(vocab):
    assert not vocab.is_cumulative("homeless")
    [c] = _claims("The blast made thousands homeless.", vocab)
    assert c.thing is None          # "homeless" is what happened to them, not what they are


@pytest.mark.parametrize("text, expected", [
    ("Six soldiers were taken to hospital with wounds, the army said.", [("Six", "injured")]),
    ("Officials said 45 people sought treatment for smoke inhalation.", [("45", "injured")]),
    ("Nine were in critical condition on Sunday.", [("Nine", "critical")]),
    ("Doctors said 14 of the patients are in a critical state.", [("14", "critical")]),
    ("The blast killed 3 and seriously injured 12 people.", [("3", "killed"), ("12", "critical")]),
    # the injured at large stay injured
    ("The blast wounded 4,000 people.", [("4,000", "injured")]),
])
def test_injured_said_by_treatment_and_critical_apart(vocab, text, expected):
    assert measures(text, vocab) == expected


def test_critical_is_a_snapshot(vocab):
    assert not vocab.is_cumulative("critical")
    assert vocab.is_cumulative("injured")


@pytest.mark.parametrize("text, expected", [
    ("Three million people took to the streets on Saturday.", [("Three million", "took part")]),
    ("Tens of thousands poured onto the streets of the capital.", [("Tens of thousands", "took part")]),
    ("About 40,000 people joined the rally.", [("About 40,000", "took part")]),
    ("Police put the crowd at its peak at 215,000.", [("215,000", "took part")]),
    ("Organisers said a protest of nearly 2 million had filled the city.", [("nearly 2 million", "took part")]),
    ("At least 1.2 million people took part, the organisers said.", [("At least 1.2 million", "took part")]),
    ("Police put the number of protesters at 128,000.", [("128,000", "took part")]),
    ("Tens of thousands of demonstrators gathered in the park.", [("Tens of thousands of", "took part")]),
    ("Police arrested 30 protesters.", [("30", "arrested")]),
    # election turnout is no crowd
    ("Turnout was 61.2 per cent.", [("61.2 per cent", None)]),
])
def test_crowd_size_is_took_part(vocab, text, expected):
    assert measures(text, vocab) == expected


def test_the_crowd_counts_people_not_the_police_who_counted_it(vocab):
    [c] = _claims("Police put the crowd at its peak at 215,000.", vocab)
    assert (c.thing_class, c.according_to) == ("people", "police")


def test_joined_the_march_is_no_month(vocab):
    [c] = _claims("About 40,000 people joined the march on Sunday.", vocab)
    assert c.measure == "took part"
    assert (c.when_start, c.when_end) == ("2024-06-02", "2024-06-02")
    [c] = _claims("About 40,000 people joined the march.", vocab)
    assert c.when_start is None
    # the month, capitalised or after "in", stays a month
    [c] = _claims("About 40,000 people marched in March.", vocab)
    assert (c.when_start, c.when_end) == ("2024-03-01", "2024-03-31")


@pytest.mark.parametrize("text, expected", [
    ("Some two million people live in the province.", [("Some two million", "population")]),
    ("The blast hit a city of 4.1 million.", [("4.1 million", "population")]),
    ("Its total population is more than 7 million.", [("more than 7 million", "population")]),
    ("The island, home to more than 3 million people, lost power.", [("more than 3 million", "population")]),
    # a toll stays a toll; where the people of a relative clause live is no measure
    ("The strike killed 31 people in the city.", [("31", "killed")]),
    ("About 30 people who live in the building were evacuated.", [("About 30", "evacuated")]),
    ("The 40 families that live on the estate are homeless.", [("40", "homeless")]),
])
def test_population_is_not_an_event_count(vocab, text, expected):
    assert measures(text, vocab) == expected


def test_population_is_a_snapshot(vocab):
    assert not vocab.is_cumulative("population")


@pytest.mark.parametrize("text, expected", [
    # "add" reporting a statement
    ("The mayor said the fire was contained, adding that 30 homes burned.", [("30", "burned")]),
    ('"We counted 52 bodies," he added.', [("52", None)]),
    ("The minister added that 17 schools remain closed.", [("17", None)]),
    # "add" with its object, or in the passive, is created
    ("The economy added 206,000 jobs in June.", [("206,000", "created")]),
    ("Some 206,000 jobs were added, the department said.", [("Some 206,000", "created")]),
])
def test_adding_that_reports(vocab, text, expected):
    assert measures(text, vocab) == expected


def test_the_verb_after_the_dead_is_not_their_thing(vocab):
    [c] = _claims("The 9 dead included pupils and a teacher.", vocab)
    assert (c.thing, c.measure) == ("people", "killed")
    # an adjective after a measure word still reads as the thing's
    [c] = _claims("The army said three wounded soldiers were evacuated.", vocab)
    assert c.thing_class == "soldiers"


def test_among_n_dead_the_n_are_the_whole(vocab):
    claims = _claims("", vocab, title="Three police officers among 11 dead in market bombing")
    assert [(c.text, c.thing_class, c.measure) for c in claims] == [
        ("Three", "police", None), ("11", "people", "killed")]
    [_, c] = _claims("Two soldiers were among the 14 killed on Friday.", vocab)
    assert c.thing_class == "people"


def test_the_speaker_is_not_the_thing_counted(vocab):
    [c] = _claims("Police said 30 were killed in the clashes.", vocab)
    assert c.thing_class == "people"
    # a thing that is not the subject of a reporting verb stays
    [c] = _claims("Turkish soldiers came under fire and 30 were killed.", vocab)
    assert c.thing_class == "soldiers"


def test_as_of_a_date_ends_the_period(vocab):
    [c] = _claims("Since January 1, 312 migrants have died at sea, as of May 31, the agency said.", vocab)
    assert (c.when_start, c.when_end) == ("2024-01-01", "2024-05-31")
    [c] = _claims("As of May 31, 312 migrants had died at sea since January 1.", vocab)
    assert (c.when_start, c.when_end) == ("2024-01-01", "2024-05-31")
    # without "as of", "since" runs to publication
    [c] = _claims("Since January 1, 312 migrants have died at sea, the agency said on May 31.", vocab)
    assert (c.when_start, c.when_end) == ("2024-01-01", "2024-06-03")


@pytest.mark.parametrize("text, figure", [
    # verbs that end a year, a deal or a poll's fieldwork are no measure of what is counted
    ("The index finished the year up 2.3 percent, its best since 2017.", "2.3 percent"),
    ("The bank completed the purchase of 120 branches in March.", "120"),
    ("Analysts surveyed by the agency expect growth of 1.8% this year.", "1.8%"),
    ("Economists questioned for the poll see 40,000 new jobs in May.", "40,000"),
])
def test_a_verb_that_ends_a_year_or_a_deal_is_no_measure(vocab, text, figure):
    got = dict(measures(text, vocab))
    assert got[figure] not in ("finishers", "enrolled"), got


def test_a_race_counts_its_finishers(vocab):
    got = dict(measures("Of 9,400 starters, 7,940 finishers crossed the line in Leeds.", vocab))
    assert got["7,940"] == "finishers"


@pytest.mark.parametrize("text, expected", [
    # what a place or a body has, in a relative clause, is no figure of the main clause's measure
    ("The mayor said 140 people were missing in the town, which has about 60,000 residents.",
     [("140", "missing"), ("about 60,000", None)]),
    ("Floods killed 22 people in the district, which is home to 1.2 million people.",
     [("22", "killed"), ("1.2 million", "population")]),
    ("Rescuers evacuated 900 workers from the plant, which employs 4,000 people.",
     [("900", "evacuated"), ("4,000", None)]),
    # stays: the relative clause's own verb gives its figure a measure
    ("Fire gutted the block, where 40 families were evacuated.", [("40", "evacuated")]),
])
def test_a_relative_clause_of_having_takes_no_measure_from_the_main_clause(vocab, text, expected):
    assert measures(text, vocab) == expected


@pytest.mark.parametrize("text, expected", [
    # what a search or an appeal is for names no measure of the figure after it
    ("Divers joined the search for the missing, backed by 300 volunteers from nearby towns.",
     [("300", None)]),
    ("Hospitals appealed for the injured, sending 40 ambulances to the station.", [("40", None)]),
    # stays: the figure is what the phrase counts, or names its own condition
    ("Calls for the missing: 1,900 so far.", [("1,900", "missing")]),
    ("Some 120 people were treated for injuries.", [("Some 120", "injured")]),
])
def test_a_measure_named_as_a_purpose_is_no_measure_of_a_later_figure(vocab, text, expected):
    assert measures(text, vocab) == expected
