"""The word after a number is its thing only when it is a noun: a verb of the clause ("120 lost
ground", "22 ended flat"), an adverb the verb before governs ("1,204 of them totally") or a word of
comparison ("8.4 per cent above the year before") is none. "14 out of 73 seats": both numbers
count the seats. A verb said once before a list of names with their figures ("the APC won 18, the
PDP 11 and the LP four") is the measure of every figure of the list."""
from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.extract import extract_claims


def fields(text: str, vocab, name: str) -> dict[str, str | None]:
    return {c.text: getattr(c, name) for c in extract_claims(Document(id="t", text=text), vocab)}


@pytest.mark.parametrize("text,figure", [
    ("Of the 240 firms quoted in Lagos, 98 advanced, 120 lost ground and 22 ended flat.", "120"),
    ("Of the 240 firms quoted in Lagos, 98 advanced, 120 lost ground and 22 ended flat.", "22"),
    ("In all 5,210 homes were flooded in Assam, 1,204 of them totally and 4,006 partially.", "1,204"),
    ("In all 5,210 homes were flooded in Assam, 1,204 of them totally and 4,006 partially.", "4,006"),
    ("Coffee exports reached $3.1 billion, 8.4 per cent above the year before.", "8.4 per cent"),
    ("Profit was $12 million, 3 percent below the forecast.", "3 percent"),
])
def test_a_verb_adverb_or_comparison_is_no_thing(text, figure, vocab):
    got = fields(text, vocab, "thing")[figure]
    # the group counted, or (stop 22) the amount a percentage compares ("Coffee exports reached $3.1
    # billion, 8.4 per cent above ...": the exports'), never the verb or the comparison word
    assert got is None or got.lower() in ("homes", "firms", "coffee exports", "profit")


@pytest.mark.parametrize("text,figure", [
    ("The Liberals took 14 out of 73 seats in the assembly.", "14"),
    ("In Cork the Greens won nine out of 12 seats.", "nine"),
])
def test_out_of_counts_the_noun_after(text, figure, vocab):
    assert fields(text, vocab, "thing")[figure] == "seats"


def test_registered_voters_and_partly_damaged_unchanged(vocab):
    assert fields("There were 25,836 registered voters in the ward.", vocab, "thing")["25,836"].endswith("voters")
    assert fields("The quake left 1,746 homes partly damaged in Herat.", vocab, "thing")["1,746"] == "homes"


@pytest.mark.parametrize("text,figures", [
    ("In the state of Oyo the APC won 18, the PDP 11 and the LP four, the commission said.", ["18", "11", "four"]),
    ("Across Ontario the Liberal Party (LP) won 31 seats, the Green Alliance (GA) 12, Labour 9 and the "
     "Rural Front four.", ["31", "12", "9", "four"]),
    ("In the capital the Liberals won 20 seats, Labour 14 and the Greens two out of 36.", ["20", "14", "two"]),
])
def test_a_verb_carried_through_a_list_of_names(text, figures, vocab):
    measures = fields(text, vocab, "measure")
    assert [measures[f] for f in figures] == ["won"] * len(figures)


def test_a_new_verb_in_the_list_is_kept(vocab):
    measures = fields("The APC won 18 seats in Oyo and the PDP lost 11.", vocab, "measure")
    assert measures["18"] == "won" and measures["11"] == "lost"


@pytest.mark.parametrize("text,figure,other", [
    ("A bus carrying about 60 pilgrims overturned near Multan, killing 14 of them, police said.", "about 60", "14"),
    ("A boat ferrying 35 migrants capsized off Lampedusa and nine were rescued.", "35", "nine"),
])
def test_those_on_board_take_no_measure_of_the_next_clause(text, figure, other, vocab):
    measures = fields(text, vocab, "measure")
    assert measures[figure] is None and measures[other] is not None
