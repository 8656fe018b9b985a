"""The audit on the evaluation sets of ../shared/eval, held to floors (skipped when absent).

The figures asserted are the ones reached so far, so a change that loses ground fails;
an issue's own floors not reached yet (issue 13: strong recall and precision 0.90 on
real events) are marked as expected failures with the figures of the day, so the day
they are reached shows as an unexpected pass; issue 14's desk floor is reached and held.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
import scorers

from conftest import ROOT, shared_path

AUDITOR = f"{sys.executable} -m auditor"


def _last_json(printed: str) -> dict:
    return json.loads(printed.strip().splitlines()[-1])


def _score_events(set_dir: str | None = None) -> dict:
    """audit_score.py's summary on the eval's events, or on a set of ours in its layout."""
    where = ["--set", str(ROOT / "benchmarks" / set_dir)] if set_dir else []
    return _last_json(scorers.score(shared_path("eval", "audit_score.py"), *where,
                                    "--claims-cmd", AUDITOR + " claims {docs} --format jsonl"))


def _score_desk(set_dir: str) -> dict:
    """desk_score.py's summary on a set of desk drafts of ours in the eval's layout."""
    return _last_json(scorers.score(shared_path("eval", "desk_score.py"), "--set", str(ROOT / "benchmarks" / set_dir)))


@pytest.fixture(scope="module")
def events():
    return _score_events()


@pytest.fixture(scope="module")
def desk():
    """The desk scorer's summary, with ``types``: found and planted per type ("arithmetic_sum: 4/4")."""
    printed = scorers.score(shared_path("eval", "desk_score.py"))
    summary = _last_json(printed)
    summary["types"] = {m.group(1): (int(m.group(2)), int(m.group(3)))
                        for m in re.finditer(r"^(\w+): (\d+)/(\d+)$", printed, re.M)}
    return summary


def test_real_events_floors_reached_so_far(events):
    # at the start of the quantities work: strong recall 0.04, precision 0.25, thing 0.51;
    # then 0.52, 0.49, 0.67 with 6 consistent pairs flagged; then 0.83, 0.53, 0.685 with 3;
    # then 0.83, 0.72 (figures a text tells as changes, parts or earlier ones, places by clause), 0.68;
    # now 0.94, 0.81 with 2 (periods said with "last" or "between ... and today", revisions "from ... to",
    # differences and ranges of estimates, earlier facts that stand, tolls country by country);
    # now 0.94, 0.83, thing 0.805 (an incident's figures compared within a week of each other, an undated
    # crowd of its report's day; a count's thing taken from context by its class);
    # now thing 0.86, precision 0.84 (people who took part in a gathering are its protesters,
    # foreigners a part of a toll, "it now stands at" the tally's level, a toll with "across X" after
    # it, a part at a named hospital named by it; not a "rally": markets rally too)
    # now 0.94, 0.88 (hedges meeting at a round figure are a note; the internally displaced of a whole war
    # are not one offensive's displaced). The 2 consistent pairs left are findings the scorer's text
    # fallback matches: a claim "64" lies inside the quote "said 4,645 ...", "three" inside "three
    # high-end hotels"; each finding is right, and covers a strong conflict.
    # now precision 0.92 (stop 22: a figure its text says is still rising, "The toll is expected to go
    # on rising", held before a higher figure of the same day: an update, not a dispute)
    assert events["claims_f1"] >= 0.96
    assert events["thing"] >= 0.86
    assert events["strong_recall"] >= 0.94
    assert events["precision"] >= 0.91
    assert events["consistent_flagged"] <= 2


@pytest.mark.xfail(reason="issue 13's floors are not reached yet: 2 consistent pairs flagged (strong recall "
                          "0.94, precision 0.92 and thing 0.86 are past their floors)", strict=False)
def test_real_events_issue_floors(events):
    assert events["strong_recall"] >= 0.90 and events["precision"] >= 0.90
    assert events["consistent_flagged"] == 0 and events["thing"] >= 0.85


def test_desk_drafts_floors_reached_so_far(desk):
    # at the start of the relations work: recall 0.18, 3 of 12 clean drafts with an error;
    # reached: every planted error found (28 of 28), no clean draft with an error
    assert desk["run_errors"] == 0
    assert desk["recall"] >= 1.0
    assert desk["false_alarms"] == 0


def test_desk_drafts_issue_floor(desk):
    # issue 14: recall 0.90, every type 3 of 4, at most 1 of the 12 clean drafts with an error
    assert desk["recall"] >= 0.90
    assert len(desk["types"]) == 7 and all(found >= 3 for found, _ in desk["types"].values()), desk["types"]
    assert desk["false_alarms"] <= 1


