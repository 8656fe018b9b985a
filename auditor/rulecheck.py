"""What ``auditor rules check`` catches beyond a rule file's syntax, before anything runs (issue 16).

A rule can load and still never do what its author meant: a selector value
the vocabulary does not know selects nothing (``measure: [kiled]``), an id
already taken by a built-in rule or another loaded pack clashes at the next
audit, a message template that reaches for a field claims do not have
(``{{ claim.txt }}``) fails on the first finding, and a rule without examples
is never tested. Each is a ``Diagnostic`` at the file:line:col of the
offending value; errors make ``rules check`` exit 2, warnings do not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable

from jinja2 import meta

from auditor.claims import Claim
from auditor.rule import MESSAGES, Rule
from auditor.sandbox import render_bounded
from auditor.validate import did_you_mean
from auditor.vocabulary import Vocabulary
from auditor.yamlload import Positions, load_yaml

KINDS = ("count", "percent", "currency", "quantity")


@dataclass(frozen=True)
class Diagnostic:
    severity: str                  # "error" or "warning"
    message: str
    path: str | None = None
    line: int | None = None
    col: int | None = None

    def __str__(self) -> str:
        where = self.path or "<rules>"
        if self.line is not None:
            where += f":{self.line}" + (f":{self.col}" if self.col is not None else "")
        return f"{where}: {'warning: ' if self.severity == 'warning' else ''}{self.message}"


def lint_rules(rules: Iterable[Rule], vocab: Vocabulary, taken: Iterable[Rule] = ()) -> list[Diagnostic]:
    """Every problem of ``rules`` that loading does not catch, in file order.

    ``taken``: rules loaded besides these (the built-ins, other packs), whose
    ids these may not reuse.
    """
    rules = list(rules)
    others = {r.id: r for r in taken if not _same_file(r, rules)}
    positions: dict[str, Positions] = {}
    index: dict[str, int] = {}
    out: list[Diagnostic] = []
    for rule in rules:
        path = rule.path or ""
        if path not in positions:
            positions[path] = load_yaml(path)[1] if path else Positions()
        n = index[path] = index.get(path, -1) + 1
        at = _Locator(positions[path], ("rules", n), path)
        out.extend(_selector_values(rule, vocab, at))
        clash = others.get(rule.id)
        if clash is not None:
            first = f"{clash.path}:{clash.line}" if clash.path else "a built-in rule"
            out.append(at.error(f"rule id {rule.id!r} is already taken (by the rule at {first}); choose "
                                "another id: ids are unique across the built-in rules and every loaded pack",
                                ("id",), value=True))
        out.extend(_message_renders(rule, vocab, at))
        if not rule.examples:
            out.append(at.warning(f"rule {rule.id!r} has no examples; add 'examples:' (documents and the "
                                  "rule ids they should fire) so that 'auditor rules test' checks it", ()))
    return out


def _same_file(rule: Rule, rules: list[Rule]) -> bool:
    if not rule.path:
        return False
    paths = {Path(r.path).resolve() for r in rules if r.path}
    return Path(rule.path).resolve() in paths


@dataclass(frozen=True)
class _Locator:
    positions: Positions
    prefix: tuple
    path: str

    def at(self, where: tuple, value: bool = False) -> tuple[int | None, int | None]:
        full = self.prefix + where
        return self.positions.value(full) if value else self.positions.find(full)

    def error(self, message: str, where: tuple, value: bool = False) -> Diagnostic:
        return Diagnostic("error", message, self.path, *self.at(where, value))

    def warning(self, message: str, where: tuple, value: bool = False) -> Diagnostic:
        return Diagnostic("warning", message, self.path, *self.at(where, value))


# -- selector values against the vocabulary -------------------------------------------

def _known_thing(value: str, vocab: Vocabulary) -> bool:
    """A taxonomy node or one of its words, possibly after facets (``turkish soldiers``)."""
    words = value.lower().split()
    return any(" ".join(words[i:]) in vocab.thing_by_word or " ".join(words[i:]) in vocab.things
               for i in range(len(words)))


def _vocabulary_checks(vocab: Vocabulary) -> dict[str, tuple[str, Callable[[str], bool], list[str]]]:
    """field → (what it is called, is this value known?, the names to suggest from)."""
    hedges = sorted(set(vocab.hedges) | set(vocab.vague) | {"range"})
    places = sorted(vocab.places)
    return {
        "measure": ("measure", lambda v: v in vocab.measures, sorted(vocab.measures)),
        "thing": ("thing", lambda v: _known_thing(v, vocab), sorted(vocab.things)),
        "where": ("place", lambda v: vocab.canonical_place(v) in vocab.places, places),
        "hedge": ("hedge", lambda v: v in hedges, hedges),
        "kind": ("kind", lambda v: v in KINDS, list(KINDS)),
    }


def _selector_values(rule: Rule, vocab: Vocabulary, at: _Locator) -> list[Diagnostic]:
    out = []
    checks = _vocabulary_checks(vocab)
    for name, (what, known, names) in checks.items():
        values = getattr(rule.where, name) or []
        for k, value in enumerate(values):
            value = str(value)
            if known(value):
                continue
            hint = did_you_mean(value, names + [v for v in _words(vocab, name)])
            listed = "" if hint else f"; the vocabulary's {what}s: {', '.join(names)}"
            where = ("where", name, k) if _is_list(at, name) else ("where", name)
            out.append(at.error(f"where.{name}: unknown {what} {value!r}{hint}{listed} "
                                "(it would select no claim; add it to a vocabulary file, or pass that "
                                "file with --vocabulary)", where, value=True))
    return out


def _words(vocab: Vocabulary, name: str) -> list[str]:
    if name == "measure":
        return []      # measures are selected by canonical name only: suggest those
    if name == "thing":
        return list(vocab.thing_by_word)
    if name == "where":
        return list(vocab.place_by_alias)
    return []


def _is_list(at: _Locator, name: str) -> bool:
    return (at.prefix + ("where", name, 0)) in at.positions


# -- message templates rendered against claims ---------------------------------------

def _claim_vars(c: Claim) -> dict[str, Any]:
    from auditor.checks.base import claim_vars

    return claim_vars(c)


def _reference_row(c: dict) -> dict:
    return {"line": 2, "thing": c.get("thing"), "measure": c.get("measure"), "where": c.get("where"),
            "when_start": c.get("when_start"), "when_end": c.get("when_end"), "source": "Ministry",
            "note": "", "interval": c.get("interval"), "low": c.get("low"), "high": c.get("high")}


# what each rule type passes its message template (the ``render_message`` calls in auditor/checks/)
MESSAGE_VARIABLES: dict[str, Callable[[list[dict]], dict[str, Any]]] = {
    "agreement": lambda cs: {"a": cs[0], "b": cs[1 % len(cs)], "rivals": cs[1:] or cs},
    "monotonic": lambda cs: {"earlier": cs[0], "later": cs[1 % len(cs)]},
    "part_whole": lambda cs: {"part": cs[0], "whole": cs[1 % len(cs)]},
    "headline": lambda cs: {"title": cs[0], "body": cs[1:] or cs},
    "rounding": lambda cs: {"rounded": cs[0], "precise": cs[1 % len(cs)], "allowed": "[30, 40)"},
    "arithmetic": lambda cs: {"whole": cs[0], "parts": cs[1:] or cs, "detail": "3 + 4 = 7, not 9"},
    "reference": lambda cs: {"claim": cs[0], "ref": _reference_row(cs[0])},
    "bounds": lambda cs: {"claim": cs[0], "range": "[0, 100]"},
}

SYNTHETIC = Claim(doc="example-1", source="Wire A", published="2020-02-27", start=0, end=11,
                  text="At least 33", value=33.0, low=33.0, high=float("inf"), low_inclusive=True,
                  high_inclusive=False, hedge="at_least", thing="soldiers", measure="killed",
                  when_start="2020-02-27", when_end="2020-02-27", where="Idlib", id="example-1:0",
                  thing_class="soldiers", thing_key="soldiers")
_NO_ATTRIBUTE = re.compile(r"has no attribute '([^']*)'")


def _message_renders(rule: Rule, vocab: Vocabulary, at: _Locator) -> list[Diagnostic]:
    """Render the message with each example's claims (or one synthetic claim when none)."""
    if (at.prefix + ("message",)) not in at.positions:
        return []        # the type's default message: the package's own tests render it
    from auditor.audit import extract_all
    from auditor.ruletest import example_documents

    claim_sets: list[tuple[str, list[Claim]]] = []
    for n, ex in enumerate(rule.examples, 1):
        claims = extract_all(example_documents(ex), vocab)
        if claims:
            claim_sets.append((f"example {n}'s claims", claims))
    if not claim_sets:
        claim_sets.append(("a sample claim", [SYNTHETIC]))
    variables_for = MESSAGE_VARIABLES.get(rule.type)
    free = meta.find_undeclared_variables(MESSAGES.parse(rule.message)) - {"rule", "claims"}
    for what, claims in claim_sets:
        cs = [_claim_vars(c) for c in claims]
        # a type this table does not know yet: every name it uses is a claim
        variables = variables_for(cs) if variables_for else {name: cs[0] for name in free}
        try:
            render_bounded(MESSAGES, rule.message, {"rule": rule, "claims": cs, **variables})
        except Exception as exc:  # a missing variable or field, or a sandbox refusal
            problem = " ".join(str(exc).split())
            missing = _NO_ATTRIBUTE.search(problem)
            hint = did_you_mean(missing.group(1), cs[0]) if missing else ""
            fields = "" if hint or not missing else f"; a claim has: {', '.join(sorted(cs[0]))}"
            return [at.error(f"rule {rule.id!r}: message: {problem}{hint} (rendered with {what}{fields})",
                             ("message",), value=True)]
    return []
