"""Resolve's policy for an outbreak's toll written with its own noun ("4,266 cases and 77 deaths"): beside the
cases or infections its sentence counts, the figure is shown by that noun (``outbreak_toll_nouns`` in the
counted vocabulary); its class and key stay people. A disaster's "24 deaths" still shows people.

Over the realtext dev sets "people" for an outbreak's "N deaths" was right 0 times and wrong about 20; the
events sets' gold (disasters) writes "people" for "N deaths", which the narrowing keeps. Sentences here are
written for these tests.
"""
from __future__ import annotations

from auditor.audit import extract_all
from auditor.documents import Document


def _claims(vocab, text):
    doc = Document(id="d", text=text, source="Wire", published="2024-05-02T10:00:00", title=None)
    return extract_all([doc], vocab)


def _by_text(vocab, text):
    return {c.text: c for c in _claims(vocab, text)}


def test_deaths_beside_cases_are_shown_as_deaths(vocab):
    cs = _by_text(vocab, "The clinic network recorded 1,240 cases and 37 deaths in the district by Sunday.")
    assert cs["37"].thing == "deaths"
    assert cs["37"].thing_class == "people" and cs["37"].thing_key == "people"
    assert cs["1,240"].thing == "cases"


def test_deaths_before_infections_are_shown_as_deaths(vocab):
    cs = _by_text(vocab, "Malaria has caused 15 deaths this season and 2,300 people have been infected.")
    assert cs["15"].thing == "deaths"


def test_one_death_beside_suspected_cases_is_shown_as_death(vocab):
    cs = _by_text(vocab, "The ministry logged 412 suspected cases of typhoid and one death from it this year.")
    assert cs["one"].thing == "death"


def test_a_word_between_the_number_and_an_outbreaks_deaths_is_read_past(vocab):
    cs = _by_text(vocab, "Six further deaths were reported among the 900 cases counted in the capital.")
    assert cs["Six"].thing == "deaths"


def test_an_outbreaks_deaths_key_with_people_killed(vocab):
    text = ("The fever killed 12 people in the valley, the governor said on Monday. "
            "By Tuesday the agency had counted 480 cases and 12 deaths across the region.")
    cs = [c for c in _claims(vocab, text) if c.value == 12]
    assert [c.thing for c in cs] == ["people", "deaths"]
    assert {c.thing_key for c in cs} == {"people"}
    assert cs[0].quantity == cs[1].quantity


def test_a_disasters_deaths_stay_people(vocab):
    cs = _by_text(vocab, "The storm caused 24 deaths on the island, the disaster office said.")
    assert cs["24"].thing == "people"


def test_people_killed_beside_cases_stay_people(vocab):
    cs = _by_text(vocab, "The outbreak has killed 14 people and there are 300 cases in the camp.")
    assert cs["14"].thing == "people"


def test_more_victims_stay_people(vocab):
    cs = _by_text(vocab, "Rescuers said the blast killed dozens, and they feared hundreds more victims.")
    assert all(c.thing != "victims" for c in cs.values() if c.text == "hundreds")
