"""Rules that test themselves: run every rule's ``examples``.

An example is a few documents and the rule ids expected to fire on them
(a rule fires when it gives a finding of severity warning or error; info
findings such as "sources differ, intervals overlap" do not count). Each
example runs with only its own rule, so examples stay independent.
"""

from __future__ import annotations

from dataclasses import dataclass

from auditor.audit import audit
from auditor.documents import Document, normalise_published
from auditor.ruleset import Rule, RuleSet
from auditor.vocabulary import Vocabulary


@dataclass(frozen=True)
class ExampleResult:
    rule: str
    name: str
    expected: tuple[str, ...]
    got: tuple[str, ...]

    @property
    def passed(self) -> bool:
        return set(self.expected) == set(self.got)


def run_rule_examples(rule: Rule, vocab: Vocabulary) -> list[ExampleResult]:
    results = []
    for n, ex in enumerate(rule.examples, 1):
        docs = [Document(id=d.id or f"example-{i}", text=d.text, source=d.source or f"Source {i}",
                         published=normalise_published(d.published), title=d.title)
                for i, d in enumerate(ex.docs, 1)]
        result = audit(docs, RuleSet((rule,)), vocab)
        got = tuple(sorted({f.rule for f in result.findings if f.severity != "info"}))
        results.append(ExampleResult(rule.id, ex.name or f"example {n}", tuple(sorted(ex.expect)), got))
    return results


def run_examples(ruleset: RuleSet, vocab: Vocabulary) -> list[ExampleResult]:
    out: list[ExampleResult] = []
    for rule in ruleset.rules:
        out.extend(run_rule_examples(rule, vocab))
    return out
