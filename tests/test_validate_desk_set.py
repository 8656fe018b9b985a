"""The one validator of our desk-draft sets (benchmarks/validate_desk_set.py): our sets pass, and a
set whose gold quotes a figure its draft does not hold, or lacks a type, fails."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from benchmarks.validate_desk_set import problems_of

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("name, clean", [("desk_heldout", 10), ("desk_heldout2", 10), ("desk_heldout3", 8)])
def test_our_desk_sets_are_valid(name, clean):
    assert problems_of(ROOT / "benchmarks" / name, clean) == []


def test_a_gold_quote_missing_from_its_draft_and_a_missing_type_are_problems(tmp_path):
    folder = tmp_path / "set"
    shutil.copytree(ROOT / "benchmarks" / "desk_heldout", folder)
    gold = [json.loads(line) for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]
    planted = next(g for g in gold if not g["clean"] and g["type"] != "headline_body_mismatch")
    planted["b"] = "987,654,321"
    (folder / "gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
    problems = problems_of(folder, 10)
    assert any("'987,654,321' occurs 0x" in p for p in problems)
    assert problems_of(folder, 9)[-1] == "10 clean drafts, want 9"
