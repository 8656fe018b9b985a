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


# where, as reached (scope round 7: clause subjects, regions, "the country", a figure's own place, "off")
WHERE_REACHED = {"realtext": 0.90, "realtext/heldout": 0.84, "realtext/heldout2": 0.77, "realtext/heldout3": 0.88}


@pytest.mark.parametrize("folder", ["realtext", "realtext/heldout"])
def test_real_text_meets_the_extraction_floors(folder):
    result = _score(folder)
    assert result["claims"]["f1"] >= 0.95, result["missed"] + result["false_positives"]
    floors = {**FLOORS, "where": WHERE_REACHED[folder]}
    _assert_reached(result, floors)


def test_the_second_held_out_real_text_keeps_its_figures():
    # 16 reports written after the rule work (stop 17), scored before any code changed for them:
    # F1 0.926, thing 0.53, measure 0.84, when 0.57, according_to 0.62. After the classes they showed
    # were fixed with sentences of our own (tests/test_scope_of_unseen_phrasing.py): F1 1.0, thing 0.83,
    # measure 0.92, when 0.75, according_to 0.90. thing and when are still below issue 15's floors.
    result = _score("realtext/heldout2")
    assert result["claims"]["f1"] >= 0.99
    reached = {"thing": 0.86, "measure": 0.91, "when": 0.75, "where": WHERE_REACHED["realtext/heldout2"],
               "according_to": 0.90}
    _assert_reached(result, reached)


def test_the_third_held_out_real_text_keeps_its_figures():
    # 16 reports across beats (benchmarks/realtext/heldout3), scored before any code changed for them
    # (gold as corrected): F1 0.974, thing 0.46, measure 0.60, when 0.67, where 0.47, according_to 0.60.
    # After the classes they showed were fixed with sentences of our own
    # (tests/test_scope_of_report_phrasing.py): F1 1.0, thing 0.81, measure 0.97, when 0.88, where 0.76,
    # according_to 1.0. thing and when are still below issue 15's floors.
    result = _score("realtext/heldout3")
    assert result["claims"]["f1"] >= 0.99, result["missed"] + result["false_positives"]
    reached = {"thing": 0.80, "measure": 0.96, "when": 0.87, "where": WHERE_REACHED["realtext/heldout3"],
               "according_to": 0.99}
    _assert_reached(result, reached)


def test_the_fourth_held_out_real_text_keeps_its_figures():
    # 16 reports across beats (benchmarks/realtext/heldout4), scored before any code changed for them
    # (gold as corrected): F1 0.998, thing 0.63, measure 0.87, when 0.43, where 0.47, according_to 0.76.
    # After the classes they showed were fixed with sentences of our own
    # (tests/test_when_periods_and_comparison_bases.py, test_subjects_and_changes_of_rates.py,
    # test_where_datelines_lists_and_there.py, test_sources_named_in_full_and_after_figures.py):
    # F1 1.0, thing 0.80, measure 0.98, when 0.88, where 1.0, according_to 0.94. thing and when are
    # still below issue 15's floors.
    result = _score("realtext/heldout4")
    assert result["claims"]["f1"] >= 0.99, result["missed"] + result["false_positives"]
    reached = {"interval": 0.99, "thing": 0.80, "measure": 0.97, "when": 0.87, "where": 0.99, "according_to": 0.94}
    _assert_reached(result, reached)


def test_the_fifth_held_out_real_text_keeps_its_figures():
    # 16 reports across beats from Kenyan, South African, Irish, New Zealand, Korean, Japanese,
    # Indonesian and Mexican outlets (benchmarks/realtext/heldout5), scored before any code changed
    # for them: F1 0.928, thing 0.58, measure 0.89, when 0.42, where 0.53, according_to 0.59. After
    # the classes they showed were fixed with sentences of our own (glued currencies "Sh1.7bn",
    # "Rs12,000", "R2 billion"; periods, labels and "over" as a preposition; letters of any script;
    # places listed with their figures; "to the end of April"; sources after the figure):
    # F1 0.998, thing 0.68, measure 0.96, when 0.53, where 0.70, according_to 0.67; then (stop 21:
    # fiscal years by country, a period carried from a sentence with no figure) when 0.60, where 0.73.
    result = _score("realtext/heldout5")
    assert result["claims"]["f1"] >= 0.99, result["missed"] + result["false_positives"]
    reached = {"interval": 0.99, "thing": 0.68, "measure": 0.95, "when": 0.59, "where": 0.72, "according_to": 0.73}
    _assert_reached(result, reached)


def test_the_sixth_held_out_real_text_keeps_its_figures():
    # 16 reports across beats from Ghanaian, Bangladeshi, Turkish, Pakistani, Polish, Malaysian,
    # Philippine and Brazilian outlets (benchmarks/realtext/heldout6), scored before any code changed
    # for them: F1 0.942, thing 0.64, measure 0.78, when 0.40, where 0.54, according_to 0.53. After
    # the classes they showed were fixed with sentences of our own (the peso glued to its digits
    # "P3.2 billion"; a scale or a hedge given in a bracketed conversion; day numbers after a
    # weekday and labels of a list are no claims; "not exceed" a ceiling; "X out of Y" seats; fiscal
    # years by country; sources named again by their kind; places joined by a particle, places
    # listed with their figures): F1 0.998, thing 0.63, measure 0.78, when 0.57, where 0.62,
    # according_to 0.61 (thing and measure fell a little on the claims newly found, not on old ones);
    # then (a verb or comparison word is no thing; "N out of M seats"; a verb carried through a list
    # of names; bracketed category shares; "a bus carrying 60 pilgrims") thing 0.69, measure 0.95.
    result = _score("realtext/heldout6")
    assert result["claims"]["f1"] >= 0.99, result["missed"] + result["false_positives"]
    reached = {"interval": 0.99, "thing": 0.69, "measure": 0.98, "when": 0.64, "where": 0.61, "according_to": 0.62}
    _assert_reached(result, reached)


def test_the_seventh_held_out_real_text_keeps_its_figures():
    # 16 reports across beats from Egyptian, Argentine, Vietnamese, Czech, Colombian, Irish, Kenyan,
    # Nigerian, Mexican and Indonesian outlets (benchmarks/realtext/heldout7), scored before any code
    # changed for them (stop 22): F1 0.974 (P 0.957, R 0.992), thing 0.50, measure 0.80, when 0.44,
    # where 0.66, according_to 0.56. Then (week labels, glued currency codes, years to March, ISO weeks,
    # the lead's day under a dateline, a source carried to the next sentence's rates, a town listed
    # "in" its region) F1 1.0, thing 0.53, measure 0.80, when 0.65, where 0.78, according_to 0.61.
    result = _score("realtext/heldout7")
    assert result["claims"]["f1"] >= 0.99, result["missed"] + result["false_positives"]
    reached = {"interval": 0.99, "thing": 0.52, "measure": 0.79, "when": 0.64, "where": 0.77, "according_to": 0.60}
    _assert_reached(result, reached)
