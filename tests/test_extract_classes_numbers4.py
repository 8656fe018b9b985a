"""Classes of failure seen on fresh held-out sets (real text, events, desk drafts), fixed in the number,
non-claim and unit passes:

- a margin written with both signs ("+/- 1.55 percent", "+-2", "±3 points", "plus/minus 4"): its size,
  never a negative number, and "±" glued to digits no longer hides the number;
- a minus sign after a word of falling ("down -2.43 percent", "eased -0.23%"): the sign repeats the
  word's direction, the figure is the size of the fall (its text keeps the sign);
- a price whose decimals a stray space split ("at $ 2. 1500."): one amount, not two numbers;
- a name that ends with a number, written twice ("Estonia 200" a party) or opens with digits glued to
  a word ("263Chat Business", "9News"): no count; "in Kenya 200 people" stays one;
- a flight number in lower case ("Delta flight 1086"), a type number joined to its variant ("a 737-800",
  "Boeing 747-400", "787-9") or with a designation in capitals ("737 MAX 8"): labels, no counts, while
  ranges ("300-400 people") and vote tallies stay figures;
- "one" as no count: "one of the coldest winters" (a superlative of the weather beat), "Leeds, for
  one, ...";
- how long a state has held, after a negation ("no deaths for nine years", "has not rained for 40
  days"): a time scope; "jailed for three years" stays a quantity;
- a year before 1800 where a date is set ("built in 1420", "since 1066", "circa 1450"); "in 1500 of the
  districts" stays a count;
- "brought the number of people accounted for up to 188": the level reached, no bound;
- temperatures in C and F: spaced ("29 C", "84 F") where the sentence speaks of the weather, and a
  pair in both scales ("12C, or 54F") which is its own cue; "Grade 5 C" gets no unit.

Sentences here are written for these tests (other places, beats and numbers than the sets').
"""
from __future__ import annotations

import pytest

from conftest import claims_by_text as claims


@pytest.mark.parametrize("text,written,value", [
    ("The Ipsos poll of 1,010 adults has a margin of error of +/- 3.1 percentage points.", "3.1 percentage points",
     3.1),
    ("Results for Quebec carry a margin of +-4.2 percent, the pollster said.", "4.2 percent", 4.2),
    ("The survey in Lagos is accurate to ±2.5 percentage points.", "2.5 percentage points", 2.5),
    ("Its error band is plus/minus 6 percent for the youngest voters.", "6 percent", 6),
])
def test_margin_with_both_signs_is_its_size(vocab, text, written, value):
    got = claims(vocab, text, "2023-10-02")
    assert written in got and got[written].low == got[written].high == value


@pytest.mark.parametrize("text,written,value", [
    ("Naspers were down -1.87 percent at the close in Johannesburg.", "-1.87 percent", 1.87),
    ("Copper futures eased -0.4% on Thursday as demand cooled.", "-0.4%", 0.4),
    ("The rand slipped by -0.9 per cent against the dollar.", "-0.9 per cent", 0.9),
])
def test_minus_after_a_fall_word_is_the_size_of_the_fall(vocab, text, written, value):
    c = claims(vocab, text, "2021-06-11")[written]
    assert c.low == c.high == value and c.measure == "fell"


def test_minus_without_a_fall_word_stays_negative(vocab):
    got = claims(vocab, "The overnight low in Oslo was -7 degrees Celsius.", "2021-01-11")
    assert got["-7 degrees Celsius"].low == -7


@pytest.mark.parametrize("text,written,value", [
    ("Econet closed at $ 3. 2500, with Delta firmer at $ 5.8000.", "$ 3. 2500", 3.25),
    ("On the Vienna board Verbund ended at € 4. 10; volumes were thin.", "€ 4. 10", 4.1),
    ("The share rose to £ 12. 75.", "£ 12. 75", 12.75),
])
def test_price_split_by_a_stray_space_is_one_amount(vocab, text, written, value):
    got = claims(vocab, text, "2020-05-04")
    assert written in got and got[written].low == value


def test_number_opening_a_sentence_after_a_price_stays_apart(vocab):
    got = claims(vocab, "The fare was $ 5. 20 riders paid it.", "2020-05-04")
    assert "$ 5" in got and "20" in got


def test_name_ending_with_a_number_written_twice_is_no_count(vocab):
    text = ("Centre Party leads on 24 percent, ahead of Latvia 2030 and Vision 7, and Latvia 2030, founded in "
            "May, polls 9 percent. Latvia 2030 said it would run alone.")
    got = claims(vocab, text, "2022-08-30")
    assert "2030" not in got and "24 percent" in got and "9 percent" in got
    text = "The Kosovo 99 movement took 11 percent. Kosovo 99 will sit in opposition, its leader said."
    got = claims(vocab, text, "2022-08-30")
    assert "99" not in got and "11 percent" in got


def test_place_and_number_stay_a_count(vocab):
    text = "In Kenya 200 people died in the floods, and in Kenya 200 more were hurt."
    got = [c.text for c in claims(vocab, text, "2024-05-01").values()]
    assert "200" in got