# The held-out sets: real events (benchmarks/events_heldout*) and desk drafts written from scratch
# (benchmarks/desk_heldout*), each scored once before any code changed for it (its first score, in
# the comment), then worked against with sentences of our own (tests/test_*_classes_*.py and others):
# the floors are the figures reached since. From its first change on a set is a dev set, no longer
# unseen; the first scores are the honest measure of how the audit does on coverage it has not seen.
# events: claims F1, strong recall and precision at least; consistent pairs flagged at most.
EVENTS_REACHED = {
    # four real events. First: strong recall 0.50, precision 0.31, 3 consistent pairs flagged
    "events_heldout": {"claims_f1": 0.97, "strong_recall": 1.0, "precision": 0.93, "consistent_flagged": 1},
    # four real events. First: 0.125, 0.143, 2 flagged
    "events_heldout2": {"claims_f1": 0.93, "strong_recall": 0.75, "precision": 1.0, "consistent_flagged": 0},
    # a crush, a quake, a collapse, a march (stop 17). First: 0.067, 0.056, 5 flagged. Open: a
    # sub-event's toll within a disaster's, parts told as a fall, a live report's earlier sections; two
    # of the flagged are crowd findings that list two of the police's agreeing statements. Stop 27:
    # precision 0.43, 1 flagged (a figure not blamed first when its rivals hold one authority's update).
    # Stop 28: 0.375, a false alarm the desk round's hedged-against-register rounding brought (a paper's
    # own "more than 800" against a hospital's 790, a bound broken by another source's count). Stop 29:
    # 0.43 again (a hedge that fits one precise count of its quantity, the 803, is fair)
    "events_heldout3": {"claims_f1": 0.93, "strong_recall": 0.73, "precision": 0.42, "consistent_flagged": 1},
    # a quake, a cyclone over three countries, an airlift, weekly protests (stop 18). First: 0 of 3, 0.
    # Open: a source named with a number at a sentence's start, arrests at two protests months apart
    "events_heldout4": {"claims_f1": 0.95, "strong_recall": 0.99, "precision": 0.8, "consistent_flagged": 0},
    # Belgrade protest 2025, Hajj heat deaths 2024, Cyclone Mocha, Pakistan floods 2022 (stop 19). First:
    # 2 of 8, 0.29. Open: a crowd given as "the turnout" alone; a temperature change converted
    # Stop fixA5: a later count below a third of one authority's earlier toll is a part's (monotonic's
    # part_ratio): the junta's "three" after "at least 41" no longer falls: precision 0.8
    "events_heldout5": {"claims_f1": 0.91, "strong_recall": 0.87, "precision": 0.8, "consistent_flagged": 1},
    # Soma mine fire 2014, Valencia floods 2024, Valparaiso fires 2024 (stop 20). First: 6 of 11, 0.31,
    # 5 flagged. Stop 23: 9 of 11, 0.56 ("N of them had been rescued" the rescued total; a head count a
    # crowd's size). Open: "133 have been identified" read as a toll; "backed by 5,000 police"
    "events_heldout6": {"claims_f1": 0.91, "strong_recall": 0.81, "precision": 0.74, "consistent_flagged": 1},
    # Hathras crush 2024, Brumadinho dam 2019, Ikoyi tower 2021, Yellowknife evacuation 2023 (stop 20).
    # First: 1 of 7, 0.10, 2 flagged. Stop 23: 3 of 7 (a venue "meant for only N" its capacity, people
    # permitted). Open: storeys approved vs built ("a 21-storey building" is no claim yet)
    "events_heldout7": {"claims_f1": 0.89, "strong_recall": 0.42, "precision": 0.6, "consistent_flagged": 0},
    # Sewol ferry 2014, Mocoa mudslide 2017, Ahr floods 2021 (stop 21). First: 4 of 6, 0.27, 7 flagged.
    # Open: missing counts of two days
    "events_heldout8": {"claims_f1": 0.92, "strong_recall": 0.99, "precision": 0.85, "consistent_flagged": 1},
    # Genoa bridge 2018, Barcelona Diada 2017, Thai cave rescue 2018 (stop 22). First: 1 of 14, 0.0, 2
    # flagged. The 4 flagged now: two crowd findings each name both "about a million" figures (paired
    # as consistent by the gold), and the scorer's text fallback puts a bare "38" inside another quote
    "events_heldout9": {"claims_f1": 0.81, "strong_recall": 0.99, "precision": 0.19, "consistent_flagged": 3},
    # March for Our Lives 2018, Sulawesi tsunami 2018, Chile miners 2010 (stop 23). First: claims F1
    # 0.81, strong recall 4 of 7, precision 0.09, 5 flagged. Then 6 of 7, 0.60, 1 flagged (a place's
    # share "alone" above the whole; a crowd at a named ceremony its own quantity; turnouts expected)
    "events_heldout10": {"claims_f1": 0.81, "strong_recall": 0.85, "precision": 0.6, "consistent_flagged": 1},
    # French strike turnout 2019 (unions vs the ministry, one figure printed three ways), Grenfell 2017
    # (a toll rising 6 -> 30 -> 58 -> 79 beside "more than 100" put to the police), the Hudson landing
    # 2009 (no-conflict control); 14 reports (stop 24). First: claims F1 0.88, strong recall 4 of 15,
    # precision 0.54, 2 flagged. Then 15 of 15, 1.0, none flagged (rival turnouts one quantity; talk
    # put to an official no toll; bodies a part of the dead; passengers apart from everyone aboard)
    "events_heldout11": {"claims_f1": 0.87, "strong_recall": 0.99, "precision": 0.99, "consistent_flagged": 0},
    # Camp Fire 2018 (a toll rising 23 -> 83, the missing list narrowed), the Paris unity march 2015
    # (ministry, Paris and elsewhere counts), Qantas QF32 2010 (no-conflict control); 15 reports (stop 25).
    # First: claims F1 0.93, strong recall 0 of 3, precision 0 (7 findings), 3 flagged. Then 3 of 3, 0.33, 2
    # flagged (the still missing from open reports; one attack's toll apart from the series'; a crowd
    # over a weekend; "elsewhere" the rest of a country; passengers beside the crew)
    "events_heldout12": {"claims_f1": 0.92, "strong_recall": 0.99, "precision": 0.33, "consistent_flagged": 2},
    # the Texas blackout 2021 (people and homes without power), the Surfside collapse 2021 (a toll rising
    # 1 -> 20, the missing list narrowed), Southwest 1380 2018 (no-conflict control); 14 reports (stop 26).
    # First: claims F1 0.89, strong recall 0 of 1, precision 0 (3 findings), none flagged. Then 1 of 1,
    # precision 1.0 (a state's count that falls later an update; a report's own earlier figures its
    # timeline; outages a measure; model designations and flight numbers no counts)
    "events_heldout13": {"claims_f1": 0.93, "strong_recall": 0.99, "precision": 0.99, "consistent_flagged": 0},
    # the Women's March 2017 (city crowds by organisers, officials and analysts), the Amatrice earthquake
    # 2016 (a toll rising 241 -> 290, by province and town), Ethiopian 302 2019 (no-conflict control); 14
    # reports (stop 26), kept unseen by this stop's fixes. First: claims F1 0.93, strong recall 0 of 9,
    # precision 0 (13 findings), 5 consistent pairs flagged. After the stop's fixes on other sets: claims
    # F1 0.95, 4 flagged, strong recall and precision still 0. Then, from its own errors (a march named as
    # an event no month; people who "turned out" for a gathering took part): strong recall 3 of 9,
    # precision 0.14. Stop 27 (a city's crowd keyed to the city; turnout at a gathering its crowd; a crowd
    # expected; passengers and crew, a nationality, a town's toll parts not rivals): 9 of 9, precision
    # 0.50, 2 flagged. Stop 29 (places within a country named after it, a toll per place no running total):
    # precision 0.57
    "events_heldout14": {"claims_f1": 0.95, "strong_recall": 0.99, "precision": 0.57, "consistent_flagged": 2},
    # the yellow vests' fourth Saturday 2018 (turnout, arrests, custody), the Lombok earthquake 2018 (a toll
    # rising 98 -> 259 beside a minister's 319), Germanwings 9525 2015 (no-conflict control); 14 reports
    # (stop 27), kept unseen by this stop's fixes. First: claims F1 0.94, strong recall 0 of 7, precision
    # 0.125 (8 findings), 3 consistent pairs flagged. After the stop's fixes made on other sets: claims
    # F1 0.94, every audit figure the same. Stop 28, from its own reports (an earlier quake's toll its own;
    # "only N confirmed" a rival; a weekday with its date; "17 on the police side"; an evening's crowd
    # against the next day's recount): strong 6 of 7, but precision 0 and 2 pairs flagged: its findings
    # name one report's two agreeing figures of two sources together (split apart, precision was 0.80, but
    # the split repeats a blamed figure's finding per report: not kept, see docs/quantities.md)
    # Stop 30 (fixJ: a country named only in the name of one of its bodies abroad, "the U.S. Geological
    # Survey", places no figure): the 29 July toll 16 vs 17 found, strong 7 of 7, precision 0.25
    "events_heldout15": {"claims_f1": 0.94, "strong_recall": 1.0, "precision": 0.25, "consistent_flagged": 2},
    # the Puebla earthquake 2017 (a toll rising 217 -> 324, states' figures against each other), Hurricane
    # Irma's power outages 2017 (homes and businesses without power by utility, state and day), Air France
    # 447 2009 (no-conflict control); 14 reports (stop 28), kept unseen by this stop's fixes. First: claims
    # F1 0.92, strong recall 0 of 3, precision 0 (20 findings), 5 consistent pairs flagged. After the
    # stop's fixes made on other sets: the same. Stop 29 (fixed on: a state or capital named after its country,
    # a place as subject with an aside, two places' tolls no running total, a breakdown list belongs to its
    # count, coordinated groups no part and whole, outages of different moments no rounding): strong 1 of 3,
    # precision 0.20, none flagged
    # Stop 30 (fixJ: figures resolve keys apart are no restatement of one quantity): precision 0.25
    "events_heldout16": {"claims_f1": 0.91, "strong_recall": 0.33, "precision": 0.25, "consistent_flagged": 0},
    # Cyclone Idai 2019 (tolls rising over a week in two countries), the People's Vote marches of 2018-19
    # (organisers against the GLA), Lion Air 610 2018 (no-conflict control); 14 reports (stop 29), written
    # unseen at the start of the stop. First: claims F1 0.93, strong recall 1 of 5, precision 0.16 (19
    # findings), 8 consistent pairs flagged. After the stop's fixes made on other sets: the same
    # Stop 30 (fixJ, made without this set: bodies abroad place no figure; figures resolved to places apart
    # are no restatement of one): precision 0.167, 7 consistent pairs flagged
    # Stop 31 (fixL: a petition's names are no crowd, "had at first given" an earlier figure): 6 flagged
    # Stop 33 (fixV: a past event's line, "Poll Tax, 31 March 1990. ...", and "the previous march", "the October
    # rally" key their figures by that event's period): precision 0.2, 1 flagged
    "events_heldout17": {"claims_f1": 0.93, "strong_recall": 0.2, "precision": 0.2, "consistent_flagged": 1},
    # Typhoon Haiyan 2013, the Bersih 4 rally 2015, the Las Vegas shooting 2017 (stop 30, written unseen at
    # its start; 14 reports, 16 strong conflicts). First: strong 5 of 16, precision 0.14, 3 consistent pairs
    # flagged, claims F1 0.886. Stop 31 (fixP: a number written as a version or with a possessive after a
    # name, "Bersih 4.0's", is part of the name, no count): claims F1 0.902, precision 0.158. Stop 33 (fixU: a
    # bare figure judged or counted takes the text's measure, "Last week's typhoon" dates no count, a figure
    # "had estimated a few days before" holds earlier): strong 8 of 16, precision 0.286. Then (a group noun in
    # a speaker's title is no thing: "the regional police chief, Elmer Soria, said ... about 10,000 deaths"
    # counted police): strong 9 of 16, and one finding more that the scorer matches to a consistent pair (the
    # governor's 10,000 for the province, set against the president's national figures: places, still open)
    # fixH4 ("a death figure of 2,000 to about 2,500": the span's second end has its first's measure): 0.318
    "events_heldout18": {"claims_f1": 0.9, "strong_recall": 0.56, "precision": 0.31, "consistent_flagged": 4},
    # the Kerala floods 2018 (a toll counted over two periods), the anti-Rousseff marches of 13 March 2016
    # (Datafolha, police and organisers), the Mina stampede 2015 (the Saudi toll against the wires' counts);
    # 14 reports (stop 31, written unseen at its start; 19 strong conflicts). First: strong 2 of 19,
    # precision 0.30, 2 consistent pairs flagged, claims F1 0.94. Stop 33 (fixV: a day's share of a running
    # total, "106 lost their lives on Thursday alone", leaves the total's key; fixU: gapped values of a tally,
    # "and BBC Monitoring's at 1,216", take its measure; "which has stayed the same since" dates no count):
    # strong 6 of 19, precision 0.44. fixG3 (two authorities' figures in two reports apart as stated are no
    # rounding: "about 5 million" in one paper against 1.2 million in another is agreement's): 0.50
    "events_heldout19": {"claims_f1": 0.93, "strong_recall": 0.31, "precision": 0.5, "consistent_flagged": 2},
    # the Karachi heatwave 2015 (a toll rising over days), the South African unrest of July 2021 (arrests and
    # deaths by province and nationally), the Mogadishu truck bombing 2017; 15 reports (stop 32, written
    # unseen at its start; 13 strong conflicts). First: strong 1 of 13, precision 0.12, 4 consistent pairs
    # flagged, claims F1 0.95. Stop 34 (fixC2: "Nearly 400 more people were hurt" after the toll, in the
    # sentence before, counts the injured, no addition; the lead's open period of the event, "266 over the
    # last three days" against "over 350 within two days"): together strong 5 of 13, precision 0.25, one more
    # consistent pair (Dawn's 120 and 92 News' 266, both listed against the Tribune's 70)
    # Stop fixA5: two floors one text gives to two sources ("more than 100", the officials' "More than 120")
    # are no unfair rounding: precision 0.31
    "events_heldout20": {"claims_f1": 0.95, "strong_recall": 0.38, "precision": 0.31, "consistent_flagged": 5},
    # the Kerman bombings 2024 (the injured counted by several services), the Kazakh unrest of January 2022
    # (detentions, not a toll), the Shakahola cult deaths 2023 (bodies exhumed over days); 14 reports (stop 33,
    # written unseen at its start; 11 strong conflicts). First: strong 1 of 11, precision 0.44, 2 consistent
    # pairs flagged, claims F1 0.88 (distances and durations read as claims, "one" counted)
    # Stop 34 (transfer set of the round, aggregate only; the open period of the event, 17ec239): strong 2 of
    # 11, precision 0.50. fixG3 (a later text's lower figure stated twice is one fall, one finding): 0.55.
    # fixH4 (a number of a phrase's noun, "from the two explosions", no barrier to the toll's measure; "from
    # 95 to 84" one measure): strong 5 of 11
    "events_heldout21": {"claims_f1": 0.87, "strong_recall": 0.45, "precision": 0.55, "consistent_flagged": 2},
    # the Mangaf building fire in Kuwait 2024 (a toll by nationality, residents and workers), the Ceuta influx
    # of May 2021 (arrivals and returns, not a toll), the Tianjin explosions 2015; 15 reports (stop 34, written
    # unseen at its start; 7 strong conflicts). First: strong 2 of 7, precision 0.27, no consistent pair
    # flagged, claims F1 0.90. The open-period key of the event (17ec239) added one finding no gold conflict
    # matches: precision 0.25 (seen by the lead in this test's failure; the set's files unread)
    "events_heldout22": {"claims_f1": 0.89, "strong_recall": 0.28, "precision": 0.25, "consistent_flagged": 0},
    # the Kallakurichi hooch poisoning 2024 (a toll rising over days), arrests in Bangladesh's quota unrest 2024,
    # the Freetown tanker explosion 2021; 15 reports (end of stop 34, written unseen for the next round; 5 strong
    # conflicts). First: strong 3 of 5, precision 0.0 (12 findings: 6 match no conflict, 6 list both figures of
    # a consistent pair), 6 consistent pairs flagged, claims F1 0.94
    "events_heldout23": {"claims_f1": 0.93, "strong_recall": 0.6, "precision": 0.0, "consistent_flagged": 6},
    # the Usindiso building fire, Johannesburg 2023 (a toll rising over days), arrests in New Caledonia's riots
    # of May 2024, the Tlahuelilpan pipeline explosion 2019; 15 reports (start of stop 35, written unseen for the
    # round after it; 8 strong conflicts). First, at 826a5f2: strong 1 of 8, precision 0.1 (10 findings), 3
    # consistent pairs flagged, claims F1 0.92
    "events_heldout24": {"claims_f1": 0.92, "strong_recall": 0.125, "precision": 0.1, "consistent_flagged": 3},
    # the Hpakant jade-mine landslide 2020 (a toll rising through the day; rival tolls of the 2015 slide), the
    # Lampedusa arrivals of September 2023 (not a toll), the Kabul airport bombing 2021; 14 reports (start of
    # stop 36, written unseen for the round after it; 9 strong conflicts). First, at 393ac02: strong 0 of 9,
    # precision 0.0 (5 findings), 3 consistent pairs flagged, claims F1 0.875
    "events_heldout25": {"claims_f1": 0.87, "strong_recall": 0.0, "precision": 0.0, "consistent_flagged": 3},
    # the Kiss nightclub fire, Santa Maria 2013 (a toll rising over days), the Owo church attack 2022, the Fort
    # McMurray wildfire evacuation 2016 (not a toll); 15 reports (start of stop 37, written unseen for the round
    # after it; 15 strong conflicts). First, at 6fb7499: strong 5 of 15, precision 0.33 (6 findings), 1
    # consistent pair flagged, claims F1 0.92
    "events_heldout26": {"claims_f1": 0.92, "strong_recall": 0.33, "precision": 0.33, "consistent_flagged": 1},
    # the Amasra coal-mine explosion 2022 (a toll rising over days), the Taal volcano evacuation 2020 (not a
    # toll), the Sitakunda container-depot fire 2022 (a toll revised down); 14 reports (start of stop 38, written
    # unseen for the round after it; 16 strong conflicts). First, at 4403d0a: strong 9 of 16, precision 0.08
    # (12 findings), 7 consistent pairs flagged, claims F1 0.89
    "events_heldout27": {"claims_f1": 0.89, "strong_recall": 0.56, "precision": 0.08, "consistent_flagged": 7},
}
# desk drafts: planted errors found (of the set's count) at least; no clean draft with an error, or at
# most the number a new set opened with (a third figure) until a fix brings it to none
DESK_REACHED: dict[str, tuple[int, ...]] = {
    # 24 drafts. First: 7 of 14, 2 of 10 clean drafts flagged
    "desk_heldout": (14, 14),
    # 28 drafts, 9 types (the eval's 7, unit and change mismatches). First: 6 of 18, 2 of 10 flagged
    # fixF2 (a headline figure is the lead's figure of its unit): 15 of 18
    "desk_heldout2": (15, 18),
    # 26 drafts (stop 17). First: 6 of 18, 1 of 8 flagged
    "desk_heldout3": (18, 18),
    # 26 drafts: courts, rail, retail, health. First: 8 of 18, 3 of 8 flagged
    "desk_heldout4": (18, 18),
    # 26 drafts: aviation, insurance, mining, film. First: 8 of 18, 2 of 8 flagged. Open: a part before
    # its whole "in all"
    "desk_heldout5": (17, 18),
    # 26 drafts: wildlife, waste, broadband (stop 20). First: 9 of 18, 1 of 8 flagged. Open: a part in a
    # smaller area, "trees put in the ground", a count named again with another noun
    "desk_heldout6": (16, 18),
    # 26 drafts: ambulances, care homes (stop 21). First: 8 of 18 (7 honestly), 2 of 8 flagged. Open: a
    # figure restated inside another speaker's quote
    "desk_heldout7": (17, 18),
    # 26 drafts: zoos, transplants, wildfires (stop 22). First: 5 of 18, 1 of 8 flagged
    # fixE4 (a complete breakdown told in a sentence of its own, its whole beside it): 15 of 18
    "desk_heldout8": (15, 18),
    # 26 drafts: mountain rescue, ferries, food banks, e-scooters (stop 23). First: 8 of 18, none flagged.
    # Then 16 of 18 ("N of the total", parts closed by "the remaining N", shares ending "the remaining
    # three in ten", "a check of N found M", one running total "by Sunday" and "since"). Open: "1.1m"
    # read as 1.1 in a draft; "almost 2m" against 2.14 million
    # fixK: parts counted ahead ('Only three companies hold licences'): 17 of 18
    "desk_heldout9": (17, 18),
    # 26 drafts: rat call-outs, cable cars, sheepdog trials, planetariums (stop 24). First: 10 of 18,
    # none flagged. Then 16 of 18 ("M of them" opening a sentence, "the other N", "the rest", a change
    # across two sentences, "0.3m"), then 17 (a headline change "up by half" or in per cent recomputed).
    # Then 18 (stop 25: the amount before "with the remainder" a part)
    "desk_heldout10": (18, 18),
    # 26 drafts: repair cafes, fireworks, regattas, hedgehog hospitals, wool auctions (stop 25). First: 7
    # of 18, 1 of 8 clean drafts flagged ("9,800 items, most of them surplus from two supermarkets").
    # Then 15 of 18, none flagged ("N of those NOUN", a share closing a part's clause, counts opening
    # clauses after a count, "with the remainder", "the total had climbed to", "40,000-pound grant")
    # fixK: one figure at one scale ('Almost 40 floats' / 46; 'About 3m euros' / 2.35 million): 17 of 18
    "desk_heldout11": (17, 18),
    # 26 drafts: share offers, sheep shearing, chilli festivals, tide mills, bell ringers (stop 26). First:
    # 6 of 18, none flagged. Then 16 of 18 ("an extra N" after a change's ends; a breakdown closed by "the
    # other K"; an amount's sources summed; shares after a fraction naming their base; "That is N%"
    # recomputed; a running total "had grown to"; temperatures in C and F)
    # fixX: a running total since a start told again "in total" by another body: 17 of 18
    # fixM4 (a figure told as "N of the NOUN" is a part of the group figure told before it): 18 of 18
    "desk_heldout12": (18, 18),
    # 26 drafts: public finance, crime, elections, company results, rail, exams (stop 26). First: 6 of
    # 18, 1 of 8 clean drafts flagged (a headline's "passes 1,300" against an earlier figure); the same
    # after the stop's fixes made on other sets. Stop 27 (a share a sentence after its part and base; shares
    # of one base over sentences; a change whose ends carry their own times; "N of those <noun>"; a
    # running total "so far"; a headline's "passes N"): 13 of 18, none flagged
    # fixK: one figure at one scale (a hedged sum or count and the one precise one near it): 15 of 18
    # fixF2 (a headline's "9.4m" is millions, compared with the lead): 16 of 18
    # fixM4 (a figure told as "N of the NOUN" is a part of the group figure told before it): 17 of 18
    "desk_heldout13": (17, 18),
    # 26 drafts: budgets, prisons, housing starts, tax, broadband, road deaths, offshore wind, turnout
    # (stop 27), kept unseen by this stop's fixes. First: 8 of 18, 2 of 8 clean drafts flagged (a week's
    # new cases read as a whole of the season's; two taxes read as one quantity stated twice). After the
    # stop's fixes made on other sets: the same (a third false alarm they brought, an overall rate set
    # against one subject's part and base, fixed). Then, from its own drafts (a change after a long noun
    # phrase; "rose by D, to Y" with the old level a sentence later; amounts split by source in brackets;
    # shares told sentence by sentence; "N out of M"; "the population included N"; two taxes apart):
    # 14 of 18, 1 of 8 clean drafts flagged. Stop 28 (a part as an aside paragraphs before its whole;
    # parts by ordinal quarter; hedged figures against a register's; a week's new cases no whole of a
    # season's): 18 of 18, none flagged
    "desk_heldout14": (18, 18),
    # 26 drafts: waiting lists, catch limits, flight delays, vote shares, rail, bank profit, flu, courts,
    # VAT (stop 28), kept unseen by this stop's fixes. First: 8 of 18, none flagged. Stop 29 (fixed on: "Of that
    # limit", a drop with its start in the next sentence, "N per cent fewer than the M", a headline's thing as
    # the body's verb, an update announced the sentence before): 12 of 18, none flagged
    # fixK: parts counted ahead ('one of three causes'): 13 of 18
    "desk_heldout15": (13, 18),
    # 26 drafts: tax receipts, courts, turnout, budgets, vaccination, broadband, exams, crime, airports,
    # wildfires, fisheries, housing, energy, rail (stop 29, written unseen at its start). First: 9 of 18,
    # 2 of 8 clean drafts flagged (a postal-vote fifth read as the turnout; 25F against "minus 4C"). After the
    # stop's fixes made on other sets: the same. fixM (from its own drafts: "N of them" after a duration; a
    # named-back breakdown after a colon; "up from X%" beside a run of shares; "the last 500 million"; a share
    # "of them" after a pair; "minus 4C (25F)"; "from A in the third quarter of last year to B ..., an
    # improvement of N points"): 13 of 18, none flagged
    # fixX: an area burned "this season" as a running total: 14 of 18
    # fixF2 (a headline figure is the lead's figure of its unit): 15 of 18
    "desk_heldout16": (15, 18),
    # 26 drafts, 2 planted of each of 9 types (the eval's 7, unit and change mismatches), 8 clean: public
    # finance, company results, elections, health, education, transport, housing, sport, energy, crime
    # (stop 30, written unseen at its start). First: 4 of 18, 1 of 8 clean drafts flagged (a count said
    # to be corrected for double counting read as a running total that falls). Stop Q: none flagged (the
    # correction is the pair's, whichever figure carries its word)
    # fixX: "Within that number were N" a part of the count before: 5 of 18
    # fixF2 (headline lead figure; a share told after its part and whole; "cut" a revision only of a figure):
    # 9 of 18
    # fixK3 (a change told alone, its two ends set against each other in the next sentence): 10 of 18
    # fixE4 (a complete breakdown told in a sentence of its own, its whole beside it): 11 of 18
    # fixE4 (shares of one base told over sentences with any verb, said to be parts apart): 12 of 18
    "desk_heldout17": (12, 18),
    # 26 drafts, 2 planted of each of 9 types, 8 clean: 14 beats, no tolls (stop 31, written unseen at its
    # start). First: 8 of 18, 3 of 8 clean drafts flagged (a corrected yearly count read as a running total
    # that fell; "more than doubled" for x2.16; a share of all workers checked against a part-time count).
    # Stop Q (fixes made without the set, its aggregate read only): 2 of 8 flagged
    # fixX (parts "among those NOUN", "the largest group among them"; a bound broken; a running total "have now
    # been" by another body; semicolon shares; a share "of all visitors" of the count, not the money): 13 of 18,
    # 1 of 8 flagged
    # fixF2 (headline lead figure and bound; a share told after its part and whole): 15 of 18, 1 flagged
    # fixE4 (shares of two bases beside one pair: no share of it): 15 of 18, none flagged
    "desk_heldout18": (15, 18),
    # 26 drafts, 2 planted of each of 9 types, 8 clean, no tolls (stop 32, written unseen at its start).
    # First: 7 of 18, 1 of 8 clean drafts flagged (next October's third step of a wage read against the
    # headline's rate now)
    # fixF2 (a share opened on "That was"; hedges "getting on for"): 9 of 18, 1 flagged
    # fixK3 (a running total told by another body on a later weekday or in an update): 11 of 18, 1 flagged
    # fixE4 (a complete breakdown told in a sentence of its own, its whole beside it): 12 of 18, 1 flagged
    # fixE4 (a headline figure the lead states is the body's, whatever later step is told): 12 of 18, none flagged
    "desk_heldout19": (14, 18),
    # fixG5 (a list closed by its whole after a comma, 'a haul of 41'): 14 of 18, none flagged
    # 26 drafts, 2 planted of each of 9 types, 8 clean, 14 beats, no tolls (stop 33, written unseen at its
    # start). First: 7 of 18, no clean draft flagged
    # fixF2 (fixes made without the set, its aggregate read only): 9 of 18, none flagged
    # fixK3 (a change told alone, its two ends set against each other in the next sentence): 10 of 18
    # fixE4 (a complete breakdown told in a sentence of its own, its whole beside it): 11 of 18
    # fixM4 (a figure told as "N of the NOUN" is a part of the group figure told before it): 13 of 18
    "desk_heldout20": (13, 18),
    # 26 drafts, 2 planted of each of 9 types, 8 clean, 14 beats, no tolls (stop 34, written unseen at its
    # start). First: 6 of 18, 2 of 8 clean drafts flagged (two different counts of jobseekers; a rise per year
    # and per week read as one figure stated twice)
    # fixO3 (same_as by mechanism: a bare round count restates no figure by its noun alone; rates of two
    # periods are two quantities; aggregate read only): 6 of 18, 1 flagged
    # fixE4 (a complete breakdown told in a sentence of its own, its whole beside it): 8 of 18, 1 flagged
    # fixE4 (shares of one base told over sentences with any verb, said to be parts apart): 9 of 18, 1 flagged
    # fixE4 (an amount and its rate per week are two quantities, not one restated): 9 of 18, none flagged
    "desk_heldout21": (11, 18),
    # fixG5 (a level a change reached opens a running total a later bulletin falls from): 11 of 18, none flagged
    # 26 drafts, 2 planted of each of 9 types, 8 clean (end of stop 34, written unseen for the next round).
    # First: 8 of 18, no clean draft flagged
    # after this round's merges (fixJ3, fixG3, fixK3; the set unseen by them), scored once at fixK3's merge: 9 of 18
    "desk_heldout22": (15, 18),
    # fixG5 (a list closed by its whole after a comma, 'for a national crop of'): 15 of 18, none flagged
    # 26 drafts, 2 planted of each of 9 types, 8 clean, 14 beats (start of stop 35, written unseen for the round
    # after it). First, at 826a5f2: 7 of 18, 2 of 8 clean drafts flagged
    # fixO3 (a bare round count tied by its noun alone is no rounding of another; rates of two periods are two
    # quantities), the set unseen by its author, scored once at the merge: 1 of 8 clean drafts flagged
    # stop 36, fixM4 ('N of the NOUN' a part of the group figure told before it), scored once at the merge: 8 of 18
    "desk_heldout23": (8, 18, 1),
    # 26 drafts, 2 planted of each of 9 types, 8 clean, 14 beats (start of stop 36, written unseen for the round
    # after it). First, at 393ac02: 9 of 18, no clean draft flagged; stop 37, fixC5 (a rate set off after 'N of
    # the NOUN' is the part's share of its group; a level set against its own past is a change), scored once at the
    # merge: 10 of 18
    "desk_heldout24": (10, 18),
    # 26 drafts, 2 planted of each of 9 types, 8 clean, 14 beats (start of stop 37, written unseen for the round
    # after it). First, at 6fb7499: 7 of 18, no clean draft flagged; fixC5, scored once at the merge: 8 of 18
    "desk_heldout25": (8, 18),
    # 26 drafts, 2 planted of each of 9 types, 8 clean, 14 beats (start of stop 38, written unseen for the round
    # after it). First, at 4403d0a: 8 of 18, 3 of 8 clean drafts flagged
    "desk_heldout26": (8, 18, 3),
}


