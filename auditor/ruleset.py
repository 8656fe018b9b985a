"""Rules: YAML → validated ``Rule`` values, errors that point at file:line:col.

A rule file is ``{rules: [rule, ...]}``. Every rule has the common fields
of ``Rule`` (id, type, severity, where, key, message, examples, ...); the
options of its type are validated by the type's own ``Options`` model in
``auditor/checks/<type>.py``. Unknown keys, unknown types and duplicate ids
are errors with a "did you mean". Messages are jinja2 templates compiled in
a sandbox at load time, so a broken template fails the load, not the run.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from jinja2 import TemplateError, nodes

from auditor.checks import CHECKS
from auditor.checks.base import OptionError
from auditor.errors import ConfigError
from auditor.resources import rules_dir
from auditor.rule import MESSAGES, Rule, RuleCommon
from auditor.sandbox import template_problem
from auditor.validate import did_you_mean, plain_message, validate
from auditor.yamlload import Positions, load_yaml


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    files: tuple[str, ...] = field(default=())
    off: tuple[str, ...] = field(default=())      # ids of rules loaded with ``enabled: false``

    def get(self, rule_id: str) -> Rule:
        for r in self.rules:
            if r.id == rule_id:
                return r
        raise ConfigError(f"unknown rule {rule_id!r}{did_you_mean(rule_id, [r.id for r in self.rules])}")

    def window_days(self) -> int | None:
        """How many days apart an incident's figures that some rule compares may be given for: the
        widest ``window_days`` of the rules that have one (None when one of them compares every
        figure of a key, or none has a window). The archive loads what lies within it."""
        windows = [r.options.window_days for r in self.rules if hasattr(r.options, "window_days")]
        if not windows or None in windows:
            return None
        return max(windows)

    def without(self, ids: Iterable[str]) -> "RuleSet":
        ids = set(ids)
        known = {r.id for r in self.rules}
        for i in sorted(ids):
            if i not in known and i not in self.off:
                raise ConfigError(f"--disable: unknown rule {i!r}{did_you_mean(i, known | set(self.off))}")
        return RuleSet(tuple(r for r in self.rules if r.id not in ids), self.files,
                       tuple(sorted(set(self.off) | (ids & known))))


def _parse_rule(raw: Any, index: int, positions: Positions, path: str) -> Rule:
    prefix = ("rules", index)
    line, col = positions.find(prefix)
    if not isinstance(raw, dict):
        raise ConfigError("a rule must be a mapping with at least 'id' and 'type'", path, line, col)
    if "type" not in raw:
        raise ConfigError(f"missing required key 'type'; expected one of: {', '.join(sorted(CHECKS))}",
                          path, line, col)
    if not isinstance(raw["type"], str) or raw["type"] not in CHECKS:
        tline, tcol = positions.value(prefix + ("type",))
        raise ConfigError(f"unknown rule type {raw['type']!r}{did_you_mean(str(raw['type']), CHECKS)}; "
                          f"expected one of: {', '.join(sorted(CHECKS))}", path, tline, tcol)
    common = validate(RuleCommon, raw, positions, path, prefix)
    module = CHECKS[common.type]
    extra = dict(common.model_extra or {})
    try:
        options = module.Options.model_validate(extra)
    except Exception as exc:
        from pydantic import ValidationError
        if not isinstance(exc, ValidationError):
            raise
        err = exc.errors()[0]
        loc = tuple(err["loc"])
        eline, ecol = positions.find(prefix + loc)
        if err["type"] == "extra_forbidden":
            allowed = list(RuleCommon.model_fields) + list(module.Options.model_fields)
            hint = did_you_mean(str(loc[-1]), allowed)
            own = ", ".join(module.Options.model_fields) or "none"
            msg = (f"unknown key {loc[-1]!r}{hint} for a rule of type {common.type!r}"
                   + ("" if hint else f" (its options: {own})"))
        elif err["type"] == "missing":
            msg = f"missing required key {loc[-1]!r} for a rule of type {common.type!r}"
            eline, ecol = line, col
        else:
            what = ".".join(str(p) for p in loc)
            msg = f"{what}: {plain_message(err)}" if what else plain_message(err)
        raise ConfigError(msg, path, eline, ecol) from None
    for n, ex in enumerate(common.examples):   # an example runs only its own rule
        for k, expected in enumerate(ex.expect):
            if expected != common.id:
                xline, xcol = positions.find(prefix + ("examples", n, "expect", k))
                raise ConfigError(f"examples.{n}.expect: {expected!r} is not this rule; an example runs only "
                                  f"its own rule, so expect [{common.id}] or []", path, xline, xcol)
    data = None
    prepare = getattr(module, "prepare", None)
    if prepare is not None:     # Vale-style: each type compiles its rule at load time
        try:
            data = prepare(options, Path(path).parent)
        except OptionError as exc:
            oline, ocol = positions.find(prefix + (exc.option,))
            raise ConfigError(f"rule {common.id!r}: {exc.option}: {exc.message}", path, oline, ocol) from None
    message = common.message or module.DEFAULT_MESSAGE
    mline, mcol = positions.find(prefix + ("message",))
    problem = _message_problem(message)
    if problem:
        raise ConfigError(f"rule {common.id!r}: message: {problem}", path, mline, mcol)
    return Rule(id=common.id, type=common.type, severity=common.severity,
                description=common.description, where=common.where, key=tuple(common.key),
                message=message, options=options, examples=tuple(common.examples),
                path=path, line=line, col=col, data=data, enabled=common.enabled)


@functools.lru_cache(maxsize=4096)
def _message_problem(message: str) -> str | None:
    """What is wrong with a message template, if anything; parsed once per distinct
    message (a 2 MB rule file repeats the default message 30,000 times)."""
    try:
        ast = MESSAGES.parse(message)
    except TemplateError as exc:
        return f"invalid template: {exc}"
    unsafe = _unsafe_access(ast)
    if unsafe:
        return f"{unsafe!r} is not allowed in a message template (sandboxed: no names starting with '_')"
    return template_problem(ast)


def _unsafe_access(ast: nodes.Template) -> str | None:
    """The first attribute or item starting with ``_`` a template reaches for, if any.

    The sandbox would refuse it at render time anyway; refusing it at load
    time makes ``{{ ''.__class__ }}`` a config error, not a failed run.
    """
    for node in ast.find_all((nodes.Getattr, nodes.Getitem, nodes.Filter, nodes.Name)):
        name = None
        if isinstance(node, nodes.Getattr):
            name = node.attr
        elif isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const):
            name = node.arg.value
        elif isinstance(node, nodes.Filter) and node.name == "attr" and node.args \
                and isinstance(node.args[0], nodes.Const):
            name = node.args[0].value
        elif isinstance(node, nodes.Name):
            name = node.name
        if isinstance(name, str) and name.startswith("_"):
            return name
    return None


def builtin_rule_files() -> list[Path]:
    return sorted((rules_dir() / "packs").glob("*.yaml"))


def rule_files(paths: Iterable[str | Path]) -> list[Path]:
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(p.glob("*.yaml")) + sorted(p.glob("*.yml"))
            if not found:
                raise ConfigError("no rule files (*.yaml) in this directory", str(p))
            out.extend(found)
        elif p.exists():
            out.append(p)
        else:
            raise ConfigError("no such rule file or directory", str(p))
    return out


def load_rule_file(path: str | Path) -> list[Rule]:
    data, positions = load_yaml(path)
    path = str(path)
    if data is None:
        raise ConfigError("empty rule file: expected a mapping with a 'rules' list", path, 1, 1)
    if not isinstance(data, dict):
        raise ConfigError("a rule file must be a mapping with a 'rules' list", path, 1, 1)
    unknown = [k for k in data if k != "rules"]
    if unknown:
        line, col = positions.find((unknown[0],))
        raise ConfigError(f"unknown top-level key {unknown[0]!r}{did_you_mean(str(unknown[0]), ['rules'])}; "
                          "expected 'rules'", path, line, col)
    rules = data.get("rules")
    if not isinstance(rules, list):
        line, col = positions.find(("rules",))
        raise ConfigError("'rules' must be a list of rules", path, line, col)
    return [_parse_rule(raw, i, positions, path) for i, raw in enumerate(rules)]


def load_ruleset(extra: Iterable[str | Path] = (), builtins: bool = True,
                 include_disabled: bool = False) -> RuleSet:
    """The built-in rule packs plus the user's files; duplicate ids are an error.

    Rules with ``enabled: false`` are validated but left out unless
    ``include_disabled``.
    """
    files = (builtin_rule_files() if builtins else []) + rule_files(extra)
    rules: list[Rule] = []
    seen: dict[str, Rule] = {}
    for f in files:
        for rule in load_rule_file(f):
            if rule.id in seen:
                first = seen[rule.id]
                raise ConfigError(f"duplicate rule id {rule.id!r} (first defined at {first.path}:{first.line})",
                                  rule.path, rule.line, rule.col)
            seen[rule.id] = rule
            if rule.enabled or include_disabled:
                rules.append(rule)
    off = tuple(sorted(i for i, r in seen.items() if not r.enabled and not include_disabled))
    return RuleSet(tuple(rules), tuple(str(f) for f in files), off)
