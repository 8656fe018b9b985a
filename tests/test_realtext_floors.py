"""Extraction on the real-text set (benchmarks/realtext: real reports across beats, rewritten,
with claim gold) held to issue 15's floors: claims F1 0.95, thing 0.85, measure, when and
according_to 0.90. Scored by ../shared/eval/score.py (skipped when absent), the claims made
in this process by the path `auditor claims --format jsonl` takes."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from conftest import shared_path

ROOT = Path(__file__).resolve().parent.parent
FLOORS = {"thing": 0.85, "measure": 0.90, "when": 0.90, "according_to": 0.90}


def _eval_suites():
    spec = importlib.util.spec_from_file_location("eval_suites", ROOT / "benchmarks" / "eval_suites.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("eval_suites", module)
    spec.loader.exec_module(module)
    return module


def _score(folder: str) -> dict:
    """score.py's figures on a folder of ours under benchmarks/, claims made in this process."""
    shared_path("eval", "score.py")
    suites = _eval_suites()
    score = suites.load_scorer()
    score.run_tool = lambda cmd, docs: suites.in_process(docs)
    return score.score_gold_folder(ROOT / "benchmarks" / folder, suites.CMD)


def _assert_reached(result: dict, reached: dict[str, float]) -> None:
    low = {f: result[f] for f, floor in reached.items() if result[f] < floor}
    assert not low, [e for e in result["field_errors"] if e.split(":")[0] in low]