@pytest.mark.parametrize("set_dir", sorted(EVENTS_REACHED, key=lambda name: (len(name), name)))
def test_held_out_events_keep_the_figures_they_reached(set_dir):
    result, reached = _score_events(set_dir), EVENTS_REACHED[set_dir]
    low = {k: result[k] for k in ("claims_f1", "strong_recall", "precision") if result[k] < reached[k]}
    assert not low, (low, result)
    assert result["consistent_flagged"] <= reached["consistent_flagged"], result


@pytest.mark.parametrize("set_dir", sorted(DESK_REACHED, key=lambda name: (len(name), name)))
def test_held_out_desk_drafts_keep_the_figures_they_reached(set_dir):
    result = _score_desk(set_dir)
    found, planted, *flagged = DESK_REACHED[set_dir]
    assert result["run_errors"] == 0
    assert result["recall"] >= found / planted - 1e-4, result
    assert result["false_alarms"] <= (flagged[0] if flagged else 0), result


def test_scoring_in_process_gives_what_the_command_line_gives():
    """The floors above are scored in this process (``tests/scorers.py``); the scorer run as users run it,
    one auditor process per event, must give the same figures."""
    set_dir = ROOT / "benchmarks" / "events_heldout17"
    scorer = shared_path("eval", "audit_score.py")
    command_line = subprocess.run([sys.executable, str(scorer), "--auditor", AUDITOR, "--set", str(set_dir)],
                                  capture_output=True, text=True, timeout=600)
    assert command_line.returncode == 0, command_line.stderr[-500:]
    assert _last_json(command_line.stdout) == _score_events("events_heldout17")