@pytest.mark.parametrize("text,kept", [
    ("Viewers of 9News saw the blaze, which destroyed 14 homes.", "14"),
    ("The 7Eleven chain will close 300 stores, 24Sata reported.", "300"),
    ("Shares rose 2 percent, 263Chat Markets reports.", "2 percent"),
])
def test_name_opening_with_digits_is_no_count(vocab, text, kept):
    got = claims(vocab, text, "2024-05-01")
    assert kept in got and not any(c.value in (9, 7, 24, 263) for c in got.values())


def test_units_glued_to_digits_stay_figures(vocab):
    got = claims(vocab, "The new line offers 5Mbps to 300 homes.", "2024-05-01")
    assert "300" in got and any(c.value == 5 for c in got.values())


@pytest.mark.parametrize("text,kept", [
    ("Delta flight 1086 skidded off the runway in Halifax, injuring 11 passengers.", "11"),
    ("Qantas flight 32 returned to Singapore with 469 people on board.", "469"),
    ("A crew member of Ryanair flight 4978 said 170 passengers were held in Minsk.", "170"),
])
def test_flight_number_is_a_label(vocab, text, kept):
    got = claims(vocab, text, "2022-02-01")
    assert kept in got and len(got) == 1


@pytest.mark.parametrize("text,kept", [
    ("The airline flies a Boeing 787-9 and three 747-400 freighters.", "three"),
    ("A 737-800 operated by Jeju Air with 181 people on board crashed.", "181"),
    ("Regulators grounded the 737 MAX 9 after a panel blew out, and 171 jets were inspected.", "171"),
])
def test_type_number_and_variant_are_a_label(vocab, text, kept):
    got = claims(vocab, text, "2024-01-08")
    assert kept in got and len(got) == 1


@pytest.mark.parametrize("text,written", [
    ("Between 300-400 people joined the march in Tbilisi.", "Between 300-400"),
    ("Some 125-200 volunteers cleared the beach at Durban.", "125-200"),
    ("The bill passed on a 213-208 vote in the House.", "213"),
])
def test_ranges_and_tallies_stay_figures(vocab, text, written):
    assert written in claims(vocab, text, "2024-01-08")


@pytest.mark.parametrize("text", [
    "Manitoba is in one of the coldest winters on record, with 40 schools shut.",
    "Dhaka sweltered through one of the hottest Aprils it has seen, and 40 schools shut.",
    "Several towns lost water. Leeds, for one, shut 40 schools.",
])
def test_one_as_no_count(vocab, text):
    got = claims(vocab, text, "2024-01-08")
    assert "40" in got and not any(c.value == 1 for c in got.values())


@pytest.mark.parametrize("text", [
    "There has been no fatal crash on the Kenyan railway for twelve years.",
    "It has not rained in Perth for 40 days, officials said.",
    "Parts of Lviv have been without water for three weeks.",
])
def test_span_of_a_negated_state_is_no_quantity(vocab, text):
    assert not claims(vocab, text, "2024-01-08")


def test_sentence_length_stays_a_quantity(vocab):
    assert "three years" in claims(vocab, "The court in Quito jailed him for three years.", "2024-01-08")


@pytest.mark.parametrize("text,kept", [
    ("The castle, built in 1420, drew 1,170 visitors last summer.", "1,170"),
    ("The abbey, a place of worship since 1066, shelters 40 monks.", "40"),
    ("A chapel raised circa 1450 now seats 90 people.", "90"),
])
def test_old_year_is_no_count(vocab, text, kept):
    got = claims(vocab, text, "2024-01-08")
    assert kept in got and len(got) == 1


def test_count_after_in_stays_one(vocab):
    got = claims(vocab, "Power was restored in 1500 of the districts.", "2024-01-08")
    assert "1500" in got


@pytest.mark.parametrize("text,written,value", [
    ("That brought the number of people accounted for up to 188.", "188", 188),
    ("Divers took the number of bodies recovered so far up to 64.", "64", 64),
    ("The find brought the number of victims identified up to 31, police said.", "31", 31),
])
def test_total_brought_up_to_a_level(vocab, text, written, value):
    c = claims(vocab, text, "2021-07-02")[written]
    assert c.low == c.high == value


@pytest.mark.parametrize("text,written,unit", [
    ("Sea surface temperatures hit 29 C on Monday (84 F).", "29 C", "degree_Celsius"),
    ("Sea surface temperatures hit 29 C on Monday (84 F).", "84 F", "degree_Fahrenheit"),
    ("The lake was 12C, or 54F, at noon.", "12C", "degree_Celsius"),
    ("The lake was 12C, or 54F, at noon.", "54F", "degree_Fahrenheit"),
    ("Racers entered water at 4C (39F) at Windermere.", "4C", "degree_Celsius"),
])
def test_temperature_letters(vocab, text, written, unit):
    got = claims(vocab, text, "2024-01-08")
    assert written in got and got[written].unit == unit


def test_grade_letter_is_no_temperature(vocab):
    got = claims(vocab, "Pupils in Grade 5 C won 3 prizes.", "2024-01-08")
    assert all(c.unit is None for c in got.values())