# The held-out sets, each scored once before any code changed for it (its first score, in the
# comment), then worked against with sentences of our own: the floors are the figures reached since
# (claims F1 and interval 0.99 on every one). Below issue 15's floors where they are lower.
# Fix I (the thing of levels, rates and statistics read from the clause, extract/statistic.py; worked on
# realtext and heldout10-14, heldout15 read in aggregate only) raised thing on every set to the floors below:
# heldout10 0.66 -> 0.77, heldout11 0.75 -> 0.82, heldout12 0.66 -> 0.72, heldout13 0.60 -> 0.66, heldout14
# 0.71 -> 0.80, heldout15 0.57 -> 0.61 (0.6176), heldout2-9 by 0.01-0.05
# (tests/test_extract_classes_statistic_fixI.py).
# fixJ4 (thing by mechanism: level verbs and hedge verbs join a statistic's subject, a poll item named by its own
# item, a rate or amount after its thing's figure with only times, places and links between): thing raised on
# heldout4, 6, 7, 9, 14-18, 20 and 21 (transfer, aggregate only) to the floors below
# (tests/test_thing_mechanisms_level_verbs.py, tests/test_thing_mechanisms_carried_figure.py).
HELD_OUT_REACHED = {
    # 16 reports written after the rule work (stop 17). First: F1 0.926, thing 0.53, measure 0.84,
    # when 0.57, according_to 0.62 (tests/test_scope_of_unseen_phrasing.py).
    # fixE2 (lede's city or people as place, its organisation as source; carried): according_to 0.925
    # fixJ3 (thing/measure mechanisms: a cleared "people" guess and a part's measure given back, listed items named by
    # their preposition; benchmarks/thing_mechanisms.py): measure 0.917 -> 0.944
    "realtext/heldout2": {"thing": 0.88, "measure": 0.94, "when": 0.79, "where": 0.77, "according_to": 0.92},
    # 16 reports across beats. First (gold as corrected): F1 0.974, thing 0.46, measure 0.60, when 0.67,
    # where 0.47, according_to 0.60 (tests/test_scope_of_report_phrasing.py).
    # fixR (a measured quantity's noun, not its unit; a comparison with an earlier time and a figure listed after a
    # change are changes; a party "on" its share across an aside; a period after a statistic): see the commit log
    # fixE2 (lede's city or people as place, its organisation as source; carried): where 0.941
    "realtext/heldout3": {"thing": 0.85, "measure": 0.98, "when": 0.87, "where": 0.94, "according_to": 0.99},
    # 16 reports across beats. First (gold as corrected): F1 0.998, thing 0.63, measure 0.87, when 0.43,
    # where 0.47, according_to 0.76 (tests/test_when_periods_and_comparison_bases.py,
    # test_subjects_and_changes_of_rates.py, test_where_datelines_lists_and_there.py,
    # test_sources_named_in_full_and_after_figures.py).
    "realtext/heldout4": {"thing": 0.85, "measure": 0.97, "when": 0.88, "where": 0.99, "according_to": 0.94},
    # Kenyan, South African, Irish, New Zealand, Korean, Japanese, Indonesian and Mexican outlets.
    # First: F1 0.928, thing 0.58, measure 0.89, when 0.42, where 0.53, according_to 0.59 (glued
    # currencies "Sh1.7bn", "Rs12,000"; periods, labels, "over" as a preposition; fiscal years by country).
    "realtext/heldout5": {"thing": 0.76, "measure": 0.95, "when": 0.68, "where": 0.86, "according_to": 0.73},
    # Ghanaian, Bangladeshi, Turkish, Pakistani, Polish, Malaysian, Philippine and Brazilian outlets.
    # First: F1 0.942, thing 0.64, measure 0.78, when 0.40, where 0.54, according_to 0.53 ("P3.2
    # billion"; bracketed conversions; "not exceed"; "X out of Y" seats; places joined by a particle).
    "realtext/heldout6": {"thing": 0.80, "measure": 0.98, "when": 0.77, "where": 0.61, "according_to": 0.92},
    # Egyptian, Argentine, Vietnamese, Czech, Colombian, Irish, Kenyan, Nigerian, Mexican and Indonesian
    # outlets (stop 22). First: F1 0.974 (P 0.957, R 0.992), thing 0.50, measure 0.80, when 0.44,
    # where 0.66, according_to 0.56 (week labels, glued currency codes, years to March, ISO weeks, the
    # lead's day under a dateline, a source carried to the next sentence's rates, "town in region").
    "realtext/heldout7": {"thing": 0.76, "measure": 0.85, "when": 0.80, "where": 0.80, "according_to": 0.80},
    # Tanzanian, Peruvian, Thai, Greek, Chilean, Portuguese, Malaysian, Moroccan, Scottish and
    # Pakistani outlets (stop 23). First: F1 0.982 (P 1.0, R 0.965), interval 0.995, thing 0.68,
    # measure 0.87, when 0.52, where 0.42, according_to 0.51. Then (glued ringgit and "$NZ"; live-blog
    # clock stamps, "the quarter ended", a poll's fieldwork; a body named again by its kind, a pollster's
    # poll; places before "district", islands; a party's poll share, an index's level) F1 1.0, interval
    # 1.0, thing 0.80, measure 0.89, when 0.93, where 0.77, according_to 0.86.
    "realtext/heldout8": {"thing": 0.90, "measure": 0.89, "when": 0.95, "where": 0.76, "according_to": 0.91},
    # Romanian, Sri Lankan, Jamaican, Norwegian and Filipino outlets (stop 24). First: F1 0.977 (P 0.983,
    # R 0.971), interval 0.988, thing 0.58, measure 0.61, when 0.39, where 0.62, according_to 0.48
    # (sprint times; fiscal periods "April to December"; a central bank's forecast beside the
    # statistics office; "crossed 11,000 points"). Then (sprint times, "crossed N points", the months
    # "April to December" name, a bracketed comparison window, ranked places) F1 0.986, interval 0.994,
    # when 0.47, where 0.64; then (lists with the verb left out, budget recipients) thing 0.66, measure 0.65;
    # then (stop 25: party shares in poll lists, index levels, a lead's day carried, a source named in a
    # figureless lead or the lede carried) thing 0.81, when 0.73, according_to 0.89.
    # fixR (a measured quantity's noun, not its unit; a comparison with an earlier time and a figure listed after a
    # change are changes; a party "on" its share across an aside; a period after a statistic): see the commit log
    "realtext/heldout9": {"interval": 0.99, "thing": 0.84, "measure": 0.69, "when": 0.78, "where": 0.63,
                          "according_to": 0.93},
    # Ugandan, Hungarian, Croatian, Cambodian, Ecuadorian, Finnish, Ethiopian, Nepali, Zambian, Fijian,
    # Latvian and Mozambican material (stop 25). First: F1 0.989 (P 0.979, R 1.0), interval 0.984,
    # thing 0.58, measure 0.66, when 0.47, where 0.61, according_to 0.37. The same stop's fixes, made on
    # the earlier sets, left it unchanged; then (currencies of the world, "8pc", the lede's source
    # carried to counts, "the year that ended in June") thing 0.63, when 0.52, according_to 0.57.
    # fixN (a report's source and the lede's country carried, marked; a poll's maker, not its outlet):
    # according_to 0.685
    # fixR (a measured quantity's noun, not its unit; a comparison with an earlier time and a figure listed after a
    # change are changes; a party "on" its share across an aside; a period after a statistic): see the commit log
    # fixA2 (the thing of amounts and rates named apart from them: bracketed categories and place lists,
    # subjects across asides, market movers; made on heldout10-17): thing 0.78 -> 0.80
    # fixB2 (a list of places each with its figure; a company described between commas): where 0.72
    # fixE2 (lede's city or people as place, its organisation as source; carried): according_to 0.73
    # fixI3 (according_to by mechanism: names in any Latin spelling for "she said", a report's possessive owner, a long
    # relative clause, "found"; made on realtext and heldout10-19): according_to 0.731 -> 0.831
    # fixJ3 (thing/measure mechanisms: a cleared "people" guess and a part's measure given back, listed items named by
    # their preposition; benchmarks/thing_mechanisms.py): measure 0.851 -> 0.872
    # fixN3 (where by mechanism, benchmarks/where_mechanisms.py: story_place reads the lede's second sentence, an
    # airport or port named by its town, a capital dateline's rates and amounts in its country): where 0.72 -> 0.82
    # fixC4 (according_to by mechanism, benchmarks/source_mechanisms.py: a paragraph's report named by a publication in
    # the two sentences after its lead; a one-word owner of the lede's subject named again; names with particles,
    # 'the mayor of <place>', a former name between commas): according_to 0.831 -> 0.854
    # fixF4 (an outbreak's "77 deaths" beside its cases shown as deaths, outbreak_toll_nouns; resolve/referents.py):
    # thing h10 0.801->0.814, h11 0.917->0.930, h12 0.818->0.826, h13 0.686->0.700, h14 0.830->0.843, h15 0.729->0.741,
    # h17 0.726->0.746, h18 0.684->0.689, h19 0.767->0.772; transfer h21 0.779->0.789
    # fixF5 (thing by mechanism: joined comparisons, a base of comparison, subjects across a weekday and
    # 'should'): thing 0.81 -> 0.82
    "realtext/heldout10": {"interval": 0.98, "thing": 0.82, "measure": 0.87, "when": 0.65, "where": 0.82,
                           "according_to": 0.85},
    # Bolivian, Botswanan, Serbian, Mongolian, Lithuanian, Estonian, Slovenian, Zimbabwean, Lao, Malawian,
    # Georgian and Burkinabe material (stop 26). First: F1 0.963 (P 0.949, R 0.977), interval 0.982,
    # thing 0.75, measure 0.71, when 0.52, where 0.70, according_to 0.42. Then (a report's source and
    # period carried to its figures, a source's name without "published on", an event's own time, margins
    # and signs after a fall, names ending or opening in digits) F1 0.997, thing 0.74 (four more claims
    # found, with no thing), measure 0.73, when 0.79, where 0.73, according_to 0.92.
    # fixR (a measured quantity's noun, not its unit; a comparison with an earlier time and a figure listed after a
    # change are changes; a party "on" its share across an aside; a period after a statistic): see the commit log
    # fixA2 (the thing of amounts and rates named apart from them: bracketed categories and place lists,
    # subjects across asides, market movers; made on heldout10-17): thing 0.84 -> 0.89
    # fixB2 (a list of places each with its figure; a company described between commas): where 0.82
    # fixJ3 (thing/measure mechanisms: a cleared "people" guess and a part's measure given back, listed items named by
    # their preposition; benchmarks/thing_mechanisms.py): thing 0.898 -> 0.917, measure 0.864 -> 0.886
    # fixM3 (a span counted back from publication, "over the past two weeks", carried to no later sentence): when
    # 0.815 -> 0.911
    # fixN3 (where by mechanism, benchmarks/where_mechanisms.py: story_place reads the lede's second sentence, an
    # airport or port named by its town, a capital dateline's rates and amounts in its country): where 0.82 -> 0.89
    # fixC4 (according_to by mechanism, benchmarks/source_mechanisms.py: a paragraph's report named by a publication in
    # the two sentences after its lead; a one-word owner of the lede's subject named again; names with particles,
    # 'the mayor of <place>', a former name between commas): according_to 0.922 -> 0.948
    # fixF5 (thing by mechanism: joined comparisons, a base of comparison, subjects across a weekday and
    # 'should'): thing 0.92 -> 0.93
    "realtext/heldout11": {"interval": 0.98, "thing": 0.93, "measure": 0.88, "when": 0.91, "where": 0.89,
                           "according_to": 0.97},
    # Kazakh, Uruguayan, Bulgarian, Uzbek, North Macedonian, Icelandic, Mauritian, Trinidadian, Rwandan,
    # Dominican, Bosnian, Paraguayan, Cypriot, Armenian and Cameroonian material (stop 26), kept unseen by
    # this stop's fixes. First: F1 0.977 (P 0.987, R 0.966), interval 0.996, thing 0.52, measure 0.70,
    # when 0.44, where 0.48, according_to 0.71. After the stop's fixes made on other sets: according_to
    # 0.86 (the report's source carried), every other field the same. Stop 27 ("from X to Y" after a
    # change word two figures, words never a thing, datelines closed by the day, "injuring dozens"): F1
    # 0.998, thing 0.55, measure 0.74, when 0.45, where 0.73, according_to 0.86.
    # Stop 28 (a subject across an aside or a bare relative clause, names before bracketed figures): thing 0.66
    # fixN (carried source and country, a body of two fields joined by "and"): where 0.758, according_to 0.903
    # fixR (a measured quantity's noun, not its unit; a comparison with an earlier time and a figure listed after a
    # change are changes; a party "on" its share across an aside; a period after a statistic): see the commit log
    # fixA2 (the thing of amounts and rates named apart from them: bracketed categories and place lists,
    # subjects across asides, market movers; made on heldout10-17): thing 0.74 -> 0.79
    # fixJ3 (thing/measure mechanisms: a cleared "people" guess and a part's measure given back, listed items named by
    # their preposition; benchmarks/thing_mechanisms.py): thing 0.797 -> 0.818
    # fixC4 (according_to by mechanism, benchmarks/source_mechanisms.py: a paragraph's report named by a publication in
    # the two sentences after its lead; a one-word owner of the lede's subject named again; names with particles,
    # 'the mayor of <place>', a former name between commas): according_to 0.903 -> 0.926
    # fixL4 (when by mechanism: a calendar week of a market is its trading days): when 0.592 -> 0.734
    "realtext/heldout12": {"interval": 0.99, "thing": 0.82, "measure": 0.86, "when": 0.73, "where": 0.75,
                           "according_to": 0.92},
    # Costa Rican, Namibian, Slovak, Tunisian, Montenegrin, Latvian, Omani, Jordanian, Honduran, Somali,
    # Guatemalan, Iranian, Spanish (Canary Islands), Emirati and Nigerien material (stop 27), kept unseen
    # by this stop's fixes. First: F1 0.905 (P 0.903, R 0.907; "64 mcm" read as 64 where the gold reads
    # million cubic metres, "JD (7.6) million" as 7.6), interval 0.990, thing 0.39, measure 0.67, when
    # 0.33, where 0.35, according_to 0.63. After the stop's fixes made on other sets: measure 0.70,
    # every other field the same.
    # Stop 28, from its own reports (scaled unit abbreviations, "JD (7.6) million", a lede's country, a
    # comparison's own earlier period, polling day, a week's bulletin carried, list items named before
    # their bracketed figures, subjects across asides): F1 0.996, thing 0.57, measure 0.685, when 0.53,
    # where 0.51, according_to 0.70
    # Stop 29 (a fiscal year named by its closing day, results dated to polling day, categories before
    # brackets, contribution verbs before points): thing 0.60, when 0.64
    # fixN (a lede's country carried to counts, marked; a report's kind its own source; a body's country
    # possessive dropped): where 0.624, according_to 0.763
    # fixR (a measured quantity's noun, not its unit; a comparison with an earlier time and a figure listed after a
    # change are changes; a party "on" its share across an aside; a period after a statistic): see the commit log
    # fixA2 (the thing of amounts and rates named apart from them: bracketed categories and place lists,
    # subjects across asides, market movers; made on heldout10-17): thing 0.67 -> 0.68
    # fixI3 (according_to by mechanism: names in any Latin spelling for "she said", a report's possessive owner, a long
    # relative clause, "found"; made on realtext and heldout10-19): according_to 0.763 -> 0.792
    # fixN3 (where by mechanism, benchmarks/where_mechanisms.py: story_place reads the lede's second sentence, an
    # airport or port named by its town, a capital dateline's rates and amounts in its country): where 0.62 -> 0.66
    # fixC4 (according_to by mechanism, benchmarks/source_mechanisms.py: a paragraph's report named by a publication in
    # the two sentences after its lead; a one-word owner of the lede's subject named again; names with particles,
    # 'the mayor of <place>', a former name between commas): according_to 0.792 -> 0.832
    # fixK4 (pronouns read back to a person named before a title in capitals, or in the figure's own sentence):
    # according_to 0.832 -> 0.8497
    "realtext/heldout13": {"interval": 0.99, "thing": 0.70, "measure": 0.79, "when": 0.72, "where": 0.66,
                           "according_to": 0.84},
    # Moldovan, Albanian, Kuwaiti, Azerbaijani, Bulgarian, Qatari, Mozambican, Cameroonian, Malagasy,
    # Libyan, Zimbabwean, Georgian and Malian material (stop 28), kept unseen by this stop's fixes. First:
    # F1 1.0, interval 1.0, thing 0.61, measure 0.77, when 0.40, where 0.47, according_to 0.50. After the
    # stop's fixes made on other sets: where 0.65 (a lede's country), according_to 0.635, the rest the same
    # Stop 29 (fixed on: a trading week, a weekly market report's levels and bases, "at the close of the
    # quarter", purposes past a conversion, Gulf currency letters): thing 0.71, when 0.80, where 0.70
    # fixN: where 0.769, according_to 0.815
    # fixR (a measured quantity's noun, not its unit; a comparison with an earlier time and a figure listed after a
    # change are changes; a party "on" its share across an aside; a period after a statistic): see the commit log
    # fixA2 (the thing of amounts and rates named apart from them: bracketed categories and place lists,
    # subjects across asides, market movers; made on heldout10-17): thing 0.81 -> 0.82
    # fixB2 (a list of places each with its figure; a company described between commas): according_to 0.82
    # fixE2 (lede's city or people as place, its organisation as source; carried): where 0.884
    # fixF5 (thing by mechanism: joined comparisons, a base of comparison, subjects across a weekday and
    # 'should'): thing 0.86 -> 0.87
    # fixH5 (resolve's renaming by mechanism: the name a sentence gives, not its authority; an acronym as written; a
    # clause that keeps its verb names no gapped source; "Minister of <portfolio> <name>" is the person):
    # according_to 0.826 -> 0.848
    "realtext/heldout14": {"interval": 0.99, "thing": 0.87, "measure": 0.81, "when": 0.85, "where": 0.88,
                           "according_to": 0.84},
    # 16 reports (stop 29, written unseen at its start): Senegalese prices and vote, Ivorian trade, a Belgian
    # poll, Saudi and Vietnamese company results, Chadian floods, Djiboutian drownings, Ghana's half-year
    # budget, ... First: F1 0.927 (amounts glued to "CFA" and "N" missed), interval 0.988, thing 0.57,
    # measure 0.90, when 0.43, where 0.56, according_to 0.59. After the stop's fixes made on other sets: when
    # 0.437 (one claim), the rest the same
    # fixN: where 0.601, according_to 0.644
    # fixR (a measured quantity's noun, not its unit; a comparison with an earlier time and a figure listed after a
    # change are changes; a party "on" its share across an aside; a period after a statistic): see the commit log
    # fixA2 (the thing of amounts and rates named apart from them: bracketed categories and place lists,
    # subjects across asides, market movers; made on heldout10-17): thing 0.66 -> 0.72
    # fixB2 (a list of places each with its figure; a company described between commas): where 0.62, according_to 0.65
    # fixE2 (lede's city or people as place, its organisation as source; carried): where 0.650, according_to 0.795
    # fixI3 (according_to by mechanism: names in any Latin spelling for "she said", a report's possessive owner, a long
    # relative clause, "found"; made on realtext and heldout10-19): according_to 0.795 -> 0.849
    # fixM3 (a span counted back from publication, "over twelve months", carried to no later sentence): when
    # 0.592 -> 0.634
    # fixN3 (where by mechanism, benchmarks/where_mechanisms.py: story_place reads the lede's second sentence, an
    # airport or port named by its town, a capital dateline's rates and amounts in its country): where 0.65 -> 0.73
    # fixF5 (thing by mechanism: joined comparisons, a base of comparison, subjects across a weekday and
    # 'should'): thing 0.75 -> 0.77
    # fixH5 (resolve's renaming by mechanism: the name a sentence gives, not its authority; an acronym as written; a
    # clause that keeps its verb names no gapped source; "Minister of <portfolio> <name>" is the person):
    # according_to 0.849 -> 0.864
    "realtext/heldout15": {"interval": 0.98, "thing": 0.77, "measure": 0.97, "when": 0.63, "where": 0.73,
                           "according_to": 0.86},
    # 16 reports (stop 30, written unseen at its start): Taiwanese, Israeli, Guyanese, Algerian, Timorese,
    # Austrian, Singaporean, Bahraini, Papua New Guinean, ... First: F1 0.9495 (Bahraini "BD 15.4 m" read
    # without its million, "from 6 to 17" one range), interval 0.981, thing 0.63, measure 0.88, when 0.63,
    # where 0.64, according_to 0.61. Then a spaced "m" after money read as a million (a class its
    # annotator's report named, so not a transfer figure): F1 0.986; thing 0.626 and according_to 0.603 as
    # the eight amounts now matched count in them. After the paragraph's time frame (fixH, made without
    # this set): when 0.699; after the statistic's thing (fixI, made without this set): thing 0.664
    # fixN (made without this set, aggregate read only): where 0.736, according_to 0.603 (unmoved); a count
    # with no noun taking the thing counted just before it in its sentence (stop 31, made without it): thing 0.678
    # fixR (a measured quantity's noun, not its unit; a comparison with an earlier time and a figure listed after a
    # change are changes; a party "on" its share across an aside; a period after a statistic): see the commit log
    # fixA2 (the thing of amounts and rates named apart from them: bracketed categories and place lists,
    # subjects across asides, market movers; made on heldout10-17): thing 0.72 -> 0.77
    # fixE2 (lede's city or people as place, its organisation as source; carried): where 0.803, according_to 0.752
    # fixI3 (according_to by mechanism: names in any Latin spelling for "she said", a report's possessive owner, a long
    # relative clause, "found"; made on realtext and heldout10-19): according_to 0.752 -> 0.766
    # fixC4 (according_to by mechanism: 'results released ... by the election secretariat' names it): 0.766 -> 0.794
    "realtext/heldout16": {"interval": 0.98, "thing": 0.78, "measure": 0.93, "when": 0.72, "where": 0.8,
                           "according_to": 0.79},
    # 16 reports (stop 31, written unseen at its start): Angolan, Kyrgyz, Belarusian, Iraqi, Liberian, Kosovar,
    # Russian, Emirati, ... First: F1 0.8954 (dot-thousands "220.811 votes" and "270'027" misread, "Rbs" amounts
    # missed, "four out of 10" and "from 7 to 9" one claim, "11%-13%" a bound and a negative), interval 0.989,
    # thing 0.59, measure 0.73, when 0.57, where 0.45, according_to 0.69. Then the number classes its
    # annotator's report named, fixed with sentences of our own (not a transfer figure: Swiss and continental
    # grouping, "11%-13%", "Rbs", "the same quarter of last year", "minutes into", "/$1", "1 million and 961
    # thousand"): F1 0.976; thing 0.614, when 0.60; where 0.436 as the claims now matched
    # count in it
    # fixR (made without this set, aggregate read only): measure 0.750 (a comparison with an earlier time a change)
    # fixA2 (the thing of amounts and rates named apart from them: bracketed categories and place lists,
    # subjects across asides, market movers; made on heldout10-17): thing 0.61 -> 0.72
    # fixB2 (a list of places each with its figure; a company described between commas): where 0.55, according_to 0.69
    # fixE2 (lede's city or people as place, its organisation as source; carried): where 0.638, according_to 0.820
    # fixI3 (according_to by mechanism: names in any Latin spelling for "she said", a report's possessive owner, a long
    # relative clause, "found"; made on realtext and heldout10-19): according_to 0.820 -> 0.832
    # fixN3 (where by mechanism, benchmarks/where_mechanisms.py: story_place reads the lede's second sentence, an
    # airport or port named by its town, a capital dateline's rates and amounts in its country): where 0.63 -> 0.87
    # fixC4 (according_to by mechanism, benchmarks/source_mechanisms.py: a paragraph's report named by a publication in
    # the two sentences after its lead; a one-word owner of the lede's subject named again; names with particles,
    # 'the mayor of <place>', a former name between commas): according_to 0.832 -> 0.865
    # fixL4 (when by mechanism: a tenure's "since 2014" dates no figure): when 0.716 -> 0.733
    # fixF5 (thing by mechanism: joined comparisons, a base of comparison, subjects across a weekday and
    # 'should'): thing 0.75 -> 0.76
    "realtext/heldout17": {"interval": 0.98, "thing": 0.76, "measure": 0.75, "when": 0.73, "where": 0.87,
                           "according_to": 0.88},
    # 16 reports (stop 32, written unseen at its start): Saudi, Swazi, Barbadian, Tajik, Maldivian, Swedish,
    # Salvadoran, South Sudanese, Greek, Nicaraguan, Omani, Danish, Congolese copy, and two company results.
    # First: F1 0.9924, interval 0.9949, thing 0.6735, measure 0.9677, when 0.4903, where 0.7324,
    # according_to 0.7432. End of stop 32 (fixes made without the set, nobody read it): thing 0.684
    # fixE2 (lede's city or people as place, its organisation as source; carried): where 0.8099, according_to 0.797
    # fixI3 (according_to by mechanism: names in any Latin spelling for "she said", a report's possessive owner, a long
    # relative clause, "found"; made on realtext and heldout10-19): according_to 0.797 -> 0.919
    # fixH5 (resolve's renaming by mechanism: the name a sentence gives, not its authority; an acronym as written; a
    # clause that keeps its verb names no gapped source; "Minister of <portfolio> <name>" is the person):
    # according_to 0.919 -> 0.932
    "realtext/heldout18": {"thing": 0.70, "measure": 0.96, "when": 0.73, "where": 0.80, "according_to": 0.93},
    # 16 reports (stop 33, written unseen at its start): Lesotho, Seychelles, Bhutan, Brunei, Belize, Slovenia,
    # Malta, Iceland, Guinea, Comoros, Solomon Islands, Aceh, Liechtenstein and Gibraltar, the Central African
    # Republic. First: F1 0.9795, interval 1.0, thing 0.6977, measure 0.8689, when 0.4751, where 0.6988,
    # according_to 0.6429
    # fixE2 (lede's city or people as place, its organisation as source; carried): according_to 0.809 (transfer)
    # fixJ3 (thing/measure mechanisms: a cleared "people" guess and a part's measure given back, listed items named by
    # their preposition; benchmarks/thing_mechanisms.py): thing 0.712 -> 0.767, measure 0.869 -> 0.885
    # fixN3 (where by mechanism, benchmarks/where_mechanisms.py: story_place reads the lede's second sentence, an
    # airport or port named by its town, a capital dateline's rates and amounts in its country): where 0.69 -> 0.78
    "realtext/heldout19": {"interval": 1.0, "thing": 0.77, "measure": 0.88, "when": 0.47, "where": 0.78,
                           "according_to": 0.8},
    # 16 reports (stop 34, written unseen at its start): Suriname, Sao Tome and Principe, St Vincent, Grenada,
    # Andorra, San Marino, Papua New Guinea and others. First: F1 0.9792, interval 0.9906, thing 0.802,
    # measure 0.8043, when 0.6139, where 0.4221, according_to 0.7278 (the kina's "K771 million" missed)
    # fixJ3 (thing/measure mechanisms: a cleared "people" guess and a part's measure given back, listed items named by
    # their preposition; benchmarks/thing_mechanisms.py): thing 0.802 -> 0.812, measure 0.804 -> 0.848
    # (transfer, aggregate)
    # fixN3 (where by mechanism, benchmarks/where_mechanisms.py: story_place reads the lede's second sentence, an
    # airport or port named by its town, a capital dateline's rates and amounts in its country): where 0.42 -> 0.53
    # (transfer, aggregate)
    # fixC4 (according_to by mechanism, benchmarks/source_mechanisms.py: a paragraph's report named by a publication in
    # the two sentences after its lead; a one-word owner of the lede's subject named again; names with particles,
    # 'the mayor of <place>', a former name between commas): according_to 0.728 -> 0.930
    # fixK4 ("he said" after a one-word surname of a person named in full): according_to 0.930 -> 0.949
    # fixF5 (thing by mechanism: joined comparisons, a base of comparison, subjects across a weekday and
    # 'should'): thing 0.84 -> 0.85
    "realtext/heldout20": {"interval": 0.99, "thing": 0.85, "measure": 0.84, "when": 0.75, "where": 0.53,
                           "according_to": 0.94},
    # 16 reports (end of stop 34, written unseen for the next round): Malawi's cholera 2022-23, Tajik villages,
    # Klaipeda port and others. First: F1 1.0, interval 1.0, thing 0.7696, measure 0.96, when 0.8304,
    # where 0.6094, according_to 0.6335
    # after this round's merges (the set unseen by their authors), scored once at each merge: thing 0.779 (fixJ3)
    # fixD5 (an organisation named by its kind, "the company said", "the port said", given as context):
    # according_to 0.634 -> 0.921; fixE5 (a comparison's base dates no figure; a poll's fieldwork): when 0.83 -> 0.906
    # fixF5 (thing by mechanism: joined comparisons, a base of comparison, subjects across a weekday and
    # 'should'): thing 0.79 -> 0.80
    # fixH5 (resolve's renaming by mechanism: the name a sentence gives, not its authority; an acronym as written; a
    # clause that keeps its verb names no gapped source; "Minister of <portfolio> <name>" is the person):
    # according_to 0.921 -> 0.953
    "realtext/heldout21": {"interval": 1.0, "thing": 0.80, "measure": 0.96, "when": 0.90, "where": 0.6,
                           "according_to": 0.95},
    # 16 reports (start of stop 35, written unseen for the round after it): Macau, Germany, Ukraine, the Faroe
    # Islands, Greenland, Puerto Rico, Gabon, Venezuela, the Republic of Congo, Burundi. First, at 826a5f2:
    # F1 0.9862, interval 0.9953, thing 0.7308, measure 0.9038, when 0.5648, where 0.4121, according_to 0.7987
    # after this round's merges (the set unseen by their authors), scored once at each merge: thing 0.740 (fixJ3),
    # measure 0.923 (fixJ3), where 0.588 (fixN3); stop 36: when 0.580 (fixD4), thing 0.755 (fixH4 + fixJ4); stop 37:
    # according_to 0.838 (fixD5, an organisation named by its kind: 'the company said')
    # fixH5 (resolve's renaming by mechanism, office holders; transfer, aggregate): according_to 0.838 -> 0.851
    "realtext/heldout22": {"interval": 0.99, "thing": 0.75, "measure": 0.92, "when": 0.58, "where": 0.58,
                           "according_to": 0.85},
    # 16 reports (start of stop 36, written unseen for the round after it): Jersey, Bermuda, the Cayman Islands,
    # Saint Lucia, the Marshall Islands and others. First, at 393ac02 (scored twice: a document that repeated
    # heldout19's event was replaced before the second score): F1 0.9953, interval 0.9953, thing 0.7673,
    # measure 0.9846, when 0.6685, where 0.7254, according_to 0.5464; thing 0.777 at the fixH4 + fixJ4 merges
    "realtext/heldout23": {"interval": 0.99, "thing": 0.77, "measure": 0.98, "when": 0.66, "where": 0.72,
                           "according_to": 0.54},
    # 16 reports (start of stop 37, written unseen for the round after it): the Isle of Man (five beats), the Cook
    # Islands, Laos and others. First, at 6fb7499: F1 0.9908, interval 1.0, thing 0.729, measure 0.9412, when
    # 0.4188, where 0.8135, according_to 0.7683; fixF5 (thing by mechanism), scored once at the merge: thing 0.7336
    "realtext/heldout24": {"interval": 0.99, "thing": 0.73, "measure": 0.94, "when": 0.41, "where": 0.81,
                           "according_to": 0.76},
    # 16 reports (start of stop 38, written unseen for the round after it): the Turks and Caicos, Dominica
    # (Tropical Storm Erika 2015) and others. First, at 4403d0a: F1 0.9835, interval 1.0, thing 0.6651, measure
    # 0.9762, when 0.7052, where 0.646, according_to 0.6743
    "realtext/heldout25": {"interval": 0.99, "thing": 0.66, "measure": 0.97, "when": 0.70, "where": 0.64,
                           "according_to": 0.67},
}
# F1 as reached where it is below 0.99
F1_REACHED: dict[str, float] = {"realtext/heldout9": 0.98, "realtext/heldout10": 0.98, "realtext/heldout11": 0.99,
                                "realtext/heldout12": 0.99, "realtext/heldout13": 0.99, "realtext/heldout15": 0.92,
                                "realtext/heldout16": 0.98, "realtext/heldout17": 0.97,
                                "realtext/heldout19": 0.97, "realtext/heldout20": 0.97,
                                "realtext/heldout22": 0.98, "realtext/heldout25": 0.98}


@pytest.mark.parametrize("folder", ["realtext", "realtext/heldout"])
def test_real_text_meets_the_extraction_floors(folder):
    result = _score(folder)
    assert result["claims"]["f1"] >= 0.95, result["missed"] + result["false_positives"]
    # where, as reached (scope round 7: clause subjects, regions, "the country", a figure's own place, "off")
    floors = {**FLOORS, "where": {"realtext": 0.90, "realtext/heldout": 0.84}[folder]}
    _assert_reached(result, floors)


@pytest.mark.parametrize("folder", sorted(HELD_OUT_REACHED))
def test_a_held_out_real_text_keeps_the_figures_it_reached(folder):
    result = _score(folder)
    assert result["claims"]["f1"] >= F1_REACHED.get(folder, 0.99), result["missed"] + result["false_positives"]
    _assert_reached(result, {"interval": 0.99, **HELD_OUT_REACHED[folder]})
