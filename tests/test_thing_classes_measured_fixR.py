"""A physical quantity measures the noun the text names with it, not its unit (the unit is the claim's
``unit``): the whole after the unit ("412,000 tonnes of grain"), or the noun before a measuring link
("cargo of nearly 9,000 tonnes", "waves as high as 6 metres", "winds reaching 95 mph"); a conversion in
brackets measures what the figure before it does. Where no word says what, the unit stays the thing
("burned 105,000 acres"). Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from conftest import claims_by_text, resolved_by_text


@pytest.mark.parametrize("text,quote,thing", [
    ("The port handled 412,000 tonnes of grain last year.", "412,000 tonnes", "grain"),
    ("Flames swept through 3.2 million hectares of forest.", "3.2 million hectares", "forest"),
    ("The storm dumped 14 inches of snow on the valley.", "14 inches", "snow"),
    ("The reservoirs now hold 310 million cubic meters of water.", "310 million cubic meters", "water"),
    ("Crews cleared 4,000 kilometres of roads after the floods.", "4,000 kilometres", "roads"),
])
def test_the_whole_after_the_unit_is_what_it_measures(vocab, text, quote, thing):
    assert claims_by_text(vocab, text, "2026-03-02")[quote].thing == thing


@pytest.mark.parametrize("text,quote,thing", [
    ("The freighter carried cargo of nearly 9,000 tonnes.", "nearly 9,000 tonnes", "cargo"),
    ("The cyclone whipped up waves of up to 6 metres along the coast.", "up to 6 metres", "waves"),
    ("Forecasters expect swells as high as 20 feet on Sunday.", "20 feet", "swells"),
    ("Gusts as strong as 140 km/h tore roofs off homes.", "140 km/h", "Gusts"),
    ("Hurricane watches are up, with sustained winds reaching 95 mph.", "95 mph", "winds"),
    ("The island saw winds sustained at more than 60 mph overnight.", "more than 60 mph", "winds"),
])
def test_a_noun_before_a_measuring_link_is_what_it_measures(vocab, text, quote, thing):
    assert claims_by_text(vocab, text, "2026-03-02")[quote].thing == thing


def test_a_conversion_in_brackets_measures_the_same(vocab):
    got = claims_by_text(vocab, "The blast threw debris as high as 30 feet (9 meters) into the air.", "2026-03-02")
    assert got["30 feet"].thing == "debris"
    assert got["9 meters"].thing == "debris"


def test_the_following_percentage_takes_the_measured_noun(vocab):
    got = claims_by_text(vocab, "The airline flew freight of over 90,000 tonnes, up 3.5 per cent on the year.",
                         "2026-03-02")
    assert got["over 90,000 tonnes"].thing == "freight"
    assert got["3.5 per cent"].thing == "freight"


@pytest.mark.parametrize("text,quote,thing", [
    ("The fire has burned 105,000 acres since Friday.", "105,000 acres", "acres"),
    ("The wildfire has grown to 117,000 acres, officials said.", "117,000 acres", "acres"),
    ("The creek rose 12 centimeters overnight.", "12 centimeters", "centimeters"),
])
def test_no_word_says_what_the_unit_stays(vocab, text, quote, thing):
    assert claims_by_text(vocab, text, "2026-03-02")[quote].thing == thing


@pytest.mark.parametrize("text,quote", [
    ("Gauges showed a rise of 8 centimeters at the bridge.", "8 centimeters"),        # a change, not a noun
    ("The mill shipped a total of 1,200 tonnes in May.", "1,200 tonnes"),             # a tally word
    ("The river level stood at 2 metres on Monday.", "2 metres"),                     # a verb before the link
])
def test_a_change_a_tally_or_a_verb_is_no_measured_noun(vocab, text, quote):
    thing = claims_by_text(vocab, text, "2026-03-02")[quote].thing
    assert thing not in ("rise", "total", "stood")


def test_a_measured_noun_is_kept_through_resolve(vocab):
    got = resolved_by_text(vocab, "The storm dumped 14 inches of snow on the valley.", "2026-03-02")
    assert got["14 inches"].thing == "snow"
