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
from auditor.rule import Example, Rule
from auditor.ruleset import RuleSet
from auditor.vocabulary import Vocabulary


@dataclass(frozen=True)
class ExampleResult:
    rule: str
    name: str
    expected: tuple[str, ...]
    got: tuple[str, ...]
    expected_severity: str | None = None
    got_severity: str | None = None

    @property
    def passed(self) -> bool:
        if self.expected_severity and self.expected_severity != self.got_severity:
            return False
        return set(self.expected) == set(self.got)

    def describe(self) -> str:
        """What went wrong, for a failing example."""
        out = f"expected {list(self.expected)}, got {list(self.got)}"
        if self.expected_severity:
            out += f"; expected severity {self.expected_severity}, got {self.got_severity}"
        return out


def example_documents(ex: Example) -> list[Document]:
    """An example's documents, as an audit reads them (ids and sources numbered when not given)."""
    return [Document(id=d.id or f"example-{i}", text=d.text, source=d.source or f"Source {i}",
                     published=normalise_published(d.published), title=d.title)
            for i, d in enumerate(ex.docs, 1)]


def run_rule_examples(rule: Rule, vocab: Vocabulary) -> list[ExampleResult]:
    results = []
    for n, ex in enumerate(rule.examples, 1):
        docs = example_documents(ex)
        result = audit(docs, RuleSet((rule,)), vocab)
        firing = [f for f in result.findings if f.severity != "info"]
        got = tuple(sorted({f.rule for f in firing}))
        top = "error" if any(f.severity == "error" for f in firing) else ("warning" if firing else None)
        results.append(ExampleResult(rule.id, ex.name or f"example {n}", tuple(sorted(ex.expect)), got,
                                     ex.severity, top))
    return results


def run_examples(ruleset: RuleSet, vocab: Vocabulary) -> list[ExampleResult]:
    out: list[ExampleResult] = []
    for rule in ruleset.rules:
        out.extend(run_rule_examples(rule, vocab))
    return out
