"""Two mechanisms that decide a claim's ``thing`` (benchmarks/thing_mechanisms.py counts them over the realtext
sets): resolve clearing extraction's "people" and finding no referent (wrong every time it decided a scored
claim), and a listed item's name read only after a figure with a thing or a measure (a list whose first figure
had neither lost every item after it). Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.resolve import claims_of


def _claims(text: str, vocab) -> dict[str, object]:
    doc = Document(id="t", text=text, source="Desk", published="2026-05-04")
    return {c.text: c for c in claims_of(doc, vocab)}


@pytest.mark.parametrize("text,figure", [
    ("The clinic treated 4,210 people for cholera last month, 37 of whom died.", "37"),
    ("Some 1,120 people applied for shelter in 2021, 1,480 in 2022 and 2,305 in 2023.", "1,480"),
    ("Of the 2.4 million people on the island, nearly 1.6 million could vote.", "nearly 1.6 million"),
])
def test_a_cleared_people_guess_with_no_referent_is_given_back(text, figure, vocab):
    c = _claims(text, vocab)[figure]
    assert c.thing == "people"
    assert c.thing_class is None and c.thing_key is None      # a guess makes no quantity key


@pytest.mark.parametrize("text,figure,thing", [
    # a referent found after the guess was cleared keeps its own name
    ("Floods destroyed 312 homes in the valley and 57 others were damaged.", "57", "homes"),
    # a thing the text writes is untouched
    ("The ministry counted 2,950 migrants at the border, 410 of them children.", "2,950", "migrants"),
])
def test_a_referent_or_a_written_noun_stays(text, figure, thing, vocab):
    assert _claims(text, vocab)[figure].thing == thing


def test_the_people_guess_is_not_given_to_a_figure_cleared_as_its_speaker(vocab):
    c = _claims("Harbour police later said that 12,000 had turned up for the regatta.", vocab)["12,000"]
    assert c.thing != "police"


@pytest.mark.parametrize("text,figure,thing", [
    # a list of shares whose first figure has no thing: each later item is named by its preposition
    ("The survey put rents at the top with a jump of 12 percent, ahead of school fees on 7.2 percent, "
     "bus fares on 4.8 percent and bread on 3.1 percent.", "4.8 percent", "bus fares"),
    ("The survey put rents at the top with a jump of 12 percent, ahead of school fees on 7.2 percent, "
     "bus fares on 4.8 percent and bread on 3.1 percent.", "3.1 percent", "bread"),
    ("Turnover fell 8 percent over the week: Banks led with $14.2 million and Insurers at $6.1 million.",
     "$6.1 million", "Insurers"),
])
def test_a_listed_name_set_to_its_figure_by_a_preposition(text, figure, thing, vocab):
    assert _claims(text, vocab)[figure].thing == thing


@pytest.mark.parametrize("text,figure,wrong", [
    # no preposition: a bare word between two figures with no thing is no item's name
    ("The index gained 12 percent, then 7 percent more after the holiday.", "7 percent", "then"),
    ("Of 40 rounds fired, 12 hit the target, and 9 missed it.", "9", "target"),
    # a verb's particle is no item's preposition
    ("The fund paid out $2.2m in March and Harbor Trust handed on $1.4m.", "$1.4m", "Harbor Trust handed"),
])
def test_no_item_name_without_a_preposition_that_sets_it(text, figure, wrong, vocab):
    assert _claims(text, vocab)[figure].thing != wrong


@pytest.mark.parametrize("text,figure", [
    ("Rescuers counted 812 people stranded after the storm, 6 of whom died of exposure.", "6"),
    ("Clinics treated 2,140 people for the fever in June, 19 of whom died.", "19"),
])
def test_a_part_keeps_the_measure_its_clause_says_without_a_key(text, figure, vocab):
    c = _claims(text, vocab)[figure]
    assert c.measure == "killed"
    assert c.quantity is None       # a part of a group is no toll of its own


def test_a_figure_with_no_measure_word_gets_none_back(vocab):
    c = _claims("Some 1,120 people applied for shelter in 2021 and 1,480 in 2022.", vocab)["1,480"]
    assert c.measure != "killed"


@pytest.mark.parametrize("text,figure,thing", [
    ("Canada bought the most of the harvest (38 percent), with Peru next on 21.5 percent, then Chile on 9.2 percent "
     "and the Dominican Republic on 4.4 percent.", "9.2 percent", "Chile"),
    ("Canada bought the most of the harvest (38 percent), with Peru next on 21.5 percent, then Chile on 9.2 percent "
     "and the Dominican Republic on 4.4 percent.", "21.5 percent", "Peru"),
    ("Canada bought the most of the harvest (38 percent), with Peru next on 21.5 percent, then Chile on 9.2 percent "
     "and the Dominican Republic on 4.4 percent.", "4.4 percent", "Dominican Republic"),
    ("Rents led the rise at 11 percent, ahead of household fuel on 6.3 percent.", "6.3 percent", "household fuel"),
    ("Below them come the Rural Alliance (RA, SNP and LDK) on 3.2 percent.", "3.2 percent", "Rural Alliance"),
])
def test_a_name_set_to_its_share_by_on(text, figure, thing, vocab):
    assert _claims(text, vocab)[figure].thing == thing


@pytest.mark.parametrize("text,figure", [
    ("Banks lend on 6 percent margins these days.", "6 percent"),
    ("The loan was granted on 4.5 percent interest, said the minister.", "4.5 percent"),
])
def test_no_name_where_no_opener_or_a_function_word(text, figure, vocab):
    thing = _claims(text, vocab)[figure].thing
    assert thing not in ("Banks lend", "The loan was granted", "loan was granted")
