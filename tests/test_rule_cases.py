"""Rule-type cases as data (after sqlfluff's yaml_test_cases_test.py).

Every file in tests/cases/ is a rule file whose rules carry named examples;
each example becomes one pytest case, ``<file>:<rule>:<name>``. Add a
regression case by adding an example named after the bug.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from auditor.checks import CHECKS
from auditor.ruleset import load_rule_file
from auditor.ruletest import run_rule_examples
from auditor.vocabulary import load_vocabulary

CASES = Path(__file__).resolve().parent / "cases"
VOCAB = load_vocabulary()


def _cases():
    for path in sorted(CASES.glob("*.yml")):
        for rule in load_rule_file(path):
            for n, ex in enumerate(rule.examples):
                yield pytest.param(rule, n, id=f"{path.stem}:{rule.id}:{ex.name or n + 1}")


@pytest.mark.parametrize("rule, index", list(_cases()))
def test_case(rule, index):
    single = type(rule)(**{**rule.__dict__, "examples": (rule.examples[index],)})
    [result] = run_rule_examples(single, VOCAB)
    assert result.passed, f"{result.rule}: {result.name}: {result.describe()}"


def test_every_rule_type_has_a_case_file():
    files = {p.stem for p in CASES.glob("*.yml")}
    assert set(CHECKS) <= files
