"""Classes of missed cross-source conflicts sorted on held-out events 16-19 (brief fixU), with sentences written
for these tests (other places, events and numbers):

1. a bare figure (no noun, no measure of its own) that restates the count the text is about gets that count's
   measure, so a quantity key: after a counting verb ("police counted 12,000, the organisers 40,000"), as a
   gapped value of a tally ("AFP puts the toll at 52, and Reuters at 48"), or judged ("he thought five
   thousand was too high"); not a part, an addition, another thing, money or a place's own figure;
2. a period in the possessive of the event ("Last week's cyclone has now killed 1,240") dates the event, not
   the count, and "which has stayed the same since" tells how long a figure held: the toll is the incident's;
3. an earlier figure told by a clause after it ("the 2,500 deaths the president had estimated a few days
   before") holds earlier (``as_of``) and stays comparable, not superseded.
"""
from __future__ import annotations

from conftest import flagged, resolved_by_text

DAY = "2023-03-10"


# -- 1. a bare figure restating the count the text is about ---------------------------------------------------

def test_a_counted_figure_takes_the_crowd_measure(vocab):
    claims = resolved_by_text(vocab, "Thousands of farmers rallied in Accra on Thursday against the new tax. "
                                     "Police counted 12,000, the organisers 40,000.", DAY)
    for text in ("12,000", "40,000"):
        assert claims[text].measure == "took part", text
        assert claims[text].quantity == claims["Thousands of"].quantity, text


def test_a_gapped_value_of_a_tally_takes_the_toll_measure(vocab):
    claims = resolved_by_text(vocab, "The landslide killed at least 40 people in Kerala, officials said. "
                                     "AFP puts the toll at 52, and Reuters at 48.", DAY)
    assert claims["48"].measure == "killed"
    assert claims["48"].quantity == claims["52"].quantity is not None
    claims = resolved_by_text(vocab, "The ferry sinking killed at least 90 people, officials said. The highest "
                                     "national toll is Ghana's, 36, followed by Togo's 20.", DAY)
    assert claims["20"].measure == "killed"


def test_a_judged_figure_takes_the_toll_measure(vocab):
    claims = resolved_by_text(vocab, "The cyclone killed at least 400 people in Mozambique, officials said. The "
                                     "president said he thought five thousand was too high, and that the "
                                     "estimate rested on rumours.", DAY)
    assert claims["five thousand"].measure == "killed"
    assert claims["five thousand"].quantity == claims["at least 400"].quantity


def test_a_restated_figure_of_another_source_is_flagged(vocab, ruleset):
    a = ("Wire A", "2023-03-10T09:00:00", "The landslide killed at least 40 people in Kerala, officials said. "
                                          "AFP puts the toll at 52, and Reuters at 48.")
    b = ("Wire B", "2023-03-10T10:00:00", "The landslide in Kerala killed 95 people, the state government said.")
    texts = {c.text for f in flagged(vocab, ruleset, a, b) for c in f.claims}
    assert "48" in texts


def test_figures_apart_from_the_count_stay_without_its_measure(vocab):
    text = ("The storm killed at least 40 people, officials said. The toll rose to 60, and 12 remain in hospital. "
            "The toll rose to 61, including 9. Police counted 300 vehicles on the bridge. "
            "The estimate put the damage at $40 million.")
    claims = resolved_by_text(vocab, text, DAY)
    assert claims["12"].quantity is None or claims["12"].measure != "killed"
    assert claims["9"].quantity is None
    assert claims["300"].measure is None and claims["300"].quantity is None
    assert claims["$40 million"].measure != "killed"


def test_an_estimated_figure_of_another_gathering_takes_no_measure_from_the_hedge(vocab):
    claims = resolved_by_text(vocab, "Thousands of students marched in Lima on Saturday. For comparison, the "
                                     "pope's visit in 2018 drew an estimated one million to 1.3 million people.", DAY)
    assert claims["one million to 1.3 million"].measure is None


