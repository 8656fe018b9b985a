"""Every built-in rule documents and tests itself: its examples run here too."""
from __future__ import annotations

import pytest

from auditor.ruleset import load_ruleset
from auditor.ruletest import run_rule_examples
from auditor.vocabulary import load_vocabulary

RULESET = load_ruleset(include_disabled=True)   # rules that are off still test themselves
VOCAB = load_vocabulary()


@pytest.mark.parametrize("rule", RULESET.rules, ids=[r.id for r in RULESET.rules])
def test_rule_examples(rule):
    results = run_rule_examples(rule, VOCAB)
    assert results, f"{rule.id} has no examples"
    for r in results:
        assert r.passed, f"{r.rule}: {r.name}: {r.describe()}"


@pytest.mark.parametrize("rule", RULESET.rules, ids=[r.id for r in RULESET.rules])
def test_each_rule_has_a_firing_and_a_quiet_example(rule):
    assert any(ex.expect for ex in rule.examples) and any(not ex.expect for ex in rule.examples)


def test_every_rule_type_has_a_builtin_rule():
    from auditor.checks import CHECKS

    assert {r.type for r in RULESET.rules} == set(CHECKS)
