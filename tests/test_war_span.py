"""A war-long total ("more than 40,000 killed since the war began") is not the toll of the day's
strike: its period is the war's (``war..`` in the quantity key), so the two are not compared."""
from __future__ import annotations

import datetime as dt

import pytest

from auditor.audit import audit
from auditor.documents import Document
from auditor.resolve.timing import WAR, stated_span

DAY = dt.date(2021, 3, 4)


@pytest.mark.parametrize("sentence", [
    "More than 40,000 people have been killed since the war began, the ministry said.",
    "Since the start of the conflict, 12,000 soldiers have died.",
    "At least 9,000 civilians have been killed since Russia's full-scale invasion.",
    "More than 380,000 people have died in the nine-year-old war.",
    "Some 600 people were killed in the Syrian conflict last year, a monitor said.",
])
def test_a_war_long_span(sentence):
    assert stated_span(sentence, DAY) == (WAR, "2021-03-04")


@pytest.mark.parametrize("sentence", [
    "Twelve people were killed in the war-torn north on Tuesday.",
    "In the war's deadliest single attack, 120 people were killed.",
    "Two aid workers were killed in the war zone on Monday.",
    "The strike killed 30 people, the army said.",
])
def test_not_a_war_long_span(sentence):
    assert stated_span(sentence, DAY) is None


def test_since_a_year():
    since_2019 = "Some 5,000 people have been killed since 2019, the UN said."
    assert stated_span(since_2019, DAY) == ("2019-01-01", "2021-03-04")
    assert stated_span("Nearly 400 died since March 2020.", DAY) == ("2020-03-01", "2021-03-04")


def test_the_days_toll_and_the_wars_are_different_quantities(ruleset, vocab):
    text = ("An air strike killed 30 people in the city on Tuesday, health officials said. More than 40,000 "
            "people have been killed since the war began, according to a monitor.")
    result = audit([Document("a", text, "Wire A", "2021-03-04")], ruleset, vocab)
    keys = {c.text: c.quantity for c in result.claims}
    assert keys["30"] != keys["More than 40,000"] and "/war../" in keys["More than 40,000"]
    assert [f.rule for f in result.findings if f.severity != "info"] == []


@pytest.mark.parametrize("sentence", [
    "At least 29 soldiers were killed on Thursday, the deadliest day for the army since the war began.",
    "Officials said 22 soldiers were killed, the heaviest single loss in the Syrian conflict.",
    "The flight of 700,000 people is the biggest wave of displacement in the nine-year-old war.",
])
def test_a_record_set_in_the_war_is_the_days_figure(sentence):
    assert stated_span(sentence, DAY) is None