def test_a_figure_its_clause_places_keeps_no_inherited_measure(vocab):
    claims = resolved_by_text(vocab, "Hundreds of thousands marched in Chile on Sunday. The organisers speak "
                                     "of 900,000 people in the capital.", DAY)
    assert claims["900,000"].measure is None and claims["900,000"].quantity is None


# -- 2. a period that dates the event, or how long a figure held ---------------------------------------------

def test_a_possessive_period_of_the_event_keeps_the_incident(vocab):
    claims = resolved_by_text(vocab, "Last week's cyclone has now killed 1,240 people in Madagascar, a civil "
                                     "defence official said.", DAY)
    assert claims["1,240"].quantity == "Madagascar/incident/people/killed"


def test_a_possessive_period_of_the_count_keeps_its_period(vocab):
    claims = resolved_by_text(vocab, "Last month's death toll in Madagascar stood at 410, officials said.", DAY)
    assert "incident" not in (claims["410"].quantity or "incident")
    claims = resolved_by_text(vocab, "Thursday's losses mean at least 42 soldiers have died in Mali in "
                                     "February, officials said.", DAY)
    assert "2023-02-01" in (claims["at least 42"].quantity or "")


def test_a_possessive_year_is_another_events(vocab):
    # a year ago is another, earlier event: its figure keeps that year, never the incident's key
    claims = resolved_by_text(vocab, "Last year's cyclone killed 215 people in Madagascar, officials said.", DAY)
    assert "incident" not in (claims["215"].quantity or "incident")
    assert "2022" in (claims["215"].quantity or "")


def test_a_figure_unchanged_since_a_day_is_of_the_incident(vocab):
    claims = resolved_by_text(vocab, "The stampede in Kano killed at least 300 people, the police said. The "
                                     "state's official figure of 188, which has stayed the same since March 2, "
                                     "is far lower.", DAY)
    assert claims["188"].quantity is not None and "incident" in claims["188"].quantity
    claims = resolved_by_text(vocab, "Since March 2, 188 people have died of cholera in Kano, officials said.", DAY)
    assert "2023-03-02" in (claims["188"].quantity or "")


def test_a_running_toll_of_last_weeks_storm_meets_its_rivals(vocab, ruleset):
    a = ("Wire A", "2023-03-10T09:00:00", "Last week's cyclone has now killed 1,240 people in Madagascar, a civil "
                                          "defence official said.")
    b = ("Wire B", "2023-03-10T08:00:00", "The United Nations put the toll of the cyclone in Madagascar at more "
                                          "than 2,000 on Friday.")
    texts = {c.text for f in flagged(vocab, ruleset, a, b) for c in f.claims}
    assert "1,240" in texts


# -- 3. an earlier figure told by a clause after it ----------------------------------------------------------

def test_a_figure_estimated_days_before_holds_earlier(vocab):
    claims = resolved_by_text(vocab, "The earthquake has killed 3,100 people in Peru, officials said. That is "
                                     "higher than the 2,400 deaths the president had estimated a few days before.",
                              "2023-03-10T09:00:00")
    told = claims["2,400"]
    assert not told.superseded
    assert told.as_of == "2023-03-07T00:00:00"
    assert told.quantity == claims["3,100"].quantity


def test_a_figure_put_out_earlier_that_day_holds_before_the_report(vocab):
    text = ("The earthquake has now killed 3,100 people in Peru, the civil defence office said. That is more than "
            "the toll of 2,460 that the civil defence office had put out earlier on Friday.")
    claims = resolved_by_text(vocab, text, "2023-03-10T09:00:00")
    assert not claims["2,460"].superseded
    assert claims["2,460"].as_of is not None and claims["2,460"].as_of < "2023-03-10T09:00:00"
    # a report without a clock time gives no earlier moment of its day: the figure holds with the report
    claims = resolved_by_text(vocab, text, "2023-03-10")
    assert claims["2,460"].as_of == claims["3,100"].as_of


def test_a_passive_earlier_figure_stays_superseded(vocab):
    claims = resolved_by_text(vocab, "The flood killed 31 people in Peru, officials said; 40 had been announced "
                                     "on Monday.", "2023-03-10T09:00:00")
    assert claims["40"].superseded
